#include "ui/charts/heartbeatbar.h"

#include <algorithm>

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include "core/common/health.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

constexpr int SlotWidth = 6;
constexpr int Gap = 2;

int severity(Metrics::MonitorStatus status)
{
    switch (status) {
    case Metrics::MonitorStatus::Down:
        return 4;
    case Metrics::MonitorStatus::Pending:
        return 3;
    case Metrics::MonitorStatus::Maintenance:
        return 2;
    case Metrics::MonitorStatus::Up:
        return 1;
    case Metrics::MonitorStatus::Unknown:
        break;
    }
    return 0;
}

Health healthOf(Metrics::MonitorStatus status)
{
    switch (status) {
    case Metrics::MonitorStatus::Down:
        return Health::Critical;
    case Metrics::MonitorStatus::Pending:
        return Health::Warning;
    case Metrics::MonitorStatus::Maintenance:
        return Health::Busy;
    case Metrics::MonitorStatus::Up:
        return Health::Ok;
    case Metrics::MonitorStatus::Unknown:
        break;
    }
    return Health::Unknown;
}

} // namespace

HeartbeatBar::HeartbeatBar(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(22);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

HeartbeatBar::~HeartbeatBar() = default;

QSize HeartbeatBar::sizeHint() const
{
    return {480, 26};
}

void HeartbeatBar::setBeats(const std::vector<Metrics::StatusSample> &beats, qint64 fromSecs, qint64 toSecs)
{
    setRuns(Metrics::StatusHistory::fromSamples(beats).runs(), fromSecs, toSecs);
}

void HeartbeatBar::setRuns(std::vector<Metrics::StatusRun> runs, qint64 fromSecs, qint64 toSecs)
{
    m_runs = std::move(runs);
    m_from = fromSecs;
    m_to = std::max(toSecs, fromSecs + 1);
    update();
}

int HeartbeatBar::slotCount() const
{
    return std::max(1, width() / (SlotWidth + Gap));
}

Metrics::MonitorStatus HeartbeatBar::slotStatus(int index) const
{
    const int slots = slotCount();
    const double perSlot = double(m_to - m_from) / slots;
    const qint64 a = m_from + qint64(index * perSlot);
    const qint64 b = m_from + qint64((index + 1) * perSlot);
    // The first run that ends inside the slot, then every run that starts before its end.
    auto it = std::upper_bound(m_runs.begin(), m_runs.end(), a,
                               [](qint64 t, const Metrics::StatusRun &run) { return t < run.end; });
    Metrics::MonitorStatus worst = Metrics::MonitorStatus::Unknown;
    for (; it != m_runs.end() && it->start < std::max(b, a + 1); ++it) {
        if (severity(it->status) > severity(worst))
            worst = it->status;
    }
    return worst;
}

void HeartbeatBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int slots = slotCount();
    const int x0 = width() - slots * (SlotWidth + Gap);
    for (int i = 0; i < slots; ++i) {
        const Metrics::MonitorStatus status = slotStatus(i);
        const QRectF bar(x0 + i * (SlotWidth + Gap), 2, SlotWidth, height() - 4);
        const QColor color = HealthStyle::color(healthOf(status), palette());
        if (status == Metrics::MonitorStatus::Unknown) {
            p.setPen(QPen(color, 1));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            // Not colour alone: down bars are full height, pending/maintenance shorter, up in between.
            const double shrink = status == Metrics::MonitorStatus::Down ? 0
                                  : status == Metrics::MonitorStatus::Up ? bar.height() * 0.15
                                                                         : bar.height() * 0.35;
            p.drawRoundedRect(bar.adjusted(0, shrink, 0, 0), 2, 2);
        }
    }
}

bool HeartbeatBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int slots = slotCount();
        const int x0 = width() - slots * (SlotWidth + Gap);
        const int index = (help->pos().x() - x0) / (SlotWidth + Gap);
        if (index < 0 || index >= slots) {
            QToolTip::hideText();
            return true;
        }
        const double perSlot = double(m_to - m_from) / slots;
        const QDateTime a = QDateTime::fromSecsSinceEpoch(m_from + qint64(index * perSlot));
        const QDateTime b = QDateTime::fromSecsSinceEpoch(m_from + qint64((index + 1) * perSlot));
        const Metrics::MonitorStatus status = slotStatus(index);
        QString word;
        switch (status) {
        case Metrics::MonitorStatus::Down:
            word = tr("down");
            break;
        case Metrics::MonitorStatus::Pending:
            word = tr("pending");
            break;
        case Metrics::MonitorStatus::Maintenance:
            word = tr("maintenance");
            break;
        case Metrics::MonitorStatus::Up:
            word = tr("up");
            break;
        case Metrics::MonitorStatus::Unknown:
            word = tr("no data");
            break;
        }
        QToolTip::showText(help->globalPos(),
                           tr("%1 – %2: %3")
                               .arg(QLocale().toString(a, QLocale::ShortFormat),
                                    QLocale().toString(b.time(), QLocale::ShortFormat), word),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace KryNet::Ui
