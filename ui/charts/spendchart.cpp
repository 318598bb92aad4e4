#include "ui/charts/spendchart.h"

#include <cmath>

#include <QLocale>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

/// A "nice" axis maximum ≥ @p value: 1, 2 or 5 × 10^n.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QString dollars(double value)
{
    return u"$"_s + QLocale().toString(value, 'f', value < 10 ? 2 : 0);
}

} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"llmSpendChart"_s);
    setAccessibleName(tr("Spend per day"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SpendChart::setSeries(const Llm::SpendSeries &series)
{
    m_series = series;
    QStringList totals;
    for (const auto &s : m_series.series)
        totals << tr("%1: %2").arg(s.label, dollars(s.total));
    setAccessibleDescription(
        tr("Total %1 over %n day(s). ", nullptr, int(m_series.days.size())).arg(dollars(m_series.total)) +
        totals.join(u"; "_s));
    update();
}

void SpendChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QSize SpendChart::sizeHint() const
{
    return {640, 280};
}

QSize SpendChart::minimumSizeHint() const
{
    return {240, 160};
}

QColor SpendChart::colorOf(qsizetype index) const
{
    // Distinguishable hues; the legend names each, so colour is never the only cue.
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                     QColor(0x7f, 0x7f, 0x7f), QColor(0x17, 0xbe, 0xcf)};
    return palette[index % qsizetype(std::size(palette))];
}

void SpendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const int pad = 8;
    if (m_series.series.isEmpty() || m_series.total <= 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(pad, pad, -pad, -pad), Qt::AlignCenter | Qt::TextWordWrap,
                   m_emptyText.isEmpty() ? tr("No spend in this period") : m_emptyText);
        return;
    }

    // Legend on the right: a swatch, the label and its total.
    int legendWidth = 0;
    for (const auto &s : m_series.series)
        legendWidth = std::max(legendWidth, fm.horizontalAdvance(s.label + u"  "_s + dollars(s.total)));
    legendWidth = std::min(legendWidth + fm.height() + pad, width() / 3);
    const double axisMax = niceCeiling(m_series.maxDayTotal());
    const int axisWidth = fm.horizontalAdvance(dollars(axisMax)) + pad;
    const QRect plot(axisWidth + pad, pad + fm.height() / 2, width() - axisWidth - legendWidth - 3 * pad,
                     height() - 2 * pad - fm.height() * 2);
    if (plot.width() < 20 || plot.height() < 20)
        return;

    // Grid and axis labels: 0, half, max.
    p.setPen(pal.color(QPalette::Mid));
    for (int i = 0; i <= 2; ++i) {
        const int y = plot.bottom() - plot.height() * i / 2;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y - fm.height() / 2, axisWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   dollars(axisMax * i / 2));
        p.setPen(pal.color(QPalette::Mid));
    }

    // One stacked bar per day.
    const qsizetype dayCount = m_series.days.size();
    const double slot = double(plot.width()) / double(std::max<qsizetype>(1, dayCount));
    const int barWidth = std::max(1, int(slot * 0.75));
    for (qsizetype day = 0; day < dayCount; ++day) {
        const int x = plot.left() + int(slot * double(day) + (slot - barWidth) / 2);
        double stacked = 0;
        for (qsizetype i = 0; i < m_series.series.size(); ++i) {
            const double value = m_series.series[i].values.value(day);
            if (value <= 0)
                continue;
            const int top = plot.bottom() - int(std::lround((stacked + value) / axisMax * plot.height()));
            const int bottom = plot.bottom() - int(std::lround(stacked / axisMax * plot.height()));
            p.fillRect(QRect(x, top, barWidth, std::max(1, bottom - top)), colorOf(i));
            stacked += value;
        }
    }

    // Date labels: first, middle and last day.
    p.setPen(pal.color(QPalette::Text));
    const QLocale locale;
    for (const qsizetype day : {qsizetype(0), dayCount / 2, dayCount - 1}) {
        if (day < 0 || day >= dayCount)
            continue;
        const QString text = locale.toString(m_series.days[day], QLocale::ShortFormat);
        const int center = plot.left() + int(slot * (double(day) + 0.5));
        const int w = fm.horizontalAdvance(text);
        const int x = std::clamp(center - w / 2, plot.left(), plot.right() - w);
        p.drawText(QRect(x, plot.bottom() + 4, w, fm.height()), Qt::AlignCenter, text);
    }

    // Legend.
    int y = plot.top();
    const int lx = plot.right() + 2 * pad;
    for (qsizetype i = 0; i < m_series.series.size(); ++i) {
        const auto &s = m_series.series[i];
        p.fillRect(QRect(lx, y + 2, fm.height() - 4, fm.height() - 4), colorOf(i));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(lx + fm.height(), y, width() - lx - fm.height(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(s.label + u"  "_s + dollars(s.total), Qt::ElideMiddle, width() - lx - fm.height()));
        y += fm.height() + 4;
    }
}

} // namespace KryNet::Ui
