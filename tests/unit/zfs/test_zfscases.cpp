// Issue 6's case list, one row per (case, generation): every pool/vdev state, scans in every phase,
// repaired-with-errors, permanent errors, spares, the allocation classes, several pools in one output and
// long device names, each read from a fixture of that generation — zfs-fuse (pool v23) text, OpenZFS 2.x
// text and OpenZFS >= 2.3 JSON — and checked fact by fact. Hostile input of each generation: Parse error.
//
// Expectations are short tokens, checked by check() below:
//   state=WORD          the pool's state           dev=NAME:WORD      a row's state (tree searched by name)
//   cnt=NAME:r/w/c      a row's counters           was=NAME:PATH      a missing device's "was" path
//   note=NAME:TEXT      a row's note contains TEXT class=NAME         a class heading (logs, cache, …) exists
//   in=DEV:CLASS        DEV is listed under CLASS  scan=FN/STATE      Words::functionName/scanStateName
//   scanerrors=N        errors of the last scan    repaired           bytes repaired (scan or a device)
//   progress            a running scan has a percentage               dataerrors=N  the errors: count
//   perm=N              N permanent-error entries  pools=N            pools in the whole output
//   trim=NAME:TEXT      a device's trim status contains TEXT
//   spare=NAME:WORD     the state of NAME's row in the spares section (AVAIL, INUSE)
#include <QTest>

#include "core/zfs/parsers.h"
#include "core/zfs/poolstore.h"
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

bool anyRepaired(const Vdev &v)
{
    if (v.repairedBytes.value_or(0) > 0)
        return true;
    for (const Vdev &c : v.children) {
        if (anyRepaired(c))
            return true;
    }
    return false;
}

enum Generation {
    Legacy, ///< zfs-fuse / pool v23 text
    Modern, ///< OpenZFS 2.x text
    Json,   ///< OpenZFS >= 2.3 zpool status -j --json-int
};

Result<QList<Pool>> parse(Generation g, const QByteArray &input)
{
    return g == Json ? parseStatusJson(input) : parseStatusText(input);
}

/// Empty when every token holds; else what failed.
QString check(const QList<Pool> &pools, const QString &poolName, const QStringList &tokens)
{
    const Pool *pool = nullptr;
    for (const Pool &p : pools) {
        if (p.name == poolName)
            pool = &p;
    }
    if (!pool)
        return u"no pool "_s + poolName;
    QStringList failed;
    for (const QString &token : tokens) {
        const QString key = token.section(u'=', 0, 0);
        const QString value = token.section(u'=', 1);
        const QString name = value.section(u':', 0, 0);
        const QString arg = value.section(u':', 1);
        const Vdev *v = find(pool->root, name);
        bool ok = false;
        QString got;
        if (key == u"state"_s) {
            got = Words::stateWord(pool->state);
            ok = got == value;
        } else if (key == u"dev"_s) {
            got = v && v->state ? Words::stateWord(*v->state) : u"(none)"_s;
            ok = got == arg;
        } else if (key == u"cnt"_s) {
            got = v ? u"%1/%2/%3"_s.arg(v->readErrors).arg(v->writeErrors).arg(v->checksumErrors) : u"(none)"_s;
            ok = v && v->hasCounters && got == arg;
        } else if (key == u"was"_s) {
            got = v ? v->was : u"(none)"_s;
            ok = got == arg;
        } else if (key == u"note"_s) {
            got = v ? v->note : u"(none)"_s;
            ok = v && v->note.contains(arg);
        } else if (key == u"trim"_s) {
            got = v ? v->trim : u"(none)"_s;
            ok = v && v->trim.contains(arg);
        } else if (key == u"spare"_s) {
            // The row of the spares section (a spare in use is listed twice: in its vdev and there).
            got = u"(none)"_s;
            for (const Vdev &c : pool->root.children) {
                if (c.type == VdevType::Group && c.vdevClass == VdevClass::Spare) {
                    if (const Vdev *sp = find(c, name); sp && sp->state)
                        got = Words::stateWord(*sp->state);
                }
            }
            ok = got == arg;
        } else if (key == u"class"_s) {
            for (const Vdev &c : pool->root.children)
                ok = ok || (c.type == VdevType::Group && Words::className(c.vdevClass) == value);
        } else if (key == u"in"_s) {
            got = v ? Words::className(v->vdevClass) : u"(none)"_s;
            ok = got == arg;
        } else if (key == u"scan"_s) {
            got = Words::functionName(pool->scan.function) + u'/' + Words::scanStateName(pool->scan.state);
            ok = got == value;
        } else if (key == u"scanerrors"_s) {
            got = pool->scan.errors ? QString::number(*pool->scan.errors) : u"(none)"_s;
            ok = got == value;
        } else if (key == u"repaired"_s) {
            ok = pool->scan.repairedBytes.value_or(0) > 0 || anyRepaired(pool->root);
        } else if (key == u"progress"_s) {
            got = pool->scan.percentDone ? QString::number(*pool->scan.percentDone) : u"(none)"_s;
            ok = pool->scan.percentDone && *pool->scan.percentDone > 0 && *pool->scan.percentDone < 100;
        } else if (key == u"dataerrors"_s) {
            got = pool->dataErrors ? QString::number(*pool->dataErrors) : u"(none)"_s;
            ok = got == value;
        } else if (key == u"perm"_s) {
            got = QString::number(pool->permanentErrors.size());
            ok = got == value;
        } else if (key == u"pools"_s) {
            got = QString::number(pools.size());
            ok = got == value;
        } else {
            got = u"unknown token"_s;
        }
        if (!ok)
            failed << u"%1 (got %2)"_s.arg(token, got);
    }
    return failed.join(u"; "_s);
}

} // namespace

