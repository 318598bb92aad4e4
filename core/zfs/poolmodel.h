#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QDateTime>
#include <QPointer>

#include "core/common/health.h"
#include "core/zfs/pool.h"
#include "core/zfs/poolhealth.h"

namespace KryNet::Zfs
{

class PoolStore;

/**
 * Pools → vdevs → devices as a tree model (QtCore only: semantic roles, no colours or icons; ui
 * delegates turn Roles::HealthRole into colour + icon + word).
 *
 * Top-level rows are pools (sorted by name); their children mirror the `config:` table of
 * `zpool status` exactly: data vdevs, then class headings (logs, cache, spares, special, dedup) with
 * their vdevs. Columns: Name, State, Read, Write, Checksum, Notes.
 *
 * Updates: when the new pools have the same tree shape as the shown ones (the usual refresh), only
 * changed rows get one coalesced dataChanged per parent; a different shape resets the model.
 * Health becomes Stale when the data is older than twice the store's refresh period (checked on
 * every update and by setNow() in tests).
 */
class PoolModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoolModel)

public:
    enum Column {
        NameColumn,
        StateColumn,
        ReadColumn,
        WriteColumn,
        ChecksumColumn,
        NotesColumn,
        ColumnCount,
    };

    enum Role : int {
        IsPoolRole = Roles::FirstDomainRole, ///< bool
        StateWordRole,                       ///< "ONLINE"… (empty for class headings)
        TypeRole,                            ///< "mirror", "raidz", "disk", "group"…
        ClassRole,                           ///< "normal", "logs", "cache"…
        ReadErrorsRole,                      ///< qulonglong
        WriteErrorsRole,
        ChecksumErrorsRole,
        TotalErrorsRole,
        NoteRole,           ///< suffix text ("was /dev/sdc1", "too many errors")
        CapacityRole,       ///< double percent (pools), invalid when unknown
        CapacityHealthRole, ///< Health as int
        SizeRole,           ///< qulonglong bytes
        AllocatedRole,
        FreeRole,
        FragmentationRole, ///< int percent
        ScanSummaryRole,   ///< translated one-liner
        ScanRunningRole,   ///< bool
        ScanPausedRole,    ///< bool
        ScanFunctionRole,  ///< "scrub" / "resilver" / "none"
        ScanProgressRole,  ///< double percent, invalid when unknown
        ScanEtaRole,       ///< qlonglong seconds to go, invalid when unknown
        LastScanEndRole,   ///< QDateTime (UTC)
        LastScrubHealthRole,
        LastScrubReasonRole,
        StatusTextRole,      ///< pool status: text
        ActionTextRole,      ///< pool action: text
        SeeRole,             ///< message URL
        ErrorsTextRole,      ///< the errors: line
        PermanentErrorsRole, ///< QStringList
        SmartAvailableRole,  ///< bool (devices)
        SmartPassedRole,     ///< bool, invalid when unknown
        TemperatureRole,     ///< int °C
        PowerOnHoursRole,
        ReallocatedRole,
        PendingRole,
        OfflineUncorrectableRole,
        SelfTestRole, ///< "Short offline: Completed without error"
        SerialRole,
        ModelNameRole,
        SmartMessageRole,
        PathRole,
        WasRole,
        TrimRole, ///< trim status as zpool prints it with -t ("100% trimmed, completed at …"), devices
    };

    explicit PoolModel(QObject *parent = nullptr);
    ~PoolModel() override;

    /// Follows @p store (nullptr: empty). Not owned.
    void setStore(PoolStore *store);
    /// Shows @p pools directly (tests, `krynetctl parse`); @p smart by device path.
    void setPools(const QList<Pool> &pools, const QHash<QString, SmartInfo> &smart = {},
                  const QDateTime &updated = QDateTime::currentDateTimeUtc());
    /// The clock used for ages and staleness (tests).
    void setNow(const QDateTime &now);
    void setStalePeriod(qint64 seconds) { m_staleSeconds = seconds; }
    /// Days after which each pool's last scrub is overdue (issue 7: the scrub schedule's period, from
    /// ScrubPlanner::overdueDaysByPool); pools not listed use HealthRules' 35 days.
    void setScrubMaxAgeDays(const QHash<QString, qint64> &days);

    [[nodiscard]] QModelIndex indexOfPool(const QString &name) const;
    [[nodiscard]] const Pool *poolAt(const QModelIndex &index) const;
    [[nodiscard]] const Vdev *vdevAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    void rebuild(const QList<Pool> &pools, const QHash<QString, SmartInfo> &smart, const QDateTime &updated);
    void fromStore();
    [[nodiscard]] Node *node(const QModelIndex &index) const;
    [[nodiscard]] const SmartInfo *smartOf(const Node *n) const;
    [[nodiscard]] Health healthOf(const Node *n) const;
    [[nodiscard]] QString reasonOf(const Node *n) const;
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] HealthRules rulesFor(const Pool &pool) const;

    QPointer<PoolStore> m_store;
    QHash<QString, qint64> m_scrubMaxAge;
    QList<Pool> m_pools;
    QHash<QString, SmartInfo> m_smart;
    std::vector<std::unique_ptr<Node>> m_roots;
    QDateTime m_updated;
    QDateTime m_now;
    qint64 m_staleSeconds = 0;
};

} // namespace KryNet::Zfs
