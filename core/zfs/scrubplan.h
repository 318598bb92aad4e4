#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include "core/zfs/cron.h"
#include "core/zfs/pool.h"

namespace KryNet::Zfs
{

/// Where a scrub schedule was read from (shown next to it).
enum class ScheduleSource {
    TrueNas,      ///< midclt pool.scrub.query (a task with threshold days)
    CronFile,     ///< a cron file, e.g. /etc/cron.d/zfsutils-linux (all pools, second Sunday)
    SystemdTimer, ///< zfs-scrub-weekly@POOL.timer / zfs-scrub-monthly@POOL.timer
};

/**
 * One scrub schedule of one pool (or, for the zfsutils cron file, of every pool: pool empty).
 * TrueNAS tasks carry their id, pool id and threshold; plain Linux schedules have threshold 0.
 */
struct ScrubSchedule
{
    QString pool; ///< empty: every imported pool (zfsutils cron file)
    ScheduleSource source = ScheduleSource::TrueNas;
    QString origin; ///< "pool.scrub.query id 2", "/etc/cron.d/zfsutils-linux:8", "zfs-scrub-weekly@tank.timer"
    int id = 0;     ///< TrueNAS task id
    int poolId = 0; ///< TrueNAS pool id
    CronSchedule cron;
    int thresholdDays = 0;
    QString description;
    bool enabled = true;
    QString timerKind; ///< systemd: "weekly" or "monthly"

    [[nodiscard]] bool appliesTo(const QString &poolName) const { return pool.isEmpty() || pool == poolName; }
    friend bool operator==(const ScrubSchedule &, const ScrubSchedule &) = default;
};

/// Another job that a scrub should not overlap (readable from the server).
struct OtherTask
{
    enum class Kind {
        SmartLongTest,
        CloudSync,
        Replication,
    };
    Kind kind = Kind::SmartLongTest;
    QString name;
    CronSchedule cron;
    qint64 durationSeconds = 3600; ///< assumed length (unknown on the server)
    bool enabled = true;
};

/// The user's working hours (scrubs slow the pool down: they should not run into them).
struct WorkingHours
{
    bool enabled = false;
    QSet<int> days = {1, 2, 3, 4, 5}; ///< Qt day of week, 1 = Monday
    QTime start = QTime(8, 0);
    QTime end = QTime(18, 0);
};

/// How long a scrub of a pool will take, from its last scrub.
struct DurationEstimate
{
    std::optional<qint64> seconds; ///< nullopt: unknown (never scrubbed, or no duration known)
    QString basis;                 ///< translated: "last scrub 5 h 12 min for 2.5 TB, now 2.6 TB allocated"
};

/// Something that overlaps a planned scrub.
struct Clash
{
    enum class Kind {
        TwoPools,     ///< another pool scrubs at the same time on the host
        Resilver,     ///< a resilver is running then
        RunningScrub, ///< the pool (or another) is still scrubbing
        SmartLongTest,
        CloudSync,
        Replication,
        WorkingHours,
    };
    Kind kind = Kind::TwoPools;
    QString pool;
    QString other; ///< the other pool or task
    QDateTime from;
    QDateTime to;
    QString text; ///< translated sentence
};

/// One occurrence of a schedule in the plan.
struct PlannedRun
{
    QString pool;
    QDateTime start;
    QDateTime end; ///< start + estimate; == start when the estimate is unknown
    bool estimated = false;
    bool skipped = false; ///< the threshold (or a running scrub, or a disabled task) keeps it from scrubbing
    QString reason;       ///< why skipped, translated
    int scheduleIndex = -1;
    QList<int> clashes; ///< indexes into ScrubPlan::clashes
};

/// Per pool: what the panel shows in the lane header and the CLI prints.
struct PoolPlanSummary
{
    QString pool;
    QDateTime lastRun; ///< the last scrub's end (or start while running)
    std::optional<QDateTime> nextRun;
    DurationEstimate estimate;
    std::optional<double> periodDays; ///< typical days between real runs (nullopt: unscheduled)
    QList<int> scheduleIndexes;
    bool scanning = false; ///< a scrub or resilver runs now
    QString currentScan;   ///< translated summary of the running scan
};

/// A computed plan for a window of time.
struct ScrubPlan
{
    QDateTime from;
    QDateTime to;
    QTimeZone zone;
    QList<ScrubSchedule> schedules;
    QList<PlannedRun> runs; ///< ascending by start
    QList<Clash> clashes;
    QList<PoolPlanSummary> pools;

    [[nodiscard]] const PoolPlanSummary *summary(const QString &pool) const;
};

/// Inputs of the planner besides the schedules and the pools.
struct PlanOptions
{
    QList<OtherTask> otherTasks;
    WorkingHours workingHours;
    qint64 unknownDurationSeconds = 3600; ///< length assumed for clash checks when the estimate is unknown
};

/**
 * The scrub planner (issue 7): pure functions, so the panel, the CLI and the tests agree.
 *
 * Contracts:
 *  - occurrences come from CronSchedule in the server's zone; a run happens only if the pool's last
 *    scrub ended at least thresholdDays whole days before (TrueNAS: the elapsed time's days, floored,
 *    compared with the threshold), no scrub runs on the pool then, and the task is enabled; the other
 *    occurrences are kept as skipped runs with the reason.
 *  - a real run moves the pool's "last scrub" to its estimated end for the next occurrences.
 *  - estimates scale the last scrub's duration by allocated / scanned bytes; unknown without a
 *    finished scrub.
 *  - clashes: two real runs of different pools overlapping; a run overlapping a running resilver or
 *    scrub; overlapping an occurrence of another task (SMART long test, cloud sync, replication);
 *    running into the working hours.
 */
class ScrubPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Zfs::ScrubPlanner)

public:
    ScrubPlanner() = delete;

    [[nodiscard]] static ScrubPlan plan(const QList<ScrubSchedule> &schedules, const QList<Pool> &pools,
                                        const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                        const QDateTime &now, const PlanOptions &options = {});
    [[nodiscard]] static DurationEstimate estimateDuration(const Pool &pool);
    /**
     * The schedule after the user dragged one of its runs from @p from to @p to (calendar editing): the
     * time fields become the new local time; a single weekday (also D#n, DL) moves by the day difference,
     * else a single day of month does (kept within 1-28 unless it was L); a daily schedule only changes time.
     * A Parse error when the fields are lists or ranges that cannot move as one (edit those in the form).
     */
    [[nodiscard]] static Result<CronSchedule> moveRun(const CronSchedule &cron, const QDateTime &from,
                                                      const QDateTime &to, const QTimeZone &zone);
    /// Overdue days per pool (overdueDays() of each pool in a year-long plan from @p now).
    [[nodiscard]] static QHash<QString, qint64> overdueDaysByPool(const QList<ScrubSchedule> &schedules,
                                                                  const QList<Pool> &pools, const QTimeZone &zone,
                                                                  const QDateTime &now, qint64 fallback = 35);
    /// Days after which a pool's last scrub counts as overdue: the plan's period (rounded up, +1 day
    /// grace) when the pool has an enabled schedule, else @p fallback.
    [[nodiscard]] static qint64 overdueDays(const ScrubPlan &plan, const QString &pool, qint64 fallback = 35);
    /// "5 h 12 min", "2 d 3 h", "45 min" (translated).
    [[nodiscard]] static QString formatDuration(qint64 seconds);
    [[nodiscard]] static QString sourceName(ScheduleSource source);
    [[nodiscard]] static QString clashKindName(Clash::Kind kind);
};

} // namespace KryNet::Zfs
