#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/health.h"

namespace KryNet::Media
{

/// Seerr MediaRequest.status (the code's values; seerr.md).
enum class RequestStatus : int {
    Pending = 1,
    Approved = 2,
    Declined = 3,
    Failed = 4,
    Completed = 5,
};

/// One Seerr request with the fields of its embedded Media row that the joins need (PIPELINE-LINKS §3.1/§3.2).
struct SeerrRequest
{
    int id = 0;
    int status = 0;    ///< RequestStatus
    QString mediaType; ///< "movie" / "tv"
    bool is4k = false;
    std::optional<int> serverId; ///< 0 is a valid id
    int mediaId = 0;
    int tmdbId = 0;
    std::optional<int> tvdbId;
    QString imdbId;
    int mediaStatus = 0; ///< Media.status / status4k per is4k
    std::optional<int> serviceId;
    std::optional<int> externalServiceId; ///< Radarr movie id / Sonarr series id
    QString jellyfinMediaId;
    QList<int> seasons;
    QString requestedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// A Radarr movie or Sonarr series (the fields the tracker needs).
struct ArrTitle
{
    int id = 0;
    QString title;
    int year = 0;
    int tmdbId = 0;
    int tvdbId = 0;
    QString imdbId;
    bool monitored = false;
    bool hasFile = false;    ///< movies: hasFile; series: every monitored aired episode has its file
    bool isAvailable = true; ///< Radarr: released per minimumAvailability
    QDateTime added;
    QDateTime lastSearchTime; ///< Radarr only (Sonarr keeps it per episode)
    QDateTime fileAddedAt;    ///< Radarr movieFile.dateAdded (when the import happened)
};

/// One *arr queue record (Sonarr: one per episode per download).
struct QueueRecord
{
    int id = 0;
    std::optional<int> titleId; ///< movieId / seriesId; empty for unknown items
    int episodeId = 0;
    int seasonNumber = 0;
    QString title;      ///< release title
    QString downloadId; ///< as the *arr stores it (torrents upper-case); empty for delay items
    QString status;
    QString trackedStatus;
    QString trackedState;
    QStringList messages; ///< statusMessages flattened
    QString protocol;
    QString downloadClient;
    QString indexer;
    double size = 0;
    double sizeLeft = 0;
    QString timeLeft;
    QDateTime added;
};

/// One *arr history event (PIPELINE-LINKS §3.5): the link that survives the import.
struct HistoryEvent
{
    enum class Type {
        Other,    ///< renames, deletions, folder imports…
        Grabbed,  ///< eventType 1
        Imported, ///< downloadFolderImported (3)
        Failed,   ///< downloadFailed (4)
        Ignored,  ///< downloadIgnored (Sonarr 7 / Radarr 9)
    };
    int id = 0;
    Type type = Type::Other;
    std::optional<int> titleId; ///< movieId / seriesId
    int episodeId = 0;
    QString downloadId; ///< as the *arr stores it (torrents upper-case)
    QString sourceTitle;
    QDateTime date;
    QString message;   ///< data.message (failures, ignores)
    QString eventType; ///< as the answer names it ("grabbed", "downloadFailed"…)
    QString indexer;   ///< data.indexer (grabs, failures): "<Prowlarr name> (Prowlarr)"
};

/// A Sonarr wanted/missing episode.
struct MissingEpisode
{
    int id = 0;
    int seriesId = 0;
    int seasonNumber = 0;
    int episodeNumber = 0;
    bool monitored = false;
    QDateTime lastSearchTime;
};

/// Sonarr's wanted/missing, read page after page (ArrClient::missingEpisodes).
struct MissingEpisodes
{
    QList<MissingEpisode> episodes;
    qint64 totalRecords = 0; ///< as the last page said
    int pages = 0;           ///< pages read
    /// The page cap stopped the read before totalRecords.
    [[nodiscard]] bool truncated() const { return episodes.size() < totalRecords; }
};

/// The paging fields of an *arr paged answer (PagingResource: page, pageSize, totalRecords).
struct ArrPage
{
    int page = 0;
    int pageSize = 0;
    qint64 totalRecords = 0;
};

/// A Sonarr episode or a Radarr movie from the calendar (upcoming airs / releases).
struct CalendarEntry
{
    int titleId = 0;      ///< seriesId / movie id
    int seasonNumber = 0; ///< Sonarr
    int episodeNumber = 0;
    QDateTime releases; ///< Sonarr airDateUtc; Radarr the home release (digital, else physical, else in cinemas)
    bool hasFile = false;
    bool monitored = true;
};

/// A qBittorrent torrent (from sync/maindata, merged over rids).
struct Torrent
{
    QString hash; ///< lower case
    QString infohashV1;
    QString infohashV2;
    QString name;
    QString state;
    QString category;
    double progress = 0;
    qint64 dlspeed = 0;
    qint64 eta = 0;
    int numSeeds = 0;
    QDateTime addedOn;
    QDateTime completedOn; ///< completion_on; invalid while incomplete
};

/// Incremental qBittorrent state: the merged raw objects per hash and the last rid.
struct TorrentSync
{
    qint64 rid = 0;
    QHash<QString, QJsonObject> raw; ///< lower-case hash → merged fields
};

/// A SABnzbd job, from the queue or the history.
struct SabJob
{
    QString nzoId;
    QString name;
    QString status;
    QString category;
    double percentage = 0;
    QString timeLeft;
    QString failMessage;
    bool inHistory = false;
    QDateTime completedOn; ///< history: completed (Unix seconds)
};

/// One read of SABnzbd's history (mode=history with last_history_update).
struct SabHistory
{
    qint64 lastUpdate = -1; ///< last_history_update of the answer; -1 when it gave none
    bool unchanged = false; ///< {"history": false}: nothing changed since the value sent
    QList<SabJob> jobs;
};

/// A Bazarr wanted entry (movie: radarrId; episode: sonarr ids).
struct SubtitleWant
{
    int radarrId = 0;
    int sonarrSeriesId = 0;
    int sonarrEpisodeId = 0;
    QString title;
    QStringList languages; ///< display names ("German")
};

/// A Jellyfin movie or series with its provider ids (keys lower-cased).
struct JellyfinItem
{
    QString id;
    QString name;
    QString type;
    QHash<QString, QString> providerIds;
};

/// One Jellyfin session that plays something (GET /Sessions): who watches what, and how.
struct PlaybackSession
{
    QString user;
    QString client;     ///< "Android TV"
    QString device;     ///< "Living Room TV"
    QString item;       ///< NowPlayingItem.Name ("The Matrix"; episodes: "Show · S01E02 · Name")
    QString playMethod; ///< PlayState.PlayMethod: "DirectPlay", "DirectStream", "Transcode"
    bool paused = false;
    QStringList transcodeReasons; ///< TranscodingInfo.TranscodeReasons
    QString hardware;             ///< TranscodingInfo.HardwareAccelerationType ("vaapi"); empty: software / none

