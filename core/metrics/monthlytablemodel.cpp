#include "core/metrics/monthlytablemodel.h"

#include <algorithm>

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include "core/metrics/monitortablemodel.h"
#include "core/metrics/uptimestore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Metrics
{

MonthlyTableModel::MonthlyTableModel(UptimeStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &UptimeStore::aboutToChange, this, &MonthlyTableModel::beginResetModel);
    connect(&store, &UptimeStore::changed, this, [this] {
        m_rows.clear();
        reload();
        endResetModel();
    });
}

MonthlyTableModel::~MonthlyTableModel() = default;

void MonthlyTableModel::setMonitor(const QString &name)
{
    if (name == m_monitor)
        return;
    beginResetModel();
    m_monitor = name;
    reload();
    endResetModel();
}

void MonthlyTableModel::reload()
{
    m_rows = m_monitor.isEmpty() ? QList<MonthAvailability>() : m_store.monthly(m_monitor);
    std::reverse(m_rows.begin(), m_rows.end());
}

qint64 MonthlyTableModel::downtime(const Availability &availability, PendingPolicy pending)
{
    return availability.downSecs + (pending == PendingPolicy::AsDown ? availability.pendingSecs : 0);
}

QString MonthlyTableModel::formatDuration(qint64 secs)
{
    if (secs < 60)
        return tr("%1 s").arg(secs);
    if (secs < 3600)
        return tr("%1 min").arg((secs + 30) / 60);
    if (secs < 86400)
        return tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
    return tr("%1 d %2 h").arg(secs / 86400).arg((secs % 86400) / 3600);
}

int MonthlyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonthlyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthlyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MonthAvailability &row = m_rows.at(index.row());
    const Availability &a = row.availability;
    const qint64 down = downtime(a, m_store.options().pending);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MonthColumn:
            return QLocale().toString(QDate(row.year, row.month, 1), u"MMMM yyyy"_s);
        case UptimeColumn:
            return MonitorTableModel::formatRatio(a);
        case DowntimeColumn:
            return a.ratio ? formatDuration(down) : u"–"_s;
        case IncidentsColumn:
            return int(a.incidents.size());
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        lines.append(
            tr("%1 – %2 (UTC)")
                .arg(
                    QLocale().toString(QDateTime::fromSecsSinceEpoch(a.from, Qt::UTC).date(), QLocale::ShortFormat),
                    QLocale().toString(QDateTime::fromSecsSinceEpoch(a.to - 1, Qt::UTC).date(), QLocale::ShortFormat)));
        lines.append(tr("Down %1 · pending %2 · maintenance %3 · no data %4")
                         .arg(formatDuration(a.downSecs), formatDuration(a.pendingSecs),
                              formatDuration(a.maintenanceSecs), formatDuration(a.unknownSecs)));
        if (a.mttrSecs)
            lines.append(tr("Mean time to recovery: %1").arg(formatDuration(*a.mttrSecs)));
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return index.column() == MonthColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Roles::SortRole:
        switch (index.column()) {
        case MonthColumn:
            return row.year * 100 + row.month;
        case UptimeColumn:
            return a.ratio.value_or(-1.0);
        case DowntimeColumn:
            return down;
        default:
            return int(a.incidents.size());
        }
    case RatioRole:
        return a.ratio ? QVariant(*a.ratio) : QVariant();
    case SecondsRole:
        return down;
    default:
        return {};
    }
}

QVariant MonthlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case UptimeColumn:
        return tr("Uptime");
    case DowntimeColumn:
        return tr("Downtime");
    case IncidentsColumn:
        return tr("Incidents");
    default:
        return {};
    }
}

} // namespace KryNet::Metrics
