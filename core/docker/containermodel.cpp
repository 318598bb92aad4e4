#include "core/docker/containermodel.h"

#include <algorithm>

#include "core/common/displaytext.h"
#include "core/docker/containerstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

namespace
{

constexpr quintptr kGroupId = 0; // internalId of group rows; containers use group index + 1

} // namespace

ContainerModel::ContainerModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ContainerModel::~ContainerModel() = default;

void ContainerModel::setStore(ContainerStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    beginResetModel();
    m_store = store;
    rebuild();
    endResetModel();
    if (!store)
        return;
    connect(store, &ContainerStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &ContainerStore::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(store, &ContainerStore::containersChanged, this, &ContainerModel::onChanged);
    connect(store, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_groups.clear();
        m_position.clear();
        endResetModel();
    });
}

void ContainerModel::rebuild()
{
    m_groups.clear();
    m_position.clear();
    if (!m_store)
        return;
    const QList<Container> &all = m_store->containers();
    QHash<QString, int> byProject;
    for (int i = 0; i < all.size(); ++i) {
        const QString project = all.at(i).project();
        auto it = byProject.find(project);
        if (it == byProject.end()) {
            it = byProject.insert(project, int(m_groups.size()));
            m_groups.append({project, {}});
        }
        m_groups[*it].rows.append(i);
    }
    std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.project.isEmpty() != b.project.isEmpty())
            return b.project.isEmpty(); // standalone containers last
        return a.project.compare(b.project, Qt::CaseInsensitive) < 0;
    });
    m_position.reserve(all.size());
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        for (int r = 0; r < group.rows.size(); ++r)
            m_position.insert(all.at(group.rows.at(r)).id, {g, r});
    }
}

void ContainerModel::onChanged(const QStringList &ids)
{
    if (!m_store)
        return;
    // A project change moves a row between groups: rebuild then.
    for (const QString &id : ids) {
        const auto pos = m_position.constFind(id);
        const int i = m_store->indexOf(id);
        if (pos == m_position.cend() || i < 0 ||
            m_groups.at(pos->first).project != m_store->containers().at(i).project() ||
            m_groups.at(pos->first).rows.at(pos->second) != i) {
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
    }
    // One dataChanged per group: the span of changed rows (coalesced like qBittorrent's transfer list).
    QHash<int, QPair<int, int>> spans;
    for (const QString &id : ids) {
        const auto [g, r] = m_position.value(id);
        auto it = spans.find(g);
        if (it == spans.end())
            spans.insert(g, {r, r});
        else
            *it = {qMin(it->first, r), qMax(it->second, r)};
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const QModelIndex groupIndex = index(it.key(), 0);
        Q_EMIT dataChanged(index(it->first, 0, groupIndex), index(it->second, ColumnCount - 1, groupIndex));
        Q_EMIT dataChanged(groupIndex, index(it.key(), ColumnCount - 1));
    }
}

QModelIndex ContainerModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ContainerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ContainerModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int ContainerModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Container *ContainerModel::container(const QModelIndex &index) const
{
    if (!m_store || !index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const int i = group.rows.value(index.row(), -1);
    if (i < 0 || i >= m_store->containers().size())
        return nullptr;
    return &m_store->containers().at(i);
}

QModelIndex ContainerModel::indexOfContainer(const QString &id) const
{
    const auto pos = m_position.constFind(id);
    if (pos == m_position.cend())
        return {};
    return index(pos->second, 0, index(pos->first, 0));
}

QVariant ContainerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_store)
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Container *c = container(index);
    return c ? containerData(*c, index.column(), role) : QVariant();
}

Health ContainerModel::healthOf(const Container &c, bool busy, QString *reason)
{
    auto say = [reason](Health h, const QString &why) {
        if (reason)
            *reason = why;
        return h;
    };
    if (busy)
        return say(Health::Busy, tr("an action is running"));
    switch (c.state) {
    case ContainerState::Running:
        if (c.health == HealthStatus::Unhealthy)
            return say(Health::Critical,
                       c.lastHealthOutput.isEmpty()
                           ? tr("health check failing")
                           : tr("health check failing: %1").arg(DisplayText::name(c.lastHealthOutput)));
        if (c.health == HealthStatus::Starting)
            return say(Health::Warning, tr("health check starting"));
        return say(Health::Ok, c.health == HealthStatus::Healthy ? tr("running, healthy") : tr("running"));
    case ContainerState::Restarting:
        return say(Health::Critical, tr("restarting again and again (restart count %1)").arg(c.restartCount));
    case ContainerState::Dead:
        return say(Health::Critical, tr("dead"));
    case ContainerState::Paused:
        return say(Health::Warning, tr("paused"));
    case ContainerState::Exited:
        if (c.oomKilled)
            return say(Health::Critical, tr("killed: out of memory"));
        if (c.exitCode != 0)
            return say(Health::Warning, tr("exited with code %1").arg(c.exitCode));
        return say(Health::Unknown, tr("stopped"));
    case ContainerState::Created:
        return say(Health::Unknown, tr("created, never started"));
    case ContainerState::Removing:
        return say(Health::Busy, tr("being removed"));
    case ContainerState::Unknown:
        break;
    }
    return say(Health::Unknown, tr("state unknown"));
}

