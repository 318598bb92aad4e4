#include "core/media/mediaparsers.h"
#include "core/common/numbers.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace KryNet::Media
{
namespace
{

Error parseError(const QString &what)
{
    return Error(Error::Code::Parse, QStringLiteral("Unexpected media service answer"), what);
}

// Optional int: absent/null → empty; a number → value; anything else → invalid.
bool optionalInt(const QJsonValue &value, std::optional<int> &out)
{
    if (value.isUndefined() || value.isNull()) {
        out.reset();
        return true;
    }
    if (!value.isDouble())
        return false;
    out = value.toInt();
    return true;
}

bool isIntOrNull(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || value.isDouble();
}

bool isStringOrNull(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || value.isString();
}

// SABnzbd numbers are strings ("12.5"); accept numbers too.
double sabNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    return ok ? number : 0.0;
}

Result<QJsonArray> recordsOf(const QJsonDocument &document, const QString &key)
{
    if (document.isArray())
        return document.array();
    if (!document.isObject())
        return parseError(u"expected an object or an array"_s);
    const QJsonValue records = document.object().value(key);
    if (!records.isArray())
        return parseError(u"'%1' is not an array"_s.arg(key));
    return records.toArray();
}

} // namespace

QDateTime parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

Result<QList<SeerrRequest>> parseSeerrRequests(const QJsonDocument &document)
{
    auto records = recordsOf(document, u"results"_s);
    if (!records)
        return records.error();
    QList<SeerrRequest> out;
    for (const QJsonValue &value : *records) {
        if (!value.isObject())
            return parseError(u"request is not an object"_s);
        const QJsonObject o = value.toObject();
        const QJsonObject media = o.value(u"media"_s).toObject();
        if (!o.value(u"id"_s).isDouble() || !o.value(u"status"_s).isDouble() || !media.value(u"tmdbId"_s).isDouble())
            return parseError(u"request without id, status or media.tmdbId"_s);
        SeerrRequest r;
        r.id = o.value(u"id"_s).toInt();
        r.status = o.value(u"status"_s).toInt();
        r.is4k = o.value(u"is4k"_s).toBool();
        r.mediaType = o.value(u"type"_s).toString(media.value(u"mediaType"_s).toString());
        const QString suffix = r.is4k ? u"4k"_s : QString();
        if (!optionalInt(o.value(u"serverId"_s), r.serverId) || !optionalInt(media.value(u"tvdbId"_s), r.tvdbId) ||
            !optionalInt(media.value(u"serviceId"_s + suffix), r.serviceId) ||
            !optionalInt(media.value(u"externalServiceId"_s + suffix), r.externalServiceId) ||
            !isIntOrNull(media.value(u"status"_s + suffix)) || !isStringOrNull(media.value(u"imdbId"_s)) ||
            !isStringOrNull(media.value(u"jellyfinMediaId"_s + suffix)))
            return parseError(u"request %1: a media field has the wrong type"_s.arg(r.id));
        r.mediaId = media.value(u"id"_s).toInt();
        r.tmdbId = media.value(u"tmdbId"_s).toInt();
        r.imdbId = media.value(u"imdbId"_s).toString();
        r.mediaStatus = media.value(u"status"_s + suffix).toInt();
        r.jellyfinMediaId = media.value(u"jellyfinMediaId"_s + suffix).toString();
        const QJsonArray seasons = o.value(u"seasons"_s).toArray();
        for (const QJsonValue &season : seasons)
            r.seasons.append(season[u"seasonNumber"_s].toInt());
        const QJsonObject user = o.value(u"requestedBy"_s).toObject();
        r.requestedBy = user.value(u"displayName"_s).toString(user.value(u"username"_s).toString());
        r.createdAt = parseTime(o.value(u"createdAt"_s));
        r.updatedAt = parseTime(o.value(u"updatedAt"_s));
        out.append(r);
    }
    return out;
}

