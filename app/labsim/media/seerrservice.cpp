#include "app/labsim/media/seerrservice.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

QJsonValue nullable(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

QJsonObject message(const QString &text)
{
    return {{u"message"_s, text}};
}

} // namespace

SeerrService::SeerrService(std::shared_ptr<MediaState> state)
    : m_state(std::move(state))
{}

QJsonObject SeerrService::credentials() const
{
    return {{u"apiKey"_s, m_state->apiKey(id())}};
}

int SeerrService::requestStatus(int jobIndex, qint64 now) const
{
    const Job &job = m_state->jobs()[jobIndex];
    const JobTimes t = m_state->times(jobIndex, now);
    if (t.stage == Stage::Declined)
        return 3;
    if (t.stage == Stage::Pending)
        return 1;
    // Completed once Seerr's scan saw every requested episode (or the movie) in Jellyfin.
    const Title &title = m_state->titles()[job.titleIndex];
    if (title.kind == MediaKind::Movie)
        return t.seerrAvailableAt <= now ? 5 : 2;
    for (const Episode &episode : title.episodes) {
        if (episode.seasonNumber != job.season)
            continue;
        const qint64 seen = m_state->episodeInJellyfinSince(episode, now);
        if (seen >= kNever || seen + 240 > now)
            return 2;
    }
    return 5;
}

int SeerrService::mediaStatus(const Title &title, qint64 now) const
{
    const int jobIndex = title.jobIndex;
    const JobTimes t = jobIndex >= 0 ? m_state->times(jobIndex, now) : JobTimes{};
    if (title.kind == MediaKind::Movie) {
        const qint64 seen = m_state->movieInJellyfinSince(title, now);
        if (seen < kNever && seen + 240 <= now)
            return 5;
        if (jobIndex < 0)
            return 1; // a Radarr title nobody requested (not yet released)
        if (t.stage == Stage::Declined)
            return 1;
        if (t.stage == Stage::Pending)
            return 2;
        return 3;
    }
    int seen = 0;
    int aired = 0;
    for (const Episode &episode : title.episodes) {
        if (episode.airDate > now)
            continue;
        ++aired;
        const qint64 at = m_state->episodeInJellyfinSince(episode, now);
        if (at < kNever && at + 240 <= now)
            ++seen;
    }
    if (aired > 0 && seen == aired)
        return 5;
    if (seen > 0)
        return 4;
    if (jobIndex >= 0 && t.stage == Stage::Pending)
        return 2;
    return jobIndex >= 0 && t.stage != Stage::Declined ? 3 : 1;
}

QJsonObject SeerrService::user(int userId) const
{
    for (const MediaState::User &u : m_state->users()) {
        if (u.id != userId)
            continue;
        int requests = 0;
        for (const Job &job : m_state->jobs())
            requests += job.requestedBy == userId ? 1 : 0;
        const QString created = isoTimeMillis(m_state->epoch() - (400 - userId * 30) * 86400LL);
        return {{u"id"_s, u.id},
                {u"email"_s, u.email},
                {u"username"_s, u.name},
                {u"jellyfinUsername"_s, u.name},
                {u"displayName"_s, u.name},
                {u"userType"_s, 3},
                {u"permissions"_s, u.id == 1 ? 2 : 32},
                {u"avatar"_s, QString(u"/avatarproxy/"_s + QString::number(stableHash(u.name), 16))},
                {u"createdAt"_s, created},
                {u"updatedAt"_s, created},
                {u"requestCount"_s, requests}};
    }
    return {};
}

