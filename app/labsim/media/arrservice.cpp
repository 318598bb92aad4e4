#include "app/labsim/media/arrservice.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "app/labsim/media/mediautil.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

const QJsonObject kEnglish{{u"id"_s, 1}, {u"name"_s, u"English"_s}};

QString commandLabel(const QString &name)
{
    // "MissingEpisodeSearch" → "Missing Episode Search", as commandName shows it.
    QString out;
    for (int i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && !name.at(i - 1).isUpper())
            out += u' ';
        out += name.at(i);
    }
    return out;
}

struct Event
{
    enum Type {
        Grabbed = 1,
        Imported = 3,
        Failed = 4
    };
    qint64 date;
    int jobIndex;
    int episodeIndex; ///< -1 for movies
    Type type;
};

} // namespace

ArrService::ArrService(MediaKind kind, std::shared_ptr<MediaState> state)
    : m_kind(kind)
    , m_state(std::move(state))
{}

QString ArrService::id() const
{
    return sonarr() ? u"sonarr"_s : u"radarr"_s;
}

QJsonObject ArrService::credentials() const
{
    return {{u"apiKey"_s, m_state->apiKey(id())}};
}

HttpResponse ArrService::handle(const HttpRequest &request)
{
    const qint64 now = m_state->now();
    if (request.path == u"/ping"_s)
        return HttpResponse::json(QJsonObject{{u"status"_s, u"OK"_s}});

    // The query parameter wins over the header, then Bearer (arr-common.md).
    QString key = request.queryValue(u"apikey"_s);
    if (key.isEmpty())
        key = QString::fromUtf8(request.header("X-Api-Key"));
    if (key.isEmpty()) {
        const QByteArray authorization = request.header("Authorization");
        if (authorization.startsWith("Bearer "))
            key = QString::fromUtf8(authorization.mid(7)).trimmed();
    }
    if (key != m_state->apiKey(id()))
        return HttpResponse::empty(401);

    const QString path = request.path.endsWith(u'/') ? request.path.chopped(1) : request.path;
    const QString prefix = u"/api/v3"_s;
    if (!path.startsWith(prefix))
        return HttpResponse::empty(404);
    const QString route = path.mid(prefix.size());
    const bool get = request.method == "GET";
    const QJsonObject notFound{{u"message"_s, u"NotFound"_s}};

    if (get && route == u"/system/status"_s)
        return HttpResponse::json(systemStatus(now));
    if (get && route == u"/health"_s)
        return HttpResponse::json(health(now));
    if (get && route == u"/queue"_s) {
        const Page page = Page::from(request);
        const QJsonArray all = queueRecords(request, now);
        return HttpResponse::json(QJsonObject{{u"page"_s, page.page},
                                              {u"pageSize"_s, page.pageSize},
                                              {u"sortKey"_s, u"timeleft"_s},
                                              {u"sortDirection"_s, u"ascending"_s},
                                              {u"totalRecords"_s, all.size()},
                                              {u"records"_s, page.slice(all)}});
    }
    if (get && route == u"/queue/details"_s)
        return HttpResponse::json(queueRecords(request, now));
    if (get && route == u"/queue/status"_s) {
        const QJsonArray all = queueRecords(request, now);
        bool warnings = false;
        bool errors = false;
        for (const QJsonValue &record : all) {
            warnings |= record[u"trackedDownloadStatus"_s].toString() == u"warning"_s;
            errors |= record[u"trackedDownloadStatus"_s].toString() == u"error"_s;
        }
        return HttpResponse::json(QJsonObject{{u"id"_s, 0},
                                              {u"totalCount"_s, all.size()},
                                              {u"count"_s, all.size()},
                                              {u"unknownCount"_s, 0},
                                              {u"errors"_s, errors},
                                              {u"warnings"_s, warnings},
                                              {u"unknownErrors"_s, false},
                                              {u"unknownWarnings"_s, false}});
    }
    if (get && route == u"/history"_s) {
        const Page page = Page::from(request);
        const QJsonArray all = historyRecords(request, now);
        return HttpResponse::json(QJsonObject{{u"page"_s, page.page},
                                              {u"pageSize"_s, page.pageSize},
                                              {u"sortKey"_s, u"date"_s},
                                              {u"sortDirection"_s, u"descending"_s},
                                              {u"totalRecords"_s, all.size()},
                                              {u"records"_s, page.slice(all)}});
    }
    if (get && route == u"/history/since"_s) {
        const QDateTime since = QDateTime::fromString(request.queryValue(u"date"_s), Qt::ISODate);
        if (!since.isValid())
            return HttpResponse::json(QJsonObject{{u"message"_s, u"date is required"_s}}, 400);
        QJsonArray out;
        const QJsonArray all = historyRecords(request, now);
        for (auto it = all.end(); it != all.begin();) {
            --it;
            const QDateTime date = QDateTime::fromString((*it)[u"date"_s].toString(), Qt::ISODate);
            if (date >= since)
                out.append(*it);
        }
        return HttpResponse::json(out);
    }
    if (get && route == u"/wanted/missing"_s) {
        const Page page = Page::from(request);
        const bool monitoredOnly = flag(request, u"monitored"_s, true);
        QJsonArray all;
        if (sonarr()) {
            QList<QPair<qint64, QJsonObject>> rows;
            for (const Title &title : m_state->titles()) {
                if (title.kind != MediaKind::Series || !m_state->inArr(title, now))
                    continue;
                for (const Episode &episode : title.episodes) {
                    const bool monitored = m_state->episodeMonitored(title, episode, now);
                    if (episode.airDate > now || m_state->episodeFileSince(episode, now) < kNever ||
                        (monitoredOnly && !monitored))
                        continue;
                    rows.append({episode.airDate,
                                 episodeResource(title, episode, now, flag(request, u"includeSeries"_s, false))});
                }
            }
            std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            for (const auto &row : rows)
                all.append(row.second);
        } else {
            for (const Title &title : m_state->titles()) {
                if (title.kind != MediaKind::Movie || !m_state->inArr(title, now) || title.releaseDate > now ||
                    m_state->movieFileSince(title, now) < kNever)
                    continue;
                all.append(movieResource(title, now));
            }
        }
        return HttpResponse::json(
            QJsonObject{{u"page"_s, page.page},
                        {u"pageSize"_s, page.pageSize},
                        {u"sortKey"_s, sonarr() ? u"episodes.airDateUtc"_s : u"movieMetadata.sortTitle"_s},
                        {u"sortDirection"_s, sonarr() ? u"descending"_s : u"ascending"_s},
                        {u"totalRecords"_s, all.size()},
                        {u"records"_s, page.slice(all)}});
    }
    if (get && route == u"/calendar"_s) {
        const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
        QDateTime start = QDateTime::fromString(request.queryValue(u"start"_s), Qt::ISODate);
        QDateTime end = QDateTime::fromString(request.queryValue(u"end"_s), Qt::ISODate);
        if (!start.isValid())
            start = QDateTime(today, QTime(0, 0), Qt::UTC);
        if (!end.isValid())
            end = QDateTime(today.addDays(2), QTime(0, 0), Qt::UTC);
        const qint64 from = start.toSecsSinceEpoch();
        const qint64 to = end.toSecsSinceEpoch();
        const bool unmonitored = flag(request, u"unmonitored"_s, false);
        QJsonArray out;
        for (const Title &title : m_state->titles()) {
            if (title.kind != m_kind || !m_state->inArr(title, now))
                continue;
            if (sonarr()) {
                for (const Episode &episode : title.episodes) {
                    if (episode.airDate >= from && episode.airDate < to &&
                        (unmonitored || m_state->episodeMonitored(title, episode, now)))
                        out.append(episodeResource(title, episode, now, flag(request, u"includeSeries"_s, false)));
                }
            } else if (title.releaseDate >= from && title.releaseDate < to) {
                out.append(movieResource(title, now));
            }
        }
        return HttpResponse::json(out);
    }
    if (get && route == u"/command"_s) {
        QJsonArray out;
        for (const Command &command : m_state->commands(m_kind))
            out.append(commandResource(command, now));
        return HttpResponse::json(out);
    }
    if (request.method == "POST" && route == u"/command"_s)
        return postCommand(request, now);
    if (get && route.startsWith(u"/command/"_s)) {
        const int commandId = route.mid(9).toInt();
        for (const Command &command : m_state->commands(m_kind)) {
            if (command.id == commandId)
                return HttpResponse::json(commandResource(command, now));
        }
        return HttpResponse::json(notFound, 404);
    }
    if (get && route == u"/indexer"_s)
        return HttpResponse::json(indexers());
    if (get && route == u"/downloadclient"_s)
        return HttpResponse::json(downloadClients());

    const QString collection = sonarr() ? u"/series"_s : u"/movie"_s;
    if (get && (route == collection || route.startsWith(collection + u'/'))) {
        const bool single = route != collection;
        const int wanted = single ? route.mid(collection.size() + 1).toInt() : 0;
        const QString lookupName = sonarr() ? u"tvdbId"_s : u"tmdbId"_s;
        const int lookup = request.queryValue(lookupName).toInt();
        QJsonArray out;
        for (const Title &title : m_state->titles()) {
            if (title.kind != m_kind || !m_state->inArr(title, now))
                continue;
            if (single && title.arrId != wanted)
                continue;
            if (lookup > 0 && (sonarr() ? title.tvdbId : title.tmdbId) != lookup)
                continue;
            const QJsonObject resource = sonarr() ? seriesResource(title, now) : movieResource(title, now);
            if (single)
                return HttpResponse::json(resource);
            out.append(resource);
        }
        if (single)
            return HttpResponse::json(notFound, 404);
        return HttpResponse::json(out);
    }
    if (sonarr() && get && (route == u"/episode"_s || route.startsWith(u"/episode/"_s))) {
        const bool single = route != u"/episode"_s;
        const int wanted = single ? route.mid(9).toInt() : 0;
        const int seriesId = request.queryValue(u"seriesId"_s).toInt();
        const QList<int> episodeIds = intList(request, u"episodeIds"_s);
        if (!single && seriesId <= 0 && episodeIds.isEmpty())
            return HttpResponse::json(QJsonObject{{u"message"_s, u"seriesId or episodeIds must be provided"_s}}, 400);
        QJsonArray out;
        for (const Title &title : m_state->titles()) {
            if (title.kind != MediaKind::Series || !m_state->inArr(title, now))
                continue;
            if (seriesId > 0 && title.arrId != seriesId)
                continue;
            for (const Episode &episode : title.episodes) {
                if (single && episode.id != wanted)
                    continue;
                if (!episodeIds.isEmpty() && !episodeIds.contains(episode.id))
                    continue;
                const QJsonObject resource =
                    episodeResource(title, episode, now, flag(request, u"includeSeries"_s, false));
                if (single)
                    return HttpResponse::json(resource);
                out.append(resource);
            }
        }
        if (single)
            return HttpResponse::json(notFound, 404);
        return HttpResponse::json(out);
    }
    return HttpResponse::empty(404);
}

