#include "ui/charts/timechart.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include "core/common/displaytext.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

constexpr int LeftMargin = 64;
constexpr int RightMargin = 12;
constexpr int TopMargin = 24;
constexpr int BottomMargin = 22;
constexpr qint64 MinSpanMs = 60 * 1000;
/// Up to this many series each get a translucent min–max band and a mean line; more would be a blur.
constexpr size_t BandSeries = 8;

/// 1, 2 or 5 × 10^n: a tick step that gives about @p ticks ticks over @p span.
double niceStep(double span, int ticks)
{
    if (span <= 0 || !std::isfinite(span))
        return 1;
    const double raw = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    return (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
}

/**
 * How many empty columns in a row a line crosses: with a step close to a column's width some columns
 * get no sample at all, which is not a gap in the data. Up to twice the series' usual spacing is
 * bridged; NaN samples (the source's own gaps) always break the line.
 */
int bridgeColumns(const std::vector<Metrics::Sample> &samples, double msPerColumn)
{
    if (samples.size() < 3 || msPerColumn <= 0)
        return 0;
    std::vector<qint64> deltas;
    const size_t stride = std::max<size_t>(1, samples.size() / 64);
    for (size_t i = stride; i < samples.size(); i += stride)
        deltas.push_back(samples[i].tMs - samples[i - 1].tMs);
    auto middle = deltas.begin() + std::ptrdiff_t(deltas.size() / 2);
    std::nth_element(deltas.begin(), middle, deltas.end());
    return int(std::clamp(std::ceil(2.0 * double(*middle) / msPerColumn), 0.0, 64.0));
}

/// Follows a series' columns: whether the line breaks before the next column that has data.
class LineBreaks
{
public:
    explicit LineBreaks(int bridge)
        : m_bridge(bridge)
    {}
    /// Call for each empty column.
    void empty(const Metrics::ColumnRange &column)
    {
        ++m_run;
        m_gap = m_gap || column.missing > 0;
    }
    /// Call for each column with data: true when the line must break before it.
    bool breaksBefore()
    {
        const bool breaks = m_run > 0 && (m_gap || m_run > m_bridge);
        m_run = 0;
        m_gap = false;
        return breaks;
    }

private:
    int m_bridge;
    int m_run = 0;
    bool m_gap = false;
};

} // namespace

TimeChart::TimeChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setRange(now - 3600 * 1000, now);
}

TimeChart::~TimeChart() = default;

QSize TimeChart::sizeHint() const
{
    return {640, 220};
}

QSize TimeChart::minimumSizeHint() const
{
    return {240, 120};
}

void TimeChart::setTitle(const QString &title)
{
    m_title = DisplayText::text(title); // names a monitor or a host, which come from the server
    setAccessibleName(m_title);
    invalidateFrame();
}

void TimeChart::setUnit(const QString &unit)
{
    m_unit = unit;
    m_dirty = true; // the y axis starts at zero for some units
    invalidateFrame();
}

void TimeChart::setRange(qint64 fromMs, qint64 toMs, bool keepZoom)
{
    const bool zoomed = isZoomed();
    m_homeFrom = fromMs;
    m_homeTo = std::max(toMs, fromMs + MinSpanMs);
    if (!keepZoom || !zoomed)
        setView(m_homeFrom, m_homeTo, false);
}

void TimeChart::setSeries(QList<ChartSeries> series)
{
    m_series = std::move(series);
    m_columns.clear(); // rebuilt at the next paint
    m_dirty = true;
    invalidateFrame();
}

void TimeChart::setView(qint64 fromMs, qint64 toMs, bool user)
{
    if (toMs - fromMs < MinSpanMs)
        toMs = fromMs + MinSpanMs;
    if (fromMs == m_from && toMs == m_to)
        return;
    m_from = fromMs;
    m_to = toMs;
    m_dirty = true;
    invalidateFrame();
    if (user)
        Q_EMIT rangeChanged(m_from, m_to);
}

