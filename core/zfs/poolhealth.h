#pragma once

#include <QDateTime>
#include <QString>

#include "core/common/health.h"
#include "core/zfs/pool.h"

namespace KryNet::Zfs
{

/// Thresholds of the pool health rules (issue 6): capacity warn ≥ 80 %, critical ≥ 90 %; a last scrub
/// older than the schedule's period (default 35 days, TrueNAS's threshold) is a warning.
struct HealthRules
{
    double capacityWarning = 80.0;
    double capacityCritical = 90.0;
    qint64 scrubMaxAgeDays = 35;
};

/// The shared status of a pool, with the reason in words (translated), worst first.
struct HealthVerdict
{
    Health health = Health::Unknown;
    QString reason;
};

/**
 * Health rules for pools and devices (pure functions, so the CLI, the model and tests agree):
 *  - Critical: pool FAULTED/UNAVAIL/SUSPENDED/REMOVED, data errors, capacity ≥ critical, a device
 *    whose SMART health failed;
 *  - Warning: DEGRADED, any read/write/checksum errors, capacity ≥ warning, last scrub too old or never,
 *    a canceled scrub, a scrub that ended with errors;
 *  - Busy: a scrub or resilver running and nothing worse;  Ok otherwise.
 */
class PoolHealth final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Zfs::PoolHealth)

public:
    PoolHealth() = delete;
    [[nodiscard]] static HealthVerdict pool(const Pool &pool, const QDateTime &now, const HealthRules &rules = {});
    [[nodiscard]] static HealthVerdict vdev(const Vdev &vdev, const SmartInfo *smart = nullptr);
    [[nodiscard]] static HealthVerdict capacity(const Pool &pool, const HealthRules &rules = {});
    [[nodiscard]] static HealthVerdict lastScrub(const Pool &pool, const QDateTime &now, const HealthRules &rules = {});
};

} // namespace KryNet::Zfs
