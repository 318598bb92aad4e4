#include "app/labsim/labclock.h"

namespace KryNet::LabSim
{

LabClock::LabClock(const QDateTime &epoch, double speed)
    : m_epoch(epoch.toUTC())
    , m_speed(speed < 0 ? 0 : speed)
{
    m_timer.start();
}

QDateTime LabClock::now() const
{
    const auto elapsed = qint64(double(m_timer.elapsed()) * m_speed);
    return m_epoch.addMSecs(elapsed + m_offsetMs);
}

} // namespace KryNet::LabSim
