#pragma once

#include <vector>

#include <QWidget>

#include "core/metrics/metricstypes.h"
#include "core/metrics/statushistory.h"

namespace KryNet::Ui
{

/**
 * Uptime Kuma's heartbeat bar: one slim bar per time slot, coloured and shaped by the worst status in
 * it (down, pending, maintenance, up; a slot no status run touches is drawn hollow: a gap is not "up").
 * Colours come from HealthStyle so light and dark palettes work; the tooltip names the slot's time
 * and status in words.
 */
class HeartbeatBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeartbeatBar)

public:
    explicit HeartbeatBar(QWidget *parent = nullptr);
    ~HeartbeatBar() override;

    /// Status runs (unix seconds, StatusHistory::runs()) shown over [fromSecs, toSecs).
    void setRuns(std::vector<Metrics::StatusRun> runs, qint64 fromSecs, qint64 toSecs);
    /// Raw beats, folded into runs with their median spacing.
    void setBeats(const std::vector<Metrics::StatusSample> &beats, qint64 fromSecs, qint64 toSecs);
    /// Number of slots at the current width.
    [[nodiscard]] int slotCount() const;
    /// The worst status of slot @p index (Unknown when no run touches it).
    [[nodiscard]] Metrics::MonitorStatus slotStatus(int index) const;

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::vector<Metrics::StatusRun> m_runs;
    qint64 m_from = 0;
    qint64 m_to = 1;
};

} // namespace KryNet::Ui