QRect TimeChart::plotRect() const
{
    return rect().adjusted(LeftMargin, TopMargin, -RightMargin, -BottomMargin);
}

int TimeChart::plotWidth() const
{
    return std::max(1, plotRect().width());
}

void TimeChart::invalidateFrame()
{
    m_frameDirty = true;
    update();
}

QColor TimeChart::seriesColor(int index)
{
    // Golden-angle hues: neighbours differ even with 50 series; value kept readable on light and dark.
    return QColor::fromHsv(int(std::fmod(200.0 + index * 137.508, 360.0)), 190, 210);
}

void TimeChart::rebuild()
{
    m_dirty = false;
    const int columns = std::max(1, plotRect().width());
    m_columns.clear();
    m_columns.reserve(size_t(m_series.size()));
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    m_bridge.clear();
    const double msPerColumn = double(m_to - m_from) / columns;
    for (const ChartSeries &s : std::as_const(m_series)) {
        m_columns.push_back(Metrics::Downsampler::minMaxPerColumn(s.samples, m_from, m_to, columns));
        m_bridge.push_back(bridgeColumns(s.samples, msPerColumn));
        for (const Metrics::ColumnRange &c : m_columns.back()) {
            if (c.count > 0) {
                lo = std::min(lo, c.min);
                hi = std::max(hi, c.max);
            }
        }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    // Percentages and durations read best from zero.
    if (lo > 0 && (m_unit == u"%"_s || m_unit == u"ms"_s || m_unit.startsWith(u'B') || lo < hi * 0.5))
        lo = 0;
    if (hi - lo < 1e-9)
        hi = lo + (std::abs(lo) > 0 ? std::abs(lo) * 0.1 : 1);
    const double step = niceStep(hi - lo, 4);
    m_yMin = std::floor(lo / step) * step;
    m_yMax = std::ceil(hi / step) * step;
}

QString TimeChart::formatValue(double value) const
{
    if (!std::isfinite(value))
        return tr("no data");
    if (m_unit.startsWith(u'B')) {
        static const char *const units[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
        int i = 0;
        double v = std::abs(value);
        while (v >= 1024 && i < 5) {
            v /= 1024;
            ++i;
        }
        const QString suffix = QString::fromLatin1(units[i]) + m_unit;
        return QLocale().toString(value < 0 ? -v : v, 'f', v < 10 && i > 0 ? 1 : 0) + u' ' + suffix;
    }
    const int decimals = std::abs(value) >= 100 || m_unit == u"ms"_s ? 0 : std::abs(value) >= 10 ? 1 : 2;
    const QString number = QLocale().toString(value, 'f', decimals);
    return m_unit.isEmpty() ? number : number + u' ' + m_unit;
}

void TimeChart::paintEvent(QPaintEvent *)
{
    if (m_dirty)
        rebuild();
    const qreal ratio = devicePixelRatioF();
    if (m_frameDirty || m_frame.size() != size() * ratio || m_frame.devicePixelRatio() != ratio)
        renderFrame();
    QPainter p(this);
    p.drawImage(QPoint(0, 0), m_frame);
    const QRect plot = plotRect();
    if (m_hoverColumn >= 0 && m_hoverColumn < plot.width()) {
        QColor cursor = palette().color(QPalette::Highlight);
        p.setPen(QPen(cursor, 1, Qt::DashLine));
        p.drawLine(plot.left() + m_hoverColumn, plot.top(), plot.left() + m_hoverColumn, plot.bottom());
    }
}

void TimeChart::renderFrame()
{
    m_frameDirty = false;
    const qreal ratio = devicePixelRatioF();
    if (m_frame.size() != size() * ratio)
        m_frame = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_frame.setDevicePixelRatio(ratio);
    QPainter p(&m_frame);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRect plot = plotRect();
    const QColor textColor = pal.color(QPalette::Text);
    QColor gridColor = pal.color(QPalette::Mid);
    gridColor.setAlpha(90);

    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(textColor);
        p.drawText(QRect(LeftMargin, 2, width() - LeftMargin, TopMargin - 4), Qt::AlignLeft | Qt::AlignVCenter,
                   m_title);
        p.setFont(font());
    }

    // Y grid and labels.
    const double yStep = niceStep(m_yMax - m_yMin, 4);
    const double ySpan = m_yMax - m_yMin;
    auto yOf = [&](double v) { return plot.bottom() - (v - m_yMin) / ySpan * plot.height(); };
    p.setPen(gridColor);
    for (double v = m_yMin; v <= m_yMax + yStep * 0.01; v += yStep) {
        const int y = int(std::lround(yOf(v)));
        p.setPen(gridColor);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(textColor);
        p.drawText(QRect(0, y - 8, LeftMargin - 6, 16), Qt::AlignRight | Qt::AlignVCenter, formatValue(v));
    }

    // X labels: about one every 110 px.
    const qint64 span = m_to - m_from;
    const qint64 steps[] = {60000,          300000,          900000,         1800000,  3600000,
                            3 * 3600000,    6 * 3600000,     12 * 3600000,   86400000, 2 * 86400000LL,
                            7 * 86400000LL, 14 * 86400000LL, 30 * 86400000LL};
    qint64 xStep = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(s) / double(span) * plot.width() >= 110) {
            xStep = s;
            break;
        }
    }
    const QString format = xStep >= 86400000
                               ? QLocale().dateFormat(QLocale::ShortFormat).remove(u"yyyy"_s).remove(u"yy"_s)
                               : QLocale().timeFormat(QLocale::ShortFormat);
    const qint64 offset = QDateTime::currentDateTime().offsetFromUtc() * 1000LL;
    for (qint64 t = ((m_from + offset) / xStep + 1) * xStep - offset; t < m_to; t += xStep) {
        const int x = plot.left() + int(double(t - m_from) / double(span) * plot.width());
        p.setPen(gridColor);
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.setPen(textColor);
        QString label = QDateTime::fromMSecsSinceEpoch(t).toString(format).trimmed();
        while (label.endsWith(u'.') || label.endsWith(u'/') || label.endsWith(u'-'))
            label.chop(1);
        p.drawText(QRect(x - 50, plot.bottom() + 3, 100, BottomMargin - 4), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(plot.adjusted(0, 0, -1, -1));

    if (m_series.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No data in this range"));
        return;
    }

    if (m_columns.size() <= BandSeries) {
        p.setClipRect(plot);
        drawBands(p, plot);
        return;
    }
    p.end();
    drawEnvelopes(plot);
}

void TimeChart::drawEnvelopes(const QRect &plot)
{
    // Straight into the picture's pixels, top series first: a pixel another series already covers is
    // never written again, so the work is bounded by the plot's area however many series overlap.
    const qreal ratio = m_frame.devicePixelRatio();
    const int left = int(std::lround(plot.left() * ratio));
    const int top = int(std::lround(plot.top() * ratio));
    const int width = std::min(int(std::lround(plot.width() * ratio)), m_frame.width() - left);
    const int height = std::min(int(std::lround(plot.height() * ratio)), m_frame.height() - top);
    if (width <= 0 || height <= 0 || m_frame.format() != QImage::Format_ARGB32_Premultiplied)
        return;
    const int words = (height + 63) / 64;
    std::vector<quint64> covered(size_t(width) * size_t(words), 0);
    uchar *bits = m_frame.bits();
    const qsizetype stride = m_frame.bytesPerLine();
    const double scale = double(plot.height()) * ratio / (m_yMax - m_yMin);
    auto rowOf = [&](double v) {
        const double y = double(height) - (v - m_yMin) * scale;
        return std::clamp(int(std::floor(y)), 0, height - 1);
    };
    auto fill = [&](int x, int from, int to, QRgb color) {
        quint64 *column = covered.data() + size_t(x) * size_t(words);
        auto *pixels = reinterpret_cast<QRgb *>(bits + top * stride) + left + x;
        for (int w = from / 64; w <= to / 64; ++w) {
            const int a = std::max(from, w * 64) - w * 64;
            const int b = std::min(to, w * 64 + 63) - w * 64;
            const quint64 mask = (b == 63 ? ~quint64(0) : (quint64(1) << (b + 1)) - 1) & ~((quint64(1) << a) - 1);
            quint64 fresh = mask & ~column[w];
            column[w] |= mask;
            while (fresh) {
                const int y = w * 64 + std::countr_zero(fresh);
                *reinterpret_cast<QRgb *>(reinterpret_cast<uchar *>(pixels) + y * stride) = color;
                fresh &= fresh - 1;
            }
        }
    };
    for (size_t i = m_columns.size(); i-- > 0;) {
        const QRgb color = seriesColor(int(i)).rgba(); // opaque: premultiplied is the same
        const auto &columns = m_columns[i];
        int previous = -1; // the previous column's mean row; -1 after a gap
        LineBreaks breaks(m_bridge[i]);
        for (size_t c = 0; c < columns.size(); ++c) {
            const Metrics::ColumnRange &col = columns[c];
            if (col.count == 0) {
                breaks.empty(col);
                continue;
            }
            if (breaks.breaksBefore())
                previous = -1;
            // The column's min–max, stretched to the previous column's mean: one connected line.
            int high = rowOf(col.max);
            int low = rowOf(col.min);
            if (previous >= 0) {
                high = std::min(high, previous);
                low = std::max(low, previous);
            }
            previous = rowOf(col.mean());
            const int x0 = int(std::floor(double(c) * ratio));
            const int x1 = std::min(width, std::max(x0 + 1, int(std::floor(double(c + 1) * ratio))));
            for (int x = x0; x < x1; ++x)
                fill(x, high, low, color);
        }
    }
}

void TimeChart::drawBands(QPainter &p, const QRect &plot) const
{
    const double ySpan = m_yMax - m_yMin;
    auto yOf = [&](double v) { return plot.bottom() - (v - m_yMin) / ySpan * plot.height(); };
    std::vector<QPointF> envelope;
    std::vector<QPointF> means;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const auto &columns = m_columns[i];
        const QColor color = seriesColor(int(i));
        QColor band = color;
        band.setAlpha(110);
        envelope.clear();
        means.clear();
        auto flush = [&] {
            p.setPen(QPen(band, 1));
            if (envelope.size() > 1)
                p.drawPolyline(envelope.data(), int(envelope.size()));
            p.setPen(QPen(color, 1));
            if (means.size() > 1)
                p.drawPolyline(means.data(), int(means.size()));
            else if (means.size() == 1)
                p.drawPoint(means.front());
            envelope.clear();
            means.clear();
        };
        LineBreaks breaks(m_bridge[i]);
        for (size_t c = 0; c < columns.size(); ++c) {
            const Metrics::ColumnRange &col = columns[c];
            if (col.count == 0) {
                breaks.empty(col);
                continue;
            }
            if (breaks.breaksBefore())
                flush();
            const double x = plot.left() + double(c) + 0.5;
            const double top = yOf(col.max);
            const double bottom = yOf(col.min);
            const double mean = yOf(col.mean());
            means.emplace_back(x, mean);
            if (bottom - top < 1.0) {
                envelope.emplace_back(x, mean); // narrower than a pixel: no stroke
                continue;
            }
            // Enter the column at the end nearer to where the line comes from.
            const bool fromAbove = !envelope.empty() && envelope.back().y() < (top + bottom) / 2;
            envelope.emplace_back(x, fromAbove ? top : bottom);
            envelope.emplace_back(x, fromAbove ? bottom : top);
        }
        flush();
    }
}

