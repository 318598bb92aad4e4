// Benchmark (issue 9), not a test: PipelineTracker::join over 10,000 qBittorrent torrents (sync/maindata),
// 2,000 *arr queue records (Sonarr season packs included) and 500 Seerr requests (budget ≤ 30 ms), and
// the incremental maindata update of 100 changed torrents (budget ≤ 3 ms). Prints median, p90 and max.
#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/media/mediaparsers.h"
#include "core/media/pipelinetracker.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Media;

namespace
{

constexpr int Torrents = 10000;
constexpr int QueueRecords = 2000;
constexpr int Requests = 500;
constexpr int Changed = 100;

QString hashOf(int i)
{
    return u"%1"_s.arg(i, 40, 16, QLatin1Char('0'));
}

QJsonObject torrent(int i, double progress)
{
    return {{u"name"_s, u"Release.%1.1080p.WEB-DL"_s.arg(i)},
            {u"state"_s, progress >= 1.0 ? u"stalledUP"_s : (i % 17 == 0 ? u"stalledDL"_s : u"downloading"_s)},
            {u"progress"_s, progress},
            {u"dlspeed"_s, progress >= 1.0 ? 0 : 1048576 + i},
            {u"eta"_s, progress >= 1.0 ? 8640000 : 600 + i},
            {u"num_seeds"_s, i % 17 == 0 ? 0 : 5},
            {u"category"_s, i % 2 ? u"radarr"_s : u"tv-sonarr"_s},
            {u"added_on"_s, 1793530800 + i},
            {u"infohash_v1"_s, hashOf(i)},
            {u"infohash_v2"_s, u""_s}};
}

QJsonDocument fullMaindata()
{
    QJsonObject torrents;
    for (int i = 0; i < Torrents; ++i)
        torrents.insert(hashOf(i), torrent(i, i < QueueRecords ? 0.4 : 1.0));
    return QJsonDocument(QJsonObject{{u"rid"_s, 1}, {u"full_update"_s, true}, {u"torrents"_s, torrents}});
}

QJsonDocument delta(int rid)
{
    QJsonObject torrents;
    for (int i = 0; i < Changed; ++i)
        torrents.insert(hashOf(i * 37 % Torrents),
                        QJsonObject{{u"progress"_s, 0.4 + rid * 0.001}, {u"dlspeed"_s, rid}});
    return QJsonDocument(QJsonObject{{u"rid"_s, rid}, {u"torrents"_s, torrents}});
}

MediaSnapshot snapshot(const TorrentSync &sync)
{
    MediaSnapshot s;
    QList<SeerrRequest> requests;
    QList<ArrTitle> movies;
    QList<ArrTitle> series;
    const QDateTime t0(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < Requests; ++i) {
        const bool tv = i % 2 == 1;
        SeerrRequest r;
        r.id = i + 1;
        r.status = 2;
        r.mediaType = tv ? u"tv"_s : u"movie"_s;
        r.serverId = 0;
        r.tmdbId = 1000 + i;
        if (tv)
            r.tvdbId = 50000 + i;
        if (i % 3)
            r.externalServiceId = i + 1; // every third one by the tmdb/tvdb fallback
        r.seasons = tv ? QList<int>{1} : QList<int>{};
        r.createdAt = t0;
        requests.append(r);
        ArrTitle t;
        t.id = i + 1;
        t.title = u"Title %1"_s.arg(i);
        t.tmdbId = r.tmdbId;
        t.tvdbId = tv ? 50000 + i : 0;
        t.monitored = true;
        t.added = t0;
        (tv ? series : movies).append(t);
    }
    QList<QueueRecord> radarr;
    QList<QueueRecord> sonarr;
    for (int i = 0; i < QueueRecords; ++i) {
        // Sonarr: season packs of 4 episodes share one download; Radarr one record per download.
        const bool tv = i % 2 == 1;
        QueueRecord q;
        q.id = i + 1;
        q.titleId = (i % Requests) + 1;
        q.downloadId = hashOf(tv ? i - i % 8 + 1 : i).toUpper();
        q.episodeId = i;
        q.seasonNumber = 1;
        q.status = u"downloading"_s;
        q.trackedStatus = u"ok"_s;
        q.trackedState = u"downloading"_s;
        q.protocol = u"torrent"_s;
        q.downloadClient = u"qBittorrent"_s;
        q.size = 1000;
        q.sizeLeft = 600;
        q.added = t0;
        (tv ? sonarr : radarr).append(q);
    }
    s.requests = requests;
    s.movies = movies;
    s.series = series;
    s.radarrQueue = radarr;
    s.sonarrQueue = sonarr;
    s.missingEpisodes = QList<MissingEpisode>{};
    s.torrents = torrentsOf(sync);
    s.sabJobs = QList<SabJob>{};
    s.subtitles = QList<SubtitleWant>{};
    s.jellyfin = QList<JellyfinItem>{};
    s.vpnStatus = u"running"_s;
    return s;
}

// The human line, then the KRYNET-BENCH line scripts/bench collects (budget < 0: none).
void report(const char *id, const char *what, QList<double> ms, double budget = -1)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s median %8.3f ms   p90 %8.3f ms   max %8.3f ms  (%lld runs)\n", what, ms.at(ms.size() / 2),
                ms.at(ms.size() * 9 / 10), ms.last(), static_cast<long long>(ms.size()));
    QJsonObject line{{u"id"_s, QString::fromLatin1(id)},
                     {u"label"_s, QString::fromUtf8(what)},
                     {u"value"_s, ms.at(ms.size() / 2)},
                     {u"unit"_s, u"ms"_s},
                     {u"runs"_s, ms.size()}};
    if (budget >= 0)
        line.insert(u"budget"_s, budget);
    std::printf("KRYNET-BENCH %s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

template <typename F>
QList<double> measure(int runs, F fn)
{
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        fn(i);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QJsonDocument full = fullMaindata();
    TorrentSync sync;
    report("media.sync.full", "sync/maindata full (10,000 torrents): apply",
           measure(5, [&](int) { (void)applyTorrentSync(sync, full); }));
    const MediaSnapshot base = snapshot(sync);
    qsizetype rows = 0;
    report("media.join", "join: 10,000 torrents + 2,000 queue + 500 requests",
           measure(20,
                   [&](int) {
                       rows = PipelineTracker::join(base, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC)).size();
                   }),
           30);
    QList<QJsonDocument> deltas;
    for (int i = 0; i < 50; ++i)
        deltas.append(delta(i + 2));
    report("media.sync.incremental", "incremental: apply 100 changed torrents",
           measure(50, [&](int i) { (void)applyTorrentSync(sync, deltas.at(i)); }), 3);
    MediaSnapshot current = base;
    report("media.sync.incremental_join", "incremental: apply 100 + torrent list + join", measure(20, [&](int i) {
               (void)applyTorrentSync(sync, deltas.at(i));
               current.torrents = torrentsOf(sync);
               rows = PipelineTracker::join(current, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC)).size();
           }));
    std::printf("rows joined: %lld, torrents held: %lld, rid %lld\n", static_cast<long long>(rows),
                static_cast<long long>(sync.raw.size()), static_cast<long long>(sync.rid));
    return 0;
}
