#include "core/media/mediaclients.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QUrlQuery>
#include <QVersionNumber>

#include "core/http/serviceclient.h"
#include "core/media/mediaparsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Media
{
namespace
{

Error cancelled()
{
    return Error(Error::Code::Cancelled, QCoreApplication::translate("KryNet", "Cancelled."));
}

// Pure continuations without a context object: nothing to outlive (futurewatch.h explains the 6.4 assert).
template <typename T, typename Parser>
QFuture<Result<T>> parsed(ServiceClient *, QFuture<Result<QJsonDocument>> future, Parser parser)
{
    return future.then([parser](const Result<QJsonDocument> &document) -> Result<T> {
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

QFuture<Result<QList<CalendarEntry>>> ArrClient::calendar(const QDateTime &now) const
{
    const bool sonarr = m_sonarr;
    const QDateTime utc = now.toUTC();
    return m_client
        ->getJson(u"/api/v3/calendar"_s, query({{u"start"_s, utc.addDays(-1).toString(Qt::ISODate)},
                                                {u"end"_s, utc.addDays(CalendarDays).toString(Qt::ISODate)},
                                                {u"unmonitored"_s, u"false"_s}}))
        .then([sonarr](const Result<QJsonDocument> &document) -> Result<QList<CalendarEntry>> {
            if (!document)
                return document.error();
            return parseArrCalendar(*document, sonarr);
        });
}

QFuture<Result<QList<HistoryEvent>>> ArrClient::history() const
{
    const bool sonarr = m_sonarr;
    return m_client
        ->getJson(u"/api/v3/history"_s, query({{u"page"_s, u"1"_s},
                                               {u"pageSize"_s, QString::number(HistoryPageSize)},
                                               {u"sortKey"_s, u"date"_s},
                                               {u"sortDirection"_s, u"descending"_s}}))
        .then([sonarr](const Result<QJsonDocument> &document) -> Result<QList<HistoryEvent>> {
            if (!document)
                return document.error();
            return parseArrHistory(*document, sonarr);
        });
}

QFuture<Result<QList<HistoryEvent>>> ArrClient::history(const QString &downloadId) const
{
    const bool sonarr = m_sonarr;
    return m_client
        ->getJson(u"/api/v3/history"_s,
                  query({{u"page"_s, u"1"_s}, {u"pageSize"_s, u"50"_s}, {u"downloadId"_s, downloadId}}))
        .then([sonarr](const Result<QJsonDocument> &document) -> Result<QList<HistoryEvent>> {
            if (!document)
                return document.error();
            return parseArrHistory(*document, sonarr);
        });
}

namespace
{

struct MissingRead
{
    QPromise<Result<MissingEpisodes>> promise;
    MissingEpisodes out;
    int pageSize = 0;
    int maxPages = 0;

    void finish(Result<MissingEpisodes> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }
};

// One page of wanted/missing, then the next until totalRecords, an empty page or the cap.
void readMissingPage(QPointer<ServiceClient> client, std::shared_ptr<MissingRead> read, int page)
{
    if (!client) {
        read->finish(cancelled());
        return;
    }
    client
        ->getJson(u"/api/v3/wanted/missing"_s, query({{u"page"_s, QString::number(page)},
                                                      {u"pageSize"_s, QString::number(read->pageSize)},
                                                      {u"sortKey"_s, u"episodes.airDateUtc"_s},
                                                      {u"sortDirection"_s, u"descending"_s},
                                                      {u"monitored"_s, u"true"_s}}))
        .then([client, read, page](const Result<QJsonDocument> &document) {
            if (!document)
                return read->finish(document.error());
            const auto paging = parseArrPage(*document);
            if (!paging)
                return read->finish(paging.error());
            const auto episodes = parseSonarrMissing(*document);
            if (!episodes)
                return read->finish(episodes.error());
            read->out.episodes.append(*episodes);
            read->out.totalRecords = paging->totalRecords;
            read->out.pages = page;
            if (episodes->isEmpty() || read->out.episodes.size() >= paging->totalRecords || page >= read->maxPages)
                return read->finish(read->out);
            readMissingPage(client, read, page + 1);
        });
}

} // namespace

QFuture<Result<MissingEpisodes>> ArrClient::missingEpisodes(int pageSize, int maxPages) const
{
    auto read = std::make_shared<MissingRead>();
    read->pageSize = std::max(1, pageSize);
    read->maxPages = std::max(1, maxPages);
    read->promise.start();
    QFuture<Result<MissingEpisodes>> future = read->promise.future();
    readMissingPage(m_client, read, 1);
    return future;
}

QFuture<Result<QJsonDocument>> ArrClient::search(int titleId) const
{
    const QJsonObject body = m_sonarr
                                 ? QJsonObject{{u"name"_s, u"SeriesSearch"_s}, {u"seriesId"_s, titleId}}
                                 : QJsonObject{{u"name"_s, u"MoviesSearch"_s}, {u"movieIds"_s, QJsonArray{titleId}}};
    return m_client->postJson(u"/api/v3/command"_s, QJsonDocument(body));
}

qint64 QBittorrentClient::rid() const
{
    const std::lock_guard lock(m_sync->mutex);
    return m_sync->sync.rid;
}

QFuture<Result<QList<Torrent>>> QBittorrentClient::sync()
{
    std::shared_ptr<SyncState> state = m_sync;
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<QList<Torrent>>(cancelled()));
    // maindata of a big client is megabytes: parsed, merged and listed on a worker thread.
    return m_client->getLargeJson(u"/api/v2/sync/maindata"_s, query({{u"rid"_s, QString::number(rid())}}))
        .then([state](const Result<QJsonDocument> &document) -> Result<QList<Torrent>> {
            if (!document)
                return document.error();
            const std::lock_guard lock(state->mutex);
            if (auto applied = applyTorrentSync(state->sync, *document); !applied)
                return applied.error();
            return torrentsOf(state->sync);
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

QFuture<Result<QList<PlaybackSession>>> JellyfinClient::sessions() const
{
    return parsed<QList<PlaybackSession>>(
        m_client, m_client->getJson(u"/Sessions"_s, query({{u"activeWithinSeconds"_s, u"960"_s}})),
        parseJellyfinSessions);
}

qint64 SabnzbdClient::lastHistoryUpdate() const
{
    const std::lock_guard lock(m_history->mutex);
    return m_history->lastUpdate;
}

QFuture<Result<QList<SabJob>>> SabnzbdClient::historyJobs()
{
    std::shared_ptr<HistoryState> state = m_history;
    QUrlQuery q = query({{u"mode"_s, u"history"_s}, {u"output"_s, u"json"_s}, {u"limit"_s, u"200"_s}});
    if (const qint64 last = lastHistoryUpdate(); last >= 0)
        q.addQueryItem(u"last_history_update"_s, QString::number(last));
    return m_client->getJson(u"/api"_s, q)
        .then([state](const Result<QJsonDocument> &document) -> Result<QList<SabJob>> {
            if (!document)
                return document.error();
            auto history = parseSabHistory(*document);
            if (!history)
                return history.error();
            const std::lock_guard lock(state->mutex);
            if (history->unchanged) {
                if (state->lastUpdate < 0)
                    return Error(Error::Code::Parse,
                                 QCoreApplication::translate("KryNet::Media", "Unexpected media service answer"),
                                 u"SABnzbd answered 'unchanged' to the first history read"_s);
                return state->jobs;
            }
            state->lastUpdate = history->lastUpdate;
            state->jobs = history->jobs;
            return history->jobs;
        });
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

namespace
{

// The first future, then the one @p next makes from its value; errors of either end the chain.
template <typename U, typename T, typename F>
QFuture<Result<U>> chain(QFuture<Result<T>> first, F next)
{
    auto promise = std::make_shared<QPromise<Result<U>>>();
    promise->start();
    first.then([promise, next](const Result<T> &r) {
        if (!r) {
            promise->addResult(Result<U>(r.error()));
            promise->finish();
            return;
        }
        next(r.value()).then([promise](const Result<U> &u) {
            promise->addResult(u);
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<Result<QString>> versionOf(ServiceClient *client, const QString &path, const QUrlQuery &q = {})
{
    return parsed<QString>(client, client->getJson(path, q), parseVersion);
}

QFuture<Result<QJsonDocument>> asDocument(QFuture<Result<HttpResponse>> future)
{
    return future.then([](const Result<HttpResponse> &r) -> Result<QJsonDocument> {
        if (!r)
            return r.error();
        return QJsonDocument();
    });
}

} // namespace

QFuture<Result<QString>> SeerrClient::version() const
{
    return versionOf(m_client, u"/api/v1/status"_s);
}

QFuture<Result<QJsonDocument>> ArrClient::retryImport(const QString &downloadId) const
{
    const QJsonObject body{{u"name"_s, m_sonarr ? u"DownloadedEpisodesScan"_s : u"DownloadedMoviesScan"_s},
                           {u"downloadClientId"_s, downloadId},
                           {u"importMode"_s, u"Auto"_s}};
    return m_client->postJson(u"/api/v3/command"_s, QJsonDocument(body));
}

QFuture<Result<QString>> ArrClient::version() const
{
    return versionOf(m_client, u"/api/v3/system/status"_s);
}

QFuture<Result<ServiceHealth>> ArrClient::health() const
{
    return parsed<ServiceHealth>(m_client, m_client->getJson(u"/api/v3/health"_s), parseArrHealth);
}

QFuture<Result<QString>> ProwlarrClient::version() const
{
    return versionOf(m_client, u"/api/v1/system/status"_s);
}

QFuture<Result<ServiceHealth>> ProwlarrClient::health() const
{
    return parsed<ServiceHealth>(m_client, m_client->getJson(u"/api/v1/health"_s), parseArrHealth);
}

QFuture<Result<ServiceHealth>> ProwlarrClient::indexerHealth(const QDateTime &now) const
{
    QPointer<ServiceClient> client = m_client;
    return chain<ServiceHealth>(
        parsed<QHash<int, QString>>(m_client, m_client->getJson(u"/api/v1/indexer"_s), parseProwlarrIndexers),
        [client, now](const QHash<int, QString> &names) -> QFuture<Result<ServiceHealth>> {
            if (!client)
                return QtFuture::makeReadyFuture(Result<ServiceHealth>(cancelled()));
            return client->getJson(u"/api/v1/indexerstatus"_s)
                .then([names, now](const Result<QJsonDocument> &document) -> Result<ServiceHealth> {
                    if (!document)
                        return document.error();
                    return parseProwlarrIndexerStatus(*document, names, now);
                });
        });
}

QFuture<Result<QString>> QBittorrentClient::webApiVersion()
{
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<QString>(cancelled()));
    std::shared_ptr<QString> cache = m_webApiVersion;
    return m_client->send(HttpRequest::get(u"/api/v2/app/webapiVersion"_s))
        .then([cache](const Result<HttpResponse> &r) -> Result<QString> {
            if (!r)
                return r.error();
            const QString version = QString::fromUtf8(r->body).trimmed();
            if (QVersionNumber::fromString(version).isNull())
                return Error(Error::Code::Parse,
                             QCoreApplication::translate("KryNet::Media", "Unexpected media service answer"),
                             u"webapiVersion is not a version: %1"_s.arg(version.left(40)));
            *cache = version;
            return version;
        });
}

QString QBittorrentClient::actionPath(TorrentAction action, const QString &version)
{
    const bool v5 = QVersionNumber::fromString(version) >= QVersionNumber(2, 11, 0);
    switch (action) {
    case TorrentAction::Recheck:
        return u"/api/v2/torrents/recheck"_s;
    case TorrentAction::Pause:
        return v5 ? u"/api/v2/torrents/stop"_s : u"/api/v2/torrents/pause"_s;
    case TorrentAction::Resume:
        return v5 ? u"/api/v2/torrents/start"_s : u"/api/v2/torrents/resume"_s;
    }
    return {};
}

QFuture<Result<QJsonDocument>> QBittorrentClient::torrentAction(TorrentAction action, const QStringList &hashes)
{
    QPointer<ServiceClient> client = m_client;
    auto post = [client, action, hashes](const QString &version) -> QFuture<Result<QJsonDocument>> {
        if (!client)
            return QtFuture::makeReadyFuture(Result<QJsonDocument>(cancelled()));
        QUrlQuery form;
        form.addQueryItem(u"hashes"_s, hashes.join(u'|').toLower());
        return asDocument(
            client->send(HttpRequest::post(actionPath(action, version), form.toString(QUrl::FullyEncoded).toUtf8(),
                                           "application/x-www-form-urlencoded")));
    };
    if (!m_webApiVersion->isEmpty())
        return post(*m_webApiVersion);
    return chain<QJsonDocument>(webApiVersion(), post);
}

QFuture<Result<QJsonDocument>> SabnzbdClient::retry(const QString &nzoId) const
{
    // A form POST (SABnzbd reads it like the query): ServiceClient retries GETs, never POSTs.
    const QUrlQuery form = query({{u"mode"_s, u"retry"_s}, {u"value"_s, nzoId}, {u"output"_s, u"json"_s}});
    return m_client
        ->sendJson(HttpRequest::post(u"/api"_s, form.toString(QUrl::FullyEncoded).toUtf8(),
                                     "application/x-www-form-urlencoded"))
        .then([](const Result<QJsonDocument> &r) -> Result<QJsonDocument> {
            if (!r)
                return r.error();
            if (!r->object().value(u"status"_s).toBool())
                return Error(Error::Code::Remote,
                             QCoreApplication::translate("KryNet::Media", "SABnzbd did not retry the job."),
                             QString::fromUtf8(r->toJson(QJsonDocument::Compact)));
            return r.value();
        });
}

QFuture<Result<QString>> SabnzbdClient::version() const
{
    return versionOf(m_client, u"/api"_s, query({{u"mode"_s, u"version"_s}, {u"output"_s, u"json"_s}}));
}

QFuture<Result<QJsonDocument>> BazarrClient::searchMissing(bool movie, int arrId) const
{
    QUrlQuery q =
        query({{movie ? u"radarrid"_s : u"seriesid"_s, QString::number(arrId)}, {u"action"_s, u"search-missing"_s}});
    return asDocument(m_client->send(HttpRequest::patch(movie ? u"/api/movies"_s : u"/api/series"_s, q)));
}

QFuture<Result<QString>> BazarrClient::version() const
{
    return versionOf(m_client, u"/api/system/status"_s);
}

QFuture<Result<ServiceHealth>> BazarrClient::health() const
{
    return parsed<ServiceHealth>(m_client, m_client->getJson(u"/api/system/health"_s), parseBazarrHealth);
}

QFuture<Result<QJsonDocument>> JellyfinClient::libraryScan() const
{
    return asDocument(m_client->send(HttpRequest::post(u"/Library/Refresh"_s, QByteArray())));
}

QFuture<Result<QString>> JellyfinClient::version() const
{
    return versionOf(m_client, u"/System/Info/Public"_s);
}

QFuture<Result<ServiceHealth>> JellyfinClient::health() const
{
    return m_client->send(HttpRequest::get(u"/health"_s))
        .then([](const Result<HttpResponse> &r) -> Result<ServiceHealth> {
            if (!r)
                return r.error();
            ServiceHealth out;
            const QString word = QString::fromUtf8(r->body).trimmed();
            out.health = word == u"Healthy"_s ? Health::Ok : word == u"Degraded"_s ? Health::Warning : Health::Critical;
            if (out.health != Health::Ok)
                out.messages.append(u"warning: /health says "_s + word.left(60));
            return out;
        });
}

QFuture<Result<QString>> GluetunClient::vpnStatus() const
{
    return parsed<QString>(m_client, m_client->getJson(u"/v1/vpn/status"_s), parseGluetunStatus);
}

QFuture<Result<QString>> GluetunClient::publicIp() const
{
    return parsed<QString>(m_client, m_client->getJson(u"/v1/publicip/ip"_s), parseGluetunPublicIp);
}

QFuture<Result<QString>> GluetunClient::version() const
{
    return versionOf(m_client, u"/v1/version"_s);
}

} // namespace KryNet::Media
