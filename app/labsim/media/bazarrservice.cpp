#include "app/labsim/media/bazarrservice.h"

#include <algorithm>

#include <QJsonArray>

#include "app/labsim/media/mediautil.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

QJsonObject language(const QString &code2)
{
    const bool german = code2 == u"de"_s;
    return {{u"name"_s, german ? u"German"_s : u"English"_s},
            {u"code2"_s, code2},
            {u"code3"_s, german ? u"ger"_s : u"eng"_s},
            {u"forced"_s, false},
            {u"hi"_s, false}};
}

const QStringList kProfile = {u"en"_s, u"de"_s};

QJsonObject page(const QJsonArray &all, const HttpRequest &request)
{
    const int start = std::max(0, request.queryValue(u"start"_s).toInt());
    bool ok = false;
    int length = request.queryValue(u"length"_s).toInt(&ok);
    if (!ok)
        length = -1;
    QJsonArray data;
    for (int i = start; i < all.size() && (length < 0 || data.size() < length); ++i)
        data.append(all.at(i));
    return {{u"data"_s, data}, {u"total"_s, all.size()}};
}

} // namespace

BazarrService::BazarrService(std::shared_ptr<MediaState> state)
    : m_state(std::move(state))
{}

QJsonObject BazarrService::credentials() const
{
    return {{u"apiKey"_s, m_state->apiKey(id())}};
}

QStringList BazarrService::missing(int jobIndex, qint64 now) const
{
    const Job &job = m_state->jobs()[jobIndex];
    const JobTimes t = m_state->times(jobIndex, now);
    if (t.bazarrAt > now)
        return {};
    if (job.subtitleSecs < 0) {
        // One language is found two minutes in; the missing one never is.
        return now < t.bazarrAt + 120 ? kProfile : job.missingLanguages;
    }
    return now < t.subtitlesAt ? kProfile : QStringList{};
}

QJsonArray BazarrService::wanted(bool movies, qint64 now) const
{
    QJsonArray out;
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs[j];
        const Title &title = m_state->titles()[job.titleIndex];
        if ((title.kind == MediaKind::Movie) != movies)
            continue;
        const QStringList languages = missing(j, now);
        if (languages.isEmpty())
            continue;
        QJsonArray missingSubs;
        for (const QString &code : languages)
            missingSubs.append(language(code));
        if (movies) {
            out.append(QJsonObject{{u"title"_s, title.name},
                                   {u"missing_subtitles"_s, missingSubs},
                                   {u"radarrId"_s, title.arrId},
                                   {u"sceneName"_s, job.releaseTitle},
                                   {u"tags"_s, QJsonArray{}}});
            continue;
        }
        for (int index : job.episodeIndexes) {
            const Episode &episode = title.episodes[index];
            out.append(
                QJsonObject{{u"seriesTitle"_s, title.name},
                            {u"episode_number"_s, u"%1x%2"_s.arg(episode.seasonNumber).arg(episode.episodeNumber)},
                            {u"episodeTitle"_s, episode.title},
                            {u"missing_subtitles"_s, missingSubs},
                            {u"sonarrSeriesId"_s, title.arrId},
                            {u"sonarrEpisodeId"_s, episode.id},
                            {u"sceneName"_s, job.releaseTitle},
                            {u"tags"_s, QJsonArray{}},
                            {u"seriesType"_s, u"standard"_s}});
        }
    }
    return out;
}

QJsonArray BazarrService::historyRows(bool movies, qint64 now) const
{
    struct Row
    {
        qint64 at;
        QJsonObject row;
    };
    QList<Row> rows;
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs[j];
        const Title &title = m_state->titles()[job.titleIndex];
        if ((title.kind == MediaKind::Movie) != movies)
            continue;
        const JobTimes t = m_state->times(j, now);
        for (const QString &code : kProfile) {
            qint64 at = t.subtitlesAt;
            if (job.subtitleSecs < 0)
                at = job.missingLanguages.contains(code) ? kNever : t.bazarrAt + 120;
            if (at > now)
                continue;
            const QJsonObject lang = language(code);
            const QString provider = code == u"de"_s ? u"subscene"_s : u"opensubtitlescom"_s;
            const double score = 88.0 + (stableHash(job.releaseTitle + code) % 100) / 10.0;
            const QString description = u"%1 subtitles downloaded from %2 with a score of %3%."_s.arg(
                lang[u"name"_s].toString(), provider, QString::number(score, 'f', 2));
            const QList<int> episodes = movies ? QList<int>{-1} : job.episodeIndexes;
            for (int index : episodes) {
                QJsonObject row{
                    {u"timestamp"_s, isoTime(at)},
                    {u"parsed_timestamp"_s,
                     QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(u"dd/MM/yy hh:mm:ss"_s)},
                    {u"description"_s, description},
                    {u"language"_s, lang},
                    {u"score"_s, QString(QString::number(score, 'f', 2) + u'%')},
                    {u"tags"_s, QJsonArray{}},
                    {u"action"_s, 1},
                    {u"provider"_s, provider},
                    {u"subs_id"_s, QString::number(stableHash(job.releaseTitle + code + QString::number(index)))},
                    {u"upgradable"_s, false},
                    {u"blacklisted"_s, false},
                    {u"matches"_s, QJsonArray{u"title"_s, u"year"_s, u"release_group"_s}},
                    {u"dont_matches"_s, QJsonArray{u"source"_s}}};
                if (movies) {
                    const QString folder = u"/data/media/movies/%1 (%2)/"_s.arg(title.name).arg(title.year);
                    row.insert(u"title"_s, title.name);
                    row.insert(u"radarrId"_s, title.arrId);
                    row.insert(u"monitored"_s, true);
                    row.insert(u"path"_s, QString(folder + job.releaseTitle + u".mkv"_s));
                    row.insert(u"subtitles_path"_s, QString(folder + job.releaseTitle + u'.' + code + u".srt"_s));
                } else {
                    const Episode &episode = title.episodes[index];
                    const QString base = u"/data/media/tv/%1/Season %2/%3"_s.arg(title.name)
                                             .arg(episode.seasonNumber)
                                             .arg(job.releaseTitle);
                    row.insert(u"seriesTitle"_s, title.name);
                    row.insert(u"episode_number"_s, u"%1x%2"_s.arg(episode.seasonNumber).arg(episode.episodeNumber));
                    row.insert(u"episodeTitle"_s, episode.title);
                    row.insert(u"sonarrSeriesId"_s, title.arrId);
                    row.insert(u"sonarrEpisodeId"_s, episode.id);
                    row.insert(u"monitored"_s, true);
                    row.insert(u"subtitles_path"_s, QString(base + u'.' + code + u".srt"_s));
                }
                rows.append({at, row});
            }
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.at > b.at; });
    QJsonArray out;
    for (const Row &row : rows)
        out.append(row.row);
    return out;
}