class TestZfsCases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEveryCase_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QStringList>("facts");
        const auto row = [](const char *name, Generation g, const QString &file, const QString &pool,
                            const QStringList &facts) { QTest::newRow(name) << int(g) << file << pool << facts; };
        const QString fusePath = u"/tmp/h-pools-cap/"_s;

        // --- States: ONLINE, DEGRADED, FAULTED, UNAVAIL, OFFLINE, REMOVED, SUSPENDED ---
        row("ONLINE legacy", Legacy, u"fuse/fuse-online-mirror.txt"_s, u"healthy"_s,
            {u"state=ONLINE"_s, u"dev=mirror-0:ONLINE"_s, u"cnt=%1a1:0/0/0"_s.arg(fusePath)});
        row("ONLINE modern", Modern, u"modern/online-mirror.txt"_s, u"andromeda"_s,
            {u"state=ONLINE"_s, u"dev=mirror-0:ONLINE"_s, u"scan=scrub/finished"_s});
        row("ONLINE json", Json, u"modern/json-states.json"_s, u"online"_s,
            {u"state=ONLINE"_s, u"dev=mirror-0:ONLINE"_s, u"dev=sda:ONLINE"_s, u"cnt=sdb:0/0/0"_s});

        row("DEGRADED+OFFLINE legacy", Legacy, u"fuse/fuse-offline.txt"_s, u"healthy"_s,
            {u"state=DEGRADED"_s, u"dev=mirror-0:DEGRADED"_s, u"dev=%1a2:OFFLINE"_s.arg(fusePath)});
        row("DEGRADED+OFFLINE modern", Modern, u"modern/removed-offline.txt"_s, u"orion"_s,
            {u"state=DEGRADED"_s, u"dev=mirror-1:DEGRADED"_s, u"dev=sdc:OFFLINE"_s});
        row("DEGRADED+OFFLINE json", Json, u"modern/json-states.json"_s, u"offline"_s,
            {u"state=DEGRADED"_s, u"dev=mirror-0:DEGRADED"_s, u"dev=sdd:OFFLINE"_s});

        row("REMOVED legacy", Legacy, u"fuse/fuse-removed.txt"_s, u"ktremoved"_s,
            {u"state=DEGRADED"_s, u"dev=/tmp/fuse-cap/r2:REMOVED"_s});
        row("REMOVED modern", Modern, u"modern/removed-offline.txt"_s, u"orion"_s,
            {u"dev=mirror-0:DEGRADED"_s, u"dev=sda:REMOVED"_s});
        row("REMOVED json", Json, u"modern/json-states.json"_s, u"removed"_s,
            {u"state=DEGRADED"_s, u"dev=sde:REMOVED"_s, u"dev=sdf:ONLINE"_s});

        row("FAULTED legacy", Legacy, u"fuse/fuse-faulted.txt"_s, u"ktfault"_s,
            {u"state=FAULTED"_s, u"dev=/tmp/fuse-cap/f1:FAULTED"_s, u"cnt=/tmp/fuse-cap/f1:14/212/0"_s,
             u"note=/tmp/fuse-cap/f1:too many errors"_s, u"dataerrors=2"_s});
        row("FAULTED modern", Modern, u"modern/faulted.txt"_s, u"comet"_s,
            {u"state=FAULTED"_s, u"dev=ata-WDC_WD10EZEX-08WN4A0_WD-WCC6Y1234567:FAULTED"_s,
             u"cnt=ata-WDC_WD10EZEX-08WN4A0_WD-WCC6Y1234567:12/1229/0"_s, u"dataerrors=3"_s});
        row("FAULTED json", Json, u"modern/json-states.json"_s, u"faulted"_s,
            {u"state=FAULTED"_s, u"dev=sdg:FAULTED"_s, u"cnt=sdg:12/1200/0"_s, u"note=sdg:ERR_EXCEEDED"_s,
             u"dataerrors=3"_s});

        row("UNAVAIL device legacy", Legacy, u"fuse/fuse-unavail.txt"_s, u"healthy"_s,
            {u"state=DEGRADED"_s, u"dev=17173200218412571519:UNAVAIL"_s,
             u"was=17173200218412571519:%1a2"_s.arg(fusePath)});
        row("UNAVAIL pool legacy", Legacy, u"fuse/fuse-unavail-pool.txt"_s, u"ktgone"_s,
            {u"state=UNAVAIL"_s, u"dev=ktgone:UNAVAIL"_s, u"dev=5907342961221983510:UNAVAIL"_s,
             u"note=5907342961221983510:cannot open"_s});
        row("UNAVAIL device modern", Modern, u"modern/degraded-classes.txt"_s, u"tank"_s,
            {u"state=DEGRADED"_s, u"dev=1234567890123456789:UNAVAIL"_s,
             u"was=1234567890123456789:/dev/disk/by-partuuid/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"_s});
        row("UNAVAIL pool modern", Modern, u"modern/unavail-pool.txt"_s, u"orion"_s,
            {u"state=UNAVAIL"_s, u"dev=mirror-0:UNAVAIL"_s, u"note=mirror-0:insufficient replicas"_s,
             u"was=11754206390391112470:/dev/disk/by-id/ata-ST8000VN004-2M2101_WSD1ABCD-part1"_s,
             u"note=3f1c2b5a-7d2f-4b61-9a55-0d1e2f3a4b5c:cannot open"_s});
        row("UNAVAIL json", Json, u"modern/json-states.json"_s, u"unavail"_s,
            {u"state=UNAVAIL"_s, u"dev=4242424242424242424:UNAVAIL"_s,
             u"was=4242424242424242424:/dev/disk/by-partuuid/0a1b2c3d"_s});

        row("SUSPENDED legacy", Legacy, u"fuse/fuse-suspended.txt"_s, u"ktsusp"_s,
            {u"state=SUSPENDED"_s, u"dev=/tmp/fuse-cap/s1:REMOVED"_s, u"cnt=/tmp/fuse-cap/s1:0/6/0"_s,
             u"dataerrors=1"_s});
        row("SUSPENDED modern", Modern, u"modern/suspended.txt"_s, u"comet"_s,
            {u"state=SUSPENDED"_s, u"dev=sdc:REMOVED"_s});
        row("SUSPENDED json", Json, u"modern/json-states.json"_s, u"suspended"_s,
            {u"state=SUSPENDED"_s, u"dev=sdh:REMOVED"_s, u"cnt=sdh:3/7/0"_s, u"dataerrors=1"_s});

        // --- Scans: scrub and resilver in progress, canceled/paused, repaired with errors ---
        row("scrub in progress legacy", Legacy, u"fuse/fuse-scrub-in-progress.txt"_s, u"big"_s,
            {u"scan=scrub/in-progress"_s, u"progress"_s});
        row("scrub in progress modern", Modern, u"modern/scrub-progress.txt"_s, u"andromeda"_s,
            {u"scan=scrub/in-progress"_s, u"progress"_s, u"note=sda:(repairing)"_s});
        row("scrub in progress json", Json, u"modern/json-scans.json"_s, u"scrubbing"_s,
            {u"scan=scrub/in-progress"_s, u"progress"_s});
        row("resilver in progress legacy", Legacy, u"fuse/fuse-resilver-in-progress.txt"_s, u"big"_s,
            {u"scan=resilver/in-progress"_s, u"progress"_s, u"dev=replacing-1:ONLINE"_s});
        row("resilver in progress modern", Modern, u"modern/resilver-progress.txt"_s, u"tank"_s,
            {u"scan=resilver/in-progress"_s, u"progress"_s, u"dev=replacing-2:DEGRADED"_s, u"repaired"_s,
             u"was=8462925421839243712:/dev/sdc1"_s, u"note=sdg:(resilvering)"_s});
        row("resilver in progress json", Json, u"modern/json-scans.json"_s, u"resilvering"_s,
            {u"state=DEGRADED"_s, u"scan=resilver/in-progress"_s, u"progress"_s, u"dev=replacing-1:DEGRADED"_s,
             u"was=5555555555555555555:/dev/sdi1"_s, u"repaired"_s});
        row("canceled legacy", Legacy, u"fuse/fuse-scrub-canceled.txt"_s, u"big"_s, {u"scan=scrub/canceled"_s});
        row("canceled modern", Modern, u"modern/scrub-canceled.txt"_s, u"orion"_s, {u"scan=scrub/canceled"_s});
        row("canceled json", Json, u"modern/json-scans.json"_s, u"canceled"_s, {u"scan=scrub/canceled"_s});
        // Pool v23 cannot pause a scrub (no `zpool scrub -p`): no legacy row.
        row("paused modern", Modern, u"modern/scrub-paused.txt"_s, u"andromeda"_s,
            {u"scan=scrub/paused"_s, u"progress"_s});
        row("paused json", Json, u"modern/json-scans.json"_s, u"paused"_s, {u"scan=scrub/paused"_s, u"progress"_s});
        row("repaired with errors legacy", Legacy, u"fuse/fuse-permanent-errors.txt"_s, u"stripe"_s,
            {u"scan=scrub/finished"_s, u"scanerrors=82"_s, u"repaired"_s, u"cnt=/tmp/h-pools-cap/c1:0/0/346"_s});
        row("repaired legacy (mirror healed)", Legacy, u"fuse/fuse-cksum-repaired.txt"_s, u"healthy"_s,
            {u"scan=scrub/finished"_s, u"scanerrors=0"_s, u"repaired"_s, u"cnt=%1a2:0/0/689"_s.arg(fusePath)});
        row("repaired with errors modern", Modern, u"modern/repaired-with-errors.txt"_s, u"photos"_s,
            {u"scan=scrub/finished"_s, u"scanerrors=3"_s, u"repaired"_s, u"cnt=sda:0/0/1536"_s,
             u"cnt=sdb:3145728/2/0"_s});
        row("repaired with errors json", Json, u"modern/json-scans.json"_s, u"repaired"_s,
            {u"scan=scrub/finished"_s, u"scanerrors=3"_s, u"repaired"_s, u"cnt=sdk:0/0/1234"_s});

        // --- Permanent errors ---
        row("permanent errors legacy", Legacy, u"fuse/fuse-permanent-errors.txt"_s, u"stripe"_s,
            {u"state=ONLINE"_s, u"perm=15"_s});
        row("permanent errors modern", Modern, u"modern/repaired-with-errors.txt"_s, u"photos"_s, {u"perm=3"_s});
        row("permanent errors json", Json, u"modern/json-scans.json"_s, u"damaged"_s,
            {u"perm=2"_s, u"dataerrors=2"_s, u"cnt=sdm:0/0/84"_s});

        // --- Spares INUSE / AVAIL ---
        row("spare AVAIL legacy", Legacy, u"fuse/fuse-spare-log.txt"_s, u"fancy"_s,
            {u"class=spares"_s, u"spare=/tmp/h-pools-cap/s1:AVAIL"_s, u"in=/tmp/h-pools-cap/s1:spares"_s});
        row("spare INUSE legacy", Legacy, u"fuse/fuse-spare-inuse.txt"_s, u"fancy"_s,
            {u"dev=spare-1:ONLINE"_s, u"note=/tmp/h-pools-cap/s1:resilvered"_s, u"spare=/tmp/h-pools-cap/s1:INUSE"_s});
        row("spares modern", Modern, u"modern/spares-inuse.txt"_s, u"orion"_s,
            {u"class=spares"_s, u"dev=spare-1:DEGRADED"_s, u"dev=sdb:FAULTED"_s, u"in=sdy:spares"_s,
             u"spare=sdx:INUSE"_s, u"spare=sdy:AVAIL"_s});
        row("spares json", Json, u"modern/json-classes.json"_s, u"andromeda"_s,
            {u"class=spares"_s, u"dev=spare-3:DEGRADED"_s, u"dev=sdd:FAULTED"_s, u"dev=sdy:AVAIL"_s, u"in=sdy:spares"_s,
             u"spare=sdz:INUSE"_s, u"spare=sdy:AVAIL"_s});

        // --- log / cache / special (and dedup) ---
        row("log legacy", Legacy, u"fuse/fuse-spare-log.txt"_s, u"fancy"_s,
            {u"class=logs"_s, u"in=/tmp/h-pools-cap/l1:logs"_s});
        row("cache legacy", Legacy, u"fuse/fuse-cache.txt"_s, u"fancy"_s,
            {u"class=cache"_s, u"in=/dev/sdk:cache"_s, u"class=logs"_s, u"class=spares"_s});
        // Pool v23 has no special or dedup classes (OpenZFS 0.8+): no legacy row.
        row("classes modern", Modern, u"modern/degraded-classes.txt"_s, u"tank"_s,
            {u"class=special"_s, u"class=logs"_s, u"class=cache"_s, u"class=spares"_s,
             u"in=cc33dd44-ee55-ff66-7788-990011223344:logs"_s, u"in=dd44ee55-ff66-7788-9900-112233445566:cache"_s,
             u"in=aa11bb22-cc33-dd44-ee55-ff6677889900:special"_s});
        row("classes json", Json, u"modern/json-classes.json"_s, u"andromeda"_s,
            {u"class=special"_s, u"class=logs"_s, u"class=cache"_s, u"class=dedup"_s, u"in=nvme4n1:logs"_s,
             u"in=nvme5n1:cache"_s, u"in=nvme2n1:special"_s, u"in=nvme0n1:dedup"_s, u"trim=nvme5n1:COMPLETE"_s});

        // --- Multiple pools in one output ---
        row("multiple pools legacy", Legacy, u"fuse/fuse-multi.txt"_s, u"healthy"_s,
            {u"pools=5"_s, u"state=DEGRADED"_s});
        row("multiple pools modern", Modern, u"modern/multi.txt"_s, u"comet"_s, {u"pools=3"_s, u"state=ONLINE"_s});
        row("multiple pools json", Json, u"modern/json-states.json"_s, u"online"_s, {u"pools=6"_s});

        // --- Long device names ---
        row("long names legacy", Legacy, u"fuse/fuse-long-names.txt"_s, u"ktlongnames"_s,
            {u"dev=/var/lib/krynet-test/very/long/directory/name/for/file/vdevs/disk-with-a-long-name-01:ONLINE"_s,
             u"cnt=/var/lib/krynet-test/very/long/directory/name/for/file/vdevs/disk-with-a-long-name-02:0/0/0"_s});
        row("long names modern", Modern, u"modern/multi.txt"_s, u"andromeda"_s,
            {u"dev=wwn-0x5000c500a1b2c3d4e5f60718293a4b5c6d7e8f90-part1:ONLINE"_s,
             u"trim=wwn-0x5000c500a1b2c3d4e5f60718293a4b5c6d7e8f90-part1:100% trimmed"_s,
             u"trim=wwn-0x5000c500a1b2c3d4e5f60718293a4b5c6d7e8f91-part1:untrimmed"_s});
        row("long names json", Json, u"modern/json-classes.json"_s, u"andromeda"_s,
            {u"dev=ata-WDC_WD140EFGX-68B0GN0_Y5KL1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ-part1:ONLINE"_s,
             u"cnt=ata-WDC_WD140EFGX-68B0GN0_Y5KL1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ-part2:0/0/0"_s});
    }
    void testEveryCase()
    {
        QFETCH(int, generation);
        QFETCH(QString, file);
        QFETCH(QString, pool);
        QFETCH(QStringList, facts);
        const auto g = Generation(generation);
        const auto r = parse(g, fixture(file));
        QVERIFY2(r, qPrintable(file + u": "_s + (r ? QString() : r.error().detail())));
        for (const Pool &p : *r) {
            const Source expected = g == Legacy ? Source::LegacyText : (g == Modern ? Source::Text : Source::Json);
            QCOMPARE(p.source, expected);
        }
        const QString failed = check(*r, pool, facts);
        QVERIFY2(failed.isEmpty(), qPrintable(file + u": "_s + failed));
    }

    void testHostileEachGeneration_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<QByteArray>("input");
        const QByteArray legacy = fixture(u"fuse/fuse-unavail.txt"_s);
        const QByteArray modern = fixture(u"modern/unavail-pool.txt"_s);
        const QByteArray json = fixture(u"modern/json-states.json"_s);
        for (const auto &[g, name, full] : {std::tuple{Legacy, "legacy", legacy}, std::tuple{Modern, "modern", modern},
                                            std::tuple{Json, "json", json}}) {
            const auto row = [&, g = g, name = name](const char *what, const QByteArray &input) {
                QTest::addRow("%s %s", name, what) << int(g) << input;
            };
            row("garbage", QByteArray("Welcome to Ubuntu 24.04 LTS\nLast login: yesterday\n"));
            row("empty", QByteArray());
            // Text: cut right after the pool's own row; JSON: two thirds in.
            row("truncated in the table", g == Json ? full.left(full.size() * 2 / 3)
                                                    : full.left(full.indexOf('\n', full.indexOf("\tNAME") + 8) + 1));
            row("truncated at the half", full.left(full.size() / 2));
            row("binary", QByteArray("\x7f"
                                     "ELF\x02\x01\x01\x00\x00\x00",
                                     10) +
                              full.right(40));
            row("hostile injection", QByteArray("  pool: $(reboot)\n state: ONLINE\n\x1b]0;pwned\x07\n"));
            row("huge", QByteArray(MaxInput + 1, 'A'));
        }
    }
    void testHostileEachGeneration()
    {
        QFETCH(int, generation);
        QFETCH(QByteArray, input);
        const auto r = parse(Generation(generation), input);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Parse);
    }

    void testEveryFixturePrefixIsCompleteOrAParseError()
    {
        // Every prefix of the new fixtures, each generation: a parse or a Parse error, never a crash.
        const QList<std::pair<Generation, QString>> files{
            {Legacy, u"fuse/fuse-faulted.txt"_s},    {Legacy, u"fuse/fuse-suspended.txt"_s},
            {Legacy, u"fuse/fuse-removed.txt"_s},    {Legacy, u"fuse/fuse-unavail-pool.txt"_s},
            {Legacy, u"fuse/fuse-long-names.txt"_s}, {Legacy, u"fuse/fuse-cache.txt"_s},
            {Modern, u"modern/unavail-pool.txt"_s},  {Json, u"modern/json-states.json"_s},
            {Json, u"modern/json-scans.json"_s},     {Json, u"modern/json-classes.json"_s},
        };
        for (const auto &[g, file] : files) {
            const QByteArray full = fixture(file);
            QVERIFY2(parse(g, full), qPrintable(file));
            for (qsizetype cut = 1; cut < full.size(); cut += 11) {
                const auto r = parse(g, full.left(cut));
                if (g == Json)
                    QVERIFY2(!r, qPrintable(u"%1 cut at %2 parsed"_s.arg(file).arg(cut)));
                if (!r)
                    QCOMPARE(r.error().code(), Error::Code::Parse);
            }
        }
    }

    void testReadCommandsPerGeneration()
    {
        // What one refresh runs, per generation (the OpenZFS 0.8-2.2 text path has no live peer here:
        // labsim speaks 2.3 JSON, the zfs peer is zfs-fuse), and that the matching fixture parses.
        const auto joined = [](const Capabilities &caps) {
            QStringList out;
            for (const auto &[key, argv] : PoolStore::readCommands(caps))
                out << key + u": "_s + argv.join(u' ');
            return out;
        };
        Capabilities json;
        json.generation = Capabilities::Generation::Json;
        QCOMPARE(joined(json),
                 (QStringList{u"status: zpool status -j --json-int -v -t"_s, u"list: zpool list -j --json-int"_s}));
        Capabilities text;
        text.generation = Capabilities::Generation::Text;
        QCOMPARE(joined(text),
                 (QStringList{
                     u"status: zpool status -v -p -t"_s,
                     u"list: zpool list -Hp -o name,size,allocated,free,fragmentation,capacity,dedupratio,health"_s}));
        Capabilities legacy;
        QCOMPARE(joined(legacy),
                 (QStringList{u"status: zpool status -v"_s,
                              u"list: zpool list -H -o name,size,allocated,free,capacity,dedupratio,health"_s,
                              u"space: zfs get -Hp -d 0 used,available"_s}));
        Capabilities trueNas = json;
        trueNas.trueNas = true;
        QCOMPARE(joined(trueNas).mid(2),
                 (QStringList{u"poolquery: midclt call pool.query"_s, u"diskquery: midclt call disk.query"_s}));

        // The outputs of those commands, one fixture per generation, parse into the same model.
        QVERIFY(parseStatusJson(fixture(u"modern/json-states.json"_s)));
        QVERIFY(parseStatusText(fixture(u"modern/exact-p.txt"_s)));
        QVERIFY(parseStatusText(fixture(u"fuse/fuse-multi.txt"_s)));
        // `zpool list -H -o <the 7 columns>` on zfs-fuse: the captured default listing without ALTROOT.
        QByteArray sevenColumns;
        for (const QByteArray &line : fixture(u"fuse/fuse-list-H.txt"_s).split('\n')) {
            if (!line.isEmpty())
                sevenColumns += line.left(line.lastIndexOf('\t')) + '\n';
        }
        const auto fuseList =
            parseListText(sevenColumns, PoolStore::readCommands(legacy).at(1).second.last().split(u','));
        QVERIFY2(fuseList, qPrintable(fuseList ? QString() : fuseList.error().detail()));
        QVERIFY(!fuseList->isEmpty());
    }

    void testScrubCommandPerGeneration()
    {
        // What each generation runs for start / pause / stop, quoted by RemoteCommand.
        const auto line = [](const Capabilities &caps, ScrubAction action, const QString &pool = u"orion"_s) {
            const auto c = PoolStore::scrubCommand(caps, pool, action);
            return c ? QString::fromUtf8(c->commandLine()) : u"error:"_s + Error::codeName(c.error().code());
        };
        Capabilities modern;
        modern.generation = Capabilities::Generation::Json;
        modern.root = true;
        QCOMPARE(line(modern, ScrubAction::Start), u"'zpool' 'scrub' 'orion'"_s);
        QCOMPARE(line(modern, ScrubAction::Pause), u"'zpool' 'scrub' '-p' 'orion'"_s);
        QCOMPARE(line(modern, ScrubAction::Stop), u"'zpool' 'scrub' '-s' 'orion'"_s);
        Capabilities viaSudo = modern;
        viaSudo.root = false;
        viaSudo.sudo = true;
        QCOMPARE(line(viaSudo, ScrubAction::Stop), u"sudo -n -- 'zpool' 'scrub' '-s' 'orion'"_s);

        Capabilities trueNas = modern;
        trueNas.trueNas = true;
        QCOMPARE(line(trueNas, ScrubAction::Pause), u"'midclt' 'call' 'pool.scrub.scrub' 'orion' 'PAUSE'"_s);

        // zfs-fuse: `zpool scrub` blocks, so it is started detached; the pool name is $1, never in the script.
        Capabilities legacy;
        legacy.root = true;
        const QString start = line(legacy, ScrubAction::Start, u"my pool"_s);
        QVERIFY2(start.startsWith(u"'sh' '-c' 'setsid nohup zpool scrub \"$1\""_s), qPrintable(start));
        QVERIFY2(start.endsWith(u"' 'sh' 'my pool'"_s), qPrintable(start));
        QCOMPARE(line(legacy, ScrubAction::Stop), u"'zpool' 'scrub' '-s' 'orion'"_s);
        QCOMPARE(line(legacy, ScrubAction::Pause), u"error:"_s + Error::codeName(Error::Code::Unsupported));

        // Names that are not ZFS pool names never reach a command line.
        for (const QString &bad : {u"orion; reboot"_s, u"-s"_s, u"$(id)"_s, QString(), u"mirror"_s})
            QCOMPARE(line(modern, ScrubAction::Start, bad), u"error:"_s + Error::codeName(Error::Code::Config));
    }
};

QTEST_GUILESS_MAIN(TestZfsCases)
#include "test_zfscases.moc"
