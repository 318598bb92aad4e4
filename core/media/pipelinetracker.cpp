#include "core/media/pipelinetracker.h"

#include <QHash>
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
    return days * Day + parts[0].toLongLong() * Hour + parts[1].toLongLong() * 60 + qint64(parts[2].toDouble());
}

struct Index
{
    QHash<int, const ArrTitle *> movieById, movieByTmdb, seriesById, seriesByTvdb;
    QHash<int, QList<const QueueRecord *>> movieQueue, seriesQueue;
    QHash<QString, const Torrent *> torrentByHash; // upper case: hash, v1, first 40 of v2
    QHash<QString, const SabJob *> sabById;
    QHash<int, QList<const MissingEpisode *>> missingBySeries;
    QHash<int, QStringList> subtitlesByMovie, subtitlesBySeries;
    QHash<QString, const JellyfinItem *> jellyfin; // "movie:tmdb:603", "series:tvdb:121361"
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
        for (const Torrent &t : *s.torrents) {
            ix.torrentByHash.insert(t.hash.toUpper(), &t);
            if (!t.infohashV1.isEmpty())
                ix.torrentByHash.insert(t.infohashV1.toUpper(), &t);
            if (t.infohashV2.size() >= 40)
                ix.torrentByHash.insert(t.infohashV2.left(40).toUpper(), &t);
        }
    }
    if (s.sabJobs) {
        for (const SabJob &j : *s.sabJobs) {
            // The history entry of a job wins over a stale queue entry (queue → history move).
            if (!ix.sabById.contains(j.nzoId) || j.inHistory)
                ix.sabById.insert(j.nzoId, &j);
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
        return tr("%1 days").arg(secs / Day);
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

// Applies the queue records of one title (grouped by downloadId) to @p row; true when any applied.
bool applyQueue(PipelineRow &row, const QList<const QueueRecord *> &records, const Index &ix, const QDateTime &now)
{
    if (records.isEmpty())
        return false;
    // One record per download (Sonarr: season packs share one downloadId); the worst one decides.
    QList<const QueueRecord *> downloads;
    QSet<QString> seen;
    for (const QueueRecord *r : records) {
        const QString id = r->downloadId.isEmpty() ? u"queue:"_s + QString::number(r->id) : r->downloadId;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        downloads.append(r);
    }
    int bestRank = -1;
    for (const QueueRecord *r : downloads) {
        PipelineRow candidate = row;
        candidate.chain.clear();
        int rank = 0;
        const Torrent *torrent = ix.torrentByHash.value(r->downloadId.toUpper(), nullptr);
        const SabJob *sab = ix.sabById.value(r->downloadId, nullptr);
        const bool torrentProtocol = r->protocol == u"torrent"_s;
        candidate.client = r->downloadClient;
        candidate.indexer = r->indexer;
        if (!r->downloadId.isEmpty())
            candidate.downloadIds.append(r->downloadId);
        const qint64 age = ageOf(r->added, now);
        const QString message = r->messages.isEmpty() ? r->trackedStatus : r->messages.first();
        candidate.chain.append(
            {u"queue"_s, QCoreApplication::translate("KryNet::Media::PipelineTracker", "%1 · %2 / %3 · %4")
                             .arg(r->status, r->trackedState, r->trackedStatus, r->title)});
        if (r->trackedState == u"importPending"_s || r->trackedState == u"importing"_s) {
            candidate.stage = Stage::Importing;
            candidate.health = Health::Ok;
            candidate.reason = QCoreApplication::translate("KryNet::Media::PipelineTracker", "Importing");
            rank = 1;
        } else if (r->trackedState == u"importBlocked"_s) {
            candidate.stage = Stage::Importing;
            candidate.stuck = true;
            candidate.health = stuckHealth(age);
            candidate.reason =
                QCoreApplication::translate("KryNet::Media::PipelineTracker", "Import blocked: %1").arg(message);
            rank = 5;
        } else if (r->trackedState == u"failedPending"_s || r->trackedState == u"failed"_s) {
            candidate.stage = Stage::Downloading;
            candidate.stuck = true;
            candidate.health = Health::Critical;
            candidate.reason =
                QCoreApplication::translate("KryNet::Media::PipelineTracker", "Download failed: %1").arg(message);
            rank = 6;
        } else if (r->status == u"delay"_s) {
            candidate.stage = Stage::Grabbed;
            candidate.health = Health::Ok;
            candidate.reason = QCoreApplication::translate("KryNet::Media::PipelineTracker", "Waiting (delay profile)");
            rank = 0;
        } else {
            candidate.stage = r->status == u"queued"_s ? Stage::Grabbed : Stage::Downloading;
            candidate.health = Health::Ok;
            candidate.progress = r->size > 0 ? std::clamp(1.0 - r->sizeLeft / r->size, 0.0, 1.0) : 0.0;
            candidate.etaSecs = spanSecs(r->timeLeft);
            candidate.reason = r->status == u"paused"_s
                                   ? QCoreApplication::translate("KryNet::Media::PipelineTracker", "Paused")
                                   : QString();
            if (torrent) {
                candidate.progress = torrent->progress;
                candidate.etaSecs = torrent->eta < 8640000 ? torrent->eta : -1;
                const QString state = torrent->state;
                if (state == u"stalledDL"_s) {
                    candidate.stuck = true;
                    candidate.health = stuckHealth(age);
                    candidate.reason =
                        torrent->numSeeds == 0
                            ? QCoreApplication::translate("KryNet::Media::PipelineTracker", "Stalled: no seeds")
                            : QCoreApplication::translate("KryNet::Media::PipelineTracker", "Stalled at %1")
                                  .arg(percent(torrent->progress));
                    rank = 4;
                } else if (state == u"metaDL"_s || state == u"forcedMetaDL"_s) {
                    candidate.stage = Stage::Grabbed;
                    candidate.reason =
                        QCoreApplication::translate("KryNet::Media::PipelineTracker", "Fetching metadata");
                    if (age > Hour) {
                        candidate.stuck = true;
                        candidate.health = stuckHealth(age);
                        candidate.reason =
                            QCoreApplication::translate("KryNet::Media::PipelineTracker", "No metadata since %1")
                                .arg(PipelineTracker::ageText(age));
                        rank = 4;
                    }
                } else if (state == u"error"_s || state == u"missingFiles"_s) {
                    candidate.stuck = true;
                    candidate.health = Health::Critical;
                    candidate.reason =
                        state == u"error"_s
                            ? QCoreApplication::translate("KryNet::Media::PipelineTracker", "Torrent error")
                            : QCoreApplication::translate("KryNet::Media::PipelineTracker", "Torrent files missing");
                    rank = 6;
                } else if (state == u"pausedDL"_s || state == u"stoppedDL"_s) {
                    candidate.reason =
                        QCoreApplication::translate("KryNet::Media::PipelineTracker", "Paused in qBittorrent");
                    candidate.health = Health::Warning;
                    rank = 3;
                }
                candidate.chain.append({u"qBittorrent"_s, QCoreApplication::translate("KryNet::Media::PipelineTracker",
                                                                                      "%1 · %2 · %3 seeds · %4 KiB/s")
                                                              .arg(state, percent(torrent->progress))
                                                              .arg(torrent->numSeeds)
                                                              .arg(torrent->dlspeed / 1024)});
            } else if (sab) {
                candidate.progress = sab->percentage / 100.0;
                candidate.etaSecs = spanSecs(sab->timeLeft);
                if (sab->status == u"Failed"_s) {
                    candidate.stuck = true;
                    candidate.health = Health::Critical;
                    candidate.reason =
                        QCoreApplication::translate("KryNet::Media::PipelineTracker", "SABnzbd failed: %1")
                            .arg(sab->failMessage);
                    rank = 6;
                } else if (sab->inHistory) {
                    candidate.stage = Stage::Importing;
                    candidate.reason =
                        QCoreApplication::translate("KryNet::Media::PipelineTracker", "Post-processing: %1")
                            .arg(sab->status);
                }
                candidate.chain.append(
                    {u"SABnzbd"_s, QCoreApplication::translate("KryNet::Media::PipelineTracker", "%1 · %2 %")
                                       .arg(sab->status)
                                       .arg(sab->percentage)});
            } else if (!r->downloadId.isEmpty() && ((torrentProtocol && ix.torrentByHash.size() > 0) ||
                                                    (!torrentProtocol && ix.sabById.size() > 0))) {
                candidate.stuck = true;
                candidate.health = stuckHealth(age, Hour);
                candidate.reason =
                    QCoreApplication::translate("KryNet::Media::PipelineTracker", "Grabbed but not in %1")
                        .arg(r->downloadClient);
                rank = 5;
            }
            if (!candidate.stuck && (r->trackedStatus == u"warning"_s || r->trackedStatus == u"error"_s)) {
                candidate.stuck = true;
                candidate.health = r->trackedStatus == u"error"_s ? Health::Critical : stuckHealth(age);
                candidate.reason =
                    QCoreApplication::translate("KryNet::Media::PipelineTracker", "Needs attention: %1").arg(message);
                rank = 4;
            }
            if (!candidate.stuck && rank == 0)
                rank = 2;
        }
        if (rank > bestRank) {
            bestRank = rank;
            candidate.chain = row.chain + candidate.chain;
            row = candidate;
        }
    }
    return true;
}

} // namespace

QList<PipelineRow> PipelineTracker::join(const MediaSnapshot &snapshot, const QDateTime &now)
{
    const Index ix = buildIndex(snapshot);
    QList<PipelineRow> rows;
    QSet<QString> claimed; // downloadIds that belong to a request

    const QList<SeerrRequest> requests = snapshot.requests.value_or(QList<SeerrRequest>{});
    for (const SeerrRequest &request : requests) {
        const bool movie = request.mediaType != u"tv"_s;
        PipelineRow row;
        row.key = u"request:"_s + QString::number(request.id);
        row.mediaType = movie ? u"movie"_s : u"tv"_s;
        row.requestedBy = request.requestedBy;
        row.requestedAt = request.createdAt;
        row.requestId = request.id;
        row.requestStatus = request.status;

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
        row.chain.append({u"Seerr"_s, tr("Request #%1 · %2 · media status %3")
                                          .arg(request.id)
                                          .arg(QString::fromLatin1(statusNames[std::clamp(request.status, 0, 5)]))
                                          .arg(request.mediaStatus)});
        const QString arrName = movie ? u"Radarr"_s : u"Sonarr"_s;
        if (title) {
            row.chain.append({arrName, tr("#%1 · %2 · %3")
                                           .arg(title->id)
                                           .arg(title->monitored ? tr("monitored") : tr("not monitored"),
                                                title->hasFile ? tr("has file") : tr("no file"))});
        } else if ((movie && snapshot.movies) || (!movie && snapshot.series)) {
            row.chain.append({arrName, tr("not added")});
        }

        // Jellyfin match by provider ids (strings).
        const JellyfinItem *item = nullptr;
        if (snapshot.jellyfin) {
            item = ix.jellyfin.value(row.mediaType + u":tmdb:"_s + QString::number(request.tmdbId), nullptr);
            if (!item && request.tvdbId)
                item = ix.jellyfin.value(u"tv:tvdb:"_s + QString::number(*request.tvdbId), nullptr);
            if (!item && !request.imdbId.isEmpty())
                item = ix.jellyfin.value(row.mediaType + u":imdb:"_s + request.imdbId, nullptr);
            row.chain.append({u"Jellyfin"_s, item ? tr("item %1").arg(item->id) : tr("not in the library")});
        }
        QStringList missingSubtitles;
        if (title && snapshot.subtitles) {
            missingSubtitles = movie ? ix.subtitlesByMovie.value(title->id) : ix.subtitlesBySeries.value(title->id);
            row.chain.append({u"Bazarr"_s, missingSubtitles.isEmpty()
                                               ? tr("no subtitles wanted")
                                               : tr("wanted: %1").arg(missingSubtitles.join(u", "_s))});
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
        QList<const QueueRecord *> queue;
        if (title) {
            const QList<const QueueRecord *> all =
                movie ? ix.movieQueue.value(title->id) : ix.seriesQueue.value(title->id);
            for (const QueueRecord *r : all) {
                if (movie || request.seasons.isEmpty() || request.seasons.contains(r->seasonNumber))
                    queue.append(r);
            }
        }
        for (const QueueRecord *r : queue)
            claimed.insert(r->downloadId);

        const qint64 requestAge = ageOf(request.createdAt, now);
        const bool hasFile =
            movie ? (title && title->hasFile) : (title && missing.isEmpty() && snapshot.missingEpisodes);
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
        } else if (applyQueue(row, queue, ix, now)) {
            // Stage from the queue and the download client.
        } else if (hasFile && !missingSubtitles.isEmpty()) {
            row.stage = Stage::Subtitles;
            row.stuck = true;
            row.health = Health::Warning;
            row.reason = tr("Missing subtitles: %1").arg(missingSubtitles.join(u", "_s));
        } else if (hasFile && snapshot.jellyfin && !item) {
            row.stage = Stage::Importing;
            row.health = Health::Ok;
            row.reason = tr("Imported, not in Jellyfin yet");
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
                    row.chain.append({arrName, tr("last search %1 ago").arg(ageText(ageOf(lastSearch, now)))});
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

    // Downloads that belong to no request: one row per downloadId.
    auto addUnclaimed = [&](const std::optional<QList<QueueRecord>> &queue, bool movie) {
        if (!queue)
            return;
        QHash<QString, QList<const QueueRecord *>> groups;
        QStringList order;
        for (const QueueRecord &r : *queue) {
            const QString id = r.downloadId.isEmpty() ? u"queue:"_s + QString::number(r.id) : r.downloadId;
            if (claimed.contains(r.downloadId) && !r.downloadId.isEmpty())
                continue;
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
            applyQueue(row, records, ix, now);
            claimed.insert(first->downloadId);
            rows.append(row);
        }
    };
    addUnclaimed(snapshot.radarrQueue, true);
    addUnclaimed(snapshot.sonarrQueue, false);
    return rows;
}

} // namespace KryNet::Media
