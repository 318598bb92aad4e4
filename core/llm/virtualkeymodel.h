#pragma once

#include <QAbstractTableModel>

#include "core/common/health.h"

namespace KryNet::Llm
{

class Store;
struct VirtualKey;

/**
 * The virtual keys of a Store as a table (alias, key name "sk-…9XyZ", allowed models, spend, budget,
 * expiry, status) with the shared Health roles: blocked, expired or over 90 % of the budget is a
 * Warning, a used-up budget Critical. Reset on every Store::changed(); never holds a full key.
 */
class VirtualKeyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualKeyModel)

public:
    enum Column {
        AliasColumn,
        KeyColumn,
        ModelsColumn,
        SpendColumn,
        BudgetColumn,
        ExpiresColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        BlockedRole = Roles::FirstDomainRole,
    };

    explicit VirtualKeyModel(Store &store, QObject *parent = nullptr);
    ~VirtualKeyModel() override;

    /// The key of @p row (of this model).
    [[nodiscard]] const VirtualKey *key(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
};

} // namespace KryNet::Llm
