#include "ui/shell/connectionindicator.h"

#include <QHBoxLayout>
#include <QLabel>

#include "core/common/displaytext.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/inertitemviews.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"connectionIndicator"_s);
    m_text->setObjectName(u"connectionIndicatorText"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    hide();
}

ConnectionIndicator::~ConnectionIndicator() = default;

void ConnectionIndicator::setStatus(const QString &profileName, const ConnectionMonitor::Status &status)
{
    setVisible(!profileName.isEmpty());
    const int size = fontMetrics().height();
    m_icon->setPixmap(HealthStyle::icon(status.health).pixmap(size, size));
    // The summary names the state already ("SSH host key not trusted"); the tooltip adds the rest.
    m_text->setText(tr("%1: %2").arg(profileName, DisplayText::text(status.summary)));
    QString tip = tr("%1 (%2)").arg(ConnectionMonitor::stateName(status.state), HealthStyle::word(status.health));
    if (!status.problem.isEmpty())
        tip += u"\n\n"_s + status.problem;
    setToolTip(plainToolTip(tip));
    setAccessibleName(tr("Connection of %1").arg(profileName));
    setAccessibleDescription(m_text->text());
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

} // namespace KryNet::Ui
