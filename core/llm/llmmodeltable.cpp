#include "core/llm/llmmodeltable.h"

#include "core/llm/llmstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

ModelTable::ModelTable(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::aboutToChange, this, [this] { beginResetModel(); });
    connect(&store, &Store::changed, this, [this] { endResetModel(); });
    connect(&store, &Store::healthChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

ModelTable::~ModelTable() = default;

QString ModelTable::keyText(const Store &store, const Model &model)
{
    if (!model.maskedKey.isEmpty())
        return model.maskedKey;
    for (const Credential &c : store.credentials()) {
        if (c.name == model.credentialName && !model.credentialName.isEmpty())
            return c.maskedKey;
    }
    return model.credentialName.isEmpty() ? tr("inline key (not readable)") : QString();
}

int ModelTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.models().size());
}

int ModelTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelTable::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Model &m = m_store.models().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Roles::SortRole:
        switch (index.column()) {
        case NameColumn:
            return m.name;
        case ProviderColumn:
            return m.provider;
        case UpstreamColumn:
            return m.upstreamModel;
        case CredentialColumn:
            return m.credentialName.isEmpty() ? tr("(inline)") : m.credentialName;
        case KeyColumn:
            return keyText(m_store, m);
        case ApiBaseColumn:
            return m.apiBase.isEmpty() ? tr("default") : m.apiBase;
        case LimitsColumn: {
            QStringList parts;
            if (m.rpm)
                parts.append(tr("%1 rpm").arg(*m.rpm));
            if (m.tpm)
                parts.append(tr("%1 tpm").arg(*m.tpm));
            return parts.isEmpty() ? tr("none") : parts.join(u", "_s);
        }
        case SourceColumn:
            return m.inDatabase ? tr("Database") : tr("config.yaml (read-only)");
        case HealthColumn:
            if (role == Roles::SortRole)
                return int(m_store.modelHealthState(m).first);
            return m_store.modelHealthState(m).second;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn && !m.inDatabase)
            return m.readOnlyReason;
        if (index.column() == HealthColumn)
            return m_store.modelHealthState(m).second;
        return {};
    case Roles::HealthRole:
        return int(m_store.modelHealthState(m).first);
    case Roles::HealthReasonRole:
        return m_store.modelHealthState(m).second;
    case Roles::UpdatedAtRole:
        return m_store.healthCheckedAt().isValid() ? m_store.healthCheckedAt() : m_store.loadedAt();
    case Roles::IdRole:
        return m.id;
    case ReadOnlyRole:
        return !m.inDatabase;
    case ReadOnlyReasonRole:
        return m.readOnlyReason;
    default:
        return {};
    }
}

QVariant ModelTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Model");
    case ProviderColumn:
        return tr("Provider");
    case UpstreamColumn:
        return tr("Upstream model");
    case CredentialColumn:
        return tr("Credential");
    case KeyColumn:
        return tr("Key");
    case ApiBaseColumn:
        return tr("API base");
    case LimitsColumn:
        return tr("Limits");
    case SourceColumn:
        return tr("Defined in");
    case HealthColumn:
        return tr("Health");
    default:
        return {};
    }
}

} // namespace KryNet::Llm
