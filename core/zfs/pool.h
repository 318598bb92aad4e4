#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace KryNet::Zfs
{

/// State words of `zpool status` (pool and vdev), plus the spare words AVAIL / INUSE.
enum class DeviceState {
    Online,
    Degraded,
    Faulted,
    Offline,
    Unavail, ///< text UNAVAIL, JSON CANT_OPEN
    Removed,
    Suspended, ///< pools only
    Avail,     ///< spare not in use
    InUse,     ///< spare in use
    Split,
    Unknown,
};

/// What a row of the vdev tree is.
enum class VdevType {
    Root,  ///< the pool's own line
    Group, ///< a class heading without state: logs, cache, spares, special, dedup
    Mirror,
    Raidz, ///< parity in Vdev::parity (1-3)
    Draid,
    Spare,     ///< spare-N (a spare swapped in)
    Replacing, ///< replacing-N
    Disk,
    File,
    Indirect,
    Other,
};

/// Allocation class of a vdev (the section of `zpool status` it is listed in).
enum class VdevClass {
    Normal,
    Log,
    Cache,
    Spare,
    Special,
    Dedup,
};

/**
 * One row of the vdev tree: the pool itself, a class heading, a grouping vdev or a device.
 * Counters are exact integers; abbreviated text counters ("1.2K") are expanded (then approximate).
 */
struct Vdev
{
    QString name;
    VdevType type = VdevType::Other;
    VdevClass vdevClass = VdevClass::Normal;
    int parity = 0;                   ///< raidz/draid parity
    std::optional<DeviceState> state; ///< none for class headings
    quint64 readErrors = 0;
    quint64 writeErrors = 0;
    quint64 checksumErrors = 0;
    bool hasCounters = false; ///< spares and headings print none
    QString path;             ///< device path when known (JSON path, or a name that is a path)
    QString was;              ///< "was /dev/…" of a missing device
    QString note; ///< the suffix after the counters, verbatim ("cannot open", "(resilvering)", "46.5M repaired")
    std::optional<quint64> repairedBytes;
    std::optional<quint64> resilveredBytes;
    QString trim; ///< trim status text in parentheses (-t), verbatim
    QString guid;
    QList<Vdev> children;

    [[nodiscard]] bool isLeaf() const { return type == VdevType::Disk || type == VdevType::File; }
    [[nodiscard]] quint64 totalErrors() const { return readErrors + writeErrors + checksumErrors; }
    friend bool operator==(const Vdev &, const Vdev &) = default;
};

/// A scrub or resilver: what `scan:` / ` scrub:` (text) or scan_stats (JSON) says.
struct ScanStatus
{
    enum class Function {
        None, ///< never scanned ("none requested")
        Scrub,
        Resilver,
        ErrorScrub,
        Unknown, ///< wording not understood; raw holds it
    };
    enum class State {
        None,
        InProgress,
        Paused,
        Finished,
        Canceled,
        Unknown,
    };

    Function function = Function::None;
    State state = State::None;
    QDateTime startTime;
    QDateTime endTime;    ///< finished or canceled
    QDateTime pausedTime; ///< paused since
    std::optional<qint64> durationSeconds;
    std::optional<quint64> scannedBytes;
    std::optional<quint64> issuedBytes;
    std::optional<quint64> totalBytes;
    std::optional<quint64> repairedBytes; ///< repaired (scrub) or resilvered (resilver)
    std::optional<double> scanRate;       ///< bytes per second
    std::optional<double> issueRate;
    std::optional<double> percentDone;
    std::optional<qint64> secondsToGo;
    std::optional<quint64> errors;
    QDateTime passStart;                    ///< JSON: start of the current pass
    std::optional<quint64> passIssuedBytes; ///< JSON: bytes issued in the current pass
    qint64 passPausedSeconds = 0;           ///< JSON: time the current pass spent paused
    QString raw;                            ///< the scan text as printed, for support

    [[nodiscard]] bool isRunning() const { return state == State::InProgress; }
    friend bool operator==(const ScanStatus &, const ScanStatus &) = default;
};

/// Where the pool data came from (the generation of the tools).
enum class Source {
    Text,       ///< OpenZFS `zpool status` text
    LegacyText, ///< zfs-fuse / pool v23 text (` scrub:` line)
    Json,       ///< OpenZFS ≥ 2.3 `zpool status -j`
    TrueNas,    ///< midclt pool.query
};

/// One pool: health, explanation, scan, vdev tree and capacity.
struct Pool
{
    QString name;
    DeviceState state = DeviceState::Unknown;
    QString status;                    ///< "status:" text (problem description), lines joined with '\n'
    QString action;                    ///< "action:" text
    QString see;                       ///< message URL
    QString errorsText;                ///< the "errors:" line verbatim
    std::optional<quint64> dataErrors; ///< 0 for "No known data errors"
    QStringList permanentErrors;       ///< files/objects listed by -v
    ScanStatus scan;
    Vdev root; ///< the pool row; children = data vdevs, then class headings with their vdevs

    // Capacity, from zpool list / zfs get / JSON / pool.query.
    std::optional<quint64> size;
    std::optional<quint64> allocated;
    std::optional<quint64> free;
    std::optional<int> fragmentation; ///< percent
    std::optional<int> capacity;      ///< percent used
    std::optional<double> dedupRatio;
    std::optional<quint64> datasetUsed;      ///< zfs get used (root dataset)
    std::optional<quint64> datasetAvailable; ///< zfs get available

    Source source = Source::Text;
    QString guid;

    /// Capacity in percent: the listed value, else computed from allocated/size or dataset used/available.
    [[nodiscard]] std::optional<double> capacityPercent() const;
    /// All leaf devices in tree order.
    [[nodiscard]] QList<const Vdev *> leaves() const;
    friend bool operator==(const Pool &, const Pool &) = default;
};

/// One line of `zpool list`.
struct PoolListEntry
{
    QString name;
    std::optional<quint64> size;
    std::optional<quint64> allocated;
    std::optional<quint64> free;
    std::optional<int> fragmentation;
    std::optional<int> capacity;
    std::optional<double> dedupRatio;
    DeviceState health = DeviceState::Unknown;
    friend bool operator==(const PoolListEntry &, const PoolListEntry &) = default;
};

/// SMART data of one disk (`smartctl -j -a`).
struct SmartInfo
{
    QString device; ///< /dev/sda
    QString model;
    QString serial;
    QString firmware;
    std::optional<quint64> capacityBytes;
    bool available = false; ///< false: no SMART (file vdev, VM disk, USB bridge…); message says why
    std::optional<bool> passed;
    std::optional<int> temperatureC;
    std::optional<qint64> powerOnHours;
    std::optional<qint64> reallocatedSectors;
    std::optional<qint64> pendingSectors;
    std::optional<qint64> offlineUncorrectable;
    std::optional<qint64> mediaErrors; ///< NVMe
    QString lastSelfTest;              ///< "Short offline: Completed without error"
    std::optional<bool> lastSelfTestPassed;
    std::optional<qint64> lastSelfTestHours; ///< lifetime hours at the test
    QString message;                         ///< smartctl's own messages (why no SMART)
    friend bool operator==(const SmartInfo &, const SmartInfo &) = default;
};

/// A physical disk as TrueNAS knows it (`midclt call disk.query`).
struct DiskInfo
{
    QString name; ///< sda
    QString serial;
    QString model;
    std::optional<quint64> size;
    QString type; ///< HDD / SSD
    QString zfsGuid;
    QString pool;
    std::optional<int> temperatureC;
    friend bool operator==(const DiskInfo &, const DiskInfo &) = default;
};

/// Translation context and helpers for the words above.
class Words final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Zfs::Words)

