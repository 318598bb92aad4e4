#include "core/llm/credentialtreemodel.h"

#include <QMap>

#include "core/llm/llmmodeltable.h"
#include "core/llm/llmstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

CredentialTreeModel::CredentialTreeModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&store, &Store::aboutToChange, this, [this] { beginResetModel(); });
    connect(&store, &Store::changed, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(&store, &Store::healthChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

CredentialTreeModel::~CredentialTreeModel() = default;

int CredentialTreeModel::addNode(Node node)
{
    const int id = int(m_nodes.size());
    std::vector<int> &siblings = node.parent < 0 ? m_roots : m_nodes[size_t(node.parent)].children;
    node.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void CredentialTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    // Providers in name order; each credential under the provider it declares (or its models' provider).
    QMap<QString, QStringList> credentialsOf; // provider → credential names
    QHash<QString, QString> providerOfCredential;
    for (const Credential &c : m_store.credentials()) {
        QString provider = c.provider;
        for (const Model &m : m_store.models()) {
            if (provider.isEmpty() && m.credentialName == c.name)
                provider = m.provider;
        }
        if (provider.isEmpty())
            provider = tr("other");
        credentialsOf[provider].append(c.name);
        providerOfCredential.insert(c.name, provider);
    }
    QMap<QString, bool> inlineOf; // providers with inline-key models
    for (const Model &m : m_store.models()) {
        if (m.credentialName.isEmpty() || !providerOfCredential.contains(m.credentialName))
            inlineOf[m.provider] = true;
    }
    QStringList providers = credentialsOf.keys();
    for (auto it = inlineOf.cbegin(); it != inlineOf.cend(); ++it) {
        if (!providers.contains(it.key()))
            providers.append(it.key());
    }
    std::sort(providers.begin(), providers.end());

    for (const QString &provider : providers) {
        const int providerNode = addNode({Kind::Provider, -1, 0, {}, provider, provider, {}, {}, Health::Unknown, {}});
        auto addModels = [&](int parentNode, auto &&matches) {
            Health worst = Health::Ok;
            int count = 0;
            for (const Model &m : m_store.models()) {
                if (!matches(m))
                    continue;
                const auto [health, reason] = m_store.modelHealthState(m);
                worst = HealthText::worst(worst, health);
                ++count;
                addNode({Kind::Model,
                         parentNode,
                         0,
                         {},
                         m.id,
                         m.name,
                         ModelTable::keyText(m_store, m),
                         m.upstreamModel,
                         health,
                         reason});
            }
            Node &node = m_nodes[size_t(parentNode)];
            node.health = count == 0 ? Health::Ok : worst;
            node.reason = count == 0 ? tr("Used by no model") : tr("Used by %n model(s)", nullptr, count);
            return count;
        };
        for (const QString &name : credentialsOf.value(provider)) {
            const auto c = std::find_if(m_store.credentials().cbegin(), m_store.credentials().cend(),
                                        [&name](const Credential &x) { return x.name == name; });
            const int node = addNode(
                {Kind::Credential, providerNode, 0, {}, name, name, c->maskedKey, c->description, Health::Unknown, {}});
            addModels(node, [&name](const Model &m) { return m.credentialName == name; });
        }
        if (inlineOf.value(provider)) {
            const int node = addNode({Kind::Credential,
                                      providerNode,
                                      0,
                                      {},
                                      QString(),
                                      tr("Inline keys"),
                                      tr("not readable"),
                                      tr("Keys set on the model itself"),
                                      Health::Unknown,
                                      {}});
            addModels(node, [&provider, &providerOfCredential](const Model &m) {
                return m.provider == provider &&
                       (m.credentialName.isEmpty() || !providerOfCredential.contains(m.credentialName));
            });
        }
        Health worst = Health::Ok;
        for (int child : m_nodes[size_t(providerNode)].children)
            worst = HealthText::worst(worst, m_nodes[size_t(child)].health);
        Node &p = m_nodes[size_t(providerNode)];
        p.health = worst;
        p.reason = tr("%n credential(s)", nullptr, int(p.children.size()));
    }
}

const std::vector<int> &CredentialTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_roots;
    return m_nodes[size_t(parent.internalId())].children;
}

QModelIndex CredentialTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const std::vector<int> &children = childrenOf(parent);
    if (row < 0 || row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex CredentialTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[size_t(child.internalId())].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[size_t(parentNode)].row, 0, quintptr(parentNode));
}

int CredentialTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int CredentialTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CredentialTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
    case Roles::SortRole:
        switch (index.column()) {
        case NameColumn:
            return n.name;
        case KeyColumn:
            return n.key;
        case DetailsColumn:
            return n.details;
        case HealthColumn:
            return role == Roles::SortRole ? QVariant(int(n.health)) : QVariant(n.reason);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return n.reason;
    case Roles::HealthRole:
        return int(n.health);
    case Roles::HealthReasonRole:
        return n.reason;
    case Roles::IdRole:
        return n.id;
    case KindRole:
        return int(n.kind);
    default:
        return {};
    }
}

QVariant CredentialTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Provider / credential / model");
    case KeyColumn:
        return tr("Key");
    case DetailsColumn:
        return tr("Details");
    case HealthColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace KryNet::Llm
