#pragma once

#include <optional>
#include <vector>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/metrics/metricstypes.h"

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
 *  - Writes are one transaction each: a crash leaves the previous state, never half a refresh.
 *  - A file that is not a healthy database (open fails, quick_check fails, unknown schema) is moved
 *    aside as "<file>.corrupt-<UTC time>" and a new one is started; Snapshot::warning says so. It is
 *    never silently overwritten.
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
        QHash<QString, std::vector<StatusSample>> history; ///< per monitor name, sorted
        QString warning;                                   ///< a corrupt file was moved aside
    };

    /// Everything cached with samples at or after @p sinceSecs.
    [[nodiscard]] Result<Snapshot> load(qint64 sinceSecs) const;
    /// Replaces the monitor list, adds @p samples (same time replaces) and drops samples before
    /// @p pruneBeforeSecs, in one transaction.
    [[nodiscard]] Result<void> save(const QList<MonitorInfo> &monitors,
                                    const QHash<QString, std::vector<StatusSample>> &samples, const QDateTime &asOf,
                                    qint64 pruneBeforeSecs) const;

    /// CSV of @p history (monitor, time ISO 8601 UTC, unix seconds, status word), written atomically.
    /// Returns the number of rows.
    [[nodiscard]] static Result<qint64> exportCsv(const QString &target,
                                                  const QHash<QString, std::vector<StatusSample>> &history,
                                                  qint64 fromSecs, qint64 toSecs);
    /// "up", "down", "pending", "maintenance", "unknown".
    [[nodiscard]] static QString statusId(MonitorStatus status);

private:
    QString m_path;
};

} // namespace KryNet::Metrics
