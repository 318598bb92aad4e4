#include "core/media/pipelinetracker.h"
#include "core/common/numbers.h"

#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace KryNet::Media
{
namespace
{

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

// Health of a stuck stage by how long it has been stuck.
Health stuckHealth(qint64 ageSecs, qint64 criticalAfter = Day)
{
    return ageSecs >= criticalAfter ? Health::Critical : Health::Warning;
}

qint64 ageOf(const QDateTime &since, const QDateTime &now)
{
    return since.isValid() ? std::max<qint64>(0, since.secsTo(now)) : 0;
}

// .NET TimeSpan "hh:mm:ss" / "d.hh:mm:ss" and SAB "H:MM:SS" → seconds; -1 when unknown.
qint64 spanSecs(const QString &span)
{
    if (span.isEmpty())
        return -1;
    qint64 days = 0;
    QString rest = span;
    const qsizetype dot = rest.indexOf(u'.');
    if (dot > 0 && dot < rest.indexOf(u':')) {
        days = rest.left(dot).toLongLong();
        rest = rest.mid(dot + 1);
    }
    const QStringList parts = rest.split(u':');
    if (parts.size() != 3)
        return -1;
    return days * Day + parts[0].toLongLong() * Hour + parts[1].toLongLong() * 60 +
           saturatingCast<qint64>(parts[2].toDouble());
}

struct Index
{
    QHash<int, const ArrTitle *> movieById, movieByTmdb, seriesById, seriesByTvdb;
    QHash<int, QList<const QueueRecord *>> movieQueue, seriesQueue;
    QHash<QString, const Torrent *> torrentByHash; // upper case: hash, v1, first 40 of v2
    QHash<QString, const SabJob *> sabById;
    QHash<int, QList<const MissingEpisode *>> missingBySeries;
    QHash<int, QList<const CalendarEntry *>> movieCalendar, seriesCalendar;
    QHash<int, QStringList> subtitlesByMovie, subtitlesBySeries;
    QHash<QString, const JellyfinItem *> jellyfin;                       // "movie:tmdb:603", "series:tvdb:121361"
    QHash<int, QList<const HistoryEvent *>> movieHistory, seriesHistory; // newest first
    bool torrentsKnown = false;                                          // qBittorrent was read (even if empty)
    bool sabKnown = false;
};

Index buildIndex(const MediaSnapshot &s)
{
    Index ix;
    if (s.movies) {
        for (const ArrTitle &t : *s.movies) {
            ix.movieById.insert(t.id, &t);
            ix.movieByTmdb.insert(t.tmdbId, &t);
        }
    }
    if (s.series) {
        for (const ArrTitle &t : *s.series) {
            ix.seriesById.insert(t.id, &t);
            ix.seriesByTvdb.insert(t.tvdbId, &t);
        }
    }
    if (s.radarrQueue) {
        for (const QueueRecord &r : *s.radarrQueue) {
            if (r.titleId)
                ix.movieQueue[*r.titleId].append(&r);
        }
    }
    if (s.sonarrQueue) {
        for (const QueueRecord &r : *s.sonarrQueue) {
            if (r.titleId)
                ix.seriesQueue[*r.titleId].append(&r);
        }
    }
    if (s.torrents) {
        ix.torrentByHash.reserve(s.torrents->size() * 2);
        ix.torrentsKnown = true;
        for (const Torrent &t : *s.torrents) {
            ix.torrentByHash.insert(t.hash.toUpper(), &t);
            if (!t.infohashV1.isEmpty())
                ix.torrentByHash.insert(t.infohashV1.toUpper(), &t);
            if (t.infohashV2.size() >= 40)
                ix.torrentByHash.insert(t.infohashV2.left(40).toUpper(), &t);
        }
    }
    auto indexHistory = [](const std::optional<QList<HistoryEvent>> &events,
                           QHash<int, QList<const HistoryEvent *>> &out) {
        if (!events)
            return;
        for (const HistoryEvent &e : *events) {
            if (e.titleId && e.type != HistoryEvent::Type::Other)
                out[*e.titleId].append(&e);
        }
        for (QList<const HistoryEvent *> &list : out) {
            std::stable_sort(list.begin(), list.end(),
                             [](const HistoryEvent *a, const HistoryEvent *b) { return a->date > b->date; });
        }
    };
    indexHistory(s.radarrHistory, ix.movieHistory);
    indexHistory(s.sonarrHistory, ix.seriesHistory);
    if (s.sabJobs) {
        ix.sabKnown = true;
        for (const SabJob &j : *s.sabJobs) {
            // The history entry of a job wins over a stale queue entry (queue → history move).
            if (!ix.sabById.contains(j.nzoId) || j.inHistory)
                ix.sabById.insert(j.nzoId, &j);
        }
    }
    for (const auto &[calendar, out] :
         {std::pair{&s.radarrCalendar, &ix.movieCalendar}, std::pair{&s.sonarrCalendar, &ix.seriesCalendar}}) {
        if (*calendar) {
            for (const CalendarEntry &e : **calendar)
                (*out)[e.titleId].append(&e);
        }
    }
    if (s.missingEpisodes) {
        for (const MissingEpisode &e : *s.missingEpisodes)
            ix.missingBySeries[e.seriesId].append(&e);
    }
    if (s.subtitles) {
        for (const SubtitleWant &w : *s.subtitles) {
            QStringList &languages =
                w.radarrId > 0 ? ix.subtitlesByMovie[w.radarrId] : ix.subtitlesBySeries[w.sonarrSeriesId];
            for (const QString &language : w.languages) {
                if (!languages.contains(language))
                    languages.append(language);
            }
        }
    }
    if (s.jellyfin) {
        for (const JellyfinItem &item : *s.jellyfin) {
            const QString kind = item.type.compare(u"Movie"_s, Qt::CaseInsensitive) == 0 ? u"movie"_s : u"tv"_s;
            for (auto it = item.providerIds.begin(); it != item.providerIds.end(); ++it)
                ix.jellyfin.insert(kind + u':' + it.key() + u':' + it.value(), &item);
        }
    }
    return ix;
}

QString percent(double progress)
{
    return QString::number(int(progress * 100)) + u" %"_s;
}

} // namespace

QString PipelineTracker::ageText(qint64 secs)
{
    if (secs >= 2 * Day)
        return tr("%n day(s)", nullptr, int(secs / Day));
    if (secs >= Hour)
        return tr("%1 h").arg(secs / Hour);
    return tr("%1 min").arg(std::max<qint64>(1, secs / 60));
}

QString PipelineTracker::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Requested:
        return tr("Requested");
    case Stage::Approved:
        return tr("Approved");
    case Stage::Searching:
        return tr("Searching");
    case Stage::Grabbed:
        return tr("Grabbed");
    case Stage::Downloading:
        return tr("Downloading");
    case Stage::Importing:
        return tr("Importing");
    case Stage::Subtitles:
        return tr("Subtitles");
    case Stage::Available:
        return tr("Available");
    case Stage::Declined:
        return tr("Declined");
    case Stage::Failed:
        return tr("Failed");
    case Stage::Unknown:
        break;
    }
    return tr("Unknown");
}