public:
    Words() = delete;
    /// Parses ONLINE, DEGRADED, …, CANT_OPEN (→ Unavail), AVAIL, INUSE; nullopt for anything else.
    [[nodiscard]] static std::optional<DeviceState> parseState(QStringView word);
    /// The word zpool prints (ONLINE, UNAVAIL…), untranslated (it is what users search for).
    [[nodiscard]] static QString stateWord(DeviceState state);
    [[nodiscard]] static QString typeName(VdevType type);
    [[nodiscard]] static QString className(VdevClass cls);
    [[nodiscard]] static QString functionName(ScanStatus::Function function);
    [[nodiscard]] static QString scanStateName(ScanStatus::State state);
    /// Translated one-line summary of a scan ("Scrub finished 3 days ago, 0 errors").
    [[nodiscard]] static QString scanSummary(const ScanStatus &scan, const QDateTime &now);
};

/// Derives issueRate and secondsToGo of a running scan from its pass (JSON) when zpool did not print them.
void fillEstimates(ScanStatus &scan, const QDateTime &now);

/// "1.2K" / "46.5M" / "0B" / "12345" → bytes (base 1024); nullopt when not a size.
[[nodiscard]] std::optional<quint64> parseSize(QStringView text);
/// "512M/s" → bytes per second.
[[nodiscard]] std::optional<double> parseRate(QStringView text);
/// Bytes as zpool prints them: 1.21T, 46.5M, 0B.
[[nodiscard]] QString formatSize(quint64 bytes);

/// Pool names: ZFS's grammar (a letter first, then letters, digits, _ - . : and space; at most 255;
/// not a reserved word). Validated before a name from the server goes into a command.
[[nodiscard]] bool isValidPoolName(const QString &name);

} // namespace KryNet::Zfs

Q_DECLARE_METATYPE(KryNet::Zfs::Pool)
