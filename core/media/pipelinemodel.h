#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

#include "core/common/sameturn.h"
#include "core/media/mediaclients.h"
#include "core/media/pipelinetracker.h"

namespace KryNet
{
class LabSession;
}

namespace KryNet::Media
{

/**
 * The media request pipeline of one profile as a table (issue 9): one row per request (or unrequested
 * download) from PipelineTracker, refreshed every 15 s while the window is visible and every 2 min when
 * hidden. A refresh reads every configured media service in parallel (qBittorrent incrementally by rid);
 * a failing service leaves its part unknown and is named in errors(). Rows keep their key across
 * refreshes (dataChanged when the set is unchanged, so selections survive).
 *
 * Gluetun (when configured) gives the VPN state and public IP: down or equal to the profile's home IP
 * (gluetun service setting "homeIp") blocks torrent downloads. The service health strip (every service's
 * version and health endpoint, Prowlarr's backed-off indexers) is read on the first refresh and every
 * HealthEvery-th after.
 *
 * Remedies (approve/decline a Seerr request, *arr search, retry import, qBittorrent recheck / pause /
 * resume by WebAPI version, SABnzbd retry, Bazarr subtitle search, Jellyfin library scan) are logged in
 * the session's ActionLog, sent once and never retried, and followed by a re-read; confirmation is the
 * UI's job (isDestructive()).
 */
class PipelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineModel)

public:
    enum Column {
        TitleColumn,
        StageColumn,
        HealthColumn,
        ReasonColumn,
        RequestedByColumn,
        RequestedAtColumn,
        ColumnCount
    };
    enum Role {
        StageRole = Roles::FirstDomainRole, ///< Stage as int
        ProgressRole,                       ///< double 0…1, or -1
        StuckRole,                          ///< bool
        ChainRole,                          ///< QStringList "Service: text"
        RequestIdRole,                      ///< int (0 without a request)
        RequestStatusRole,                  ///< int Seerr request status
        ArrIdRole,                          ///< int Radarr movie id / Sonarr series id
        MediaTypeRole,                      ///< "movie" / "tv"
        EtaRole,                            ///< qint64 seconds, or -1
        ServicesRole,                       ///< QStringList of service ids with a record of the row
        StageCountRole,                     ///< int: how many of the eight steps are done (stage bar)
    };
    enum class Action {
        Approve,
        Decline,
        Search,
        RetryImport,
        Recheck,
        PauseTorrent,
        ResumeTorrent,
        RetrySab,
        SubtitleSearch,
        LibraryScan,
    };
    static constexpr int ActionCount = int(Action::LibraryScan) + 1;
    static constexpr int HealthEvery = 4;

    static constexpr int VisibleIntervalMs = 15000;
    static constexpr int HiddenIntervalMs = 120000;

    explicit PipelineModel(LabSession &session, QObject *parent = nullptr);
    ~PipelineModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const QList<PipelineRow> &rows() const { return m_rows; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }
    [[nodiscard]] bool hasLoaded() const { return m_updatedAt.isValid(); }
    [[nodiscard]] QDateTime updatedAt() const { return m_updatedAt; }
    /// Service id → error of the last refresh ("sonarr" → "HTTP 503…").
    [[nodiscard]] const QHash<QString, QString> &errors() const { return m_snapshot.errors; }
    /// Service id → what the last refresh read only in part ("wanted/missing: read 20000 of 23000 episodes…").
    [[nodiscard]] const QHash<QString, QString> &notes() const { return m_snapshot.notes; }
    /// Whether the profile has any media service at all.
    [[nodiscard]] bool hasMediaServices() const;
    /// Whether @p action applies to @p row (approve/decline: pending request; search: searching title…).
    [[nodiscard]] bool canRun(Action action, int row) const;
    /// Whether the UI must confirm @p action (it changes state that cannot simply be re-read).
    [[nodiscard]] static bool isDestructive(Action action);
    /// Translated name of @p action ("Retry import").
    [[nodiscard]] static QString actionName(Action action);
    /// Jellyfin's playing sessions of the last refresh; empty optional when Jellyfin is not configured or failed.
    [[nodiscard]] const std::optional<QList<PlaybackSession>> &sessions() const { return m_snapshot.sessions; }
    /// "mira: The Matrix · Living Room TV · transcoding (VideoCodecNotSupported, vaapi)".
    [[nodiscard]] static QString sessionText(const PlaybackSession &session);
    /// The service health strip: one entry per configured media service, in a fixed order.
    [[nodiscard]] const QList<ServiceHealth> &serviceHealth() const { return m_health; }
    /// Steps done of the eight (Requested … Available) for @p stage; 0 for declined/failed/unknown.
    [[nodiscard]] static int stepsDone(Stage stage);
    /// The time the tracker joins at; current time unless set (tests).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// The Radarr/Sonarr history of one row's download (ArrClient::history(downloadId)): the grab's
    /// indexer and release, failures with their message, the import. Read on demand, never by refresh().
    struct DownloadHistory
    {
        QString downloadId;
        bool loading = false;
        QList<HistoryEvent> events; ///< newest first
        QString error;              ///< the read failed
    };
    /// Whether @p row has a download whose *arr (Radarr for movies, Sonarr for series) is configured.
    [[nodiscard]] bool hasDownloadHistory(int row) const;
    /// Reads the history of @p row's (first) download once; downloadHistoryRead() follows. Not sent again
    /// while a read of the same download is running.
    void readDownloadHistory(int row);
    /// The last read of the row with @p key (rows keep their key across refreshes); nullptr before any.
    [[nodiscard]] const DownloadHistory *downloadHistory(const QString &key) const;
    /// "Grabbed 2 h ago from Lumen (Prowlarr): Release.Title", "Download failed 5 min ago: <message>".
    [[nodiscard]] static QString historyText(const HistoryEvent &event, const QDateTime &now);

