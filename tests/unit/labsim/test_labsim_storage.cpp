// The storage side of labsim: zpool/zfs text and JSON, smartctl JSON, midclt shapes, scrub state changes,
// hostile pool names — through the same shell the SSH server uses.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "app/labsim/ssh/labshell.h"
#include "app/labsim/storage/storagecommands.h"
#include "app/labsim/storage/storagestate.h"
#include "app/labsim/storage/truenasapi.h"
#include "app/labsim/storage/zfsformat.h"
#include "core/ssh/remotecommand.h"
#include "core/zfs/parsers.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;
using namespace KryNet::LabSim::Storage;

namespace
{

constexpr qint64 Epoch = 1764000000; // 2025-11-24T16:00:00Z

/// A frozen lab: state, programs and shell; run() takes an argv like the real client sends it.
struct Host
{
    qint64 now = Epoch;
    StorageState state{42, Epoch};
    StorageCommands commands{state, [this] { return now; }};
    LabShell shell;

    Host() { commands.registerPrograms(shell); }
    CommandOutput run(const QStringList &argv) { return shell.run(KryNet::Ssh::RemoteCommand(argv).commandLine()); }
    QJsonDocument json(const QStringList &argv)
    {
        const CommandOutput out = run(argv);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << out.out.left(200) << out.err;
        return doc;
    }
};

} // namespace

class TestLabsimStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testNiceNumbers_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero bytes") << qint64(0) << true << u"0B"_s;
        QTest::newRow("zero count") << qint64(0) << false << u"0"_s;
        QTest::newRow("bytes") << qint64(512) << true << u"512B"_s;
        QTest::newRow("1.17K") << qint64(1200) << false << u"1.17K"_s;
        QTest::newRow("exact K") << qint64(12288) << true << u"12K"_s;
        QTest::newRow("3.62T") << qint64(3985729650688) << false << u"3.62T"_s;
        QTest::newRow("three digits") << qint64(123) * 1024 * 1024 + 5 << true << u"123M"_s;
    }
    void testNiceNumbers()
    {
        QFETCH(qint64, value);
        QFETCH(bool, bytes);
        QFETCH(QString, expected);
        QCOMPARE(niceNum(value, bytes), expected);
    }

    void testTimeFormats()
    {
        // ctime() pads the day with a space; the zone is the server's (Europe/Berlin, CET in November).
        QCOMPARE(ctimeString(1762131466, u"Europe/Berlin"_s), u"Mon Nov  3 01:57:46 2025"_s);
        QCOMPARE(durationString(8025), u"02:13:45"_s);
        QCOMPARE(durationString(86400 + 11045), u"1 days 03:04:05"_s);
    }

    void testSeededLab()
    {
        const StorageState a(42, Epoch);
        const StorageState b(42, Epoch);
        const StorageState c(7, Epoch);
        QCOMPARE(a.pools().size(), 3);
        QCOMPARE(a.pools().at(0).guid, b.pools().at(0).guid);
        QVERIFY(a.pools().at(0).guid != c.pools().at(0).guid);
        QVERIFY(a.pool(u"orion"_s)->scan.isRunning());
        QCOMPARE(a.pool(u"orion"_s)->mirror, true);
        QCOMPARE(a.pool(u"comet"_s)->disks.size(), 1);
        // datasets add up: a parent's used covers its children
        qint64 children = 0;
        const Pool *orion = a.pool(u"orion"_s);
        const Dataset *root = nullptr;
        for (const Dataset &d : orion->datasets) {
            if (d.name == u"orion"_s)
                root = &d;
            else if (d.name.count(u'/') == 1)
                children += d.used;
        }
        QVERIFY(root);
        QCOMPARE(root->used, root->referenced + children);
    }

    void testZpoolStatusText()
    {
        Host host;
        const CommandOutput out = host.run({u"zpool"_s, u"status"_s});
        QCOMPARE(out.status, 0);
        const QString text = QString::fromUtf8(out.out);
        QVERIFY(text.startsWith(u"  pool: andromeda\n state: ONLINE\n"_s));
        QVERIFY(text.contains(u"\n  pool: orion\n"_s));
        QVERIFY(text.contains(u"  scan: scrub in progress since "_s));
        QVERIFY(text.contains(u"% done, "_s));
        QVERIFY(text.contains(u"   see: https://openzfs.github.io/openzfs-docs/msg/ZFS-8000-9P\n"_s));
        QVERIFY(text.contains(u"\tNAME                                      STATE     READ WRITE CKSUM\n"_s));
        QVERIFY(text.contains(u"     0     0     3  (repairing)\n"_s));
        QVERIFY(text.contains(u"\t  mirror-0  "_s));
        QVERIFY(text.contains(u"errors: No known data errors\n"_s));
        // -P: full device paths; -x: only the pool with a problem
        QVERIFY(host.run({u"zpool"_s, u"status"_s, u"-P"_s, u"orion"_s}).out.contains("/dev/disk/by-partuuid/"));
        const QByteArray x = host.run({u"zpool"_s, u"status"_s, u"-x"_s}).out;
        QVERIFY(x.contains("pool: orion") && !x.contains("pool: andromeda"));
        QCOMPARE(host.run({u"zpool"_s, u"status"_s, u"-x"_s, u"andromeda"_s}).out, "pool 'andromeda' is healthy\n");
    }

    void testZpoolStatusJson()
    {
        Host host;
        const QJsonObject root = host.json({u"zpool"_s, u"status"_s, u"-j"_s, u"--json-int"_s}).object();
        QCOMPARE(root.value(u"output_version"_s).toObject().value(u"command"_s).toString(), u"zpool status"_s);
        const QJsonObject pools = root.value(u"pools"_s).toObject();
        QCOMPARE(pools.keys(), (QStringList{u"andromeda"_s, u"comet"_s, u"orion"_s}));
        const QJsonObject orion = pools.value(u"orion"_s).toObject();
        QCOMPARE(orion.value(u"state"_s).toString(), u"ONLINE"_s);
        QVERIFY(orion.value(u"pool_guid"_s).isDouble());
        QCOMPARE(orion.value(u"msgid"_s).toString(), u"ZFS-8000-9P"_s);
        const QJsonObject scan = orion.value(u"scan_stats"_s).toObject();
        QCOMPARE(scan.value(u"function"_s).toString(), u"SCRUB"_s);
        QCOMPARE(scan.value(u"state"_s).toString(), u"SCANNING"_s);
        QCOMPARE(scan.value(u"end_time"_s).toInteger(), 0);
        QVERIFY(scan.value(u"issued"_s).toInteger() > 0);
        QVERIFY(scan.value(u"issued"_s).toInteger() < scan.value(u"to_examine"_s).toInteger());
        const QJsonObject rootVdev = orion.value(u"vdevs"_s).toObject().value(u"orion"_s).toObject();
        QCOMPARE(rootVdev.value(u"vdev_type"_s).toString(), u"root"_s);
        const QJsonObject mirror = rootVdev.value(u"vdevs"_s).toObject().value(u"mirror-0"_s).toObject();
        QCOMPARE(mirror.value(u"vdev_type"_s).toString(), u"mirror"_s);
        qint64 checksum = 0;
        for (const QJsonValue &leaf : mirror.value(u"vdevs"_s).toObject()) {
            QCOMPARE(leaf.toObject().value(u"vdev_type"_s).toString(), u"disk"_s);
            QVERIFY(leaf.toObject().value(u"path"_s).toString().startsWith(u"/dev/disk/by-partuuid/"_s));
            checksum += leaf.toObject().value(u"checksum_errors"_s).toInteger();
        }
        QCOMPARE(checksum, 3);
        // andromeda is healthy: no status/action keys
        QVERIFY(!pools.value(u"andromeda"_s).toObject().contains(u"status"_s));
        // comet is a stripe: its disk sits directly under the root vdev
        const QJsonObject cometRoot =
            pools.value(u"comet"_s).toObject().value(u"vdevs"_s).toObject().value(u"comet"_s).toObject();
        QCOMPARE(cometRoot.value(u"vdevs"_s).toObject().begin()->toObject().value(u"vdev_type"_s).toString(),
                 u"disk"_s);
        // without --json-int numbers are strings
        const QJsonObject strings = host.json({u"zpool"_s, u"status"_s, u"-jp"_s}).object();
        QVERIFY(strings.value(u"pools"_s).toObject().value(u"orion"_s).toObject().value(u"txg"_s).isString());
        // --json-int without -j is a usage error
        QCOMPARE(host.run({u"zpool"_s, u"status"_s, u"--json-int"_s}).status, 2);
    }

    void testZpoolAndZfsList()
    {
        Host host;
        const QList<QByteArray> lines = host.run({u"zpool"_s, u"list"_s, u"-Hp"_s}).out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QList<QByteArray> orion = lines.at(2).split('\t');
        QCOMPARE(orion.size(), 11);
        QCOMPARE(orion.at(0), "orion");
        QCOMPARE(orion.at(1).toLongLong(), orion.at(2).toLongLong() + orion.at(3).toLongLong());
        QCOMPARE(orion.at(7), "83");
        QCOMPARE(orion.at(8), "1.00");
        QCOMPARE(host.run({u"zpool"_s, u"list"_s, u"-Hp"_s, u"-o"_s, u"name,frag,cap,health"_s, u"comet"_s}).out,
                 "comet\t3\t41\tONLINE\n");
        const QByteArray table = host.run({u"zpool"_s, u"list"_s}).out;
        QVERIFY2(table.startsWith("NAME "), table.constData());
        const QJsonObject list = host.json({u"zpool"_s, u"list"_s, u"-j"_s, u"--json-int"_s}).object();
        const QJsonObject props =
            list.value(u"pools"_s).toObject().value(u"andromeda"_s).toObject().value(u"properties"_s).toObject();
        QVERIFY(props.value(u"size"_s).toObject().value(u"value"_s).isDouble());
        QCOMPARE(props.value(u"dedupratio"_s).toObject().value(u"value"_s).toString(), u"1.00"_s);
        QCOMPARE(props.value(u"altroot"_s).toObject().value(u"source"_s).toObject().value(u"type"_s).toString(),
                 u"LOCAL"_s);

        const QList<QByteArray> datasets =
            host.run({u"zfs"_s, u"list"_s, u"-Hp"_s, u"-o"_s, u"name,used,avail,refer,mountpoint"_s}).out.split('\n');
        QVERIFY(datasets.size() > 15);
        QCOMPARE(datasets.at(0).split('\t').size(), 5);
        QCOMPARE(datasets.at(0).split('\t').at(4), "/mnt/andromeda");
        const QByteArray one = host.run({u"zfs"_s, u"list"_s, u"-H"_s, u"-o"_s, u"name"_s, u"-r"_s, u"comet"_s}).out;
        QCOMPARE(one, "comet\ncomet/isos\ncomet/scratch\ncomet/scratch/tmp\ncomet/scratch/transcode\n");
        const QJsonObject zfsJson =
            host.json({u"zfs"_s, u"list"_s, u"-j"_s, u"--json-int"_s, u"orion/media"_s}).object();
        QCOMPARE(zfsJson.value(u"datasets"_s).toObject().value(u"orion/media"_s).toObject().value(u"type"_s).toString(),
                 u"FILESYSTEM"_s);
        QCOMPARE(host.run({u"zfs"_s, u"list"_s, u"nope"_s}).err, "cannot open 'nope': dataset does not exist\n");
        QCOMPARE(host.run({u"zpool"_s, u"version"_s}).out, "zfs-2.3.4-1\nzfs-kmod-2.3.4-1\n");
    }

    void testScrubLifecycle()
    {
        Host host;
        // orion is scrubbing: a second start fails like OpenZFS
        CommandOutput r = host.run({u"zpool"_s, u"scrub"_s, u"orion"_s});
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err, "cannot scrub orion: currently scrubbing; use 'zpool scrub -s' to cancel the current scrub\n");
        QCOMPARE(host.run({u"zpool"_s, u"scrub"_s, u"-p"_s, u"orion"_s}).status, 0);
        QVERIFY(host.run({u"zpool"_s, u"status"_s, u"orion"_s}).out.contains("scan: scrub paused since "));
        host.now += 3600; // paused: no progress
        const qint64 issued = host.state.pool(u"orion"_s)->scan.issued;
        host.run({u"zpool"_s, u"status"_s});
        QCOMPARE(host.state.pool(u"orion"_s)->scan.issued, issued);
        QCOMPARE(host.run({u"zpool"_s, u"scrub"_s, u"orion"_s}).status, 0); // resumes
        QCOMPARE(host.run({u"zpool"_s, u"scrub"_s, u"-s"_s, u"orion"_s}).status, 0);
        QVERIFY(host.run({u"zpool"_s, u"status"_s, u"orion"_s}).out.contains("scan: scrub canceled on "));
        r = host.run({u"zpool"_s, u"scrub"_s, u"-s"_s, u"orion"_s});
        QCOMPARE(r.err, "cannot cancel scrubbing orion: there is no active scrub\n");

        // a new scrub of comet runs with the clock and finishes
        QCOMPARE(host.run({u"zpool"_s, u"scrub"_s, u"comet"_s}).status, 0);
        host.now += 600;
        QVERIFY(host.run({u"zpool"_s, u"status"_s, u"comet"_s}).out.contains("scan: scrub in progress since "));
        host.now += 2 * 86400;
        QVERIFY(host.run({u"zpool"_s, u"status"_s, u"comet"_s}).out.contains("scan: scrub repaired 0B in "));
        const QJsonObject comet = host.json({u"zpool"_s, u"status"_s, u"-j"_s, u"--json-int"_s, u"comet"_s})
                                      .object()
                                      .value(u"pools"_s)
                                      .toObject()
                                      .value(u"comet"_s)
                                      .toObject();
        QCOMPARE(comet.value(u"scan_stats"_s).toObject().value(u"state"_s).toString(), u"FINISHED"_s);
    }

    void testHostilePoolNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("shell") << u"x; rm -rf /"_s << QByteArray("invalid character ';' in pool name");
        QTest::newRow("subst") << u"$(reboot)"_s << QByteArray("invalid character '$' in pool name");
        QTest::newRow("quote") << u"a'b"_s << QByteArray("invalid character ''' in pool name");
        QTest::newRow("newline") << u"a\nb"_s << QByteArray("invalid character");
        QTest::newRow("digit first") << u"1pool"_s << QByteArray("name must begin with a letter");
        QTest::newRow("reserved") << u"mirror"_s << QByteArray("name is reserved");
        QTest::newRow("empty") << QString() << QByteArray("name must begin with a letter");
        QTest::newRow("long") << QString(300, u'a') << QByteArray("name is too long");
        QTest::newRow("unknown") << u"tank"_s << QByteArray("no such pool");
    }
    void testHostilePoolNames()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, error);
        Host host;
        for (const QStringList &argv :
             {QStringList{u"zpool"_s, u"scrub"_s, name}, QStringList{u"zpool"_s, u"status"_s, name},
              QStringList{u"zpool"_s, u"list"_s, u"-Hp"_s, name}}) {
            const CommandOutput r = host.run(argv);
            QCOMPARE(r.status, 1);
            QVERIFY2(r.err.startsWith("cannot open '"), r.err.constData());
            QVERIFY2(r.err.contains(error), r.err.constData());
        }
        QVERIFY(!host.state.pool(u"andromeda"_s)->scan.isRunning());
    }

    void testMidcltPoolQuery()
    {
        Host host;
        const CommandOutput out = host.run({u"midclt"_s, u"call"_s, u"pool.query"_s});
        QCOMPARE(out.status, 0);
        QVERIFY(out.out.startsWith("[{\"allocated\": ")); // json.dumps separators
        const QJsonArray pools = QJsonDocument::fromJson(out.out).array();
        QCOMPARE(pools.size(), 3);
        const QJsonObject orion = pools.at(1).toObject();
        QCOMPARE(orion.value(u"name"_s).toString(), u"orion"_s);
        QVERIFY(orion.value(u"guid"_s).isString());
        QCOMPARE(orion.value(u"status_code"_s).toString(), u"FAILING_DEV"_s);
        QCOMPARE(orion.value(u"healthy"_s).toBool(), false);
        QVERIFY(orion.value(u"fragmentation"_s).isString());
        const QJsonObject scan = orion.value(u"scan"_s).toObject();
        QCOMPARE(scan.value(u"state"_s).toString(), u"SCANNING"_s);
        QVERIFY(scan.value(u"end_time"_s).isNull());
        QVERIFY(scan.value(u"start_time"_s).toObject().value(u"$date"_s).toInteger() > 0);
        // the legacy swap: bytes_processed holds the total, bytes_to_process the examined bytes
        QVERIFY(scan.value(u"bytes_processed"_s).toInteger() > scan.value(u"bytes_to_process"_s).toInteger());
        QVERIFY(scan.value(u"total_secs_left"_s).toInteger() > 0);
        const QJsonObject mirror = orion.value(u"topology"_s).toObject().value(u"data"_s).toArray().at(0).toObject();
        QCOMPARE(mirror.value(u"type"_s).toString(), u"MIRROR"_s);
        const QJsonObject leaf = mirror.value(u"children"_s).toArray().at(1).toObject();
        QCOMPARE(leaf.value(u"type"_s).toString(), u"DISK"_s);
        QCOMPARE(leaf.value(u"disk"_s).toString(), u"sdd"_s);
        QCOMPARE(leaf.value(u"stats"_s).toObject().value(u"checksum_errors"_s).toInt(), 3);
        QVERIFY(orion.value(u"topology"_s).toObject().contains(u"spare"_s));

        // filters and {"get": true}
        const CommandOutput one =
            host.run({u"midclt"_s, u"call"_s, u"pool.query"_s, u"[[\"name\", \"=\", \"comet\"]]"_s,
                      u"{\"get\": true, \"select\": [\"id\", \"name\", \"warning\"]}"_s});
        QCOMPARE(QJsonDocument::fromJson(one.out).object(),
                 (QJsonObject{{u"id"_s, 3}, {u"name"_s, u"comet"_s}, {u"warning"_s, true}}));
        const CommandOutput none =
            host.run({u"midclt"_s, u"call"_s, u"pool.query"_s, u"[[\"name\", \"=\", \"x\"]]"_s, u"{\"get\": true}"_s});
        QCOMPARE(none.status, 1);
        QCOMPARE(
            host.run({u"midclt"_s, u"call"_s, u"pool.query"_s, u"[[\"id\", \">\", 1]]"_s, u"{\"count\": true}"_s}).out,
            "2\n");

        // disk.query (+ pools extra), temperatures
        const QJsonArray disks =
            QJsonDocument::fromJson(
                host.run({u"midclt"_s, u"call"_s, u"disk.query"_s, u"[]"_s, u"{\"extra\": {\"pools\": true}}"_s}).out)
                .array();
        QCOMPARE(disks.size(), 5);
        QCOMPARE(disks.at(0).toObject().value(u"pool"_s).toString(), u"andromeda"_s);
        QVERIFY(disks.at(0).toObject().value(u"identifier"_s).toString().startsWith(u"{serial_lunid}"_s));
        QCOMPARE(disks.at(4).toObject().value(u"zfs_guid"_s).toString(),
                 QString::number(host.state.disk(u"sde"_s)->guid));
        QVERIFY(host.run({u"midclt"_s, u"call"_s, u"disk.temperatures"_s, u"{\"name\": [\"sda\"]}"_s})
                    .out.startsWith("{\"sda\": "));
        QCOMPARE(host.run({u"midclt"_s, u"call"_s, u"no.such.method"_s}).status, 1);
        QCOMPARE(host.run({u"midclt"_s, u"ping"_s}).out, "pong\n");
    }

    void testMidcltScrubTasks()
    {
        Host host;
        QJsonArray tasks =
            QJsonDocument::fromJson(host.run({u"midclt"_s, u"call"_s, u"pool.scrub.query"_s}).out).array();
        QCOMPARE(tasks.size(), 3);
        QCOMPARE(tasks.at(0).toObject().value(u"schedule"_s).toObject().value(u"dow"_s).toString(), u"7"_s);
        QCOMPARE(tasks.at(2).toObject().value(u"enabled"_s).toBool(), false);

        // one task per pool
        CommandOutput r =
            host.run({u"midclt"_s, u"call"_s, u"pool.scrub.create"_s, u"{\"pool\": 3, \"threshold\": 7}"_s});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.startsWith("[EINVAL] pool_scrub_create.pool: A scrub with this pool already exists\n"));
        // validation of cron fields and extra keys
        r = host.run({u"midclt"_s, u"call"_s, u"pool.scrub.update"_s, u"3"_s,
                      u"{\"schedule\": {\"hour\": \"25\"}, \"bogus\": 1}"_s});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains("pool_scrub_update.bogus: Extra inputs are not permitted"));
        QVERIFY(r.err.contains("pool_scrub_update.schedule.hour"));
        // update, delete, create
        r = host.run({u"midclt"_s, u"call"_s, u"pool.scrub.update"_s, u"3"_s,
                      u"{\"enabled\": true, \"schedule\": {\"minute\": \"15\", \"hour\": \"3\", \"dow\": \"sun\"}}"_s});
        QCOMPARE(r.status, 0);
        const QJsonObject updated = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(updated.value(u"enabled"_s).toBool(), true);
        QCOMPARE(updated.value(u"schedule"_s).toObject().value(u"dow"_s).toString(), u"sun"_s);
        QCOMPARE(updated.value(u"pool_name"_s).toString(), u"comet"_s);
        QCOMPARE(host.run({u"midclt"_s, u"call"_s, u"pool.scrub.delete"_s, u"3"_s}).out, "True\n");
        QCOMPARE(host.run({u"midclt"_s, u"call"_s, u"pool.scrub.delete"_s, u"3"_s}).status, 1);
        r = host.run({u"midclt"_s, u"call"_s, u"pool.scrub.create"_s,
                      u"{\"pool\": 3, \"threshold\": 14, \"description\": \"it's \\\"quoted\\\"\", \"schedule\": "
                      "{\"minute\": \"0\", \"hour\": \"2\", \"dom\": \"*\", \"month\": \"*\", \"dow\": \"1-5\"}}"_s});
        QCOMPARE(r.status, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"description"_s).toString(), u"it's \"quoted\""_s);
        // every call is recorded
        QCOMPARE(host.commands.midcltCalls().size(), 7);
        QCOMPARE(host.commands.midcltCalls().last().toObject().value(u"method"_s).toString(), u"pool.scrub.create"_s);

        // pool.scrub.scrub is a job: without -j midclt prints the job id
        r = host.run({u"midclt"_s, u"call"_s, u"pool.scrub.scrub"_s, u"andromeda"_s, u"START"_s});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.trimmed().toInt() > 0);
        QVERIFY(host.state.pool(u"andromeda"_s)->scan.isRunning());
    }

    void testSmartctl()
    {
        Host host;
        CommandOutput r = host.run({u"smartctl"_s, u"-j"_s, u"-a"_s, u"/dev/sda"_s});
        QCOMPARE(r.status, 0);
        QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s.value(u"smart_status"_s).toObject().value(u"passed"_s).toBool(), true);
        QVERIFY(s.value(u"temperature"_s).toObject().value(u"current"_s).toInt() > 20);
        QVERIFY(s.value(u"power_on_time"_s).toObject().value(u"hours"_s).toInt() > 1000);
        QCOMPARE(s.value(u"serial_number"_s).toString(), host.state.disk(u"sda"_s)->serial);
        QCOMPARE(s.value(u"smartctl"_s).toObject().value(u"exit_status"_s).toInt(), 0);

        // comet's disk: pending sectors and a failed self-test (smartctl exit bits 6 and 7)
        r = host.run({u"smartctl"_s, u"-a"_s, u"-j"_s, u"/dev/sde"_s});
        QCOMPARE(r.status, 192);
        s = QJsonDocument::fromJson(r.out).object();
        int pending = -1;
        for (const QJsonValue &a : s.value(u"ata_smart_attributes"_s).toObject().value(u"table"_s).toArray()) {
            if (a.toObject().value(u"id"_s).toInt() == 197)
                pending = int(a.toObject().value(u"raw"_s).toObject().value(u"value"_s).toInteger());
        }
        QCOMPARE(pending, 8);
        const QJsonObject newest = s.value(u"ata_smart_self_test_log"_s)
                                       .toObject()
                                       .value(u"standard"_s)
                                       .toObject()
                                       .value(u"table"_s)
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(newest.value(u"status"_s).toObject().value(u"passed"_s).toBool(), false);

        r = host.run({u"smartctl"_s, u"-j"_s, u"-a"_s, u"/dev/sdz"_s});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.contains("No such device"));
    }

    void testScalePool()
    {
        // --scale disks=200: a wide stripe "nebula" next to the three pools, parsed by the client's parser.
        StorageState state(42, Epoch, 200);
        StorageCommands commands(state, [] { return Epoch; });
        LabShell shell;
        commands.registerPrograms(shell);
        const CommandOutput out = shell.run(KryNet::Ssh::RemoteCommand({u"zpool"_s, u"status"_s}).commandLine());
        QCOMPARE(out.status, 0);
        const auto pools = KryNet::Zfs::parseStatusText(out.out);
        QVERIFY2(pools, qPrintable(pools ? QString() : pools.error().message()));
        QStringList names;
        const KryNet::Zfs::Pool *nebula = nullptr;
        for (const KryNet::Zfs::Pool &pool : *pools) {
            names.append(pool.name);
            if (pool.name == u"nebula"_s)
                nebula = &pool;
        }
        names.sort();
        QCOMPARE(names, QStringList({u"andromeda"_s, u"comet"_s, u"nebula"_s, u"orion"_s}));
        QVERIFY(nebula);
        QSet<QString> leaves;
        for (const KryNet::Zfs::Vdev &vdev : nebula->root.children)
            leaves.insert(vdev.name);
        QCOMPARE(leaves.size(), 200);

        // Without the knob the lab keeps its three pools.
        QCOMPARE(Host().state.pools().size(), 3);
    }

    void testTimeZoneProbes()
    {
        Host host;
        QCOMPARE(host.run({u"cat"_s, u"/etc/timezone"_s}).out, "Europe/Berlin\n");
        QCOMPARE(host.run({u"timedatectl"_s, u"show"_s, u"-p"_s, u"Timezone"_s, u"--value"_s}).out, "Europe/Berlin\n");
        QCOMPARE(host.run({u"date"_s, u"+%z"_s}).out, "+0100\n");
        QCOMPARE(host.shell.run("command -v midclt smartctl zpool").out,
                 "/usr/bin/midclt\n/usr/sbin/smartctl\n/usr/sbin/zpool\n");
        QCOMPARE(host.shell.run("command -v zpool nosuch").status, 1);
        QCOMPARE(host.run({u"cat"_s, u"/etc/shadow"_s}).status, 1);
    }
};

QTEST_GUILESS_MAIN(TestLabsimStorage)
#include "test_labsim_storage.moc"
