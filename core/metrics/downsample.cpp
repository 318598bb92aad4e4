#include "core/metrics/downsample.h"

#include <algorithm>
#include <cmath>

namespace KryNet::Metrics
{

std::vector<ColumnRange> Downsampler::minMaxPerColumn(const Sample *samples, size_t count, qint64 fromMs, qint64 toMs,
                                                      int columns)
{
    std::vector<ColumnRange> out(size_t(std::max(columns, 0)));
    if (columns <= 0 || toMs <= fromMs || count == 0)
        return out;
    const Sample *end = samples + count;
    const Sample *it = std::lower_bound(samples, end, fromMs, [](const Sample &s, qint64 t) { return s.tMs < t; });
    const double span = double(toMs - fromMs);
    const double perMs = double(columns) / span;
    for (; it != end && it->tMs < toMs; ++it) {
        const double v = it->value;
        if (!std::isfinite(v))
            continue;
        int column = int(double(it->tMs - fromMs) * perMs);
        column = std::min(column, columns - 1);
        ColumnRange &c = out[size_t(column)];
        if (c.count == 0) {
            c.min = v;
            c.max = v;
        } else {
            c.min = std::min(c.min, v);
            c.max = std::max(c.max, v);
        }
        c.sum += v;
        ++c.count;
    }
    return out;
}

qint64 Downsampler::stepForWidth(qint64 rangeSecs, int pixelWidth, qint64 minStepSecs)
{
    const qint64 width = std::max(1, pixelWidth);
    const qint64 range = std::max<qint64>(1, rangeSecs);
    qint64 step = (range + width - 1) / width;
    // (end - start) / step must stay ≤ 11,000.
    step = std::max(step, (range + MaxPointsPerSeries - 1) / MaxPointsPerSeries);
    return std::max({step, minStepSecs, qint64(1)});
}

} // namespace KryNet::Metrics
