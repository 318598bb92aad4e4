#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QSortFilterProxyModel>

#include "core/common/health.h"
#include "core/docker/container.h"

namespace KryNet::Docker
{

class ContainerStore;

/**
 * The containers of a ContainerStore as a two-level tree: compose projects (sorted by name; containers
 * outside compose under one "Standalone" group last), their containers below in the store's order.
 *
 * Columns: Name, State, Health, CPU, Memory, Uptime, Image, Ports. Besides DisplayRole it exposes the
 * shared roles (Roles::HealthRole as int Health, HealthReasonRole, UpdatedAtRole, SortRole, IdRole:
 * container id or "project:<name>") and its own (below); never colours or icons. A group row's health is
 * the worst of its containers. Data changes arrive as dataChanged() per changed row (coalesced by the
 * store); a change of the set of containers or of a container's project is a model reset.
 */
class ContainerModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerModel)

public:
    enum Column {
        NameColumn,
        StateColumn,
        HealthColumn,
        CpuColumn,
        MemoryColumn,
        UptimeColumn,
        ImageColumn,
        PortsColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        StateRole = Roles::FirstDomainRole, ///< int ContainerState (containers only)
        ProjectRole,                        ///< compose project ("" outside compose)
        IsGroupRole,                        ///< bool
        BusyRole,                           ///< QString: the action running on it, empty when idle
        NetworkParentRole,                  ///< QString: name of the network parent, empty when none
        DependantsRole,                     ///< QStringList: names of the containers sharing its network
        CpuRole,                            ///< double percent, invalid when unknown
        MemoryRole,                         ///< qint64 working-set bytes, invalid when unknown
        NameRole,                           ///< container name / project name
        ContainerHealthRole,                ///< int HealthStatus (containers only)
    };
    Q_ENUM(Role)

    explicit ContainerModel(QObject *parent = nullptr);
    ~ContainerModel() override;

    void setStore(ContainerStore *store);
    [[nodiscard]] ContainerStore *store() const { return m_store; }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The index (column 0) of the container @p id; invalid when unknown.
    [[nodiscard]] QModelIndex indexOfContainer(const QString &id) const;
    /// The container behind @p index; nullptr for group rows.
    [[nodiscard]] const Container *container(const QModelIndex &index) const;

    /// Health of one container in the shared vocabulary, with the reason (also used by the CLI).
    [[nodiscard]] static Health healthOf(const Container &container, bool busy, QString *reason = nullptr);
    /// "3 h", "2 d", "45 s".
    [[nodiscard]] static QString shortDuration(qint64 seconds);
    /// "1.2 GiB".
    [[nodiscard]] static QString formatBytes(qint64 bytes);

private:
    struct Group
    {
        QString project;
        QList<int> rows; ///< indices into the store's containers
    };

    void rebuild();
    void onChanged(const QStringList &ids);
    [[nodiscard]] QVariant containerData(const Container &c, int column, int role) const;
    [[nodiscard]] QVariant groupData(const Group &group, int column, int role) const;
    [[nodiscard]] Health groupHealth(const Group &group, QString *reason) const;

    QPointer<ContainerStore> m_store;
    QList<Group> m_groups;
    QHash<QString, QPair<int, int>> m_position; ///< container id → (group, row in group)
};

/**
 * Filters a ContainerModel (recursively: a project stays while one of its containers matches):
 * a category (all, problems, stopped, restarting) and a case-insensitive text matched against name,
 * image, project and service. Sorting uses Roles::SortRole.
 */
class ContainerFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerFilterModel)

public:
    enum class Category {
        All,
        Problems, ///< health Warning or Critical
        Stopped,  ///< exited, created, dead
        Restarting,
        Running,
    };
    Q_ENUM(Category)

    explicit ContainerFilterModel(QObject *parent = nullptr);

    void setCategory(Category category);
    [[nodiscard]] Category category() const { return m_category; }
    void setText(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Category m_category = Category::All;
    QString m_text;
};

} // namespace KryNet::Docker