QJsonObject ArrService::systemStatus(qint64 now) const
{
    const qint64 started = m_state->epoch() - 3 * 86400 - 4211;
    Q_UNUSED(now);
    QJsonObject status{{u"appName"_s, sonarr() ? u"Sonarr"_s : u"Radarr"_s},
                       {u"instanceName"_s, sonarr() ? u"Sonarr"_s : u"Radarr"_s},
                       {u"version"_s, sonarr() ? u"4.0.15.2941"_s : u"5.26.2.10099"_s},
                       {u"buildTime"_s, isoTime(m_state->epoch() - 62 * 86400)},
                       {u"isDebug"_s, false},
                       {u"isProduction"_s, true},
                       {u"isAdmin"_s, false},
                       {u"isUserInteractive"_s, false},
                       {u"startupPath"_s, u"/app/bin"_s},
                       {u"appData"_s, u"/config"_s},
                       {u"osName"_s, u"ubuntu"_s},
                       {u"osVersion"_s, u"24.04"_s},
                       {u"isNetCore"_s, true},
                       {u"isLinux"_s, true},
                       {u"isOsx"_s, false},
                       {u"isWindows"_s, false},
                       {u"isDocker"_s, true},
                       {u"mode"_s, u"console"_s},
                       {u"branch"_s, sonarr() ? u"main"_s : u"master"_s},
                       {u"authentication"_s, u"forms"_s},
                       {u"migrationVersion"_s, sonarr() ? 219 : 241},
                       {u"urlBase"_s, u""_s},
                       {u"runtimeVersion"_s, u"6.0.36"_s},
                       {u"runtimeName"_s, u".NET"_s},
                       {u"startTime"_s, isoTime(started)},
                       {u"packageVersion"_s, QString(u"ls"_s + QString::number(sonarr() ? 291 : 277))},
                       {u"packageAuthor"_s, u"[linuxserver.io](https://linuxserver.io)"_s},
                       {u"packageUpdateMechanism"_s, u"docker"_s},
                       {u"databaseVersion"_s, u"3.46.1"_s},
                       {u"databaseType"_s, u"sqLite"_s}};
    if (sonarr())
        status.insert(u"sqliteVersion"_s, u"3.46.1"_s); // Radarr's resource has no such field
    return status;
}

