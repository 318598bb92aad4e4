#pragma once

#include <QAbstractTableModel>

#include "core/common/health.h"

namespace KryNet::Metrics
{

class UptimeStore;
struct Availability;

/**
 * The monitors of an UptimeStore as a table, down ones first (UptimeStore::sortedMonitors): status,
 * name, last response time, uptime over 24 h / 7 d / 30 d / 90 d and certificate days, with the shared
 * Health roles (down Critical, pending or a certificate under 14 days Warning, maintenance Busy, no data
 * Unknown). Reset on every UptimeStore::changed().
 */
class MonitorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorTableModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        ResponseColumn,
        Uptime24hColumn,
        Uptime7dColumn,
        Uptime30dColumn,
        Uptime90dColumn,
        CertificateColumn,
        ColumnCount
    };
    enum Role {
        RatioRole = Roles::FirstDomainRole, ///< double 0…1 of an uptime column, invalid without data
    };

    explicit MonitorTableModel(UptimeStore &store, QObject *parent = nullptr);
    ~MonitorTableModel() override;

    /// "99.93 %" with two decimals (never rounded up to 100 % while anything was down); "–" without data.
    [[nodiscard]] static QString formatRatio(const Availability &availability);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    UptimeStore &m_store;
};

} // namespace KryNet::Metrics