QString PipelineTracker::stageId(Stage stage)
{
    static const char *const ids[] = {"unknown",   "requested", "approved",  "searching", "grabbed", "downloading",
                                      "importing", "subtitles", "available", "declined",  "failed"};
    return QString::fromLatin1(ids[int(stage)]);
}

namespace
{

QString field(const char *name, const QString &value)
{
    return QString::fromLatin1(name) + u'=' + value;
}

QString field(const char *name, qint64 value)
{
    return field(name, QString::number(value));
}

QString optionalField(const std::optional<int> &value)
{
    return value ? QString::number(*value) : u"null"_s;
}

// What the client-item rows and the request rows have claimed, so that the rest become rows of their own.
struct Claims
{
    QSet<const QueueRecord *> records;
    QSet<QString> torrents; // lower-case hash
    QSet<QString> sab;      // nzo_id
};

struct JoinContext
{
    const Index &ix;
    QDateTime now;
    QString vpnReason; // non-empty: torrents are blocked
    QString vpnText;   // "running · 198.51.100.23"
    Claims claims;
};

ChainLink torrentLink(const Torrent &t)
{
    return {u"qBittorrent"_s,
            PipelineTracker::tr("%1 · %2 · %3 seeds · %4 KiB/s")
                .arg(t.state, percent(t.progress))
                .arg(t.numSeeds)
                .arg(t.dlspeed / 1024),
            [t] {
                return QStringList{field("hash", t.hash),
                                   field("infohash_v1", t.infohashV1),
                                   field("infohash_v2", t.infohashV2),
                                   field("name", t.name),
                                   field("state", t.state),
                                   field("category", t.category),
                                   field("progress", QString::number(t.progress, 'f', 4)),
                                   field("dlspeed", t.dlspeed),
                                   field("eta", t.eta),
                                   field("num_seeds", qint64(t.numSeeds)),
                                   field("added_on", t.addedOn.toString(Qt::ISODate)),
                                   field("completion_on", t.completedOn.toString(Qt::ISODate))};
            }};
}

ChainLink sabLink(const SabJob &j)
{
    return {u"SABnzbd"_s, PipelineTracker::tr("%1 · %2 %").arg(j.status).arg(j.percentage), [j] {
                return QStringList{field("nzo_id", j.nzoId),
                                   field("name", j.name),
                                   field("status", j.status),
                                   field("category", j.category),
                                   field("percentage", QString::number(j.percentage)),
                                   field("timeleft", j.timeLeft),
                                   field("fail_message", j.failMessage),
                                   field("mode", j.inHistory ? u"history"_s : u"queue"_s)};
            }};
}

ChainLink queueLink(const QString &service, const QueueRecord &r)
{
    return {service, PipelineTracker::tr("%1 · %2 / %3 · %4").arg(r.status, r.trackedState, r.trackedStatus, r.title),
            [r] {
                return QStringList{field("id", qint64(r.id)),
                                   field("titleId", optionalField(r.titleId)),
                                   field("episodeId", qint64(r.episodeId)),
                                   field("seasonNumber", qint64(r.seasonNumber)),
                                   field("downloadId", r.downloadId),
                                   field("status", r.status),
                                   field("trackedDownloadStatus", r.trackedStatus),
                                   field("trackedDownloadState", r.trackedState),
                                   field("statusMessages", r.messages.join(u" | "_s)),
                                   field("protocol", r.protocol),
                                   field("downloadClient", r.downloadClient),
                                   field("indexer", r.indexer),
                                   field("size", qint64(r.size)),
                                   field("sizeleft", qint64(r.sizeLeft)),
                                   field("timeleft", r.timeLeft),
                                   field("added", r.added.toString(Qt::ISODate))};
            }};
}

// The client state of one torrent applied to @p row (stage Grabbed/Downloading); returns the rank.
int applyTorrent(PipelineRow &row, const Torrent &torrent, qint64 age, int rank)
{
    row.progress = torrent.progress;
    row.etaSecs = torrent.eta < 8640000 ? torrent.eta : -1;
    row.torrentHash = torrent.hash;
    row.torrentState = torrent.state;
    if (!row.services.contains(u"qbittorrent"_s))
        row.services.append(u"qbittorrent"_s);
    const QString &state = torrent.state;
    if (state == u"stalledDL"_s) {
        row.stuck = true;
        row.health = stuckHealth(age);
        row.reason = torrent.numSeeds == 0 ? PipelineTracker::tr("Stalled: no seeds")
                                           : PipelineTracker::tr("Stalled at %1").arg(percent(torrent.progress));
        return 4;
    }
    if (state == u"metaDL"_s || state == u"forcedMetaDL"_s) {
        row.stage = Stage::Grabbed;
        row.reason = PipelineTracker::tr("Fetching metadata");
        if (age > Hour) {
            row.stuck = true;
            row.health = stuckHealth(age);
            row.reason = PipelineTracker::tr("No metadata since %1").arg(PipelineTracker::ageText(age));
            return 4;
        }
        return rank;
    }
    if (state == u"error"_s || state == u"missingFiles"_s) {
        row.stuck = true;
        row.health = Health::Critical;
        row.reason =
            state == u"error"_s ? PipelineTracker::tr("Torrent error") : PipelineTracker::tr("Torrent files missing");
        return 6;
    }
    if (state == u"pausedDL"_s || state == u"stoppedDL"_s) {
        row.reason = PipelineTracker::tr("Paused in qBittorrent");
        row.health = Health::Warning;
        return 3;
    }
    return rank;
}

// Gluetun down or leaking blocks an unfinished torrent.
int applyVpn(PipelineRow &row, const JoinContext &ctx, bool finished, int rank)
{
    if (ctx.vpnReason.isEmpty() || finished || rank >= 6 ||
        (row.stage != Stage::Grabbed && row.stage != Stage::Downloading))
        return rank;
    row.stuck = true;
    row.vpnBlocked = true;
    row.health = Health::Critical;
    row.reason = ctx.vpnReason;
    return 7;
}

// Applies the queue records of one title (grouped by downloadId) to @p row; true when any applied.
bool applyQueue(PipelineRow &row, const QList<const QueueRecord *> &records, JoinContext &ctx)
{
    if (records.isEmpty())
        return false;
    const Index &ix = ctx.ix;
    const QString arrService = row.mediaType == u"movie"_s ? u"radarr"_s : u"sonarr"_s;
    const QString arrName = row.mediaType == u"movie"_s ? u"Radarr"_s : u"Sonarr"_s;
    // One record per download (Sonarr: season packs share one downloadId); the worst one decides.
    QList<const QueueRecord *> downloads;
    QSet<QString> seen;
    for (const QueueRecord *r : records) {
        ctx.claims.records.insert(r);
        const QString id = r->downloadId.isEmpty() ? u"queue:"_s + QString::number(r->id) : r->downloadId;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        downloads.append(r);
    }
    // Every client item of the title's downloads is claimed, whichever record decides the row.
    for (const QueueRecord *r : downloads) {
        if (const Torrent *t = ix.torrentByHash.value(r->downloadId.toUpper(), nullptr))
            ctx.claims.torrents.insert(t->hash);
        if (ix.sabById.contains(r->downloadId))
            ctx.claims.sab.insert(r->downloadId);
    }
    const PipelineRow base = row;
    int bestRank = -1;
    for (const QueueRecord *r : downloads) {
        PipelineRow candidate = base;
        candidate.chain.clear();
        if (!candidate.services.contains(arrService))
            candidate.services.append(arrService);
        int rank = 0;
        const Torrent *torrent = ix.torrentByHash.value(r->downloadId.toUpper(), nullptr);
        const SabJob *sab = ix.sabById.value(r->downloadId, nullptr);
        const bool torrentProtocol = r->protocol == u"torrent"_s;
        candidate.client = r->downloadClient;
        candidate.indexer = r->indexer;
        if (!r->downloadId.isEmpty())
            candidate.downloadIds.append(r->downloadId);
        const qint64 age = ageOf(r->added, ctx.now);
        const QString message = r->messages.isEmpty() ? r->trackedStatus : r->messages.first();
        int episodes = 0;
        for (const QueueRecord *other : records)
            episodes += other->downloadId == r->downloadId && !r->downloadId.isEmpty() ? 1 : 0;
        ChainLink link = queueLink(arrName, *r);
        if (episodes > 1)
            link.text += u" · "_s + PipelineTracker::tr("%n episode(s) in this download", nullptr, episodes);
        candidate.chain.append(link);
        if (torrent)
            candidate.chain.append(torrentLink(*torrent));
        if (sab)
            candidate.chain.append(sabLink(*sab));
        QDateTime finishedAt = torrent ? torrent->completedOn : (sab ? sab->completedOn : QDateTime());
        if (r->trackedState == u"importPending"_s || r->trackedState == u"importing"_s) {
            candidate.stage = Stage::Importing;
            candidate.health = Health::Ok;
            candidate.reason = PipelineTracker::tr("Importing");
            rank = 1;
            const qint64 waiting = ageOf(finishedAt, ctx.now);
            if (finishedAt.isValid() && waiting >= PipelineTracker::ImportGraceSecs) {
                candidate.stuck = true;
                candidate.importStuck = true;
                candidate.health = stuckHealth(waiting, 6 * Hour);
                candidate.reason =
                    PipelineTracker::tr("Downloaded but not imported for %1").arg(PipelineTracker::ageText(waiting));
                rank = 5;
            }
            if (sab)
                candidate.sabId = sab->nzoId;
            if (torrent) {
                candidate.torrentHash = torrent->hash;
                candidate.torrentState = torrent->state;
            }
        } else if (r->trackedState == u"importBlocked"_s) {
            candidate.stage = Stage::Importing;
            candidate.stuck = true;
            candidate.importStuck = true;
            candidate.health = stuckHealth(age);
            candidate.reason = PipelineTracker::tr("Import blocked: %1").arg(message);
            rank = 5;
        } else if (r->trackedState == u"failedPending"_s || r->trackedState == u"failed"_s) {
            candidate.stage = Stage::Downloading;
            candidate.stuck = true;
            candidate.health = Health::Critical;
            candidate.reason = PipelineTracker::tr("Download failed: %1").arg(message);
            if (sab) {
                candidate.sabId = sab->nzoId;
                candidate.sabFailed = sab->status == u"Failed"_s;
                if (!candidate.services.contains(u"sabnzbd"_s))
                    candidate.services.append(u"sabnzbd"_s);
                // SABnzbd's own words name the client and the remedy (retry the job).
                if (candidate.sabFailed)
                    candidate.reason = PipelineTracker::tr("SABnzbd failed: %1")
                                           .arg(sab->failMessage.isEmpty() ? message : sab->failMessage);
            }
            rank = 6;
        } else if (r->status == u"delay"_s) {
            candidate.stage = Stage::Grabbed;
            candidate.health = Health::Ok;
            candidate.reason = PipelineTracker::tr("Waiting (delay profile)");
            rank = 0;
        } else {
            candidate.stage = r->status == u"queued"_s ? Stage::Grabbed : Stage::Downloading;
            candidate.health = Health::Ok;
            candidate.progress = r->size > 0 ? std::clamp(1.0 - r->sizeLeft / r->size, 0.0, 1.0) : 0.0;
            candidate.etaSecs = spanSecs(r->timeLeft);
            candidate.reason = r->status == u"paused"_s ? PipelineTracker::tr("Paused") : QString();
            if (torrent) {
                rank = applyTorrent(candidate, *torrent, age, rank);
            } else if (sab) {
                candidate.progress = sab->percentage / 100.0;
                candidate.etaSecs = spanSecs(sab->timeLeft);
                candidate.sabId = sab->nzoId;
                if (!candidate.services.contains(u"sabnzbd"_s))
                    candidate.services.append(u"sabnzbd"_s);
                if (sab->status == u"Failed"_s) {
                    candidate.stuck = true;
                    candidate.sabFailed = true;
                    candidate.health = Health::Critical;
                    candidate.reason = PipelineTracker::tr("SABnzbd failed: %1").arg(sab->failMessage);
                    rank = 6;
                } else if (sab->inHistory) {
                    candidate.stage = Stage::Importing;
                    candidate.reason = PipelineTracker::tr("Post-processing: %1").arg(sab->status);
                }
            } else if (!r->downloadId.isEmpty() &&
                       ((torrentProtocol && ix.torrentsKnown) || (!torrentProtocol && ix.sabKnown))) {
                candidate.stuck = true;
                candidate.health = stuckHealth(age, Hour);
                candidate.reason = PipelineTracker::tr("Grabbed but not in %1").arg(r->downloadClient);
                rank = 5;
            }
            if (!candidate.stuck && (r->trackedStatus == u"warning"_s || r->trackedStatus == u"error"_s)) {
                candidate.stuck = true;
                candidate.health = r->trackedStatus == u"error"_s ? Health::Critical : stuckHealth(age);
                candidate.reason = PipelineTracker::tr("Needs attention: %1").arg(message);
                rank = 4;
            }
            if (!candidate.stuck && rank == 0)
                rank = 2;
        }
        if (torrentProtocol) {
            if (!ctx.vpnText.isEmpty())
                candidate.chain.append({u"Gluetun"_s, ctx.vpnText, {}});
            rank = applyVpn(candidate, ctx, torrent && torrent->progress >= 1.0, rank);
        }
        if (rank > bestRank) {
            bestRank = rank;
            candidate.chain = base.chain + candidate.chain;
            row = candidate;
        }
    }
    return true;
}

QString historyEventName(HistoryEvent::Type type)
{
    switch (type) {
    case HistoryEvent::Type::Grabbed:
        return PipelineTracker::tr("grabbed");
    case HistoryEvent::Type::Imported:
        return PipelineTracker::tr("imported");
    case HistoryEvent::Type::Failed:
        return PipelineTracker::tr("download failed");
    case HistoryEvent::Type::Ignored:
        return PipelineTracker::tr("ignored");
    case HistoryEvent::Type::Other:
        break;
    }
    return {};
}

ChainLink historyLink(const QString &arrName, const HistoryEvent &e, const QDateTime &now)
{
    return {arrName,
            PipelineTracker::tr("history: %1 %2 ago · %3")
                .arg(historyEventName(e.type), PipelineTracker::ageText(ageOf(e.date, now)), e.sourceTitle),
            [e] {
                return QStringList{field("id", qint64(e.id)),
                                   field("titleId", optionalField(e.titleId)),
                                   field("episodeId", qint64(e.episodeId)),
                                   field("downloadId", e.downloadId),
                                   field("eventType", historyEventName(e.type)),
                                   field("sourceTitle", e.sourceTitle),
                                   field("date", e.date.toString(Qt::ISODate)),
                                   field("data.message", e.message)};
            }};
}

// What a title's history says once its queue lists nothing (PIPELINE-LINKS §3.5): the newest grab,
// import or failure decides; the newest import dates the import.
struct HistoryView
{
    const HistoryEvent *last = nullptr;
    const HistoryEvent *imported = nullptr;
};

HistoryView historyOf(const QList<const HistoryEvent *> &events)
{
    HistoryView view;
    for (const HistoryEvent *e : events) {
        if (e->type == HistoryEvent::Type::Ignored)
            continue;
        if (!view.last)
            view.last = e;
        if (e->type == HistoryEvent::Type::Imported) {
            view.imported = e;
            break;
        }
    }
    return view;
}

// A failed download the queue no longer lists (the *arr removed it, and re-searches if configured).
void applyHistoryFailure(PipelineRow &row, const HistoryEvent &failed, const QString &arrName, JoinContext &ctx)
{
    row.stage = Stage::Downloading;
    row.stuck = true;
    row.health = Health::Critical;
    row.reason = PipelineTracker::tr("Download failed %1 ago: %2")
                     .arg(PipelineTracker::ageText(ageOf(failed.date, ctx.now)),
                          failed.message.isEmpty() ? failed.sourceTitle : failed.message);
    row.chain.append(historyLink(arrName, failed, ctx.now));
    if (!failed.downloadId.isEmpty())
        row.downloadIds.append(failed.downloadId);
    if (const SabJob *sab = ctx.ix.sabById.value(failed.downloadId, nullptr)) {
        ctx.claims.sab.insert(sab->nzoId);
        row.chain.append(sabLink(*sab));
        row.sabId = sab->nzoId;
        row.sabFailed = sab->status == u"Failed"_s;
        row.client = u"SABnzbd"_s;
        if (!row.services.contains(u"sabnzbd"_s))
            row.services.append(u"sabnzbd"_s);
    }
}

// A grab with neither an import nor a failure after it, and no queue record: the download finished
// (or vanished) without the *arr importing it.
void applyHistoryGrab(PipelineRow &row, const HistoryEvent &grab, const QString &arrName, JoinContext &ctx)
{
    const Index &ix = ctx.ix;
    row.chain.append(historyLink(arrName, grab, ctx.now));
    row.downloadIds.append(grab.downloadId);
    const Torrent *torrent = ix.torrentByHash.value(grab.downloadId.toUpper(), nullptr);
    const SabJob *sab = ix.sabById.value(grab.downloadId, nullptr);
    const bool isTorrent = grab.downloadId.size() == 40 && !grab.downloadId.startsWith(u"SABnzbd_"_s);
    const QString clientName = isTorrent ? u"qBittorrent"_s : u"SABnzbd"_s;
    row.client = clientName;
    QDateTime finishedAt;
    bool finished = false;
    if (torrent) {
        ctx.claims.torrents.insert(torrent->hash);
        row.chain.append(torrentLink(*torrent));
        finished = torrent->progress >= 1.0;
        finishedAt = torrent->completedOn;
        if (!finished) {
            row.stage = Stage::Downloading;
            row.health = Health::Ok;
            row.reason = PipelineTracker::tr("Downloading (no longer in %1's queue)").arg(arrName);
            applyTorrent(row, *torrent, ageOf(grab.date, ctx.now), 0);
            return;
        }
        row.torrentHash = torrent->hash;
        row.torrentState = torrent->state;
        if (!row.services.contains(u"qbittorrent"_s))
            row.services.append(u"qbittorrent"_s);
    } else if (sab) {
        ctx.claims.sab.insert(sab->nzoId);
        row.chain.append(sabLink(*sab));
        row.sabId = sab->nzoId;
        if (!row.services.contains(u"sabnzbd"_s))
            row.services.append(u"sabnzbd"_s);
        if (sab->status == u"Failed"_s) {
            row.stage = Stage::Downloading;
            row.stuck = true;
            row.sabFailed = true;
            row.health = Health::Critical;
            row.reason = PipelineTracker::tr("SABnzbd failed: %1").arg(sab->failMessage);
            return;
        }
        finished = sab->inHistory && sab->status == u"Completed"_s;
        finishedAt = sab->completedOn;
        if (!finished) {
            row.stage = sab->inHistory ? Stage::Importing : Stage::Downloading;
            row.health = Health::Ok;
            row.progress = sab->percentage / 100.0;
            row.etaSecs = spanSecs(sab->timeLeft);
            row.reason = sab->inHistory ? PipelineTracker::tr("Post-processing: %1").arg(sab->status)
                                        : PipelineTracker::tr("Downloading (no longer in %1's queue)").arg(arrName);
            return;
        }
    } else {
        const bool known = isTorrent ? ix.torrentsKnown : ix.sabKnown;
        const qint64 age = ageOf(grab.date, ctx.now);
        row.stage = Stage::Grabbed;
        row.health = known ? stuckHealth(age, Hour) : Health::Unknown;
        row.stuck = known;
        row.reason = known ? PipelineTracker::tr("Grabbed %1 ago, not in %2 and not imported")
                                 .arg(PipelineTracker::ageText(age), clientName)
                           : PipelineTracker::tr("Grabbed %1 ago").arg(PipelineTracker::ageText(age));
        return;
    }
    const qint64 waiting = ageOf(finishedAt.isValid() ? finishedAt : grab.date, ctx.now);
    row.stage = Stage::Importing;
    if (waiting >= PipelineTracker::ImportGraceSecs) {
        row.stuck = true;
        row.importStuck = true;
        row.health = stuckHealth(waiting, 6 * Hour);
        row.reason = PipelineTracker::tr("Downloaded but not imported for %1").arg(PipelineTracker::ageText(waiting));
    } else {
        row.health = Health::Ok;
        row.reason = PipelineTracker::tr("Importing");
    }
}

} // namespace

