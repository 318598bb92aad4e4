#pragma once

#include <cmath>
#include <limits>

#include <QtGlobal>

namespace KryNet
{

/**
 * A JSON number (a double) as an integer, saturated at the type's range; NaN is 0. Converting an
 * out-of-range double with a plain cast is undefined behaviour, and servers send anything
 * ("total_tokens": 1e300): found by the fuzz targets.
 */
template <typename Int>
[[nodiscard]] inline Int saturatingCast(double value)
{
    if (std::isnan(value))
        return 0;
    // The bounds as doubles: max() rounds up to 2^63 (or 2^64), which itself is out of range.
    constexpr double upper = double(std::numeric_limits<Int>::max());
    constexpr double lower = double(std::numeric_limits<Int>::min());
    if (value >= upper)
        return std::numeric_limits<Int>::max();
    if (value <= lower)
        return std::numeric_limits<Int>::min();
    return Int(value);
}

/// a + b, saturated at the type's range instead of overflowing (undefined for signed types).
template <typename Int>
[[nodiscard]] constexpr Int saturatingAdd(Int a, Int b)
{
    Int sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<Int>::max() : std::numeric_limits<Int>::min();
    return sum;
}

/// a × b, saturated at the type's range instead of overflowing (undefined for signed types).
template <typename Int>
[[nodiscard]] constexpr Int saturatingMul(Int a, Int b)
{
    Int product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return (a < 0) != (b < 0) ? std::numeric_limits<Int>::min() : std::numeric_limits<Int>::max();
    return product;
}

} // namespace KryNet
