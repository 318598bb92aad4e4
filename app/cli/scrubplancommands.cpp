// krynetctl scrub-plan: the scrub planner of core/zfs from the command line (issue 7).
#include "app/cli/scrubplancommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "core/common/futurewatch.h"
#include "core/ssh/sshconnection.h"
#include "core/zfs/poolstore.h"
#include "core/zfs/scrubplan.h"
#include "core/zfs/scrubschedules.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

using namespace KryNet::Zfs;

QJsonValue isoOrNull(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toOffsetFromUtc(d.offsetFromUtc()).toString(Qt::ISODate)) : QJsonValue();
}

void printPlan(Invocation &inv, const ScrubPlan &plan)
{
    const auto local = [&plan](const QDateTime &d) {
        return d.isValid() ? d.toTimeZone(plan.zone).toString(u"ddd yyyy-MM-dd HH:mm"_s) : Text::tr("never");
    };
    if (inv.json()) {
        QJsonArray pools;
        for (const PoolPlanSummary &s : plan.pools) {
            QJsonArray sources;
            for (int i : s.scheduleIndexes) {
                const ScrubSchedule &sched = plan.schedules.at(i);
                sources << QJsonObject{{u"source"_s, ScrubPlanner::sourceName(sched.source)},
                                       {u"origin"_s, sched.origin},
                                       {u"cron"_s, sched.cron.expression()},
                                       {u"thresholdDays"_s, sched.thresholdDays},
                                       {u"enabled"_s, sched.enabled}};
            }
            QJsonObject o{
                {u"pool"_s, s.pool},
                {u"schedules"_s, sources},
                {u"lastRun"_s, isoOrNull(s.lastRun.toTimeZone(plan.zone))},
                {u"nextRun"_s, s.nextRun ? isoOrNull(s.nextRun->toTimeZone(plan.zone)) : QJsonValue()},
                {u"estimateSeconds"_s, s.estimate.seconds ? QJsonValue(double(*s.estimate.seconds)) : QJsonValue()},
                {u"estimateBasis"_s, s.estimate.basis},
                {u"scanning"_s, s.scanning}};
            if (s.periodDays)
                o.insert(u"periodDays"_s, *s.periodDays);
            pools << o;
        }
        QJsonArray runs;
        for (const PlannedRun &r : plan.runs) {
            QJsonArray clashes;
            for (int i : r.clashes)
                clashes << QJsonObject{{u"kind"_s, ScrubPlanner::clashKindName(plan.clashes.at(i).kind)},
                                       {u"other"_s, plan.clashes.at(i).other},
                                       {u"text"_s, plan.clashes.at(i).text}};
            QJsonObject o{{u"pool"_s, r.pool},
                          {u"start"_s, isoOrNull(r.start.toTimeZone(plan.zone))},
                          {u"end"_s, r.estimated ? isoOrNull(r.end.toTimeZone(plan.zone)) : QJsonValue()},
                          {u"skipped"_s, r.skipped},
                          {u"clashes"_s, clashes}};
            if (r.skipped)
                o.insert(u"reason"_s, r.reason);
            runs << o;
        }
        inv.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"timeZone"_s, QString::fromUtf8(plan.zone.id())},
                                                                 {u"pools"_s, pools},
                                                                 {u"runs"_s, runs}})
                                           .toJson(QJsonDocument::Compact))
                  << Qt::endl;
        return;
    }
    inv.out() << Text::tr("Time zone of the server: %1").arg(QString::fromUtf8(plan.zone.id())) << Qt::endl;
    for (const PoolPlanSummary &s : plan.pools) {
        inv.out() << s.pool << Qt::endl;
        if (s.scheduleIndexes.isEmpty())
            inv.out() << u"    "_s << Text::tr("no scrub schedule") << Qt::endl;
        for (int i : s.scheduleIndexes) {
            const ScrubSchedule &sched = plan.schedules.at(i);
            inv.out() << u"    "_s
                      << Text::tr("%1 (%2): %3, threshold %4 days%5")
                             .arg(ScrubPlanner::sourceName(sched.source), sched.origin, sched.cron.expression())
                             .arg(sched.thresholdDays)
                             .arg(sched.enabled ? QString() : Text::tr(", disabled"))
                      << Qt::endl;
        }
        inv.out() << u"    "_s
                  << Text::tr("last: %1, next: %2, estimate: %3")
                         .arg(local(s.lastRun), s.nextRun ? local(*s.nextRun) : Text::tr("none"),
                              s.estimate.seconds ? ScrubPlanner::formatDuration(*s.estimate.seconds)
                                                 : Text::tr("unknown"))
                  << Qt::endl;
        if (!s.currentScan.isEmpty())
            inv.out() << u"    "_s << s.currentScan << Qt::endl;
    }
    inv.out() << Qt::endl;
    for (const PlannedRun &r : plan.runs) {
        inv.out() << local(r.start) << u"  "_s << r.pool.leftJustified(14) << u' ';
        if (r.skipped)
            inv.out() << Text::tr("skipped: %1").arg(r.reason);
        else if (r.estimated)
            inv.out() << Text::tr("scrub until about %1").arg(r.end.toTimeZone(plan.zone).toString(u"HH:mm"_s));
        else
            inv.out() << Text::tr("scrub (duration unknown)");
        inv.out() << Qt::endl;
        for (int i : r.clashes)
            inv.out() << u"        "_s << Text::tr("clash: %1").arg(plan.clashes.at(i).text) << Qt::endl;
    }
    if (plan.runs.isEmpty())
        inv.out() << Text::tr("No scrub is planned in this period.") << Qt::endl;
}

void scrubPlanCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show the next scrubs of every pool with their estimated length, the "
                                              "runs the threshold skips, and clashes (two pools at once, resilver, "
                                              "SMART long tests, cloud sync, replication)."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption days{u"days"_s, Text::tr("How many days ahead (default 35)."), u"N"_s, u"35"_s};
    parser.addOptions({profile, accept, days});
    if (!inv.parse(parser))
        return;
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!ok || n < 1 || n > 3660)
        return inv.usageError(Text::tr("--days takes a number of days from 1 to 3660."));
    Ssh::SshConnection *connection = inv.sshConnection(parser.value(profile), parser.value(accept));
    if (!connection)
        return;
    auto *schedules = new ScrubScheduleStore(connection, nullptr, parser.value(profile), &inv);
    auto *pools = new PoolStore(connection, nullptr, parser.value(profile), &inv);
    whenDone(schedules->refresh(), &inv, [&inv, schedules, pools, n](const Result<void> &r) {
        if (!r)
            return inv.fail(r.error());
        whenDone(pools->refresh(), &inv, [&inv, schedules, pools, n](const Result<void> &p) {
            if (!p)
                return inv.fail(p.error());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            PlanOptions options;
            options.otherTasks = schedules->otherTasks();
            printPlan(inv, ScrubPlanner::plan(schedules->schedules(), pools->pools(), now, now.addDays(n),
                                              schedules->zone(), now, options));
            inv.finish(ExitOk);
        });
    });
}

} // namespace

void registerScrubPlanCommands(CommandRegistry &registry)
{
    registry.add({u"scrub-plan"_s, Text::tr("Show the planned scrubs, skipped runs and clashes."), scrubPlanCommand});
}

} // namespace KryNet::Cli
