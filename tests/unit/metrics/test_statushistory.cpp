#include <random>

#include <QTest>

#include "core/metrics/availability.h"
#include "core/metrics/statushistory.h"
#include "tests/unit/metrics/statussamples.h"

using namespace KryNet::Metrics;
using KryNet::Test::beats;

namespace
{

/// Empty when equal, else what differs (QCOMPARE cannot name the window it failed for).
QString difference(const Availability &a, const Availability &b)
{
    QStringList out;
    auto check = [&out](const char *what, qint64 x, qint64 y) {
        if (x != y)
            out.append(QStringLiteral("%1 %2 vs %3").arg(QLatin1String(what)).arg(x).arg(y));
    };
    check("up", a.upSecs, b.upSecs);
    check("down", a.downSecs, b.downSecs);
    check("pending", a.pendingSecs, b.pendingSecs);
    check("maintenance", a.maintenanceSecs, b.maintenanceSecs);
    check("unknown", a.unknownSecs, b.unknownSecs);
    if (a.ratio.has_value() != b.ratio.has_value() || (a.ratio && *a.ratio != *b.ratio))
        out.append(QStringLiteral("ratio"));
    if (a.mttrSecs != b.mttrSecs)
        out.append(QStringLiteral("mttr"));
    check("incidents", a.incidents.size(), b.incidents.size());
    for (qsizetype i = 0; i < std::min(a.incidents.size(), b.incidents.size()); ++i) {
        check("incident start", a.incidents[i].start, b.incidents[i].start);
        check("incident end", a.incidents[i].end, b.incidents[i].end);
        check("incident ongoing", a.incidents[i].ongoing, b.incidents[i].ongoing);
    }
    return out.join(QStringLiteral(", "));
}

/// Runs and raw samples agree on every window [from, to) from @p windows × @p windows, every policy.
QString compareAll(const std::vector<StatusSample> &samples, qint64 interval, const std::vector<qint64> &windows)
{
    const StatusHistory history = StatusHistory::fromSamples(samples, interval);
    for (const PendingPolicy policy : {PendingPolicy::AsDown, PendingPolicy::AsUp, PendingPolicy::Excluded}) {
        for (const qint64 from : windows) {
            for (const qint64 to : windows) {
                if (to <= from)
                    continue;
                const Availability raw = AvailabilityMath::compute(samples, from, to, policy, interval);
                const Availability runs = AvailabilityMath::computeRuns(history.runs(), from, to, policy);
                const QString diff = difference(raw, runs);
                if (!diff.isEmpty())
                    return QStringLiteral("[%1, %2) policy %3: %4").arg(from).arg(to).arg(int(policy)).arg(diff);
            }
        }
    }
    return {};
}

std::vector<qint64> grid(qint64 from, qint64 to, qint64 step)
{
    std::vector<qint64> out;
    for (qint64 t = from; t <= to; t += step)
        out.push_back(t);
    return out;
}

/// A random history: runs of statuses with random lengths, jittered spacing, gaps, unknown values,
/// duplicate times and the odd tight spacing.
std::vector<StatusSample> randomHistory(std::mt19937 &rng, qint64 start, int count)
{
    std::vector<StatusSample> out;
    const MonitorStatus statuses[] = {MonitorStatus::Up,      MonitorStatus::Up,      MonitorStatus::Up,
                                      MonitorStatus::Down,    MonitorStatus::Pending, MonitorStatus::Maintenance,
                                      MonitorStatus::Unknown, MonitorStatus::Up};
    std::uniform_int_distribution<int> pick(0, 7);
    std::uniform_int_distribution<int> runLength(1, 12);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> jitter(-4, 4);
    qint64 t = start;
    MonitorStatus status = MonitorStatus::Up;
    int left = 0;
    for (int i = 0; i < count; ++i) {
        if (left-- <= 0) {
            status = statuses[pick(rng)];
            left = runLength(rng);
        }
        const int roll = percent(rng);
        if (roll < 4)
            t += 60 * (2 + percent(rng) % 5); // a gap of several beats
        else if (roll < 6)
            t += 0; // the same time again
        else if (roll < 9)
            t += 20; // a tight beat
        else if (roll < 11)
            t += 90; // exactly 1.5 intervals: still held
        else if (roll < 13)
            t += 91; // just over: a gap
        else
            t += 60 + jitter(rng);
        out.push_back({t, status});
    }
    return out;
}

} // namespace

