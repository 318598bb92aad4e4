#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QWidget>

#include "core/metrics/downsample.h"
#include "core/metrics/metricstypes.h"

namespace KryNet::Ui
{

/// One line of a TimeChart.
struct ChartSeries
{
    QString name;
    std::vector<Metrics::Sample> samples; ///< sorted by time; NaN is a gap
};

/**
 * A time-series chart painted with QPainter (no Qt Charts: 50 series × 30 days must redraw within a
 * frame). Every series is downsampled to min/max/mean per pixel column (Metrics::Downsampler) when the
 * data, the range or the width changes; a paint only draws the cached columns: the min–max extent as a
 * vertical stroke and the mean as a line, broken at gaps.
 *
 * Interaction: the wheel zooms around the pointer, dragging pans, a double click restores the range
 * that was set; each emits rangeChanged() so the owner may fetch finer data. Hovering shows the exact
 * time and each series' min / avg / max in that column.
 */
class TimeChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeChart)

public:
    explicit TimeChart(QWidget *parent = nullptr);
    ~TimeChart() override;

    void setTitle(const QString &title);
    /// "ms", "%", "B", "B/s", "°C" or "" — used for axis labels and the tooltip.
    void setUnit(const QString &unit);
    /// The visible range, unix ms (also the one a double click returns to).
    void setRange(qint64 fromMs, qint64 toMs);
    void setSeries(QList<ChartSeries> series);
    void clear() { setSeries({}); }

    [[nodiscard]] int seriesCount() const { return int(m_series.size()); }
    [[nodiscard]] qint64 fromMs() const { return m_from; }
    [[nodiscard]] qint64 toMs() const { return m_to; }
    /// The tooltip text for a point in widget coordinates (empty outside the plot).
    [[nodiscard]] QString toolTipAt(const QPoint &position) const;
    /// A value with the chart's unit ("42 ms", "1.5 GiB/s").
    [[nodiscard]] QString formatValue(double value) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user zoomed or panned to [fromMs, toMs).
    void rangeChanged(qint64 fromMs, qint64 toMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QRect plotRect() const;
    [[nodiscard]] static QColor seriesColor(int index);
    void rebuild();
    void setView(qint64 fromMs, qint64 toMs, bool user);

    QString m_title;
    QString m_unit;
    QList<ChartSeries> m_series;
    std::vector<std::vector<Metrics::ColumnRange>> m_columns;
    double m_yMin = 0;
    double m_yMax = 1;
    qint64 m_from = 0;
    qint64 m_to = 1;
    qint64 m_homeFrom = 0;
    qint64 m_homeTo = 1;
    bool m_dirty = true;
    int m_dragX = -1;
    qint64 m_dragFrom = 0;
    qint64 m_dragTo = 0;
    int m_hoverColumn = -1;
};

} // namespace KryNet::Ui
