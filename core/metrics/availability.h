#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QList>

#include "core/metrics/metricstypes.h"
#include "core/metrics/statushistory.h"

namespace KryNet::Metrics
{

/// How a PENDING beat (Kuma retrying before it declares DOWN) counts in an uptime ratio.
enum class PendingPolicy {
    AsDown,   ///< not up (Uptime Kuma's own ratio does this)
    AsUp,     ///< a retry that later succeeded is not an outage
    Excluded, ///< neither up nor down: out of the denominator, like maintenance
};

/// A maximal interval of DOWN, [start, end) in unix seconds.
struct Incident
{
    qint64 start = 0;
    qint64 end = 0;
    bool ongoing = false; ///< still down at the end of the window
    [[nodiscard]] qint64 duration() const { return end - start; }
};

/// Seconds per status over a window [from, to), and what follows from them.
struct Availability
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 upSecs = 0;
    qint64 downSecs = 0;
    qint64 pendingSecs = 0;
    qint64 maintenanceSecs = 0;
    qint64 unknownSecs = 0; ///< gaps (no data, NaN): never counted as up, not in the denominator
    /// up / (up + down [+ pending]); nullopt when nothing countable happened in the window.
    std::optional<double> ratio;
    QList<Incident> incidents;
    /// Mean duration of the incidents that ended inside the window; nullopt without any.
    std::optional<qint64> mttrSecs;
};

/// One row of the SLA-style monthly table (calendar months, UTC).
struct MonthAvailability
{
    int year = 0;
    int month = 0; ///< 1…12
    Availability availability;
};

/**
 * Availability math over raw status samples (issue 11), in whole seconds.
 *
 * Model: each sample holds its status from its own time until the next sample, unless the next one is
 * further away than 1.5 × the interval: then it holds for one interval and the rest is a gap (unknown).
 * The last sample holds for one interval. Time is clipped to [from, to). The interval is the median
 * spacing of the samples unless given. Unknown samples (NaN, values Kuma never sends) are gaps.
 * Gaps and maintenance are left out of the denominator; pending counts per PendingPolicy.
 * Incidents are maximal DOWN intervals (a gap or any other status ends one); MTTR is the mean duration
 * of incidents that ended inside the window.
 *
 * Always compute from raw samples (a step no coarser than the scrape interval), never from a
 * downsampled chart series. The store keeps them as run-length intervals (StatusHistory):
 * computeRuns() over StatusHistory::fromSamples(samples, interval) gives exactly what compute() gives
 * over the samples with that interval (tests/unit/metrics/test_statushistory proves it on gaps,
 * maintenance, pending and random histories).
 */
class AvailabilityMath final
{
public:
    AvailabilityMath() = delete;

    /// Median spacing of @p samples (sorted by time), in seconds; 60 when fewer than two.
    [[nodiscard]] static qint64 medianInterval(const std::vector<StatusSample> &samples);
    [[nodiscard]] static Availability compute(const std::vector<StatusSample> &samples, qint64 from, qint64 to,
                                              PendingPolicy pending = PendingPolicy::AsDown, qint64 interval = 0);
    /// One row per calendar month (UTC) that overlaps [from, to), oldest first.
    [[nodiscard]] static QList<MonthAvailability> monthly(const std::vector<StatusSample> &samples, qint64 from,
                                                          qint64 to, PendingPolicy pending = PendingPolicy::AsDown,
                                                          qint64 interval = 0);

    /// The same figures from run-length intervals (sorted, non-overlapping; StatusHistory::runs()).
    [[nodiscard]] static Availability computeRuns(const std::vector<StatusRun> &runs, qint64 from, qint64 to,
                                                  PendingPolicy pending = PendingPolicy::AsDown);
    [[nodiscard]] static QList<MonthAvailability> monthlyRuns(const std::vector<StatusRun> &runs, qint64 from,
                                                              qint64 to, PendingPolicy pending = PendingPolicy::AsDown);
};

} // namespace KryNet::Metrics
