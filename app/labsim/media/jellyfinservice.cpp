#include "app/labsim/media/jellyfinservice.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

constexpr qint64 kTicksPerSecond = 10000000;

QString userIdFor(const MediaState &state, int userId)
{
    if (userId == 1)
        return state.jellyfinUserId();
    return QString::number(stableHash(state.jellyfinUserId() + QString::number(userId)), 16).rightJustified(8, u'0') +
           state.jellyfinUserId().mid(8);
}

QString seasonId(const Title &title, int season)
{
    return title.jellyfinId.left(24) +
           QString::number(stableHash(title.jellyfinId + QString::number(season)), 16).rightJustified(8, u'0');
}

QStringList listParam(const HttpRequest &request, const QString &name)
{
    QStringList out;
    // Jellyfin binds query names case-insensitively; comma-separated lists.
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(item.second.split(u',', Qt::SkipEmptyParts));
    }
    return out;
}

QString param(const HttpRequest &request, const QString &name)
{
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

} // namespace

JellyfinService::JellyfinService(std::shared_ptr<MediaState> state)
    : m_state(std::move(state))
{}

QJsonObject JellyfinService::credentials() const
{
    return {{u"apiKey"_s, m_state->apiKey(id())}, {u"userId"_s, m_state->jellyfinUserId()}};
}

bool JellyfinService::authorized(const HttpRequest &request) const
{
    const QString key = m_state->apiKey(id());
    static const QRegularExpression tokenPattern(u"[Tt]oken=\"([^\"]*)\""_s);
    for (const QByteArray &header : {QByteArray("Authorization"), QByteArray("X-Emby-Authorization")}) {
        const QString value = QString::fromUtf8(request.header(header)).trimmed();
        if (!value.startsWith(u"MediaBrowser "_s) && !value.startsWith(u"Emby "_s))
            continue;
        const QRegularExpressionMatch match = tokenPattern.match(value);
        if (match.hasMatch() && match.captured(1) == key)
            return true;
    }
    if (QString::fromUtf8(request.header("X-Emby-Token")) == key ||
        QString::fromUtf8(request.header("X-MediaBrowser-Token")) == key)
        return true;
    return param(request, u"ApiKey"_s) == key || param(request, u"api_key"_s) == key;
}