Result<QList<ArrTitle>> parseArrTitles(const QJsonDocument &document)
{
    if (!document.isArray())
        return parseError(u"title list is not an array"_s);
    QList<ArrTitle> out;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        if (!o.value(u"id"_s).isDouble() || !o.value(u"title"_s).isString())
            return parseError(u"title without id or title"_s);
        if (!isIntOrNull(o.value(u"tmdbId"_s)) || !isIntOrNull(o.value(u"tvdbId"_s)))
            return parseError(u"title %1: tmdbId/tvdbId is not a number"_s.arg(o.value(u"id"_s).toInt()));
        ArrTitle t;
        t.id = o.value(u"id"_s).toInt();
        t.title = o.value(u"title"_s).toString();
        t.year = o.value(u"year"_s).toInt();
        t.tmdbId = o.value(u"tmdbId"_s).toInt();
        t.tvdbId = o.value(u"tvdbId"_s).toInt();
        t.imdbId = o.value(u"imdbId"_s).toString();
        t.monitored = o.value(u"monitored"_s).toBool();
        if (o.contains(u"hasFile"_s)) {
            t.hasFile = o.value(u"hasFile"_s).toBool();
        } else {
            const QJsonObject stats = o.value(u"statistics"_s).toObject();
            const int files = stats.value(u"episodeFileCount"_s).toInt();
            t.hasFile = files > 0 && files >= stats.value(u"episodeCount"_s).toInt();
        }
        t.isAvailable = o.value(u"isAvailable"_s).toBool(true);
        t.added = parseTime(o.value(u"added"_s));
        t.lastSearchTime = parseTime(o.value(u"lastSearchTime"_s));
        t.fileAddedAt = parseTime(o.value(u"movieFile"_s).toObject().value(u"dateAdded"_s));
        out.append(t);
    }
    return out;
}

Result<QList<QueueRecord>> parseArrQueue(const QJsonDocument &document)
{
    auto records = recordsOf(document, u"records"_s);
    if (!records)
        return records.error();
    QList<QueueRecord> out;
    for (const QJsonValue &value : *records) {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !o.value(u"id"_s).isDouble())
            return parseError(u"queue record without id"_s);
        QueueRecord r;
        r.id = o.value(u"id"_s).toInt();
        const QJsonValue titleId = o.contains(u"movieId"_s) ? o.value(u"movieId"_s) : o.value(u"seriesId"_s);
        if (!optionalInt(titleId, r.titleId) || !isStringOrNull(o.value(u"downloadId"_s)) ||
            !isStringOrNull(o.value(u"trackedDownloadState"_s)))
            return parseError(u"queue record %1: a field has the wrong type"_s.arg(r.id));
        r.episodeId = o.value(u"episodeId"_s).toInt();
        r.seasonNumber = o.value(u"seasonNumber"_s).toInt();
        r.title = o.value(u"title"_s).toString();
        r.downloadId = o.value(u"downloadId"_s).toString();
        r.status = o.value(u"status"_s).toString();
        r.trackedStatus = o.value(u"trackedDownloadStatus"_s).toString();
        r.trackedState = o.value(u"trackedDownloadState"_s).toString();
        const QJsonArray messages = o.value(u"statusMessages"_s).toArray();
        for (const QJsonValue &message : messages) {
            const QJsonArray lines = message[u"messages"_s].toArray();
            for (const QJsonValue &line : lines)
                r.messages.append(line.toString());
        }
        r.protocol = o.value(u"protocol"_s).toString();
        r.downloadClient = o.value(u"downloadClient"_s).toString();
        r.indexer = o.value(u"indexer"_s).toString();
        r.size = o.value(u"size"_s).toDouble();
        r.sizeLeft = o.value(u"sizeleft"_s).toDouble();
        r.timeLeft = o.value(u"timeleft"_s).toString();
        r.added = parseTime(o.value(u"added"_s));
        out.append(r);
    }
    return out;
}

