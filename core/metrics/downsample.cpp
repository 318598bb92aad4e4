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
    // Walk the samples once, advancing the column at integer boundaries (no division per sample).
    const qint64 span = toMs - fromMs;
    // span × columns stays far below 2^63 for any range a chart shows.
    auto boundary = [&](int column) { return fromMs + span * (column + 1) / columns; };
    int column = 0;
    qint64 next = boundary(0);
    ColumnRange *c = &out[0];
    for (; it != end && it->tMs < toMs; ++it) {
        while (it->tMs >= next && column < columns - 1) {
            ++column;
            next = boundary(column);
            c = &out[size_t(column)];
        }
        const double v = it->value;
        if (!std::isfinite(v)) {
            ++c->missing;
            continue;
        }
        if (c->count == 0) {
            c->min = v;
            c->max = v;
        } else {
            c->min = v < c->min ? v : c->min;
            c->max = v > c->max ? v : c->max;
        }
        c->sum += v;
        ++c->count;
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
