// The media services of krynet-labsim in-process, with a frozen clock: auth rules, paging, the
// cross-service links of PIPELINE-LINKS.md, time moving requests forward, stuck cases staying stuck,
// qBittorrent's rid protocol and SABnzbd's string numbers.
#include <QSet>
#include <QTest>

#include "tests/unit/labsim/labsimmediatestutil.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;
using namespace KryNet::LabSim::Media;
using KryNet::Test::MediaLab;

namespace
{

using Headers = QList<QPair<QByteArray, QByteArray>>;

Headers header(const QByteArray &name, const QByteArray &value)
{
    return {qMakePair(QByteArray(name), QByteArray(value))};
}

QString qbLogin(MediaLab &lab)
{
    const QByteArray form =
        "username=" + lab.state().qbUser().toUtf8() + "&password=" + lab.state().qbPassword().toUtf8();
    const HttpResponse response = lab.call(u"qbittorrent"_s, "POST", u"/api/v2/auth/login"_s,
                                           header("Content-Type", "application/x-www-form-urlencoded"), form);
    const QByteArray cookie = response.header("Set-Cookie");
    return QString::fromLatin1(cookie.left(cookie.indexOf(';')));
}

QJsonDocument qbGet(MediaLab &lab, const QString &cookie, const QString &target)
{
    return QJsonDocument::fromJson(lab.call(u"qbittorrent"_s, "GET", target, header("Cookie", cookie.toLatin1())).body);
}

/// Every download id the clients know: upper-cased torrent hashes (and v1 hashes) and nzo_ids.
QSet<QString> clientIds(MediaLab &lab)
{
    QSet<QString> ids;
    const QString cookie = qbLogin(lab);
    for (const QJsonValue &torrent : qbGet(lab, cookie, u"/api/v2/torrents/info"_s).array()) {
        ids.insert(torrent[u"hash"_s].toString().toUpper());
        ids.insert(torrent[u"infohash_v1"_s].toString().toUpper());
    }
    for (const QJsonValue &slot : lab.get(u"sabnzbd"_s, u"/api?mode=queue"_s)[u"queue"_s][u"slots"_s].toArray())
        ids.insert(slot[u"nzo_id"_s].toString());
    for (const QJsonValue &slot : lab.get(u"sabnzbd"_s, u"/api?mode=history"_s)[u"history"_s][u"slots"_s].toArray())
        ids.insert(slot[u"nzo_id"_s].toString());
    return ids;
}

int stageRank(Stage stage)
{
    switch (stage) {
    case Stage::Pending:
        return 0;
    case Stage::Approved:
        return 1;
    case Stage::Searching:
        return 2;
    case Stage::Grabbed:
        return 3;
    case Stage::Downloading:
    case Stage::Paused:
    case Stage::Stalled:
        return 4;
    case Stage::PostProcessing:
    case Stage::ImportPending:
    case Stage::Importing:
    case Stage::ImportBlocked:
        return 5;
    case Stage::Subtitles:
    case Stage::NotInLibrary:
        return 6;
    case Stage::Available:
        return 7;
    case Stage::Declined:
    case Stage::Failed: // outside the pipeline until a retry
        return -1;
    }
    return -1;
}

int jobOf(const MediaState &state, Scenario scenario)
{
    for (int i = 0; i < state.jobs().size(); ++i) {
        if (state.jobs()[i].scenario == scenario)
            return i;
    }
    return -1;
}

int jobFor(MediaState &state, const QString &titleName)
{
    for (int i = 0; i < state.jobs().size(); ++i) {
        if (state.titles()[state.jobs()[i].titleIndex].name == titleName)
            return i;
    }
    return -1;
}

QJsonObject findRecord(const QJsonArray &records, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &record : records) {
        if (record[key] == value)
            return record.toObject();
    }
    return {};
}

} // namespace

class TestLabsimMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSameSeedSameLab();
    void testArrAuth();
    void testOtherServicesAuth();
    void testQueuePaging();
    void testPipelineLinks();
    void testClockMovesItemsForward();
    void testStuckCasesStayStuck();
    void testSeerrApproveAndDecline();
    void testArrSearchCommand();
    void testQbittorrentSync();
    void testQbittorrentStopStart();
    void testSabnzbdStringsAndHistoryUpdates();
    void testSabnzbdFailedJobRetried();
    void testJellyfinScanFindsMissedImport();
    void testScaleScenario();
};

void TestLabsimMedia::testSameSeedSameLab()
{
    MediaLab a(7);
    MediaLab b(7);
    MediaLab c(8);
    QCOMPARE(a.get(u"radarr"_s, u"/api/v3/queue"_s).toJson(), b.get(u"radarr"_s, u"/api/v3/queue"_s).toJson());
    QCOMPARE(a.key(u"sonarr"_s), b.key(u"sonarr"_s));
    QVERIFY(a.key(u"sonarr"_s) != c.key(u"sonarr"_s));
    QCOMPARE(a.key(u"sonarr"_s).size(), 32);
}

void TestLabsimMedia::testArrAuth()
{
    MediaLab lab;
    for (const QString &service : {u"sonarr"_s, u"radarr"_s, u"prowlarr"_s}) {
        const QString status = service == u"prowlarr"_s ? u"/api/v1/system/status"_s : u"/api/v3/system/status"_s;
        const QByteArray key = lab.key(service).toLatin1();
        HttpResponse response = lab.call(service, "GET", status);
        QCOMPARE(response.status, 401);
        QVERIFY(response.body.isEmpty()); // the *arrs answer 401 with an empty body
        QCOMPARE(lab.call(service, "GET", status, header("X-Api-Key", "wrong")).status, 401);
        QCOMPARE(lab.call(service, "GET", status, header("X-Api-Key", key)).status, 200);
        QCOMPARE(lab.call(service, "GET", status + u"?apikey="_s + QString::fromLatin1(key)).status, 200);
        QCOMPARE(lab.call(service, "GET", status, header("Authorization", "Bearer " + key)).status, 200);
        // The query parameter wins over the header.
        QCOMPARE(lab.call(service, "GET", status + u"?apikey=wrong"_s, header("X-Api-Key", key)).status, 401);
        response = lab.call(service, "GET", u"/ping"_s);
        QCOMPARE(response.status, 200);
        QCOMPARE(QJsonDocument::fromJson(response.body)[u"status"_s].toString(), u"OK"_s);
    }
}