QJsonArray ArrService::health(qint64 now) const
{
    Q_UNUSED(now);
    const QString app = sonarr() ? u"sonarr"_s : u"radarr"_s;
    // Sonarr and Radarr serialise the wiki link as a plain string (the v3 spec calls it HttpUri).
    return {QJsonObject{
        {u"id"_s, 1},
        {u"source"_s, u"IndexerStatusCheck"_s},
        {u"type"_s, u"warning"_s},
        {u"message"_s, u"Indexers unavailable due to failures: Tidepool (Prowlarr)"_s},
        {u"wikiUrl"_s, u"https://wiki.servarr.com/%1/system#indexers-are-unavailable-due-to-failures"_s.arg(app)}}};
}

QJsonObject ArrService::quality(const QString &name) const
{
    const bool bluray = name.startsWith(u"Bluray"_s);
    const QString source = bluray ? u"bluray"_s : (sonarr() ? u"web"_s : u"webdl"_s);
    return {{u"quality"_s,
             QJsonObject{{u"id"_s, bluray ? 7 : 3}, {u"name"_s, name}, {u"source"_s, source}, {u"resolution"_s, 1080}}},
            {u"revision"_s, QJsonObject{{u"version"_s, 1}, {u"real"_s, 0}, {u"isRepack"_s, false}}}};
}