QJsonObject SeerrService::media(const Title &title, qint64 now) const
{
    const bool movie = title.kind == MediaKind::Movie;
    const int status = mediaStatus(title, now);
    const bool inArr = m_state->inArr(title, now);
    const JobTimes t = title.jobIndex >= 0 ? m_state->times(title.jobIndex, now) : JobTimes{};
    // Seerr records its first sighting: the request for requested titles, its scan for the others.
    qint64 created = title.jobIndex >= 0 ? m_state->jobs()[title.jobIndex].requestedAt : title.arrAddedAt;
    if (!movie && title.jobIndex >= 0)
        created = title.arrAddedAt;
    bool jellyfinKnown = false;
    qint64 mediaAdded = kNever;
    if (movie) {
        const qint64 seen = m_state->movieInJellyfinSince(title, now);
        jellyfinKnown = seen < kNever && seen + 240 <= now;
        mediaAdded = seen;
    } else {
        for (const Episode &episode : title.episodes) {
            const qint64 seen = m_state->episodeInJellyfinSince(episode, now);
            if (seen < kNever && seen + 240 <= now) {
                jellyfinKnown = true;
                mediaAdded = std::min(mediaAdded, seen);
            }
        }
    }
    QJsonArray downloads;
    if (title.jobIndex >= 0 && t.grabAt <= now && t.importedAt > now) {
        const Job &job = m_state->jobs()[title.jobIndex];
        const QList<int> episodes = movie ? QList<int>{-1} : job.episodeIndexes;
        for (int index : episodes) {
            const double share = movie ? 1.0 : double(job.episodeIndexes.size());
            const double size = double(job.size) / share;
            QJsonObject item{
                {u"mediaType"_s, movie ? u"movie"_s : u"tv"_s},
                {u"externalId"_s, title.arrId},
                {u"downloadId"_s, m_state->downloadId(job)},
                {u"title"_s, job.releaseTitle},
                {u"status"_s, t.stage == Stage::Paused ? u"paused"_s
                              : t.doneAt <= now        ? u"completed"_s
                                                       : u"downloading"_s},
                {u"size"_s, size},
                {u"sizeLeft"_s, size * (1.0 - t.progress)},
                {u"timeLeft"_s, timeSpan(qint64((1.0 - t.progress) * job.downloadSecs))},
                {u"estimatedCompletionTime"_s, isoTimeMillis(now + qint64((1.0 - t.progress) * job.downloadSecs))}};
            if (index >= 0) {
                const Episode &episode = title.episodes[index];
                item.insert(u"episode"_s, QJsonObject{{u"id"_s, episode.id},
                                                      {u"seasonNumber"_s, episode.seasonNumber},
                                                      {u"episodeNumber"_s, episode.episodeNumber},
                                                      {u"absoluteEpisodeNumber"_s, QJsonValue()}});
            }
            downloads.append(item);
            if (downloads.size() >= 10)
                break;
        }
    }
    QJsonObject out{{u"id"_s, title.seerrMediaId},
                    {u"mediaType"_s, movie ? u"movie"_s : u"tv"_s},
                    {u"tmdbId"_s, title.tmdbId},
                    {u"tvdbId"_s, movie ? QJsonValue(QJsonValue::Null) : QJsonValue(title.tvdbId)},
                    {u"imdbId"_s, title.imdbId},
                    {u"status"_s, status},
                    {u"status4k"_s, 1},
                    {u"createdAt"_s, isoTimeMillis(created)},
                    {u"updatedAt"_s, isoTimeMillis(std::max(created, std::min(now, t.addedAt)))},
                    {u"lastSeasonChange"_s, isoTimeMillis(created)},
                    {u"mediaAddedAt"_s, nullable(mediaAdded < kNever, isoTimeMillis(mediaAdded))},
                    {u"serviceId"_s, nullable(inArr, 0)},
                    {u"serviceId4k"_s, QJsonValue()},
                    {u"externalServiceId"_s, nullable(inArr, title.arrId)},
                    {u"externalServiceId4k"_s, QJsonValue()},
                    {u"externalServiceSlug"_s, nullable(inArr, title.slug)},
                    {u"externalServiceSlug4k"_s, QJsonValue()},
                    {u"ratingKey"_s, QJsonValue()},
                    {u"ratingKey4k"_s, QJsonValue()},
                    {u"jellyfinMediaId"_s, nullable(jellyfinKnown, title.jellyfinId)},
                    {u"jellyfinMediaId4k"_s, QJsonValue()},
                    {u"downloadStatus"_s, downloads},
                    {u"downloadStatus4k"_s, QJsonArray{}}};
    if (inArr) {
        out.insert(u"serviceUrl"_s, QString(u"http://%1:%2/%3/"_s.arg(movie ? u"radarr"_s : u"sonarr"_s)
                                                .arg(movie ? 7878 : 8989)
                                                .arg(movie ? u"movie"_s : u"series"_s) +
                                            title.slug));
    }
    if (jellyfinKnown)
        out.insert(u"mediaUrl"_s, u"http://jellyfin:8096/web/#/details?id=%1&serverId=%2"_s.arg(
                                      title.jellyfinId, m_state->jellyfinServerId()));
    if (!movie) {
        QJsonArray seasons;
        int lastSeason = 0;
        for (const Episode &episode : title.episodes)
            lastSeason = std::max(lastSeason, episode.seasonNumber);
        for (int season = 1; season <= lastSeason; ++season) {
            int aired = 0;
            int seen = 0;
            for (const Episode &episode : title.episodes) {
                if (episode.seasonNumber != season || episode.airDate > now)
                    continue;
                ++aired;
                const qint64 at = m_state->episodeInJellyfinSince(episode, now);
                seen += at < kNever && at + 240 <= now ? 1 : 0;
            }
            int seasonStatus = aired > 0 && seen == aired ? 5 : seen > 0 ? 4 : 1;
            if (seasonStatus != 5 && title.jobIndex >= 0 && m_state->jobs()[title.jobIndex].season == season) {
                if (t.stage == Stage::Pending)
                    seasonStatus = seen > 0 ? 4 : 2;
                else if (t.stage != Stage::Declined && seen == 0)
                    seasonStatus = 3;
            }
            seasons.append(QJsonObject{{u"id"_s, title.seerrMediaId * 100 + season},
                                       {u"seasonNumber"_s, season},
                                       {u"status"_s, seasonStatus},
                                       {u"status4k"_s, 1},
                                       {u"createdAt"_s, isoTimeMillis(created)},
                                       {u"updatedAt"_s, isoTimeMillis(created)}});
        }
        out.insert(u"seasons"_s, seasons);
    } else {
        out.insert(u"seasons"_s, QJsonArray{});
    }
    return out;
}