Result<QList<HistoryEvent>> parseArrHistory(const QJsonDocument &document, bool sonarr)
{
    auto records = recordsOf(document, u"records"_s);
    if (!records)
        return records.error();
    QList<HistoryEvent> out;
    out.reserve(records->size());
    for (const QJsonValue &value : *records) {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !o.value(u"id"_s).isDouble())
            return parseError(u"history record without id"_s);
        HistoryEvent e;
        e.id = o.value(u"id"_s).toInt();
        const QJsonValue titleId = o.value(sonarr ? u"seriesId"_s : u"movieId"_s);
        const QJsonValue type = o.value(u"eventType"_s);
        if (!optionalInt(titleId, e.titleId) || !isStringOrNull(o.value(u"downloadId"_s)) ||
            !(type.isString() || type.isDouble()))
            return parseError(u"history record %1: a field has the wrong type"_s.arg(e.id));
        // The answers carry the camelCase name; the filter's ints are accepted too (arr-common.md).
        const QString name = type.toString();
        const int code = type.isDouble() ? type.toInt() : -1;
        if (name == u"grabbed"_s || code == 1)
            e.type = HistoryEvent::Type::Grabbed;
        else if (name == u"downloadFolderImported"_s || code == 3)
            e.type = HistoryEvent::Type::Imported;
        else if (name == u"downloadFailed"_s || code == 4)
            e.type = HistoryEvent::Type::Failed;
        else if (name == u"downloadIgnored"_s || code == (sonarr ? 7 : 9))
            e.type = HistoryEvent::Type::Ignored;
        e.episodeId = o.value(u"episodeId"_s).toInt();
        e.downloadId = o.value(u"downloadId"_s).toString();
        e.sourceTitle = o.value(u"sourceTitle"_s).toString();
        e.date = parseTime(o.value(u"date"_s));
        const QJsonObject data = o.value(u"data"_s).toObject();
        e.message = data.value(u"message"_s).toString();
        e.indexer = data.value(u"indexer"_s).toString();
        e.eventType = type.isString() ? name : QString::number(code);
        out.append(e);
    }
    return out;
}

Result<QList<CalendarEntry>> parseArrCalendar(const QJsonDocument &document, bool sonarr)
{
    if (!document.isArray())
        return parseError(u"calendar is not an array"_s);
    QList<CalendarEntry> out;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QJsonValue titleId = sonarr ? o.value(u"seriesId"_s) : o.value(u"id"_s);
        if (!value.isObject() || !titleId.isDouble())
            return parseError(u"calendar entry without %1"_s.arg(sonarr ? u"seriesId"_s : u"id"_s));
        CalendarEntry e;
        e.titleId = titleId.toInt();
        e.hasFile = o.value(u"hasFile"_s).toBool();
        e.monitored = o.value(u"monitored"_s).toBool(true);
        if (sonarr) {
            e.seasonNumber = o.value(u"seasonNumber"_s).toInt();
            e.episodeNumber = o.value(u"episodeNumber"_s).toInt();
            e.releases = parseTime(o.value(u"airDateUtc"_s));
        } else {
            for (const char *key : {"digitalRelease", "physicalRelease", "inCinemas"}) {
                e.releases = parseTime(o.value(QLatin1String(key)));
                if (e.releases.isValid())
                    break;
            }
        }
        out.append(e);
    }
    return out;
}

Result<QList<MissingEpisode>> parseSonarrMissing(const QJsonDocument &document)
{
    auto records = recordsOf(document, u"records"_s);
    if (!records)
        return records.error();
    QList<MissingEpisode> out;
    for (const QJsonValue &value : *records) {
        const QJsonObject o = value.toObject();
        if (!o.value(u"id"_s).isDouble() || !o.value(u"seriesId"_s).isDouble())
            return parseError(u"missing episode without id or seriesId"_s);
        MissingEpisode e;
        e.id = o.value(u"id"_s).toInt();
        e.seriesId = o.value(u"seriesId"_s).toInt();
        e.seasonNumber = o.value(u"seasonNumber"_s).toInt();
        e.episodeNumber = o.value(u"episodeNumber"_s).toInt();
        e.monitored = o.value(u"monitored"_s).toBool();
        e.lastSearchTime = parseTime(o.value(u"lastSearchTime"_s));
        out.append(e);
    }
    return out;
}

