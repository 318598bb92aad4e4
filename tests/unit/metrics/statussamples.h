#pragma once

#include <vector>

#include "core/metrics/availability.h"

namespace KryNet::Test
{

/// Samples every @p step seconds from @p start, statuses from @p pattern ('u' up, 'd' down, 'p' pending,
/// 'm' maintenance, '?' unknown value, '_' no sample at all).
inline std::vector<Metrics::StatusSample> beats(qint64 start, qint64 step, const char *pattern)
{
    std::vector<Metrics::StatusSample> out;
    for (qint64 i = 0; pattern[i]; ++i) {
        Metrics::MonitorStatus s = Metrics::MonitorStatus::Up;
        switch (pattern[i]) {
        case 'd':
            s = Metrics::MonitorStatus::Down;
            break;
        case 'p':
            s = Metrics::MonitorStatus::Pending;
            break;
        case 'm':
            s = Metrics::MonitorStatus::Maintenance;
            break;
        case '?':
            s = Metrics::MonitorStatus::Unknown;
            break;
        case '_':
            continue;
        default:
            break;
        }
        out.push_back({start + i * step, s});
    }
    return out;
}

} // namespace KryNet::Test
