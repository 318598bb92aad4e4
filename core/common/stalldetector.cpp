#include "core/common/stalldetector.h"

#include <algorithm>

namespace KryNet
{

StallDetector::StallDetector(QObject *parent, int intervalMs)
    : QObject(parent)
    , m_intervalMs(qMax(1, intervalMs))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallDetector::tick);
}

void StallDetector::start()
{
    m_clock.start();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallDetector::stop()
{
    m_timer.stop();
    m_lastTickNs = -1;
}

void StallDetector::reset()
{
    m_longestMs = 0;
    m_stalls.clear();
    if (m_lastTickNs >= 0)
        m_lastTickNs = m_clock.nsecsElapsed();
}

int StallDetector::stallsOver(double thresholdMs) const
{
    return int(std::count_if(m_stalls.cbegin(), m_stalls.cend(), [thresholdMs](double s) { return s > thresholdMs; }));
}

void StallDetector::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastTickNs >= 0) {
        const double lateMs = double(now - m_lastTickNs) / 1e6 - m_intervalMs;
        // Timer jitter of a millisecond or two is not a stall.
        if (lateMs > 2.0) {
            m_stalls.append(lateMs);
            m_longestMs = qMax(m_longestMs, lateMs);
        }
    }
    m_lastTickNs = now;
}

} // namespace KryNet