QJsonArray ArrService::queueRecords(const HttpRequest &request, qint64 now) const
{
    const QList<int> filterIds = intList(request, sonarr() ? u"seriesIds"_s : u"movieIds"_s);
    const int detailsId = request.queryValue(sonarr() ? u"seriesId"_s : u"movieId"_s).toInt();
    const QString protocolFilter = request.queryValue(u"protocol"_s);
    const bool includeTitle = flag(request, sonarr() ? u"includeSeries"_s : u"includeMovie"_s, false);
    const bool includeEpisode = flag(request, u"includeEpisode"_s, false);

    QList<QPair<qint64, QJsonObject>> rows;
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs[j];
        const Title &title = m_state->titles()[job.titleIndex];
        if (title.kind != m_kind)
            continue;
        const JobTimes t = m_state->times(j, now);
        if (t.grabAt > now || t.importedAt <= now)
            continue;
        if (!filterIds.isEmpty() && !filterIds.contains(title.arrId))
            continue;
        if (detailsId > 0 && title.arrId != detailsId)
            continue;
        const bool torrent = job.protocol == Protocol::Torrent;
        if (!protocolFilter.isEmpty() && protocolFilter != (torrent ? u"torrent"_s : u"usenet"_s))
            continue;

        QString status = u"downloading"_s;
        QString trackedStatus = u"ok"_s;
        QString trackedState = u"downloading"_s;
        QJsonArray messages;
        qint64 secondsLeft = -1;
        const double progress = t.progress;
        switch (t.stage) {
        case Stage::Grabbed:
            status = u"queued"_s;
            break;
        case Stage::Downloading:
            secondsLeft = qint64((1.0 - progress) * job.downloadSecs);
            break;
        case Stage::Paused:
            status = u"paused"_s;
            break;
        case Stage::Stalled:
            status = u"warning"_s;
            trackedStatus = u"warning"_s;
            messages.append(QJsonObject{{u"title"_s, job.releaseTitle},
                                        {u"messages"_s, QJsonArray{u"The download is stalled with no connections"_s}}});
            break;
        case Stage::PostProcessing:
            secondsLeft = 0;
            break;
        case Stage::ImportPending:
            status = u"completed"_s;
            trackedState = u"importPending"_s;
            secondsLeft = 0;
            break;
        case Stage::Importing:
            status = u"completed"_s;
            trackedState = u"importing"_s;
            secondsLeft = 0;
            break;
        case Stage::ImportBlocked:
            status = u"completed"_s;
            trackedStatus = u"warning"_s;
            trackedState = u"importBlocked"_s;
            secondsLeft = 0;
            messages.append(QJsonObject{
                {u"title"_s, job.releaseTitle},
                {u"messages"_s, QJsonArray{u"No files found are eligible for import in /data/downloads/%1/%2"_s.arg(
                                    sonarr() ? u"tv-sonarr"_s : u"radarr"_s, job.releaseTitle)}}});
            break;
        case Stage::Failed:
            // The client reported the failure; failed-download handling marked it (no re-search here).
            status = u"failed"_s;
            trackedStatus = u"error"_s;
            trackedState = u"failed"_s;
            secondsLeft = 0;
            messages.append(
                QJsonObject{{u"title"_s, job.releaseTitle}, {u"messages"_s, QJsonArray{MediaState::sabFailMessage()}}});
            break;
        default:
            break;
        }

        const QList<int> episodes = sonarr() ? job.episodeIndexes : QList<int>{-1};
        for (int episodeIndex : episodes) {
            const Episode *episode = episodeIndex >= 0 ? &title.episodes[episodeIndex] : nullptr;
            const QString downloadId = m_state->downloadId(job);
            QJsonObject record;
            record.insert(u"id"_s,
                          int(stableHash(downloadId + QString::number(episode ? episode->id : 0)) & 0x7fffffff));
            if (sonarr()) {
                record.insert(u"seriesId"_s, title.arrId);
                record.insert(u"episodeId"_s, episode->id);
                record.insert(u"seasonNumber"_s, episode->seasonNumber);
                if (includeTitle)
                    record.insert(u"series"_s, seriesResource(title, now));
                if (includeEpisode)
                    record.insert(u"episode"_s, episodeResource(title, *episode, now, false));
                record.insert(u"episodeHasFile"_s, false);
            } else {
                record.insert(u"movieId"_s, title.arrId);
                if (includeTitle)
                    record.insert(u"movie"_s, movieResource(title, now));
            }
            // A season pack's size is shared evenly by its episode records, as Sonarr reports it.
            const double share = sonarr() ? double(job.episodeIndexes.size()) : 1.0;
            const double size = double(job.size) / share;
            record.insert(u"languages"_s, QJsonArray{kEnglish});
            record.insert(u"quality"_s, quality(title.quality.isEmpty() ? u"WEBDL-1080p"_s : title.quality));
            record.insert(u"customFormats"_s, QJsonArray{});
            record.insert(u"customFormatScore"_s, 0);
            record.insert(u"size"_s, size);
            record.insert(u"title"_s, job.releaseTitle);
            record.insert(u"sizeleft"_s, size * (1.0 - progress));
            record.insert(u"timeleft"_s, secondsLeft >= 0 ? QJsonValue(timeSpan(secondsLeft)) : QJsonValue());
            record.insert(u"estimatedCompletionTime"_s,
                          secondsLeft >= 0 ? QJsonValue(isoTime(now + secondsLeft)) : QJsonValue());
            record.insert(u"added"_s, isoTime(t.grabAt));
            record.insert(u"status"_s, status);
            record.insert(u"trackedDownloadStatus"_s, trackedStatus);
            record.insert(u"trackedDownloadState"_s, trackedState);
            record.insert(u"statusMessages"_s, messages);
            record.insert(u"downloadId"_s, downloadId);
            record.insert(u"protocol"_s, torrent ? u"torrent"_s : u"usenet"_s);
            record.insert(u"downloadClient"_s, torrent ? u"qBittorrent"_s : u"SABnzbd"_s);
            record.insert(u"downloadClientHasPostImportCategory"_s, false);
            record.insert(u"indexer"_s, job.indexer);
            if (t.doneAt <= now) {
                record.insert(u"outputPath"_s, u"/data/downloads/%1/%2"_s.arg(sonarr() ? u"tv-sonarr"_s : u"radarr"_s,
                                                                              job.releaseTitle));
            }
            rows.append({secondsLeft >= 0 ? secondsLeft : kNever, record});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray out;
    for (const auto &row : rows)
        out.append(row.second);
    return out;
}

QJsonArray ArrService::historyRecords(const HttpRequest &request, qint64 now) const
{
    // Every grab, failure and import up to now, oldest first, numbered: ids stay stable as time moves on.
    QList<Event> events;
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        const Title &title = m_state->titles()[jobs[j].titleIndex];
        if (title.kind != m_kind)
            continue;
        const JobTimes t = m_state->times(j, now);
        const QList<int> episodes = sonarr() ? jobs[j].episodeIndexes : QList<int>{-1};
        for (int episodeIndex : episodes) {
            if (t.grabAt <= now)
                events.append({t.grabAt, j, episodeIndex, Event::Grabbed});
            // A failure stays in the history after a retry.
            const qint64 failedAt = jobs[j].retriedAt < kNever ? jobs[j].failedBefore : t.failedAt;
            if (failedAt <= now)
                events.append({failedAt, j, episodeIndex, Event::Failed});
            if (t.importedAt <= now)
                events.append({t.importedAt, j, episodeIndex, Event::Imported});
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.date < b.date; });

    const QString downloadFilter = request.queryValue(u"downloadId"_s);
    const int eventTypeFilter =
        request.query.hasQueryItem(u"eventType"_s) ? request.queryValue(u"eventType"_s).toInt() : -1;
    const QList<int> idFilter = intList(request, sonarr() ? u"seriesIds"_s : u"movieIds"_s);
    const int episodeFilter = request.queryValue(u"episodeId"_s).toInt();
    const bool includeTitle = flag(request, sonarr() ? u"includeSeries"_s : u"includeMovie"_s, false);
    const bool includeEpisode = flag(request, u"includeEpisode"_s, false);

    QJsonArray out;
    for (int i = int(events.size()) - 1; i >= 0; --i) {
        const Event &event = events[i];
        const Job &job = jobs[event.jobIndex];
        const Title &title = m_state->titles()[job.titleIndex];
        const Episode *episode = event.episodeIndex >= 0 ? &title.episodes[event.episodeIndex] : nullptr;
        const QString downloadId = m_state->downloadId(job);
        const int eventType = int(event.type);
        if (!downloadFilter.isEmpty() && downloadFilter != downloadId)
            continue;
        if (eventTypeFilter >= 0 && eventTypeFilter != eventType)
            continue;
        if (!idFilter.isEmpty() && !idFilter.contains(title.arrId))
            continue;
        if (episodeFilter > 0 && (!episode || episode->id != episodeFilter))
            continue;
        const bool torrent = job.protocol == Protocol::Torrent;
        QJsonObject data;
        if (event.type == Event::Failed) {
            data = {{u"downloadClient"_s, u"Sabnzbd"_s},          {u"downloadClientName"_s, u"SABnzbd"_s},
                    {u"message"_s, MediaState::sabFailMessage()}, {u"releaseGroup"_s, title.releaseGroup},
                    {u"size"_s, QString::number(job.size)},       {u"indexer"_s, job.indexer}};
        } else if (event.type == Event::Imported) {
            const QString folder = sonarr() ? u"/data/media/tv/%1/Season %2"_s.arg(title.name).arg(job.season)
                                            : u"/data/media/movies/%1 (%2)"_s.arg(title.name).arg(title.year);
            data = {{u"fileId"_s, QString::number(2000 + event.jobIndex * 40 + (episode ? episode->episodeNumber : 0))},
                    {u"droppedPath"_s,
                     u"/data/downloads/%1/%2/%2.mkv"_s.arg(sonarr() ? u"tv-sonarr"_s : u"radarr"_s, job.releaseTitle)},
                    {u"importedPath"_s, QString(folder + u'/' + job.releaseTitle + u".mkv"_s)},
                    {u"downloadClient"_s, torrent ? u"QBittorrent"_s : u"Sabnzbd"_s},
                    {u"downloadClientName"_s, torrent ? u"qBittorrent"_s : u"SABnzbd"_s},
                    {u"releaseGroup"_s, title.releaseGroup},
                    {u"size"_s, QString::number(job.size)}};
        } else {
            data = {{u"indexer"_s, job.indexer},
                    {u"releaseGroup"_s, title.releaseGroup},
                    {u"age"_s, u"2"_s},
                    {u"ageHours"_s, u"51.2"_s},
                    {u"ageMinutes"_s, u"3072.5"_s},
                    {u"publishedDate"_s, isoTime(event.date - 184350)},
                    {u"downloadClient"_s, torrent ? u"qBittorrent"_s : u"SABnzbd"_s},
                    {u"downloadClientName"_s, torrent ? u"qBittorrent"_s : u"SABnzbd"_s},
                    {u"size"_s, QString::number(job.size)},
                    {u"protocol"_s, torrent ? u"2"_s : u"1"_s},
                    {u"guid"_s, QString(u"https://indexer.lab.example/details/"_s +
                                        QString::number(stableHash(job.releaseTitle)))}};
            if (torrent)
                data.insert(u"torrentInfoHash"_s, job.infohashV1.toUpper());
        }
        QJsonObject record{{u"id"_s, i + 1},
                           {u"sourceTitle"_s, job.releaseTitle},
                           {u"languages"_s, QJsonArray{kEnglish}},
                           {u"quality"_s, quality(title.quality.isEmpty() ? u"WEBDL-1080p"_s : title.quality)},
                           {u"customFormats"_s, QJsonArray{}},
                           {u"customFormatScore"_s, 0},
                           {u"qualityCutoffNotMet"_s, false},
                           {u"date"_s, isoTime(event.date)},
                           {u"downloadId"_s, downloadId},
                           {u"eventType"_s, event.type == Event::Imported ? u"downloadFolderImported"_s
                                            : event.type == Event::Failed ? u"downloadFailed"_s
                                                                          : u"grabbed"_s},
                           {u"data"_s, data}};
        if (sonarr()) {
            record.insert(u"seriesId"_s, title.arrId);
            record.insert(u"episodeId"_s, episode->id);
            if (includeTitle)
                record.insert(u"series"_s, seriesResource(title, now));
            if (includeEpisode)
                record.insert(u"episode"_s, episodeResource(title, *episode, now, false));
        } else {
            record.insert(u"movieId"_s, title.arrId);
            if (includeTitle)
                record.insert(u"movie"_s, movieResource(title, now));
        }
        out.append(record);
    }
    return out;
}