    [[nodiscard]] bool transcoding() const { return playMethod == QLatin1String("Transcode"); }
};

/// Gluetun's control server: the VPN state and the public IP the downloads leave from.
struct VpnState
{
    QString status;   ///< "running", "stopped", "starting", "crashed"…
    QString publicIp; ///< empty before the first lookup or while stopped
};

/// One service of the health strip: its version and what its health endpoint reports.
struct ServiceHealth
{
    QString service; ///< service id ("radarr")
    QString version;
    Health health = Health::Unknown;
    QStringList messages; ///< "warning: Indexer X unavailable"; empty when healthy
};

/// Everything the tracker joins; each part is optional (a service not configured or failing).
struct MediaSnapshot
{
    std::optional<QList<SeerrRequest>> requests;
    std::optional<QList<ArrTitle>> movies;
    std::optional<QList<QueueRecord>> radarrQueue;
    std::optional<QList<HistoryEvent>> radarrHistory; ///< the latest events, newest first
    std::optional<QList<ArrTitle>> series;
    std::optional<QList<QueueRecord>> sonarrQueue;
    std::optional<QList<HistoryEvent>> sonarrHistory;
    std::optional<QList<MissingEpisode>> missingEpisodes;
    std::optional<QList<CalendarEntry>> radarrCalendar; ///< releases in the calendar window
    std::optional<QList<CalendarEntry>> sonarrCalendar; ///< episodes airing in the calendar window
    std::optional<QList<Torrent>> torrents;
    std::optional<QList<SabJob>> sabJobs;
    std::optional<QList<SubtitleWant>> subtitles;
    std::optional<QList<JellyfinItem>> jellyfin;
    std::optional<QList<PlaybackSession>> sessions; ///< Jellyfin sessions playing something
    std::optional<QString> vpnStatus;               ///< Gluetun /v1/vpn/status
    std::optional<QString> publicIp;                ///< Gluetun /v1/publicip/ip
    QString homeIp;                 ///< the lab's own public IP (profile: gluetun "homeIp"); empty: unknown
    QHash<QString, QString> errors; ///< service id → error text of the last read
    QHash<QString, QString> notes;  ///< service id → what was read only in part ("wanted/missing: 5,000 of 7,200")
};

} // namespace KryNet::Media
