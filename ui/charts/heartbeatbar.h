#pragma once

#include <vector>

#include <QWidget>

#include "core/metrics/metricstypes.h"

namespace KryNet::Ui
{

/**
 * Uptime Kuma's heartbeat bar: one slim bar per time slot, coloured and shaped by the worst status in
 * it (down, pending, maintenance, up; a slot without any beat is drawn hollow: a gap is not "up").
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

    /// Beats (unix seconds) over [fromSecs, toSecs).
    void setBeats(std::vector<Metrics::StatusSample> beats, qint64 fromSecs, qint64 toSecs);
    /// Number of slots at the current width.
    [[nodiscard]] int slotCount() const;
    /// The worst status of slot @p index (Unknown when it has no beat).
    [[nodiscard]] Metrics::MonitorStatus slotStatus(int index) const;

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::vector<Metrics::StatusSample> m_beats;
    qint64 m_from = 0;
    qint64 m_to = 1;
};

} // namespace KryNet::Ui