QJsonObject ArrService::seriesResource(const Title &title, qint64 now) const
{
    QJsonArray seasons;
    int seasonCount = 0;
    int files = 0;
    int episodeCount = 0;
    qint64 sizeOnDisk = 0;
    qint64 nextAiring = kNever;
    qint64 previousAiring = 0;
    for (const Episode &episode : title.episodes)
        seasonCount = std::max(seasonCount, episode.seasonNumber);
    for (int season = 1; season <= seasonCount; ++season) {
        int seasonFiles = 0;
        int seasonEpisodes = 0;
        int seasonTotal = 0;
        qint64 seasonSize = 0;
        bool monitored = true;
        for (const Episode &episode : title.episodes) {
            if (episode.seasonNumber != season)
                continue;
            ++seasonTotal;
            monitored = m_state->episodeMonitored(title, episode, now);
            const bool hasFile = m_state->episodeFileSince(episode, now) < kNever;
            if (hasFile) {
                ++seasonFiles;
                seasonSize += episode.size;
            }
            if (hasFile || (monitored && episode.airDate <= now))
                ++seasonEpisodes;
            if (episode.airDate > now)
                nextAiring = std::min(nextAiring, episode.airDate);
            else
                previousAiring = std::max(previousAiring, episode.airDate);
        }
        files += seasonFiles;
        episodeCount += seasonEpisodes;
        sizeOnDisk += seasonSize;
        seasons.append(QJsonObject{
            {u"seasonNumber"_s, season},
            {u"monitored"_s, monitored},
            {u"statistics"_s,
             QJsonObject{{u"episodeFileCount"_s, seasonFiles},
                         {u"episodeCount"_s, seasonEpisodes},
                         {u"totalEpisodeCount"_s, seasonTotal},
                         {u"sizeOnDisk"_s, seasonSize},
                         {u"releaseGroups"_s, seasonFiles > 0 ? QJsonArray{title.releaseGroup} : QJsonArray{}},
                         {u"percentOfEpisodes"_s, seasonEpisodes > 0 ? 100.0 * seasonFiles / seasonEpisodes : 0.0}}}});
    }
    QJsonObject series{
        {u"id"_s, title.arrId},
        {u"title"_s, title.name},
        {u"alternateTitles"_s, QJsonArray{}},
        {u"sortTitle"_s, title.name.toLower()},
        {u"status"_s, title.continuing ? u"continuing"_s : u"ended"_s},
        {u"ended"_s, !title.continuing},
        {u"overview"_s,
         u"%1 follows a small cast through %2 seasons on %3."_s.arg(title.name).arg(seasonCount).arg(title.studio)},
        {u"network"_s, title.studio},
        {u"airTime"_s, u"21:00"_s},
        {u"images"_s, QJsonArray{}},
        {u"originalLanguage"_s, kEnglish},
        {u"seasons"_s, seasons},
        {u"year"_s, title.year},
        {u"path"_s, QString(u"/data/media/tv/"_s + title.name)},
        {u"qualityProfileId"_s, 6},
        {u"seasonFolder"_s, true},
        {u"monitored"_s, true},
        {u"monitorNewItems"_s, u"all"_s},
        {u"useSceneNumbering"_s, false},
        {u"runtime"_s, title.runtime},
        {u"tvdbId"_s, title.tvdbId},
        {u"tvRageId"_s, 0},
        {u"tvMazeId"_s, 0},
        {u"tmdbId"_s, title.tmdbId},
        {u"firstAired"_s, isoTime(title.releaseDate)},
        {u"seriesType"_s, u"standard"_s},
        {u"cleanTitle"_s, QString(title.slug).remove(u'-')},
        {u"imdbId"_s, title.imdbId},
        {u"titleSlug"_s, title.slug},
        {u"rootFolderPath"_s, u"/data/media/tv/"_s},
        {u"certification"_s, title.certification},
        {u"genres"_s, QJsonArray::fromStringList(title.genres)},
        {u"tags"_s, QJsonArray{}},
        {u"added"_s, isoTime(title.arrAddedAt < kNever ? title.arrAddedAt : now)},
        {u"ratings"_s,
         QJsonObject{{u"votes"_s, 1200 + title.tvdbId % 9000}, {u"value"_s, 6.5 + (title.tvdbId % 30) / 10.0}}},
        {u"statistics"_s, QJsonObject{{u"seasonCount"_s, seasonCount},
                                      {u"episodeFileCount"_s, files},
                                      {u"episodeCount"_s, episodeCount},
                                      {u"totalEpisodeCount"_s, int(title.episodes.size())},
                                      {u"sizeOnDisk"_s, sizeOnDisk},
                                      {u"releaseGroups"_s, QJsonArray{title.releaseGroup}},
                                      {u"percentOfEpisodes"_s, episodeCount > 0 ? 100.0 * files / episodeCount : 0.0}}},
        {u"languageProfileId"_s, 1}};
    if (nextAiring < kNever)
        series.insert(u"nextAiring"_s, isoTime(nextAiring));
    if (previousAiring > 0)
        series.insert(u"previousAiring"_s, isoTime(previousAiring));
    if (!title.continuing && previousAiring > 0)
        series.insert(u"lastAired"_s, isoTime(previousAiring));
    return series;
}

