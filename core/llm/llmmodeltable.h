#pragma once

#include <QAbstractTableModel>

#include "core/common/health.h"

namespace KryNet::Llm
{

class Store;
struct Model;

/**
 * The deployments of a Store as a table: public name, provider, upstream model, credential, masked
 * key (last four only), api_base, tpm/rpm, source (database or config.yaml, read-only with the reason
 * as tooltip) and health from the last explicit health check (unhealthy is Critical; Unknown before).
 */
class ModelTable final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelTable)

public:
    enum Column {
        NameColumn,
        ProviderColumn,
        UpstreamColumn,
        CredentialColumn,
        KeyColumn,
        ApiBaseColumn,
        LimitsColumn,
        SourceColumn,
        HealthColumn,
        ColumnCount
    };
    enum Role {
        ReadOnlyRole = Roles::FirstDomainRole, ///< bool: defined in config.yaml
        ReadOnlyReasonRole,
    };

    explicit ModelTable(Store &store, QObject *parent = nullptr);
    ~ModelTable() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Text for the key of @p model: its own masked key, its credential's, or "inline key (hidden)".
    [[nodiscard]] static QString keyText(const Store &store, const Model &model);

private:
    Store &m_store;
};

} // namespace KryNet::Llm
