#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/common/result.h"
#include "core/zfs/pool.h"

namespace KryNet::Zfs
{

/**
 * Parsers for what storage hosts print (pure functions, no I/O; DESIGN.md §6 item 1).
 *
 * Contracts shared by every parser here:
 *  - Input is the raw stdout of the command (UTF-8). Anything that is not that command's output —
 *    empty, garbage, truncated (e.g. a pool block without its `errors:` line, JSON cut short),
 *    absurdly large (over MaxInput bytes) or nested too deeply — is an Error with Code::Parse whose
 *    detail names the line or key; never a crash, never a half-filled value passed off as complete.
 *  - Unknown extra lines/keys a newer ZFS may add are ignored; unknown scan wording is kept verbatim
 *    in ScanStatus::raw with Function/State Unknown.
 *  - Dates printed in the server's local time (text output) are read with @p utcOffsetSeconds, the
 *    server's offset from UTC (`date +%z`); JSON epoch seconds need none.
 *
 * Generations: OpenZFS 2.x text (`zpool status [-p] [-P] [-v]`), zfs-fuse / pool v23 text (` scrub:`
 * line, no -p/-P/-j), OpenZFS ≥ 2.3 JSON (`zpool status -j --json-int`, also with -p strings or
 * human strings), TrueNAS middleware JSON (`midclt call pool.query` / `disk.query`).
 */

/// Inputs above this size are refused (a real 200-disk status is ~40 KB).
inline constexpr qsizetype MaxInput = 32 * 1024 * 1024;

struct TextOptions
{
    int utcOffsetSeconds = 0;
};

/// `zpool status` text, one or many pools, either generation. "no pools available" → empty list.
[[nodiscard]] Result<QList<Pool>> parseStatusText(const QByteArray &text, const TextOptions &options = {});

/// The scan text alone (the part after `scan:`/` scrub:`, continuation lines joined with '\n').
[[nodiscard]] ScanStatus parseScanText(const QString &text, const TextOptions &options = {});

/// `zpool status -j [--json-int] [-p]` (OpenZFS ≥ 2.3).
[[nodiscard]] Result<QList<Pool>> parseStatusJson(const QByteArray &json);

/// `zpool list -H[p] -o COLUMNS` text. @p columns names the -o columns (zpool's property names or
/// their short forms); empty = guess from the column count (OpenZFS default 11 columns, zfs-fuse 8).
[[nodiscard]] Result<QList<PoolListEntry>> parseListText(const QByteArray &text, QStringList columns = {});

/// `zpool list -j [--json-int] [-p]`.
[[nodiscard]] Result<QList<PoolListEntry>> parseListJson(const QByteArray &json);

/// `zfs get -Hp used,available POOL…` → dataset name → (used, available).
struct DatasetSpace
{
    std::optional<quint64> used;
    std::optional<quint64> available;
};
[[nodiscard]] Result<QHash<QString, DatasetSpace>> parseZfsGet(const QByteArray &text);

/// `smartctl -j -a /dev/X`. A device without SMART (file, VM disk) is a SmartInfo with available=false
/// and the reason in message, not an Error; only unreadable JSON is.
[[nodiscard]] Result<SmartInfo> parseSmartctlJson(const QByteArray &json);

/// `midclt call pool.query` (a list, or one object with {"get": true}).
[[nodiscard]] Result<QList<Pool>> parsePoolQuery(const QByteArray &json);

/// `midclt call disk.query`.
[[nodiscard]] Result<QList<DiskInfo>> parseDiskQuery(const QByteArray &json);

/// TrueNAS pool.query leaves: device name (partuuid, path basename) → disk name (sda). Used to join
/// zpool names with disk.query rows.
[[nodiscard]] Result<QHash<QString, QString>> parsePoolQueryDeviceMap(const QByteArray &json);

/// Merges `zpool list` rows into pools by name (capacity, fragmentation, dedup).
void mergeList(QList<Pool> &pools, const QList<PoolListEntry> &list);
/// Merges `zfs get used,available` into pools by name.
void mergeSpace(QList<Pool> &pools, const QHash<QString, DatasetSpace> &space);

} // namespace KryNet::Zfs