// The run-length status history (issue 11): runs give exactly what the raw samples give (gaps,
// maintenance, pending policies, incidents, MTTR, monthly rows), batches join as if appended one by
// one, and 90 days of beats are a handful of runs.
class TestStatusHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRunsCollapseEqualBeatsAndKeepGaps()
    {
        const auto s = beats(0, 60, "uuuudd__uu?uummm");
        const StatusHistory h = StatusHistory::fromSamples(s);
        QCOMPARE(h.interval(), 60);
        const std::vector<StatusRun> expected = {
            {0, 240, MonitorStatus::Up},   {240, 360, MonitorStatus::Down},        {480, 600, MonitorStatus::Up},
            {660, 780, MonitorStatus::Up}, {780, 960, MonitorStatus::Maintenance},
        };
        QCOMPARE(h.runs(), expected);
        QCOMPARE(h.lastSampleTime(), 900);
        QCOMPARE(h.lastStatus(), MonitorStatus::Maintenance);
        QCOMPARE(h.sampleCount(), qint64(s.size()));
        QCOMPARE(h.startTime(), 0);
    }

    void testSameTimeReplacesTheLastSample()
    {
        StatusHistory h(60);
        h.append(0, MonitorStatus::Up);
        h.append(60, MonitorStatus::Down);
        h.append(60, MonitorStatus::Up); // the later of two equal times wins, as in the sample model
        const std::vector<StatusRun> expected = {{0, 120, MonitorStatus::Up}};
        QCOMPARE(h.runs(), expected);
        h.append(30, MonitorStatus::Down); // older than the last: ignored
        QCOMPARE(h.runs(), expected);
    }

    void testEqualToRawSamplesOnPatterns_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::newRow("all up") << QByteArray("uuuuuuuuuu");
        QTest::newRow("one down") << QByteArray("uuuduuuuuu");
        QTest::newRow("gap") << QByteArray("uuuu___uuu");
        QTest::newRow("unknown values") << QByteArray("uu??dduuuu");
        QTest::newRow("gap ends incident") << QByteArray("udd__dduuu");
        QTest::newRow("maintenance") << QByteArray("uummmmdduu");
        QTest::newRow("pending") << QByteArray("uuppdduuuu");
        QTest::newRow("ongoing") << QByteArray("uduuuuuddd");
        QTest::newRow("down after unknown") << QByteArray("d?d_dpd?_m");
        QTest::newRow("only maintenance") << QByteArray("mmmm");
        QTest::newRow("leading gap") << QByteArray("___uddu_");
    }

    void testEqualToRawSamplesOnPatterns()
    {
        QFETCH(QByteArray, pattern);
        const auto s = beats(1000, 60, pattern.constData());
        const qint64 interval = AvailabilityMath::medianInterval(s);
        const QString diff = compareAll(s, interval, grid(900, 1000 + 60 * pattern.size() + 120, 15));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The default interval (median) is the one the sample overload picks too.
        QCOMPARE(StatusHistory::fromSamples(s).interval(), interval);
    }

    void testEqualToRawSamplesOnRandomHistories()
    {
        std::mt19937 rng(20261127);
        for (int round = 0; round < 40; ++round) {
            const auto s = randomHistory(rng, 100000, 120);
            const qint64 interval = AvailabilityMath::medianInterval(s);
            const qint64 end = s.back().t + 200;
            std::uniform_int_distribution<qint64> at(99000, end);
            std::vector<qint64> windows = {99000, s.front().t, s.back().t, end};
            for (int i = 0; i < 14; ++i)
                windows.push_back(at(rng));
            for (int i = 0; i < 6; ++i)
                windows.push_back(s[size_t(at(rng)) % s.size()].t); // exactly on a beat
            const QString diff = compareAll(s, interval, windows);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(diff)));
        }
    }

    void testMonthlyEqualToRawSamples()
    {
        // 2026-01-31 22:00 … 2026-02-01 02:00 UTC with an incident across midnight and a gap.
        const qint64 start = 1769896800;
        std::vector<StatusSample> s;
        for (qint64 t = start; t < start + 4 * 3600; t += 60) {
            if (t >= start + 9000 && t < start + 9600)
                continue; // gap
            const bool down = t >= start + 7000 && t < start + 7500;
            const bool pending = t >= start + 6940 && t < start + 7000;
            s.push_back({t, down ? MonitorStatus::Down : pending ? MonitorStatus::Pending : MonitorStatus::Up});
        }
        const StatusHistory h = StatusHistory::fromSamples(s);
        for (const PendingPolicy policy : {PendingPolicy::AsDown, PendingPolicy::AsUp, PendingPolicy::Excluded}) {
            const auto raw = AvailabilityMath::monthly(s, start, start + 4 * 3600, policy);
            const auto runs = AvailabilityMath::monthlyRuns(h.runs(), start, start + 4 * 3600, policy);
            QCOMPARE(raw.size(), 2);
            QCOMPARE(runs.size(), raw.size());
            for (qsizetype i = 0; i < raw.size(); ++i) {
                QCOMPARE(runs[i].month, raw[i].month);
                const QString diff = difference(raw[i].availability, runs[i].availability);
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
        }
    }

    void testBatchesJoinAsIfAppendedOneByOne()
    {
        std::mt19937 rng(7);
        for (int round = 0; round < 30; ++round) {
            const auto s = randomHistory(rng, 5000, 150);
            const qint64 interval = AvailabilityMath::medianInterval(s);
            const StatusHistory whole = StatusHistory::fromSamples(s, interval);
            // Split where chunked reads split: anywhere, a batch may even start with an Unknown beat.
            std::uniform_int_distribution<size_t> cut(1, s.size() - 1);
            std::vector<size_t> cuts = {0, cut(rng), cut(rng), cut(rng), s.size()};
            // A chunk is a time range: two beats at the same time are never in different chunks.
            for (size_t &c : cuts) {
                while (c > 0 && c < s.size() && s[c].t == s[c - 1].t)
                    ++c;
            }
            std::sort(cuts.begin(), cuts.end());
            StatusHistory joined(interval);
            for (size_t i = 0; i + 1 < cuts.size(); ++i) {
                const std::vector<StatusSample> part(s.begin() + std::ptrdiff_t(cuts[i]),
                                                     s.begin() + std::ptrdiff_t(cuts[i + 1]));
                joined.append(StatusHistory::fromSamples(part, interval));
            }
            QCOMPARE(joined.sampleCount(), whole.sampleCount());
            QCOMPARE(joined.runs(), whole.runs());
            QCOMPARE(joined.lastSampleTime(), whole.lastSampleTime());
            QCOMPARE(joined.lastStatus(), whole.lastStatus());
        }
        // A later batch just over 1.5 intervals away leaves a gap; within it, the last beat holds.
        StatusHistory a = StatusHistory::fromSamples(beats(0, 60, "uu"), 60);
        a.append(StatusHistory::fromSamples(beats(151, 60, "uu"), 60));
        QCOMPARE(a.runs().size(), size_t(2));
        StatusHistory b = StatusHistory::fromSamples(beats(0, 60, "uu"), 60);
        b.append(StatusHistory::fromSamples(beats(150, 60, "uu"), 60));
        QCOMPARE(b.runs(), (std::vector<StatusRun>{{0, 270, MonitorStatus::Up}}));
        // Overlapping batches keep what is known and add only what is newer.
        StatusHistory c = StatusHistory::fromSamples(beats(0, 60, "uuuu"), 60);
        c.append(StatusHistory::fromSamples(beats(120, 60, "dddd"), 60));
        QCOMPARE(c.runs().back().status, MonitorStatus::Down);
        QCOMPARE(c.runs().back().end, 360);
        QCOMPARE(AvailabilityMath::computeRuns(c.runs(), 0, 420).upSecs, 240);
    }

    void testPruneKeepsTheWindowAfterIt()
    {
        const auto s = beats(0, 60, "uuuudduuuummuuuu");
        StatusHistory h = StatusHistory::fromSamples(s);
        h.pruneBefore(270);
        QCOMPARE(h.startTime(), 270);
        QCOMPARE(h.runs().front(), (StatusRun{270, 360, MonitorStatus::Down}));
        const QString diff =
            difference(AvailabilityMath::compute(s, 270, 960), AvailabilityMath::computeRuns(h.runs(), 270, 960));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // Appending goes on after a prune as before it.
        h.append(960, MonitorStatus::Up);
        QCOMPARE(h.runs().back(), (StatusRun{720, 1020, MonitorStatus::Up}));
    }

    void testFromRunsSanitisesAndTailFrom()
    {
        const StatusHistory h = StatusHistory::fromRuns({{300, 400, MonitorStatus::Up},
                                                         {0, 100, MonitorStatus::Up},
                                                         {100, 200, MonitorStatus::Up},
                                                         {150, 250, MonitorStatus::Down}, // overlaps: clipped to 200
                                                         {250, 260, MonitorStatus::Unknown},
                                                         {270, 270, MonitorStatus::Down}},
                                                        {60, 0, 340, MonitorStatus::Up, 7});
        const std::vector<StatusRun> expected = {
            {0, 200, MonitorStatus::Up}, {200, 250, MonitorStatus::Down}, {300, 400, MonitorStatus::Up}};
        QCOMPARE(h.runs(), expected);
        QCOMPARE(h.lastSampleTime(), 340);
        QCOMPARE(h.sampleCount(), 7);
        QVERIFY(!h.isEmpty());
        const StatusHistory tail = h.tailFrom(200);
        QCOMPARE(tail.runs().size(), size_t(2));
        QCOMPARE(tail.startTime(), 0); // the whole history's meta
        QCOMPARE(tail.lastSampleTime(), 340);
        QCOMPARE(h.firstRunEndingAfter(200), size_t(1));
        QCOMPARE(h.firstRunEndingAfter(400), size_t(3));
    }

    void testNinetyDaysAreAFewRuns()
    {
        // 90 days of one-minute beats with a dozen incidents and one gap: 129,600 samples.
        std::vector<StatusSample> s;
        const qint64 start = 1'760'000'000;
        for (qint64 i = 0; i < 90 * 1440; ++i) {
            if (i >= 50000 && i < 50014)
                continue;
            const bool down = i % 10000 >= 3000 && i % 10000 < 3005;
            s.push_back({start + i * 60, down ? MonitorStatus::Down : MonitorStatus::Up});
        }
        const StatusHistory h = StatusHistory::fromSamples(s);
        QVERIFY2(h.runs().size() < 40, qPrintable(QString::number(h.runs().size())));
        QVERIFY(h.memoryBytes() < 2048); // the samples took 2 MB
        const Availability raw = AvailabilityMath::compute(s, start, start + 90 * 86400);
        const Availability runs = AvailabilityMath::computeRuns(h.runs(), start, start + 90 * 86400);
        const QString diff = difference(raw, runs);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(runs.incidents.size(), 13);
        QCOMPARE(runs.unknownSecs, 14 * 60);
    }
};

QTEST_GUILESS_MAIN(TestStatusHistory)
#include "test_statushistory.moc"
