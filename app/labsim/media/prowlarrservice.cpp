#include "app/labsim/media/prowlarrservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

struct IndexerSeed
{
    int id;
    const char16_t *name;
    bool torrent;
    const char16_t *privacy;
    const char16_t *url;
};

const IndexerSeed kIndexers[] = {
    {1, u"Lumen", true, u"public", u"https://lumen.example/"},
    {2, u"ShelfLife", true, u"private", u"https://shelflife.example/"},
    {3, u"Parcel", false, u"private", u"https://api.parcel.example/"},
    {4, u"Tidepool", true, u"semiPrivate", u"https://tidepool.example/"},
    {5, u"Basalt", false, u"private", u"https://basalt.example/"},
};
constexpr int kFailingIndexer = 4;

} // namespace

ProwlarrService::ProwlarrService(std::shared_ptr<MediaState> state)
    : m_state(std::move(state))
{}

QJsonObject ProwlarrService::credentials() const
{
    return {{u"apiKey"_s, m_state->apiKey(id())}};
}

QJsonObject ProwlarrService::failure(qint64 now) const
{
    // Failing since seven hours before the lab started; retried (and failing again) every hour.
    const qint64 initial = m_state->epoch() - 7 * 3600;
    const qint64 recent = initial + ((now - initial) / 3600) * 3600;
    return {{u"id"_s, 1},
            {u"indexerId"_s, kFailingIndexer},
            {u"disabledTill"_s, isoTime(recent + 3600)},
            {u"mostRecentFailure"_s, isoTime(recent)},
            {u"initialFailure"_s, isoTime(initial)}};
}

QJsonArray ProwlarrService::indexers() const
{
    QJsonArray out;
    for (const IndexerSeed &seed : kIndexers) {
        const QString name = QString::fromUtf16(seed.name);
        const QString implementation = seed.torrent ? u"Cardigann"_s : u"Newznab"_s;
        QJsonArray categories{
            QJsonObject{{u"id"_s, 2000}, {u"name"_s, u"Movies"_s}, {u"subCategories"_s, QJsonArray{}}},
            QJsonObject{{u"id"_s, 5000}, {u"name"_s, u"TV"_s}, {u"subCategories"_s, QJsonArray{}}}};
        out.append(QJsonObject{
            {u"id"_s, seed.id},
            {u"name"_s, name},
            {u"fields"_s, QJsonArray{QJsonObject{{u"order"_s, 0},
                                                 {u"name"_s, u"baseUrl"_s},
                                                 {u"label"_s, u"Base Url"_s},
                                                 {u"value"_s, QString::fromUtf16(seed.url)},
                                                 {u"type"_s, u"select"_s},
                                                 {u"advanced"_s, false},
                                                 {u"privacy"_s, u"normal"_s},
                                                 {u"isFloat"_s, false}}}},
            {u"implementationName"_s, implementation},
            {u"implementation"_s, implementation},
            {u"configContract"_s, QString(implementation + u"Settings"_s)},
            {u"infoLink"_s, u"https://wiki.servarr.com/prowlarr/supported-indexers#%1"_s.arg(name.toLower())},
            {u"tags"_s, QJsonArray{}},
            {u"indexerUrls"_s, QJsonArray{QString::fromUtf16(seed.url)}},
            {u"legacyUrls"_s, QJsonArray{}},
            {u"definitionName"_s, name.toLower()},
            {u"description"_s, u"%1 is a %2 %3 indexer"_s.arg(name, QString::fromUtf16(seed.privacy),
                                                              seed.torrent ? u"torrent"_s : u"usenet"_s)},
            {u"language"_s, u"en-US"_s},
            {u"encoding"_s, u"UTF-8"_s},
            {u"enable"_s, true},
            {u"redirect"_s, false},
            {u"supportsRss"_s, true},
            {u"supportsSearch"_s, true},
            {u"supportsRedirect"_s, false},
            {u"supportsPagination"_s, !seed.torrent},
            {u"appProfileId"_s, 1},
            {u"protocol"_s, seed.torrent ? u"torrent"_s : u"usenet"_s},
            {u"privacy"_s, QString::fromUtf16(seed.privacy)},
            {u"capabilities"_s,
             QJsonObject{{u"id"_s, 0},
                         {u"limitsMax"_s, 100},
                         {u"limitsDefault"_s, 100},
                         {u"categories"_s, categories},
                         {u"supportsRawSearch"_s, false},
                         {u"searchParams"_s, QJsonArray{u"q"_s}},
                         {u"tvSearchParams"_s, QJsonArray{u"q"_s, u"season"_s, u"ep"_s, u"tvdbId"_s}},
                         {u"movieSearchParams"_s, QJsonArray{u"q"_s, u"imdbId"_s, u"tmdbId"_s}},
                         {u"musicSearchParams"_s, QJsonArray{}},
                         {u"bookSearchParams"_s, QJsonArray{}}}},
            {u"priority"_s, 25},
            {u"downloadClientId"_s, 0},
            {u"added"_s, isoTime(m_state->epoch() - (300 - seed.id * 20) * 86400LL)},
            {u"sortName"_s, name.toLower()}});
    }
    return out;
}

