#include "core/zfs/poolhealth.h"

namespace KryNet::Zfs
{

namespace
{
void raise(HealthVerdict &v, Health h, const QString &reason)
{
    if (int(h) > int(v.health)) {
        v.health = h;
        v.reason = reason;
    }
}

quint64 treeErrors(const Vdev &v)
{
    quint64 n = v.totalErrors();
    for (const Vdev &c : v.children)
        n += treeErrors(c);
    return n;
}
} // namespace

HealthVerdict PoolHealth::capacity(const Pool &pool, const HealthRules &rules)
{
    const auto pct = pool.capacityPercent();
    if (!pct)
        return {Health::Unknown, tr("capacity unknown")};
    const QString text = tr("%1 % full").arg(*pct, 0, 'f', 0);
    if (*pct >= rules.capacityCritical)
        return {Health::Critical, text};
    if (*pct >= rules.capacityWarning)
        return {Health::Warning, text};
    return {Health::Ok, text};
}

HealthVerdict PoolHealth::lastScrub(const Pool &pool, const QDateTime &now, const HealthRules &rules)
{
    const ScanStatus &s = pool.scan;
    if (s.isRunning())
        return {Health::Busy,
                s.function == ScanStatus::Function::Resilver ? tr("resilver running") : tr("scrub running")};
    if (s.state == ScanStatus::State::Paused)
        return {Health::Warning, tr("scrub paused")};
    if (s.function == ScanStatus::Function::None || s.state == ScanStatus::State::None)
        return {Health::Warning, tr("never scrubbed")};
    if (s.state == ScanStatus::State::Canceled)
        return {Health::Warning, tr("last scrub canceled")};
    if (s.state == ScanStatus::State::Finished && s.errors.value_or(0) > 0)
        return {Health::Warning,
                tr("last scan ended with %n error(s)", nullptr, int(qMin<quint64>(*s.errors, 1000000)))};
    if (s.endTime.isValid() && now.isValid()) {
        const qint64 days = s.endTime.secsTo(now) / 86400;
        if (days > rules.scrubMaxAgeDays)
            return {Health::Warning, tr("last scrub %n day(s) ago", nullptr, int(days))};
    }
    if (s.state == ScanStatus::State::Unknown)
        return {Health::Unknown, tr("scan state unknown")};
    return {Health::Ok, tr("scrubbed")};
}

HealthVerdict PoolHealth::vdev(const Vdev &v, const SmartInfo *smart)
{
    HealthVerdict out{Health::Ok, {}};
    if (v.type == VdevType::Group)
        return out;
    if (v.state) {
        switch (*v.state) {
        case DeviceState::Faulted:
        case DeviceState::Unavail:
        case DeviceState::Removed:
        case DeviceState::Suspended:
            raise(out, Health::Critical, Words::stateWord(*v.state));
            break;
        case DeviceState::Degraded:
        case DeviceState::Offline:
            raise(out, Health::Warning, Words::stateWord(*v.state));
            break;
        case DeviceState::Unknown:
        case DeviceState::Split:
            raise(out, Health::Unknown, Words::stateWord(*v.state));
            break;
        case DeviceState::Online:
        case DeviceState::Avail:
        case DeviceState::InUse:
            break;
        }
    }
    if (v.totalErrors() > 0)
        raise(out, Health::Warning,
              tr("%1 read, %2 write, %3 checksum errors").arg(v.readErrors).arg(v.writeErrors).arg(v.checksumErrors));
    if (smart && smart->available && smart->passed == false)
        raise(out, Health::Critical, tr("SMART health check failed"));
    else if (smart && (smart->reallocatedSectors.value_or(0) > 0 || smart->pendingSectors.value_or(0) > 0 ||
                       smart->offlineUncorrectable.value_or(0) > 0))
        raise(out, Health::Warning, tr("SMART reports bad sectors"));
    return out;
}

HealthVerdict PoolHealth::pool(const Pool &pool, const QDateTime &now, const HealthRules &rules)
{
    HealthVerdict out{Health::Ok, tr("healthy")};
    switch (pool.state) {
    case DeviceState::Faulted:
    case DeviceState::Unavail:
    case DeviceState::Suspended:
    case DeviceState::Removed:
    case DeviceState::Offline:
        return {Health::Critical, tr("pool %1").arg(Words::stateWord(pool.state))};
    case DeviceState::Degraded:
        raise(out, Health::Warning, tr("pool DEGRADED"));
        break;
    default:
        break;
    }
    const HealthVerdict cap = capacity(pool, rules);
    if (cap.health == Health::Critical || cap.health == Health::Warning)
        raise(out, cap.health, cap.reason);
    if (pool.dataErrors.value_or(0) > 0 || !pool.permanentErrors.isEmpty())
        raise(out, Health::Critical, tr("permanent data errors"));
    const quint64 errors = treeErrors(pool.root);
    if (errors > 0)
        raise(out, Health::Warning, tr("%n device error(s)", nullptr, int(qMin<quint64>(errors, 1000000000))));
    const HealthVerdict scrub = lastScrub(pool, now, rules);
    if (scrub.health == Health::Warning || scrub.health == Health::Busy)
        raise(out, scrub.health, scrub.reason);
    return out;
}

} // namespace KryNet::Zfs