void TestLabsimMedia::testOtherServicesAuth()
{
    MediaLab lab;
    // Seerr: 403 with its JSON body; status is anonymous.
    HttpResponse response = lab.call(u"seerr"_s, "GET", u"/api/v1/request"_s, header("X-Api-Key", "nope"));
    QCOMPARE(response.status, 403);
    QCOMPARE(QJsonDocument::fromJson(response.body)[u"error"_s].toString(),
             u"You do not have permission to access this endpoint"_s);
    QCOMPARE(lab.call(u"seerr"_s, "GET", u"/api/v1/status"_s).status, 200);

    // qBittorrent: 403 without a session, "Fails." for a wrong password (HTTP 200, no cookie).
    response = lab.call(u"qbittorrent"_s, "GET", u"/api/v2/torrents/info"_s);
    QCOMPARE(response.status, 403);
    QCOMPARE(response.body, QByteArray("Forbidden"));
    response = lab.call(u"qbittorrent"_s, "POST", u"/api/v2/auth/login"_s, {}, "username=admin&password=wrong");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("Fails."));
    QVERIFY(response.header("Set-Cookie").isEmpty());
    QCOMPARE(lab.call(u"qbittorrent"_s, "GET", u"/api/v2/auth/login"_s).status, 405);
    const QString cookie = qbLogin(lab);
    QVERIFY(cookie.startsWith(u"SID="_s));
    response = lab.call(u"qbittorrent"_s, "GET", u"/api/v2/app/webapiVersion"_s, header("Cookie", cookie.toLatin1()));
    QCOMPARE(response.body, QByteArray("2.11.4"));
    // 5.x: the 4.x action names are gone.
    QCOMPARE(lab.call(u"qbittorrent"_s, "POST", u"/api/v2/torrents/pause"_s, header("Cookie", cookie.toLatin1()),
                      "hashes=all")
                 .status,
             404);

    // SABnzbd: version without a key, 403 with the reason as text otherwise.
    QCOMPARE(lab.call(u"sabnzbd"_s, "GET", u"/api?mode=version&output=json"_s).status, 200);
    response = lab.call(u"sabnzbd"_s, "GET", u"/api?mode=queue&output=json"_s);
    QCOMPARE(response.status, 403);
    QCOMPARE(response.body, QByteArray("API Key Required"));
    response = lab.call(u"sabnzbd"_s, "GET", u"/api?mode=queue&output=json&apikey=wrong"_s);
    QCOMPARE(response.body, QByteArray("API Key Incorrect"));

    // Bazarr: X-API-KEY or apikey; ping is anonymous.
    QCOMPARE(lab.call(u"bazarr"_s, "GET", u"/api/movies/wanted"_s).status, 401);
    QCOMPARE(lab.call(u"bazarr"_s, "GET", u"/api/movies/wanted?apikey="_s + lab.key(u"bazarr"_s)).status, 200);
    QCOMPARE(lab.call(u"bazarr"_s, "GET", u"/api/system/ping"_s).status, 200);

    // Jellyfin: MediaBrowser Token, the legacy X-Emby-Token; /health anonymous.
    response = lab.call(u"jellyfin"_s, "GET", u"/System/Info"_s);
    QCOMPARE(response.status, 401);
    QVERIFY(response.body.isEmpty());
    const QByteArray jellyfinKey = lab.key(u"jellyfin"_s).toLatin1();
    QCOMPARE(lab.call(u"jellyfin"_s, "GET", u"/System/Info"_s,
                      header("Authorization", "MediaBrowser Client=\"KryNet\", Token=\"" + jellyfinKey + "\""))
                 .status,
             200);
    QCOMPARE(lab.call(u"jellyfin"_s, "GET", u"/System/Info"_s, header("X-Emby-Token", jellyfinKey)).status, 200);
    QCOMPARE(lab.call(u"jellyfin"_s, "GET", u"/health"_s).body, QByteArray("Healthy"));
    // An API key has no user: /Items/Latest needs userId.
    lab.get(u"jellyfin"_s, u"/Items/Latest"_s);
    QCOMPARE(lab.lastStatus(), 404);
}

