#include "core/metrics/availability.h"

#include <algorithm>

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace KryNet::Metrics
{

qint64 AvailabilityMath::medianInterval(const std::vector<StatusSample> &samples)
{
    return StatusHistory::medianInterval(samples);
}

namespace
{

/// Adds @p secs of @p status to @p out.
void addTime(Availability &out, MonitorStatus status, qint64 secs)
{
    switch (status) {
    case MonitorStatus::Up:
        out.upSecs += secs;
        break;
    case MonitorStatus::Down:
        out.downSecs += secs;
        break;
    case MonitorStatus::Pending:
        out.pendingSecs += secs;
        break;
    case MonitorStatus::Maintenance:
        out.maintenanceSecs += secs;
        break;
    case MonitorStatus::Unknown:
        break;
    }
}

/// Unknown time, ratio and MTTR from the seconds and incidents already in @p out.
void finish(Availability &out, PendingPolicy pending)
{
    // Gaps and Unknown samples: whatever is not one of the four statuses.
    out.unknownSecs = (out.to - out.from) - (out.upSecs + out.downSecs + out.pendingSecs + out.maintenanceSecs);

    qint64 good = out.upSecs;
    qint64 total = out.upSecs + out.downSecs;
    if (pending == PendingPolicy::AsDown)
        total += out.pendingSecs;
    else if (pending == PendingPolicy::AsUp) {
        good += out.pendingSecs;
        total += out.pendingSecs;
    }
    if (total > 0)
        out.ratio = double(good) / double(total);

    qint64 sum = 0;
    int closed = 0;
    for (const Incident &incident : std::as_const(out.incidents)) {
        if (!incident.ongoing) {
            sum += incident.duration();
            ++closed;
        }
    }
    if (closed > 0)
        out.mttrSecs = sum / closed;
}

/// Calendar months (UTC) overlapping [from, to): one row each, filled by @p compute(start, end).
template <typename Compute>
QList<MonthAvailability> months(qint64 from, qint64 to, Compute compute)
{
    QList<MonthAvailability> out;
    if (to <= from)
        return out;
    QDate month = QDateTime::fromSecsSinceEpoch(from, Qt::UTC).date();
    month = QDate(month.year(), month.month(), 1);
    while (true) {
        const qint64 start = QDateTime(month, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        if (start >= to)
            break;
        const QDate nextMonth = month.addMonths(1);
        const qint64 end = QDateTime(nextMonth, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        MonthAvailability row;
        row.year = month.year();
        row.month = month.month();
        row.availability = compute(std::max(from, start), std::min(to, end));
        out.append(row);
        month = nextMonth;
    }
    return out;
}

} // namespace

Availability AvailabilityMath::compute(const std::vector<StatusSample> &samples, qint64 from, qint64 to,
                                       PendingPolicy pending, qint64 interval)
{
    Availability out;
    out.from = from;
    out.to = to;
    if (to <= from)
        return out;
    if (interval <= 0)
        interval = medianInterval(samples);
    const qint64 maxHold = interval + interval / 2;

    // The first sample that can reach into the window: the last one at or before `from`.
    auto it =
        std::upper_bound(samples.begin(), samples.end(), from, [](qint64 t, const StatusSample &s) { return t < s.t; });
    if (it != samples.begin())
        --it;

    std::optional<Incident> open;
    auto closeIncident = [&out, &open](bool ongoing) {
        if (!open)
            return;
        open->ongoing = ongoing;
        out.incidents.append(*open);
        open.reset();
    };

    for (; it != samples.end() && it->t < to; ++it) {
        const auto next = it + 1;
        qint64 end = it->t + interval;
        if (next != samples.end() && next->t - it->t <= maxHold)
            end = next->t;
        const qint64 a = std::max(from, it->t);
        const qint64 b = std::min(to, end);
        if (b <= a)
            continue;
        addTime(out, it->status, b - a);
        if (it->status == MonitorStatus::Down) {
            if (open && open->end == a)
                open->end = b;
            else {
                closeIncident(false);
                open = Incident{a, b, false};
            }
        } else {
            closeIncident(false);
        }
        if (b < std::min(to, next != samples.end() ? next->t : to))
            closeIncident(false); // a gap follows
    }
    // Still down at the end of the window only if the last DOWN reaches it.
    closeIncident(open && open->end >= to);

    finish(out, pending);
    return out;
}

QList<MonthAvailability> AvailabilityMath::monthly(const std::vector<StatusSample> &samples, qint64 from, qint64 to,
                                                   PendingPolicy pending, qint64 interval)
{
    if (interval <= 0)
        interval = medianInterval(samples);
    return months(from, to, [&](qint64 a, qint64 b) { return compute(samples, a, b, pending, interval); });
}

Availability AvailabilityMath::computeRuns(const std::vector<StatusRun> &runs, qint64 from, qint64 to,
                                           PendingPolicy pending)
{
    Availability out;
    out.from = from;
    out.to = to;
    if (to <= from)
        return out;
    // The first run that ends inside the window.
    auto it =
        std::upper_bound(runs.begin(), runs.end(), from, [](qint64 t, const StatusRun &run) { return t < run.end; });
    std::optional<Incident> open;
    auto closeIncident = [&out, &open](bool ongoing) {
        if (!open)
            return;
        open->ongoing = ongoing;
        out.incidents.append(*open);
        open.reset();
    };
    for (; it != runs.end() && it->start < to; ++it) {
        const qint64 a = std::max(from, it->start);
        const qint64 b = std::min(to, it->end);
        if (b <= a)
            continue;
        addTime(out, it->status, b - a);
        if (it->status != MonitorStatus::Down) {
            closeIncident(false);
            continue;
        }
        // Down runs that touch (a clipped neighbour) continue one incident; a gap or another status ends it.
        if (open && open->end == a) {
            open->end = b;
        } else {
            closeIncident(false);
            open = Incident{a, b, false};
        }
    }
    closeIncident(open && open->end >= to);
    finish(out, pending);
    return out;
}

QList<MonthAvailability> AvailabilityMath::monthlyRuns(const std::vector<StatusRun> &runs, qint64 from, qint64 to,
                                                       PendingPolicy pending)
{
    return months(from, to, [&](qint64 a, qint64 b) { return computeRuns(runs, a, b, pending); });
}

} // namespace KryNet::Metrics
