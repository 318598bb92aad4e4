#pragma once

#include <vector>

#include <QImage>
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
 * data, the range or the width changes. With up to eight series, each is a translucent band through
 * every column's min and max (one polyline; a column narrower than a pixel is one point, no sub-pixel
 * strokes) and its mean as a line over it. With more, each series is one connected line through its
 * columns' min–max extents, written straight into the picture's pixels from the top series down so a
 * pixel is written once however many series overlap (50 series cost about the plot's area). Lines
 * break at gaps. The finished picture is kept until something in it changes, so hovering and exposing
 * only copy it and draw the cursor.
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
    /// The visible range, unix ms (also the one a double click returns to). With @p keepZoom, a view the
    /// user zoomed or panned stays as it is and only the range a double click returns to changes.
    void setRange(qint64 fromMs, qint64 toMs, bool keepZoom = false);
    void setSeries(QList<ChartSeries> series);
    void clear() { setSeries({}); }

    [[nodiscard]] int seriesCount() const { return int(m_series.size()); }
    /// The series as set (for tests: how fine the data behind a zoomed view is).
    [[nodiscard]] const QList<ChartSeries> &series() const { return m_series; }
    [[nodiscard]] qint64 fromMs() const { return m_from; }
    [[nodiscard]] qint64 toMs() const { return m_to; }
    /// The range set with setRange() (a double click returns to it).
    [[nodiscard]] qint64 homeFromMs() const { return m_homeFrom; }
    [[nodiscard]] qint64 homeToMs() const { return m_homeTo; }
    /// True while the user's zoom or pan shows something else than the range set.
    [[nodiscard]] bool isZoomed() const { return m_from != m_homeFrom || m_to != m_homeTo; }
    /// Width of the plot in pixels: one downsampled column per pixel.
    [[nodiscard]] int plotWidth() const;
    /// Zooms by @p steps wheel notches (positive: in) around @p anchor (0 left … 1 right of the plot),
    /// as the wheel does.
    void zoom(double steps, double anchor = 0.5);
    /// Moves the view by @p pixels (positive: later), as dragging does.
    void pan(int pixels);
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
    void renderFrame();
    void drawBands(QPainter &p, const QRect &plot) const;
    void drawEnvelopes(const QRect &plot);
    void setView(qint64 fromMs, qint64 toMs, bool user);
    void invalidateFrame();

    QString m_title;
    QString m_unit;
    QList<ChartSeries> m_series;
    std::vector<std::vector<Metrics::ColumnRange>> m_columns;
    std::vector<int> m_bridge; ///< per series: empty columns a line crosses (see bridgeColumns())
    double m_yMin = 0;
    double m_yMax = 1;
    qint64 m_from = 0;
    qint64 m_to = 1;
    qint64 m_homeFrom = 0;
    qint64 m_homeTo = 1;
    bool m_dirty = true;
    QImage m_frame; ///< everything but the hover cursor, at the device pixel ratio
    bool m_frameDirty = true;
    int m_dragX = -1;
    qint64 m_dragFrom = 0;
    qint64 m_dragTo = 0;
    int m_hoverColumn = -1;
};

} // namespace KryNet::Ui
