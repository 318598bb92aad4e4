#include "core/zfs/poolmodel.h"

#include <functional>

#include "core/zfs/poolhealth.h"
#include "core/zfs/poolstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

/// One row: a pool (vdev == &pool.root) or a vdev below it. Points into m_pools.
struct PoolModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    int poolIndex = 0;
    const Vdev *vdev = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

namespace
{

/// Shape key: names and nesting, so a refresh that changes only states/counters keeps the rows.
void shapeOf(const Vdev &v, QString &out)
{
    out += v.name;
    out += u'(';
    for (const Vdev &c : v.children)
        shapeOf(c, out);
    out += u')';
}

QString shapeOf(const QList<Pool> &pools)
{
    QString out;
    for (const Pool &p : pools)
        shapeOf(p.root, out);
    return out;
}

} // namespace

PoolModel::PoolModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

PoolModel::~PoolModel() = default;

void PoolModel::setStore(PoolStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &PoolStore::updated, this, &PoolModel::fromStore);
        connect(m_store, &PoolStore::failed, this, [this]() {
            // Keep the rows; their health turns Stale once the data is too old.
            if (!m_roots.empty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_roots.size()) - 1, ColumnCount - 1));
        });
    }
    fromStore();
}

void PoolModel::fromStore()
{
    if (!m_store) {
        rebuild({}, {}, {});
        return;
    }
    m_staleSeconds = 2 * std::chrono::duration_cast<std::chrono::seconds>(m_store->refreshPeriod()).count();
    rebuild(m_store->pools(), m_store->smart(), m_store->lastUpdated());
}

void PoolModel::setPools(const QList<Pool> &pools, const QHash<QString, SmartInfo> &smart, const QDateTime &updated)
{
    rebuild(pools, smart, updated);
}

void PoolModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_roots.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_roots.size()) - 1, ColumnCount - 1));
}

QDateTime PoolModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void PoolModel::rebuild(const QList<Pool> &input, const QHash<QString, SmartInfo> &smart, const QDateTime &updated)
{
    QList<Pool> pools = input;
    std::sort(pools.begin(), pools.end(), [](const Pool &a, const Pool &b) { return a.name < b.name; });
    const bool sameShape = !m_roots.empty() && shapeOf(pools) == shapeOf(m_pools);

    const auto build = [this]() {
        m_roots.clear();
        std::function<void(Node *, const Vdev &, int)> add = [&add](Node *parent, const Vdev &v, int poolIndex) {
            auto n = std::make_unique<Node>();
            n->parent = parent;
            n->row = int(parent->children.size());
            n->poolIndex = poolIndex;
            n->vdev = &v;
            Node *raw = n.get();
            parent->children.push_back(std::move(n));
            for (const Vdev &c : v.children)
                add(raw, c, poolIndex);
        };
        for (int i = 0; i < m_pools.size(); ++i) {
            auto root = std::make_unique<Node>();
            root->row = i;
            root->poolIndex = i;
            root->vdev = &m_pools.at(i).root;
            for (const Vdev &c : m_pools.at(i).root.children)
                add(root.get(), c, i);
            m_roots.push_back(std::move(root));
        }
    };

    if (!sameShape) {
        beginResetModel();
        m_pools = std::move(pools);
        m_smart = smart;
        m_updated = updated;
        build();
        endResetModel();
        return;
    }
    // Same rows: swap the data in and re-point the existing nodes (indexes stay valid), then one
    // dataChanged per parent whose children changed.
    const QList<Pool> old = std::exchange(m_pools, std::move(pools));
    const bool smartChanged = m_smart != smart;
    m_smart = smart;
    m_updated = updated;
    std::function<void(Node *, const Vdev &)> repoint = [&repoint](Node *n, const Vdev &v) {
        n->vdev = &v;
        for (size_t c = 0; c < n->children.size() && c < size_t(v.children.size()); ++c)
            repoint(n->children[c].get(), v.children.at(qsizetype(c)));
    };
    for (size_t i = 0; i < m_roots.size(); ++i)
        repoint(m_roots[i].get(), m_pools.at(qsizetype(i)).root);
    const bool poolsChanged = old != m_pools;
    if (!poolsChanged && !smartChanged) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_roots.size()) - 1, ColumnCount - 1)); // ages, staleness
        return;
    }
    std::function<void(const QModelIndex &)> emitBelow = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int r = 0; r < rows; ++r)
            emitBelow(index(r, 0, parent));
    };
    for (int i = 0; i < int(m_roots.size()); ++i) {
        if (!smartChanged && i < old.size() && old.at(i) == m_pools.at(i))
            continue;
        const QModelIndex p = index(i, 0);
        Q_EMIT dataChanged(p, index(i, ColumnCount - 1));
        emitBelow(p);
    }
}

