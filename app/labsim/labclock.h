#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace KryNet::LabSim
{

/**
 * The simulated lab's clock: starts at an epoch and runs at `speed` times real time (0 freezes it).
 * Tests freeze it and move it with advance(), so everything the lab says is repeatable for a seed.
 */
class LabClock final
{
public:
    LabClock(const QDateTime &epoch, double speed);

    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    [[nodiscard]] double speed() const { return m_speed; }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }

private:
    QDateTime m_epoch;
    double m_speed;
    qint64 m_offsetMs = 0;
    QElapsedTimer m_timer;
};

} // namespace KryNet::LabSim
