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
        // The paging fields the wanted/missing reader goes by.
        const auto page = parseArrPage(fixture(u"sonarr_missing.json"_s));
        QVERIFY(page);
        QCOMPARE(page->page, 1);
        QCOMPARE(page->pageSize, 1000);
        QCOMPARE(page->totalRecords, 1);
        QVERIFY(!parseArrPage(json("[]")));
        QVERIFY(!parseArrPage(json("{\"page\":1,\"pageSize\":10,\"records\":[]}")));         // no totalRecords
        QVERIFY(!parseArrPage(json("{\"page\":1,\"pageSize\":0,\"totalRecords\":5}")));      // no page size
        QVERIFY(!parseArrPage(json("{\"page\":\"1\",\"pageSize\":10,\"totalRecords\":5}"))); // a string
    }

    void testArrHistory()
    {
        // Paged /history: the camelCase eventType, movieId, data.message of a failure, fractional dates.
        const auto radarr = parseArrHistory(fixture(u"radarr_history.json"_s), false);
        QVERIFY2(radarr, qPrintable(radarr ? QString() : radarr.error().toString()));
        QCOMPARE(radarr->size(), 4);
        QCOMPARE(radarr->at(0).type, HistoryEvent::Type::Failed);
        QCOMPARE(*radarr->at(0).titleId, 9);
        QCOMPARE(radarr->at(0).downloadId, u"SABnzbd_nzo_dune0001"_s);
        QVERIFY(radarr->at(0).message.startsWith(u"Repair failed"_s));
        QCOMPARE(radarr->at(1).type, HistoryEvent::Type::Imported);
        QCOMPARE(radarr->at(1).date, QDateTime(QDate(2026, 11, 1), QTime(12, 40), Qt::UTC));
        QCOMPARE(radarr->at(3).type, HistoryEvent::Type::Grabbed);
        QCOMPARE(radarr->at(3).downloadId, u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s);
        // The grab's indexer (data.indexer) and the event's own name, for the details view and --json.
        QCOMPARE(radarr->at(3).indexer, u"Nyaa (Prowlarr)"_s);
        QCOMPARE(radarr->at(3).eventType, u"grabbed"_s);
        QCOMPARE(radarr->at(0).eventType, u"downloadFailed"_s);
        QVERIFY(radarr->at(0).indexer.isEmpty());
        // /history/since (an array): seriesId + episodeId, the int form, Sonarr's downloadIgnored, others.
        const auto sonarr = parseArrHistory(fixture(u"sonarr_history_since.json"_s), true);
        QVERIFY(sonarr);
        QCOMPARE(sonarr->size(), 4);
        QCOMPARE(*sonarr->at(0).titleId, 3);
        QCOMPARE(sonarr->at(0).episodeId, 301);
        QCOMPARE(sonarr->at(1).type, HistoryEvent::Type::Grabbed);
        QCOMPARE(sonarr->at(2).type, HistoryEvent::Type::Ignored);
        QCOMPARE(sonarr->at(3).type, HistoryEvent::Type::Other);
        QVERIFY(!sonarr->at(3).titleId.has_value());
        // Radarr's 7 is movieFolderImported, not an ignore.
        const auto folder = parseArrHistory(json("[{\"id\":1,\"movieId\":2,\"eventType\":7}]"), false);
        QVERIFY(folder);
        QCOMPARE(folder->at(0).type, HistoryEvent::Type::Other);
        QCOMPARE(folder->at(0).eventType, u"7"_s);
    }

    void testArrCalendar()
    {
        const auto sonarr = parseArrCalendar(fixture(u"sonarr_calendar.json"_s), true);
        QVERIFY2(sonarr, qPrintable(sonarr ? QString() : sonarr.error().toString()));
        QCOMPARE(sonarr->size(), 2);
        QCOMPARE(sonarr->at(0).titleId, 12);
        QCOMPARE(sonarr->at(0).seasonNumber, 2);
        QCOMPARE(sonarr->at(0).episodeNumber, 5);
        QCOMPARE(sonarr->at(0).releases, QDateTime(QDate(2026, 11, 5), QTime(2, 0), Qt::UTC));
        QVERIFY(!sonarr->at(0).hasFile);
        QVERIFY(sonarr->at(1).hasFile);
        // Radarr: the home release (digital) wins over the cinema date; cinema only when nothing else.
        const auto radarr = parseArrCalendar(fixture(u"radarr_calendar.json"_s), false);
        QVERIFY(radarr);
        QCOMPARE(radarr->at(0).titleId, 9);
        QCOMPARE(radarr->at(0).releases, QDateTime(QDate(2027, 2, 10), QTime(0, 0), Qt::UTC));
        QCOMPARE(radarr->at(1).releases, QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC));
        QVERIFY(!parseArrCalendar(json("{\"records\":[]}"), true));
        QVERIFY(!parseArrCalendar(json("[{\"id\":3411,\"seriesId\":\"12\"}]"), true));
    }

    void testSabHistoryLastUpdate()
    {
        const auto full = parseSabHistory(fixture(u"sabnzbd_history.json"_s));
        QVERIFY(full);
        QVERIFY(!full->unchanged);
        QCOMPARE(full->lastUpdate, 5);
        QCOMPARE(full->jobs.size(), 2);
        QCOMPARE(full->jobs.at(1).status, u"Failed"_s);
        // Nothing changed since the value sent back.
        const auto same = parseSabHistory(json("{\"history\": false}"));
        QVERIFY(same);
        QVERIFY(same->unchanged);
        QVERIFY(same->jobs.isEmpty());
        // String numbers (as SABnzbd sends most of them).
        const auto text = parseSabHistory(json("{\"history\":{\"last_history_update\":\"1732712345\",\"slots\":[]}}"));
        QVERIFY(text);
        QCOMPARE(text->lastUpdate, Q_INT64_C(1732712345));
        QVERIFY(!parseSabHistory(json("{\"history\":{\"last_history_update\":\"soon\",\"slots\":[]}}")));
        QVERIFY(!parseSabHistory(json("{\"history\": true}")));
        QVERIFY(!parseSabHistory(json("{\"queue\":{\"slots\":[]}}")));
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

    void testJellyfinSessions()
    {
        const auto sessions = parseJellyfinSessions(fixture(u"jellyfin_sessions.json"_s));
        QVERIFY2(sessions, qPrintable(sessions ? QString() : sessions.error().toString()));
        QCOMPARE(sessions->size(), 2); // the idle web client plays nothing
        const PlaybackSession &tv = sessions->at(0);
        QCOMPARE(tv.user, u"mira"_s);
        QCOMPARE(tv.device, u"Living Room TV"_s);
        QCOMPARE(tv.item, u"The Matrix"_s);
        QVERIFY(tv.transcoding());
        QCOMPARE(tv.hardware, u"vaapi"_s);
        QCOMPARE(tv.transcodeReasons, (QStringList{u"VideoCodecNotSupported"_s, u"AudioCodecNotSupported"_s}));
        const PlaybackSession &web = sessions->at(1);
        QCOMPARE(web.item, u"Some Show · S01E02 · Pilot"_s);
        QVERIFY(!web.transcoding());
        QVERIFY(web.paused);
        QVERIFY(!parseJellyfinSessions(json("{\"Items\":[]}")));
        QVERIFY(!parseJellyfinSessions(json("[{\"UserName\":\"x\",\"NowPlayingItem\":\"The Matrix\"}]")));
        QVERIFY(!parseJellyfinSessions(json("[5]")));
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
        QTest::newRow("history: no records") << 7 << QByteArray("{\"page\":1}");
        QTest::newRow("history: movieId string")
            << 7 << QByteArray("{\"records\":[{\"id\":1,\"movieId\":\"7\",\"eventType\":\"grabbed\"}]}");
        QTest::newRow("history: eventType object") << 7 << QByteArray("[{\"id\":1,\"movieId\":7,\"eventType\":{}}]");
        QTest::newRow("history: no id") << 7 << QByteArray("[{\"movieId\":7,\"eventType\":\"grabbed\"}]");
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
        case 7: {
            const auto r = parseArrHistory(document, false);
            failed = !r;
            if (failed)
                code = r.error().code();
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