QString TimeChart::toolTipAt(const QPoint &position) const
{
    const QRect plot = plotRect();
    if (!plot.contains(position) || m_columns.empty() || m_columns.size() != size_t(m_series.size()))
        return {};
    const int column = position.x() - plot.left();
    const double msPerColumn = double(m_to - m_from) / std::max(1, plot.width());
    const qint64 t0 = m_from + qint64(column * msPerColumn);
    const qint64 t1 = m_from + qint64((column + 1) * msPerColumn);
    QStringList lines;
    lines.append(QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0), QLocale::ShortFormat) +
                 (t1 - t0 >= 120000
                      ? u" – "_s + QLocale().toString(QDateTime::fromMSecsSinceEpoch(t1).time(), QLocale::ShortFormat)
                      : QString()));
    int shown = 0;
    for (size_t i = 0; i < m_columns.size() && shown < 12; ++i) {
        if (size_t(column) >= m_columns[i].size())
            continue;
        const Metrics::ColumnRange &c = m_columns[i][size_t(column)];
        if (c.count == 0)
            continue;
        ++shown;
        const QString name = DisplayText::name(m_series.at(qsizetype(i)).name);
        if (c.count == 1)
            lines.append(tr("%1: %2").arg(name, formatValue(c.min)));
        else
            lines.append(tr("%1: min %2 · avg %3 · max %4")
                             .arg(name, formatValue(c.min), formatValue(c.mean()), formatValue(c.max)));
    }
    if (shown == 0)
        lines.append(tr("no data"));
    return lines.join(u'\n');
}