QJsonObject SeerrService::request(int jobIndex, qint64 now) const
{
    const Job &job = m_state->jobs()[jobIndex];
    const Title &title = m_state->titles()[job.titleIndex];
    const bool movie = title.kind == MediaKind::Movie;
    const int status = requestStatus(jobIndex, now);
    qint64 updated = job.requestedAt;
    if (job.approvedAt <= now)
        updated = job.approvedAt;
    if (job.declinedAt <= now)
        updated = job.declinedAt;
    const bool modified = status != 1;
    QJsonObject out{{u"id"_s, job.requestId},
                    {u"status"_s, status},
                    {u"type"_s, movie ? u"movie"_s : u"tv"_s},
                    {u"media"_s, media(title, now)},
                    {u"createdAt"_s, isoTimeMillis(job.requestedAt)},
                    {u"updatedAt"_s, isoTimeMillis(updated)},
                    {u"requestedBy"_s, user(job.requestedBy)},
                    {u"modifiedBy"_s, modified ? QJsonValue(user(1)) : QJsonValue(QJsonValue::Null)},
                    {u"is4k"_s, false},
                    {u"serverId"_s, 0},
                    {u"profileId"_s, movie ? 4 : 6},
                    {u"rootFolder"_s, movie ? u"/data/media/movies"_s : u"/data/media/tv"_s},
                    {u"languageProfileId"_s, QJsonValue()},
                    {u"tags"_s, QJsonArray{}},
                    {u"isAutoRequest"_s, false}};
    if (!movie) {
        out.insert(u"seasons"_s, QJsonArray{QJsonObject{{u"id"_s, job.seasonRequestId},
                                                        {u"seasonNumber"_s, job.season},
                                                        {u"status"_s, status},
                                                        {u"createdAt"_s, isoTimeMillis(job.requestedAt)},
                                                        {u"updatedAt"_s, isoTimeMillis(updated)}}});
        out.insert(u"seasonCount"_s, 1);
    } else {
        out.insert(u"seasons"_s, QJsonArray{});
    }
    return out;
}