QString PipelineTracker::vpnBlockReason(const MediaSnapshot &snapshot)
{
    if (!snapshot.vpnStatus)
        return {};
    if (*snapshot.vpnStatus != u"running"_s)
        return tr("VPN %1: downloads blocked").arg(*snapshot.vpnStatus);
    if (!snapshot.homeIp.isEmpty() && snapshot.publicIp && *snapshot.publicIp == snapshot.homeIp)
        return tr("VPN leak: public IP %1 is the home IP; downloads blocked").arg(*snapshot.publicIp);
    return {};
}

QList<PipelineRow> PipelineTracker::join(const MediaSnapshot &snapshot, const QDateTime &now)
{
    const Index ix = buildIndex(snapshot);
    JoinContext ctx{ix, now, vpnBlockReason(snapshot), QString(), {}};
    if (snapshot.vpnStatus) {
        ctx.vpnText = *snapshot.vpnStatus;
        if (snapshot.publicIp && !snapshot.publicIp->isEmpty())
            ctx.vpnText += u" · "_s + *snapshot.publicIp;
    }
    QList<PipelineRow> rows;
    rows.reserve(snapshot.requests ? snapshot.requests->size() + 16 : 16);

    static const QList<SeerrRequest> noRequests;
    const QList<SeerrRequest> &requests = snapshot.requests ? *snapshot.requests : noRequests;
    for (const SeerrRequest &request : requests) {
        const bool movie = request.mediaType != u"tv"_s;
        PipelineRow row;
        row.key = u"request:"_s + QString::number(request.id);
        row.mediaType = movie ? u"movie"_s : u"tv"_s;
        row.requestedBy = request.requestedBy;
        row.requestedAt = request.createdAt;
        row.requestId = request.id;
        row.requestStatus = request.status;
        row.services.append(u"seerr"_s);

        const ArrTitle *title = nullptr;
        const auto &byId = movie ? ix.movieById : ix.seriesById;
        if (request.externalServiceId)
            title = byId.value(*request.externalServiceId, nullptr);
        if (!title)
            title = movie ? ix.movieByTmdb.value(request.tmdbId, nullptr)
                          : ix.seriesByTvdb.value(request.tvdbId.value_or(-1), nullptr);
        row.title = title ? title->title : (movie ? tr("Movie (TMDB %1)") : tr("Series (TMDB %1)")).arg(request.tmdbId);
        if (title)
            row.arrId = title->id;

        static const char *const statusNames[] = {"", "pending", "approved", "declined", "failed", "completed"};
        row.chain.append({u"Seerr"_s,
                          tr("Request #%1 · %2 · media status %3")
                              .arg(request.id)
                              .arg(QString::fromLatin1(statusNames[std::clamp(request.status, 0, 5)]))
                              .arg(request.mediaStatus),
                          [request] {
                              QStringList seasons;
                              for (const int season : request.seasons)
                                  seasons.append(QString::number(season));
                              return QStringList{
                                  field("id", qint64(request.id)),
                                  field("status", qint64(request.status)),
                                  field("type", request.mediaType),
                                  field("is4k", request.is4k ? u"true"_s : u"false"_s),
                                  field("serverId", optionalField(request.serverId)),
                                  field("media.id", qint64(request.mediaId)),
                                  field("media.tmdbId", qint64(request.tmdbId)),
                                  field("media.tvdbId", optionalField(request.tvdbId)),
                                  field("media.imdbId", request.imdbId),
                                  field("media.status", qint64(request.mediaStatus)),
                                  field("media.serviceId", optionalField(request.serviceId)),
                                  field("media.externalServiceId", optionalField(request.externalServiceId)),
                                  field("media.jellyfinMediaId", request.jellyfinMediaId),
                                  field("seasons", seasons.join(u',')),
                                  field("requestedBy", request.requestedBy),
                                  field("createdAt", request.createdAt.toString(Qt::ISODate)),
                                  field("updatedAt", request.updatedAt.toString(Qt::ISODate))};
                          }});
        const QString arrName = movie ? u"Radarr"_s : u"Sonarr"_s;
        if (title) {
            row.services.append(movie ? u"radarr"_s : u"sonarr"_s);
            row.chain.append({arrName,
                              tr("#%1 · %2 · %3")
                                  .arg(title->id)
                                  .arg(title->monitored ? tr("monitored") : tr("not monitored"),
                                       title->hasFile ? tr("has file") : tr("no file")),
                              [t = *title] {
                                  return QStringList{field("id", qint64(t.id)),
                                                     field("title", t.title),
                                                     field("year", qint64(t.year)),
                                                     field("tmdbId", qint64(t.tmdbId)),
                                                     field("tvdbId", qint64(t.tvdbId)),
                                                     field("imdbId", t.imdbId),
                                                     field("monitored", t.monitored ? u"true"_s : u"false"_s),
                                                     field("hasFile", t.hasFile ? u"true"_s : u"false"_s),
                                                     field("isAvailable", t.isAvailable ? u"true"_s : u"false"_s),
                                                     field("added", t.added.toString(Qt::ISODate)),
                                                     field("lastSearchTime", t.lastSearchTime.toString(Qt::ISODate))};
                              }});
        } else if ((movie && snapshot.movies) || (!movie && snapshot.series)) {
            row.chain.append({arrName, tr("not added"), {}});
        }

        // Jellyfin match by provider ids (strings).
        const JellyfinItem *item = nullptr;
        if (snapshot.jellyfin) {
            item = ix.jellyfin.value(row.mediaType + u":tmdb:"_s + QString::number(request.tmdbId), nullptr);
            if (!item && request.tvdbId)
                item = ix.jellyfin.value(u"tv:tvdb:"_s + QString::number(*request.tvdbId), nullptr);
            if (!item && !request.imdbId.isEmpty())
                item = ix.jellyfin.value(row.mediaType + u":imdb:"_s + request.imdbId, nullptr);
            std::function<QStringList()> providers;
            if (item) {
                row.services.append(u"jellyfin"_s);
                providers = [it = *item] {
                    QStringList fields;
                    for (auto p = it.providerIds.begin(); p != it.providerIds.end(); ++p)
                        fields.append(u"ProviderIds."_s + p.key() + u'=' + p.value());
                    fields.sort();
                    fields.prepend(field("Type", it.type));
                    fields.prepend(field("Id", it.id));
                    return fields;
                };
            }
            row.chain.append({u"Jellyfin"_s, item ? tr("item %1").arg(item->id) : tr("not in the library"), providers});
        }
        QStringList missingSubtitles;
        if (title && snapshot.subtitles) {
            missingSubtitles = movie ? ix.subtitlesByMovie.value(title->id) : ix.subtitlesBySeries.value(title->id);
            if (!missingSubtitles.isEmpty())
                row.services.append(u"bazarr"_s);
            row.chain.append({u"Bazarr"_s,
                              missingSubtitles.isEmpty() ? tr("no subtitles wanted")
                                                         : tr("wanted: %1").arg(missingSubtitles.join(u", "_s)),
                              {}});
        }

        // Missing episodes of the requested seasons (TV).
        QList<const MissingEpisode *> missing;
        if (!movie && title) {
            const QList<const MissingEpisode *> all = ix.missingBySeries.value(title->id);
            for (const MissingEpisode *e : all) {
                if (e->monitored && (request.seasons.isEmpty() || request.seasons.contains(e->seasonNumber)))
                    missing.append(e);
            }
        }
        // Requested episodes that have not aired yet (Sonarr's calendar; wanted/missing lists only aired ones).
        const CalendarEntry *nextAir = nullptr;
        if (!movie && title) {
            const QList<const CalendarEntry *> all = ix.seriesCalendar.value(title->id);
            for (const CalendarEntry *e : all) {
                if (!e->hasFile && e->monitored && e->releases > now &&
                    (request.seasons.isEmpty() || request.seasons.contains(e->seasonNumber)) &&
                    (!nextAir || e->releases < nextAir->releases))
                    nextAir = e;
            }
        }
        QList<const QueueRecord *> queue;
        if (title) {
            const QList<const QueueRecord *> all =
                movie ? ix.movieQueue.value(title->id) : ix.seriesQueue.value(title->id);
            for (const QueueRecord *r : all) {
                if (movie || request.seasons.isEmpty() || request.seasons.contains(r->seasonNumber))
                    queue.append(r);
            }
        }

        // History keeps the link once the queue record is gone (§3.5).
        const HistoryView history =
            title ? historyOf(movie ? ix.movieHistory.value(title->id) : ix.seriesHistory.value(title->id))
                  : HistoryView{};
        // When the file arrived: Radarr's movieFile.dateAdded, else the newest import in the history.
        QDateTime importedAt = movie && title && title->fileAddedAt.isValid() ? title->fileAddedAt : QDateTime();
        if (!importedAt.isValid() && history.imported)
            importedAt = history.imported->date;

        const qint64 requestAge = ageOf(request.createdAt, now);
        const bool hasFile =
            movie ? (title && title->hasFile) : (title && missing.isEmpty() && snapshot.missingEpisodes && !nextAir);
        if (request.status == int(RequestStatus::Declined)) {
            row.stage = Stage::Declined;
            row.health = Health::Ok;
            row.reason = tr("Declined");
        } else if (request.status == int(RequestStatus::Failed)) {
            row.stage = Stage::Failed;
            row.stuck = true;
            row.health = Health::Critical;
            row.reason = tr("Could not be sent to %1 (retry possible)").arg(arrName);
        } else if (request.status == int(RequestStatus::Pending)) {
            row.stage = Stage::Requested;
            row.stuck = requestAge >= Day;
            row.health = row.stuck ? stuckHealth(requestAge, 3 * Day) : Health::Ok;
            row.reason = tr("Awaiting approval for %1").arg(ageText(requestAge));
        } else if (applyQueue(row, queue, ctx)) {
            // Stage from the queue and the download client.
        } else if (!hasFile && history.last && history.last->type == HistoryEvent::Type::Failed) {
            applyHistoryFailure(row, *history.last, arrName, ctx);
        } else if (!hasFile && history.last && history.last->type == HistoryEvent::Type::Grabbed) {
            applyHistoryGrab(row, *history.last, arrName, ctx);
        } else if (hasFile && !missingSubtitles.isEmpty()) {
            // Bazarr searches right after the import: stuck once that is a while ago (or unknown).
            row.stage = Stage::Subtitles;
            row.stuck = !importedAt.isValid() || ageOf(importedAt, now) >= ImportGraceSecs;
            row.missingSubtitles = true;
            row.health = row.stuck ? Health::Warning : Health::Ok;
            row.reason = tr("Missing subtitles: %1").arg(missingSubtitles.join(u", "_s));
        } else if (hasFile && snapshot.jellyfin && !item) {
            row.stage = Stage::Importing;
            row.health = Health::Ok;
            row.notInLibrary = true;
            row.reason = tr("Imported, not in Jellyfin yet");
            const qint64 since = importedAt.isValid() ? ageOf(importedAt, now) : 0;
            if (history.imported)
                row.chain.append(historyLink(arrName, *history.imported, now));
            if (since >= ImportGraceSecs) {
                row.stuck = true;
                row.health = stuckHealth(since);
                row.reason = tr("Imported %1 ago, not in Jellyfin").arg(ageText(since));
            }
        } else if (hasFile ||
                   ((request.mediaStatus == 5 || request.status == int(RequestStatus::Completed)) && !title)) {
            row.stage = Stage::Available;
            row.health = Health::Ok;
            row.reason = item || !snapshot.jellyfin ? tr("Available") : QString();
        } else if (title && title->monitored) {
            row.stage = Stage::Searching;
            if (movie && !title->isAvailable) {
                row.health = Health::Ok;
                row.reason = tr("Not released yet");
                // Radarr's calendar names the home release (digital, else physical, else cinemas).
                for (const CalendarEntry *e : ix.movieCalendar.value(title->id)) {
                    if (e->releases.isValid() && e->releases > now)
                        row.reason = tr("Not released yet: %1")
                                         .arg(QLocale().toString(e->releases.date(), QLocale::ShortFormat));
                }
            } else if (!movie && missing.isEmpty() && nextAir) {
                row.health = Health::Ok;
                row.reason = tr("Not aired yet: S%1E%2 on %3")
                                 .arg(nextAir->seasonNumber, 2, 10, QLatin1Char('0'))
                                 .arg(nextAir->episodeNumber, 2, 10, QLatin1Char('0'))
                                 .arg(QLocale().toString(nextAir->releases.date(), QLocale::ShortFormat));
            } else {
                QDateTime since = title->added.isValid() ? title->added : request.updatedAt;
                if (request.updatedAt.isValid() && request.updatedAt > since)
                    since = request.updatedAt;
                const qint64 age = ageOf(since, now);
                QDateTime lastSearch = title->lastSearchTime;
                for (const MissingEpisode *e : missing) {
                    if (e->lastSearchTime.isValid() && (!lastSearch.isValid() || e->lastSearchTime > lastSearch))
                        lastSearch = e->lastSearchTime;
                }
                row.stuck = age >= Hour;
                row.health = row.stuck ? stuckHealth(age) : Health::Ok;
                row.reason = row.stuck ? tr("No release found since %1").arg(ageText(age)) : tr("Searching");
                if (lastSearch.isValid())
                    row.chain.append({arrName, tr("last search %1 ago").arg(ageText(ageOf(lastSearch, now))), {}});
            }
        } else if (title) {
            row.stage = Stage::Searching;
            row.health = Health::Warning;
            row.stuck = true;
            row.reason = tr("Not monitored in %1").arg(arrName);
        } else if (request.status == int(RequestStatus::Approved) || request.status == int(RequestStatus::Completed)) {
            row.stage = Stage::Approved;
            const bool arrKnown = movie ? snapshot.movies.has_value() : snapshot.series.has_value();
            row.health = arrKnown ? Health::Ok : Health::Unknown;
            row.reason = tr("Sent to %1").arg(arrName);
        }
        rows.append(row);
    }

    // Queue records that belong to no request: one row per downloadId (delay items: per record).
    auto addUnclaimed = [&](const std::optional<QList<QueueRecord>> &queue, bool movie) {
        if (!queue)
            return;
        QHash<QString, QList<const QueueRecord *>> groups;
        QStringList order;
        for (const QueueRecord &r : *queue) {
            if (ctx.claims.records.contains(&r))
                continue;
            const QString id = r.downloadId.isEmpty() ? u"queue:"_s + QString::number(r.id) : r.downloadId;
            if (!groups.contains(id))
                order.append(id);
            groups[id].append(&r);
        }
        for (const QString &id : order) {
            const QList<const QueueRecord *> &records = groups[id];
            PipelineRow row;
            row.key = u"download:"_s + id;
            row.mediaType = movie ? u"movie"_s : u"tv"_s;
            const QueueRecord *first = records.first();
            const ArrTitle *title =
                first->titleId ? (movie ? ix.movieById : ix.seriesById).value(*first->titleId, nullptr) : nullptr;
            row.title = title ? title->title : first->title;
            row.requestedBy = tr("(no request)");
            row.requestedAt = first->added;
            row.arrId = title ? title->id : 0;
            applyQueue(row, records, ctx);
            rows.append(row);
        }
    };
    addUnclaimed(snapshot.radarrQueue, true);
    addUnclaimed(snapshot.sonarrQueue, false);

    // Client items no *arr tracks (added by hand, or no *arr configured): unfinished or failed ones.
    if (snapshot.torrents) {
        for (const Torrent &t : *snapshot.torrents) {
            if (ctx.claims.torrents.contains(t.hash))
                continue;
            const bool failed = t.state == u"error"_s || t.state == u"missingFiles"_s;
            if (t.progress >= 1.0 && !failed)
                continue;
            PipelineRow row;
            row.key = u"download:"_s + t.hash.toUpper();
            row.title = t.name;
            row.requestedBy = tr("(no request)");
            row.requestedAt = t.addedOn;
            row.stage = Stage::Downloading;
            row.health = Health::Ok;
            row.client = u"qBittorrent"_s;
            row.downloadIds.append(t.hash.toUpper());
            row.chain.append(torrentLink(t));
            if (!ctx.vpnText.isEmpty())
                row.chain.append({u"Gluetun"_s, ctx.vpnText, {}});
            const int rank = applyTorrent(row, t, ageOf(t.addedOn, now), 0);
            applyVpn(row, ctx, false, rank);
            if (row.reason.isEmpty())
                row.reason = tr("Not tracked by Radarr/Sonarr");
            rows.append(row);
        }
    }
    if (snapshot.sabJobs) {
        QSet<QString> seen;
        for (const SabJob &listed : *snapshot.sabJobs) {
            if (ctx.claims.sab.contains(listed.nzoId) || seen.contains(listed.nzoId))
                continue;
            seen.insert(listed.nzoId);
            const SabJob &job = *ix.sabById.value(listed.nzoId);
            const bool failed = job.status == u"Failed"_s;
            if (job.inHistory && !failed)
                continue;
            PipelineRow row;
            row.key = u"download:"_s + job.nzoId;
            row.title = job.name;
            row.requestedBy = tr("(no request)");
            row.stage = Stage::Downloading;
            row.health = failed ? Health::Critical : Health::Ok;
            row.stuck = failed;
            row.sabFailed = failed;
            row.sabId = job.nzoId;
            row.client = u"SABnzbd"_s;
            row.services.append(u"sabnzbd"_s);
            row.progress = job.percentage / 100.0;
            row.etaSecs = spanSecs(job.timeLeft);
            row.downloadIds.append(job.nzoId);
            row.chain.append(sabLink(job));
            row.reason = failed ? tr("SABnzbd failed: %1").arg(job.failMessage) : tr("Not tracked by Radarr/Sonarr");
            rows.append(row);
        }
    }
    return rows;
}

} // namespace KryNet::Media