void TestLabsimMedia::testQueuePaging()
{
    MediaLab lab;
    const QJsonDocument first = lab.get(u"sonarr"_s, u"/api/v3/queue"_s);
    QCOMPARE(first[u"page"_s].toInt(), 1);
    QCOMPARE(first[u"pageSize"_s].toInt(), 10); // the *arr default
    const int total = first[u"totalRecords"_s].toInt();
    QVERIFY2(total >= 10, "a season pack fills Sonarr's queue with one record per episode");

    QSet<int> ids;
    const int pageSize = 4;
    for (int page = 1; page <= (total + pageSize - 1) / pageSize; ++page) {
        const QJsonDocument document =
            lab.get(u"sonarr"_s, u"/api/v3/queue?page=%1&pageSize=%2"_s.arg(page).arg(pageSize));
        QCOMPARE(document[u"totalRecords"_s].toInt(), total);
        QCOMPARE(document[u"page"_s].toInt(), page);
        const QJsonArray records = document[u"records"_s].toArray();
        QCOMPARE(records.size(), std::min(pageSize, total - (page - 1) * pageSize));
        for (const QJsonValue &record : records)
            ids.insert(record[u"id"_s].toInt());
    }
    QCOMPARE(ids.size(), total);

    // A season pack: several records share one downloadId, one per episode.
    QHash<QString, QSet<int>> episodesPerDownload;
    for (const QJsonValue &record : lab.get(u"sonarr"_s, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray())
        episodesPerDownload[record[u"downloadId"_s].toString()].insert(record[u"episodeId"_s].toInt());
    QVERIFY(std::any_of(episodesPerDownload.begin(), episodesPerDownload.end(),
                        [](const QSet<int> &episodes) { return episodes.size() > 1; }));

    // History pages the same way.
    const QJsonDocument history = lab.get(u"radarr"_s, u"/api/v3/history"_s);
    QCOMPARE(history[u"pageSize"_s].toInt(), 10);
    QVERIFY(history[u"records"_s].toArray().size() <= 10);
}

void TestLabsimMedia::testPipelineLinks()
{
    MediaLab lab;
    for (const qint64 step : {0, 600, 3600, 3 * 3600, 86400}) {
        lab.advance(step);
        const QString when = u" at +%1 s"_s.arg(lab.now() - lab.state().epoch());
        const QSet<QString> known = clientIds(lab);

        QHash<int, int> radarrByTmdb;
        QHash<int, int> sonarrByTvdb;
        for (const QJsonValue &movie : lab.get(u"radarr"_s, u"/api/v3/movie"_s).array())
            radarrByTmdb.insert(movie[u"tmdbId"_s].toInt(), movie[u"id"_s].toInt());
        for (const QJsonValue &series : lab.get(u"sonarr"_s, u"/api/v3/series"_s).array())
            sonarrByTvdb.insert(series[u"tvdbId"_s].toInt(), series[u"id"_s].toInt());

        // *arr queue downloadId → qBittorrent hash (upper case) or SABnzbd nzo_id.
        for (const QString &arr : {u"sonarr"_s, u"radarr"_s}) {
            const QJsonArray records = lab.get(arr, u"/api/v3/queue?pageSize=500"_s)[u"records"_s].toArray();
            for (const QJsonValue &record : records) {
                const QString id = record[u"downloadId"_s].toString();
                QVERIFY2(known.contains(id),
                         qPrintable(arr + u" queue downloadId "_s + id + u" not in a client"_s + when));
                if (record[u"protocol"_s].toString() == u"torrent"_s)
                    QCOMPARE(id, id.toUpper());
                else
                    QVERIFY(id.startsWith(u"SABnzbd_nzo_"_s));
            }
        }

        // Approved Seerr requests → the *arr title, by externalServiceId and by tmdbId/tvdbId.
        const QJsonArray requests = lab.get(u"seerr"_s, u"/api/v1/request?take=100"_s)[u"results"_s].toArray();
        QVERIFY(requests.size() >= 12);
        for (const QJsonValue &request : requests) {
            const int status = request[u"status"_s].toInt();
            const QJsonObject media = request[u"media"_s].toObject();
            if (status != 2 && status != 5)
                continue;
            QCOMPARE(media[u"serviceId"_s].toInt(-1), 0);
            const bool movie = request[u"type"_s].toString() == u"movie"_s;
            const int external = media[u"externalServiceId"_s].toInt(-1);
            if (movie)
                QCOMPARE(radarrByTmdb.value(media[u"tmdbId"_s].toInt(), -2), external);
            else
                QCOMPARE(sonarrByTvdb.value(media[u"tvdbId"_s].toInt(), -2), external);
        }

        // Jellyfin ProviderIds (strings) ↔ *arr ids (ints).
        const QJsonArray items =
            lab.get(u"jellyfin"_s,
                    u"/Items?recursive=true&includeItemTypes=Movie,Series&fields=ProviderIds"_s)[u"Items"_s]
                .toArray();
        QVERIFY(items.size() >= 20);
        for (const QJsonValue &item : items) {
            const QJsonObject ids = item[u"ProviderIds"_s].toObject();
            if (item[u"Type"_s].toString() == u"Movie"_s)
                QVERIFY2(radarrByTmdb.contains(ids[u"Tmdb"_s].toString().toInt()),
                         qPrintable(item[u"Name"_s].toString()));
            else
                QVERIFY(sonarrByTvdb.contains(ids[u"Tvdb"_s].toString().toInt()));
        }

        // Bazarr wanted ids are *arr ids; a wanted item has its file.
        for (const QJsonValue &movie : lab.get(u"bazarr"_s, u"/api/movies/wanted"_s)[u"data"_s].toArray()) {
            const QJsonDocument radarrMovie =
                lab.get(u"radarr"_s, u"/api/v3/movie/%1"_s.arg(movie[u"radarrId"_s].toInt()));
            QCOMPARE(lab.lastStatus(), 200);
            QVERIFY(radarrMovie[u"hasFile"_s].toBool());
        }
        for (const QJsonValue &episode : lab.get(u"bazarr"_s, u"/api/episodes/wanted"_s)[u"data"_s].toArray()) {
            const QJsonDocument sonarrEpisode =
                lab.get(u"sonarr"_s, u"/api/v3/episode/%1"_s.arg(episode[u"sonarrEpisodeId"_s].toInt()));
            QCOMPARE(lab.lastStatus(), 200);
            QCOMPARE(sonarrEpisode[u"seriesId"_s].toInt(), episode[u"sonarrSeriesId"_s].toInt());
            QVERIFY(sonarrEpisode[u"hasFile"_s].toBool());
        }
    }
}

void TestLabsimMedia::testClockMovesItemsForward()
{
    MediaLab lab;
    MediaState &state = lab.state();
    QList<int> before;
    for (int i = 0; i < state.jobs().size(); ++i)
        before.append(stageRank(state.times(i, lab.now()).stage));

    // A downloading torrent: progress grows with time, as qBittorrent and Radarr report it.
    const int downloading = jobFor(state, u"The Glass Meridian"_s);
    QCOMPARE(state.times(downloading, lab.now()).stage, Stage::Downloading);
    const QString hash = state.jobs()[downloading].hash;
    const QString cookie = qbLogin(lab);
    const double progressBefore =
        qbGet(lab, cookie, u"/api/v2/torrents/info?hashes="_s + hash).array().first()[u"progress"_s].toDouble();
    lab.advance(600);
    const double progressAfter = qbGet(lab, cookie, u"/api/v2/torrents/info?hashes="_s + hash.toUpper())
                                     .array()
                                     .first()[u"progress"_s]
                                     .toDouble();
    QVERIFY2(progressAfter > progressBefore, qPrintable(u"%1 → %2"_s.arg(progressBefore).arg(progressAfter)));

    // The searching movie gets grabbed, downloads, imports, gets subtitles and becomes available.
    const int searching = jobFor(state, u"Northbound Static"_s);
    QList<Stage> seen;
    for (int step = 0; step < 24 * 360; ++step) {
        const Stage stage = state.times(searching, lab.now()).stage;
        if (seen.isEmpty() || seen.last() != stage)
            seen.append(stage);
        lab.advance(10);
    }
    const QList<Stage> expected = {Stage::Searching, Stage::Grabbed,   Stage::Downloading, Stage::ImportPending,
                                   Stage::Importing, Stage::Subtitles, Stage::Available};
    QCOMPARE(seen, expected);

    // Nobody moves backwards; flowing requests end available; the Seerr request completes.
    for (int i = 0; i < state.jobs().size(); ++i) {
        const Stage stage = state.times(i, lab.now()).stage;
        QVERIFY(stageRank(stage) >= before[i] || stageRank(stage) < 0);
        if (state.jobs()[i].scenario == Scenario::Flow)
            QCOMPARE(stageName(stage), stageName(Stage::Available));
    }
    const QJsonDocument request = lab.get(u"seerr"_s, u"/api/v1/request/%1"_s.arg(state.jobs()[searching].requestId));
    QCOMPARE(request[u"status"_s].toInt(), 5);
    QCOMPARE(request[u"media"_s][u"status"_s].toInt(), 5);
    QVERIFY(!request[u"media"_s][u"jellyfinMediaId"_s].toString().isEmpty());
    // After the import the queue record is gone and history keeps the link.
    const QString downloadId = state.downloadId(state.jobs()[searching]);
    const QJsonArray history =
        lab.get(u"radarr"_s, u"/api/v3/history?downloadId="_s + downloadId)[u"records"_s].toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0][u"eventType"_s].toString(), u"downloadFolderImported"_s);
    QCOMPARE(history[1][u"eventType"_s].toString(), u"grabbed"_s);
    QVERIFY(findRecord(lab.get(u"radarr"_s, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray(), u"downloadId"_s,
                       downloadId)
                .isEmpty());
}

