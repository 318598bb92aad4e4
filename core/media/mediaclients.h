#pragma once

#include <QFuture>
#include <QJsonDocument>

#include "core/common/result.h"
#include "core/media/mediatypes.h"

namespace KryNet
{
class ServiceClient;
}

namespace KryNet::Media
{

/**
 * One small client per media service, on top of its ServiceClient (auth, TLS, retries of GETs only).
 * Each call returns the parsed value of mediaparsers.h, or the transport / Parse error. The clients do
 * not own the ServiceClient (LabSession does) and use it as the context of their continuations, so a
 * destroyed session cancels them. Actions (POST) are sent once and never retried.
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
    /// Sonarr's monitored missing episodes (with lastSearchTime).
    [[nodiscard]] QFuture<Result<QList<MissingEpisode>>> missingEpisodes() const;
    /// MoviesSearch / SeriesSearch for one title.
    [[nodiscard]] QFuture<Result<QJsonDocument>> search(int titleId) const;

private:
    ServiceClient *m_client;
    bool m_sonarr;
};

/// qBittorrent WebUI API v2: sync/maindata with rid; the client keeps the merged state between calls.
class QBittorrentClient final
{
public:
    explicit QBittorrentClient(ServiceClient *client)
        : m_client(client)
    {}
    /// Asks for the changes since the last rid and returns all torrents after applying them.
    [[nodiscard]] QFuture<Result<QList<Torrent>>> sync();
    [[nodiscard]] qint64 rid() const { return m_sync->rid; }

private:
    ServiceClient *m_client;
    std::shared_ptr<TorrentSync> m_sync = std::make_shared<TorrentSync>();
};

/// SABnzbd (apikey query parameter, handled by ServiceClient): queue or history jobs.
class SabnzbdClient final
{
public:
    explicit SabnzbdClient(ServiceClient *client)
        : m_client(client)
    {}
    [[nodiscard]] QFuture<Result<QList<SabJob>>> jobs(bool history) const;

private:
    ServiceClient *m_client;
};

/// Bazarr: wanted (missing subtitles) movies or episodes.
class BazarrClient final
{
public:
    explicit BazarrClient(ServiceClient *client)
        : m_client(client)
    {}
    [[nodiscard]] QFuture<Result<QList<SubtitleWant>>> wanted(bool episodes) const;

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

private:
    ServiceClient *m_client;
};

} // namespace KryNet::Media
