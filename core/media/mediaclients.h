#pragma once

#include <memory>
#include <mutex>

#include <QDateTime>
#include <QFuture>
#include <QJsonDocument>
#include <QPointer>

#include "core/common/result.h"
#include "core/http/serviceclient.h"
#include "core/media/mediatypes.h"

namespace KryNet::Media
{

/**
 * One small client per media service, on top of its ServiceClient (auth, TLS, retries of GETs only).
 * Each call returns the parsed value of mediaparsers.h, or the transport / Parse error. The clients do
 * not own the ServiceClient (LabSession does); their continuations are pure (parsing) and capture no
 * object, so a destroyed session only cancels them. Actions (POST/PATCH) are sent once and never retried.
 * version()/health() feed the service health strip (PIPELINE-LINKS.md §5.7).
 */
class SeerrClient final
{
public:
    explicit SeerrClient(ServiceClient *client)
        : m_client(client)
    {}
    /// The latest 100 requests of every status (sorted by modification).
    [[nodiscard]] QFuture<Result<QList<SeerrRequest>>> requests() const;
    [[nodiscard]] QFuture<Result<QJsonDocument>> approve(int requestId) const;
    [[nodiscard]] QFuture<Result<QJsonDocument>> decline(int requestId) const;
    /// GET /api/v1/status → version.
    [[nodiscard]] QFuture<Result<QString>> version() const;

private:
    ServiceClient *m_client;
};

/// Radarr (movies) or Sonarr (series), API v3.
class ArrClient final
{
public:
    ArrClient(ServiceClient *client, bool sonarr)
        : m_client(client)
        , m_sonarr(sonarr)
    {}
    [[nodiscard]] QFuture<Result<QList<ArrTitle>>> titles() const;
    /// The whole queue (pageSize 1000, unknown items included).
    [[nodiscard]] QFuture<Result<QList<QueueRecord>>> queue() const;
    /// The latest HistoryPageSize history events, newest first (grabs, imports, failures: PIPELINE-LINKS §3.5).
    [[nodiscard]] QFuture<Result<QList<HistoryEvent>>> history() const;
    /// The history of one download (upper-case hash for torrents, nzo_id verbatim).
    [[nodiscard]] QFuture<Result<QList<HistoryEvent>>> history(const QString &downloadId) const;
    static constexpr int HistoryPageSize = 250;
    /// Monitored episodes (Sonarr) / movies (Radarr) releasing from a day before @p now to CalendarDays after.
    [[nodiscard]] QFuture<Result<QList<CalendarEntry>>> calendar(const QDateTime &now) const;
    static constexpr int CalendarDays = 120;
    /**
     * Sonarr's monitored missing episodes (with lastSearchTime), page after page of @p pageSize until
     * totalRecords (or an empty page); at most @p maxPages pages, the rest reported by truncated().
     */
    [[nodiscard]] QFuture<Result<MissingEpisodes>> missingEpisodes(int pageSize = MissingPageSize,
                                                                   int maxPages = MissingMaxPages) const;
    static constexpr int MissingPageSize = 1000;
    static constexpr int MissingMaxPages = 20;
    /// MoviesSearch / SeriesSearch for one title.
    [[nodiscard]] QFuture<Result<QJsonDocument>> search(int titleId) const;
    /// DownloadedMoviesScan / DownloadedEpisodesScan for one finished download: the *arr imports it again.
    [[nodiscard]] QFuture<Result<QJsonDocument>> retryImport(const QString &downloadId) const;
    [[nodiscard]] QFuture<Result<QString>> version() const;
    [[nodiscard]] QFuture<Result<ServiceHealth>> health() const;

private:
    ServiceClient *m_client;
    bool m_sonarr;
};

/// Prowlarr v1: version, health checks and the indexers it has backed off.
class ProwlarrClient final
{
public:
    explicit ProwlarrClient(ServiceClient *client)
        : m_client(client)
    {}
    [[nodiscard]] QFuture<Result<QString>> version() const;
    [[nodiscard]] QFuture<Result<ServiceHealth>> health() const;
    /// /indexer then /indexerstatus: the indexers still backed off at @p now, by name.
    [[nodiscard]] QFuture<Result<ServiceHealth>> indexerHealth(const QDateTime &now) const;

private:
    ServiceClient *m_client;
};

/**
 * qBittorrent WebUI API v2: sync/maindata with rid; the client keeps the merged state between calls.
 * Torrent actions pick their endpoint by the WebAPI version (read once, then cached): >= 2.11 (5.x)
 * stop/start, older (4.x) pause/resume.
 */
class QBittorrentClient final
{
public:
    enum class TorrentAction {
        Recheck,
        Pause, ///< stop on 5.x
        Resume ///< start on 5.x
    };

