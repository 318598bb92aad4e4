// PipelineTracker: every join rule and stuck reason on the fixture universe of PIPELINE-LINKS.md §8.
#include <QJsonDocument>
#include <QTest>

#include "core/media/mediaparsers.h"
#include "core/media/pipelinetracker.h"
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
