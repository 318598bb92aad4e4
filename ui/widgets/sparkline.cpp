#include "ui/widgets/sparkline.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>

namespace KryNet::Ui
{

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(80, 20);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<double> &values, double floor, const std::function<QString(double)> &describe)
{
    m_values = values;
    m_floor = floor;
    if (!values.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        const QString text = tr("Last %n sample(s): from %1 to %2, now %3", nullptr, int(values.size()))
                                 .arg(describe(*lo), describe(*hi), describe(values.constLast()));
        setToolTip(text);
        setAccessibleDescription(text);
    }
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    const double top = std::max(m_floor, *std::max_element(m_values.begin(), m_values.end()));
    const double step = area.width() / double(m_values.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const double y = area.bottom() - area.height() * std::clamp(m_values.at(i) / top, 0.0, 1.0);
        const QPointF point(area.left() + step * double(i), y);
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.18f);
    QPainterPath area2 = line;
    area2.lineTo(area.right(), area.bottom());
    area2.lineTo(area.left(), area.bottom());
    area2.closeSubpath();
    p.fillPath(area2, fill);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    p.drawPath(line);
}

} // namespace KryNet::Ui
