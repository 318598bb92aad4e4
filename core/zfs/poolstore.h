#pragma once

#include <chrono>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/common/result.h"
#include "core/common/sameturn.h"
#include "core/ssh/remotecommand.h"
#include "core/zfs/pool.h"

namespace KryNet
{
class ActionLog;
}

namespace KryNet::Ssh
{
class SshConnection;
}

namespace KryNet::Zfs
{

/// What a storage host offers, detected once per connection.
struct Capabilities
{
    enum class Generation {
        Legacy, ///< zfs-fuse / pool v23 (or any zpool without `zpool version`): text, ` scrub:`, blocking scrub
        Text,   ///< OpenZFS < 2.3: `zpool status -p` text, `zpool list -Hp`
        Json,   ///< OpenZFS ≥ 2.3: `zpool status -j --json-int`, `zpool list -j --json-int`
    };
    Generation generation = Generation::Legacy;
    QString zfsVersion; ///< "zfs-2.3.4-1", empty on zfs-fuse
    bool trueNas = false;
    bool smartctl = false;
    bool root = false; ///< logged in as root
    bool sudo = false; ///< not root, but `sudo -n` works (used for smartctl and scrub actions)
    int utcOffsetSeconds = 0;
    [[nodiscard]] bool canPause() const { return generation != Generation::Legacy; }
};

/// A scrub action (issue 6): start (also resumes a paused scrub), pause, stop (cancel).
enum class ScrubAction {
    Start,
    Pause,
    Stop,
};

/**
 * The pools of one server, read over its SSH connection (DESIGN.md §2 core/zfs).
 *
 * Contracts:
 *  - detect() runs once per connection: `zpool version`, `command -v midclt smartctl`, `id -u`,
 *    `sudo -n true` (only when not root) and `date +%z`; refresh() detects first when needed.
 *  - refresh() reads structured output where the host has it (JSON on OpenZFS ≥ 2.3, else text, else
 *    the zfs-fuse generation with `zfs get -Hp used,available`), plus pool.query/disk.query on TrueNAS
 *    and `smartctl -j -a` per /dev device (SMART at most every 30 minutes per disk). One model whatever
 *    the source. A refresh already running absorbs further requests (one follow-up is queued).
 *  - Automatic refresh after start(): every 60 s, every 5 s while a scan runs; a failure keeps the
 *    last pools (marked stale by the model) and retries on the normal schedule.
 *  - scrub() validates the pool name against ZFS's grammar and the pools last read, runs exactly
 *    once (never retried; an ambiguous failure is logged as Unknown), writes the ActionLog, and
 *    re-reads the pools at once. On zfs-fuse `zpool scrub` blocks, so it is started detached.
 *    Confirmation is the caller's job (UI Prompter, CLI terminal or --yes).
 *  - Signals: aboutToUpdate()/updated() around every change of pools(); failed() when a refresh fails.
 *  - Continuations run through whenDone(…, this): answers arriving after the store is deleted (a
 *    profile switch) reach nobody; futures the store still owed end with Cancelled. Only the ActionLog
 *    entry of a scrub in flight is still completed (the log outlives the store).
 */
class PoolStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolStore)

