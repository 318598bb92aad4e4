// Cron evaluation (Vixie semantics, DST in the server's zone), the TrueNAS threshold rule, duration
// estimates, clash detection and the schedule readers of issue 7.
#include <QTest>

#include "core/zfs/cron.h"
#include "core/zfs/poolmodel.h"
#include "core/zfs/scrubplan.h"
#include "core/zfs/scrubschedules.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Zfs;

namespace
{

QDateTime utc(const QString &iso)
{
    QDateTime d = QDateTime::fromString(iso, Qt::ISODate);
    d.setTimeZone(QTimeZone::utc());
    return d;
}

QStringList utcList(const QList<QDateTime> &list)
{
    QStringList out;
    for (const QDateTime &d : list)
        out << d.toUTC().toString(u"yyyy-MM-ddTHH:mm"_s);
    return out;
}

Pool scrubbedPool(const QString &name, const QDateTime &end, qint64 seconds, quint64 scanned, quint64 allocated)
{
    Pool p;
    p.name = name;
    p.scan.function = ScanStatus::Function::Scrub;
    p.scan.state = ScanStatus::State::Finished;
    p.scan.startTime = end.addSecs(-seconds);
    p.scan.endTime = end;
    p.scan.durationSeconds = seconds;
    p.scan.issuedBytes = scanned;
    p.allocated = allocated;
    return p;
}

ScrubSchedule task(const QString &pool, const QString &cron, int threshold)
{
    ScrubSchedule s;
    s.pool = pool;
    s.cron = *CronSchedule::parse(cron);
    s.thresholdDays = threshold;
    return s;
}

constexpr quint64 TiB = 1024ULL * 1024 * 1024 * 1024;

} // namespace

class TestScrubPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSyntax_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("valid");
        QTest::newRow("star") << u"* * * * *"_s << true;
        QTest::newRow("truenas default") << u"00 00 * * 7"_s << true;
        QTest::newRow("lists ranges steps") << u"0,30 1-5/2 */3 1-12 mon-fri"_s << true;
        QTest::newRow("names any case") << u"0 0 1 JAN,jul Sun"_s << true;
        QTest::newRow("value step") << u"5/20 * * * *"_s << true;
        QTest::newRow("nth weekday") << u"0 3 * * sun#2"_s << true;
        QTest::newRow("last weekday") << u"0 3 * * 0L"_s << true;
        QTest::newRow("last dom") << u"0 3 L * *"_s << true;
        QTest::newRow("shortcut") << u"@weekly"_s << true;
        QTest::newRow("four fields") << u"0 0 * *"_s << false;
        QTest::newRow("minute 60") << u"60 0 * * *"_s << false;
        QTest::newRow("hour 24") << u"0 24 * * *"_s << false;
        QTest::newRow("dom 0") << u"0 0 0 * *"_s << false;
        QTest::newRow("dow 8") << u"0 0 * * 8"_s << false;
        QTest::newRow("reversed range") << u"0 0 5-1 * *"_s << false;
        QTest::newRow("zero step") << u"*/0 * * * *"_s << false;
        QTest::newRow("unknown name") << u"0 0 * * funday"_s << false;
        QTest::newRow("nth 6") << u"0 0 * * 1#6"_s << false;
        QTest::newRow("empty element") << u"0, 0 * * *"_s << false;
        QTest::newRow("bad shortcut") << u"@sometimes"_s << false;
    }
    void testSyntax()
    {
        QFETCH(QString, expression);
        QFETCH(bool, valid);
        const auto r = CronSchedule::parse(expression);
        QCOMPARE(bool(r), valid);
        if (!valid)
            QCOMPARE(r.error().code(), Error::Code::Parse);
    }

    void testOccurrences_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("from"); // UTC
        QTest::addColumn<QString>("to");   // UTC
        QTest::addColumn<QStringList>("expected");
        // Europe/Berlin springs forward on 2026-03-29 at 02:00 CET → 03:00 CEST (01:00 UTC).
        QTest::newRow("berlin gap runs when clocks jump")
            << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2026-03-28T00:00:00"_s << u"2026-03-31T00:00:00"_s
            << QStringList{u"2026-03-28T01:30"_s, u"2026-03-29T01:00"_s, u"2026-03-30T00:30"_s};
        // … and falls back on 2026-10-25 at 03:00 CEST → 02:00 CET: 02:30 happens twice.
        QTest::newRow("berlin repeated hour fixed time once")
            << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2026-10-24T00:00:00"_s << u"2026-10-27T00:00:00"_s
            << QStringList{u"2026-10-24T00:30"_s, u"2026-10-25T00:30"_s, u"2026-10-26T01:30"_s};
        QTest::newRow("berlin repeated hour wildcard twice")
            << u"30 * 25 10 *"_s << u"Europe/Berlin"_s << u"2026-10-24T23:00:00"_s << u"2026-10-25T03:00:00"_s
            << QStringList{u"2026-10-24T23:30"_s, u"2026-10-25T00:30"_s, u"2026-10-25T01:30"_s, u"2026-10-25T02:30"_s};
        // America/New_York: 2026-03-08 02:00 EST → 03:00 EDT; 2026-11-01 02:00 EDT → 01:00 EST.
        QTest::newRow("new york gap") << u"0 2 * * *"_s << u"America/New_York"_s << u"2026-03-07T00:00:00"_s
                                      << u"2026-03-10T00:00:00"_s
                                      << QStringList{u"2026-03-07T07:00"_s, u"2026-03-08T07:00"_s,
                                                     u"2026-03-09T06:00"_s};
        QTest::newRow("new york repeated hour")
            << u"30 1 * * *"_s << u"America/New_York"_s << u"2026-10-31T00:00:00"_s << u"2026-11-03T00:00:00"_s
            << QStringList{u"2026-10-31T05:30"_s, u"2026-11-01T05:30"_s, u"2026-11-02T06:30"_s};
        QTest::newRow("feb 29 only in leap years") << u"0 3 29 2 *"_s << u"UTC"_s << u"2026-01-01T00:00:00"_s
                                                   << u"2029-01-01T00:00:00"_s << QStringList{u"2028-02-29T03:00"_s};
        QTest::newRow("last sunday") << u"0 3 * * sunL"_s << u"UTC"_s << u"2026-01-01T00:00:00"_s
                                     << u"2026-04-01T00:00:00"_s
                                     << QStringList{u"2026-01-25T03:00"_s, u"2026-02-22T03:00"_s,
                                                    u"2026-03-29T03:00"_s};
        QTest::newRow("last day of month")
            << u"0 0 L 2 *"_s << u"UTC"_s << u"2027-01-01T00:00:00"_s << u"2029-01-01T00:00:00"_s
            << QStringList{u"2027-02-28T00:00"_s, u"2028-02-29T00:00"_s};
        QTest::newRow("second sunday") << u"24 0 * * 0#2"_s << u"UTC"_s << u"2026-11-01T00:00:00"_s
                                       << u"2027-01-01T00:00:00"_s
                                       << QStringList{u"2026-11-08T00:24"_s, u"2026-12-13T00:24"_s};
        // Vixie cron: both day fields restricted → either matches.
        QTest::newRow("dom or dow") << u"0 3 25-26 * sun"_s << u"UTC"_s << u"2026-03-20T00:00:00"_s
                                    << u"2026-03-30T00:00:00"_s
                                    << QStringList{u"2026-03-22T03:00"_s, u"2026-03-25T03:00"_s, u"2026-03-26T03:00"_s,
                                                   u"2026-03-29T03:00"_s};
        // A dom starting with * counts as unrestricted: both must match.
        QTest::newRow("star step dom and dow")
            << u"0 0 */2 * mon"_s << u"UTC"_s << u"2026-03-01T00:00:00"_s << u"2026-04-01T00:00:00"_s
            << QStringList{u"2026-03-09T00:00"_s, u"2026-03-23T00:00"_s};
        QTest::newRow("steps in a range")
            << u"0 0 1-10/3 3 *"_s << u"UTC"_s << u"2026-03-01T00:00:00"_s << u"2026-04-01T00:00:00"_s
            << QStringList{u"2026-03-01T00:00"_s, u"2026-03-04T00:00"_s, u"2026-03-07T00:00"_s, u"2026-03-10T00:00"_s};
        QTest::newRow("value step") << u"5/20 1 1 1 *"_s << u"UTC"_s << u"2026-01-01T00:00:00"_s
                                    << u"2026-01-02T00:00:00"_s
                                    << QStringList{u"2026-01-01T01:05"_s, u"2026-01-01T01:25"_s, u"2026-01-01T01:45"_s};
        QTest::newRow("sunday is 0 and 7")
            << u"0 0 * * 7"_s << u"UTC"_s << u"2026-11-01T00:00:00"_s << u"2026-11-09T00:00:00"_s
            << QStringList{u"2026-11-01T00:00"_s, u"2026-11-08T00:00"_s};
        QTest::newRow("weekday names range")
            << u"0 12 * * mon-wed"_s << u"UTC"_s << u"2026-11-23T00:00:00"_s << u"2026-11-30T00:00:00"_s
            << QStringList{u"2026-11-23T12:00"_s, u"2026-11-24T12:00"_s, u"2026-11-25T12:00"_s};
    }
    void testOccurrences()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        const auto cron = CronSchedule::parse(expression);
        QVERIFY2(cron, qPrintable(cron ? QString() : cron.error().toString()));
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        QCOMPARE(utcList(cron->occurrences(utc(from), utc(to), tz)), expected);
    }

    void testNextAndPeriod()
    {
        const auto cron = *CronSchedule::parse(u"0 0 * * 7"_s);
        const QTimeZone berlin("Europe/Berlin");
        const auto next = cron.next(utc(u"2026-11-27T12:00:00"_s), berlin);
        QVERIFY(next);
        QCOMPARE(next->toTimeZone(berlin).toString(u"yyyy-MM-dd HH:mm"_s), u"2026-11-29 00:00"_s);
        QCOMPARE(cron.periodDays(utc(u"2026-11-27T12:00:00"_s), berlin).value_or(0), 7.0);
        QVERIFY(!CronSchedule::parse(u"0 0 30 2 *"_s)->next(utc(u"2026-01-01T00:00:00"_s), berlin));
    }

    void testThresholdSkipsOccurrences()
    {
        const QTimeZone tz = QTimeZone::utc();
        const QDateTime now = utc(u"2026-11-21T00:00:00"_s);
        // Last scrub ended 2026-11-20 10:00; weekly Sunday runs with TrueNAS's default threshold of 35 days.
        const Pool pool = scrubbedPool(u"tank"_s, utc(u"2026-11-20T10:00:00"_s), 7200, TiB, TiB);
        const ScrubPlan plan =
            ScrubPlanner::plan({task(u"tank"_s, u"0 0 * * 7"_s, 35)}, {pool}, now, now.addDays(60), tz, now);
        QStringList real;
        int skipped = 0;
        for (const PlannedRun &r : plan.runs) {
            if (r.skipped) {
                ++skipped;
                QVERIFY(r.reason.contains(u"35"_s));
            } else {
                real << r.start.toString(u"yyyy-MM-dd"_s);
            }
        }
        // 35 whole days after 11-20 10:00 is 12-25 10:00: the Sundays before are skipped, 12-27 scrubs,
        // and the three Sundays after it in the window are within 35 days of that run's end.
        QCOMPARE(real, QStringList{u"2026-12-27"_s});
        QCOMPARE(skipped, 8);
        QCOMPARE(plan.summary(u"tank"_s)->nextRun->toString(u"yyyy-MM-dd"_s), u"2026-12-27"_s);
        // Period of the real runs: 35 days after a Sunday 02:00 end is a Sunday 02:00, so the 00:00 run that
        // day is skipped (34 whole days): weekly + threshold 35 really scrubs every 6 weeks.
        QCOMPARE(plan.summary(u"tank"_s)->periodDays.value_or(0), 42.0);
        QCOMPARE(ScrubPlanner::overdueDays(plan, u"tank"_s), 43);
        QCOMPARE(ScrubPlanner::overdueDays(plan, u"other"_s), 35);
    }

    void testDisabledTaskIsGhosted()
    {
        const QDateTime now = utc(u"2026-11-21T00:00:00"_s);
        ScrubSchedule s = task(u"tank"_s, u"0 0 * * 7"_s, 0);
        s.enabled = false;
        const ScrubPlan plan = ScrubPlanner::plan({s}, {scrubbedPool(u"tank"_s, now.addDays(-100), 60, TiB, TiB)}, now,
                                                  now.addDays(14), QTimeZone::utc(), now);
        QCOMPARE(plan.runs.size(), 2);
        QVERIFY(plan.runs.at(0).skipped && plan.runs.at(1).skipped);
        QVERIFY(!plan.summary(u"tank"_s)->nextRun);
    }

    void testDurationEstimate()
    {
        // 2 h for 1 TiB, now 1.5 TiB allocated → 3 h.
        const Pool p = scrubbedPool(u"tank"_s, utc(u"2026-11-01T00:00:00"_s), 7200, TiB, TiB + TiB / 2);
        QCOMPARE(ScrubPlanner::estimateDuration(p).seconds.value_or(0), 10800);
        Pool never;
        never.name = u"new"_s;
        QVERIFY(!ScrubPlanner::estimateDuration(never).seconds);
        QVERIFY(!ScrubPlanner::estimateDuration(never).basis.isEmpty());
        Pool noDuration = p;
        noDuration.scan.durationSeconds.reset();
        noDuration.scan.startTime = noDuration.scan.endTime.addSecs(-3600); // from the dates when not printed
        QCOMPARE(ScrubPlanner::estimateDuration(noDuration).seconds.value_or(0), 5400);
        QCOMPARE(ScrubPlanner::formatDuration(10800 + 120), u"3 h 2 min"_s);
    }

    void testClashes()
    {
        const QDateTime now = utc(u"2026-11-21T00:00:00"_s);
        const Pool a = scrubbedPool(u"a"_s, now.addDays(-60), 4 * 3600, TiB, TiB);
        const Pool b = scrubbedPool(u"b"_s, now.addDays(-60), 3600, TiB, TiB);
        Pool c = scrubbedPool(u"c"_s, now.addDays(-60), 3600, TiB, TiB);
        c.scan.function = ScanStatus::Function::Resilver;
        c.scan.state = ScanStatus::State::InProgress;
        c.scan.secondsToGo = 30 * 3600;
        PlanOptions options;
        OtherTask smart;
        smart.name = u"long test"_s;
        smart.cron = *CronSchedule::parse(u"0 2 * * 7"_s);
        smart.durationSeconds = 3600;
        options.otherTasks = {smart};
        options.workingHours.enabled = true;
        options.workingHours.days = {1, 2, 3, 4, 5, 6, 7};
        options.workingHours.start = QTime(3, 0);
        options.workingHours.end = QTime(18, 0);
        // a: Sunday 00:00 for 4 h (into 03:00 working hours, over the 02:00 SMART test, during c's resilver);
        // b: Sunday 01:00 for 1 h (inside a's run).
        const ScrubPlan plan = ScrubPlanner::plan({task(u"a"_s, u"0 0 * * 7"_s, 0), task(u"b"_s, u"0 1 * * 7"_s, 0)},
                                                  {a, b, c}, now, now.addDays(2), QTimeZone::utc(), now, options);
        QCOMPARE(plan.runs.size(), 2);
        QSet<Clash::Kind> kindsA;
        for (int i : plan.runs.at(0).clashes)
            kindsA.insert(plan.clashes.at(i).kind);
        QCOMPARE(plan.runs.at(0).pool, u"a"_s);
        QCOMPARE(kindsA, (QSet<Clash::Kind>{Clash::Kind::TwoPools, Clash::Kind::Resilver, Clash::Kind::SmartLongTest,
                                            Clash::Kind::WorkingHours}));
        QSet<Clash::Kind> kindsB;
        for (int i : plan.runs.at(1).clashes)
            kindsB.insert(plan.clashes.at(i).kind);
        QCOMPARE(kindsB, (QSet<Clash::Kind>{Clash::Kind::TwoPools, Clash::Kind::Resilver}));
        QVERIFY(plan.summary(u"c"_s)->scanning);
        // A scrub far from everything clashes with nothing.
        const ScrubPlan quiet =
            ScrubPlanner::plan({task(u"a"_s, u"0 20 * * 3"_s, 0)}, {a}, now, now.addDays(7), QTimeZone::utc(), now);
        QCOMPARE(quiet.runs.size(), 1);
        QVERIFY(quiet.clashes.isEmpty());
    }

    void testTrueNasTasks()
    {
        const QByteArray json =
            "[{\"id\": 2, \"pool\": 2, \"pool_name\": \"orion\", \"threshold\": 35, \"description\": \"media\", "
            "\"schedule\": {\"minute\": \"30\", \"hour\": \"01\", \"dom\": \"1-7\", \"month\": \"*\", \"dow\": \"6\"}, "
            "\"enabled\": true}, {\"id\": 3, \"pool\": 3, \"pool_name\": \"comet\", \"threshold\": 7, "
            "\"description\": \"\", \"schedule\": {\"minute\": \"00\", \"hour\": \"04\", \"dom\": \"*\", "
            "\"month\": \"*\", \"dow\": \"3\"}, \"enabled\": false}]";
        const auto tasks = parseTrueNasScrubTasks(json);
        QVERIFY(tasks);
        QCOMPARE(tasks->size(), 2);
        QCOMPARE(tasks->at(0).pool, u"orion"_s);
        QCOMPARE(tasks->at(0).id, 2);
        QCOMPARE(tasks->at(0).cron.expression(), u"30 01 1-7 * 6"_s);
        QCOMPARE(tasks->at(1).thresholdDays, 7);
        QVERIFY(!tasks->at(1).enabled);
        QVERIFY(!parseTrueNasScrubTasks("{\"id\": 1}"));
        QVERIFY(!parseTrueNasScrubTasks("[{\"id\":1,\"pool_name\":\"x\",\"schedule\":{\"minute\":\"99\"}}]"));
        const auto ids =
            parseTrueNasPoolIds("[{\"id\": 1, \"name\": \"andromeda\"}, {\"id\": 2, \"name\": \"orion\"}]");
        QVERIFY(ids);
        QCOMPARE(ids->value(u"orion"_s), 2);
        const QList<OtherTask> smart = parseTrueNasOtherTasks(
            "[{\"id\":1,\"type\":\"SHORT\",\"schedule\":{\"hour\":\"1\",\"dom\":\"*\",\"month\":\"*\",\"dow\":\"*\"}},"
            "{\"id\":2,\"type\":\"LONG\",\"desc\":\"monthly long\",\"schedule\":{\"hour\":\"2\",\"dom\":\"1\","
            "\"month\":\"*\",\"dow\":\"*\"}}]",
            OtherTask::Kind::SmartLongTest);
        QCOMPARE(smart.size(), 1);
        QCOMPARE(smart.at(0).name, u"monthly long"_s);
        QCOMPARE(smart.at(0).cron.expression(), u"00 2 1 * *"_s);
    }

    void testZfsutilsCronFile()
    {
        const QByteArray text = "PATH=/usr/bin:/bin:/usr/sbin:/sbin\n\n# TRIM the first Sunday of every month.\n"
                                "24 0 1-7 * * root if [ $(date +\\%w) -eq 0 ] && [ -x /usr/lib/zfs-linux/trim ]; then "
                                "/usr/lib/zfs-linux/trim; fi\n\n# Scrub the second Sunday of every month.\n"
                                "24 0 8-14 * * root if [ $(date +\\%w) -eq 0 ] && [ -x /usr/lib/zfs-linux/scrub ]; "
                                "then /usr/lib/zfs-linux/scrub; fi\n"
                                "0 3 * * 6 root /sbin/zpool scrub 'tank' && /sbin/zpool scrub backup\n";
        const QList<ScrubSchedule> list = parseCronFile(u"/etc/cron.d/zfsutils-linux"_s, text);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).pool, QString()); // every pool
        QCOMPARE(list.at(0).cron.expression(), u"24 0 * * 0#2"_s);
        QCOMPARE(list.at(0).origin, u"/etc/cron.d/zfsutils-linux:7"_s);
        QCOMPARE(list.at(0).source, ScheduleSource::CronFile);
        QCOMPARE(list.at(1).pool, u"tank"_s);
        QCOMPARE(list.at(1).cron.expression(), u"0 3 * * 6"_s);
        QCOMPARE(list.at(2).pool, u"backup"_s);
        QVERIFY(list.at(0).appliesTo(u"anything"_s));
    }

    void testTimers()
    {
        const QList<ScrubSchedule> list =
            parseScrubTimers(u"/etc/systemd/system/timers.target.wants"_s,
                             "zfs-scrub-weekly@tank.timer\nzfs-scrub-monthly@my\\x2dpool.timer\nfstrim.timer\n");
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).pool, u"tank"_s);
        QCOMPARE(list.at(0).timerKind, u"weekly"_s);
        QCOMPARE(list.at(0).cron.expression(), u"0 0 * * 1"_s);
        QCOMPARE(list.at(1).pool, u"my-pool"_s);
        QCOMPARE(list.at(1).cron.expression(), u"0 0 1 * *"_s);
        QCOMPARE(systemdEscape(u"my-pool x"_s), u"my\\x2dpool\\x20x"_s);
        QCOMPARE(systemdUnescape(systemdEscape(u"my-pool x.y"_s)), u"my-pool x.y"_s);
    }

    void testMoveRun_data()
    {
        QTest::addColumn<QString>("cron");
        QTest::addColumn<QString>("from"); // Berlin local
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("weekly to another day and time")
            << u"00 00 * * 7"_s << u"2026-11-29T00:00:00"_s << u"2026-12-02T03:30:00"_s << u"30 3 * * 3"_s;
        QTest::newRow("weekday wraps") << u"0 1 * * sat"_s << u"2026-11-28T01:00:00"_s << u"2026-11-30T01:00:00"_s
                                       << u"0 1 * * 1"_s;
        QTest::newRow("nth weekday keeps n")
            << u"24 0 * * 0#2"_s << u"2026-12-13T00:24:00"_s << u"2026-12-12T22:00:00"_s << u"0 22 * * 6#2"_s;
        QTest::newRow("monthly day") << u"0 2 1 * *"_s << u"2026-12-01T02:00:00"_s << u"2026-12-03T05:00:00"_s
                                     << u"0 5 3 * *"_s;
        QTest::newRow("daily changes time only")
            << u"0 2 * * *"_s << u"2026-12-01T02:00:00"_s << u"2026-12-01T04:15:00"_s << u"15 4 * * *"_s;
        QTest::newRow("several days refused")
            << u"0 2 1-7 * 6"_s << u"2026-12-01T02:00:00"_s << u"2026-12-02T02:00:00"_s << QString();
    }
    void testMoveRun()
    {
        QFETCH(QString, cron);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const QTimeZone berlin("Europe/Berlin");
        const auto local = [&berlin](const QString &iso) {
            return QDateTime(QDateTime::fromString(iso, Qt::ISODate).date(),
                             QDateTime::fromString(iso, Qt::ISODate).time(), berlin);
        };
        const auto moved = ScrubPlanner::moveRun(*CronSchedule::parse(cron), local(from), local(to), berlin);
        if (expected.isEmpty()) {
            QVERIFY(!moved);
            return;
        }
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(moved->expression(), expected);
    }

    void testOwnCronFileRoundTrip()
    {
        PlainLinuxPaths paths;
        ScrubSchedule a;
        a.pool = u"tank"_s;
        a.source = ScheduleSource::CronFile;
        a.origin = paths.ownCron;
        a.cron = *CronSchedule::parse(u"0 3 * * 6#1"_s);
        ScrubSchedule b = a;
        b.pool = u"my pool"_s;
        b.cron = *CronSchedule::parse(u"30 2 */3 * *"_s);
        b.enabled = false;
        const QByteArray text = ScrubScheduleStore::cronFileText({a, b}, paths);
        QVERIFY2(text.contains("0 3 1-7 * * root [ \"$(date +\\%w)\" -eq 6 ] && /sbin/zpool scrub 'tank'\n"),
                 text.constData());
        const QList<ScrubSchedule> back = parseCronFile(paths.ownCron, text);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).cron.expression(), u"0 3 * * 6#1"_s);
        QVERIFY(back.at(0).enabled);
        QCOMPARE(back.at(1).pool, u"my pool"_s);
        QCOMPARE(back.at(1).cron.expression(), u"30 2 */3 * *"_s);
        QVERIFY(!back.at(1).enabled);
    }

    void testPoolCardUsesTheSchedulePeriod()
    {
        // Issue 6 leftover: the scrub-age warning follows the schedule's real period, else 35 days.
        const QDateTime now = utc(u"2026-11-21T00:00:00"_s);
        Pool tank = scrubbedPool(u"tank"_s, now.addDays(-40), 3600, TiB, TiB);
        tank.state = DeviceState::Online;
        PoolModel model;
        model.setNow(now);
        model.setPools({tank}, {}, now);
        const QModelIndex i = model.indexOfPool(u"tank"_s);
        QCOMPARE(Health(i.data(PoolModel::LastScrubHealthRole).toInt()), Health::Warning);
        // Weekly with threshold 35 really runs every 6 weeks: 40 days is not overdue.
        const auto days =
            ScrubPlanner::overdueDaysByPool({task(u"tank"_s, u"0 0 * * 7"_s, 35)}, {tank}, QTimeZone::utc(), now);
        QCOMPARE(days.value(u"tank"_s), 43);
        model.setScrubMaxAgeDays(days);
        QCOMPARE(Health(i.data(PoolModel::LastScrubHealthRole).toInt()), Health::Ok);
        // A weekly schedule without threshold: overdue after 8 days.
        model.setScrubMaxAgeDays(
            ScrubPlanner::overdueDaysByPool({task(u"tank"_s, u"0 0 * * 7"_s, 0)}, {tank}, QTimeZone::utc(), now));
        QCOMPARE(Health(i.data(PoolModel::LastScrubHealthRole).toInt()), Health::Warning);
    }

    void testTimeZoneOutputs()
    {
        QCOMPARE(parseTimeZone("Europe/Berlin\n").id(), QByteArray("Europe/Berlin"));
        QCOMPARE(parseTimeZone("/usr/share/zoneinfo/America/New_York\n").id(), QByteArray("America/New_York"));
        QCOMPARE(parseTimeZone("Timezone=Etc/UTC\n").id(), QByteArray("Etc/UTC"));
        QVERIFY(!parseTimeZone("").isValid());
    }
};

QTEST_GUILESS_MAIN(TestScrubPlan)
#include "test_scrubplan.moc"
