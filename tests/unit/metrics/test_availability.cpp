#include <cmath>

#include <QTest>

#include "core/metrics/availability.h"
#include "core/metrics/downsample.h"
#include "tests/unit/metrics/statussamples.h"

using namespace KryNet::Metrics;
using KryNet::Test::beats;

namespace
{} // namespace

// Availability math (issue 11), to the second: gaps and maintenance out of the denominator, pending per
// policy, incidents as maximal down intervals, MTTR, monthly rows.
class TestAvailability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testAllUp()
    {
        const auto s = beats(1000, 60, "uuuuuuuuuu");
        const Availability a = AvailabilityMath::compute(s, 1000, 1600);
        QCOMPARE(a.upSecs, 600);
        QCOMPARE(a.unknownSecs, 0);
        QCOMPARE(*a.ratio, 1.0);
        QVERIFY(a.incidents.isEmpty());
        QVERIFY(!a.mttrSecs);
    }

    void testOneDownBeatIsOneInterval()
    {
        const auto s = beats(0, 60, "uuuduuuuuu");
        const Availability a = AvailabilityMath::compute(s, 0, 600);
        QCOMPARE(a.downSecs, 60);
        QCOMPARE(a.upSecs, 540);
        QCOMPARE(*a.ratio, 540.0 / 600.0);
        QCOMPARE(a.incidents.size(), 1);
        QCOMPARE(a.incidents.first().start, 180);
        QCOMPARE(a.incidents.first().end, 240);
        QVERIFY(!a.incidents.first().ongoing);
        QCOMPARE(*a.mttrSecs, 60);
    }

    void testGapIsExcludedNotUp()
    {
        // 3 missing beats: the beat before the gap holds one interval, the rest is unknown.
        const auto s = beats(0, 60, "uuuu___uuu");
        const Availability a = AvailabilityMath::compute(s, 0, 600);
        QCOMPARE(a.upSecs, 420);
        QCOMPARE(a.unknownSecs, 180);
        QCOMPARE(*a.ratio, 1.0);
        // Unknown values (NaN) are gaps too.
        const Availability b = AvailabilityMath::compute(beats(0, 60, "uu??dduuuu"), 0, 600);
        QCOMPARE(b.unknownSecs, 120);
        QCOMPARE(b.downSecs, 120);
        QCOMPARE(*b.ratio, 360.0 / 480.0);
    }

    void testGapEndsAnIncident()
    {
        const auto s = beats(0, 60, "udd__dduuu");
        const Availability a = AvailabilityMath::compute(s, 0, 600);
        QCOMPARE(a.incidents.size(), 2);
        QCOMPARE(a.incidents.at(0).duration(), 120);
        QCOMPARE(a.incidents.at(1).start, 300);
        QCOMPARE(a.downSecs, 240);
    }

    void testMaintenanceExcluded()
    {
        const auto s = beats(0, 60, "uummmmdduu");
        const Availability a = AvailabilityMath::compute(s, 0, 600);
        QCOMPARE(a.maintenanceSecs, 240);
        QCOMPARE(*a.ratio, 240.0 / 360.0);
    }

    void testPendingPolicies()
    {
        const auto s = beats(0, 60, "uuppdduuuu");
        QCOMPARE(*AvailabilityMath::compute(s, 0, 600, PendingPolicy::AsDown).ratio, 360.0 / 600.0);
        QCOMPARE(*AvailabilityMath::compute(s, 0, 600, PendingPolicy::AsUp).ratio, 480.0 / 600.0);
        QCOMPARE(*AvailabilityMath::compute(s, 0, 600, PendingPolicy::Excluded).ratio, 360.0 / 480.0);
        // Pending is not an incident: only the two down beats are.
        QCOMPARE(AvailabilityMath::compute(s, 0, 600).incidents.size(), 1);
        QCOMPARE(AvailabilityMath::compute(s, 0, 600).incidents.first().duration(), 120);
    }

    void testWindowClipsToTheSecond()
    {
        const auto s = beats(0, 60, "uuuddduuuu");
        // [200, 230): inside the first down beat at 180.
        const Availability a = AvailabilityMath::compute(s, 200, 230);
        QCOMPARE(a.downSecs, 30);
        QCOMPARE(a.upSecs, 0);
        QCOMPARE(*a.ratio, 0.0);
        // [150, 250): 30 s up, 70 s down.
        const Availability b = AvailabilityMath::compute(s, 150, 250);
        QCOMPARE(b.upSecs, 30);
        QCOMPARE(b.downSecs, 70);
        QCOMPARE(b.incidents.first().start, 180);
        QCOMPARE(b.incidents.first().end, 250);
        QVERIFY(b.incidents.first().ongoing); // still down when the window ends
    }

    void testOngoingIncidentNotInMttr()
    {
        const auto s = beats(0, 60, "uduuuuuddd");
        const Availability a = AvailabilityMath::compute(s, 0, 600);
        QCOMPARE(a.incidents.size(), 2);
        QVERIFY(!a.incidents.at(0).ongoing);
        QVERIFY(a.incidents.at(1).ongoing);
        QCOMPARE(a.incidents.at(1).duration(), 180);
        QCOMPARE(*a.mttrSecs, 60);
    }

    void testNothingCountable()
    {
        QVERIFY(!AvailabilityMath::compute({}, 0, 600).ratio);
        QCOMPARE(AvailabilityMath::compute({}, 0, 600).unknownSecs, 600);
        QVERIFY(!AvailabilityMath::compute(beats(0, 60, "mmmm"), 0, 240).ratio);
    }

    void testMedianIntervalIgnoresGaps()
    {
        QCOMPARE(AvailabilityMath::medianInterval(beats(0, 20, "uuu___uuuu")), 20);
        QCOMPARE(AvailabilityMath::medianInterval({}), 60);
    }

    void testMonthlyTable()
    {
        // 2026-01-31 23:00 … 2026-02-01 01:00 UTC, one beat a minute, down 00:30-00:40 on Feb 1st.
        const qint64 start = 1769900400; // 2026-01-31T23:00:00Z
        std::vector<StatusSample> s;
        for (qint64 t = start; t < start + 7200; t += 60) {
            const bool down = t >= start + 5400 && t < start + 6000;
            s.push_back({t, down ? MonitorStatus::Down : MonitorStatus::Up});
        }
        const auto rows = AvailabilityMath::monthly(s, start, start + 7200);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).month, 1);
        QCOMPARE(rows.at(0).availability.upSecs, 3600);
        QCOMPARE(*rows.at(0).availability.ratio, 1.0);
        QCOMPARE(rows.at(1).month, 2);
        QCOMPARE(rows.at(1).availability.downSecs, 600);
        QCOMPARE(*rows.at(1).availability.ratio, 3000.0 / 3600.0);
        QCOMPARE(rows.at(1).availability.incidents.size(), 1);
    }

    void testDownsamplingKeepsSpikes()
    {
        std::vector<Sample> samples;
        for (qint64 i = 0; i < 1000; ++i)
            samples.push_back({i * 1000, i == 503 ? 900.0 : (i == 250 ? std::nan("") : 10.0)});
        const auto columns = Downsampler::minMaxPerColumn(samples, 0, 1000 * 1000, 10);
        QCOMPARE(columns.size(), size_t(10));
        QCOMPARE(columns[5].max, 900.0);
        QCOMPARE(columns[5].min, 10.0);
        QCOMPARE(columns[2].count, 99); // the NaN is skipped
        QCOMPARE(columns[0].mean(), 10.0);
        // Nothing in range: every column is a gap.
        const auto empty = Downsampler::minMaxPerColumn(samples, 5000 * 1000, 6000 * 1000, 4);
        QCOMPARE(empty[0].count, 0);
    }

    void testStepForWidth()
    {
        // One point per pixel column at most…
        QCOMPARE(Downsampler::stepForWidth(86400, 800, 15), 108);
        // …never finer than the scrape interval…
        QCOMPARE(Downsampler::stepForWidth(3600, 1000, 60), 60);
        // …and never over Prometheus' 11,000 points (90 days on a 20,000 px wall).
        const qint64 step = Downsampler::stepForWidth(90 * 86400, 20000, 1);
        QVERIFY(90 * 86400 / step <= 11000);
        QCOMPARE(step, 707);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "test_availability.moc"
