// Parsers of core/media on fixtures written from the contracts (tests/fixtures/media) and hostile input.
#include <QJsonDocument>
#include <QTest>

#include "core/media/mediaclients.h"
#include "core/media/mediaparsers.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Media;

namespace
{

QJsonDocument fixture(const QString &name)
{
    return QJsonDocument::fromJson(Test::readFixture(u"media/"_s + name));
}

QJsonDocument json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text));
}

} // namespace

class TestMediaParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSeerrRequests()
    {
        const auto r = parseSeerrRequests(fixture(u"seerr_requests.json"_s));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 4);
        const SeerrRequest &movie = r->at(0);
        QCOMPARE(movie.id, 1);
        QCOMPARE(movie.status, int(RequestStatus::Approved));
        QCOMPARE(movie.tmdbId, 603);
        QVERIFY(movie.serverId.has_value()); // 0 is a valid server id
        QCOMPARE(*movie.serverId, 0);
        QCOMPARE(*movie.serviceId, 0);
        QCOMPARE(*movie.externalServiceId, 7);
        QCOMPARE(movie.requestedBy, u"admin"_s);
        QCOMPARE(movie.createdAt, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        const SeerrRequest &tv = r->at(1);
        QCOMPARE(tv.mediaType, u"tv"_s);
        QVERIFY(!tv.externalServiceId.has_value()); // null externalServiceId
        QCOMPARE(*tv.tvdbId, 121361);
        QCOMPARE(tv.seasons, QList<int>{2});
        QCOMPARE(tv.requestedBy, u"anna"_s);
        // 4K requests read the …4k twins.
        const SeerrRequest &uhd = r->at(2);
        QVERIFY(uhd.is4k);
        QCOMPARE(uhd.mediaStatus, 2);
        QVERIFY(!uhd.serverId.has_value());
    }

    void testArr()
    {
        const auto movies = parseArrTitles(fixture(u"radarr_movies.json"_s));
        QVERIFY(movies);
        QCOMPARE(movies->size(), 2);
        QCOMPARE(movies->at(0).tmdbId, 603);
        QVERIFY(!movies->at(0).hasFile);
        QVERIFY(movies->at(0).lastSearchTime.isValid());
        const auto series = parseArrTitles(fixture(u"sonarr_series.json"_s));
        QVERIFY(series);
        QCOMPARE(series->at(0).tvdbId, 121361);
        QVERIFY(!series->at(0).hasFile); // 10 of 13 files

        const auto queue = parseArrQueue(fixture(u"radarr_queue.json"_s));
        QVERIFY(queue);
        QCOMPARE(queue->size(), 2);
        QCOMPARE(*queue->at(0).titleId, 7);
        QCOMPARE(queue->at(0).downloadId, u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s);
        QVERIFY(!queue->at(1).titleId.has_value()); // unknown item
        QCOMPARE(queue->at(1).trackedState, u"importBlocked"_s);
        QCOMPARE(queue->at(1).messages, (QStringList{u"Unknown Movie"_s, u"Manual import required"_s}));

        const auto sonarr = parseArrQueue(fixture(u"sonarr_queue.json"_s));
        QVERIFY(sonarr);
        QCOMPARE(sonarr->size(), 4);
        QCOMPARE(sonarr->at(0).downloadId, sonarr->at(2).downloadId); // season pack
        QVERIFY(sonarr->at(3).downloadId.isEmpty());                  // delay item
        QCOMPARE(sonarr->at(3).status, u"delay"_s);

        const auto missing = parseSonarrMissing(fixture(u"sonarr_missing.json"_s));
        QVERIFY(missing);
        QCOMPARE(missing->at(0).seasonNumber, 2);
        QVERIFY(missing->at(0).lastSearchTime.isValid());
    }

    void testTorrentSyncIsIncremental()
    {
        TorrentSync sync;
        QVERIFY(applyTorrentSync(sync, fixture(u"qbittorrent_maindata_full.json"_s)));
        QCOMPARE(sync.rid, 1);
        QList<Torrent> torrents = torrentsOf(sync);
        QCOMPARE(torrents.size(), 2);
        QVERIFY(applyTorrentSync(sync, fixture(u"qbittorrent_maindata_delta.json"_s)));
        QCOMPARE(sync.rid, 2);
        torrents = torrentsOf(sync);
        QCOMPARE(torrents.size(), 1);
        const Torrent &t = torrents.first();
        QCOMPARE(t.hash, u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s);
        QCOMPARE(t.progress, 0.8);                                    // changed field merged
        QCOMPARE(t.name, u"The.Matrix.1999.1080p.BluRay.x264-GRP"_s); // unchanged field kept
        QCOMPARE(t.numSeeds, 12);
        // A full update replaces everything.
        QVERIFY(applyTorrentSync(sync, json("{\"rid\":3,\"full_update\":true,\"torrents\":{}}")));
        QVERIFY(torrentsOf(sync).isEmpty());
    }

    void testSabnzbd()
    {
        const auto queue = parseSabJobs(fixture(u"sabnzbd_queue.json"_s));
        QVERIFY(queue);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->at(0).percentage, 50.0); // string number
        QCOMPARE(queue->at(0).category, u"tv-sonarr"_s);
        QVERIFY(!queue->at(0).inHistory);
        const auto history = parseSabJobs(fixture(u"sabnzbd_history.json"_s));
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(history->at(0).inHistory);
        QCOMPARE(history->at(1).status, u"Failed"_s);
        QVERIFY(history->at(1).failMessage.contains(u"Repair failed"_s));
    }

    void testBazarrAndJellyfin()
    {
        const auto wanted = parseBazarrWanted(fixture(u"bazarr_movies_wanted.json"_s));
        QVERIFY(wanted);
        QCOMPARE(wanted->at(0).radarrId, 8);
        QCOMPARE(wanted->at(0).languages, QStringList{u"German"_s});
        const auto items = parseJellyfinItems(fixture(u"jellyfin_items.json"_s));
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).providerIds.value(u"tmdb"_s), u"27205"_s);
        QCOMPARE(items->at(1).providerIds.value(u"tvdb"_s), u"121361"_s);
    }

    void testVersionsAndHealth()
    {
        QCOMPARE(*parseVersion(json("{\"appName\":\"Radarr\",\"version\":\"5.26.2.10099\"}")), u"5.26.2.10099"_s);
        QCOMPARE(*parseVersion(json("{\"Version\":\"10.11.2\",\"ServerName\":\"x\"}")), u"10.11.2"_s);
        QCOMPARE(*parseVersion(json("{\"data\":{\"bazarr_version\":\"1.5.2\"}}")), u"1.5.2"_s);
        QVERIFY(!parseVersion(json("[]")));
        QVERIFY(!parseVersion(json("{\"version\":5}")));
        const auto healthy = parseArrHealth(json("[]"));
        QCOMPARE(healthy->health, Health::Ok);
        QVERIFY(healthy->messages.isEmpty());
        const auto sick = parseArrHealth(json(
            "[{\"source\":\"IndexerStatusCheck\",\"type\":\"warning\",\"message\":\"Indexers unavailable\"},"
            "{\"source\":\"DownloadClientCheck\",\"type\":\"error\",\"message\":\"Unable to reach qBittorrent\"}]"));
        QCOMPARE(sick->health, Health::Critical);
        QCOMPARE(sick->messages,
                 (QStringList{u"warning: Indexers unavailable"_s, u"error: Unable to reach qBittorrent"_s}));
        QVERIFY(!parseArrHealth(json("[{\"message\":\"x\"}]")));
        const auto bazarr = parseBazarrHealth(json("{\"data\":[{\"object\":\"Sonarr\",\"issue\":\"unreachable\"}]}"));
        QCOMPARE(bazarr->health, Health::Warning);
        QCOMPARE(bazarr->messages, QStringList{u"warning: Sonarr: unreachable"_s});
        QCOMPARE(parseBazarrHealth(json("{\"data\":[]}"))->health, Health::Ok);
    }

    void testProwlarrIndexerStatus()
    {
        const auto names =
            parseProwlarrIndexers(json("[{\"id\":1,\"name\":\"Nyaa\"},{\"id\":3,\"name\":\"Tidepool\"}]"));
        QCOMPARE(names->value(3), u"Tidepool"_s);
        const QJsonDocument status = json("[{\"indexerId\":3,\"disabledTill\":\"2026-11-02T11:00:00Z\","
                                          "\"mostRecentFailure\":\"2026-11-02T10:00:00Z\"}]");
        const auto backedOff =
            parseProwlarrIndexerStatus(status, *names, QDateTime(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC));
        QCOMPARE(backedOff->health, Health::Warning);
        QCOMPARE(backedOff->messages.size(), 1);
        QVERIFY2(backedOff->messages.first().contains(u"Tidepool"_s), qPrintable(backedOff->messages.first()));
        // After disabledTill the indexer is usable again.
        const auto over =
            parseProwlarrIndexerStatus(status, *names, QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC));
        QCOMPARE(over->health, Health::Ok);
        QVERIFY(!parseProwlarrIndexerStatus(json("[{\"disabledTill\":1}]"), *names, QDateTime::currentDateTimeUtc()));
    }

    void testGluetun()
    {
        QCOMPARE(*parseGluetunStatus(json("{\"status\":\"running\"}")), u"running"_s);
        QVERIFY(!parseGluetunStatus(json("{\"outcome\":\"x\"}")));
        QCOMPARE(*parseGluetunPublicIp(json("{\"public_ip\":\"198.51.100.23\",\"country\":\"Switzerland\"}")),
                 u"198.51.100.23"_s);
        QCOMPARE(*parseGluetunPublicIp(json("{\"public_ip\":\"\"}")), QString());
        QVERIFY(!parseGluetunPublicIp(json("{\"public_ip\":7}")));
    }

    void testTorrentActionsByWebApiVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("pause");
        QTest::addColumn<QString>("resume");
        QTest::newRow("4.4 (2.8.19)") << u"2.8.19"_s << u"/api/v2/torrents/pause"_s << u"/api/v2/torrents/resume"_s;
        QTest::newRow("4.6 (2.9.3)") << u"2.9.3"_s << u"/api/v2/torrents/pause"_s << u"/api/v2/torrents/resume"_s;
        QTest::newRow("5.0 (2.11.0)") << u"2.11.0"_s << u"/api/v2/torrents/stop"_s << u"/api/v2/torrents/start"_s;
        QTest::newRow("5.1 (2.11.4)") << u"2.11.4"_s << u"/api/v2/torrents/stop"_s << u"/api/v2/torrents/start"_s;
    }

    void testTorrentActionsByWebApiVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, pause);
        QFETCH(QString, resume);
        using A = QBittorrentClient::TorrentAction;
        QCOMPARE(QBittorrentClient::actionPath(A::Pause, version), pause);
        QCOMPARE(QBittorrentClient::actionPath(A::Resume, version), resume);
        QCOMPARE(QBittorrentClient::actionPath(A::Recheck, version), u"/api/v2/torrents/recheck"_s);
    }

    void testHostileInputIsAParseError_data()
    {
        QTest::addColumn<int>("parser");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("seerr: not an object") << 0 << QByteArray("42");
        QTest::newRow("seerr: results not array") << 0 << QByteArray("{\"results\":{}}");
        QTest::newRow("seerr: id is a string")
            << 0 << QByteArray("{\"results\":[{\"id\":\"1\",\"status\":1,\"media\":{\"tmdbId\":1}}]}");
        QTest::newRow("seerr: externalServiceId string")
            << 0
            << QByteArray(
                   "{\"results\":[{\"id\":1,\"status\":1,\"media\":{\"tmdbId\":1,\"externalServiceId\":\"x\"}}]}");
        QTest::newRow("arr: object") << 1 << QByteArray("{}");
        QTest::newRow("arr: tmdbId string") << 1 << QByteArray("[{\"id\":1,\"title\":\"x\",\"tmdbId\":\"603\"}]");
        QTest::newRow("queue: records missing") << 2 << QByteArray("{\"page\":1}");
        QTest::newRow("queue: movieId string") << 2 << QByteArray("{\"records\":[{\"id\":1,\"movieId\":\"7\"}]}");
        QTest::newRow("qbt: no rid") << 3 << QByteArray("{\"torrents\":{}}");
        QTest::newRow("qbt: torrents array") << 3 << QByteArray("{\"rid\":1,\"torrents\":[]}");
        QTest::newRow("qbt: torrent not object") << 3 << QByteArray("{\"rid\":1,\"torrents\":{\"aa\":5}}");
        QTest::newRow("qbt: removed not array") << 3 << QByteArray("{\"rid\":1,\"torrents_removed\":\"aa\"}");
        QTest::newRow("sab: no slots") << 4 << QByteArray("{\"queue\":{}}");
        QTest::newRow("sab: nzo_id number") << 4 << QByteArray("{\"queue\":{\"slots\":[{\"nzo_id\":1}]}}");
        QTest::newRow("bazarr: no missing_subtitles") << 5 << QByteArray("{\"data\":[{\"radarrId\":1}]}");
        QTest::newRow("bazarr: no ids") << 5 << QByteArray("{\"data\":[{\"missing_subtitles\":[]}]}");
        QTest::newRow("jellyfin: Id number") << 6 << QByteArray("{\"Items\":[{\"Id\":5}]}");
        QTest::newRow("jellyfin: html") << 6 << QByteArray("<html>login</html>");
    }

    void testHostileInputIsAParseError()
    {
        QFETCH(int, parser);
        QFETCH(QByteArray, body);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        Error::Code code = Error::Code::Parse;
        bool failed = false;
        switch (parser) {
        case 0: {
            const auto r = parseSeerrRequests(document);
            failed = !r;
            if (failed)
                code = r.error().code();
            break;
        }
        case 1: {
            const auto r = parseArrTitles(document);
            failed = !r;
            break;
        }
        case 2: {
            const auto r = parseArrQueue(document);
            failed = !r;
            break;
        }
        case 3: {
            TorrentSync sync;
            const auto r = applyTorrentSync(sync, document);
            failed = !r;
            QCOMPARE(sync.rid, 0); // nothing applied
            break;
        }
        case 4: {
            const auto r = parseSabJobs(document);
            failed = !r;
            break;
        }
        case 5: {
            const auto r = parseBazarrWanted(document);
            failed = !r;
            break;
        }
        default: {
            const auto r = parseJellyfinItems(document);
            failed = !r;
            break;
        }
        }
        QVERIFY(failed);
        QCOMPARE(code, Error::Code::Parse);
    }
};

QTEST_GUILESS_MAIN(TestMediaParsers)
#include "test_mediaparsers.moc"
