#include "ui/panels/scrubs/scrubcalendar.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include "core/common/displaytext.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{
constexpr int LabelWidth = 140;
constexpr int HeaderHeight = 34;
constexpr int LaneHeight = 46;
} // namespace

ScrubCalendar::ScrubCalendar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"scrubCalendar"_s);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setFocusPolicy(Qt::StrongFocus);
}

void ScrubCalendar::setPlan(const Zfs::ScrubPlan &plan, const QStringList &pools, const QDateTime &now)
{
    m_plan = plan;
    m_pools = pools;
    m_now = now;
    m_dragIndex = -1;
    updateGeometry();
    update();
}

void ScrubCalendar::setView(View view)
{
    m_view = view;
    update();
}

void ScrubCalendar::setStart(const QDate &day)
{
    m_start = day;
    update();
}

QDateTime ScrubCalendar::windowStart() const
{
    return QDateTime(m_start, QTime(0, 0), m_plan.zone.isValid() ? m_plan.zone : QTimeZone::utc());
}

QDateTime ScrubCalendar::windowEnd() const
{
    return QDateTime(m_start.addDays(days()), QTime(0, 0), m_plan.zone.isValid() ? m_plan.zone : QTimeZone::utc());
}

int ScrubCalendar::dayWidth() const
{
    return std::max(8, (width() - LabelWidth - 4) / days());
}

QSize ScrubCalendar::sizeHint() const
{
    return {LabelWidth + 7 * 120, HeaderHeight + LaneHeight * int(std::max<qsizetype>(1, m_pools.size())) + 8};
}

QSize ScrubCalendar::minimumSizeHint() const
{
    return {LabelWidth + 7 * 40, HeaderHeight + LaneHeight * int(std::max<qsizetype>(1, m_pools.size())) + 8};
}

double ScrubCalendar::xFor(const QDateTime &at) const
{
    const QTimeZone zone = m_plan.zone.isValid() ? m_plan.zone : QTimeZone::utc();
    const QDateTime local = at.toTimeZone(zone);
    const qint64 day = m_start.daysTo(local.date());
    const double fraction = double(local.time().msecsSinceStartOfDay()) / 86400000.0;
    return LabelWidth + (double(day) + fraction) * dayWidth();
}

QDateTime ScrubCalendar::timeAt(double x) const
{
    const double d = (x - LabelWidth) / dayWidth();
    const int day = int(std::floor(d));
    const int msecs = int((d - day) * 86400000.0);
    return QDateTime(m_start.addDays(day), QTime::fromMSecsSinceStartOfDay(std::clamp(msecs, 0, 86399999)),
                     m_plan.zone.isValid() ? m_plan.zone : QTimeZone::utc());
}

QRect ScrubCalendar::runRect(int index) const
{
    if (index < 0 || index >= m_plan.runs.size())
        return {};
    const Zfs::PlannedRun &run = m_plan.runs.at(index);
    const qsizetype lane = m_pools.indexOf(run.pool);
    if (lane < 0 || run.start >= windowEnd() || run.end < windowStart())
        return {};
    const int x0 = int(xFor(run.start));
    const int x1 = std::max(x0 + 6, int(xFor(run.estimated ? run.end : run.start)));
    const int y = HeaderHeight + int(lane) * LaneHeight + 6;
    return QRect(QPoint(std::max(x0, LabelWidth), y), QPoint(std::min(x1, width() - 2), y + LaneHeight - 12));
}

int ScrubCalendar::runAt(const QPoint &pos) const
{
    // Real runs are on top of ghosts: look for them first.
    for (const bool skipped : {false, true}) {
        for (int i = 0; i < m_plan.runs.size(); ++i) {
            if (m_plan.runs.at(i).skipped == skipped && runRect(i).adjusted(-2, 0, 2, 0).contains(pos))
                return i;
        }
    }
    return -1;
}

QDateTime ScrubCalendar::snapped(const QDateTime &start, int dx) const
{
    const double secondsPerPixel = 86400.0 / dayWidth();
    if (m_view == View::Month) {
        const int daysMoved = int(std::lround(double(dx) / dayWidth()));
        const QDateTime local = start.toTimeZone(m_plan.zone);
        return QDateTime(local.date().addDays(daysMoved), local.time(), m_plan.zone);
    }
    const qint64 secs = qint64(std::lround(dx * secondsPerPixel / 900.0)) * 900;
    const QDateTime local = start.toTimeZone(m_plan.zone);
    // Move in wall-clock time so a drag across a DST change keeps the time the user sees.
    const QDateTime wall(local.date(), local.time(), QTimeZone::utc());
    const QDateTime moved = wall.addSecs(secs);
    return QDateTime(moved.date(), moved.time(), m_plan.zone);
}

void ScrubCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.base());
    const int dw = dayWidth();
    const int lanesBottom = HeaderHeight + int(m_pools.size()) * LaneHeight;

    // Day columns and header.
    for (int d = 0; d < days(); ++d) {
        const QDate day = m_start.addDays(d);
        const QRect column(LabelWidth + d * dw, 0, dw, lanesBottom);
        if (day.dayOfWeek() >= 6)
            p.fillRect(column.adjusted(0, HeaderHeight, 0, 0), pal.alternateBase());
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(column.topLeft(), column.bottomLeft());
        p.setPen(pal.color(QPalette::Text));
        const QString label = m_view == View::Week ? QLocale().toString(day, u"ddd d MMM"_s)
                                                   : (day.day() == 1 || d == 0 ? QLocale().toString(day, u"d MMM"_s)
                                                                               : QString::number(day.day()));
        p.drawText(QRect(column.x() + 2, 2, dw - 4, HeaderHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    // Lanes.
    for (int l = 0; l < m_pools.size(); ++l) {
        const int y = HeaderHeight + l * LaneHeight;
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(0, y, width(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(6, y, LabelWidth - 10, LaneHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   DisplayText::name(m_pools.at(l)));
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, lanesBottom, width(), lanesBottom);

    // Runs: ghosts first, then real runs.
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor warn = HealthStyle::color(Health::Warning, pal);
    const QIcon warnIcon = HealthStyle::icon(Health::Warning);
    for (const bool skipped : {true, false}) {
        for (int i = 0; i < m_plan.runs.size(); ++i) {
            const Zfs::PlannedRun &run = m_plan.runs.at(i);
            if (run.skipped != skipped)
                continue;
            QRect r = runRect(i);
            if (r.isEmpty())
                continue;
            if (i == m_dragIndex)
                r.translate(m_dragDx, 0);
            if (skipped) {
                p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
                p.setBrush(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
            } else {
                QColor fill = accent;
                fill.setAlpha(170);
                p.setPen(QPen(run.clashes.isEmpty() ? accent.darker(130) : warn, run.clashes.isEmpty() ? 1 : 3));
                p.setBrush(fill);
            }
            p.drawRoundedRect(r, 3, 3);
            if (!skipped && !run.clashes.isEmpty() && r.width() >= 14)
                warnIcon.paint(&p, QRect(r.x() + 2, r.y() + 2, 14, 14));
            if (r.width() > 60) {
                p.setPen(skipped ? pal.color(QPalette::Text) : pal.color(QPalette::HighlightedText));
                const QString text = skipped ? tr("skipped")
                                             : run.start.toTimeZone(m_plan.zone).toString(u"HH:mm"_s) +
                                                   (run.estimated ? QString() : tr(" (length unknown)"));
                p.drawText(r.adjusted(run.clashes.isEmpty() ? 4 : 18, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           text);
            }
        }
    }
    // Now.
    if (m_now.isValid() && m_now >= windowStart() && m_now < windowEnd()) {
        const int x = int(xFor(m_now));
        p.setPen(QPen(HealthStyle::color(Health::Critical, pal), 2));
        p.drawLine(x, HeaderHeight - 4, x, lanesBottom);
    }
}

void ScrubCalendar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragIndex = runAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    m_dragDx = 0;
}

void ScrubCalendar::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragIndex < 0)
        return QWidget::mouseMoveEvent(event);
    m_dragDx = event->position().toPoint().x() - m_pressPos.x();
    update();
}

void ScrubCalendar::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = m_dragIndex;
    m_dragIndex = -1;
    const int dx = event->position().toPoint().x() - m_pressPos.x();
    m_dragDx = 0;
    update();
    if (index < 0)
        return QWidget::mouseReleaseEvent(event);
    if (std::abs(dx) < 4) {
        Q_EMIT runClicked(index);
        return;
    }
    const QDateTime moved = snapped(m_plan.runs.at(index).start, dx);
    if (moved != m_plan.runs.at(index).start)
        Q_EMIT runMoved(index, moved);
}

bool ScrubCalendar::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int index = runAt(help->pos());
    if (index < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Zfs::PlannedRun &run = m_plan.runs.at(index);
    QString text = u"<b>%1</b> %2"_s.arg(DisplayText::name(run.pool).toHtmlEscaped(),
                                         QLocale().toString(run.start.toTimeZone(m_plan.zone), QLocale::ShortFormat));
    if (run.estimated)
        text += u" – %1"_s.arg(run.end.toTimeZone(m_plan.zone).toString(u"HH:mm"_s));
    if (run.skipped)
        text += u"<br>"_s + tr("Skipped: %1").arg(DisplayText::text(run.reason).toHtmlEscaped());
    for (int c : run.clashes)
        text += u"<br>⚠ "_s + DisplayText::text(m_plan.clashes.at(c).text).toHtmlEscaped();
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace KryNet::Ui
