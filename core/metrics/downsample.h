#pragma once

#include <cstddef>
#include <vector>

#include "core/metrics/metricstypes.h"

namespace KryNet::Metrics
{

/// The samples of one pixel column: min, max, mean and count of its finite values, and how many were
/// not finite (NaN: the source said "no value here"). count 0 and missing 0: no sample fell into it.
struct ColumnRange
{
    double min = 0;
    double max = 0;
    double sum = 0;
    int count = 0;
    int missing = 0;
    [[nodiscard]] double mean() const { return count > 0 ? sum / count : 0; }
};

/**
 * Min/max-per-pixel-column downsampling (DESIGN.md §5): a chart never draws more than two points per
 * column, yet no spike disappears. Samples must be sorted by time; non-finite values (NaN gaps, ±Inf)
 * are skipped. Columns split [fromMs, toMs) evenly; samples outside are ignored.
 */
class Downsampler final
{
public:
    Downsampler() = delete;

    [[nodiscard]] static std::vector<ColumnRange> minMaxPerColumn(const Sample *samples, size_t count, qint64 fromMs,
                                                                  qint64 toMs, int columns);
    [[nodiscard]] static std::vector<ColumnRange> minMaxPerColumn(const std::vector<Sample> &samples, qint64 fromMs,
                                                                  qint64 toMs, int columns)
    {
        return minMaxPerColumn(samples.data(), samples.size(), fromMs, toMs, columns);
    }

    /**
     * The query_range step for a chart (PROMETHEUS-NOTES.md): no more points than @p pixelWidth, never
     * more than Prometheus' 11,000 per series, never finer than @p minStepSecs (the scrape interval).
     * Whole seconds, at least 1.
     */
    [[nodiscard]] static qint64 stepForWidth(qint64 rangeSecs, int pixelWidth, qint64 minStepSecs = 1);

    static constexpr qint64 MaxPointsPerSeries = 11000;
};

} // namespace KryNet::Metrics
