// Helper of test_crashsafety: writes one of the app's files over and over through the real core class,
// printing a line after each completed write, until it is killed (SIGKILL, at a random point).
//   crashwriter FILE             profiles.json (ProfileStore): "saved N" after each save
//   crashwriter --actions FILE   actions.jsonl (ActionLog): loads it, then "logged N" after each record
//   crashwriter --history FILE   uptime-<profile>.sqlite (HistoryCache): "committed N" after each batch
#include <cstdio>
#include <cstring>

#include <QCoreApplication>

#include "core/config/profilestore.h"
#include "core/lab/actionlog.h"
#include "core/metrics/historycache.h"

using namespace Qt::StringLiterals;

namespace
{

int writeProfiles(const QString &path)
{
    KryNet::ProfileStore store(path);
    if (!store.load())
        return 3;
    for (int n = int(store.profiles().size()) + 1;; ++n) {
        KryNet::Profile p;
        p.setName(u"host-%1"_s.arg(n));
        p.setDomain(u"example.org"_s);
        p.ssh().host = u"nas-%1.lan"_s.arg(n);
        // Some bulk, so a save takes long enough to be interrupted inside its write.
        p.setCfAccessClientId(QString(4096, QChar(u'a' + n % 26)));
        if (!store.add(p) || !store.save())
            return 4;
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
}

// Record N: target "item N", answer N times the letter (N mod 26) (up to the log's 4000 characters).
int writeActions(const QString &path)
{
    KryNet::ActionLog log(path);
    if (!log.load())
        return 3;
    for (int n = int(log.records().size()) + 1;; ++n) {
        const quint64 id = log.begin(u"lab"_s, u"item %1"_s.arg(n), u"Restart"_s);
        log.succeed(id, QString(std::min(n * 37, 4000), QChar(u'a' + n % 26)));
        std::printf("logged %d\n", n);
        std::fflush(stdout);
    }
}

// Batch N: monitor "m-N" with N*20 alternating runs, the monitor list m-1…m-N.
int writeHistory(const QString &path)
{
    using namespace KryNet::Metrics;
    const HistoryCache cache(path);
    auto snapshot = cache.load(0);
    if (!snapshot || !snapshot->warning.isEmpty())
        return 3;
    QList<MonitorInfo> monitors;
    for (const MonitorInfo &m : std::as_const(snapshot->monitors))
        monitors.append(m);
    for (int n = int(snapshot->history.size()) + 1;; ++n) {
        MonitorInfo info;
        info.name = u"m-%1"_s.arg(n);
        info.type = u"http"_s;
        info.status = MonitorStatus::Up;
        monitors.append(info);
        std::vector<KryNet::Metrics::StatusRun> runs;
        const qint64 base = 1'700'000'000;
        const int count = n * 20;
        for (int i = 0; i < count; ++i)
            runs.push_back({base + i * 60, base + (i + 1) * 60, i % 2 ? MonitorStatus::Down : MonitorStatus::Up});
        StatusHistory::Meta meta;
        meta.interval = 60;
        meta.start = base;
        meta.lastSample = base + count * 60;
        meta.lastStatus = runs.back().status;
        meta.samples = count;
        QHash<QString, HistoryCache::Change> changes;
        changes.insert(info.name, {std::numeric_limits<qint64>::min(), StatusHistory::fromRuns(std::move(runs), meta)});
        if (!cache.save(monitors, changes, QDateTime::fromSecsSinceEpoch(base + n), 0))
            return 4;
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2)
        return writeProfiles(QString::fromLocal8Bit(argv[1]));
    if (argc == 3 && std::strcmp(argv[1], "--actions") == 0)
        return writeActions(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && std::strcmp(argv[1], "--history") == 0)
        return writeHistory(QString::fromLocal8Bit(argv[2]));
    return 2;
}