HttpResponse SeerrService::handle(const HttpRequest &request)
{
    const qint64 now = m_state->now();
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith(u"/api/v1"_s))
        return HttpResponse::text("<!DOCTYPE html><html><body>Seerr</body></html>", 200, "text/html; charset=utf-8");
    const QString route = path.mid(7);
    const bool get = request.method == "GET";
    if (get && route == u"/status"_s) {
        return HttpResponse::json(QJsonObject{{u"version"_s, u"3.1.0"_s},
                                              {u"commitTag"_s, u"v3.1.0"_s},
                                              {u"updateAvailable"_s, false},
                                              {u"commitsBehind"_s, 0},
                                              {u"restartRequired"_s, false}});
    }
    if (get && route == u"/status/appdata"_s)
        return HttpResponse::json(
            QJsonObject{{u"appData"_s, true}, {u"appDataPath"_s, u"/app/config"_s}, {u"appDataPermissions"_s, true}});
    if (get && route == u"/settings/public"_s) {
        return HttpResponse::json(QJsonObject{{u"initialized"_s, true},
                                              {u"applicationTitle"_s, u"Seerr"_s},
                                              {u"mediaServerType"_s, 2},
                                              {u"jellyfinServerName"_s, u"Jellyfin"_s},
                                              {u"localLogin"_s, true},
                                              {u"movie4kEnabled"_s, false},
                                              {u"series4kEnabled"_s, false},
                                              {u"locale"_s, u"en"_s}});
    }

    if (request.header("X-Api-Key") != m_state->apiKey(id()).toLatin1()) {
        return HttpResponse::json(
            QJsonObject{{u"status"_s, 403}, {u"error"_s, u"You do not have permission to access this endpoint"_s}},
            403);
    }

    if (get && route == u"/request"_s)
        return listRequests(request, now);
    if (get && route == u"/request/count"_s) {
        int movie = 0, tv = 0, pending = 0, approved = 0, declined = 0, processing = 0, available = 0, completed = 0;
        for (int j = 0; j < m_state->jobs().size(); ++j) {
            const Title &title = m_state->titles()[m_state->jobs()[j].titleIndex];
            (title.kind == MediaKind::Movie ? movie : tv) += 1;
            const int status = requestStatus(j, now);
            const int mediaState = mediaStatus(title, now);
            pending += status == 1;
            approved += status == 2;
            declined += status == 3;
            completed += status == 5;
            processing += status == 2 && mediaState != 5;
            available += mediaState == 5 || mediaState == 4 ? (status == 2 || status == 5) : 0;
        }
        return HttpResponse::json(QJsonObject{{u"total"_s, int(m_state->jobs().size())},
                                              {u"movie"_s, movie},
                                              {u"tv"_s, tv},
                                              {u"pending"_s, pending},
                                              {u"approved"_s, approved},
                                              {u"declined"_s, declined},
                                              {u"processing"_s, processing},
                                              {u"available"_s, available},
                                              {u"completed"_s, completed}});
    }
    static const QRegularExpression requestRoute(u"^/request/(\\d+)(?:/(approve|decline|retry))?$"_s);
    const QRegularExpressionMatch match = requestRoute.match(route);
    if (match.hasMatch()) {
        const int requestId = match.captured(1).toInt();
        const int jobIndex = m_state->jobIndexByRequestId(requestId);
        if (jobIndex < 0)
            return HttpResponse::json(message(u"Request not found."_s), 404);
        const QString verb = match.captured(2);
        if (verb.isEmpty() && get)
            return HttpResponse::json(this->request(jobIndex, now));
        if (request.method != "POST" || verb.isEmpty())
            return HttpResponse::json(message(u"Not Found"_s), 404);
        if (verb == u"approve"_s)
            m_state->approve(requestId, now);
        else if (verb == u"decline"_s)
            m_state->decline(requestId, now);
        else if (requestStatus(jobIndex, now) != 4)
            return HttpResponse::json(message(u"Request is not in a failed state."_s), 400);
        return HttpResponse::json(this->request(jobIndex, now));
    }
    if (get && route == u"/media"_s)
        return listMedia(request, now);
    if (get && route.startsWith(u"/media/"_s)) {
        const int mediaId = route.mid(7).toInt();
        for (const Title &title : m_state->titles()) {
            if (title.seerrMediaId == mediaId)
                return HttpResponse::json(media(title, now));
        }
        return HttpResponse::json(message(u"Media does not exist."_s), 404);
    }
    if (get && (route == u"/service/radarr"_s || route == u"/service/sonarr"_s)) {
        const bool radarr = route.endsWith(u"radarr"_s);
        return HttpResponse::json(
            QJsonArray{QJsonObject{{u"id"_s, 0},
                                   {u"name"_s, radarr ? u"Radarr"_s : u"Sonarr"_s},
                                   {u"is4k"_s, false},
                                   {u"isDefault"_s, true},
                                   {u"activeDirectory"_s, radarr ? u"/data/media/movies"_s : u"/data/media/tv"_s},
                                   {u"activeProfileId"_s, radarr ? 4 : 6},
                                   {u"activeAnimeProfileId"_s, QJsonValue()},
                                   {u"activeTags"_s, QJsonArray{}}}});
    }
    if (get && route == u"/settings/jobs"_s) {
        const qint64 minute = (now / 60 + 1) * 60;
        const qint64 fiveMinutes = (now / 300 + 1) * 300;
        auto daily = [now](int hour, int minuteOfHour) {
            const QDateTime today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
            QDateTime next(today.date(), QTime(hour, minuteOfHour), Qt::UTC);
            if (next.toSecsSinceEpoch() <= now)
                next = next.addDays(1);
            return next.toSecsSinceEpoch();
        };
        auto job = [](const QString &jobId, const QString &name, const QString &interval, qint64 next) {
            return QJsonObject{{u"id"_s, jobId},           {u"name"_s, name},
                               {u"type"_s, u"process"_s},  {u"interval"_s, interval},
                               {u"cronSchedule"_s, u""_s}, {u"nextExecutionTime"_s, isoTimeMillis(next)},
                               {u"running"_s, false}};
        };
        return HttpResponse::json(QJsonArray{
            job(u"jellyfin-recently-added-scan"_s, u"Jellyfin Recently Added Scan"_s, u"short"_s, fiveMinutes),
            job(u"jellyfin-full-scan"_s, u"Jellyfin Full Library Scan"_s, u"long"_s, daily(3, 0)),
            job(u"radarr-scan"_s, u"Radarr Scan"_s, u"long"_s, daily(4, 0)),
            job(u"sonarr-scan"_s, u"Sonarr Scan"_s, u"long"_s, daily(4, 30)),
            job(u"availability-sync"_s, u"Media Availability Sync"_s, u"long"_s, daily(5, 0)),
            job(u"download-sync"_s, u"Download Sync"_s, u"fixed"_s, minute),
            job(u"download-sync-reset"_s, u"Download Sync Reset"_s, u"long"_s, daily(1, 0))});
    }
    return HttpResponse::json(message(u"Not Found"_s), 404);
}