QJsonObject ArrService::episodeResource(const Title &title, const Episode &episode, qint64 now,
                                        bool includeSeries) const
{
    const qint64 file = m_state->episodeFileSince(episode, now);
    QJsonObject resource{
        {u"id"_s, episode.id},
        {u"seriesId"_s, title.arrId},
        {u"tvdbId"_s, episode.tvdbId},
        {u"episodeFileId"_s, file < kNever ? 50000 + episode.id : 0},
        {u"seasonNumber"_s, episode.seasonNumber},
        {u"episodeNumber"_s, episode.episodeNumber},
        {u"title"_s, episode.title},
        {u"airDate"_s, QDateTime::fromSecsSinceEpoch(episode.airDate, Qt::UTC).date().toString(Qt::ISODate)},
        {u"airDateUtc"_s, isoTime(episode.airDate)},
        {u"runtime"_s, title.runtime},
        {u"hasFile"_s, file < kNever},
        {u"monitored"_s, m_state->episodeMonitored(title, episode, now)},
        {u"unverifiedSceneNumbering"_s, false}};
    if (episode.jobIndex >= 0) {
        const Job &job = m_state->jobs()[episode.jobIndex];
        if (job.lastSearch <= now)
            resource.insert(u"lastSearchTime"_s, isoTime(job.lastSearch));
        const JobTimes t = m_state->times(episode.jobIndex, now);
        if (t.grabAt <= now)
            resource.insert(u"grabDate"_s, isoTime(t.grabAt));
    }
    if (includeSeries)
        resource.insert(u"series"_s, seriesResource(title, now));
    return resource;
}