Result<ArrPage> parseArrPage(const QJsonDocument &document)
{
    const QJsonObject o = document.object();
    if (!document.isObject() || !o.value(u"totalRecords"_s).isDouble() || !o.value(u"page"_s).isDouble() ||
        !o.value(u"pageSize"_s).isDouble())
        return parseError(u"paged answer without page, pageSize or totalRecords"_s);
    ArrPage page;
    page.page = o.value(u"page"_s).toInt();
    page.pageSize = o.value(u"pageSize"_s).toInt();
    page.totalRecords = o.value(u"totalRecords"_s).toInteger();
    if (page.page < 1 || page.pageSize < 1 || page.totalRecords < 0)
        return parseError(u"paged answer with page %1, pageSize %2, totalRecords %3"_s.arg(page.page)
                              .arg(page.pageSize)
                              .arg(page.totalRecords));
    return page;
}

Result<void> applyTorrentSync(TorrentSync &sync, const QJsonDocument &document)
{
    if (!document.isObject())
        return parseError(u"maindata is not an object"_s);
    const QJsonObject o = document.object();
    if (!o.value(u"rid"_s).isDouble())
        return parseError(u"maindata without rid"_s);
    const QJsonValue torrents = o.value(u"torrents"_s);
    if (!torrents.isUndefined() && !torrents.isObject())
        return parseError(u"maindata torrents is not an object"_s);
    const QJsonObject changed = torrents.toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        if (!it.value().isObject() || it.key().isEmpty())
            return parseError(u"torrent '%1' is not an object"_s.arg(it.key().left(64)));
    }
    const QJsonValue removedValue = o.value(u"torrents_removed"_s);
    if (!removedValue.isUndefined() && !removedValue.isArray())
        return parseError(u"maindata torrents_removed is not an array"_s);
    // Validated: apply in place (an incremental answer touches few of many torrents).
    if (o.value(u"full_update"_s).toBool())
        sync.raw.clear();
    sync.rid = o.value(u"rid"_s).toInteger();
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        QJsonObject &merged = sync.raw[it.key().toLower()];
        const QJsonObject fields = it.value().toObject();
        for (auto field = fields.begin(); field != fields.end(); ++field)
            merged.insert(field.key(), field.value());
    }
    const QJsonArray removed = removedValue.toArray();
    for (const QJsonValue &hash : removed)
        sync.raw.remove(hash.toString().toLower());
    return {};
}

QList<Torrent> torrentsOf(const TorrentSync &sync)
{
    QList<Torrent> out;
    out.reserve(sync.raw.size());
    for (auto it = sync.raw.begin(); it != sync.raw.end(); ++it) {
        const QJsonObject &o = it.value();
        Torrent t;
        t.hash = it.key();
        t.infohashV1 = o.value(u"infohash_v1"_s).toString().toLower();
        t.infohashV2 = o.value(u"infohash_v2"_s).toString().toLower();
        t.name = o.value(u"name"_s).toString();
        t.state = o.value(u"state"_s).toString();
        t.category = o.value(u"category"_s).toString();
        t.progress = o.value(u"progress"_s).toDouble();
        t.dlspeed = o.value(u"dlspeed"_s).toInteger();
        t.eta = o.value(u"eta"_s).toInteger();
        t.numSeeds = o.value(u"num_seeds"_s).toInt();
        if (o.value(u"added_on"_s).isDouble())
            t.addedOn = QDateTime::fromSecsSinceEpoch(o.value(u"added_on"_s).toInteger(), Qt::UTC);
        if (o.value(u"completion_on"_s).toInteger() > 0)
            t.completedOn = QDateTime::fromSecsSinceEpoch(o.value(u"completion_on"_s).toInteger(), Qt::UTC);
        out.append(t);
    }
    return out;
}