QString ContainerModel::shortDuration(qint64 s)
{
    if (s < 0)
        s = 0;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 2 * 86400)
        return tr("%1 h").arg(s / 3600);
    return tr("%1 d").arg(s / 86400);
}

QString ContainerModel::formatBytes(qint64 bytes)
{
    const double b = double(bytes);
    if (b >= 1024.0 * 1024 * 1024)
        return tr("%1 GiB").arg(b / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (b >= 1024.0 * 1024)
        return tr("%1 MiB").arg(b / (1024.0 * 1024), 0, 'f', 0);
    return tr("%1 KiB").arg(b / 1024.0, 0, 'f', 0);
}

QVariant ContainerModel::containerData(const Container &c, int column, int role) const
{
    const bool busy = m_store->isBusy(c.id);
    switch (role) {
    case Roles::HealthRole:
        return int(healthOf(c, busy));
    case Roles::HealthReasonRole: {
        QString reason;
        static_cast<void>(healthOf(c, busy, &reason));
        return busy ? m_store->busyText(c.id) : reason;
    }
    case Roles::UpdatedAtRole:
        return m_store->updatedAt();
    case Roles::IdRole:
        return c.id;
    case StateRole:
        return int(c.state);
    case ContainerHealthRole:
        return int(c.health);
    case ProjectRole:
        return c.project();
    case IsGroupRole:
        return false;
    case BusyRole:
        return m_store->busyText(c.id);
    case NameRole:
        return c.name;
    case NetworkParentRole: {
        const Container *parent = m_store->networkParent(c.id);
        return parent ? parent->name : QString();
    }
    case DependantsRole: {
        QStringList names;
        for (const Container *d : m_store->dependants(c.id))
            names.append(d->name);
        return names;
    }
    case CpuRole:
        return c.stats && c.stats->cpuPercent ? QVariant(*c.stats->cpuPercent) : QVariant();
    case MemoryRole:
        return c.stats ? QVariant(c.stats->memoryWorkingSet) : QVariant();
    case Qt::ToolTipRole:
        if (column == HealthColumn || column == NameColumn) {
            QString reason;
            static_cast<void>(healthOf(c, busy, &reason));
            return busy ? m_store->busyText(c.id) : reason;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == CpuColumn || column == MemoryColumn || column == UptimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool sort = role == Roles::SortRole;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    switch (column) {
    case NameColumn:
        return c.name;
    case StateColumn:
        if (sort)
            return int(c.state);
        return busy ? m_store->busyText(c.id) : Container::stateText(c.state);
    case HealthColumn: {
        if (sort)
            return int(healthOf(c, busy));
        return HealthText::word(healthOf(c, busy));
    }
    case CpuColumn:
        if (!c.isRunning())
            return sort ? QVariant(-1.0) : QVariant();
        if (!c.stats || !c.stats->cpuPercent) // measuring: the first CPU % needs two samples
            return sort ? QVariant(-1.0) : QVariant(m_store->statsEnabled() ? u"…"_s : QString());
        return sort ? QVariant(*c.stats->cpuPercent) : QVariant(u"%1 %"_s.arg(*c.stats->cpuPercent, 0, 'f', 1));
    case MemoryColumn:
        if (!c.isRunning())
            return sort ? QVariant(qint64(-1)) : QVariant();
        if (!c.stats)
            return sort ? QVariant(qint64(-1)) : QVariant(m_store->statsEnabled() ? u"…"_s : QString());
        return sort ? QVariant(c.stats->memoryWorkingSet) : QVariant(formatBytes(c.stats->memoryWorkingSet));
    case UptimeColumn: {
        if (c.isRunning() && c.startedAt.isValid()) {
            const qint64 up = now - c.startedAt.toSecsSinceEpoch();
            return sort ? QVariant(up) : QVariant(shortDuration(up));
        }
        if (sort)
            return qint64(-1);
        if (c.state == ContainerState::Exited && c.finishedAt.isValid())
            return tr("%1 ago").arg(shortDuration(now - c.finishedAt.toSecsSinceEpoch()));
        return {};
    }
    case ImageColumn:
        return c.image;
    case PortsColumn: {
        QStringList ports;
        for (const PortMapping &p : c.ports) {
            if (p.publicPort > 0)
                ports.append(u"%1→%2/%3"_s.arg(p.publicPort).arg(p.privatePort).arg(p.type));
        }
        ports.removeDuplicates();
        return ports.join(u", "_s);
    }
    default:
        return {};
    }
}

Health ContainerModel::groupHealth(const Group &group, QString *reason) const
{
    Health worst = Health::Ok;
    int problems = 0;
    bool anyRunning = false;
    for (int i : group.rows) {
        const Container &c = m_store->containers().at(i);
        const Health h = healthOf(c, m_store->isBusy(c.id));
        anyRunning = anyRunning || c.isRunning();
        if (h == Health::Warning || h == Health::Critical)
            ++problems;
        worst = HealthText::worst(worst, h == Health::Unknown ? Health::Ok : h);
    }
    if (!anyRunning && worst == Health::Ok)
        worst = Health::Unknown;
    if (reason)
        *reason = problems > 0 ? tr("%n container(s) need attention", nullptr, problems)
                               : (anyRunning ? tr("all running containers fine") : tr("nothing running"));
    return worst;
}

QVariant ContainerModel::groupData(const Group &group, int column, int role) const
{
    const QString name = group.project.isEmpty() ? tr("Standalone containers") : group.project;
    switch (role) {
    case Roles::HealthRole:
        return int(groupHealth(group, nullptr));
    case Roles::HealthReasonRole:
    case Qt::ToolTipRole: {
        QString reason;
        static_cast<void>(groupHealth(group, &reason));
        return reason;
    }
    case Roles::IdRole:
        return QString(u"project:"_s + group.project);
    case ProjectRole:
        return group.project;
    case IsGroupRole:
        return true;
    case NameRole:
        return name;
    case Roles::UpdatedAtRole:
        return m_store->updatedAt();
    case Roles::SortRole:
        return column == HealthColumn ? QVariant(int(groupHealth(group, nullptr))) : QVariant(name.toLower());
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (column == NameColumn) {
        int running = 0;
        for (int i : group.rows)
            running += m_store->containers().at(i).isRunning() ? 1 : 0;
        return tr("%1 (%2/%3 running)").arg(name).arg(running).arg(group.rows.size());
    }
    if (column == HealthColumn)
        return HealthText::word(groupHealth(group, nullptr));
    return {};
}

QVariant ContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case HealthColumn:
        return tr("Health");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case UptimeColumn:
        return tr("Uptime");
    case ImageColumn:
        return tr("Image");
    case PortsColumn:
        return tr("Ports");
    default:
        return {};
    }
}

QHash<int, QByteArray> ContainerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(Roles::HealthRole, "health");
    names.insert(Roles::IdRole, "id");
    names.insert(StateRole, "state");
    names.insert(ProjectRole, "project");
    names.insert(BusyRole, "busy");
    return names;
}

// ---- filter ----------------------------------------------------------------------------------------

ContainerFilterModel::ContainerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(Roles::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ContainerFilterModel::setCategory(Category category)
{
    if (m_category == category)
        return;
    m_category = category;
    invalidateFilter();
}

void ContainerFilterModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool ContainerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool group = index.data(ContainerModel::IsGroupRole).toBool();
    if (group)
        return m_category == Category::All && m_text.isEmpty();
    if (!m_text.isEmpty()) {
        const auto *model = qobject_cast<const ContainerModel *>(sourceModel());
        const Container *c = model ? model->container(index) : nullptr;
        if (!c)
            return false;
        const bool match =
            c->name.contains(m_text, Qt::CaseInsensitive) || c->image.contains(m_text, Qt::CaseInsensitive) ||
            c->project().contains(m_text, Qt::CaseInsensitive) || c->service().contains(m_text, Qt::CaseInsensitive);
        if (!match)
            return false;
    }
    const auto state = ContainerState(index.data(ContainerModel::StateRole).toInt());
    const auto health = Health(index.data(Roles::HealthRole).toInt());
    switch (m_category) {
    case Category::All:
        return true;
    case Category::Problems:
        return health == Health::Warning || health == Health::Critical;
    case Category::Stopped:
        return state == ContainerState::Exited || state == ContainerState::Created || state == ContainerState::Dead;
    case Category::Restarting:
        return state == ContainerState::Restarting;
    case Category::Running:
        return state == ContainerState::Running;
    }
    return true;
}

} // namespace KryNet::Docker