public:
    enum class State {
        Idle,    ///< nothing read yet
        Loading, ///< first read running
        Ready,   ///< pools() is current
        Failed,  ///< the last read failed (pools() keeps the previous data, if any)
    };
    Q_ENUM(State)

    PoolStore(Ssh::SshConnection *connection, ActionLog *actions, QString profileName, QObject *parent = nullptr);
    ~PoolStore() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QList<Pool> &pools() const { return m_pools; }
    [[nodiscard]] const Pool *pool(const QString &name) const;
    /// SMART by device path (/dev/sda); absent for file vdevs and when smartctl is missing.
    [[nodiscard]] const QHash<QString, SmartInfo> &smart() const { return m_smart; }
    /// SMART of a leaf, looked up by its path/name (and via TrueNAS's disk map).
    [[nodiscard]] const SmartInfo *smartFor(const Vdev &leaf) const;
    [[nodiscard]] const QHash<QString, DiskInfo> &disks() const { return m_disks; }
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    [[nodiscard]] QDateTime lastUpdated() const { return m_lastUpdated; }
    [[nodiscard]] const std::optional<Capabilities> &capabilities() const { return m_caps; }
    /// The raw output of the last status command, for "copy for support".
    [[nodiscard]] const QString &rawOutput() const { return m_raw; }
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    /// The current automatic refresh period (60 s, or 5 s while a scan runs).
    [[nodiscard]] std::chrono::milliseconds refreshPeriod() const;

    void setIntervals(std::chrono::milliseconds normal, std::chrono::milliseconds scanning);
    /// How long one remote command (a read or a scrub action) may stay unanswered (default 60 s): a host
    /// that hangs fails the refresh with Timeout after this, and the last pools stay (stale).
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_commandTimeout = timeout; }
    /// Starts automatic refreshing (and refreshes now).
    void start();
    void stop();

    QFuture<Result<Capabilities>> detect();
    /// Reads everything now; resolves when done.
    QFuture<Result<void>> refresh();
    QFuture<Result<void>> scrub(const QString &pool, ScrubAction action);
    /// Resolves once the SMART reads started after the last refresh have all answered (at once when none
    /// runs), so a one-shot caller (the CLI) can print SMART with the pools. SMART failures are not errors.
    QFuture<Result<void>> smartSettled();

    /// The remote commands a scrub action runs on a host with @p caps (public for tests and the CLI).
    [[nodiscard]] static Result<Ssh::RemoteCommand> scrubCommand(const Capabilities &caps, const QString &pool,
                                                                 ScrubAction action);
    [[nodiscard]] static QString actionName(ScrubAction action);
    /// The commands one refresh runs on a host with @p caps, keyed status, list, space (zfs-fuse),
    /// poolquery and diskquery (TrueNAS); public for tests.
    [[nodiscard]] static QList<QPair<QString, QStringList>> readCommands(const Capabilities &caps);

Q_SIGNALS:
    void aboutToUpdate();
    void updated();
    void failed(const KryNet::Error &error);
    void stateChanged(KryNet::Zfs::PoolStore::State state);
    void refreshingChanged(bool refreshing);
    void actionFinished(const QString &pool, KryNet::Zfs::ScrubAction action, const KryNet::Error &error, bool ok);

private:
    struct Batch;
    Ssh::RemoteCommand command(QStringList argv, bool privileged = false) const;
    void setState(State state);
    void runRefresh();
    void finishRefresh(const std::shared_ptr<Batch> &batch);
    void fetchSmart(const QList<Pool> &pools);
    void publishSmart();
    void settleSmart();
    void scheduleNext();

    QPointer<Ssh::SshConnection> m_connection;
    QPointer<ActionLog> m_actions;
    QString m_profileName;
    State m_state = State::Idle;
    QList<Pool> m_pools;
    QHash<QString, SmartInfo> m_smart;
    QHash<QString, QDateTime> m_smartFetched;
    QHash<QString, DiskInfo> m_disks;       ///< by disk name (sda)
    QHash<QString, QString> m_deviceToDisk; ///< partuuid/path → disk name (TrueNAS)
    Error m_lastError;
    QDateTime m_lastUpdated;
    QString m_raw;
    std::optional<Capabilities> m_caps;
    std::optional<QFuture<Result<Capabilities>>> m_detecting;
    bool m_refreshing = false;
    bool m_refreshQueued = false;
    SameTurn m_refreshTurn; ///< marked while the running read was asked for in this event-loop turn
    QList<std::shared_ptr<QPromise<Result<void>>>> m_waiters;
    int m_smartPending = 0;
    QHash<QString, SmartInfo> m_smartIncoming; ///< answers not yet published (batched, see publishSmart)
    QElapsedTimer m_smartPublished;
    QList<std::shared_ptr<QPromise<Result<void>>>> m_smartWaiters;
    QTimer m_timer;
    std::chrono::milliseconds m_normalInterval{60000};
    std::chrono::milliseconds m_scanInterval{5000};
    std::chrono::milliseconds m_commandTimeout{60000};
    bool m_running = false;
};

} // namespace KryNet::Zfs

Q_DECLARE_METATYPE(KryNet::Zfs::ScrubAction)