namespace
{

Result<QList<SabJob>> sabSlots(const QJsonObject &section, bool history)
{
    if (!section.value(u"slots"_s).isArray())
        return parseError(u"SABnzbd answer without queue/history slots"_s);
    QList<SabJob> out;
    const QJsonArray slots = section.value(u"slots"_s).toArray();
    for (const QJsonValue &value : slots) {
        const QJsonObject s = value.toObject();
        if (!s.value(u"nzo_id"_s).isString())
            return parseError(u"SABnzbd slot without nzo_id"_s);
        SabJob job;
        job.nzoId = s.value(u"nzo_id"_s).toString();
        job.name = s.value(history ? u"name"_s : u"filename"_s).toString();
        job.status = s.value(u"status"_s).toString();
        job.category = s.value(history ? u"category"_s : u"cat"_s).toString();
        job.percentage = history ? 100.0 : sabNumber(s.value(u"percentage"_s));
        job.timeLeft = s.value(u"timeleft"_s).toString();
        job.failMessage = s.value(u"fail_message"_s).toString();
        job.inHistory = history;
        if (history && sabNumber(s.value(u"completed"_s)) > 0)
            job.completedOn = QDateTime::fromSecsSinceEpoch(qint64(sabNumber(s.value(u"completed"_s))), Qt::UTC);
        out.append(job);
    }
    return out;
}

} // namespace

Result<QList<PlaybackSession>> parseJellyfinSessions(const QJsonDocument &document)
{
    if (!document.isArray())
        return parseError(u"Jellyfin sessions are not an array"_s);
    QList<PlaybackSession> out;
    const QJsonArray sessions = document.array();
    for (const QJsonValue &value : sessions) {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !isStringOrNull(o.value(u"UserName"_s)))
            return parseError(u"Jellyfin session is not an object"_s);
        const QJsonValue playing = o.value(u"NowPlayingItem"_s);
        if (playing.isUndefined() || playing.isNull())
            continue; // idle: a client that is open and plays nothing
        if (!playing.isObject())
            return parseError(u"Jellyfin NowPlayingItem is not an object"_s);
        const QJsonObject item = playing.toObject();
        PlaybackSession s;
        s.user = o.value(u"UserName"_s).toString();
        s.client = o.value(u"Client"_s).toString();
        s.device = o.value(u"DeviceName"_s).toString();
        s.item = item.value(u"Name"_s).toString();
        if (item.value(u"Type"_s).toString() == u"Episode"_s && item.value(u"SeriesName"_s).isString()) {
            s.item = u"%1 · S%2E%3 · %4"_s.arg(item.value(u"SeriesName"_s).toString())
                         .arg(item.value(u"ParentIndexNumber"_s).toInt(), 2, 10, QLatin1Char('0'))
                         .arg(item.value(u"IndexNumber"_s).toInt(), 2, 10, QLatin1Char('0'))
                         .arg(s.item);
        }
        const QJsonObject state = o.value(u"PlayState"_s).toObject();
        s.playMethod = state.value(u"PlayMethod"_s).toString();
        s.paused = state.value(u"IsPaused"_s).toBool();
        const QJsonObject transcoding = o.value(u"TranscodingInfo"_s).toObject();
        if (s.playMethod.isEmpty() && !transcoding.isEmpty())
            s.playMethod = u"Transcode"_s;
        const QJsonArray reasons = transcoding.value(u"TranscodeReasons"_s).toArray();
        for (const QJsonValue &reason : reasons)
            s.transcodeReasons.append(reason.toString());
        const QString hardware = transcoding.value(u"HardwareAccelerationType"_s).toString();
        if (hardware != u"none"_s)
            s.hardware = hardware;
        out.append(s);
    }
    return out;
}

