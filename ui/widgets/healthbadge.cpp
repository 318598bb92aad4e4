#include "ui/widgets/healthbadge.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include "core/common/displaytext.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

HealthBadge::HealthBadge(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_text->setObjectName(u"healthText"_s);
    refresh();
}

void HealthBadge::setHealth(Health health, const QString &reason)
{
    m_health = health;
    m_reason = reason;
    refresh();
}

QString HealthBadge::text() const
{
    return m_text->text();
}

void HealthBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refresh();
    QWidget::changeEvent(event);
}

void HealthBadge::refresh()
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(HealthStyle::icon(m_health).pixmap(size, size));
    const QString word = HealthStyle::word(m_health);
    m_text->setText(m_reason.isEmpty() ? word : tr("%1 — %2").arg(word, DisplayText::text(m_reason)));
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, HealthStyle::color(m_health, palette()));
    m_text->setPalette(pal);
    setAccessibleName(m_text->text());
}

} // namespace KryNet::Ui