public Q_SLOTS:
    void refresh();
    /// Runs @p action on @p row's request/title once, logged; the result arrives by actionFinished().
    void run(KryNet::Media::PipelineModel::Action action, int row);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed();
    void healthChanged();
    void actionFinished(bool ok, const QString &message);
    /// A readDownloadHistory() for the row with @p key has its answer (or error).
    void downloadHistoryRead(const QString &key);

private:
    void finishPart();
    void publish(QList<PipelineRow> rows);
    void updateInterval();
    template <typename T>
    void fetch(const QString &service, QFuture<Result<T>> future, std::optional<T> MediaSnapshot::*slot,
               bool append = false);
    void fetchVersion(const QString &service, QFuture<Result<QString>> future);
    void fetchHealth(const QString &service, QFuture<Result<ServiceHealth>> future);
    void refreshHealth();
    ServiceHealth &healthEntry(const QString &service);

    LabSession &m_session;
    std::unique_ptr<SeerrClient> m_seerr;
    std::unique_ptr<ArrClient> m_radarr;
    std::unique_ptr<ArrClient> m_sonarr;
    std::unique_ptr<QBittorrentClient> m_qbittorrent;
    std::unique_ptr<SabnzbdClient> m_sabnzbd;
    std::unique_ptr<BazarrClient> m_bazarr;
    std::unique_ptr<JellyfinClient> m_jellyfin;
    std::unique_ptr<ProwlarrClient> m_prowlarr;
    std::unique_ptr<GluetunClient> m_gluetun;
    QList<ServiceHealth> m_health;
    QList<ServiceHealth> m_nextHealth;
    int m_healthPending = 0;
    int m_refreshCount = 0;
    MediaSnapshot m_snapshot;
    MediaSnapshot m_next;
    QList<PipelineRow> m_rows;
    QDateTime m_updatedAt;
    int m_pending = 0;
    bool m_refreshAgain = false;
    SameTurn m_refreshTurn; ///< marked while the running round was asked for in this event-loop turn
    quint64 m_generation = 0;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;
    QHash<QString, DownloadHistory> m_downloadHistory; ///< row key → its download's history
};

} // namespace KryNet::Media
