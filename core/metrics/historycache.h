#pragma once

#include <limits>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/metrics/availability.h"
#include "core/metrics/metricstypes.h"
#include "core/metrics/statushistory.h"

namespace KryNet::Metrics
{

/// What the panel knows of a monitor besides its history (the last values read).
struct MonitorInfo
{
    QString name;
    QString type;
    QString url;
    MonitorStatus status = MonitorStatus::Unknown;
    std::optional<double> pingMs;
    std::optional<int> certDaysRemaining;
    std::optional<bool> certValid;
};

/**
 * The local history of one profile's monitors (issue 11): SQLite through Qt SQL, so charts open at once
 * with the last known data, work offline ("as of 14:02") and can be exported to CSV.
 *
 * Contracts:
 *  - A plain value: every call opens its own connection (named uniquely) and closes it, so calls may
 *    run on worker threads; callers serialise writes (the store chains them).
 *  - Histories are stored as status runs (StatusHistory), a few hundred rows per monitor for 90 days,
 *    not one row per sample.
 *  - Writes are one transaction each: a crash leaves the previous state, never half a refresh.
 *  - A file of the first schema (one row per sample) is converted to runs in one transaction when it
 *    is opened. A file that is not a healthy database (open fails, quick_check fails, the conversion
 *    fails) or that a newer version wrote is moved aside as "<file>.corrupt-<UTC time>" or
 *    "<file>.unsupported-<UTC time>" and a new one is started; Snapshot::warning says so. It is never
 *    silently overwritten, and never fatal.
 *  - Holds no secrets: monitor names, URLs, statuses and response times only.
 */
class HistoryCache final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Metrics::HistoryCache)

public:
    explicit HistoryCache(QString path);

    /// <AppDataLocation>/uptime-<profile id>.sqlite.
    [[nodiscard]] static QString defaultPath(const QString &profileId);
    [[nodiscard]] const QString &path() const { return m_path; }

    struct Snapshot
    {
        QDateTime asOf; ///< when the cached data was read from the server; invalid when empty
        QList<MonitorInfo> monitors;
        QHash<QString, StatusHistory> history; ///< per monitor name
        QString warning;                       ///< a damaged or foreign file was moved aside
    };

    /// Everything cached from @p sinceSecs on (runs clipped there).
    [[nodiscard]] Result<Snapshot> load(qint64 sinceSecs) const;
    /// What changed in one monitor's history: its runs that start at or after `from`
    /// (StatusHistory::tailFrom(from)); the cached runs from `from` on are replaced by them.
    struct Change
    {
        qint64 from = std::numeric_limits<qint64>::min(); ///< the default replaces every cached run
        StatusHistory tail;
    };
    /// Replaces the monitor list; applies @p changes (runs, interval, last sample); drops what lies
    /// before @p pruneBeforeSecs. One transaction.
    [[nodiscard]] Result<void> save(const QList<MonitorInfo> &monitors, const QHash<QString, Change> &changes,
                                    const QDateTime &asOf, qint64 pruneBeforeSecs) const;

    /// CSV of the runs of @p history clipped to [fromSecs, toSecs) (monitor, start and end in ISO 8601
    /// UTC and unix seconds, seconds, status word), written atomically. Returns the number of rows.
    [[nodiscard]] static Result<qint64> exportCsv(const QString &target, const QHash<QString, StatusHistory> &history,
                                                  qint64 fromSecs, qint64 toSecs);
    /// CSV of monthly tables (monitor, month, uptime %, seconds per status, incidents, MTTR).
    [[nodiscard]] static Result<qint64> exportMonthlyCsv(const QString &target,
                                                         const QHash<QString, QList<MonthAvailability>> &tables);
    /// "up", "down", "pending", "maintenance", "unknown".
    [[nodiscard]] static QString statusId(MonitorStatus status);

private:
    QString m_path;
};

} // namespace KryNet::Metrics
