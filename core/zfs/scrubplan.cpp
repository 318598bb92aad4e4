#include "core/zfs/scrubplan.h"

#include <algorithm>
#include <cmath>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

namespace
{

bool overlaps(const QDateTime &a0, const QDateTime &a1, const QDateTime &b0, const QDateTime &b1)
{
    return a0 < b1 && b0 < a1;
}

/// The end of a run for clash checks: the estimate, or the assumed length when unknown.
QDateTime clashEnd(const PlannedRun &run, qint64 unknownSeconds)
{
    return run.estimated ? run.end : run.start.addSecs(unknownSeconds);
}

QString otherTaskWord(OtherTask::Kind kind)
{
    switch (kind) {
    case OtherTask::Kind::SmartLongTest:
        return ScrubPlanner::clashKindName(Clash::Kind::SmartLongTest);
    case OtherTask::Kind::CloudSync:
        return ScrubPlanner::clashKindName(Clash::Kind::CloudSync);
    case OtherTask::Kind::Replication:
        return ScrubPlanner::clashKindName(Clash::Kind::Replication);
    }
    return {};
}

Clash::Kind clashKindOf(OtherTask::Kind kind)
{
    switch (kind) {
    case OtherTask::Kind::SmartLongTest:
        return Clash::Kind::SmartLongTest;
    case OtherTask::Kind::CloudSync:
        return Clash::Kind::CloudSync;
    case OtherTask::Kind::Replication:
        return Clash::Kind::Replication;
    }
    return Clash::Kind::SmartLongTest;
}

/// Whether [start, end) touches the working hours in @p zone; the first touched moment in @p at.
bool intoWorkingHours(const WorkingHours &hours, const QDateTime &start, const QDateTime &end, const QTimeZone &zone,
                      QDateTime *at)
{
    if (!hours.enabled || hours.start >= hours.end)
        return false;
    const QDate first = start.toTimeZone(zone).date();
    const QDate last = end.toTimeZone(zone).date();
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (!hours.days.contains(d.dayOfWeek()))
            continue;
        const QDateTime ws(d, hours.start, zone);
        const QDateTime we(d, hours.end, zone);
        if (overlaps(start, end, ws, we)) {
            *at = std::max(start, ws);
            return true;
        }
    }
    return false;
}

} // namespace

const PoolPlanSummary *ScrubPlan::summary(const QString &pool) const
{
    for (const PoolPlanSummary &s : pools) {
        if (s.pool == pool)
            return &s;
    }
    return nullptr;
}

DurationEstimate ScrubPlanner::estimateDuration(const Pool &pool)
{
    const ScanStatus &s = pool.scan;
    if (s.function != ScanStatus::Function::Scrub || s.state != ScanStatus::State::Finished)
        return {std::nullopt, tr("unknown: no finished scrub to learn from")};
    qint64 duration = s.durationSeconds.value_or(0);
    if (duration <= 0 && s.startTime.isValid() && s.endTime.isValid())
        duration = s.startTime.secsTo(s.endTime);
    if (duration <= 0)
        return {std::nullopt, tr("unknown: the last scrub's duration is not known")};
    const quint64 scanned = s.issuedBytes.value_or(s.scannedBytes.value_or(s.totalBytes.value_or(0)));
    const quint64 allocated = pool.allocated.value_or(0);
    if (scanned == 0 || allocated == 0)
        return {duration, tr("last scrub took %1").arg(formatDuration(duration))};
    const double factor = double(allocated) / double(scanned);
    const auto seconds = qint64(std::llround(double(duration) * factor));
    return {seconds, tr("last scrub took %1 for %2, now %3 allocated")
                         .arg(formatDuration(duration), formatSize(scanned), formatSize(allocated))};
}

