// Benchmark (DESIGN.md §5, issue 6), not a test: parse + model update of a 200-disk pool (zpool status
// text and -j JSON) and of 10 pools; budget ≤ 2 ms each. Prints the median and the worst of N runs.
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/zfs/parsers.h"
#include "core/zfs/poolmodel.h"
#include "tests/bench/support/benchreport.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Zfs;

namespace
{

QByteArray row(int depth, const QByteArray &name, const QByteArray &rest)
{
    return '\t' + QByteArray(depth, ' ') + name.leftJustified(48 - depth, ' ') + "  " + rest + '\n';
}

/// One pool of @p vdevs raidz2 vdevs × @p width disks, as `zpool status -v -p` prints it.
QByteArray poolText(const QByteArray &name, int vdevs, int width)
{
    QByteArray t = "  pool: " + name +
                   "\n state: ONLINE\n  scan: scrub repaired 0B in 10:13:45 with 0 errors on "
                   "Sun Nov 23 02:37:46 2025\nconfig:\n\n\t" +
                   QByteArray("NAME").leftJustified(48, ' ') + "  STATE     READ WRITE CKSUM\n" +
                   row(0, name, "ONLINE       0     0     0");
    for (int v = 0; v < vdevs; ++v) {
        t += row(2, "raidz2-" + QByteArray::number(v), "ONLINE       0     0     0");
        for (int d = 0; d < width; ++d)
            t += row(4, "wwn-0x5000c500a1b2" + QByteArray::number(v * 100 + d).rightJustified(6, '0') + "-part1",
                     "ONLINE       0     0     " + QByteArray::number(d % 7 == 0 ? 3 : 0));
    }
    t += "\nerrors: No known data errors\n";
    return t;
}

QByteArray poolJson(const QString &name, int vdevs, int width)
{
    const auto leaf = [](const QString &n, int ck) {
        return QJsonObject{{u"name"_s, n},
                           {u"vdev_type"_s, u"disk"_s},
                           {u"class"_s, u"normal"_s},
                           {u"state"_s, u"ONLINE"_s},
                           {u"path"_s, QString(u"/dev/disk/by-id/"_s + n)},
                           {u"read_errors"_s, 0},
                           {u"write_errors"_s, 0},
                           {u"checksum_errors"_s, ck},
                           {u"slow_ios"_s, 0}};
    };
    QJsonObject top;
    for (int v = 0; v < vdevs; ++v) {
        QJsonObject children;
        for (int d = 0; d < width; ++d) {
            const QString n = u"wwn-0x5000c500a1b2%1-part1"_s.arg(v * 100 + d, 6, 10, QLatin1Char('0'));
            children.insert(n, leaf(n, d % 7 == 0 ? 3 : 0));
        }
        const QString vn = u"raidz2-%1"_s.arg(v);
        top.insert(vn, QJsonObject{{u"name"_s, vn},
                                   {u"vdev_type"_s, u"raidz"_s},
                                   {u"class"_s, u"normal"_s},
                                   {u"state"_s, u"ONLINE"_s},
                                   {u"read_errors"_s, 0},
                                   {u"write_errors"_s, 0},
                                   {u"checksum_errors"_s, 0},
                                   {u"vdevs"_s, children}});
    }
    const QJsonObject root{{u"name"_s, name},     {u"vdev_type"_s, u"root"_s}, {u"state"_s, u"ONLINE"_s},
                           {u"read_errors"_s, 0}, {u"write_errors"_s, 0},      {u"checksum_errors"_s, 0},
                           {u"vdevs"_s, top}};
    const QJsonObject scan{{u"function"_s, u"SCRUB"_s},   {u"state"_s, u"FINISHED"_s},
                           {u"start_time"_s, 1763766121}, {u"end_time"_s, 1763865466},
                           {u"to_examine"_s, 1e12},       {u"examined"_s, 1e12},
                           {u"issued"_s, 1e12},           {u"errors"_s, 0}};
    return QJsonDocument(
               QJsonObject{{u"output_version"_s,
                            QJsonObject{{u"command"_s, u"zpool status"_s}, {u"vers_major"_s, 0}, {u"vers_minor"_s, 1}}},
                           {u"pools"_s, QJsonObject{{name, QJsonObject{{u"name"_s, name},
                                                                       {u"state"_s, u"ONLINE"_s},
                                                                       {u"scan_stats"_s, scan},
                                                                       {u"vdevs"_s, QJsonObject{{name, root}}},
                                                                       {u"error_count"_s, 0}}}}}})
        .toJson(QJsonDocument::Compact);
}

template <typename F>
void measure(const char *what, int runs, F &&once, const char *id = nullptr, double budgetMs = -1)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        once(i);
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-52s median %7.3f ms   p90 %7.3f ms   max %7.3f ms  (%d runs)\n", what, ms.at(ms.size() / 2),
                ms.at(ms.size() * 9 / 10), ms.constLast(), runs);
    if (id)
        KryNet::Bench::reportFigure(QString::fromLatin1(id), QString::fromUtf8(what), ms.at(ms.size() / 2), u"ms"_s,
                                    budgetMs, runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = 200;
    const QByteArray text200 = poolText("bulk", 20, 10); // 20 raidz2 × 10 = 200 disks
    const QByteArray json200 = poolJson(u"bulk"_s, 20, 10);
    QByteArray text10;
    for (int p = 0; p < 10; ++p)
        text10 += poolText("pool" + QByteArray::number(p), 2, 2) + (p < 9 ? "\n" : "");
    std::printf("inputs: 200-disk text %lld bytes, JSON %lld bytes; 10 pools text %lld bytes\n",
                qlonglong(text200.size()), qlonglong(json200.size()), qlonglong(text10.size()));

    PoolModel model;
    measure("200-disk pool: parse text", runs, [&](int) { (void)parseStatusText(text200); });
    measure("200-disk pool: parse JSON", runs, [&](int) { (void)parseStatusJson(json200); });
    // Model update: alternate counters so every refresh really changes rows (coalesced dataChanged path).
    auto pools = *parseStatusText(text200);
    auto changed = pools;
    changed.first().root.children.first().children.first().checksumErrors = 99;
    model.setPools(pools);
    measure(
        "200-disk pool: parse text + model update", runs,
        [&](int i) {
            auto r = parseStatusText(text200);
            if (i % 2)
                r->first().root.children.first().children.first().checksumErrors = 99;
            model.setPools(*r);
        },
        "zfs.pool200.text", 2.0);
    measure(
        "200-disk pool: parse JSON + model update", runs,
        [&](int i) {
            auto r = parseStatusJson(json200);
            if (i % 2)
                r->first().root.children.first().children.first().checksumErrors = 99;
            model.setPools(*r);
        },
        "zfs.pool200.json", 2.0);
    PoolModel model10;
    measure(
        "10 pools: parse text + model update", runs,
        [&](int i) {
            auto r = parseStatusText(text10);
            if (i % 2)
                r->first().root.children.first().children.first().checksumErrors = 5;
            model10.setPools(*r);
        },
        "zfs.pools10.text", 2.0);
    measure("200-disk pool: first load (model reset)", 50, [&](int) {
        PoolModel fresh;
        fresh.setPools(*parseStatusText(text200));
    });
    return 0;
}
