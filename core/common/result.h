#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include <QtGlobal>

#include "core/common/error.h"

namespace KryNet
{

/**
 * An expected-style value-or-Error (STYLE.md §2).
 *
 * Vendored behind this name until the project moves to C++23 and std::expected; the API is the
 * subset of std::expected we use (has_value/value/error plus Qt-style aliases), so the switch is an
 * alias change. A default-constructed Result holds Error{Code::Cancelled} so it can live in a QFuture.
 *
 * Accessing value() of an error (or error() of a value) is a programming error and asserts.
 */
template <typename T>
class [[nodiscard]] Result final
{
    static_assert(!std::is_same_v<std::decay_t<T>, Error>, "Result<Error> makes no sense");

public:
    using value_type = T;

    Result()
        : m_data(std::in_place_index<1>, Error{})
    {}
    Result(const T &value)
        : m_data(std::in_place_index<0>, value)
    {}
    Result(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(const Error &error)
        : m_data(std::in_place_index<1>, error)
    {}
    Result(Error &&error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool has_value() const { return m_data.index() == 0; }
    [[nodiscard]] bool hasValue() const { return has_value(); }
    [[nodiscard]] bool isError() const { return !has_value(); }
    explicit operator bool() const { return has_value(); }

    [[nodiscard]] T &value() &
    {
        Q_ASSERT(has_value());
        return std::get<0>(m_data);
    }
    [[nodiscard]] const T &value() const &
    {
        Q_ASSERT(has_value());
        return std::get<0>(m_data);
    }
    [[nodiscard]] T &&value() &&
    {
        Q_ASSERT(has_value());
        return std::get<0>(std::move(m_data));
    }
    [[nodiscard]] T valueOr(T fallback) const & { return has_value() ? std::get<0>(m_data) : std::move(fallback); }

    [[nodiscard]] const Error &error() const
    {
        Q_ASSERT(!has_value());
        return std::get<1>(m_data);
    }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    /// Applies @p f to the value, passing an error through unchanged.
    template <typename F>
    auto transform(F &&f) const & -> Result<std::invoke_result_t<F, const T &>>
    {
        if (!has_value())
            return error();
        return std::forward<F>(f)(value());
    }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but success or an Error.
template <>
class [[nodiscard]] Result<void> final
{
public:
    using value_type = void;

    Result() = default; // success
    Result(const Error &error)
        : m_error(error)
        , m_failed(true)
    {}
    Result(Error &&error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    [[nodiscard]] bool has_value() const { return !m_failed; }
    [[nodiscard]] bool hasValue() const { return !m_failed; }
    [[nodiscard]] bool isError() const { return m_failed; }
    explicit operator bool() const { return !m_failed; }

    [[nodiscard]] const Error &error() const
    {
        Q_ASSERT(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

/// Spelled-out success for Result<void> returns.
[[nodiscard]] inline Result<void> success()
{
    return {};
}

} // namespace KryNet