Result<QList<SabJob>> parseSabJobs(const QJsonDocument &document)
{
    if (!document.isObject())
        return parseError(u"SABnzbd answer is not an object"_s);
    const QJsonObject o = document.object();
    const bool history = o.value(u"history"_s).isObject();
    return sabSlots(o.value(history ? u"history"_s : u"queue"_s).toObject(), history);
}

Result<SabHistory> parseSabHistory(const QJsonDocument &document)
{
    if (!document.isObject())
        return parseError(u"SABnzbd answer is not an object"_s);
    const QJsonValue history = document.object().value(u"history"_s);
    SabHistory out;
    if (history.isBool() && !history.toBool()) {
        out.unchanged = true;
        return out;
    }
    if (!history.isObject())
        return parseError(u"SABnzbd answer without history"_s);
    const QJsonValue last = history.toObject().value(u"last_history_update"_s);
    if (!last.isUndefined() && !last.isNull()) {
        bool ok = last.isDouble();
        const double number = ok ? last.toDouble() : last.toString().toDouble(&ok);
        if (!ok)
            return parseError(u"SABnzbd last_history_update is not a number"_s);
        out.lastUpdate = saturatingCast<qint64>(number);
    }
    auto jobs = sabSlots(history.toObject(), true);
    if (!jobs)
        return jobs.error();
    out.jobs = std::move(*jobs);
    return out;
}

Result<QList<SubtitleWant>> parseBazarrWanted(const QJsonDocument &document)
{
    auto records = recordsOf(document, u"data"_s);
    if (!records)
        return records.error();
    QList<SubtitleWant> out;
    for (const QJsonValue &value : *records) {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !o.value(u"missing_subtitles"_s).isArray())
            return parseError(u"Bazarr wanted entry without missing_subtitles"_s);
        SubtitleWant want;
        want.radarrId = o.value(u"radarrId"_s).toInt();
        want.sonarrSeriesId = o.value(u"sonarrSeriesId"_s).toInt();
        want.sonarrEpisodeId = o.value(u"sonarrEpisodeId"_s).toInt();
        want.title = o.value(u"title"_s).toString(o.value(u"seriesTitle"_s).toString());
        const QJsonArray languages = o.value(u"missing_subtitles"_s).toArray();
        for (const QJsonValue &language : languages) {
            const QString name = language[u"name"_s].toString(language[u"code2"_s].toString());
            if (!name.isEmpty() && !want.languages.contains(name))
                want.languages.append(name);
        }
        if (want.radarrId <= 0 && want.sonarrEpisodeId <= 0)
            return parseError(u"Bazarr wanted entry without radarrId or sonarrEpisodeId"_s);
        out.append(want);
    }
    return out;
}

Result<QList<JellyfinItem>> parseJellyfinItems(const QJsonDocument &document)
{
    auto records = recordsOf(document, u"Items"_s);
    if (!records)
        return records.error();
    QList<JellyfinItem> out;
    for (const QJsonValue &value : *records) {
        const QJsonObject o = value.toObject();
        if (!o.value(u"Id"_s).isString())
            return parseError(u"Jellyfin item without Id"_s);
        JellyfinItem item;
        item.id = o.value(u"Id"_s).toString();
        item.name = o.value(u"Name"_s).toString();
        item.type = o.value(u"Type"_s).toString();
        const QJsonObject ids = o.value(u"ProviderIds"_s).toObject();
        for (auto it = ids.begin(); it != ids.end(); ++it)
            item.providerIds.insert(it.key().toLower(), it.value().isDouble() ? QString::number(it.value().toInteger())
                                                                              : it.value().toString());
        out.append(item);
    }
    return out;
}

namespace
{

Health healthOfType(const QString &type)
{
    if (type == u"error"_s)
        return Health::Critical;
    if (type == u"warning"_s)
        return Health::Warning;
    return Health::Ok;
}

} // namespace

