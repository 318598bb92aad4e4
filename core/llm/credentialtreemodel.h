#pragma once

#include <vector>

#include <QAbstractItemModel>

#include "core/common/health.h"

namespace KryNet::Llm
{

class Store;

/**
 * "Which models use this key": providers → credentials → the deployments using each credential.
 * Deployments with an inline key (no stored credential) sit under an "Inline keys" node of their
 * provider. Columns: name, masked key (last four only), details (description or upstream model),
 * health (worst of the children: a credential whose models fail its health check is Critical).
 * Rebuilt (reset) on every Store::changed().
 */
class CredentialTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialTreeModel)

public:
    enum Column {
        NameColumn,
        KeyColumn,
        DetailsColumn,
        HealthColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Roles::FirstDomainRole, ///< Kind, as int
    };
    enum class Kind {
        Provider,
        Credential,
        Model,
    };

    explicit CredentialTreeModel(Store &store, QObject *parent = nullptr);
    ~CredentialTreeModel() override;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind = Kind::Provider;
        int parent = -1; ///< index in m_nodes; -1 for top level
        int row = 0;
        std::vector<int> children;
        QString id;
        QString name;
        QString key;
        QString details;
        Health health = Health::Unknown;
        QString reason;
    };

    void rebuild();
    [[nodiscard]] const std::vector<int> &childrenOf(const QModelIndex &parent) const;
    int addNode(Node node);

    Store &m_store;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace KryNet::Llm
