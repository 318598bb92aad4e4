// Parsers of core/zfs on fixtures of both generations (tests/fixtures/zfs): real zfs-fuse captures
// (fuse/), hand-written OpenZFS 2.x text and JSON (modern/), smartctl and TrueNAS JSON; hostile input.
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include "core/zfs/parsers.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Zfs;

namespace
{

QByteArray fixture(const QString &name)
{
    return Test::readFixture(u"zfs/"_s + name);
}

const Vdev *find(const Vdev &v, const QString &name)
{
    if (v.name == name)
        return &v;
    for (const Vdev &c : v.children) {
        if (const Vdev *f = find(c, name))
            return f;
    }
    return nullptr;
}

/// "name:STATE:r/w/c" for every row in tree order, to compare whole trees in one line.
QStringList flatten(const Vdev &v, int depth = 0)
{
    QStringList out;
    QString row = QString(depth * 2, u' ') + v.name;
    if (v.state)
        row += u':' + Words::stateWord(*v.state);
    if (v.hasCounters)
        row += u":%1/%2/%3"_s.arg(v.readErrors).arg(v.writeErrors).arg(v.checksumErrors);
    out << row;
    for (const Vdev &c : v.children)
        out << flatten(c, depth + 1);
    return out;
}

const QStringList textFixtures{
    u"fuse/fuse-online-mirror.txt"_s,
    u"fuse/fuse-spare-log.txt"_s,
    u"fuse/fuse-multi.txt"_s,
    u"fuse/fuse-offline.txt"_s,
    u"fuse/fuse-resilvered.txt"_s,
    u"fuse/fuse-cksum-repaired.txt"_s,
    u"fuse/fuse-permanent-errors.txt"_s,
    u"fuse/fuse-data-errors-nov.txt"_s,
    u"fuse/fuse-unavail.txt"_s,
    u"fuse/fuse-spare-inuse.txt"_s,
    u"fuse/fuse-scrub-in-progress.txt"_s,
    u"fuse/fuse-scrub-canceled.txt"_s,
    u"fuse/fuse-resilver-in-progress.txt"_s,
    u"modern/online-mirror.txt"_s,
    u"modern/degraded-classes.txt"_s,
    u"modern/faulted.txt"_s,
    u"modern/suspended.txt"_s,
    u"modern/removed-offline.txt"_s,
    u"modern/scrub-progress.txt"_s,
    u"modern/scrub-paused.txt"_s,
    u"modern/scrub-canceled.txt"_s,
    u"modern/resilver-progress.txt"_s,
    u"modern/repaired-with-errors.txt"_s,
    u"modern/spares-inuse.txt"_s,
    u"modern/exact-p.txt"_s,
    u"modern/multi.txt"_s,
};

} // namespace

class TestZfsParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testStatusTextStates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("pools"); // name:STATE
        QTest::addColumn<QString>("scan");      // function/state of the first pool
        QTest::addColumn<int>("source");
        const int legacy = int(Source::LegacyText);
        const int modern = int(Source::Text);
        QTest::newRow("fuse online") << u"fuse/fuse-online-mirror.txt"_s << QStringList{u"healthy:ONLINE"_s}
                                     << u"none/none"_s << legacy;
        QTest::newRow("fuse multi") << u"fuse/fuse-multi.txt"_s
                                    << QStringList{u"big:ONLINE"_s, u"doomed:ONLINE"_s, u"fancy:ONLINE"_s,
                                                   u"healthy:DEGRADED"_s, u"stripe:ONLINE"_s}
                                    << u"resilver/finished"_s << legacy;
        QTest::newRow("fuse offline") << u"fuse/fuse-offline.txt"_s << QStringList{u"healthy:DEGRADED"_s}
                                      << u"none/none"_s << legacy;
        QTest::newRow("fuse scrub progress")
            << u"fuse/fuse-scrub-in-progress.txt"_s << QStringList{u"big:ONLINE"_s} << u"scrub/in-progress"_s << legacy;
        QTest::newRow("fuse scrub stopped")
            << u"fuse/fuse-scrub-canceled.txt"_s << QStringList{u"big:ONLINE"_s} << u"scrub/canceled"_s << legacy;
        QTest::newRow("fuse resilver progress") << u"fuse/fuse-resilver-in-progress.txt"_s
                                                << QStringList{u"big:ONLINE"_s} << u"resilver/in-progress"_s << legacy;
        QTest::newRow("modern online") << u"modern/online-mirror.txt"_s << QStringList{u"andromeda:ONLINE"_s}
                                       << u"scrub/finished"_s << modern;
        QTest::newRow("modern faulted") << u"modern/faulted.txt"_s << QStringList{u"comet:FAULTED"_s}
                                        << u"scrub/finished"_s << modern;
        QTest::newRow("modern suspended")
            << u"modern/suspended.txt"_s << QStringList{u"comet:SUSPENDED"_s} << u"none/none"_s << modern;
        QTest::newRow("modern paused") << u"modern/scrub-paused.txt"_s << QStringList{u"andromeda:ONLINE"_s}
                                       << u"scrub/paused"_s << modern;
        QTest::newRow("modern canceled") << u"modern/scrub-canceled.txt"_s << QStringList{u"orion:ONLINE"_s}
                                         << u"scrub/canceled"_s << modern;
        QTest::newRow("modern resilver") << u"modern/resilver-progress.txt"_s << QStringList{u"tank:DEGRADED"_s}
                                         << u"resilver/in-progress"_s << modern;
        QTest::newRow("modern multi") << u"modern/multi.txt"_s
                                      << QStringList{u"andromeda:ONLINE"_s, u"comet:ONLINE"_s, u"orion:ONLINE"_s}
                                      << u"scrub/finished"_s << modern;
    }
    void testStatusTextStates()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, pools);
        QFETCH(QString, scan);
        QFETCH(int, source);
        const auto r = parseStatusText(fixture(file));
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail()));
        QStringList got;
        for (const Pool &p : *r)
            got << p.name + u':' + Words::stateWord(p.state);
        QCOMPARE(got, pools);
        const ScanStatus &s = r->constFirst().scan;
        QCOMPARE(Words::functionName(s.function) + u'/' + Words::scanStateName(s.state), scan);
        QCOMPARE(int(r->constFirst().source), source);
    }

    void testEveryTextFixtureParses()
    {
        for (const QString &file : textFixtures) {
            const auto r = parseStatusText(fixture(file));
            QVERIFY2(r, qPrintable(file + u": "_s + (r ? QString() : r.error().detail())));
            QVERIFY2(!r->isEmpty(), qPrintable(file));
            for (const Pool &p : *r) {
                QCOMPARE(p.root.name, p.name);
                QVERIFY2(!p.errorsText.isEmpty(), qPrintable(file));
            }
        }
    }

    void testFuseUnavailWas()
    {
        const auto r = parseStatusText(fixture(u"fuse/fuse-unavail.txt"_s));
        QVERIFY(r);
        const Pool &p = r->constFirst();
        QCOMPARE(flatten(p.root),
                 (QStringList{u"healthy:DEGRADED:0/0/0"_s, u"  mirror-0:DEGRADED:0/0/0"_s,
                              u"    /tmp/h-pools-cap/a1:ONLINE:0/0/0"_s, u"    17173200218412571519:UNAVAIL:0/0/0"_s}));
        const Vdev *missing = find(p.root, u"17173200218412571519"_s);
        QCOMPARE(missing->was, u"/tmp/h-pools-cap/a2"_s);
        QCOMPARE(missing->type, VdevType::Disk);
        QCOMPARE(find(p.root, u"/tmp/h-pools-cap/a1"_s)->type, VdevType::File);
        QVERIFY(p.status.startsWith(u"One or more devices could not be opened.  Sufficient replicas"_s));
        QVERIFY(!p.status.contains(u'\t'));
        QCOMPARE(p.see, u"http://www.sun.com/msg/ZFS-8000-2Q"_s);
    }

    void testFuseChecksumRepaired()
    {
        const auto r = parseStatusText(fixture(u"fuse/fuse-cksum-repaired.txt"_s));
        QVERIFY(r);
        const Pool &p = r->constFirst();
        const Vdev *bad = find(p.root, u"/tmp/h-pools-cap/a2"_s);
        QCOMPARE(bad->checksumErrors, 689u);
        QCOMPARE(bad->repairedBytes.value_or(0), quint64(55.5 * 1024 * 1024));
        QCOMPARE(p.scan.function, ScanStatus::Function::Scrub);
        QCOMPARE(p.scan.state, ScanStatus::State::Finished);
        QCOMPARE(p.scan.errors.value_or(99), 0u);
        QCOMPARE(p.scan.endTime.date(), QDate(2026, 11, 27));
        QCOMPARE(p.dataErrors.value_or(99), 0u);
    }

    void testFuseScrubProgress()
    {
        const auto r = parseStatusText(fixture(u"fuse/fuse-scrub-in-progress.txt"_s));
        QVERIFY(r);
        const ScanStatus &s = r->constFirst().scan;
        QVERIFY(s.isRunning());
        QCOMPARE(s.percentDone.value_or(-1), 1.52);
        QCOMPARE(s.secondsToGo.value_or(-1), 0);
    }

    void testFusePermanentErrors()
    {
        const auto r = parseStatusText(fixture(u"fuse/fuse-permanent-errors.txt"_s));
        QVERIFY(r);
        const Pool &p = r->constFirst();
        QCOMPARE(p.permanentErrors.size(), 15);
        QCOMPARE(p.permanentErrors.constFirst(), u"<metadata>:<0x1d>"_s);
        QCOMPARE(p.permanentErrors.constLast(), u"/tmp/h-pools-cap/mnt-stripe/photo.jpg"_s);
        QCOMPARE(p.scan.errors.value_or(0), 82u);
        QCOMPARE(p.root.checksumErrors, 84u);
        const auto nov = parseStatusText(fixture(u"fuse/fuse-data-errors-nov.txt"_s));
        QVERIFY(nov);
        QCOMPARE(nov->constFirst().dataErrors.value_or(0), 15u);
    }

    void testFuseSpares()
    {
        const auto avail = parseStatusText(fixture(u"fuse/fuse-spare-log.txt"_s));
        QVERIFY(avail);
        QCOMPARE(flatten(avail->constFirst().root),
                 (QStringList{u"fancy:ONLINE:0/0/0"_s, u"  mirror-0:ONLINE:0/0/0"_s,
                              u"    /tmp/h-pools-cap/b1:ONLINE:0/0/0"_s, u"    /tmp/h-pools-cap/b2:ONLINE:0/0/0"_s,
                              u"  logs"_s, u"    /tmp/h-pools-cap/l1:ONLINE:0/0/0"_s, u"  spares"_s,
                              u"    /tmp/h-pools-cap/s1:AVAIL"_s}));
        const auto inuse = parseStatusText(fixture(u"fuse/fuse-spare-inuse.txt"_s));
        QVERIFY(inuse);
        const Vdev &root = inuse->constFirst().root;
        QCOMPARE(root.children.at(0).children.at(1).type, VdevType::Spare);
        const Vdev &spares = root.children.constLast();
        QCOMPARE(spares.vdevClass, VdevClass::Spare);
        QCOMPARE(spares.children.constFirst().state, DeviceState::InUse);
        QCOMPARE(spares.children.constFirst().note, u"currently in use"_s);
        QCOMPARE(spares.children.constFirst().vdevClass, VdevClass::Spare);
        QCOMPARE(root.children.at(1).children.constFirst().vdevClass, VdevClass::Log);
    }

    void testFuseResilverReplacing()
    {
        const auto r = parseStatusText(fixture(u"fuse/fuse-resilver-in-progress.txt"_s));
        QVERIFY(r);
        const Vdev *rep = find(r->constFirst().root, u"replacing-1"_s);
        QVERIFY(rep);
        QCOMPARE(rep->type, VdevType::Replacing);
        QCOMPARE(rep->children.size(), 2);
        QCOMPARE(rep->children.at(1).resilveredBytes.value_or(0), quint64(19.3 * 1024 * 1024 + 0.5));
    }

    void testModernClasses()
    {
        const auto r = parseStatusText(fixture(u"modern/degraded-classes.txt"_s));
        QVERIFY(r);
        const Pool &p = r->constFirst();
        QStringList groups;
        for (const Vdev &c : p.root.children)
            groups << c.name + u'/' + Words::className(c.vdevClass);
        QCOMPARE(groups, (QStringList{u"raidz1-0/normal"_s, u"special/special"_s, u"logs/logs"_s, u"cache/cache"_s,
                                      u"spares/spares"_s}));
        QCOMPARE(p.root.children.constFirst().parity, 1);
        QCOMPARE(find(p.root, u"1234567890123456789"_s)->was,
                 u"/dev/disk/by-partuuid/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"_s);
        QCOMPARE(p.scan.durationSeconds.value_or(0), 86400 + 3 * 3600 + 4 * 60 + 5);
        QCOMPARE(p.see, u"https://openzfs.github.io/openzfs-docs/msg/ZFS-8000-4J"_s);
        QCOMPARE(p.action, u"Replace the device using 'zpool replace'."_s);
        QCOMPARE(p.leaves().size(), 8);
    }

    void testModernScanProgress()
    {
        TextOptions options;
        options.utcOffsetSeconds = 3600;
        const auto r = parseStatusText(fixture(u"modern/scrub-progress.txt"_s), options);
        QVERIFY(r);
        const ScanStatus &s = r->constFirst().scan;
        QCOMPARE(s.state, ScanStatus::State::InProgress);
        QCOMPARE(s.startTime.toUTC(), QDateTime(QDate(2025, 11, 22), QTime(23, 24, 1), Qt::UTC));
        QCOMPARE(s.scannedBytes.value_or(0), quint64(1.45 * 1024.0 * 1024 * 1024 * 1024 + 0.5));
        QCOMPARE(s.totalBytes.value_or(0), quint64(2) << 40);
        QCOMPARE(s.issueRate.value_or(0), 400.0 * 1024 * 1024);
        QCOMPARE(s.percentDone.value_or(0), 55.12);
        QCOMPARE(s.secondsToGo.value_or(0), 39 * 60 + 18);
        QCOMPARE(s.repairedBytes.value_or(1), 0u);
        QCOMPARE(find(r->constFirst().root, u"sda"_s)->note, u"(repairing)"_s);

        const auto paused = parseStatusText(fixture(u"modern/scrub-paused.txt"_s));
        QVERIFY(paused);
        const ScanStatus &ps = paused->constFirst().scan;
        QCOMPARE(ps.state, ScanStatus::State::Paused);
        QCOMPARE(ps.startTime, QDateTime(QDate(2025, 11, 23), QTime(0, 24, 1), QTimeZone(0)));
        QCOMPARE(ps.pausedTime, QDateTime(QDate(2025, 11, 23), QTime(1, 10, 0), QTimeZone(0)));
        QCOMPARE(ps.percentDone.value_or(0), 55.12);

        const auto resilver = parseStatusText(fixture(u"modern/resilver-progress.txt"_s));
        QVERIFY(resilver);
        const ScanStatus &rs = resilver->constFirst().scan;
        QCOMPARE(rs.repairedBytes.value_or(0), quint64(118) << 30);
        QCOMPARE(rs.secondsToGo.value_or(0), 3600 + 7 * 60 + 2);
        const Vdev *rep = find(resilver->constFirst().root, u"replacing-2"_s);
        QCOMPARE(rep->children.constFirst().was, u"/dev/sdc1"_s);
        QCOMPARE(resilver->constFirst().root.children.constFirst().parity, 2);
    }

    void testModernErrorsAndAbbreviations()
    {
        const auto r = parseStatusText(fixture(u"modern/repaired-with-errors.txt"_s));
        QVERIFY(r);
        const Pool &p = r->constFirst();
        QCOMPARE(find(p.root, u"sda"_s)->checksumErrors, 1536u);
        QCOMPARE(find(p.root, u"sdb"_s)->readErrors, quint64(3) << 20);
        QCOMPARE(p.scan.errors.value_or(0), 3u);
        QCOMPARE(p.scan.repairedBytes.value_or(0), quint64(1.21 * 1024 * 1024 + 0.5));
        QCOMPARE(p.permanentErrors,
                 (QStringList{u"/mnt/photos/2024/IMG 0001.jpg"_s,
                              u"photos/library@auto-2025-11-01:/2024/IMG_0002.jpg"_s, u"<metadata>:<0x1d>"_s}));
        const auto exact = parseStatusText(fixture(u"modern/exact-p.txt"_s));
        QVERIFY(exact);
        const Vdev &draid = exact->constFirst().root.children.constFirst();
        QCOMPARE(draid.type, VdevType::Draid);
        QCOMPARE(draid.parity, 2);
        QCOMPARE(draid.children.constFirst().readErrors, 123456u);
        QCOMPARE(draid.children.constFirst().checksumErrors, 98765u);
        QCOMPARE(exact->constFirst().root.children.constLast().vdevClass, VdevClass::Dedup);

        const auto faulted = parseStatusText(fixture(u"modern/faulted.txt"_s));
        QVERIFY(faulted);
        QCOMPARE(faulted->constFirst().dataErrors.value_or(0), 3u);
        const Vdev &disk = faulted->constFirst().root.children.constFirst();
        QCOMPARE(disk.writeErrors, 1229u); // 1.2K (base 1024, rounded)
        QCOMPARE(disk.note, u"too many errors"_s);
        QCOMPARE(faulted->constFirst().root.note, u"insufficient replicas"_s);
        QCOMPARE(faulted->constFirst().scan.endTime.date(), QDate(2025, 11, 1));
    }

    void testModernLongNamesAndTrim()
    {
        const auto r = parseStatusText(fixture(u"modern/multi.txt"_s));
        QVERIFY(r);
        const Vdev &disk = r->constFirst().root.children.constFirst().children.constFirst();
        QCOMPARE(disk.name, u"wwn-0x5000c500a1b2c3d4e5f60718293a4b5c6d7e8f90-part1"_s);
        QCOMPARE(disk.trim, u"100% trimmed, completed at Sun Nov  2 01:00:00 2025"_s);
        QCOMPARE(r->at(1).scan.function, ScanStatus::Function::None);
    }

    void testRemovedOfflineSpares()
    {
        const auto r = parseStatusText(fixture(u"modern/removed-offline.txt"_s));
        QVERIFY(r);
        QCOMPARE(find(r->constFirst().root, u"sda"_s)->state, DeviceState::Removed);
        QCOMPARE(find(r->constFirst().root, u"sdc"_s)->state, DeviceState::Offline);
        QCOMPARE(r->constFirst().scan.function, ScanStatus::Function::Resilver);
        QCOMPARE(r->constFirst().scan.repairedBytes.value_or(0), quint64(1.02 * 1024.0 * 1024 * 1024 * 1024 + 0.5));
        const auto spares = parseStatusText(fixture(u"modern/spares-inuse.txt"_s));
        QVERIFY(spares);
        QCOMPARE(find(spares->constFirst().root, u"spare-1"_s)->children.constFirst().state, DeviceState::Faulted);
        const Vdev &group = spares->constFirst().root.children.constLast();
        QCOMPARE(group.children.at(0).state, DeviceState::InUse);
        QCOMPARE(group.children.at(1).state, DeviceState::Avail);
        QVERIFY(!group.children.at(1).hasCounters);
    }

    void testEmptyAndHealthyNotes()
    {
        auto r = parseStatusText("no pools available\n");
        QVERIFY(r);
        QVERIFY(r->isEmpty());
        r = parseStatusText("all pools are healthy\n");
        QVERIFY(r);
        QVERIFY(r->isEmpty());
    }

    void testHostileText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\t\n");
        QTest::newRow("garbage") << QByteArray("hello world\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("html") << QByteArray("<html><body>Login</body></html>");
        QTest::newRow("cannot open") << fixture(u"fuse/nosuch.txt"_s);
        QTest::newRow("usage") << fixture(u"fuse/fuse-status-j-err.txt"_s);
        QTest::newRow("no config") << QByteArray("  pool: tank\n state: ONLINE\nerrors: No known data errors\n");
        QTest::newRow("no errors line") << QByteArray(
            "  pool: tank\n state: ONLINE\nconfig:\n\n\tNAME STATE READ WRITE "
            "CKSUM\n\ttank ONLINE 0 0 0\n");
        QTest::newRow("bad state") << QByteArray("  pool: tank\n state: SMILING\n");
        QTest::newRow("bad row state") << QByteArray("  pool: tank\n state: ONLINE\nconfig:\n\n\tNAME STATE READ WRITE "
                                                     "CKSUM\n\ttank HAPPY 0 0 0\n\nerrors: No known data errors\n");
        QTest::newRow("wrong root") << QByteArray("  pool: tank\n state: ONLINE\nconfig:\n\n\tNAME STATE READ WRITE "
                                                  "CKSUM\n\tother ONLINE 0 0 0\n\nerrors: No known data errors\n");
        QTest::newRow("row without header") << QByteArray("  pool: tank\n state: ONLINE\nconfig:\n\n\ttank ONLINE 0 0 "
                                                          "0\n\nerrors: No known data errors\n");
        QTest::newRow("nul") << QByteArray("  pool: t\0ank\n", 14);
        QByteArray deep =
            "  pool: tank\n state: ONLINE\nconfig:\n\n\tNAME STATE READ WRITE CKSUM\n\ttank ONLINE 0 0 0\n";
        for (int i = 1; i < 200; ++i)
            deep += '\t' + QByteArray(i * 2, ' ') + "mirror-" + QByteArray::number(i) + " ONLINE 0 0 0\n";
        deep += "\nerrors: No known data errors\n";
        QTest::newRow("deep nesting") << deep;
    }
    void testHostileText()
    {
        QFETCH(QByteArray, input);
        const auto r = parseStatusText(input);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Parse);
        QVERIFY(!r.error().message().isEmpty());
    }

    void testTruncatedTextNeverCrashes()
    {
        // Every prefix of every fixture: a complete parse or a Parse error, nothing else.
        for (const QString &file : textFixtures) {
            const QByteArray full = fixture(file);
            for (qsizetype cut = 0; cut < full.size(); cut += 7) {
                const auto r = parseStatusText(full.left(cut));
                if (!r)
                    QCOMPARE(r.error().code(), Error::Code::Parse);
            }
            // Cut inside the config table: must be an error, never a pool with a partial tree.
            const qsizetype table = full.indexOf("\tNAME");
            if (table > 0) {
                const auto r = parseStatusText(full.left(full.indexOf('\n', full.indexOf('\n', table) + 1)));
                QVERIFY2(!r, qPrintable(file));
            }
        }
    }

    void testRandomMutationsNeverCrash()
    {
        QRandomGenerator rng(42);
        for (const QString &file : textFixtures) {
            const QByteArray full = fixture(file);
            for (int i = 0; i < 40; ++i) {
                QByteArray m = full;
                for (int k = 0; k < 5; ++k)
                    m[rng.bounded(int(m.size()))] = char(rng.bounded(256));
                const auto r = parseStatusText(m);
                if (!r)
                    QCOMPARE(r.error().code(), Error::Code::Parse);
            }
        }
    }

    void testStatusJson()
    {
        const auto r = parseStatusJson(fixture(u"modern/status.json"_s));
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->size(), 2);
        const Pool &tank = r->at(1);
        QCOMPARE(tank.name, u"tank"_s);
        QCOMPARE(tank.source, Source::Json);
        QCOMPARE(tank.state, DeviceState::Degraded);
        QVERIFY(tank.status.startsWith(u"One or more devices could not be used"_s));
        QVERIFY(!tank.status.contains(u'\n'));
        QCOMPARE(tank.see, u"https://openzfs.github.io/openzfs-docs/msg/ZFS-8000-4J"_s);
        const Vdev *missing = find(tank.root, u"1234567890123456789"_s);
        QCOMPARE(missing->state, DeviceState::Unavail); // CANT_OPEN
        QCOMPARE(missing->was, u"/dev/disk/by-partuuid/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"_s);
        QCOMPARE(find(tank.root, u"9f8e7d6c-5b4a-4392-8a1b-2c3d4e5f6a7b"_s)->checksumErrors, 1536u);
        QStringList groups;
        for (const Vdev &c : tank.root.children)
            groups << c.name;
        QCOMPARE(groups, (QStringList{u"raidz1-0"_s, u"special"_s, u"logs"_s, u"cache"_s, u"spares"_s}));
        QCOMPARE(tank.scan.state, ScanStatus::State::Finished);
        QCOMPARE(tank.scan.endTime, QDateTime::fromSecsSinceEpoch(1763865466, Qt::UTC));
        QCOMPARE(tank.scan.durationSeconds.value_or(0), 1763865466 - 1763766121);
        QCOMPARE(tank.dataErrors.value_or(99), 0u);

        ScanStatus running = r->at(0).scan;
        QCOMPARE(running.state, ScanStatus::State::InProgress);
        QCOMPARE(running.percentDone.value_or(0), 100.0 * 1209462790553 / 2199023255552);
        fillEstimates(running, QDateTime::fromSecsSinceEpoch(1763857441 + 3000, Qt::UTC));
        QVERIFY(running.issueRate);
        QVERIFY(running.secondsToGo.value_or(0) > 0);
    }

    void testStatusJsonNumberStyles()
    {
        const auto p = parseStatusJson(fixture(u"modern/status-p.json"_s));
        QVERIFY2(p, p ? "" : qPrintable(p.error().detail()));
        QCOMPARE(p->constFirst().scan.state, ScanStatus::State::Paused);
        QCOMPARE(p->constFirst().scan.pausedTime, QDateTime::fromSecsSinceEpoch(1763860200, Qt::UTC));
        const auto human = parseStatusJson(fixture(u"modern/status-human.json"_s));
        QVERIFY2(human, human ? "" : qPrintable(human.error().detail()));
        QCOMPARE(find(human->constFirst().root, u"sda"_s)->readErrors, 1229u);
        QCOMPARE(find(human->constFirst().root, u"sda"_s)->checksumErrors, quint64(3) << 20);
        QCOMPARE(human->constFirst().scan.function, ScanStatus::Function::Resilver);
        const auto flat = parseStatusJson(fixture(u"modern/status-flat.json"_s));
        QVERIFY2(flat, flat ? "" : qPrintable(flat.error().detail()));
        QCOMPARE(flatten(flat->constFirst().root),
                 (QStringList{u"comet:ONLINE:0/0/0"_s, u"  mirror-0:ONLINE:0/0/0"_s, u"    sda:ONLINE:0/0/0"_s,
                              u"    sdb:FAULTED:0/7/0"_s, u"  logs"_s, u"    nvme0n1:ONLINE:0/0/0"_s}));
        QCOMPARE(find(flat->constFirst().root, u"sdb"_s)->note, u"ERR_EXCEEDED"_s);
    }

    void testHostileJson_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no envelope") << QByteArray("{\"pools\":{}}");
        QTest::newRow("wrong command") << QByteArray("{\"output_version\":{\"command\":\"zfs list\",\"vers_major\":0},"
                                                     "\"pools\":{}}");
        QTest::newRow("future major") << QByteArray("{\"output_version\":{\"command\":\"zpool status\",\"vers_major\":"
                                                    "1},\"pools\":{}}");
        QTest::newRow("pool not object") << QByteArray(
            "{\"output_version\":{\"command\":\"zpool status\",\"vers_major\":0},\"pools\":{\"a\":1}}");
        QTest::newRow("no vdevs") << QByteArray("{\"output_version\":{\"command\":\"zpool status\",\"vers_major\":0},"
                                                "\"pools\":{\"a\":{\"name\":\"a\",\"state\":\"ONLINE\"}}}");
        QTest::newRow("deep") << QByteArray(100000, '[');
        QTest::newRow("truncated") << fixture(u"modern/status.json"_s).left(500);
    }
    void testHostileJson()
    {
        QFETCH(QByteArray, input);
        const auto r = parseStatusJson(input);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Parse);
    }

    void testListText()
    {
        const auto fuse = parseListText(fixture(u"fuse/fuse-list-H.txt"_s));
        QVERIFY2(fuse, fuse ? "" : qPrintable(fuse.error().detail()));
        QCOMPARE(fuse->size(), 5);
        QCOMPARE(fuse->at(0).name, u"big"_s);
        QCOMPARE(fuse->at(0).capacity.value_or(0), 69);
        QCOMPARE(fuse->at(0).size.value_or(0), quint64(1016) << 20);
        QVERIFY(!fuse->at(0).fragmentation);
        QCOMPARE(fuse->at(3).health, DeviceState::Degraded);
        const auto modern = parseListText(fixture(u"modern/list-Hp.txt"_s));
        QVERIFY(modern);
        QCOMPARE(modern->at(2).size.value_or(0), 1992864825344u);
        QCOMPARE(modern->at(2).fragmentation.value_or(0), 31);
        QCOMPARE(modern->at(2).capacity.value_or(0), 92);
        QCOMPARE(modern->at(2).dedupRatio.value_or(0), 1.0);
        const auto explicitColumns =
            parseListText("tank\t100\t50\t50\t3\t50\tONLINE\n",
                          {u"name"_s, u"size"_s, u"alloc"_s, u"free"_s, u"frag"_s, u"cap"_s, u"health"_s});
        QVERIFY(explicitColumns);
        QCOMPARE(explicitColumns->constFirst().allocated.value_or(0), 50u);
        QVERIFY(!parseListText("tank\tfoo\n"));
        QVERIFY(!parseListText("tank\t1\t2\t3\t4%\t1.00x\tSMILING\t-\n"));
        const auto none = parseListText("no pools available\n");
        QVERIFY(none && none->isEmpty());
    }

    void testListJsonAndZfsGet()
    {
        const auto r = parseListJson(fixture(u"modern/list.json"_s));
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).name, u"comet"_s);
        QCOMPARE(r->at(0).capacity.value_or(0), 90);
        QCOMPARE(r->at(0).size.value_or(0), quint64(111) << 30);
        QCOMPARE(r->at(1).allocated.value_or(0), 67219812352u);
        QCOMPARE(r->at(1).fragmentation.value_or(0), 3);
        const auto fuse = parseZfsGet(fixture(u"fuse/fuse-zfsget.txt"_s));
        QVERIFY(fuse);
        QVERIFY(fuse->contains(u"healthy"_s));
        QVERIFY(fuse->value(u"big"_s).used.value_or(0) > 700000000);
        QVERIFY(!parseZfsGet("tank used\n"));
        auto pools = parseStatusText(fixture(u"fuse/fuse-multi.txt"_s));
        QVERIFY(pools);
        mergeSpace(*pools, *fuse);
        mergeList(*pools, *parseListText(fixture(u"fuse/fuse-list-H.txt"_s)));
        QCOMPARE(pools->constFirst().capacityPercent().value_or(0), 69.0);
        QVERIFY(pools->constFirst().datasetUsed);
    }

    void testSmart_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("available");
        QTest::addColumn<int>("passed"); // -1 unknown
        QTest::addColumn<int>("temperature");
        QTest::addColumn<qint64>("reallocated");
        QTest::addColumn<QString>("selfTest");
        QTest::newRow("ata") << u"ata-passed.json"_s << true << 1 << 34 << qint64(0)
                             << u"Short offline: Completed without error"_s;
        QTest::newRow("failing") << u"ata-failing.json"_s << true << 0 << 34 << qint64(1176)
                                 << u"Short offline: Completed: read failure"_s;
        QTest::newRow("nvme") << u"nvme.json"_s << true << 1 << 41 << qint64(-1) << u"Short: Completed without error"_s;
        QTest::newRow("no smart") << u"no-smart.json"_s << false << -1 << -1 << qint64(-1) << QString();
        QTest::newRow("vm") << u"vm-disk.json"_s << false << -1 << -1 << qint64(-1) << QString();
    }
    void testSmart()
    {
        QFETCH(QString, file);
        QFETCH(bool, available);
        QFETCH(int, passed);
        QFETCH(int, temperature);
        QFETCH(qint64, reallocated);
        QFETCH(QString, selfTest);
        const auto r = parseSmartctlJson(fixture(u"smart/"_s + file));
        QVERIFY2(r, r ? "" : qPrintable(r.error().detail()));
        QCOMPARE(r->available, available);
        QCOMPARE(r->passed ? int(*r->passed) : -1, passed);
        QCOMPARE(r->temperatureC.value_or(-1), temperature);
        QCOMPARE(r->reallocatedSectors.value_or(-1), reallocated);
        QCOMPARE(r->lastSelfTest, selfTest);
        if (!available)
            QVERIFY(!r->message.isEmpty());
    }

    void testSmartDetails()
    {
        const auto r = parseSmartctlJson(fixture(u"smart/ata-failing.json"_s));
        QVERIFY(r);
        QCOMPARE(r->pendingSectors.value_or(0), 24);
        QCOMPARE(r->offlineUncorrectable.value_or(0), 8);
        QCOMPARE(r->powerOnHours.value_or(0), 23456);
        QCOMPARE(r->lastSelfTestPassed, std::optional<bool>(false));
        QCOMPARE(r->serial, u"ZDH1BAD0"_s);
        QVERIFY(!parseSmartctlJson("{}"));
        QVERIFY(!parseSmartctlJson("not json"));
        QVERIFY(!parseSmartctlJson(fixture(u"smart/nvme.json"_s).left(100)));
    }

    void testTrueNas()
    {
        const auto pools = parsePoolQuery(fixture(u"truenas/pool-query.json"_s));
        QVERIFY2(pools, pools ? "" : qPrintable(pools.error().detail()));
        QCOMPARE(pools->size(), 3);
        const Pool &a = pools->at(0);
        QCOMPARE(a.source, Source::TrueNas);
        QCOMPARE(a.scan.state, ScanStatus::State::Finished);
        QCOMPARE(a.scan.endTime, QDateTime::fromMSecsSinceEpoch(1732420800000, Qt::UTC));
        QCOMPARE(find(a.root, u"7a1b2c3d-4e5f-4a6b-9c8d-1e2f3a4b5c6d"_s)->checksumErrors, 3u);
        QCOMPARE(a.fragmentation.value_or(0), 3);
        const Pool &o = pools->at(1);
        QCOMPARE(o.scan.state, ScanStatus::State::InProgress);
        QCOMPARE(o.scan.percentDone.value_or(0), 42.5); // not the swapped byte counters
        QCOMPARE(o.scan.secondsToGo.value_or(0), 3600);
        QCOMPARE(o.root.children.constLast().vdevClass, VdevClass::Cache);
        QCOMPARE(pools->at(2).state, DeviceState::Offline);
        QVERIFY(pools->at(2).root.children.isEmpty());

        const auto map = parsePoolQueryDeviceMap(fixture(u"truenas/pool-query.json"_s));
        QVERIFY(map);
        QCOMPARE(map->value(u"6f0e2b1c-3a4d-4e5f-8a9b-0c1d2e3f4a5b"_s), u"sda"_s);
        const auto disks = parseDiskQuery(fixture(u"truenas/disk-query.json"_s));
        QVERIFY(disks);
        QCOMPARE(disks->size(), 2);
        QCOMPARE(disks->at(0).serial, u"ZDH1ABCD"_s);
        QCOMPARE(disks->at(1).type, u"SSD"_s);
        QVERIFY(!parsePoolQuery("42"));
        QVERIFY(!parseDiskQuery("[1,2]"));
        QVERIFY(!parsePoolQuery("[{\"name\":\"x\",\"status\":\"WEIRD\"}]"));
    }

    void testSizes()
    {
        QCOMPARE(parseSize(u"0B").value_or(1), 0u);
        QCOMPARE(parseSize(u"1.2K").value_or(0), 1229u);
        QCOMPARE(parseSize(u"3M").value_or(0), 3u << 20);
        QCOMPARE(parseSize(u"12345").value_or(0), 12345u);
        QVERIFY(!parseSize(u"-"));
        QVERIFY(!parseSize(u"1.2X"));
        QVERIFY(!parseSize(u"K"));
        QVERIFY(!parseSize(u"99999999999999999999Z"));
        QCOMPARE(formatSize(1536), u"1.50K"_s);
        QCOMPARE(formatSize(0), u"0B"_s);
        QVERIFY(isValidPoolName(u"andromeda"_s));
        QVERIFY(isValidPoolName(u"tank-2.a:b_c"_s));
        QVERIFY(!isValidPoolName(u"-rf"_s));
        QVERIFY(!isValidPoolName(u"mirror1"_s));
        QVERIFY(!isValidPoolName(u"log"_s));
        QVERIFY(!isValidPoolName(u"a;b"_s));
        QVERIFY(!isValidPoolName(u"a/b"_s));
        QVERIFY(!isValidPoolName(QString()));
    }
};

QTEST_GUILESS_MAIN(TestZfsParsers)
#include "test_zfsparsers.moc"