QJsonObject ArrService::movieResource(const Title &title, qint64 now) const
{
    const qint64 file = m_state->movieFileSince(title, now);
    const bool hasFile = file < kNever;
    const bool released = title.releaseDate <= now;
    const QString folder = u"%1 (%2)"_s.arg(title.name).arg(title.year);
    QJsonObject movie{
        {u"id"_s, title.arrId},
        {u"title"_s, title.name},
        {u"originalTitle"_s, title.name},
        {u"originalLanguage"_s, kEnglish},
        {u"alternateTitles"_s, QJsonArray{}},
        {u"secondaryYearSourceId"_s, 0},
        {u"sortTitle"_s, title.name.toLower()},
        {u"sizeOnDisk"_s, hasFile ? title.size : 0},
        {u"status"_s, released ? u"released"_s : u"inCinemas"_s},
        {u"overview"_s, u"%1 (%2), from %3."_s.arg(title.name).arg(title.year).arg(title.studio)},
        {u"inCinemas"_s, isoTime(title.releaseDate - 45 * 86400)},
        {u"digitalRelease"_s, isoTime(title.releaseDate)},
        {u"releaseDate"_s, isoTime(title.releaseDate)},
        {u"images"_s, QJsonArray{}},
        {u"website"_s, u""_s},
        {u"year"_s, title.year},
        {u"studio"_s, title.studio},
        {u"path"_s, QString(u"/data/media/movies/"_s + folder)},
        {u"qualityProfileId"_s, 4},
        {u"hasFile"_s, hasFile},
        {u"movieFileId"_s, hasFile ? 3000 + title.arrId : 0},
        {u"monitored"_s, true},
        {u"minimumAvailability"_s, u"released"_s},
        {u"isAvailable"_s, released},
        {u"folderName"_s, QString(u"/data/media/movies/"_s + folder)},
        {u"runtime"_s, title.runtime},
        {u"cleanTitle"_s, QString(title.slug).remove(u'-')},
        {u"imdbId"_s, title.imdbId},
        {u"tmdbId"_s, title.tmdbId},
        {u"titleSlug"_s, title.slug},
        {u"rootFolderPath"_s, u"/data/media/movies/"_s},
        {u"certification"_s, title.certification},
        {u"genres"_s, QJsonArray::fromStringList(title.genres)},
        {u"keywords"_s, QJsonArray{}},
        {u"tags"_s, QJsonArray{}},
        {u"added"_s,
         isoTime(title.arrAddedAt < kNever ? title.arrAddedAt : m_state->times(title.jobIndex, now).addedAt)},
        {u"ratings"_s, QJsonObject{{u"imdb"_s, QJsonObject{{u"votes"_s, 5000 + title.tmdbId % 90000},
                                                           {u"value"_s, 5.8 + (title.tmdbId % 35) / 10.0},
                                                           {u"type"_s, u"user"_s}}},
                                   {u"tmdb"_s, QJsonObject{{u"votes"_s, 300 + title.tmdbId % 4000},
                                                           {u"value"_s, 6.0 + (title.tmdbId % 30) / 10.0},
                                                           {u"type"_s, u"user"_s}}}}},
        {u"popularity"_s, 10.0 + (title.tmdbId % 500) / 10.0},
        {u"statistics"_s, QJsonObject{{u"movieFileCount"_s, hasFile ? 1 : 0},
                                      {u"sizeOnDisk"_s, hasFile ? title.size : 0},
                                      {u"releaseGroups"_s, hasFile ? QJsonArray{title.releaseGroup} : QJsonArray{}}}}};
    if (!released)
        movie.insert(u"physicalRelease"_s, isoTime(title.releaseDate + 30 * 86400));
    if (title.jobIndex >= 0) {
        const Job &job = m_state->jobs()[title.jobIndex];
        if (job.lastSearch <= now)
            movie.insert(u"lastSearchTime"_s, isoTime(job.lastSearch));
    }
    if (hasFile) {
        const QString name = (title.jobIndex >= 0 ? m_state->jobs()[title.jobIndex].releaseTitle : folder) + u".mkv"_s;
        movie.insert(u"movieFile"_s, QJsonObject{{u"id"_s, 3000 + title.arrId},
                                                 {u"movieId"_s, title.arrId},
                                                 {u"relativePath"_s, name},
                                                 {u"path"_s, QString(u"/data/media/movies/"_s + folder + u'/' + name)},
                                                 {u"size"_s, title.size},
                                                 {u"dateAdded"_s, isoTime(file)},
                                                 {u"releaseGroup"_s, title.releaseGroup},
                                                 {u"edition"_s, u""_s},
                                                 {u"languages"_s, QJsonArray{kEnglish}},
                                                 {u"quality"_s, quality(title.quality)},
                                                 {u"customFormats"_s, QJsonArray{}},
                                                 {u"customFormatScore"_s, 0},
                                                 {u"indexerFlags"_s, 0},
                                                 {u"qualityCutoffNotMet"_s, false}});
    }
    return movie;
}

QJsonObject ArrService::commandResource(const Command &command, qint64 now) const
{
    QString status = u"queued"_s;
    if (now >= command.queued + 3)
        status = u"completed"_s;
    else if (now >= command.queued + 1)
        status = u"started"_s;
    const bool done = status == u"completed"_s;
    QJsonObject body{
        {u"sendUpdatesToClient"_s, true}, {u"updateScheduledTask"_s, true}, {u"completionMessage"_s, u"Completed"_s},
        {u"requiresDiskAccess"_s, false}, {u"isExclusive"_s, false},        {u"isLongRunning"_s, false},
        {u"name"_s, command.name},        {u"trigger"_s, u"manual"_s},      {u"suppressMessages"_s, false}};
    QJsonObject resource{{u"id"_s, command.id},
                         {u"name"_s, command.name},
                         {u"commandName"_s, commandLabel(command.name)},
                         {u"body"_s, body},
                         {u"priority"_s, u"normal"_s},
                         {u"status"_s, status},
                         {u"result"_s, done ? u"successful"_s : u"unknown"_s},
                         {u"queued"_s, isoTime(command.queued)},
                         {u"trigger"_s, u"manual"_s},
                         {u"stateChangeTime"_s, isoTime(std::min(now, command.queued + (done ? 3 : 1)))},
                         {u"sendUpdatesToClient"_s, true},
                         {u"updateScheduledTask"_s, true}};
    if (status != u"queued"_s)
        resource.insert(u"started"_s, isoTime(command.queued + 1));
    if (done) {
        resource.insert(u"ended"_s, isoTime(command.queued + 3));
        resource.insert(u"duration"_s, timeSpan(2));
        resource.insert(u"message"_s, command.message);
    }
    return resource;
}

HttpResponse ArrService::postCommand(const HttpRequest &request, qint64 now)
{
    const QJsonObject body = request.json().object();
    const QString requested = body.value(u"name"_s).toString();
    const QStringList known = sonarr() ? QStringList{u"SeriesSearch"_s,  u"EpisodeSearch"_s,
                                                     u"SeasonSearch"_s,  u"MissingEpisodeSearch"_s,
                                                     u"RefreshSeries"_s, u"RefreshMonitoredDownloads"_s,
                                                     u"RssSync"_s,       u"DownloadedEpisodesScan"_s,
                                                     u"ManualImport"_s}
                                       : QStringList{u"MoviesSearch"_s, u"MissingMoviesSearch"_s,
                                                     u"RefreshMovie"_s, u"RefreshMonitoredDownloads"_s,
                                                     u"RssSync"_s,      u"DownloadedMoviesScan"_s,
                                                     u"ManualImport"_s};
    QString name;
    for (const QString &candidate : known) {
        if (candidate.compare(requested, Qt::CaseInsensitive) == 0)
            name = candidate;
    }
    if (name.isEmpty()) {
        return HttpResponse::json(QJsonArray{QJsonObject{{u"propertyName"_s, u"Name"_s},
                                                         {u"errorMessage"_s, u"Unknown command '%1'"_s.arg(requested)},
                                                         {u"severity"_s, u"error"_s}}},
                                  400);
    }
    QString message = u"Completed"_s;
    if (name == u"SeriesSearch"_s || name == u"SeasonSearch"_s || name == u"RefreshSeries"_s) {
        m_state->search(MediaKind::Series, body.value(u"seriesId"_s).toInt(), now);
    } else if (name == u"EpisodeSearch"_s) {
        const QJsonArray ids = body.value(u"episodeIds"_s).toArray();
        for (const Title &title : m_state->titles()) {
            for (const Episode &episode : title.episodes) {
                for (const QJsonValue &idValue : ids) {
                    if (title.kind == MediaKind::Series && idValue.toInt() == episode.id)
                        m_state->search(MediaKind::Series, title.arrId, now);
                }
            }
        }
    } else if (name == u"MoviesSearch"_s || name == u"RefreshMovie"_s) {
        const QJsonArray ids = body.value(u"movieIds"_s).toArray();
        for (const QJsonValue &idValue : ids)
            m_state->search(MediaKind::Movie, idValue.toInt(), now);
        if (body.contains(u"movieId"_s))
            m_state->search(MediaKind::Movie, body.value(u"movieId"_s).toInt(), now);
    } else if (name == u"MissingEpisodeSearch"_s || name == u"MissingMoviesSearch"_s) {
        m_state->searchAllMissing(m_kind, now);
    }
    if (name.endsWith(u"Search"_s))
        message = u"Search completed"_s;
    const int commandId = m_state->addCommand(m_kind, name, message, now);
    for (const Command &command : m_state->commands(m_kind)) {
        if (command.id == commandId)
            return HttpResponse::json(commandResource(command, now), 201);
    }
    return HttpResponse::empty(500);
}

