#include "ui/shell/connectionbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(u"connectionBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_title->setObjectName(u"connectionBannerTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(u"connectionBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"connectionRetryButton"_s);
    m_retry->setToolTip(tr("Connect again and check the services again"));
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    hide();
}

ConnectionBanner::~ConnectionBanner() = default;

void ConnectionBanner::setStatus(const ConnectionMonitor::Status &status)
{
    setVisible(status.showBanner);
    if (!status.showBanner)
        return;
    const int size = fontMetrics().height() * 2;
    m_icon->setPixmap(HealthStyle::icon(status.health).pixmap(size, size));
    m_title->setText(DisplayText::text(status.summary));
    m_text->setText(DisplayText::text(status.problem));
    m_retry->setVisible(status.canRetry);
    setAccessibleName(m_title->text());
    setAccessibleDescription(status.problem);
}

QString ConnectionBanner::title() const
{
    return m_title->text();
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

} // namespace KryNet::Ui