HttpResponse BazarrService::handle(const HttpRequest &request)
{
    const qint64 now = m_state->now();
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (request.method == "GET" && path == u"/api/system/ping"_s)
        return HttpResponse::json(QJsonObject{{u"status"_s, u"OK"_s}});
    QString key = QString::fromUtf8(request.header("X-API-KEY"));
    if (key.isEmpty())
        key = request.queryValue(u"apikey"_s);
    if (key.isEmpty())
        key = formBody(request).queryItemValue(u"apikey"_s, QUrl::FullyDecoded);
    if (key != m_state->apiKey(id())) {
        return HttpResponse::json(
            QJsonObject{{u"message"_s, u"The server could not verify that you are authorized to access the URL "
                                       "requested. You either supplied the wrong credentials (e.g. a bad password), or "
                                       "your browser doesn't understand how to supply the credentials required."_s}},
            401);
    }
    const bool get = request.method == "GET";
    if (get && path == u"/api/system/status"_s) {
        return HttpResponse::json(QJsonObject{
            {u"data"_s, QJsonObject{{u"bazarr_version"_s, u"1.5.2"_s},
                                    {u"package_version"_s, u""_s},
                                    {u"sonarr_version"_s, u"4.0.15.2941"_s},
                                    {u"radarr_version"_s, u"5.26.2.10099"_s},
                                    {u"operating_system"_s, u"Linux-6.6.44-production+truenas-x86_64-with-glibc2.36"_s},
                                    {u"python_version"_s, u"3.12.10"_s},
                                    {u"database_engine"_s, u"Sqlite 3.45.3"_s},
                                    {u"database_migration"_s, u"4274a5dfc4ad"_s},
                                    {u"bazarr_directory"_s, u"/app/bazarr/bin"_s},
                                    {u"bazarr_config_directory"_s, u"/config"_s},
                                    {u"start_time"_s, double(m_state->epoch() - 3 * 86400 - 1234)},
                                    {u"timezone"_s, u"Europe/Berlin"_s}}}});
    }
    if (get && path == u"/api/system/health"_s)
        return HttpResponse::json(QJsonObject{{u"data"_s, QJsonArray{}}});
    if (get && path == u"/api/badges"_s) {
        int episodes = 0;
        int movies = 0;
        for (const QJsonValue &row : wanted(false, now))
            episodes += int(row[u"missing_subtitles"_s].toArray().size());
        for (const QJsonValue &row : wanted(true, now))
            movies += int(row[u"missing_subtitles"_s].toArray().size());
        return HttpResponse::json(QJsonObject{{u"episodes"_s, episodes},
                                              {u"movies"_s, movies},
                                              {u"providers"_s, 0},
                                              {u"status"_s, 0},
                                              {u"sonarr_signalr"_s, u"LIVE"_s},
                                              {u"radarr_signalr"_s, u"LIVE"_s},
                                              {u"announcements"_s, 0}});
    }
    if (get && path == u"/api/episodes/wanted"_s)
        return HttpResponse::json(page(wanted(false, now), request));
    if (get && path == u"/api/movies/wanted"_s)
        return HttpResponse::json(page(wanted(true, now), request));
    if (get && path == u"/api/episodes/history"_s)
        return HttpResponse::json(page(historyRows(false, now), request));
    if (get && path == u"/api/movies/history"_s)
        return HttpResponse::json(page(historyRows(true, now), request));
    if (request.method == "PATCH" && (path == u"/api/series"_s || path == u"/api/movies"_s)) {
        const QString action = request.queryValue(u"action"_s).isEmpty()
                                   ? formBody(request).queryItemValue(u"action"_s, QUrl::FullyDecoded)
                                   : request.queryValue(u"action"_s);
        const QStringList known = {u"scan-disk"_s, u"search-missing"_s, u"search-wanted"_s, u"sync"_s};
        if (!known.contains(action))
            return HttpResponse::json(QJsonObject{{u"message"_s, u"Unknown action"_s}}, 400);
        return HttpResponse::empty(204);
    }
    return HttpResponse::json(QJsonObject{{u"message"_s, u"The requested URL was not found on the server."_s}}, 404);
}

} // namespace KryNet::LabSim::Media