HttpResponse SeerrService::listRequests(const HttpRequest &request, qint64 now) const
{
    bool ok = false;
    int take = request.queryValue(u"take"_s).toInt(&ok);
    if (!ok || take <= 0)
        take = 10;
    const int skip = std::max(0, request.queryValue(u"skip"_s).toInt());
    const QString filter = request.queryValue(u"filter"_s);
    const QString mediaType = request.queryValue(u"mediaType"_s);
    const bool byModified = request.queryValue(u"sort"_s) == u"modified"_s;
    const bool ascending = request.queryValue(u"sortDirection"_s) == u"asc"_s;
    const int requestedBy = request.queryValue(u"requestedBy"_s).toInt();

    QList<QPair<qint64, int>> rows;
    for (int j = 0; j < m_state->jobs().size(); ++j) {
        const Job &job = m_state->jobs()[j];
        const Title &title = m_state->titles()[job.titleIndex];
        const int status = requestStatus(j, now);
        const int mediaState = mediaStatus(title, now);
        bool keep = true;
        if (filter == u"approved"_s)
            keep = status == 2;
        else if (filter == u"pending"_s)
            keep = status == 1;
        else if (filter == u"available"_s)
            keep = mediaState == 5 || status == 5;
        else if (filter == u"processing"_s)
            keep = status == 2 && mediaState != 5;
        else if (filter == u"unavailable"_s)
            keep = (status == 1 || status == 2) && mediaState != 5;
        else if (filter == u"failed"_s)
            keep = status == 4;
        else if (filter == u"completed"_s)
            keep = status == 5;
        else if (filter == u"deleted"_s)
            keep = mediaState == 7;
        if (mediaType == u"movie"_s && title.kind != MediaKind::Movie)
            keep = false;
        if (mediaType == u"tv"_s && title.kind != MediaKind::Series)
            keep = false;
        if (requestedBy > 0 && job.requestedBy != requestedBy)
            keep = false;
        if (!keep)
            continue;
        qint64 key = job.requestedAt;
        if (byModified) {
            if (job.approvedAt <= now)
                key = job.approvedAt;
            if (job.declinedAt <= now)
                key = job.declinedAt;
        }
        rows.append({key, j});
    }
    std::stable_sort(rows.begin(), rows.end(), [ascending](const auto &a, const auto &b) {
        return ascending ? a.first < b.first : a.first > b.first;
    });
    QJsonArray results;
    for (int i = skip; i < rows.size() && results.size() < take; ++i)
        results.append(this->request(rows[i].second, now));
    const int total = int(rows.size());
    return HttpResponse::json(QJsonObject{{u"pageInfo"_s, QJsonObject{{u"pages"_s, (total + take - 1) / take},
                                                                      {u"pageSize"_s, take},
                                                                      {u"results"_s, total},
                                                                      {u"page"_s, skip / take + 1}}},
                                          {u"results"_s, results}});
}

