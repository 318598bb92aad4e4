#include "core/metrics/monitortablemodel.h"

#include <cmath>

#include "core/metrics/uptimestore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Metrics
{

namespace
{

QString statusWord(MonitorStatus status)
{
    switch (status) {
    case MonitorStatus::Up:
        return MonitorTableModel::tr("Up");
    case MonitorStatus::Down:
        return MonitorTableModel::tr("Down");
    case MonitorStatus::Pending:
        return MonitorTableModel::tr("Pending");
    case MonitorStatus::Maintenance:
        return MonitorTableModel::tr("Maintenance");
    case MonitorStatus::Unknown:
        break;
    }
    return MonitorTableModel::tr("No data");
}

} // namespace

MonitorTableModel::MonitorTableModel(UptimeStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &UptimeStore::aboutToChange, this, &MonitorTableModel::beginResetModel);
    connect(&store, &UptimeStore::changed, this, &MonitorTableModel::endResetModel);
}

MonitorTableModel::~MonitorTableModel() = default;

QString MonitorTableModel::formatRatio(const Availability &availability)
{
    if (!availability.ratio)
        return u"–"_s;
    // Floor to two decimals: 99.996 % with an outage must not read "100.00 %".
    const double percent = std::floor(*availability.ratio * 10000.0) / 100.0;
    return QString::number(percent, 'f', 2) + u" %"_s;
}

int MonitorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.monitors().size());
}

int MonitorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitorTableModel::data(const QModelIndex &index, int role) const
{
    const auto monitors = m_store.sortedMonitors();
    if (!index.isValid() || index.row() >= monitors.size())
        return {};
    const Monitor &m = *monitors.at(index.row());
    const Availability *window = nullptr;
    switch (index.column()) {
    case Uptime24hColumn:
        window = &m.day;
        break;
    case Uptime7dColumn:
        window = &m.week;
        break;
    case Uptime30dColumn:
        window = &m.month;
        break;
    case Uptime90dColumn:
        window = &m.quarter;
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusWord(m.info.status);
        case NameColumn:
            return m.info.name;
        case ResponseColumn:
            return m.info.pingMs ? tr("%1 ms").arg(qRound(*m.info.pingMs)) : u"–"_s;
        case CertificateColumn:
            if (m.info.certValid && !*m.info.certValid)
                return tr("invalid");
            return m.info.certDaysRemaining ? tr("%n day(s)", nullptr, *m.info.certDaysRemaining) : QString();
        default:
            return window ? formatRatio(*window) : QVariant();
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return m.info.url;
        if (window && window->ratio)
            return tr("%n incident(s); %1 h without data", nullptr, int(window->incidents.size()))
                .arg(QString::number(double(window->unknownSecs) / 3600.0, 'f', 1));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= ResponseColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Roles::HealthRole:
        if (index.column() == StatusColumn)
            return int(UptimeStore::health(m.info));
        if (index.column() == CertificateColumn && (m.info.certDaysRemaining || m.info.certValid)) {
            const bool bad = (m.info.certValid && !*m.info.certValid) || m.info.certDaysRemaining.value_or(99) < 14;
            return int(bad ? Health::Warning : Health::Ok);
        }
        return {};
    case Roles::HealthReasonRole:
        return index.column() == StatusColumn ? statusWord(m.info.status) : QVariant();
    case Roles::IdRole:
        return m.info.name;
    case Roles::SortRole:
        switch (index.column()) {
        case StatusColumn:
            return index.row();
        case ResponseColumn:
            return m.info.pingMs.value_or(-1);
        case CertificateColumn:
            return m.info.certDaysRemaining.value_or(100000);
        case NameColumn:
            return m.info.name;
        default:
            return window && window->ratio ? *window->ratio : -1.0;
        }
    case RatioRole:
        return window && window->ratio ? QVariant(*window->ratio) : QVariant();
    default:
        return {};
    }
}

QVariant MonitorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Monitor");
    case ResponseColumn:
        return tr("Response");
    case Uptime24hColumn:
        return tr("24 h");
    case Uptime7dColumn:
        return tr("7 days");
    case Uptime30dColumn:
        return tr("30 days");
    case Uptime90dColumn:
        return tr("90 days");
    case CertificateColumn:
        return tr("Certificate");
    default:
        return {};
    }
}

} // namespace KryNet::Metrics
