#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/common/health.h"
#include "core/metrics/availability.h"

namespace KryNet::Metrics
{

class UptimeStore;

/**
 * The SLA-style monthly table of one monitor (UptimeStore::monthly): calendar month (UTC), uptime,
 * downtime and incidents, newest month first. Downtime is the time that counts against the uptime:
 * down, plus pending when the pending policy counts it as down. Reset on every UptimeStore::changed()
 * and when another monitor is chosen; empty without one.
 */
class MonthlyTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthlyTableModel)

public:
    enum Column {
        MonthColumn,
        UptimeColumn,
        DowntimeColumn,
        IncidentsColumn,
        ColumnCount
    };
    enum Role {
        RatioRole = Roles::FirstDomainRole, ///< double 0…1 of the uptime column, invalid without data
        SecondsRole,                        ///< downtime in seconds (downtime column)
    };

    explicit MonthlyTableModel(UptimeStore &store, QObject *parent = nullptr);
    ~MonthlyTableModel() override;

    void setMonitor(const QString &name);
    [[nodiscard]] const QString &monitor() const { return m_monitor; }
    [[nodiscard]] const QList<MonthAvailability> &rows() const { return m_rows; }

    /// Seconds that count against the uptime under the store's pending policy.
    [[nodiscard]] static qint64 downtime(const Availability &availability, PendingPolicy pending);
    /// "45 s", "12 min", "3 h 20 min", "2 d 4 h".
    [[nodiscard]] static QString formatDuration(qint64 secs);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void reload();

    UptimeStore &m_store;
    QString m_monitor;
    QList<MonthAvailability> m_rows; ///< newest first
};

} // namespace KryNet::Metrics
