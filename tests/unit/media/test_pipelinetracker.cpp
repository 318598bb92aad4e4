// PipelineTracker: every join rule and stuck reason on the fixture universe of PIPELINE-LINKS.md §8.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include "core/media/mediaparsers.h"
#include "core/media/pipelinetracker.h"
#include "tests/support/testenv.h"
#include "translations/i18n.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Media;

namespace
{

QJsonDocument fixture(const QString &name)
{
    return QJsonDocument::fromJson(Test::readFixture(u"media/"_s + name));
}

MediaSnapshot universe()
{
    MediaSnapshot s;
    s.requests = *parseSeerrRequests(fixture(u"seerr_requests.json"_s));
    s.movies = *parseArrTitles(fixture(u"radarr_movies.json"_s));
    s.series = *parseArrTitles(fixture(u"sonarr_series.json"_s));
    s.radarrQueue = *parseArrQueue(fixture(u"radarr_queue.json"_s));
    s.sonarrQueue = *parseArrQueue(fixture(u"sonarr_queue.json"_s));
    s.missingEpisodes = *parseSonarrMissing(fixture(u"sonarr_missing.json"_s));
    TorrentSync sync;
    (void)applyTorrentSync(sync, fixture(u"qbittorrent_maindata_full.json"_s));
    s.torrents = torrentsOf(sync);
    QList<SabJob> sab = *parseSabJobs(fixture(u"sabnzbd_queue.json"_s));
    s.sabJobs = sab;
    s.subtitles = *parseBazarrWanted(fixture(u"bazarr_movies_wanted.json"_s));
    s.jellyfin = *parseJellyfinItems(fixture(u"jellyfin_items.json"_s));
    return s;
}

const QDateTime kNow(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);

const PipelineRow *find(const QList<PipelineRow> &rows, const QString &key)
{
    for (const PipelineRow &row : rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestPipelineTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English: the .ts carries the plural forms the source strings spell "%n day(s)".
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(installAppTranslation(*QCoreApplication::instance()));
        QCOMPARE(PipelineTracker::ageText(86400 * 3), u"3 days"_s);
    }

    void testDownloadingMovieJoinsQueueAndTorrent()
    {
        const auto rows = PipelineTracker::join(universe(), kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        QVERIFY(m);
        QCOMPARE(m->title, u"The Matrix"_s);
        QCOMPARE(m->stage, Stage::Downloading);
        QCOMPARE(m->progress, 0.57); // from qBittorrent (lower-case hash), not the queue
        QCOMPARE(m->etaSecs, 310);
        QCOMPARE(m->client, u"qBittorrent"_s);
        QCOMPARE(m->health, Health::Ok);
        QVERIFY(!m->stuck);
        QCOMPARE(m->downloadIds, QStringList{u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s});
    }

    void testSeasonPackViaTvdbFallbackAndSabHistory()
    {
        MediaSnapshot s = universe();
        auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *tv = find(rows, u"request:42"_s);
        QVERIFY(tv);
        QCOMPARE(tv->title, u"Some Show"_s); // null externalServiceId → tvdbId look-up
        QCOMPARE(tv->stage, Stage::Downloading);
        QCOMPARE(tv->progress, 0.5);
        QCOMPARE(tv->downloadIds.size(), 1); // three records, one download
        // The job moves from SAB's queue to its history (post-processing).
        s.sabJobs->append(parseSabJobs(fixture(u"sabnzbd_history.json"_s))->first());
        rows = PipelineTracker::join(s, kNow);
        tv = find(rows, u"request:42"_s);
        QCOMPARE(tv->stage, Stage::Importing);
        QVERIFY2(tv->reason.contains(u"Extracting"_s), qPrintable(tv->reason));
    }

    void testFailedQueueRecordOfAFailedSabJob()
    {
        MediaSnapshot s = universe();
        SabJob job = parseSabJobs(fixture(u"sabnzbd_history.json"_s))->first();
        QCOMPARE(job.nzoId, u"SABnzbd_nzo_test0001"_s);
        job.status = u"Failed"_s;
        job.failMessage = u"Repair failed, not enough repair blocks (12 short)"_s;
        s.sabJobs->append(job);
        int failedRecords = 0;
        for (QueueRecord &r : *s.sonarrQueue) {
            if (r.downloadId != job.nzoId)
                continue;
            r.status = u"failed"_s;
            r.trackedState = u"failed"_s;
            r.trackedStatus = u"error"_s;
            r.messages = {u"Download failed"_s};
            ++failedRecords;
        }
        QVERIFY(failedRecords > 0);
        auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *tv = find(rows, u"request:42"_s);
        QCOMPARE(tv->stage, Stage::Downloading);
        QVERIFY(tv->stuck);
        QCOMPARE(tv->health, Health::Critical);
        // SABnzbd's own words, and the job to retry.
        QCOMPARE(tv->reason, u"SABnzbd failed: Repair failed, not enough repair blocks (12 short)"_s);
        QVERIFY(tv->sabFailed);
        QCOMPARE(tv->sabId, job.nzoId);
        QVERIFY(tv->services.contains(u"sabnzbd"_s));
        // Without SABnzbd's answer the queue's message stands and no retry is offered.
        s.sabJobs.reset();
        rows = PipelineTracker::join(s, kNow);
        tv = find(rows, u"request:42"_s);
        QCOMPARE(tv->reason, u"Download failed: Download failed"_s);
        QVERIFY(tv->stuck);
        QVERIFY(!tv->sabFailed);
    }

    void testPendingAndDeclined()
    {
        const auto rows = PipelineTracker::join(universe(), kNow.addDays(2));
        const PipelineRow *pending = find(rows, u"request:43"_s);
        QCOMPARE(pending->stage, Stage::Requested);
        QVERIFY(pending->stuck);
        QCOMPARE(pending->health, Health::Warning);
        QVERIFY2(pending->reason.startsWith(u"Awaiting approval for 2 days"_s), qPrintable(pending->reason));
        const PipelineRow *declined = find(rows, u"request:44"_s);
        QCOMPARE(declined->stage, Stage::Declined);
        QVERIFY(!declined->stuck);
    }

    void testDownloadsWithoutRequestAreRows()
    {
        const auto rows = PipelineTracker::join(universe(), kNow);
        const PipelineRow *hand = find(rows, u"download:SABnzbd_nzo_hand0001"_s);
        QVERIFY(hand);
        QCOMPARE(hand->stage, Stage::Importing);
        QVERIFY(hand->stuck);
        QCOMPARE(hand->reason, u"Import blocked: Unknown Movie"_s);
        // The delay item of season 3 (not requested) has no downloadId and is its own row.
        const PipelineRow *delay = find(rows, u"download:queue:204"_s);
        QVERIFY(delay);
        QCOMPARE(delay->stage, Stage::Grabbed);
        QCOMPARE(delay->reason, u"Waiting (delay profile)"_s);
    }

    void testStalledTorrentAndHybridHash()
    {
        MediaSnapshot s = universe();
        // Radarr stores the v1 hash of the hybrid torrent whose qBittorrent hash is the truncated v2.
        (*s.radarrQueue)[0].downloadId = u"CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"_s;
        const auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        QCOMPARE(m->stage, Stage::Downloading);
        QVERIFY(m->stuck);
        QCOMPARE(m->reason, u"Stalled: no seeds"_s);
        QCOMPARE(m->health, Health::Warning); // grabbed 23 h ago; Critical after a day
    }

    void testNoReleaseFound()
    {
        MediaSnapshot s = universe();
        s.radarrQueue->removeFirst();
        auto rows = PipelineTracker::join(s, QDateTime(QDate(2026, 11, 1), QTime(10, 30), Qt::UTC));
        const PipelineRow *m = find(rows, u"request:1"_s);
        QCOMPARE(m->stage, Stage::Searching);
        QVERIFY(!m->stuck); // 25 minutes: still searching
        rows = PipelineTracker::join(s, QDateTime(QDate(2026, 11, 3), QTime(10, 30), Qt::UTC));
        m = find(rows, u"request:1"_s);
        QVERIFY(m->stuck);
        QCOMPARE(m->reason, u"No release found since 2 days"_s);
        QCOMPARE(m->health, Health::Critical);
    }

    void testMissingSubtitlesThenAvailable()
    {
        MediaSnapshot s = universe();
        (*s.requests)[2].status = int(RequestStatus::Approved); // Inception: has file, in Jellyfin
        auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:43"_s);
        QCOMPARE(m->title, u"Inception"_s);
        QCOMPARE(m->stage, Stage::Subtitles);
        QCOMPARE(m->reason, u"Missing subtitles: German"_s);
        QCOMPARE(m->health, Health::Warning);
        s.subtitles->clear();
        rows = PipelineTracker::join(s, kNow);
        QCOMPARE(find(rows, u"request:43"_s)->stage, Stage::Available);
        // Imported but not yet in Jellyfin.
        s.jellyfin->removeFirst();
        rows = PipelineTracker::join(s, kNow);
        QCOMPARE(find(rows, u"request:43"_s)->stage, Stage::Importing);
    }

    void testServerIdZeroIsValidAndLinksAreListed()
    {
        const auto rows = PipelineTracker::join(universe(), kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        // serverId 0 is an id, not "unset"; externalServiceId 7 links Radarr movie 7.
        QCOMPARE(m->chain.first().service, u"Seerr"_s);
        QVERIFY2(m->chain.first().fields().contains(u"serverId=0"_s), qPrintable(m->chain.first().fields().join(u' ')));
        QVERIFY(m->chain.first().fields().contains(u"media.externalServiceId=7"_s));
        QCOMPARE(m->arrId, 7);
        QStringList services = m->services;
        services.sort();
        QCOMPARE(services, (QStringList{u"qbittorrent"_s, u"radarr"_s, u"seerr"_s}));
        // Every linked record is in the chain with its raw fields.
        QStringList linked;
        for (const ChainLink &link : m->chain)
            linked.append(link.service);
        QVERIFY2(linked.contains(u"Radarr"_s) && linked.contains(u"qBittorrent"_s) && linked.contains(u"Jellyfin"_s),
                 qPrintable(linked.join(u',')));
        bool rawState = false;
        for (const ChainLink &link : m->chain)
            rawState = rawState || link.fields().contains(u"state=downloading"_s);
        QVERIFY(rawState);
        // The series request has a null externalServiceId: found by tvdbId.
        const PipelineRow *tv = find(rows, u"request:42"_s);
        QVERIFY(tv->chain.first().fields().contains(u"media.externalServiceId=null"_s));
        QCOMPARE(tv->arrId, 12);
    }

    void testDelayItemOfARequestIsNotARowOfItsOwn()
    {
        MediaSnapshot s = universe();
        (*s.sonarrQueue)[3].seasonNumber = 2; // the delay item (no downloadId) now belongs to request 42
        const auto rows = PipelineTracker::join(s, kNow);
        QVERIFY(!find(rows, u"download:queue:204"_s));
        QCOMPARE(find(rows, u"request:42"_s)->stage, Stage::Downloading); // the SAB download outranks the delay
    }

    void testClientItemsNoArrTracksAreRows()
    {
        MediaSnapshot s = universe();
        s.sabJobs->append(*parseSabJobs(fixture(u"sabnzbd_history.json"_s)));
        const auto rows = PipelineTracker::join(s, kNow);
        // The hybrid torrent that no queue record points at: stalled, a row of its own.
        const PipelineRow *torrent = find(rows, u"download:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"_s);
        QVERIFY(torrent);
        QCOMPARE(torrent->title, u"Hybrid.Release"_s);
        QVERIFY(torrent->stuck);
        QCOMPARE(torrent->reason, u"Stalled: no seeds"_s);
        QCOMPARE(torrent->torrentHash, u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s);
        // The failed SAB job in the history: stuck, retry possible.
        const PipelineRow *sab = find(rows, u"download:SABnzbd_nzo_fail0002"_s);
        QVERIFY(sab);
        QVERIFY(sab->stuck);
        QVERIFY(sab->sabFailed);
        QCOMPARE(sab->health, Health::Critical);
        QVERIFY2(sab->reason.startsWith(u"SABnzbd failed: Repair failed"_s), qPrintable(sab->reason));
        // The job of request 42 (queue and history) is claimed by the request, never listed twice.
        QVERIFY(!find(rows, u"download:SABnzbd_nzo_test0001"_s));
        // The matched torrent is claimed too.
        QVERIFY(!find(rows, u"download:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s));
    }

    void testVpnDownOrLeakingBlocksTorrents_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("publicIp");
        QTest::addColumn<QString>("homeIp");
        QTest::addColumn<QString>("reason"); // empty: not blocked
        QTest::newRow("running") << u"running"_s << u"198.51.100.23"_s << u"203.0.113.77"_s << QString();
        QTest::newRow("home ip unknown") << u"running"_s << u"203.0.113.77"_s << QString() << QString();
        QTest::newRow("stopped") << u"stopped"_s << QString() << u"203.0.113.77"_s
                                 << u"VPN stopped: downloads blocked"_s;
        QTest::newRow("crashed") << u"crashed"_s << QString() << QString() << u"VPN crashed: downloads blocked"_s;
        QTest::newRow("leak") << u"running"_s << u"203.0.113.77"_s << u"203.0.113.77"_s
                              << u"VPN leak: public IP 203.0.113.77 is the home IP; downloads blocked"_s;
    }

    void testVpnDownOrLeakingBlocksTorrents()
    {
        QFETCH(QString, status);
        QFETCH(QString, publicIp);
        QFETCH(QString, homeIp);
        QFETCH(QString, reason);
        MediaSnapshot s = universe();
        s.vpnStatus = status;
        s.publicIp = publicIp;
        s.homeIp = homeIp;
        QCOMPARE(PipelineTracker::vpnBlockReason(s), reason);
        const auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:1"_s); // torrent downloading through Gluetun
        QCOMPARE(m->vpnBlocked, !reason.isEmpty());
        QCOMPARE(m->stuck, !reason.isEmpty());
        if (!reason.isEmpty()) {
            QCOMPARE(m->reason, reason);
            QCOMPARE(m->health, Health::Critical);
        }
        bool gluetunLinked = false;
        for (const ChainLink &link : m->chain)
            gluetunLinked = gluetunLinked || (link.service == u"Gluetun"_s && link.text.startsWith(status));
        QVERIFY(gluetunLinked);
        // Usenet does not go through Gluetun.
        QVERIFY(!find(rows, u"request:42"_s)->vpnBlocked);
    }

    void testDownloadedButNotImported()
    {
        MediaSnapshot s = universe();
        (*s.radarrQueue)[0].trackedState = u"importPending"_s;
        for (Torrent &t : *s.torrents) {
            if (t.hash.startsWith(u'a'))
                t.completedOn = kNow.addSecs(-20 * 60);
        }
        auto rows = PipelineTracker::join(s, kNow);
        QVERIFY(!find(rows, u"request:1"_s)->stuck); // 20 min: within the grace
        QCOMPARE(find(rows, u"request:1"_s)->stage, Stage::Importing);
        rows = PipelineTracker::join(s, kNow.addSecs(3600));
        const PipelineRow *m = find(rows, u"request:1"_s);
        QVERIFY(m->stuck);
        QVERIFY(m->importStuck);
        QCOMPARE(m->reason, u"Downloaded but not imported for 1 h"_s);
    }

    // PIPELINE-LINKS §3.5: once the queue record is gone, the *arr history keeps the link.
    void testHistoryAfterTheQueueRecordIsGone()
    {
        const QString id = u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
        MediaSnapshot s = universe();
        s.radarrQueue->removeFirst(); // The Matrix: no queue record any more
        for (Torrent &t : *s.torrents) {
            if (t.hash == id.toLower()) {
                t.progress = 1.0;
                t.state = u"uploading"_s;
                t.completedOn = kNow.addSecs(-20 * 60);
            }
        }
        HistoryEvent grab{
            1, HistoryEvent::Type::Grabbed, 7, 0, id, u"The.Matrix.1999.1080p"_s, kNow.addSecs(-7200), {}, {}, {}};
        s.radarrHistory = QList<HistoryEvent>{grab};
        // Finished 20 min ago, grabbed, neither imported nor queued: importing, within the grace.
        auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        QCOMPARE(m->stage, Stage::Importing);
        QVERIFY(!m->stuck);
        QCOMPARE(m->downloadIds, QStringList{id});
        QVERIFY(!find(rows, u"download:"_s + id)); // the torrent is the request's, not a row of its own
        rows = PipelineTracker::join(s, kNow.addSecs(3600));
        m = find(rows, u"request:1"_s);
        QVERIFY(m->stuck);
        QVERIFY(m->importStuck); // offers "retry import" with the history's downloadId
        QCOMPARE(m->reason, u"Downloaded but not imported for 1 h"_s);
        // The torrent is gone from the client too.
        MediaSnapshot gone = s;
        gone.torrents->clear();
        m = find(rows = PipelineTracker::join(gone, kNow), u"request:1"_s);
        QCOMPARE(m->stage, Stage::Grabbed);
        QVERIFY(m->stuck);
        QCOMPARE(m->reason, u"Grabbed 2 h ago, not in qBittorrent and not imported"_s);
        // Without qBittorrent's data that is unknown, not stuck.
        gone.torrents.reset();
        m = find(rows = PipelineTracker::join(gone, kNow), u"request:1"_s);
        QVERIFY(!m->stuck);
        QCOMPARE(m->health, Health::Unknown);

        // Imported 10 min ago (Radarr gave no movieFile date): the Jellyfin grace runs from the history's import.
        HistoryEvent import = grab;
        import.id = 2;
        import.type = HistoryEvent::Type::Imported;
        import.date = kNow.addSecs(-10 * 60);
        s.radarrHistory = QList<HistoryEvent>{import, grab};
        for (ArrTitle &t : *s.movies) {
            if (t.id == 7)
                t.hasFile = true;
        }
        s.subtitles->clear();
        s.jellyfin->clear();
        m = find(rows = PipelineTracker::join(s, kNow), u"request:1"_s);
        QCOMPARE(m->stage, Stage::Importing);
        QVERIFY(m->notInLibrary);
        QVERIFY(!m->stuck);
        m = find(rows = PipelineTracker::join(s, kNow.addSecs(2 * 3600)), u"request:1"_s);
        QVERIFY(m->stuck);
        QCOMPARE(m->reason, u"Imported 2 h ago, not in Jellyfin"_s);
        QCOMPARE(m->health, Health::Warning);
    }

    void testFailedDownloadFromHistory()
    {
        const QString id = u"SABnzbd_nzo_fail0002"_s;
        MediaSnapshot s = universe();
        s.radarrQueue->removeFirst();
        s.sabJobs->append(parseSabJobs(fixture(u"sabnzbd_history.json"_s))->at(1)); // Failed, repair
        HistoryEvent grab{
            1, HistoryEvent::Type::Grabbed, 7, 0, id, u"The.Matrix.1999.1080p"_s, kNow.addSecs(-7200), {}, {}, {}};
        HistoryEvent failed = grab;
        failed.id = 2;
        failed.type = HistoryEvent::Type::Failed;
        failed.date = kNow.addSecs(-3600);
        failed.message = u"Repair failed"_s;
        // Newest first as the API sends it, but the order of the list does not matter.
        s.radarrHistory = QList<HistoryEvent>{grab, failed};
        auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        QCOMPARE(m->stage, Stage::Downloading);
        QVERIFY(m->stuck);
        QCOMPARE(m->health, Health::Critical);
        QCOMPARE(m->reason, u"Download failed 1 h ago: Repair failed"_s);
        QVERIFY(m->sabFailed); // "retry SAB job" applies
        QCOMPARE(m->sabId, id);
        QVERIFY(!find(rows, u"download:"_s + id)); // claimed by the request
        // A newer grab after the failure: the *arr re-searched and found another release.
        HistoryEvent regrab = grab;
        regrab.id = 3;
        regrab.downloadId = u"SABnzbd_nzo_test0001"_s;
        regrab.date = kNow.addSecs(-60);
        s.radarrHistory->append(regrab);
        rows = PipelineTracker::join(s, kNow);
        m = find(rows, u"request:1"_s);
        QVERIFY(!m->sabFailed);
        QCOMPARE(m->stage, Stage::Downloading); // SABnzbd_nzo_test0001 is in SAB's queue
    }

    // Sonarr's wanted/missing lists only aired episodes: the calendar tells "not aired yet" from "available".
    void testNotAiredOrReleasedYetFromTheCalendar()
    {
        MediaSnapshot s = universe();
        s.missingEpisodes->clear();
        s.sonarrQueue->clear();
        CalendarEntry next{12, 2, 5, kNow.addDays(3), false, true};
        CalendarEntry otherSeason{12, 3, 1, kNow.addDays(1), false, true};
        CalendarEntry aired{12, 2, 3, kNow.addDays(-1), true, true};
        s.sonarrCalendar = QList<CalendarEntry>{otherSeason, aired, next};
        auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *tv = find(rows, u"request:42"_s);
        QCOMPARE(tv->stage, Stage::Searching);
        QVERIFY(!tv->stuck);
        QCOMPARE(tv->health, Health::Ok);
        QVERIFY2(tv->reason.startsWith(u"Not aired yet: S02E05 on "_s),
                 qPrintable(tv->reason)); // season 3 not requested
        // Once it has aired (and has its file) the season is complete.
        s.sonarrCalendar = QList<CalendarEntry>{otherSeason, aired};
        rows = PipelineTracker::join(s, kNow);
        QVERIFY(find(rows, u"request:42"_s)->stage != Stage::Searching);

        // Radarr: not available yet, the calendar gives the date.
        s.radarrQueue->clear();
        for (ArrTitle &t : *s.movies) {
            if (t.id == 7)
                t.isAvailable = false;
        }
        rows = PipelineTracker::join(s, kNow);
        QCOMPARE(find(rows, u"request:1"_s)->reason, u"Not released yet"_s);
        s.radarrCalendar = QList<CalendarEntry>{CalendarEntry{7, 0, 0, kNow.addDays(10), false, true}};
        rows = PipelineTracker::join(s, kNow);
        const PipelineRow *movie = find(rows, u"request:1"_s);
        QCOMPARE(movie->stage, Stage::Searching);
        QVERIFY(!movie->stuck);
        QVERIFY2(movie->reason.startsWith(u"Not released yet: "_s), qPrintable(movie->reason));
    }

    void testImportBlockedOffersRetryImport()
    {
        MediaSnapshot s = universe();
        (*s.radarrQueue)[0].trackedState = u"importBlocked"_s;
        (*s.radarrQueue)[0].trackedStatus = u"warning"_s;
        (*s.radarrQueue)[0].messages = QStringList{u"Not an upgrade for existing movie file"_s};
        const auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        QCOMPARE(m->stage, Stage::Importing);
        QVERIFY(m->importStuck);
        QCOMPARE(m->reason, u"Import blocked: Not an upgrade for existing movie file"_s);
    }

    void testImportedButNotInJellyfinAfterGrace()
    {
        MediaSnapshot s = universe();
        (*s.requests)[2].status = int(RequestStatus::Approved); // Inception: has file
        s.subtitles->clear();
        s.jellyfin->clear();
        for (ArrTitle &t : *s.movies) {
            if (t.id == 8)
                t.fileAddedAt = kNow.addSecs(-10 * 60);
        }
        auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:43"_s);
        QCOMPARE(m->stage, Stage::Importing);
        QVERIFY(m->notInLibrary);
        QVERIFY(!m->stuck);
        rows = PipelineTracker::join(s, kNow.addSecs(3 * 3600));
        m = find(rows, u"request:43"_s);
        QVERIFY(m->stuck);
        QCOMPARE(m->reason, u"Imported 3 h ago, not in Jellyfin"_s);
    }

    void testTorrentErrorAndMissingFiles_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("error") << u"error"_s << u"Torrent error"_s;
        QTest::newRow("missingFiles") << u"missingFiles"_s << u"Torrent files missing"_s;
        QTest::newRow("metaDL") << u"metaDL"_s << u"No metadata since 35 h"_s;
        QTest::newRow("4.x paused") << u"pausedDL"_s << u"Paused in qBittorrent"_s;
        QTest::newRow("5.x stopped") << u"stoppedDL"_s << u"Paused in qBittorrent"_s;
    }

    void testTorrentErrorAndMissingFiles()
    {
        QFETCH(QString, state);
        QFETCH(QString, reason);
        MediaSnapshot s = universe();
        for (Torrent &t : *s.torrents) {
            if (t.hash.startsWith(u'a'))
                t.state = state;
        }
        const auto rows = PipelineTracker::join(s, kNow.addSecs(12 * 3600));
        const PipelineRow *m = find(rows, u"request:1"_s);
        QCOMPARE(m->reason, reason);
        QCOMPARE(m->torrentState, state);
    }

    void testGrabbedButNotInTheClient()
    {
        MediaSnapshot s = universe();
        s.torrents->clear(); // qBittorrent read, the grabbed hash is not there
        const auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        QVERIFY(m->stuck);
        QCOMPARE(m->reason, u"Grabbed but not in qBittorrent"_s);
        // qBittorrent not read at all: no verdict.
        s.torrents.reset();
        QVERIFY(!find(PipelineTracker::join(s, kNow), u"request:1"_s)->stuck);
    }

    void testPartialDataIsUnknownNotWrong()
    {
        MediaSnapshot s;
        s.requests = *parseSeerrRequests(fixture(u"seerr_requests.json"_s));
        const auto rows = PipelineTracker::join(s, kNow);
        const PipelineRow *m = find(rows, u"request:1"_s);
        QCOMPARE(m->stage, Stage::Approved);
        QCOMPARE(m->health, Health::Unknown);
        QVERIFY(!m->stuck);
    }
};

QTEST_GUILESS_MAIN(TestPipelineTracker)
#include "test_pipelinetracker.moc"
