#pragma once

#include <vector>

#include "core/metrics/metricstypes.h"

namespace KryNet::Metrics
{

/// A stretch [start, end) of unix seconds with one known status (never Unknown: unknown time is simply
/// not covered by any run).
struct StatusRun
{
    qint64 start = 0;
    qint64 end = 0;
    MonitorStatus status = MonitorStatus::Unknown;

    [[nodiscard]] qint64 duration() const { return end - start; }
    friend bool operator==(const StatusRun &, const StatusRun &) = default;
};

/**
 * The status history of one monitor as run-length intervals (issue 11): 90 days of one-minute beats
 * that rarely change are a few hundred runs instead of 130,000 samples.
 *
 * The runs cover exactly the time the sample model of AvailabilityMath gives the samples: a sample
 * holds its status until the next sample, unless that one is more than 1.5 × interval away; then it
 * holds for one interval and the rest is a gap. The last sample holds for one interval. Unknown
 * samples (NaN, values Kuma never sends) cover nothing. Consecutive equal statuses merge into one run
 * only where they touch, so gaps stay gaps. Hence AvailabilityMath::computeRuns() over these runs
 * equals AvailabilityMath::compute() over the samples with the same interval, to the second.
 *
 * Contracts:
 *  - Samples are appended in time order; an older sample is ignored, one at the same time as the last
 *    replaces it (as in the sample model, where the earlier of two equal times holds for 0 s).
 *  - Runs are sorted, never overlap, never have zero length, and adjacent runs of one status never touch.
 *  - append(const StatusHistory &) joins a later batch read separately as if its samples had been
 *    appended one by one (the earlier part's last sample extends to the later part's first sample).
 *  - A plain value; copying it copies the runs.
 */
class StatusHistory final
{
public:
    StatusHistory() = default;
    /// An empty history whose samples are @p intervalSecs apart (at least 1 s).
    explicit StatusHistory(qint64 intervalSecs);

    /// The runs of @p samples (sorted by time); @p intervalSecs 0: their median spacing.
    [[nodiscard]] static StatusHistory fromSamples(const std::vector<StatusSample> &samples, qint64 intervalSecs = 0);
    /// Median spacing of @p samples (sorted by time), in seconds; 60 when fewer than two.
    [[nodiscard]] static qint64 medianInterval(const std::vector<StatusSample> &samples);

    /// What a history is besides its runs (HistoryCache stores it with them).
    struct Meta
    {
        qint64 interval = 60;
        qint64 start = 0;      ///< first sample, or where older data was pruned
        qint64 lastSample = 0; ///< time of the newest sample
        MonitorStatus lastStatus = MonitorStatus::Unknown;
        qint64 samples = 0;
    };
    /// A history as stored. Runs are sanitised: sorted, Unknown and empty ones dropped, overlaps clipped,
    /// touching runs of one status merged.
    [[nodiscard]] static StatusHistory fromRuns(std::vector<StatusRun> runs, const Meta &meta);
    [[nodiscard]] Meta meta() const;

    void append(qint64 t, MonitorStatus status);
    void append(const StatusSample &sample) { append(sample.t, sample.status); }
    /// Appends a later batch (its first sample after this one's last; otherwise its overlapping part is
    /// dropped).
    void append(const StatusHistory &later);
    /// Drops what lies before @p t (runs are clipped at @p t).
    void pruneBefore(qint64 t);
    void clear();

    [[nodiscard]] const std::vector<StatusRun> &runs() const { return m_runs; }
    /// True before the first sample.
    [[nodiscard]] bool isEmpty() const { return !m_hasSamples; }
    [[nodiscard]] qint64 interval() const { return m_interval; }
    /// Where the history starts: its first sample, or the time older data was pruned at (0 when empty).
    [[nodiscard]] qint64 startTime() const { return m_start; }
    /// Time of the newest sample (0 when empty) and its status (Unknown when empty).
    [[nodiscard]] qint64 lastSampleTime() const { return m_last; }
    [[nodiscard]] MonitorStatus lastStatus() const { return m_lastStatus; }
    /// Samples this history was built from (pruned ones included); for diagnostics and tests.
    [[nodiscard]] qint64 sampleCount() const { return m_samples; }
    /// Index of the first run that ends after @p t (runs().size() when none).
    [[nodiscard]] size_t firstRunEndingAfter(qint64 t) const;
    /// The runs that start at or after @p t, with this whole history's meta (start, interval, last
    /// sample): what an append can have changed when @p t is the start of the last-but-one run.
    [[nodiscard]] StatusHistory tailFrom(qint64 t) const;
    /// Bytes held by the runs (capacity included).
    [[nodiscard]] size_t memoryBytes() const { return m_runs.capacity() * sizeof(StatusRun); }

private:
    std::vector<StatusRun> m_runs;
    qint64 m_interval = 60;
    bool m_hasSamples = false;
    qint64 m_start = 0;
    qint64 m_last = 0;
    MonitorStatus m_lastStatus = MonitorStatus::Unknown;
    qint64 m_samples = 0;
};

} // namespace KryNet::Metrics
