#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "app/labsim/storage/storagestate.h"

namespace KryNet::LabSim::Storage
{

/// How numbers appear in the output: humanised (default), exact strings (-p), JSON integers (--json-int).
struct NumberStyle
{
    bool parsable = false;
    bool jsonInt = false;
};

struct StatusOptions
{
    bool verbose = false;   ///< -v
    bool fullPaths = false; ///< -P
    NumberStyle numbers;    ///< -p / --json-int
};

// Output generators of the modern OpenZFS 2.3 CLI (ZFS-NOTES.md), pure functions of the state.

/// zfs_nicenum(): "0", "512", "1.17K", "12.3G"; with @p bytes zfs_nicebytes(): "0B", "512B", "1.45T".
[[nodiscard]] QString niceNum(qint64 value, bool bytes = false);
/// ctime() in the server's zone without the newline: "Sun Nov  3 02:37:46 2025".
[[nodiscard]] QString ctimeString(qint64 secs, const QString &timeZone);
/// secs_to_dhms(): "02:13:45" or "1 days 03:04:05".
[[nodiscard]] QString durationString(qint64 secs);

/// TrueNAS-style status/action texts of a pool with a problem (empty when healthy).
struct PoolProblem
{
    QString status;
    QString action;
    QString msgId;      ///< "ZFS-8000-9P" or empty
    QString statusCode; ///< libzfs ZPOOL_STATUS_* without prefix: OK, FAILING_DEV, FEAT_DISABLED
};
[[nodiscard]] PoolProblem poolProblem(const StorageState &state, const Pool &pool);

[[nodiscard]] QByteArray zpoolStatusText(const StorageState &state, const QList<const Pool *> &pools,
                                         const StatusOptions &options);
[[nodiscard]] QJsonObject zpoolStatusJson(const StorageState &state, const QList<const Pool *> &pools,
                                          const StatusOptions &options);

/// zpool list columns by canonical name (name,size,allocated,free,checkpoint,expandsize,fragmentation,
/// capacity,dedupratio,health,altroot,guid); canonicalZpoolColumn() maps the -o aliases (alloc, frag…).
[[nodiscard]] QString canonicalZpoolColumn(const QString &column);
[[nodiscard]] QStringList defaultZpoolColumns();
[[nodiscard]] QByteArray zpoolListText(const QList<const Pool *> &pools, const QStringList &columns, bool scripted,
                                       bool parsable);
[[nodiscard]] QJsonObject zpoolListJson(const QList<const Pool *> &pools, const QStringList &columns,
                                        const NumberStyle &numbers);

/// zfs list columns: name, used, available, referenced, mountpoint, type (aliases avail, refer).
[[nodiscard]] QString canonicalZfsColumn(const QString &column);
[[nodiscard]] QByteArray zfsListText(const StorageState &state, const QList<const Dataset *> &datasets,
                                     const QStringList &columns, bool scripted, bool parsable);
[[nodiscard]] QJsonObject zfsListJson(const StorageState &state, const QList<const Dataset *> &datasets,
                                      const QStringList &columns, const NumberStyle &numbers);
/// Space a dataset of @p pool can still use (pool free minus the slop reservation).
[[nodiscard]] qint64 datasetAvailable(const Pool &pool);

} // namespace KryNet::LabSim::Storage