QJsonArray ArrService::indexers() const
{
    struct Entry
    {
        int id;
        int prowlarrId;
        const char16_t *name;
        bool torrent;
    };
    const Entry entries[] = {{1, 1, u"Lumen", true},
                             {2, 2, u"ShelfLife", true},
                             {3, 3, u"Parcel", false},
                             {4, 4, u"Tidepool", true},
                             {5, 5, u"Basalt", false}};
    QJsonArray out;
    for (const Entry &entry : entries) {
        const QString kind = entry.torrent ? u"Torznab"_s : u"Newznab"_s;
        out.append(QJsonObject{
            {u"id"_s, entry.id},
            {u"name"_s, QString(QString::fromUtf16(entry.name) + u" (Prowlarr)"_s)},
            {u"fields"_s, QJsonArray{QJsonObject{{u"order"_s, 0},
                                                 {u"name"_s, u"baseUrl"_s},
                                                 {u"label"_s, u"URL"_s},
                                                 {u"value"_s, u"http://prowlarr:9696/%1/"_s.arg(entry.prowlarrId)},
                                                 {u"type"_s, u"textbox"_s},
                                                 {u"advanced"_s, false},
                                                 {u"privacy"_s, u"normal"_s},
                                                 {u"isFloat"_s, false}},
                                     QJsonObject{{u"order"_s, 1},
                                                 {u"name"_s, u"apiPath"_s},
                                                 {u"label"_s, u"API Path"_s},
                                                 {u"value"_s, u"/api"_s},
                                                 {u"type"_s, u"textbox"_s},
                                                 {u"advanced"_s, true},
                                                 {u"privacy"_s, u"normal"_s},
                                                 {u"isFloat"_s, false}}}},
            {u"implementationName"_s, kind},
            {u"implementation"_s, kind},
            {u"configContract"_s, QString(kind + u"Settings"_s)},
            {u"infoLink"_s, u"https://wiki.servarr.com/%1/supported#%2"_s.arg(id(), kind.toLower())},
            {u"tags"_s, QJsonArray{}},
            {u"enableRss"_s, true},
            {u"enableAutomaticSearch"_s, true},
            {u"enableInteractiveSearch"_s, true},
            {u"supportsRss"_s, true},
            {u"supportsSearch"_s, true},
            {u"protocol"_s, entry.torrent ? u"torrent"_s : u"usenet"_s},
            {u"priority"_s, 25},
            {u"downloadClientId"_s, 0}});
        if (sonarr())
            out.last() = [&] {
                QJsonObject copy = out.last().toObject();
                copy.insert(u"seasonSearchMaximumSingleEpisodeAge"_s, 0);
                return copy;
            }();
    }
    return out;
}

QJsonArray ArrService::downloadClients() const
{
    const QString category = sonarr() ? u"tv-sonarr"_s : u"radarr"_s;
    auto field = [](int order, const QString &name, const QJsonValue &value) {
        return QJsonObject{{u"order"_s, order},       {u"name"_s, name},      {u"value"_s, value},
                           {u"type"_s, u"textbox"_s}, {u"advanced"_s, false}, {u"privacy"_s, u"normal"_s},
                           {u"isFloat"_s, false}};
    };
    return {QJsonObject{{u"id"_s, 1},
                        {u"name"_s, u"qBittorrent"_s},
                        {u"fields"_s, QJsonArray{field(0, u"host"_s, u"gluetun"_s), field(1, u"port"_s, 8080),
                                                 field(2, sonarr() ? u"tvCategory"_s : u"movieCategory"_s, category)}},
                        {u"implementationName"_s, u"qBittorrent"_s},
                        {u"implementation"_s, u"QBittorrent"_s},
                        {u"configContract"_s, u"QBittorrentSettings"_s},
                        {u"tags"_s, QJsonArray{}},
                        {u"enable"_s, true},
                        {u"protocol"_s, u"torrent"_s},
                        {u"priority"_s, 1},
                        {u"removeCompletedDownloads"_s, true},
                        {u"removeFailedDownloads"_s, true}},
            QJsonObject{{u"id"_s, 2},
                        {u"name"_s, u"SABnzbd"_s},
                        {u"fields"_s, QJsonArray{field(0, u"host"_s, u"gluetun"_s), field(1, u"port"_s, 8085),
                                                 field(2, sonarr() ? u"tvCategory"_s : u"movieCategory"_s,
                                                       sonarr() ? u"tv"_s : u"movies"_s)}},
                        {u"implementationName"_s, u"SABnzbd"_s},
                        {u"implementation"_s, u"Sabnzbd"_s},
                        {u"configContract"_s, u"SabnzbdSettings"_s},
                        {u"tags"_s, QJsonArray{}},
                        {u"enable"_s, true},
                        {u"protocol"_s, u"usenet"_s},
                        {u"priority"_s, 1},
                        {u"removeCompletedDownloads"_s, true},
                        {u"removeFailedDownloads"_s, true}}};
}

} // namespace KryNet::LabSim::Media