    explicit QBittorrentClient(ServiceClient *client)
        : m_client(client)
    {}
    /// Asks for the changes since the last rid and returns all torrents after applying them.
    [[nodiscard]] QFuture<Result<QList<Torrent>>> sync();
    [[nodiscard]] qint64 rid() const;
    /// GET app/webapiVersion ("2.11.4"); cached for the actions.
    [[nodiscard]] QFuture<Result<QString>> webApiVersion();
    /// The endpoint of @p action for WebAPI @p version ("torrents/stop" or "torrents/pause"…).
    [[nodiscard]] static QString actionPath(TorrentAction action, const QString &version);
    /// One POST for @p hashes (lower or upper case), after reading the WebAPI version if not known yet.
    [[nodiscard]] QFuture<Result<QJsonDocument>> torrentAction(TorrentAction action, const QStringList &hashes);

private:
    QPointer<ServiceClient> m_client;
    /// Merged on a worker thread by sync(), read by rid(): guarded.
    struct SyncState
    {
        std::mutex mutex;
        TorrentSync sync;
    };
    std::shared_ptr<SyncState> m_sync = std::make_shared<SyncState>();
    std::shared_ptr<QString> m_webApiVersion = std::make_shared<QString>();
};

/// SABnzbd (apikey query parameter, handled by ServiceClient): queue or history jobs.
class SabnzbdClient final
{
public:
    explicit SabnzbdClient(ServiceClient *client)
        : m_client(client)
    {}
    [[nodiscard]] QFuture<Result<QList<SabJob>>> jobs(bool history) const;
    /**
     * The history jobs, re-read only when SABnzbd's last_history_update changed: the value of the last
     * answer is passed back, and {"history": false} returns the jobs kept from that answer.
     */
    [[nodiscard]] QFuture<Result<QList<SabJob>>> historyJobs();
    /// last_history_update of the last history answer; -1 before the first.
    [[nodiscard]] qint64 lastHistoryUpdate() const;
    /// mode=retry&value=<nzo_id> (form POST, never retried) for a failed history job; {"status": false} is an error.
    [[nodiscard]] QFuture<Result<QJsonDocument>> retry(const QString &nzoId) const;
    [[nodiscard]] QFuture<Result<QString>> version() const;

private:
    ServiceClient *m_client;
    /// Updated by historyJobs()' continuation (any thread), read by the next call: guarded.
    struct HistoryState
    {
        std::mutex mutex;
        qint64 lastUpdate = -1;
        QList<SabJob> jobs;
    };
    std::shared_ptr<HistoryState> m_history = std::make_shared<HistoryState>();
};

/// Bazarr: wanted (missing subtitles) movies or episodes.
class BazarrClient final
{
public:
    explicit BazarrClient(ServiceClient *client)
        : m_client(client)
    {}
    [[nodiscard]] QFuture<Result<QList<SubtitleWant>>> wanted(bool episodes) const;
    /// PATCH /api/movies?radarrid=… or /api/series?seriesid=… with action=search-missing (204).
    [[nodiscard]] QFuture<Result<QJsonDocument>> searchMissing(bool movie, int arrId) const;
    [[nodiscard]] QFuture<Result<QString>> version() const;
    [[nodiscard]] QFuture<Result<ServiceHealth>> health() const;

private:
    ServiceClient *m_client;
};

/// Jellyfin: every movie and series with its provider ids (10.11 has no provider-id filter).
class JellyfinClient final
{
public:
    explicit JellyfinClient(ServiceClient *client)
        : m_client(client)
    {}
    [[nodiscard]] QFuture<Result<QList<JellyfinItem>>> items() const;
    /// GET /Sessions?activeWithinSeconds=960: who plays what, transcoding or direct.
    [[nodiscard]] QFuture<Result<QList<PlaybackSession>>> sessions() const;
    /// POST /Library/Refresh (admin): a full library scan.
    [[nodiscard]] QFuture<Result<QJsonDocument>> libraryScan() const;
    /// /System/Info/Public → Version.
    [[nodiscard]] QFuture<Result<QString>> version() const;
    /// /health: "Healthy" → Ok, "Degraded" → Warning, anything else → Critical.
    [[nodiscard]] QFuture<Result<ServiceHealth>> health() const;

private:
    ServiceClient *m_client;
};

/// Gluetun's HTTP control server (X-Api-Key): the "secure download" stage.
class GluetunClient final
{
public:
    explicit GluetunClient(ServiceClient *client)
        : m_client(client)
    {}
    [[nodiscard]] QFuture<Result<QString>> vpnStatus() const;
    [[nodiscard]] QFuture<Result<QString>> publicIp() const;
    [[nodiscard]] QFuture<Result<QString>> version() const;

private:
    ServiceClient *m_client;
};

} // namespace KryNet::Media