void TimeChart::resizeEvent(QResizeEvent *)
{
    m_dirty = true;
    m_frameDirty = true;
}

void TimeChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange)
        invalidateFrame();
    QWidget::changeEvent(event);
}

void TimeChart::zoom(double steps, double anchor)
{
    if (steps == 0)
        return;
    const double factor = std::pow(0.8, steps);
    anchor = std::clamp(anchor, 0.0, 1.0);
    const double span = double(m_to - m_from);
    const double newSpan = std::clamp(span * factor, double(MinSpanMs), double(m_homeTo - m_homeFrom) * 4);
    const qint64 anchorT = m_from + qint64(anchor * span);
    const qint64 from = anchorT - qint64(anchor * newSpan);
    setView(from, from + qint64(newSpan), true);
}

void TimeChart::pan(int pixels)
{
    const double msPerPixel = double(m_to - m_from) / plotWidth();
    const qint64 shift = qint64(pixels * msPerPixel);
    setView(m_from + shift, m_to + shift, true);
}

void TimeChart::wheelEvent(QWheelEvent *event)
{
    const QRect plot = plotRect();
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || plot.width() <= 0)
        return;
    zoom(steps, double(event->position().x() - plot.left()) / plot.width());
    event->accept();
}

void TimeChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragX = int(event->position().x());
        m_dragFrom = m_from;
        m_dragTo = m_to;
        setCursor(Qt::ClosedHandCursor);
    }
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    const QRect plot = plotRect();
    if (m_dragX >= 0 && plot.width() > 0) {
        const double msPerPixel = double(m_dragTo - m_dragFrom) / plot.width();
        const qint64 shift = qint64((m_dragX - event->position().x()) * msPerPixel);
        setView(m_dragFrom + shift, m_dragTo + shift, true);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int column = plot.contains(pos) ? pos.x() - plot.left() : -1;
    if (column != m_hoverColumn) {
        m_hoverColumn = column;
        update();
    }
    const QString tip = toolTipAt(pos);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void TimeChart::mouseReleaseEvent(QMouseEvent *)
{
    m_dragX = -1;
    unsetCursor();
}

void TimeChart::mouseDoubleClickEvent(QMouseEvent *)
{
    setView(m_homeFrom, m_homeTo, true);
}

void TimeChart::leaveEvent(QEvent *)
{
    m_hoverColumn = -1;
    update(); // the cursor only: the frame stays
}

} // namespace KryNet::Ui
