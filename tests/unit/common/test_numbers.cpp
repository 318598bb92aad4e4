// saturatingCast, saturatingAdd, saturatingMul: server numbers to integers and sums of them without
// undefined behaviour (found by the fuzz targets).
#include <limits>

#include <QTest>

#include "core/common/numbers.h"

using KryNet::saturatingAdd;
using KryNet::saturatingCast;
using KryNet::saturatingMul;

class TestNumbers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testInRange()
    {
        QCOMPARE(saturatingCast<qint64>(42.9), qint64(42));
        QCOMPARE(saturatingCast<qint64>(-7.5), qint64(-7));
        QCOMPARE(saturatingCast<quint64>(1e15), quint64(1000000000000000ULL));
    }

    void testSaturates()
    {
        QCOMPARE(saturatingCast<qint64>(6.66667e23), std::numeric_limits<qint64>::max());
        QCOMPARE(saturatingCast<qint64>(-1e300), std::numeric_limits<qint64>::min());
        QCOMPARE(saturatingCast<quint64>(2.5e52), std::numeric_limits<quint64>::max());
        QCOMPARE(saturatingCast<quint64>(-3.0), quint64(0));
        // 2^63 itself is out of qint64's range.
        QCOMPARE(saturatingCast<qint64>(9223372036854775808.0), std::numeric_limits<qint64>::max());
        QCOMPARE(saturatingCast<qint64>(std::numeric_limits<double>::infinity()), std::numeric_limits<qint64>::max());
    }

    void testNanIsZero()
    {
        QCOMPARE(saturatingCast<qint64>(std::numeric_limits<double>::quiet_NaN()), qint64(0));
        QCOMPARE(saturatingCast<int>(std::numeric_limits<double>::quiet_NaN()), 0);
    }

    void testSaturatingArithmetic()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        QCOMPARE(saturatingAdd<qint64>(40, 2), qint64(42));
        QCOMPARE(saturatingAdd<qint64>(-40, -2), qint64(-42));
        QCOMPARE(saturatingAdd<qint64>(10, max), max); // a Docker stats sum the fuzzer sent
        QCOMPARE(saturatingAdd<qint64>(-10, min), min);
        QCOMPARE(saturatingAdd<qint64>(max, min), qint64(-1));
        QCOMPARE(saturatingMul<qint64>(6, 7), qint64(42));
        QCOMPARE(saturatingMul<qint64>(max / 2, 3), max);
        QCOMPARE(saturatingMul<qint64>(min / 2, 3), min);
        QCOMPARE(saturatingMul<qint64>(-(max / 2), -3), max);
        QCOMPARE(saturatingMul<qint64>(max / 2, -3), min);
        QCOMPARE(saturatingMul<qint64>(0, max), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "test_numbers.moc"
