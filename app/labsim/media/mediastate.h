#pragma once

#include <limits>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace KryNet::LabSim
{

class LabClock;

namespace Media
{

/// A time that has not happened (and, without an action, never will).
inline constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 4;

enum class MediaKind {
    Movie,
    Series
};

enum class Protocol {
    Torrent,
    Usenet
};

/// How a request's story goes: the normal pipeline, or one of the stuck cases.
enum class Scenario {
    Flow,
    Pending,
    Declined,
    NoRelease,
    Stalled,
    ImportBlocked,
    MissingSubtitles,
    SabFailed,   ///< the SABnzbd job fails its repair; a retry re-queues it and the request walks on
    NotInLibrary ///< imported, but Jellyfin lists it only after a library scan
};

/// The eight pipeline steps, plus the ends a request can reach instead (declined) or get stuck in.
enum class Stage {
    Pending,
    Declined,
    Approved,
    Searching,
    Grabbed,
    Downloading,
    Paused,
    Stalled,
    PostProcessing,
    ImportPending,
    Importing,
    ImportBlocked,
    Subtitles,
    Available,
    Failed,      ///< the download failed (SABnzbd repair); stays until a retry
    NotInLibrary ///< imported and subtitled, Jellyfin has not scanned it yet
};

[[nodiscard]] QString stageName(Stage stage);

struct Episode
{
    int id = 0; ///< Sonarr episode id (Bazarr sonarrEpisodeId)
    int seasonNumber = 0;
    int episodeNumber = 0;
    QString title;
    int tvdbId = 0;
    qint64 airDate = 0;   ///< Unix seconds
    qint64 fileSince = 0; ///< when its file arrived (kNever: none, or delivered by jobIndex)
    qint64 size = 0;
    int jobIndex = -1; ///< the download that delivers this episode
    QString jellyfinId;
};

/// One movie or series of the lab, as Radarr/Sonarr, Seerr, Bazarr and Jellyfin know it.
struct Title
{
    MediaKind kind = MediaKind::Movie;
    int arrId = 0; ///< Radarr movie id / Sonarr series id
    int tmdbId = 0;
    int tvdbId = 0;
    QString imdbId;
    QString name;
    int year = 0;
    QString slug;
    QString jellyfinId;
    int runtime = 0; ///< minutes
    QStringList genres;
    QString studio; ///< studio (movie) or network (series)
    QString certification;
    QString quality;
    QString releaseGroup;
    qint64 arrAddedAt = 0; ///< when the *arr got the title (kNever: only once its job is approved)
    qint64 fileSince = 0;  ///< movies: file on disk since (kNever: none, or delivered by jobIndex)
    qint64 releaseDate = 0;
    bool continuing = false;
    qint64 size = 0;
    int seerrMediaId = 0;
    int jobIndex = -1;
    QList<Episode> episodes;
};

/// One request (or hand-made download) and its download, with its timeline.
struct Job
{
    Scenario scenario = Scenario::Flow;
    int titleIndex = 0;
    int season = 0;
    QList<int> episodeIndexes; ///< into Title::episodes (series)
    Protocol protocol = Protocol::Torrent;
    QString hash; ///< qBittorrent hash (lower case; for hybrids the truncated v2 hash)
    QString infohashV1;
    QString infohashV2;
    QString nzoId;
    QString releaseTitle;
    qint64 size = 0;
    QString indexer; ///< the *arr-side name: "<Prowlarr name> (Prowlarr)"
    int requestId = 0;
    int seasonRequestId = 0;
    int requestedBy = 1;
    qint64 requestedAt = 0;
    qint64 approvedAt = kNever;
    qint64 declinedAt = kNever;
    int searchSecs = 60; ///< < 0: no release is ever found
    int metaSecs = 20;
    int downloadSecs = 1800;
    double stallProgress = 1.0;
    int subtitleSecs = 300; ///< < 0: subtitles never found
    qint64 grabOverride = kNever;
    qint64 pausedAt = kNever;
    qint64 pausedTotal = 0;
    qint64 lastSearch = kNever;
    QStringList missingLanguages; ///< Bazarr codes2 while subtitles are missing
    qint64 retriedAt = kNever;    ///< SABnzbd retry of the failed job: it downloads again from then on
    qint64 failedBefore = kNever; ///< when the download had failed before its retry (history keeps it)
    int retrySecs = 300;          ///< how long the retried download takes
};

/// Absolute times of one job, and its download progress, at one moment.
struct JobTimes
{
    qint64 addedAt = kNever;
    qint64 grabAt = kNever;
    qint64 downloadStart = kNever;
    qint64 doneAt = kNever;
    qint64 failedAt = kNever; ///< SabFailed: the repair failed (end of post-processing)
    qint64 importStart = kNever;
    qint64 importedAt = kNever;
    qint64 bazarrAt = kNever;
    qint64 subtitlesAt = kNever;
    qint64 jellyfinAt = kNever;
    qint64 seerrAvailableAt = kNever;
    double progress = 0;
    bool paused = false;
    bool stalled = false;
    Stage stage = Stage::Pending;
};

/// A Radarr/Sonarr command posted through the API.
struct Command
{
    int id = 0;
    QString name;
    qint64 queued = 0;
    QString message;
};

/**
 * The media side of the simulated lab: ~30 titles, 18 requests and their downloads, as one seeded
 * model. Everything a service answers is computed from the clock on each request (deterministic for
 * seed and time): a request's stage follows from its approval time and fixed durations, and actions
 * (approve, search, stop/start) only move those anchors. Links follow PIPELINE-LINKS.md: Seerr media
 * tmdbId/tvdbId = *arr title, queue downloadId = upper-cased torrent hash or nzo_id, Bazarr ids = *arr
 * ids, Jellyfin ProviderIds = the title's ids as strings.
 */
struct MovieSeed;
struct JobSeed;

/// Extra load for the scale scenarios (krynet-labsim --scale): 0 keeps the lab as it is.
struct MediaScale
{
    int requests = 0; ///< generated movie requests, spread over every stage
    int torrents = 0; ///< finished torrents seeding the library, known to no *arr
};

/// A finished torrent of the library that no request produced (the scale scenarios).
struct SeedingTorrent
{
    QString hash; ///< lower case v1
    QString name;
    qint64 size = 0;
    qint64 addedAt = 0;
};

class MediaState final
{
public:
    /// @p hostileTitles (krynet-labsim --hostile-names): one more approved movie request per title, its
    /// torrent named with the title too.
    MediaState(LabClock &clock, quint32 seed, MediaScale scale = {}, const QStringList &hostileTitles = {});

    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 epoch() const { return m_epoch; }

    [[nodiscard]] const QList<Title> &titles() const { return m_titles; }
    [[nodiscard]] const QList<Job> &jobs() const { return m_jobs; }
    [[nodiscard]] const QList<SeedingTorrent> &seedingTorrents() const { return m_seedingTorrents; }
    [[nodiscard]] JobTimes times(int jobIndex, qint64 now) const;
    /// When the title (or one episode) has its file; kNever when it has none yet.
    [[nodiscard]] qint64 movieFileSince(const Title &title, qint64 now) const;
    [[nodiscard]] qint64 episodeFileSince(const Episode &episode, qint64 now) const;
    /// When Jellyfin lists it (movies, episodes); kNever when not yet.
    [[nodiscard]] qint64 movieInJellyfinSince(const Title &title, qint64 now) const;
    [[nodiscard]] qint64 episodeInJellyfinSince(const Episode &episode, qint64 now) const;
    /// Whether the *arr has the title (added before or by its approved request).
    [[nodiscard]] bool inArr(const Title &title, qint64 now) const;
    [[nodiscard]] bool episodeMonitored(const Title &title, const Episode &episode, qint64 now) const;
    [[nodiscard]] int titleIndexByArrId(MediaKind kind, int arrId) const;
    [[nodiscard]] int jobIndexByRequestId(int requestId) const;
    /// The download id as the *arr stores it: upper-case v1 hash, or the nzo_id.
    [[nodiscard]] QString downloadId(const Job &job) const;

    // Actions (the API's buttons). Each returns false when it does not apply.
    bool approve(int requestId, qint64 now);
    bool decline(int requestId, qint64 now);
    /// A search command for a title: brings a pending grab forward, records the search time.
    void search(MediaKind kind, int arrId, qint64 now);
    void searchAllMissing(MediaKind kind, qint64 now);
    bool stopDownload(int jobIndex, qint64 now);
    bool startDownload(int jobIndex, qint64 now);
    /// SABnzbd's retry of a failed job (by nzo_id): re-queued, it downloads again; false when no job failed.
    bool retryDownload(const QString &nzoId, qint64 now);
    /// A Jellyfin library scan started at @p now; it finds what was imported before it LibraryScanSecs later.
    void libraryScan(qint64 now);
    static constexpr qint64 LibraryScanSecs = 45;
    /// The last library scan started (kNever: none yet).
    [[nodiscard]] qint64 lastLibraryScan() const { return m_libraryScans.isEmpty() ? kNever : m_libraryScans.last(); }
    /// The fail message of a failed SABnzbd repair (SABnzbd history, Radarr/Sonarr queue and history).
    static QString sabFailMessage();
    int addCommand(MediaKind kind, const QString &name, const QString &message, qint64 now);
    [[nodiscard]] const QList<Command> &commands(MediaKind kind) const;

    /// Generated credentials (from the seed).
    [[nodiscard]] QString apiKey(const QString &serviceId) const;
    [[nodiscard]] QString qbUser() const { return m_qbUser; }
    [[nodiscard]] QString qbPassword() const { return m_qbPassword; }
    [[nodiscard]] QString jellyfinServerId() const { return m_jellyfinServerId; }
    [[nodiscard]] QString jellyfinUserId() const { return m_jellyfinUserId; }
    [[nodiscard]] QRandomGenerator &random() { return m_random; }

    /// Seerr users: id 1 is the admin.
    struct User
    {
        int id;
        QString name;
        QString email;
    };
    [[nodiscard]] const QList<User> &users() const { return m_users; }

private:
    void build();
    Title makeMovie(const MovieSeed &seed, int arrId);
    void addJob(const JobSeed &seed, int titleIndex);
    QString hex(int length);
    QString alnum(int length);

    LabClock &m_clock;
    MediaScale m_scale;
    QStringList m_hostileTitles;
    QRandomGenerator m_random;
    qint64 m_epoch = 0;
    QList<Title> m_titles;
    QList<Job> m_jobs;
    QList<SeedingTorrent> m_seedingTorrents;
    QList<User> m_users;
    QList<Command> m_commands[2];
    QList<qint64> m_libraryScans;
    QHash<QString, QString> m_apiKeys;
    QString m_qbUser;
    QString m_qbPassword;
    QString m_jellyfinServerId;
    QString m_jellyfinUserId;
};

// Formatting shared by the services.
[[nodiscard]] QString isoTime(qint64 secs);       ///< 2026-11-01T12:00:00Z (*arr)
[[nodiscard]] QString isoTimeMillis(qint64 secs); ///< 2026-11-01T12:00:00.000Z (Seerr)
[[nodiscard]] QString isoTimeTicks(qint64 secs);  ///< 2026-11-01T12:00:00.0000000Z (Jellyfin)
[[nodiscard]] QString timeSpan(qint64 secs);      ///< .NET TimeSpan: hh:mm:ss or d.hh:mm:ss
[[nodiscard]] QString sabTimeLeft(qint64 secs);   ///< H:MM:SS
[[nodiscard]] quint32 stableHash(const QString &text);

} // namespace Media
} // namespace KryNet::LabSim