ScrubPlan ScrubPlanner::plan(const QList<ScrubSchedule> &schedules, const QList<Pool> &pools, const QDateTime &from,
                             const QDateTime &to, const QTimeZone &zone, const QDateTime &now,
                             const PlanOptions &options)
{
    ScrubPlan plan;
    plan.from = from;
    plan.to = to;
    plan.zone = zone;
    plan.schedules = schedules;

    // Busy intervals of scans running now.
    struct Busy
    {
        QString pool;
        bool resilver;
        QDateTime from;
        QDateTime to;
    };
    QList<Busy> busy;

    for (const Pool &pool : pools) {
        PoolPlanSummary summary;
        summary.pool = pool.name;
        summary.estimate = estimateDuration(pool);
        const ScanStatus &scan = pool.scan;
        QDateTime lastScrubEnd;
        if (scan.function == ScanStatus::Function::Scrub && scan.state == ScanStatus::State::Finished)
            lastScrubEnd = scan.endTime;
        summary.lastRun = scan.state == ScanStatus::State::InProgress ? scan.startTime : scan.endTime;
        if (scan.isRunning() || scan.state == ScanStatus::State::Paused) {
            summary.scanning = scan.isRunning();
            summary.currentScan = Words::scanSummary(scan, now);
            if (scan.isRunning()) {
                const qint64 toGo = scan.secondsToGo.value_or(options.unknownDurationSeconds);
                const QDateTime end = now.addSecs(toGo);
                busy.append({pool.name, scan.function == ScanStatus::Function::Resilver, now, end});
                if (scan.function == ScanStatus::Function::Scrub)
                    lastScrubEnd = end; // the running scrub finishes then
            }
        }

        QList<QDateTime> realRuns;
        for (int i = 0; i < schedules.size(); ++i) {
            const ScrubSchedule &sched = schedules.at(i);
            if (!sched.appliesTo(pool.name))
                continue;
            summary.scheduleIndexes.append(i);
            // Simulate from "now" (or the window start, whichever is earlier) so the threshold state is right.
            const QDateTime simFrom = std::min(from, now);
            QDateTime last = lastScrubEnd;
            const QList<QDateTime> occ = sched.cron.occurrences(simFrom, std::max(to, now.addDays(400)), zone);
            for (const QDateTime &at : occ) {
                PlannedRun run;
                run.pool = pool.name;
                run.start = at;
                run.scheduleIndex = i;
                if (summary.estimate.seconds) {
                    run.end = at.addSecs(*summary.estimate.seconds);
                    run.estimated = true;
                } else {
                    run.end = at;
                }
                if (at < now) {
                    continue; // the past is what the pool's history says, not a plan
                } else if (!sched.enabled) {
                    run.skipped = true;
                    run.reason = tr("the task is disabled");
                } else if (std::any_of(busy.cbegin(), busy.cend(), [&](const Busy &b) {
                               return b.pool == pool.name && at >= b.from && at < b.to;
                           })) {
                    run.skipped = true;
                    run.reason = tr("a scan is still running on %1").arg(pool.name);
                } else if (last.isValid() && sched.thresholdDays > 0 &&
                           last.secsTo(at) / 86400 < qint64(sched.thresholdDays)) {
                    run.skipped = true;
                    run.reason = tr("the last scrub ended %n day(s) before; the threshold is %1 days", nullptr,
                                    int(std::max<qint64>(0, last.secsTo(at) / 86400)))
                                     .arg(sched.thresholdDays);
                } else {
                    last = run.end;
                    realRuns.append(at);
                    if (!summary.nextRun || at < *summary.nextRun)
                        summary.nextRun = at;
                }
                if (at >= from && at < to)
                    plan.runs.append(run);
            }
        }
        std::sort(realRuns.begin(), realRuns.end());
        if (realRuns.size() >= 2) {
            QList<qint64> gaps;
            for (qsizetype k = 1; k < realRuns.size(); ++k)
                gaps.append(realRuns.at(k - 1).secsTo(realRuns.at(k)));
            std::sort(gaps.begin(), gaps.end());
            summary.periodDays = double(gaps.at(gaps.size() / 2)) / 86400.0;
        }
        plan.pools.append(summary);
    }

    std::stable_sort(plan.runs.begin(), plan.runs.end(),
                     [](const PlannedRun &a, const PlannedRun &b) { return a.start < b.start; });

    const auto addClash = [&plan](int runIndex, Clash clash) {
        plan.clashes.append(std::move(clash));
        plan.runs[runIndex].clashes.append(int(plan.clashes.size() - 1));
    };

    for (int i = 0; i < plan.runs.size(); ++i) {
        const PlannedRun run = plan.runs.at(i);
        if (run.skipped)
            continue;
        const QDateTime end = clashEnd(run, options.unknownDurationSeconds);
        for (int j = 0; j < plan.runs.size(); ++j) {
            const PlannedRun &other = plan.runs.at(j);
            if (j == i || other.skipped || other.pool == run.pool)
                continue;
            if (overlaps(run.start, end, other.start, clashEnd(other, options.unknownDurationSeconds))) {
                addClash(i, {Clash::Kind::TwoPools, run.pool, other.pool, std::max(run.start, other.start),
                             std::min(end, clashEnd(other, options.unknownDurationSeconds)),
                             tr("%1 scrubs at the same time as %2").arg(run.pool, other.pool)});
            }
        }
        for (const Busy &b : std::as_const(busy)) {
            if (b.pool == run.pool || !overlaps(run.start, end, b.from, b.to))
                continue;
            addClash(i, {b.resilver ? Clash::Kind::Resilver : Clash::Kind::RunningScrub, run.pool, b.pool, run.start,
                         std::min(end, b.to),
                         b.resilver ? tr("%1 is resilvering until about %2")
                                          .arg(b.pool, b.to.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s))
                                    : tr("%1 is still scrubbing until about %2")
                                          .arg(b.pool, b.to.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s))});
        }
        for (const OtherTask &task : options.otherTasks) {
            if (!task.enabled)
                continue;
            const QList<QDateTime> starts =
                task.cron.occurrences(run.start.addSecs(-task.durationSeconds), end, zone, 50);
            for (const QDateTime &s : starts) {
                const QDateTime e = s.addSecs(task.durationSeconds);
                if (!overlaps(run.start, end, s, e))
                    continue;
                addClash(i, {clashKindOf(task.kind), run.pool, task.name, std::max(run.start, s), std::min(end, e),
                             tr("%1 overlaps %2 \"%3\"").arg(run.pool, otherTaskWord(task.kind), task.name)});
                break;
            }
        }
        QDateTime at;
        if (intoWorkingHours(options.workingHours, run.start, end, zone, &at)) {
            addClash(i, {Clash::Kind::WorkingHours,
                         run.pool,
                         {},
                         at,
                         end,
                         tr("%1 is still scrubbing at %2, inside working hours")
                             .arg(run.pool, at.toTimeZone(zone).toString(u"ddd HH:mm"_s))});
        }
    }
    return plan;
}