HttpResponse JellyfinService::handle(const HttpRequest &request)
{
    const qint64 now = m_state->now();
    const QString path = request.path;
    const bool get = request.method == "GET";
    if (get && path.compare(u"/health"_s, Qt::CaseInsensitive) == 0)
        return HttpResponse::text("Healthy");
    if (path.compare(u"/System/Ping"_s, Qt::CaseInsensitive) == 0)
        return HttpResponse::text("\"Jellyfin Server\"", 200, "application/json; charset=utf-8");
    if (get && path.compare(u"/System/Info/Public"_s, Qt::CaseInsensitive) == 0)
        return HttpResponse::json(publicInfo());
    if (!authorized(request))
        return HttpResponse::empty(401);

    if (get && path.compare(u"/System/Info"_s, Qt::CaseInsensitive) == 0) {
        QJsonObject info = publicInfo();
        info.insert(u"OperatingSystemDisplayName"_s, u"Linux"_s);
        info.insert(u"PackageName"_s, u"jellyfin-docker"_s);
        info.insert(u"HasPendingRestart"_s, false);
        info.insert(u"IsShuttingDown"_s, false);
        info.insert(u"SupportsLibraryMonitor"_s, true);
        info.insert(u"WebSocketPortNumber"_s, 8096);
        info.insert(u"CompletedInstallations"_s, QJsonArray{});
        info.insert(u"CanSelfRestart"_s, false);
        info.insert(u"CanLaunchWebBrowser"_s, false);
        info.insert(u"ProgramDataPath"_s, u"/config/data"_s);
        info.insert(u"WebPath"_s, u"/jellyfin/jellyfin-web"_s);
        info.insert(u"ItemsByNamePath"_s, u"/config/metadata"_s);
        info.insert(u"CachePath"_s, u"/cache"_s);
        info.insert(u"LogPath"_s, u"/config/log"_s);
        info.insert(u"InternalMetadataPath"_s, u"/config/metadata"_s);
        info.insert(u"TranscodingTempPath"_s, u"/cache/transcodes"_s);
        info.insert(u"CastReceiverApplications"_s, QJsonArray{});
        info.insert(u"HasUpdateAvailable"_s, false);
        info.insert(u"EncoderLocation"_s, u"System"_s);
        info.insert(u"SystemArchitecture"_s, u"X64"_s);
        return HttpResponse::json(info);
    }
    if (get && path.compare(u"/Users"_s, Qt::CaseInsensitive) == 0)
        return HttpResponse::json(users());
    if (get && path.compare(u"/Items"_s, Qt::CaseInsensitive) == 0)
        return listItems(request, now);
    if (get && path.compare(u"/Items/Latest"_s, Qt::CaseInsensitive) == 0)
        return latest(request, param(request, u"userId"_s), now);
    static const QRegularExpression userLatest(u"^/Users/([0-9a-fA-F-]{32,36})/Items/Latest$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch userMatch = userLatest.match(path);
    if (get && userMatch.hasMatch())
        return latest(request, userMatch.captured(1), now);
    if (get && path.compare(u"/Sessions"_s, Qt::CaseInsensitive) == 0)
        return HttpResponse::json(sessions(now));
    if (request.method == "POST" && path.compare(u"/Library/Refresh"_s, Qt::CaseInsensitive) == 0) {
        m_state->libraryScan(now); // items imported before it appear MediaState::LibraryScanSecs later
        return HttpResponse::empty(204);
    }
    if (get && path.compare(u"/ScheduledTasks"_s, Qt::CaseInsensitive) == 0) {
        const qint64 scanAt = m_state->lastLibraryScan();
        const qint64 scanSecs = MediaState::LibraryScanSecs;
        const bool running = scanAt < kNever && now < scanAt + scanSecs;
        const qint64 lastStart = scanAt < kNever && now >= scanAt + scanSecs ? scanAt : m_state->epoch() - 5 * 3600;
        auto task = [&](const QString &name, const QString &key, const QString &category, bool isRunning,
                        qint64 started, int seconds) {
            QJsonObject out{{u"Name"_s, name},
                            {u"State"_s, isRunning ? u"Running"_s : u"Idle"_s},
                            {u"Id"_s, QString::number(stableHash(key), 16).rightJustified(32, u'0')},
                            {u"Key"_s, key},
                            {u"Category"_s, category},
                            {u"Description"_s, name},
                            {u"IsHidden"_s, false},
                            {u"Triggers"_s, QJsonArray{}},
                            {u"LastExecutionResult"_s,
                             QJsonObject{{u"StartTimeUtc"_s, isoTimeTicks(started)},
                                         {u"EndTimeUtc"_s, isoTimeTicks(started + seconds)},
                                         {u"Status"_s, u"Completed"_s},
                                         {u"Name"_s, name},
                                         {u"Key"_s, key},
                                         {u"Id"_s, QString::number(stableHash(key), 16).rightJustified(32, u'0')}}}};
            if (isRunning)
                out.insert(u"CurrentProgressPercentage"_s, double(now - scanAt) / double(scanSecs) * 100.0);
            return out;
        };
        return HttpResponse::json(
            QJsonArray{task(u"Scan Media Library"_s, u"RefreshLibrary"_s, u"Library"_s, running, lastStart, 41),
                       task(u"Clean Cache Directory"_s, u"DeleteCacheFiles"_s, u"Maintenance"_s, false,
                            m_state->epoch() - 20 * 3600, 3)});
    }
    return HttpResponse::empty(404);
}

QJsonObject JellyfinService::publicInfo() const
{
    return {{u"LocalAddress"_s, u"http://172.18.0.12:8096"_s},
            {u"ServerName"_s, u"andromeda-media"_s},
            {u"Version"_s, u"10.11.11"_s},
            {u"ProductName"_s, u"Jellyfin Server"_s},
            {u"OperatingSystem"_s, u""_s},
            {u"Id"_s, m_state->jellyfinServerId()},
            {u"StartupWizardCompleted"_s, true}};
}

QJsonArray JellyfinService::users() const
{
    QJsonArray out;
    for (const MediaState::User &user : m_state->users()) {
        out.append(QJsonObject{{u"Name"_s, user.name},
                               {u"ServerId"_s, m_state->jellyfinServerId()},
                               {u"Id"_s, userIdFor(*m_state, user.id)},
                               {u"HasPassword"_s, true},
                               {u"HasConfiguredPassword"_s, true},
                               {u"HasConfiguredEasyPassword"_s, false},
                               {u"EnableAutoLogin"_s, false},
                               {u"LastLoginDate"_s, isoTimeTicks(m_state->epoch() - user.id * 7200)},
                               {u"LastActivityDate"_s, isoTimeTicks(m_state->epoch() - user.id * 600)}});
    }
    return out;
}

QList<JellyfinService::Item> JellyfinService::items(qint64 now) const
{
    QList<Item> out;
    for (const Title &title : m_state->titles()) {
        if (title.kind == MediaKind::Movie) {
            const qint64 at = m_state->movieInJellyfinSince(title, now);
            if (at < kNever)
                out.append({&title, nullptr, at});
            continue;
        }
        qint64 first = kNever;
        for (const Episode &episode : title.episodes) {
            const qint64 at = m_state->episodeInJellyfinSince(episode, now);
            if (at < kNever) {
                out.append({&title, &episode, at});
                first = std::min(first, at);
            }
        }
        if (first < kNever)
            out.append({&title, nullptr, first});
    }
    return out;
}

QJsonObject JellyfinService::itemDto(const Item &item, const QStringList &fields, bool userData, qint64 now) const
{
    const Title &title = *item.title;
    auto wants = [&fields](const QString &field) {
        return std::any_of(fields.begin(), fields.end(),
                           [&field](const QString &f) { return f.compare(field, Qt::CaseInsensitive) == 0; });
    };
    QJsonObject dto;
    QString itemId;
    if (item.episode) {
        const Episode &episode = *item.episode;
        itemId = episode.jellyfinId;
        dto = {{u"Name"_s, episode.title},
               {u"ServerId"_s, m_state->jellyfinServerId()},
               {u"Id"_s, itemId},
               {u"PremiereDate"_s, isoTimeTicks(episode.airDate)},
               {u"RunTimeTicks"_s, qint64(title.runtime) * 60 * kTicksPerSecond},
               {u"ProductionYear"_s, QDateTime::fromSecsSinceEpoch(episode.airDate, Qt::UTC).date().year()},
               {u"IndexNumber"_s, episode.episodeNumber},
               {u"ParentIndexNumber"_s, episode.seasonNumber},
               {u"IsFolder"_s, false},
               {u"Type"_s, u"Episode"_s},
               {u"SeriesName"_s, title.name},
               {u"SeriesId"_s, title.jellyfinId},
               {u"SeasonId"_s, seasonId(title, episode.seasonNumber)},
               {u"SeasonName"_s, u"Season %1"_s.arg(episode.seasonNumber)},
               {u"LocationType"_s, u"FileSystem"_s},
               {u"MediaType"_s, u"Video"_s},
               {u"ImageTags"_s, QJsonObject{{u"Primary"_s, QString::number(stableHash(itemId), 16)}}},
               {u"BackdropImageTags"_s, QJsonArray{}}};
        if (wants(u"ProviderIds"_s))
            dto.insert(u"ProviderIds"_s, QJsonObject{{u"Tvdb"_s, QString::number(episode.tvdbId)}});
        if (wants(u"Path"_s)) {
            dto.insert(u"Path"_s, u"/data/media/tv/%1/Season %2/%1 - S%3E%4 - %5.mkv"_s.arg(
                                      title.name, QString::number(episode.seasonNumber).rightJustified(2, u'0'),
                                      QString::number(episode.seasonNumber).rightJustified(2, u'0'),
                                      QString::number(episode.episodeNumber).rightJustified(2, u'0'), episode.title));
        }
    } else {
        itemId = title.jellyfinId;
        const bool movie = title.kind == MediaKind::Movie;
        dto = {{u"Name"_s, title.name},
               {u"ServerId"_s, m_state->jellyfinServerId()},
               {u"Id"_s, itemId},
               {u"PremiereDate"_s, isoTimeTicks(title.releaseDate)},
               {u"OfficialRating"_s, title.certification},
               {u"CommunityRating"_s, 6.0 + (title.tmdbId % 30) / 10.0},
               {u"RunTimeTicks"_s, qint64(title.runtime) * 60 * kTicksPerSecond},
               {u"ProductionYear"_s, title.year},
               {u"IsFolder"_s, !movie},
               {u"Type"_s, movie ? u"Movie"_s : u"Series"_s},
               {u"LocationType"_s, u"FileSystem"_s},
               {u"MediaType"_s, movie ? u"Video"_s : u"Unknown"_s},
               {u"ImageTags"_s, QJsonObject{{u"Primary"_s, QString::number(stableHash(itemId), 16)}}},
               {u"BackdropImageTags"_s, QJsonArray{QString::number(stableHash(itemId + u"b"_s), 16)}}};
        if (movie)
            dto.insert(u"Container"_s, u"mkv"_s);
        else
            dto.insert(u"Status"_s, title.continuing ? u"Continuing"_s : u"Ended"_s);
        if (wants(u"ProviderIds"_s)) {
            QJsonObject ids{{u"Tmdb"_s, QString::number(title.tmdbId)}, {u"Imdb"_s, title.imdbId}};
            if (!movie)
                ids.insert(u"Tvdb"_s, QString::number(title.tvdbId));
            dto.insert(u"ProviderIds"_s, ids);
        }
        if (wants(u"Path"_s)) {
            const QString folder = u"%1 (%2)"_s.arg(title.name).arg(title.year);
            dto.insert(u"Path"_s, movie ? QString(u"/data/media/movies/"_s + folder + u'/' + folder + u".mkv"_s)
                                        : QString(u"/data/media/tv/"_s + title.name));
        }
        if (!movie && (wants(u"ChildCount"_s) || wants(u"RecursiveItemCount"_s))) {
            int episodes = 0;
            for (const Episode &episode : title.episodes)
                episodes += m_state->episodeInJellyfinSince(episode, now) < kNever ? 1 : 0;
            dto.insert(u"RecursiveItemCount"_s, episodes);
            dto.insert(u"ChildCount"_s, title.episodes.last().seasonNumber);
        }
        if (wants(u"Genres"_s))
            dto.insert(u"Genres"_s, QJsonArray::fromStringList(title.genres));
    }
    if (wants(u"DateCreated"_s))
        dto.insert(u"DateCreated"_s, isoTimeTicks(item.created));
    if (wants(u"Overview"_s))
        dto.insert(u"Overview"_s, u"%1, from the lab's library."_s.arg(title.name));
    if (userData) {
        const bool played = (stableHash(itemId) % 3) == 0 && now - item.created > 86400;
        dto.insert(u"UserData"_s, QJsonObject{{u"PlaybackPositionTicks"_s, 0},
                                              {u"PlayCount"_s, played ? 1 : 0},
                                              {u"IsFavorite"_s, false},
                                              {u"Played"_s, played},
                                              {u"Key"_s, item.episode ? QString::number(item.episode->tvdbId)
                                                                      : QString::number(title.tmdbId)},
                                              {u"ItemId"_s, itemId}});
    }
    return dto;
}

HttpResponse JellyfinService::listItems(const HttpRequest &request, qint64 now) const
{
    const QStringList types = listParam(request, u"includeItemTypes"_s);
    const QStringList fields = listParam(request, u"fields"_s);
    const QStringList ids = listParam(request, u"ids"_s);
    const bool recursive = param(request, u"recursive"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    const QString parentId = param(request, u"parentId"_s).remove(u'-');
    const QString search = param(request, u"searchTerm"_s);
    const bool userData = !param(request, u"userId"_s).isEmpty();
    const int startIndex = std::max(0, param(request, u"startIndex"_s).toInt());
    const int limit = param(request, u"limit"_s).toInt();
    auto providerFilter = [&](const QString &name) {
        const QString value = param(request, name);
        return value.isEmpty() ? -1 : (value.compare(u"true"_s, Qt::CaseInsensitive) == 0 ? 1 : 0);
    };

    QList<Item> all = items(now);
    if (!recursive && parentId.isEmpty() && ids.isEmpty()) {
        // The root without recursion: the user's library folders.
        QJsonArray views;
        for (const auto &[name, type] : {std::pair{u"Movies"_s, u"movies"_s}, std::pair{u"Shows"_s, u"tvshows"_s}}) {
            views.append(QJsonObject{{u"Name"_s, name},
                                     {u"ServerId"_s, m_state->jellyfinServerId()},
                                     {u"Id"_s, QString::number(stableHash(name), 16).rightJustified(32, u'0')},
                                     {u"IsFolder"_s, true},
                                     {u"Type"_s, u"CollectionFolder"_s},
                                     {u"CollectionType"_s, type},
                                     {u"LocationType"_s, u"FileSystem"_s},
                                     {u"MediaType"_s, u"Unknown"_s}});
        }
        return HttpResponse::json(
            QJsonObject{{u"Items"_s, views}, {u"TotalRecordCount"_s, views.size()}, {u"StartIndex"_s, 0}});
    }
    std::stable_sort(all.begin(), all.end(), [](const Item &a, const Item &b) {
        const QString x = a.episode ? a.title->name + QString::number(a.episode->id) : a.title->name;
        const QString y = b.episode ? b.title->name + QString::number(b.episode->id) : b.title->name;
        return x.compare(y, Qt::CaseInsensitive) < 0;
    });
    QList<Item> kept;
    for (const Item &item : all) {
        const QString type =
            item.episode ? u"Episode"_s : (item.title->kind == MediaKind::Movie ? u"Movie"_s : u"Series"_s);
        const QString itemId = item.episode ? item.episode->jellyfinId : item.title->jellyfinId;
        if (!types.isEmpty() && !types.contains(type, Qt::CaseInsensitive))
            continue;
        if (!ids.isEmpty() && !ids.contains(itemId, Qt::CaseInsensitive))
            continue;
        if (!parentId.isEmpty() &&
            (!item.episode || item.title->jellyfinId.compare(parentId, Qt::CaseInsensitive) != 0))
            continue;
        if (!search.isEmpty() &&
            !(item.episode ? item.episode->title : item.title->name).contains(search, Qt::CaseInsensitive))
            continue;
        const bool series = item.title->kind == MediaKind::Series && !item.episode;
        if (providerFilter(u"hasTmdbId"_s) == 1 && item.episode)
            continue;
        if (providerFilter(u"hasTvdbId"_s) == 1 && !series && !item.episode)
            continue;
        if (providerFilter(u"hasImdbId"_s) == 1 && item.episode)
            continue;
        kept.append(item);
    }
    QJsonArray page;
    for (int i = startIndex; i < kept.size() && (limit <= 0 || page.size() < limit); ++i)
        page.append(itemDto(kept[i], fields, userData, now));
    return HttpResponse::json(
        QJsonObject{{u"Items"_s, page}, {u"TotalRecordCount"_s, int(kept.size())}, {u"StartIndex"_s, startIndex}});
}

HttpResponse JellyfinService::latest(const HttpRequest &request, const QString &userId, qint64 now) const
{
    if (userId.isEmpty())
        return HttpResponse::empty(404); // an API key has no user: Jellyfin cannot pick one
    bool known = false;
    for (const MediaState::User &user : m_state->users())
        known |= userIdFor(*m_state, user.id).compare(QString(userId).remove(u'-'), Qt::CaseInsensitive) == 0;
    if (!known)
        return HttpResponse::empty(404);
    const QStringList types = listParam(request, u"includeItemTypes"_s);
    const QStringList fields = listParam(request, u"fields"_s);
    const QString groupParam = param(request, u"groupItems"_s);
    const bool group = groupParam.isEmpty() || groupParam.compare(u"true"_s, Qt::CaseInsensitive) == 0;
    int limit = param(request, u"limit"_s).toInt();
    if (limit <= 0)
        limit = 20;
    QList<Item> all = items(now);
    std::stable_sort(all.begin(), all.end(), [](const Item &a, const Item &b) { return a.created > b.created; });
    QJsonArray out;
    QStringList seenSeries;
    for (const Item &item : all) {
        if (out.size() >= limit)
            break;
        const bool series = item.title->kind == MediaKind::Series;
        if (series && !item.episode)
            continue; // series rows come from their newest episodes
        const QString type = item.episode ? u"Episode"_s : u"Movie"_s;
        if (!types.isEmpty() && !types.contains(type, Qt::CaseInsensitive))
            continue;
        if (item.episode && group) {
            if (seenSeries.contains(item.title->jellyfinId))
                continue;
            seenSeries.append(item.title->jellyfinId);
            out.append(itemDto({item.title, nullptr, item.created}, fields, true, now));
            continue;
        }
        out.append(itemDto(item, fields, true, now));
    }
    return HttpResponse::json(out);
}

QJsonArray JellyfinService::sessions(qint64 now) const
{
    // Mira watches a library movie on the TV (transcoded); Nadia has the web client open.
    const Title *playing = nullptr;
    for (const Title &title : m_state->titles()) {
        if (title.kind == MediaKind::Movie && title.jobIndex < 0 &&
            m_state->movieInJellyfinSince(title, now) < kNever) {
            playing = &title;
            break;
        }
    }
    QJsonArray out;
    const qint64 runtimeTicks = playing ? qint64(playing->runtime) * 60 * kTicksPerSecond : 1;
    const qint64 position = ((now - m_state->epoch() + 1800) * kTicksPerSecond) % runtimeTicks;
    QJsonObject tv{{u"PlayState"_s, QJsonObject{{u"PositionTicks"_s, position},
                                                {u"CanSeek"_s, true},
                                                {u"IsPaused"_s, false},
                                                {u"IsMuted"_s, false},
                                                {u"VolumeLevel"_s, 100},
                                                {u"PlayMethod"_s, u"Transcode"_s},
                                                {u"RepeatMode"_s, u"RepeatNone"_s},
                                                {u"PlaybackOrder"_s, u"Default"_s}}},
                   {u"AdditionalUsers"_s, QJsonArray{}},
                   {u"RemoteEndPoint"_s, u"192.168.40.31"_s},
                   {u"PlayableMediaTypes"_s, QJsonArray{u"Audio"_s, u"Video"_s}},
                   {u"Id"_s, QString::number(stableHash(u"tv-session"_s), 16).rightJustified(32, u'0')},
                   {u"UserId"_s, userIdFor(*m_state, 3)},
                   {u"UserName"_s, u"mira"_s},
                   {u"Client"_s, u"Android TV"_s},
                   {u"LastActivityDate"_s, isoTimeTicks(now - 4)},
                   {u"LastPlaybackCheckIn"_s, isoTimeTicks(now - 4)},
                   {u"DeviceName"_s, u"Living Room TV"_s},
                   {u"DeviceId"_s, u"a3f1c2d94b7e6a15"_s},
                   {u"ApplicationVersion"_s, u"0.18.11"_s},
                   {u"IsActive"_s, true},
                   {u"SupportsMediaControl"_s, true},
                   {u"SupportsRemoteControl"_s, true},
                   {u"NowPlayingQueue"_s, QJsonArray{}},
                   {u"NowPlayingQueueFullItems"_s, QJsonArray{}},
                   {u"HasCustomDeviceName"_s, false},
                   {u"ServerId"_s, m_state->jellyfinServerId()},
                   {u"SupportedCommands"_s, QJsonArray{u"DisplayMessage"_s, u"SetVolume"_s}}};
    if (playing) {
        tv.insert(u"NowPlayingItem"_s, itemDto({playing, nullptr, m_state->movieInJellyfinSince(*playing, now)},
                                               {u"ProviderIds"_s}, false, now));
        tv.insert(u"TranscodingInfo"_s,
                  QJsonObject{{u"AudioCodec"_s, u"aac"_s},
                              {u"VideoCodec"_s, u"h264"_s},
                              {u"Container"_s, u"ts"_s},
                              {u"IsVideoDirect"_s, false},
                              {u"IsAudioDirect"_s, false},
                              {u"Bitrate"_s, 8192000},
                              {u"Framerate"_s, 23.976},
                              {u"CompletionPercentage"_s, std::min(100.0, 100.0 * position / runtimeTicks + 8.0)},
                              {u"Width"_s, 1920},
                              {u"Height"_s, 1080},
                              {u"AudioChannels"_s, 2},
                              {u"HardwareAccelerationType"_s, u"vaapi"_s},
                              {u"TranscodeReasons"_s, QJsonArray{u"VideoCodecNotSupported"_s}}});
    }
    out.append(tv);
    out.append(QJsonObject{{u"PlayState"_s, QJsonObject{{u"CanSeek"_s, false},
                                                        {u"IsPaused"_s, false},
                                                        {u"IsMuted"_s, false},
                                                        {u"RepeatMode"_s, u"RepeatNone"_s},
                                                        {u"PlaybackOrder"_s, u"Default"_s}}},
                           {u"AdditionalUsers"_s, QJsonArray{}},
                           {u"RemoteEndPoint"_s, u"100.92.14.7"_s},
                           {u"PlayableMediaTypes"_s, QJsonArray{u"Audio"_s, u"Video"_s}},
                           {u"Id"_s, QString::number(stableHash(u"web-session"_s), 16).rightJustified(32, u'0')},
                           {u"UserId"_s, userIdFor(*m_state, 1)},
                           {u"UserName"_s, u"nadia"_s},
                           {u"Client"_s, u"Jellyfin Web"_s},
                           {u"LastActivityDate"_s, isoTimeTicks(now - 95)},
                           {u"LastPlaybackCheckIn"_s, isoTimeTicks(m_state->epoch() - 86400)},
                           {u"DeviceName"_s, u"Firefox"_s},
                           {u"DeviceId"_s, u"TW96aWxsYS81LjAgKFgxMTsgTGludXggeDg2XzY0KQ"_s},
                           {u"ApplicationVersion"_s, u"10.11.11"_s},
                           {u"IsActive"_s, true},
                           {u"SupportsMediaControl"_s, true},
                           {u"SupportsRemoteControl"_s, true},
                           {u"NowPlayingQueue"_s, QJsonArray{}},
                           {u"NowPlayingQueueFullItems"_s, QJsonArray{}},
                           {u"HasCustomDeviceName"_s, false},
                           {u"ServerId"_s, m_state->jellyfinServerId()},
                           {u"SupportedCommands"_s, QJsonArray{u"DisplayMessage"_s}}});
    return out;
}

} // namespace KryNet::LabSim::Media