HttpResponse ProwlarrService::handle(const HttpRequest &request)
{
    const qint64 now = m_state->now();
    if (request.path == u"/ping"_s)
        return HttpResponse::json(QJsonObject{{u"status"_s, u"OK"_s}});
    QString key = request.queryValue(u"apikey"_s);
    if (key.isEmpty())
        key = QString::fromUtf8(request.header("X-Api-Key"));
    if (key.isEmpty() && request.header("Authorization").startsWith("Bearer "))
        key = QString::fromUtf8(request.header("Authorization").mid(7)).trimmed();
    if (key != m_state->apiKey(id()))
        return HttpResponse::empty(401);
    if (request.method != "GET")
        return HttpResponse::empty(405);
    QString path = request.path;
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path == u"/api/v1/system/status"_s) {
        return HttpResponse::json(QJsonObject{{u"appName"_s, u"Prowlarr"_s},
                                              {u"instanceName"_s, u"Prowlarr"_s},
                                              {u"version"_s, u"2.3.0.5236"_s},
                                              {u"buildTime"_s, isoTime(m_state->epoch() - 40 * 86400)},
                                              {u"isDebug"_s, false},
                                              {u"isProduction"_s, true},
                                              {u"isAdmin"_s, false},
                                              {u"isUserInteractive"_s, false},
                                              {u"startupPath"_s, u"/app/prowlarr/bin"_s},
                                              {u"appData"_s, u"/config"_s},
                                              {u"osName"_s, u"alpine"_s},
                                              {u"osVersion"_s, u"3.22.1"_s},
                                              {u"isNetCore"_s, true},
                                              {u"isLinux"_s, true},
                                              {u"isOsx"_s, false},
                                              {u"isWindows"_s, false},
                                              {u"isDocker"_s, true},
                                              {u"mode"_s, u"console"_s},
                                              {u"branch"_s, u"master"_s},
                                              {u"databaseType"_s, u"sqLite"_s},
                                              {u"databaseVersion"_s, u"3.49.2"_s},
                                              {u"authentication"_s, u"forms"_s},
                                              {u"migrationVersion"_s, 42},
                                              {u"urlBase"_s, u""_s},
                                              {u"runtimeVersion"_s, u"8.0.17"_s},
                                              {u"runtimeName"_s, u".NET"_s},
                                              {u"startTime"_s, isoTime(m_state->epoch() - 3 * 86400 - 3100)},
                                              {u"packageVersion"_s, u"2.3.0.5236-ls124"_s},
                                              {u"packageAuthor"_s, u"[linuxserver.io](https://linuxserver.io)"_s},
                                              {u"packageUpdateMechanism"_s, u"docker"_s}});
    }
    if (path == u"/api/v1/health"_s) {
        return HttpResponse::json(QJsonArray{QJsonObject{
            {u"id"_s, 1},
            {u"source"_s, u"IndexerLongTermStatusCheck"_s},
            {u"type"_s, u"error"_s},
            {u"message"_s, u"Indexers unavailable due to failures for more than 6 hours: Tidepool"_s},
            {u"wikiUrl"_s,
             u"https://wiki.servarr.com/prowlarr/system#indexers-are-unavailable-due-to-failures-for-more-than-6-hours"_s}}});
    }
    if (path == u"/api/v1/indexer"_s)
        return HttpResponse::json(indexers());
    if (path.startsWith(u"/api/v1/indexer/"_s)) {
        const int wanted = path.mid(16).toInt();
        for (const QJsonValue &indexer : indexers()) {
            if (indexer[u"id"_s].toInt() == wanted)
                return HttpResponse::json(indexer.toObject());
        }
        return HttpResponse::json(QJsonObject{{u"message"_s, u"NotFound"_s}}, 404);
    }
    if (path == u"/api/v1/indexerstatus"_s)
        return HttpResponse::json(QJsonArray{failure(now)});
    if (path == u"/api/v1/indexerstats"_s) {
        QJsonArray stats;
        for (const IndexerSeed &seed : kIndexers) {
            const bool failing = seed.id == kFailingIndexer;
            const int queries = 400 + seed.id * 37;
            stats.append(QJsonObject{{u"indexerId"_s, seed.id},
                                     {u"indexerName"_s, QString::fromUtf16(seed.name)},
                                     {u"averageResponseTime"_s, failing ? 15000 : 300 + seed.id * 45},
                                     {u"averageGrabResponseTime"_s, failing ? 0 : 180 + seed.id * 20},
                                     {u"numberOfQueries"_s, queries},
                                     {u"numberOfGrabs"_s, failing ? 0 : 12 + seed.id},
                                     {u"numberOfRssQueries"_s, queries / 2},
                                     {u"numberOfAuthQueries"_s, 4},
                                     {u"numberOfFailedQueries"_s, failing ? 57 : seed.id},
                                     {u"numberOfFailedGrabs"_s, 0},
                                     {u"numberOfFailedRssQueries"_s, failing ? 28 : 0},
                                     {u"numberOfFailedAuthQueries"_s, 0}});
        }
        return HttpResponse::json(QJsonObject{
            {u"id"_s, 0}, {u"indexers"_s, stats}, {u"userAgents"_s, QJsonArray{}}, {u"hosts"_s, QJsonArray{}}});
    }
    return HttpResponse::empty(404);
}

} // namespace KryNet::LabSim::Media