Result<CronSchedule> ScrubPlanner::moveRun(const CronSchedule &cron, const QDateTime &from, const QDateTime &to,
                                           const QTimeZone &zone)
{
    const QDateTime a = from.toTimeZone(zone);
    const QDateTime b = to.toTimeZone(zone);
    const int days = int(a.date().daysTo(b.date()));
    const QString minute = QString::number(b.time().minute());
    const QString hour = QString::number(b.time().hour());
    QString dom = cron.field(2);
    QString dow = cron.field(4);
    static const QRegularExpression single(u"^([0-7])(#[1-5]|L)?$"_s);
    static const QStringList dayNames = {u"sun"_s, u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s};
    QString dowNumeric = dow.toLower();
    for (int i = 0; i < 7; ++i) {
        if (dowNumeric.startsWith(dayNames.at(i))) {
            dowNumeric = QString::number(i) + dowNumeric.mid(3);
            break;
        }
    }
    bool ok = false;
    const int domValue = dom.toInt(&ok);
    const bool bothRestricted = !dom.startsWith(u'*') && !dow.startsWith(u'*');
    if (days != 0 && bothRestricted) {
        // Either field alone would leave the other's days in place (cron ORs them).
        return Error(Error::Code::Parse,
                     tr("This schedule (%1) has several days; change its days in the form.").arg(cron.expression()),
                     cron.expression());
    }
    if (days == 0) {
        // Only the time of day changes.
    } else if (const auto m = single.match(dowNumeric); m.hasMatch()) {
        dow = QString::number(((m.captured(1).toInt() + days) % 7 + 7) % 7) + m.captured(2);
    } else if (ok && !dom.startsWith(u'*')) {
        dom = QString::number(std::clamp(domValue + days, 1, 28));
    } else if (days != 0 && !(dom == u"*"_s && dow == u"*"_s)) {
        return Error(Error::Code::Parse,
                     tr("This schedule (%1) has several days; change its days in the form.").arg(cron.expression()),
                     cron.expression());
    }
    return CronSchedule::fromFields(minute, hour, dom, cron.field(3), dow);
}

QHash<QString, qint64> ScrubPlanner::overdueDaysByPool(const QList<ScrubSchedule> &schedules, const QList<Pool> &pools,
                                                       const QTimeZone &zone, const QDateTime &now, qint64 fallback)
{
    const ScrubPlan p = plan(schedules, pools, now, now.addDays(1), zone, now);
    QHash<QString, qint64> out;
    for (const Pool &pool : pools)
        out.insert(pool.name, overdueDays(p, pool.name, fallback));
    return out;
}

qint64 ScrubPlanner::overdueDays(const ScrubPlan &plan, const QString &pool, qint64 fallback)
{
    const PoolPlanSummary *s = plan.summary(pool);
    if (!s || !s->periodDays)
        return fallback;
    return qint64(std::ceil(*s->periodDays)) + 1;
}

QString ScrubPlanner::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    return tr("%1 min").arg(std::max<qint64>(minutes, seconds > 0 ? 1 : 0));
}

QString ScrubPlanner::sourceName(ScheduleSource source)
{
    switch (source) {
    case ScheduleSource::TrueNas:
        return tr("TrueNAS scrub task");
    case ScheduleSource::CronFile:
        return tr("cron file");
    case ScheduleSource::SystemdTimer:
        return tr("systemd timer");
    }
    return {};
}

QString ScrubPlanner::clashKindName(Clash::Kind kind)
{
    switch (kind) {
    case Clash::Kind::TwoPools:
        return tr("another pool's scrub");
    case Clash::Kind::Resilver:
        return tr("resilver");
    case Clash::Kind::RunningScrub:
        return tr("running scrub");
    case Clash::Kind::SmartLongTest:
        return tr("SMART long test");
    case Clash::Kind::CloudSync:
        return tr("cloud sync task");
    case Clash::Kind::Replication:
        return tr("replication task");
    case Clash::Kind::WorkingHours:
        return tr("working hours");
    }
    return {};
}

} // namespace KryNet::Zfs
