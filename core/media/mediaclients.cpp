#include "core/media/mediaclients.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include "core/http/serviceclient.h"
#include "core/media/mediaparsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Media
{
namespace
{

template <typename T, typename Parser>
QFuture<Result<T>> parsed(ServiceClient *client, QFuture<Result<QJsonDocument>> future, Parser parser)
{
    return future.then(client, [parser](const Result<QJsonDocument> &document) -> Result<T> {
        if (!document)
            return document.error();
        return parser(*document);
    });
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, value);
    return q;
}

} // namespace

QFuture<Result<QList<SeerrRequest>>> SeerrClient::requests() const
{
    return parsed<QList<SeerrRequest>>(
        m_client,
        m_client->getJson(u"/api/v1/request"_s,
                          query({{u"take"_s, u"100"_s}, {u"filter"_s, u"all"_s}, {u"sort"_s, u"modified"_s}})),
        parseSeerrRequests);
}

QFuture<Result<QJsonDocument>> SeerrClient::approve(int requestId) const
{
    return m_client->postJson(u"/api/v1/request/%1/approve"_s.arg(requestId), QJsonDocument(QJsonObject{}));
}

QFuture<Result<QJsonDocument>> SeerrClient::decline(int requestId) const
{
    return m_client->postJson(u"/api/v1/request/%1/decline"_s.arg(requestId), QJsonDocument(QJsonObject{}));
}

QFuture<Result<QList<ArrTitle>>> ArrClient::titles() const
{
    return parsed<QList<ArrTitle>>(m_client, m_client->getJson(m_sonarr ? u"/api/v3/series"_s : u"/api/v3/movie"_s),
                                   parseArrTitles);
}

QFuture<Result<QList<QueueRecord>>> ArrClient::queue() const
{
    const QString unknown = m_sonarr ? u"includeUnknownSeriesItems"_s : u"includeUnknownMovieItems"_s;
    return parsed<QList<QueueRecord>>(
        m_client,
        m_client->getJson(u"/api/v3/queue"_s,
                          query({{u"page"_s, u"1"_s}, {u"pageSize"_s, u"1000"_s}, {unknown, u"true"_s}})),
        parseArrQueue);
}

QFuture<Result<QList<MissingEpisode>>> ArrClient::missingEpisodes() const
{
    return parsed<QList<MissingEpisode>>(
        m_client,
        m_client->getJson(u"/api/v3/wanted/missing"_s,
                          query({{u"page"_s, u"1"_s}, {u"pageSize"_s, u"1000"_s}, {u"monitored"_s, u"true"_s}})),
        parseSonarrMissing);
}

QFuture<Result<QJsonDocument>> ArrClient::search(int titleId) const
{
    const QJsonObject body = m_sonarr
                                 ? QJsonObject{{u"name"_s, u"SeriesSearch"_s}, {u"seriesId"_s, titleId}}
                                 : QJsonObject{{u"name"_s, u"MoviesSearch"_s}, {u"movieIds"_s, QJsonArray{titleId}}};
    return m_client->postJson(u"/api/v3/command"_s, QJsonDocument(body));
}

QFuture<Result<QList<Torrent>>> QBittorrentClient::sync()
{
    std::shared_ptr<TorrentSync> state = m_sync;
    return m_client->getJson(u"/api/v2/sync/maindata"_s, query({{u"rid"_s, QString::number(state->rid)}}))
        .then(m_client, [state](const Result<QJsonDocument> &document) -> Result<QList<Torrent>> {
            if (!document)
                return document.error();
            if (auto applied = applyTorrentSync(*state, *document); !applied)
                return applied.error();
            return torrentsOf(*state);
        });
}

QFuture<Result<QList<SabJob>>> SabnzbdClient::jobs(bool history) const
{
    return parsed<QList<SabJob>>(m_client,
                                 m_client->getJson(u"/api"_s, query({{u"mode"_s, history ? u"history"_s : u"queue"_s},
                                                                     {u"output"_s, u"json"_s},
                                                                     {u"limit"_s, u"200"_s}})),
                                 parseSabJobs);
}

QFuture<Result<QList<SubtitleWant>>> BazarrClient::wanted(bool episodes) const
{
    return parsed<QList<SubtitleWant>>(m_client,
                                       m_client->getJson(episodes ? u"/api/episodes/wanted"_s : u"/api/movies/wanted"_s,
                                                         query({{u"start"_s, u"0"_s}, {u"length"_s, u"-1"_s}})),
                                       parseBazarrWanted);
}

QFuture<Result<QList<JellyfinItem>>> JellyfinClient::items() const
{
    return parsed<QList<JellyfinItem>>(m_client,
                                       m_client->getJson(u"/Items"_s, query({{u"recursive"_s, u"true"_s},
                                                                             {u"includeItemTypes"_s, u"Movie,Series"_s},
                                                                             {u"fields"_s, u"ProviderIds"_s}})),
                                       parseJellyfinItems);
}

} // namespace KryNet::Media