PoolModel::Node *PoolModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex PoolModel::indexOfPool(const QString &name) const
{
    for (int i = 0; i < m_pools.size(); ++i) {
        if (m_pools.at(i).name == name)
            return index(i, 0);
    }
    return {};
}

const Pool *PoolModel::poolAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? &m_pools.at(n->poolIndex) : nullptr;
}

const Vdev *PoolModel::vdevAt(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n ? n->vdev : nullptr;
}

QModelIndex PoolModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_roots.size()))
            return {};
        return createIndex(row, column, m_roots.at(size_t(row)).get());
    }
    const Node *p = node(parent);
    if (!p || parent.column() != 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex PoolModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int PoolModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int PoolModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case ReadColumn:
        return tr("Read");
    case WriteColumn:
        return tr("Write");
    case ChecksumColumn:
        return tr("Checksum");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

const SmartInfo *PoolModel::smartOf(const Node *n) const
{
    if (!n->vdev || !n->vdev->isLeaf())
        return nullptr;
    if (m_store)
        return m_store->smartFor(*n->vdev);
    for (const QString &key : QStringList{n->vdev->path, n->vdev->name, u"/dev/"_s + n->vdev->name}) {
        const auto it = m_smart.constFind(key);
        if (it != m_smart.constEnd())
            return &*it;
    }
    return nullptr;
}

Health PoolModel::healthOf(const Node *n) const
{
    if (!n->parent) {
        const Pool &p = m_pools.at(n->poolIndex);
        HealthVerdict v = PoolHealth::pool(p, now(), rulesFor(p));
        // SMART failures of member disks make the pool critical too.
        for (const Vdev *leaf : p.leaves()) {
            if (const SmartInfo *s = m_store ? m_store->smartFor(*leaf) : nullptr; s && s->passed == false)
                v.health = Health::Critical;
        }
        if (m_staleSeconds > 0 && m_updated.isValid() && m_updated.secsTo(now()) > m_staleSeconds &&
            v.health != Health::Critical)
            return Health::Stale;
        return v.health;
    }
    return PoolHealth::vdev(*n->vdev, smartOf(n)).health;
}

HealthRules PoolModel::rulesFor(const Pool &pool) const
{
    HealthRules rules;
    rules.scrubMaxAgeDays = m_scrubMaxAge.value(pool.name, rules.scrubMaxAgeDays);
    return rules;
}

void PoolModel::setScrubMaxAgeDays(const QHash<QString, qint64> &days)
{
    if (days == m_scrubMaxAge)
        return;
    m_scrubMaxAge = days;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString PoolModel::reasonOf(const Node *n) const
{
    if (!n->parent) {
        if (m_staleSeconds > 0 && m_updated.isValid() && m_updated.secsTo(now()) > m_staleSeconds)
            return tr("data from %1 minutes ago").arg(m_updated.secsTo(now()) / 60);
        return PoolHealth::pool(m_pools.at(n->poolIndex), now(), rulesFor(m_pools.at(n->poolIndex))).reason;
    }
    return PoolHealth::vdev(*n->vdev, smartOf(n)).reason;
}

QVariant PoolModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n || !n->vdev)
        return {};
    const Vdev &v = *n->vdev;
    const Pool &pool = m_pools.at(n->poolIndex);
    const bool isPool = !n->parent;
    const auto counter = [&v](quint64 value) -> QVariant {
        return v.hasCounters ? QVariant(qulonglong(value)) : QVariant();
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return v.name;
        case StateColumn:
            return v.state ? Words::stateWord(*v.state) : QString();
        case ReadColumn:
            return counter(v.readErrors);
        case WriteColumn:
            return counter(v.writeErrors);
        case ChecksumColumn:
            return counter(v.checksumErrors);
        case NotesColumn:
            return v.note;
        }
        return {};
    case Qt::ToolTipRole:
        return reasonOf(n);
    case Roles::HealthRole:
        return int(healthOf(n));
    case Roles::HealthReasonRole:
        return reasonOf(n);
    case Roles::UpdatedAtRole:
        return m_updated;
    case Roles::IdRole:
        return isPool ? pool.name : pool.name + u'/' + v.name;
    case Roles::SortRole:
        if (index.column() >= ReadColumn && index.column() <= ChecksumColumn)
            return qulonglong(index.column() == ReadColumn    ? v.readErrors
                              : index.column() == WriteColumn ? v.writeErrors
                                                              : v.checksumErrors);
        return index.column() == StateColumn ? QVariant(int(healthOf(n))) : QVariant(v.name);
    case IsPoolRole:
        return isPool;
    case StateWordRole:
        return v.state ? Words::stateWord(*v.state) : QString();
    case TypeRole:
        return Words::typeName(v.type);
    case ClassRole:
        return Words::className(v.vdevClass);
    case ReadErrorsRole:
        return qulonglong(v.readErrors);
    case WriteErrorsRole:
        return qulonglong(v.writeErrors);
    case ChecksumErrorsRole:
        return qulonglong(v.checksumErrors);
    case TotalErrorsRole:
        return qulonglong(v.totalErrors());
    case NoteRole:
        return v.note;
    case PathRole:
        return v.path;
    case WasRole:
        return v.was;
    case TrimRole:
        return v.trim;
    default:
        break;
    }

    if (isPool) {
        const auto opt = [](const auto &o) -> QVariant { return o ? QVariant::fromValue(*o) : QVariant(); };
        switch (role) {
        case CapacityRole: {
            const auto pct = pool.capacityPercent();
            return pct ? QVariant(*pct) : QVariant();
        }
        case CapacityHealthRole:
            return int(PoolHealth::capacity(pool).health);
        case SizeRole:
            return pool.size ? QVariant(qulonglong(*pool.size))
                             : (pool.datasetUsed && pool.datasetAvailable
                                    ? QVariant(qulonglong(*pool.datasetUsed + *pool.datasetAvailable))
                                    : QVariant());
        case AllocatedRole:
            return pool.allocated ? QVariant(qulonglong(*pool.allocated)) : opt(pool.datasetUsed);
        case FreeRole:
            return pool.free ? QVariant(qulonglong(*pool.free)) : opt(pool.datasetAvailable);
        case FragmentationRole:
            return opt(pool.fragmentation);
        case ScanSummaryRole:
            return Words::scanSummary(pool.scan, now());
        case ScanRunningRole:
            return pool.scan.isRunning();
        case ScanPausedRole:
            return pool.scan.state == ScanStatus::State::Paused;
        case ScanFunctionRole:
            return Words::functionName(pool.scan.function);
        case ScanProgressRole:
            return opt(pool.scan.percentDone);
        case ScanEtaRole:
            return opt(pool.scan.secondsToGo);
        case LastScanEndRole:
            return pool.scan.endTime.toUTC();
        case LastScrubHealthRole:
            return int(PoolHealth::lastScrub(pool, now(), rulesFor(pool)).health);
        case LastScrubReasonRole:
            return PoolHealth::lastScrub(pool, now(), rulesFor(pool)).reason;
        case StatusTextRole:
            return pool.status;
        case ActionTextRole:
            return pool.action;
        case SeeRole:
            return pool.see;
        case ErrorsTextRole:
            return pool.errorsText;
        case PermanentErrorsRole:
            return pool.permanentErrors;
        default:
            return {};
        }
    }

    const SmartInfo *s = smartOf(n);
    if (!s)
        return role == SmartAvailableRole ? QVariant(false) : QVariant();
    const auto opt = [](const auto &o) -> QVariant { return o ? QVariant::fromValue(*o) : QVariant(); };
    switch (role) {
    case SmartAvailableRole:
        return s->available;
    case SmartPassedRole:
        return opt(s->passed);
    case TemperatureRole:
        return opt(s->temperatureC);
    case PowerOnHoursRole:
        return opt(s->powerOnHours);
    case ReallocatedRole:
        return opt(s->reallocatedSectors);
    case PendingRole:
        return opt(s->pendingSectors);
    case OfflineUncorrectableRole:
        return opt(s->offlineUncorrectable);
    case SelfTestRole:
        return s->lastSelfTest;
    case SerialRole:
        return s->serial;
    case ModelNameRole:
        return s->model;
    case SmartMessageRole:
        return s->message;
    default:
        return {};
    }
}

QHash<int, QByteArray> PoolModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(Roles::HealthRole, "health");
    names.insert(Roles::HealthReasonRole, "healthReason");
    names.insert(IsPoolRole, "isPool");
    names.insert(StateWordRole, "state");
    names.insert(CapacityRole, "capacity");
    names.insert(ScanSummaryRole, "scanSummary");
    names.insert(TotalErrorsRole, "errors");
    return names;
}

} // namespace KryNet::Zfs
