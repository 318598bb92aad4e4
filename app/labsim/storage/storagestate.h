#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace KryNet::LabSim::Storage
{

/// A scrub or resilver as `zpool status` / pool_scan_stat_t describe it. Times are epoch seconds.
struct ScanStats
{
    enum class Function {
        None,
        Scrub,
        Resilver
    };
    enum class State {
        None,
        Scanning,
        Finished,
        Canceled
    };
    Function function = Function::None;
    State state = State::None;
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 toExamine = 0;
    qint64 examined = 0;
    qint64 issued = 0;
    qint64 skipped = 0;
    qint64 repaired = 0; ///< "processed": bytes repaired
    qint64 errors = 0;
    qint64 pauseTime = 0;   ///< when the scrub was paused; 0 while running
    qint64 spentPaused = 0; ///< seconds spent paused so far
    qint64 issueRate = 0;   ///< simulation: bytes issued per second while running

    [[nodiscard]] bool isRunning() const { return state == State::Scanning; }
    [[nodiscard]] bool isPaused() const { return state == State::Scanning && pauseTime != 0; }
    /// issued / (to_examine − skipped), 0..100.
    [[nodiscard]] double percent() const;
};

/// A physical disk: its leaf vdev in a pool and its SMART data.
struct Disk
{
    QString dev;      ///< "sda"
    QString partUuid; ///< vdev name on TrueNAS (partition by-partuuid)
    qint64 guid = 0;  ///< ZFS vdev guid (kept below 2^63 so JSON integers stay exact)
    QString model;
    QString family;
    QString serial;
    QString firmware;
    QString lunid; ///< WWN as 16 hex digits
    qint64 sizeBytes = 0;
    int rpm = 0;
    QString vdevState = QStringLiteral("ONLINE");
    qint64 readErrors = 0;
    qint64 writeErrors = 0;
    qint64 checksumErrors = 0;
    // SMART
    int temperature = 0;
    int powerOnHours = 0;
    int powerCycles = 0;
    int reallocated = 0;
    int pending = 0;
    int offlineUncorrectable = 0;
    int udmaCrcErrors = 0;
    int loadCycles = 0;
    int errorLogCount = 0;           ///< ATA error log entries
    int lastSelfTestHoursAgo = 0;    ///< power-on hours before now of the newest self-test
    bool lastSelfTestFailed = false; ///< "Completed: read failure"
    qint64 lastSelfTestFailedLba = 0;

    [[nodiscard]] QString path() const { return QStringLiteral("/dev/disk/by-partuuid/") + partUuid; }
};

struct Dataset
{
    QString name;
    qint64 used = 0;
    qint64 referenced = 0;
    qint64 createTxg = 0;
    QString mountpoint;
};

/// One pool with a single top-level vdev: a mirror of its disks, or one disk (a stripe).
struct Pool
{
    int id = 0; ///< TrueNAS pool id
    QString name;
    qint64 guid = 0;
    qint64 topGuid = 0; ///< mirror-0's guid
    qint64 txg = 0;
    bool mirror = true;
    QList<int> disks; ///< indexes into StorageState::disks()
    qint64 size = 0;
    qint64 allocated = 0;
    int fragmentation = 0;
    QString dedupRatio = QStringLiteral("1.00");
    bool featuresDisabled = false; ///< "Some supported and requested features are not enabled"
    ScanStats scan;
    QList<Dataset> datasets;

    [[nodiscard]] qint64 free() const { return size - allocated; }
    [[nodiscard]] int capacity() const { return size > 0 ? int(allocated * 100 / size) : 0; }
};

/// A TrueNAS scrub task (pool.scrub.*).
struct ScrubTask
{
    int id = 0;
    int pool = 0;
    int threshold = 35;
    QString description;
    QString minute = QStringLiteral("00");
    QString hour = QStringLiteral("00");
    QString dom = QStringLiteral("*");
    QString month = QStringLiteral("*");
    QString dow = QStringLiteral("7");
    bool enabled = true;

    [[nodiscard]] QJsonObject toJson(const QString &poolName) const;
};

/**
 * The storage side of the simulated lab: pools andromeda (mirror 2×4 TB, photos), orion (mirror 2×2 TB,
 * media and app configs, one disk with checksum errors, a scrub running), comet (one 1 TB disk, scratch,
 * scrub overdue, a disk with pending sectors), their datasets, scrub tasks and the disks' SMART data.
 * Seeded: the same seed and epoch give the same lab. Time only moves through advanceTo(), so every
 * output is a pure function of (seed, epoch, actions, now).
 *
 * Pool names reaching the mutators have been validated (validPoolName) by the command layer; the
 * mutators still look them up and refuse unknown ones.
 */
class StorageState final
{
public:
    /// @p scaleDisks > 0 adds the scale scenario's wide pool "nebula" of that many disks; @p hostileNames
    /// (krynet-labsim --hostile-names) a pool with a hostile but valid name on a disk with hostile SMART strings.
    StorageState(quint32 seed, qint64 epochSecs, int scaleDisks = 0, bool hostileNames = false);

    [[nodiscard]] const QList<Pool> &pools() const { return m_pools; }
    [[nodiscard]] const QList<Disk> &disks() const { return m_disks; }
    [[nodiscard]] const QList<ScrubTask> &scrubTasks() const { return m_tasks; }
    [[nodiscard]] const Pool *pool(const QString &name) const;
    [[nodiscard]] const Pool *poolById(int id) const;
    [[nodiscard]] const Disk *disk(const QString &dev) const;
    [[nodiscard]] qint64 now() const { return m_now; }
    [[nodiscard]] QString timeZone() const { return QStringLiteral("Europe/Berlin"); }
    [[nodiscard]] QString hostName() const { return QStringLiteral("truenas"); }

    /// Moves the simulation to @p nowSecs (running scrubs progress and finish). Never goes back.
    void advanceTo(qint64 nowSecs);

    enum class ScrubResult {
        Ok,
        NoSuchPool,
        AlreadyScrubbing, ///< start while a scrub runs (a paused one is resumed instead)
        NoActiveScrub,    ///< pause/cancel without a running scrub
    };
    // `zpool scrub [-p|-s]` semantics.
    [[nodiscard]] ScrubResult startScrub(const QString &pool);
    [[nodiscard]] ScrubResult pauseScrub(const QString &pool);
    [[nodiscard]] ScrubResult cancelScrub(const QString &pool);

    // TrueNAS scrub tasks. create/update return the entry or fill @p errors with [attribute, message, errno].
    [[nodiscard]] QJsonObject createTask(const QJsonObject &data, QJsonArray *errors);
    [[nodiscard]] QJsonObject updateTask(int id, const QJsonObject &data, QJsonArray *errors, bool *notFound);
    [[nodiscard]] bool deleteTask(int id);

    /// ZFS pool name grammar (zfs_namecheck.c pool_namecheck): empty string when valid, else why not.
    [[nodiscard]] static QString poolNameProblem(const QString &name);

private:
    [[nodiscard]] Pool *mutablePool(const QString &name);
    void validateTask(const QJsonObject &data, const ScrubTask *existing, const QString &schema, QJsonArray *errors,
                      ScrubTask *out) const;

    QList<Pool> m_pools;
    QList<Disk> m_disks;
    QList<ScrubTask> m_tasks;
    qint64 m_now = 0;
    int m_nextTaskId = 1;
};

} // namespace KryNet::LabSim::Storage