HttpResponse SeerrService::listMedia(const HttpRequest &request, qint64 now) const
{
    bool ok = false;
    int take = request.queryValue(u"take"_s).toInt(&ok);
    if (!ok || take <= 0)
        take = 20;
    const int skip = std::max(0, request.queryValue(u"skip"_s).toInt());
    const QString filter = request.queryValue(u"filter"_s);
    QList<QPair<qint64, const Title *>> rows;
    for (const Title &title : m_state->titles()) {
        const int status = mediaStatus(title, now);
        bool keep = true;
        if (filter == u"available"_s)
            keep = status == 5;
        else if (filter == u"partial"_s)
            keep = status == 4;
        else if (filter == u"allavailable"_s)
            keep = status == 4 || status == 5;
        else if (filter == u"processing"_s)
            keep = status == 3;
        else if (filter == u"pending"_s)
            keep = status == 2;
        else if (filter == u"deleted"_s)
            keep = status == 7;
        if (keep)
            rows.append({title.jobIndex >= 0 ? m_state->jobs()[title.jobIndex].requestedAt : title.arrAddedAt, &title});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray results;
    for (int i = skip; i < rows.size() && results.size() < take; ++i)
        results.append(media(*rows[i].second, now));
    const int total = int(rows.size());
    return HttpResponse::json(QJsonObject{{u"pageInfo"_s, QJsonObject{{u"pages"_s, (total + take - 1) / take},
                                                                      {u"pageSize"_s, take},
                                                                      {u"results"_s, total},
                                                                      {u"page"_s, skip / take + 1}}},
                                          {u"results"_s, results}});
}

} // namespace KryNet::LabSim::Media