Result<QString> parseVersion(const QJsonDocument &document)
{
    if (!document.isObject())
        return parseError(u"version answer is not an object"_s);
    QJsonObject o = document.object();
    if (o.value(u"data"_s).isObject()) // Bazarr wraps everything in data
        o = o.value(u"data"_s).toObject();
    for (const QString &key : {u"version"_s, u"Version"_s, u"bazarr_version"_s}) {
        if (o.value(key).isString())
            return o.value(key).toString();
    }
    return parseError(u"no version in the answer"_s);
}

Result<ServiceHealth> parseArrHealth(const QJsonDocument &document)
{
    if (!document.isArray())
        return parseError(u"health is not an array"_s);
    ServiceHealth out;
    out.health = Health::Ok;
    const QJsonArray checks = document.array();
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        if (!check.value(u"type"_s).isString() || !isStringOrNull(check.value(u"message"_s)))
            return parseError(u"health check without type/message"_s);
        const QString type = check.value(u"type"_s).toString();
        out.health = std::max(out.health, healthOfType(type));
        out.messages.append(type + u": "_s + check.value(u"message"_s).toString());
    }
    return out;
}

Result<ServiceHealth> parseBazarrHealth(const QJsonDocument &document)
{
    auto records = recordsOf(document, u"data"_s);
    if (!records)
        return records.error();
    ServiceHealth out;
    out.health = records->isEmpty() ? Health::Ok : Health::Warning;
    for (const QJsonValue &value : *records) {
        const QJsonObject issue = value.toObject();
        out.messages.append(u"warning: "_s + issue.value(u"object"_s).toString() + u": "_s +
                            issue.value(u"issue"_s).toString());
    }
    return out;
}

Result<QHash<int, QString>> parseProwlarrIndexers(const QJsonDocument &document)
{
    if (!document.isArray())
        return parseError(u"indexers is not an array"_s);
    QHash<int, QString> out;
    const QJsonArray indexers = document.array();
    for (const QJsonValue &value : indexers) {
        const QJsonObject indexer = value.toObject();
        if (!indexer.value(u"id"_s).isDouble())
            return parseError(u"indexer without id"_s);
        out.insert(indexer.value(u"id"_s).toInt(), indexer.value(u"name"_s).toString());
    }
    return out;
}

Result<ServiceHealth> parseProwlarrIndexerStatus(const QJsonDocument &document, const QHash<int, QString> &names,
                                                 const QDateTime &now)
{
    if (!document.isArray())
        return parseError(u"indexerstatus is not an array"_s);
    ServiceHealth out;
    out.health = Health::Ok;
    const QJsonArray statuses = document.array();
    for (const QJsonValue &value : statuses) {
        const QJsonObject status = value.toObject();
        if (!status.value(u"indexerId"_s).isDouble())
            return parseError(u"indexer status without indexerId"_s);
        const int id = status.value(u"indexerId"_s).toInt();
        const QDateTime till = parseTime(status.value(u"disabledTill"_s));
        if (till.isValid() && till <= now)
            continue; // back-off over
        const QString name = names.value(id, u"#"_s + QString::number(id));
        out.health = std::max(out.health, Health::Warning);
        out.messages.append(u"warning: indexer "_s + name + u" backed off until "_s +
                            (till.isValid() ? till.toString(Qt::ISODate) : u"?"_s));
    }
    return out;
}

Result<QString> parseGluetunStatus(const QJsonDocument &document)
{
    if (!document.isObject() || !document.object().value(u"status"_s).isString())
        return parseError(u"Gluetun status without status"_s);
    return document.object().value(u"status"_s).toString();
}

Result<QString> parseGluetunPublicIp(const QJsonDocument &document)
{
    if (!document.isObject() || !isStringOrNull(document.object().value(u"public_ip"_s)))
        return parseError(u"Gluetun public IP without public_ip"_s);
    return document.object().value(u"public_ip"_s).toString();
}

} // namespace KryNet::Media