void TestLabsimMedia::testStuckCasesStayStuck()
{
    MediaLab lab;
    MediaState &state = lab.state();
    lab.advance(2 * 86400);

    // Import blocked: a warning with a status message, the download complete in qBittorrent.
    const QJsonArray radarrQueue = lab.get(u"radarr"_s, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray();
    const QJsonObject blocked = findRecord(radarrQueue, u"trackedDownloadState"_s, u"importBlocked"_s);
    QVERIFY(!blocked.isEmpty());
    QCOMPARE(blocked[u"trackedDownloadStatus"_s].toString(), u"warning"_s);
    QVERIFY(!blocked[u"statusMessages"_s][0][u"messages"_s][0].toString().isEmpty());

    // Stalled torrent: stalledDL with no seeds; Sonarr says why.
    const QString cookie = qbLogin(lab);
    const QJsonArray stalled = qbGet(lab, cookie, u"/api/v2/torrents/info?filter=stalled_downloading"_s).array();
    QCOMPARE(stalled.size(), 1);
    QCOMPARE(stalled[0][u"state"_s].toString(), u"stalledDL"_s);
    QCOMPARE(stalled[0][u"num_seeds"_s].toInt(), 0);
    QVERIFY(stalled[0][u"progress"_s].toDouble() < 1.0);
    const QJsonObject stalledRecord =
        findRecord(lab.get(u"sonarr"_s, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray(), u"downloadId"_s,
                   stalled[0][u"hash"_s].toString().toUpper());
    QCOMPARE(stalledRecord[u"status"_s].toString(), u"warning"_s);
    QCOMPARE(stalledRecord[u"statusMessages"_s][0][u"messages"_s][0].toString(),
             u"The download is stalled with no connections"_s);

    // No release found: monitored, missing, searched, never grabbed.
    const int noRelease = jobFor(state, u"Midnight at Vantor Station"_s);
    const int movieId = state.titles()[state.jobs()[noRelease].titleIndex].arrId;
    const QJsonObject missing = findRecord(
        lab.get(u"radarr"_s, u"/api/v3/wanted/missing?pageSize=100"_s)[u"records"_s].toArray(), u"id"_s, movieId);
    QVERIFY(!missing.isEmpty());
    QVERIFY(missing[u"monitored"_s].toBool());
    QVERIFY(missing.contains(u"lastSearchTime"_s));
    QCOMPARE(lab.get(u"radarr"_s, u"/api/v3/history?movieIds=%1"_s.arg(movieId))[u"totalRecords"_s].toInt(), 0);
    // A search command changes nothing but the search time.
    lab.call(u"radarr"_s, "POST", u"/api/v3/command"_s, header("X-Api-Key", lab.key(u"radarr"_s).toLatin1()),
             QJsonDocument(QJsonObject{{u"name"_s, u"MoviesSearch"_s}, {u"movieIds"_s, QJsonArray{movieId}}}).toJson());
    lab.advance(3600);
    QCOMPARE(state.times(noRelease, lab.now()).stage, Stage::Searching);

    // Missing subtitles: available, yet Bazarr keeps wanting one language.
    const QJsonArray wantedMovies = lab.get(u"bazarr"_s, u"/api/movies/wanted"_s)[u"data"_s].toArray();
    const QJsonArray wantedEpisodes = lab.get(u"bazarr"_s, u"/api/episodes/wanted"_s)[u"data"_s].toArray();
    QCOMPARE(wantedMovies.size(), 1);
    QCOMPARE(wantedEpisodes.size(), 1);
    QCOMPARE(wantedMovies[0][u"missing_subtitles"_s][0][u"code2"_s].toString(), u"de"_s);

    // Prowlarr: one indexer backed off, and health says so.
    const QJsonArray status = lab.get(u"prowlarr"_s, u"/api/v1/indexerstatus"_s).array();
    QCOMPARE(status.size(), 1);
    QVERIFY(QDateTime::fromString(status[0][u"disabledTill"_s].toString(), Qt::ISODate).toSecsSinceEpoch() > lab.now());
    QVERIFY(lab.get(u"prowlarr"_s, u"/api/v1/health"_s)[0][u"message"_s].toString().contains(u"Tidepool"_s));
}

void TestLabsimMedia::testSeerrApproveAndDecline()
{
    MediaLab lab;
    const QJsonArray pending = lab.get(u"seerr"_s, u"/api/v1/request?filter=pending"_s)[u"results"_s].toArray();
    QCOMPARE(pending.size(), 2);
    const Headers key = header("X-Api-Key", lab.key(u"seerr"_s).toLatin1());
    const QJsonObject first = pending[0].toObject();
    const QJsonObject second = pending[1].toObject();

    HttpResponse response =
        lab.call(u"seerr"_s, "POST", u"/api/v1/request/%1/approve"_s.arg(first[u"id"_s].toInt()), key);
    QCOMPARE(response.status, 200);
    QJsonDocument approved = QJsonDocument::fromJson(response.body);
    QCOMPARE(approved[u"status"_s].toInt(), 2);
    QCOMPARE(approved[u"modifiedBy"_s][u"id"_s].toInt(), 1);

    response = lab.call(u"seerr"_s, "POST", u"/api/v1/request/%1/decline"_s.arg(second[u"id"_s].toInt()), key);
    QCOMPARE(QJsonDocument::fromJson(response.body)[u"status"_s].toInt(), 3);
    QCOMPARE(lab.call(u"seerr"_s, "POST", u"/api/v1/request/999/approve"_s, key).status, 404);

    // Approved: the *arr gets the title, then it downloads.
    lab.advance(30);
    approved = lab.get(u"seerr"_s, u"/api/v1/request/%1"_s.arg(first[u"id"_s].toInt()));
    const QJsonObject media = approved[u"media"_s].toObject();
    QVERIFY(media[u"externalServiceId"_s].isDouble());
    const bool movie = approved[u"type"_s].toString() == u"movie"_s;
    const QString arr = movie ? u"radarr"_s : u"sonarr"_s;
    lab.get(arr, u"/api/v3/%1/%2"_s.arg(movie ? u"movie"_s : u"series"_s).arg(media[u"externalServiceId"_s].toInt()));
    QCOMPARE(lab.lastStatus(), 200);
    lab.advance(600);
    const QJsonArray queue = lab.get(arr, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray();
    QVERIFY(!findRecord(queue, movie ? u"movieId"_s : u"seriesId"_s, media[u"externalServiceId"_s]).isEmpty());
    QCOMPARE(lab.get(u"seerr"_s, u"/api/v1/request?filter=pending"_s)[u"results"_s].toArray().size(), 0);
}

void TestLabsimMedia::testArrSearchCommand()
{
    MediaLab lab;
    MediaState &state = lab.state();
    const int searching = jobFor(state, u"Northbound Static"_s);
    const int movieId = state.titles()[state.jobs()[searching].titleIndex].arrId;
    const HttpResponse response = lab.call(
        u"radarr"_s, "POST", u"/api/v3/command"_s, header("X-Api-Key", lab.key(u"radarr"_s).toLatin1()),
        QJsonDocument(QJsonObject{{u"name"_s, u"moviesSearch"_s}, {u"movieIds"_s, QJsonArray{movieId}}}).toJson());
    QCOMPARE(response.status, 201); // the spec says 200, Radarr answers 201
    const QJsonDocument command = QJsonDocument::fromJson(response.body);
    QCOMPARE(command[u"name"_s].toString(), u"MoviesSearch"_s);
    QCOMPARE(command[u"status"_s].toString(), u"queued"_s);
    lab.advance(10);
    QCOMPARE(lab.get(u"radarr"_s, u"/api/v3/command/%1"_s.arg(command[u"id"_s].toInt()))[u"status"_s].toString(),
             u"completed"_s);
    // The search found the release right away instead of at the next RSS sync.
    const QJsonArray queue = lab.get(u"radarr"_s, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray();
    QVERIFY(!findRecord(queue, u"movieId"_s, movieId).isEmpty());
    QCOMPARE(lab.call(u"radarr"_s, "POST", u"/api/v3/command"_s, header("X-Api-Key", lab.key(u"radarr"_s).toLatin1()),
                      "{\"name\":\"NoSuchCommand\"}")
                 .status,
             400);
}

void TestLabsimMedia::testQbittorrentSync()
{
    MediaLab lab;
    const QString cookie = qbLogin(lab);
    QJsonDocument full = qbGet(lab, cookie, u"/api/v2/sync/maindata?rid=0"_s);
    QCOMPARE(full[u"rid"_s].toInt(), 1);
    QVERIFY(full[u"full_update"_s].toBool());
    const QJsonObject torrents = full[u"torrents"_s].toObject();
    QVERIFY(torrents.size() >= 5);
    QVERIFY(!torrents.begin().value().toObject().contains(u"hash"_s)); // the key is the hash
    QVERIFY(full[u"server_state"_s][u"global_ratio"_s].isString());

    // Same moment, next rid: nothing changed, so no torrents at all.
    QJsonDocument next = qbGet(lab, cookie, u"/api/v2/sync/maindata?rid=1"_s);
    QCOMPARE(next[u"rid"_s].toInt(), 2);
    QVERIFY(!next.object().contains(u"full_update"_s));
    QVERIFY(!next.object().contains(u"torrents"_s));

    // A minute later: only changed fields of changed torrents.
    lab.advance(60);
    next = qbGet(lab, cookie, u"/api/v2/sync/maindata?rid=2"_s);
    QCOMPARE(next[u"rid"_s].toInt(), 3);
    const QJsonObject changed = next[u"torrents"_s].toObject();
    QVERIFY(!changed.isEmpty());
    bool sawProgress = false;
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        const QJsonObject fields = it.value().toObject();
        QVERIFY(torrents.contains(it.key()));
        QVERIFY(!fields.contains(u"name"_s));
        QVERIFY(!fields.contains(u"save_path"_s));
        QVERIFY(fields.size() < torrents.value(it.key()).toObject().size());
        sawProgress |= fields.contains(u"progress"_s);
    }
    QVERIFY(sawProgress);

    // A stale rid gets a full update; another session has its own rid.
    QVERIFY(qbGet(lab, cookie, u"/api/v2/sync/maindata?rid=1"_s)[u"full_update"_s].toBool());
    const QString other = qbLogin(lab);
    QCOMPARE(qbGet(lab, other, u"/api/v2/sync/maindata"_s)[u"rid"_s].toInt(), 1);
}

void TestLabsimMedia::testQbittorrentStopStart()
{
    MediaLab lab;
    MediaState &state = lab.state();
    const QString cookie = qbLogin(lab);
    const Headers headers = {qMakePair(QByteArray("Cookie"), cookie.toLatin1()),
                             qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded"))};
    const int job = jobFor(state, u"The Glass Meridian"_s);
    const QString hash = state.jobs()[job].hash;
    QCOMPARE(lab.call(u"qbittorrent"_s, "GET", u"/api/v2/torrents/stop?hashes="_s + hash, headers).status, 405);
    QCOMPARE(
        lab.call(u"qbittorrent"_s, "POST", u"/api/v2/torrents/stop"_s, headers, "hashes=" + hash.toLatin1()).status,
        200);
    QJsonObject torrent = qbGet(lab, cookie, u"/api/v2/torrents/info?hashes="_s + hash).array().first().toObject();
    QCOMPARE(torrent[u"state"_s].toString(), u"stoppedDL"_s);
    const double stoppedAt = torrent[u"progress"_s].toDouble();
    const QJsonObject record = findRecord(lab.get(u"radarr"_s, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray(),
                                          u"downloadId"_s, hash.toUpper());
    QCOMPARE(record[u"status"_s].toString(), u"paused"_s);

    lab.advance(900);
    torrent = qbGet(lab, cookie, u"/api/v2/torrents/info?hashes="_s + hash).array().first().toObject();
    QCOMPARE(torrent[u"progress"_s].toDouble(), stoppedAt);
    QCOMPARE(
        lab.call(u"qbittorrent"_s, "POST", u"/api/v2/torrents/start"_s, headers, "hashes=" + hash.toLatin1()).status,
        200);
    lab.advance(60);
    torrent = qbGet(lab, cookie, u"/api/v2/torrents/info?hashes="_s + hash).array().first().toObject();
    QCOMPARE(torrent[u"state"_s].toString(), u"downloading"_s);
    QVERIFY(torrent[u"progress"_s].toDouble() > stoppedAt);
}

void TestLabsimMedia::testSabnzbdStringsAndHistoryUpdates()
{
    MediaLab lab;
    QJsonDocument queue = lab.get(u"sabnzbd"_s, u"/api?mode=queue"_s);
    const QJsonArray slots = queue[u"queue"_s][u"slots"_s].toArray();
    QCOMPARE(slots.size(), 1);
    for (const QString &field : {u"percentage"_s, u"mb"_s, u"mbleft"_s, u"timeleft"_s, u"size"_s})
        QVERIFY2(slots[0][field].isString(), qPrintable(field));
    for (const QString &field : {u"kbpersec"_s, u"mb"_s, u"mbleft"_s, u"speed"_s})
        QVERIFY2(queue[u"queue"_s][field].isString(), qPrintable(field));
    bool ok = false;
    slots[0][u"mbleft"_s].toString().toDouble(&ok);
    QVERIFY(ok);
    const QString nzo = slots[0][u"nzo_id"_s].toString();

    QJsonDocument history = lab.get(u"sabnzbd"_s, u"/api?mode=history"_s);
    const int version = history[u"history"_s][u"last_history_update"_s].toInt();
    QVERIFY(version > 0);
    history = lab.get(u"sabnzbd"_s, u"/api?mode=history&last_history_update=%1"_s.arg(version));
    QCOMPARE(history[u"history"_s].toBool(true), false); // {"history": false}: nothing changed

    // The job finishes: it leaves the queue and shows up in the history with the same nzo_id.
    lab.advance(3600);
    history = lab.get(u"sabnzbd"_s, u"/api?mode=history&last_history_update=%1"_s.arg(version));
    QVERIFY(history[u"history"_s].isObject());
    QVERIFY(history[u"history"_s][u"last_history_update"_s].toInt() > version);
    const QJsonObject slot = findRecord(history[u"history"_s][u"slots"_s].toArray(), u"nzo_id"_s, nzo);
    QCOMPARE(slot[u"status"_s].toString(), u"Completed"_s);
    queue = lab.get(u"sabnzbd"_s, u"/api?mode=queue"_s);
    QVERIFY(findRecord(queue[u"queue"_s][u"slots"_s].toArray(), u"nzo_id"_s, nzo).isEmpty());
}

// The SabFailed request: its SABnzbd repair fails (history Failed with fail_message, Radarr's queue
// failed with the message, a downloadFailed history event), stays failed, and a retry re-queues it —
// once — after which it downloads, imports and becomes available.
void TestLabsimMedia::testSabnzbdFailedJobRetried()
{
    MediaLab lab;
    MediaState &state = lab.state();
    const int j = jobOf(state, Scenario::SabFailed);
    QVERIFY(j >= 0);
    const Job &job = state.jobs()[j];
    QCOMPARE(job.protocol, Protocol::Usenet);
    QCOMPARE(state.times(j, lab.now()).stage, Stage::Searching); // not in SABnzbd's queue at the start
    const QString nzo = job.nzoId;
    auto historySlot = [&lab, &nzo] {
        return findRecord(lab.get(u"sabnzbd"_s, u"/api?mode=history"_s)[u"history"_s][u"slots"_s].toArray(),
                          u"nzo_id"_s, nzo);
    };
    auto queueSlot = [&lab, &nzo] {
        return findRecord(lab.get(u"sabnzbd"_s, u"/api?mode=queue"_s)[u"queue"_s][u"slots"_s].toArray(), u"nzo_id"_s,
                          nzo);
    };
    QVERIFY(queueSlot().isEmpty());
    lab.advance(state.times(j, lab.now()).grabAt - lab.now());
    QCOMPARE(state.times(j, lab.now()).stage, Stage::Downloading);
    QVERIFY(!queueSlot().isEmpty());
    QVERIFY(historySlot().isEmpty());

    // Download done: SABnzbd repairs, then fails.
    lab.advance(state.times(j, lab.now()).doneAt - lab.now());
    QCOMPARE(historySlot()[u"status"_s].toString(), u"Repairing"_s);
    QCOMPARE(state.times(j, lab.now()).stage, Stage::PostProcessing);
    lab.advance(state.times(j, lab.now()).failedAt - lab.now());
    QCOMPARE(state.times(j, lab.now()).stage, Stage::Failed);
    QJsonObject slot = historySlot();
    QCOMPARE(slot[u"status"_s].toString(), u"Failed"_s);
    QCOMPARE(slot[u"fail_message"_s].toString(), MediaState::sabFailMessage());
    QVERIFY(slot[u"retry"_s].toBool());
    const QString downloadId = state.downloadId(job);
    QCOMPARE(downloadId, nzo);
    QJsonObject record = findRecord(lab.get(u"radarr"_s, u"/api/v3/queue?pageSize=100"_s)[u"records"_s].toArray(),
                                    u"downloadId"_s, downloadId);
    QCOMPARE(record[u"status"_s].toString(), u"failed"_s);
    QCOMPARE(record[u"trackedDownloadState"_s].toString(), u"failed"_s);
    QCOMPARE(record[u"trackedDownloadStatus"_s].toString(), u"error"_s);
    QCOMPARE(record[u"statusMessages"_s][0][u"messages"_s][0].toString(), MediaState::sabFailMessage());
    QJsonArray history = lab.get(u"radarr"_s, u"/api/v3/history?downloadId="_s + downloadId)[u"records"_s].toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0][u"eventType"_s].toString(), u"downloadFailed"_s);
    QCOMPARE(history[0][u"data"_s][u"message"_s].toString(), MediaState::sabFailMessage());
    QCOMPARE(history[1][u"eventType"_s].toString(), u"grabbed"_s);
    QCOMPARE(history[1][u"data"_s][u"indexer"_s].toString(), job.indexer);
    // eventType filter: the failure is event 4.
    QCOMPARE(lab.get(u"radarr"_s, u"/api/v3/history?eventType=4&downloadId="_s + downloadId)[u"totalRecords"_s].toInt(),
             1);

    // Time alone fixes nothing.
    lab.advance(6 * 3600);
    QCOMPARE(state.times(j, lab.now()).stage, Stage::Failed);
    const int version = lab.get(u"sabnzbd"_s, u"/api?mode=history"_s)[u"history"_s][u"last_history_update"_s].toInt();

    // Retry (form POST, as the client sends it): re-queued once; a second retry has nothing to retry.
    auto retry = [&lab](const QString &id) {
        const QByteArray form =
            "mode=retry&output=json&value=" + id.toUtf8() + "&apikey=" + lab.key(u"sabnzbd"_s).toUtf8();
        const HttpResponse response = lab.call(u"sabnzbd"_s, "POST", u"/api"_s,
                                               header("Content-Type", "application/x-www-form-urlencoded"), form);
        return QJsonDocument::fromJson(response.body)[u"status"_s].toBool();
    };
    QVERIFY(!retry(state.jobs()[jobFor(state, u"A Quiet Cartography"_s)].nzoId)); // completed, not failed
    QVERIFY(retry(nzo));
    QVERIFY(!retry(nzo));
    QCOMPARE(state.times(j, lab.now()).stage, Stage::Downloading);
    QVERIFY(historySlot().isEmpty());
    QCOMPARE(queueSlot()[u"status"_s].toString(), u"Downloading"_s);
    const QJsonDocument changed = lab.get(u"sabnzbd"_s, u"/api?mode=history&last_history_update=%1"_s.arg(version));
    QVERIFY(changed[u"history"_s].isObject()); // changed since the failure, and never backwards
    QVERIFY(changed[u"history"_s][u"last_history_update"_s].toInt() > version);

    // It walks on to Available; the failure stays in Radarr's history.
    QList<Stage> seen;
    for (int step = 0; step < 360 && (seen.isEmpty() || seen.last() != Stage::Available); ++step) {
        const Stage stage = state.times(j, lab.now()).stage;
        if (seen.isEmpty() || seen.last() != stage)
            seen.append(stage);
        lab.advance(10);
    }
    const QList<Stage> expected = {Stage::Downloading, Stage::PostProcessing, Stage::ImportPending,
                                   Stage::Importing,   Stage::Subtitles,      Stage::Available};
    QCOMPARE(seen, expected);
    history = lab.get(u"radarr"_s, u"/api/v3/history?downloadId="_s + downloadId)[u"records"_s].toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0][u"eventType"_s].toString(), u"downloadFolderImported"_s);
    QCOMPARE(history[1][u"eventType"_s].toString(), u"downloadFailed"_s);
    QCOMPARE(history[2][u"eventType"_s].toString(), u"grabbed"_s);
    QCOMPARE(historySlot()[u"status"_s].toString(), u"Completed"_s);
    lab.advance(600);
    QCOMPARE(lab.get(u"seerr"_s, u"/api/v1/request/%1"_s.arg(job.requestId))[u"status"_s].toInt(), 5);
}

// The NotInLibrary request: imported and subtitled, but Jellyfin lists it only after a library scan
// started after the import (one before it does not count), MediaState::LibraryScanSecs later.
void TestLabsimMedia::testJellyfinScanFindsMissedImport()
{
    MediaLab lab;
    MediaState &state = lab.state();
    const int j = jobOf(state, Scenario::NotInLibrary);
    QVERIFY(j >= 0);
    const Job &job = state.jobs()[j];
    const Title &title = state.titles()[job.titleIndex];
    const QList<QPair<QByteArray, QByteArray>> auth =
        header("Authorization", "MediaBrowser Token=\"" + lab.key(u"jellyfin"_s).toLatin1() + "\"");
    auto listed = [&lab, &title] {
        return lab.get(u"jellyfin"_s, u"/Items?recursive=true&ids="_s + title.jellyfinId)[u"TotalRecordCount"_s]
            .toInt();
    };
    // A scan before the import finds nothing of it.
    QCOMPARE(lab.call(u"jellyfin"_s, "POST", u"/Library/Refresh"_s, auth).status, 204);
    lab.advance(state.times(j, lab.now()).importedAt + 2 * 3600 - lab.now());
    QCOMPARE(state.times(j, lab.now()).stage, Stage::NotInLibrary);
    QCOMPARE(listed(), 0);
    const QJsonArray movies = lab.get(u"radarr"_s, u"/api/v3/movie"_s).array();
    QVERIFY(findRecord(movies, u"id"_s, title.arrId)[u"hasFile"_s].toBool());
    QCOMPARE(lab.get(u"seerr"_s, u"/api/v1/request/%1"_s.arg(job.requestId))[u"status"_s].toInt(), 2);

    QCOMPARE(lab.call(u"jellyfin"_s, "POST", u"/Library/Refresh"_s, auth).status, 204);
    const QJsonArray tasks = lab.get(u"jellyfin"_s, u"/ScheduledTasks"_s).array();
    QCOMPARE(tasks[0][u"State"_s].toString(), u"Running"_s);
    lab.advance(MediaState::LibraryScanSecs - 1);
    QCOMPARE(listed(), 0);
    lab.advance(1);
    QCOMPARE(listed(), 1);
    QCOMPARE(state.times(j, lab.now()).stage, Stage::Available);
    lab.advance(240);
    QCOMPARE(lab.get(u"seerr"_s, u"/api/v1/request/%1"_s.arg(job.requestId))[u"status"_s].toInt(), 5);
}

void TestLabsimMedia::testScaleScenario()
{
    // --scale requests=60,torrents=400: generated requests at every stage, a seeding library in qBittorrent.
    MediaLab base;
    MediaLab lab(42, {60, 400});
    const qsizetype baseJobs = base.state().jobs().size();
    QCOMPARE(lab.state().jobs().size(), baseJobs + 60);
    QCOMPARE(lab.state().seedingTorrents().size(), 400);

    const QJsonDocument baseRequests = base.get(u"seerr"_s, u"/api/v1/request?take=1000"_s);
    const QJsonDocument requests = lab.get(u"seerr"_s, u"/api/v1/request?take=1000"_s);
    QCOMPARE(requests[u"results"_s].toArray().size(), baseRequests[u"results"_s].toArray().size() + 60);

    QSet<int> stages;
    for (int i = int(baseJobs); i < lab.state().jobs().size(); ++i)
        stages.insert(stageRank(lab.state().times(i, lab.now()).stage));
    QVERIFY2(stages.size() >= 5, qPrintable(u"generated requests stand at only %1 stages"_s.arg(stages.size())));

    const QString cookie = qbLogin(lab);
    const QJsonArray torrents = qbGet(lab, cookie, u"/api/v2/torrents/info"_s).array();
    QSet<QString> hashes;
    int library = 0;
    for (const QJsonValue &torrent : torrents) {
        hashes.insert(torrent[u"hash"_s].toString());
        if (!torrent[u"name"_s].toString().startsWith(u"Library.Seed."_s))
            continue;
        ++library;
        QCOMPARE(torrent[u"progress"_s].toDouble(), 1.0);
        QCOMPARE(torrent[u"state"_s].toString(), u"stalledUP"_s);
    }
    QCOMPARE(library, 400);
    QCOMPARE(hashes.size(), torrents.size());

    // The default lab is unchanged by the scale code.
    QCOMPARE(base.state().seedingTorrents().size(), 0);
    QCOMPARE(MediaLab().state().jobs().size(), baseJobs);
}

QTEST_GUILESS_MAIN(TestLabsimMedia)
#include "test_labsimmedia.moc"
