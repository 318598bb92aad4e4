#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace KryNet
{

/**
 * Measures how long the thread it lives on fails to run its event loop (DESIGN.md §5: "no GUI-thread
 * stall > 50 ms"). A precise timer fires every interval; any extra delay between two ticks is a stall.
 * Cheap enough to leave running during a benchmark; never enabled in normal use.
 */
class StallDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallDetector)

public:
    explicit StallDetector(QObject *parent = nullptr, int intervalMs = 5);

    void start();
    void stop();
    /// Forgets the longest stall seen so far (e.g. between benchmark phases).
    void reset();

    /// The longest time the event loop was late, in milliseconds (0 when it never was).
    [[nodiscard]] double longestStallMs() const { return m_longestMs; }
    /// Stalls longer than @p thresholdMs seen since the last reset.
    [[nodiscard]] int stallsOver(double thresholdMs) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = -1;
    int m_intervalMs;
    double m_longestMs = 0;
    QList<double> m_stalls;
};

} // namespace KryNet
