#include "core/llm/virtualkeymodel.h"

#include <QLocale>

#include "core/llm/llmstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

VirtualKeyModel::VirtualKeyModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::aboutToChange, this, [this] { beginResetModel(); });
    connect(&store, &Store::changed, this, [this] { endResetModel(); });
}

VirtualKeyModel::~VirtualKeyModel() = default;

const VirtualKey *VirtualKeyModel::key(int row) const
{
    return row >= 0 && row < m_store.keys().size() ? &m_store.keys().at(row) : nullptr;
}

int VirtualKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.keys().size());
}

int VirtualKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VirtualKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VirtualKey &k = m_store.keys().at(index.row());
    const auto [health, reason] = Store::keyHealth(k, QDateTime::currentDateTimeUtc());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AliasColumn:
            return k.alias.isEmpty() ? tr("(no alias)") : k.alias;
        case KeyColumn:
            return k.keyName;
        case ModelsColumn:
            return k.models.isEmpty() ? tr("All models") : k.models.join(u", "_s);
        case SpendColumn:
            return QString(u"$"_s + locale.toString(k.spend, 'f', 2));
        case BudgetColumn:
            return k.maxBudget ? QString(u"$"_s + locale.toString(*k.maxBudget, 'f', 2)) : tr("No limit");
        case ExpiresColumn:
            return k.expires.isValid() ? locale.toString(k.expires.toLocalTime(), QLocale::ShortFormat) : tr("Never");
        case StatusColumn:
            return reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ModelsColumn)
            return k.models.isEmpty() ? tr("This key may use every model of the proxy") : k.models.join(u"\n"_s);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SpendColumn || index.column() == BudgetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::SortRole:
        switch (index.column()) {
        case SpendColumn:
            return k.spend;
        case BudgetColumn:
            return k.maxBudget ? *k.maxBudget : 1e300;
        case ExpiresColumn:
            return k.expires.isValid() ? k.expires.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case StatusColumn:
            return int(health);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Roles::HealthRole:
        return int(health);
    case Roles::HealthReasonRole:
        return reason;
    case Roles::UpdatedAtRole:
        return m_store.loadedAt();
    case Roles::IdRole:
        return k.token;
    case BlockedRole:
        return k.blocked;
    default:
        return {};
    }
}

QVariant VirtualKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AliasColumn:
        return tr("Alias");
    case KeyColumn:
        return tr("Key");
    case ModelsColumn:
        return tr("Models allowed");
    case SpendColumn:
        return tr("Spend");
    case BudgetColumn:
        return tr("Budget");
    case ExpiresColumn:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace KryNet::Llm
