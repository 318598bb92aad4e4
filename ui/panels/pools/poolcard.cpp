#include "ui/panels/pools/poolcard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>

#include "core/common/displaytext.h"
#include "core/zfs/poolmodel.h"
#include "core/zfs/poolstore.h"
#include "ui/widgets/healthbadge.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/inertitemviews.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

using Zfs::PoolModel;

namespace
{
QString duration(qlonglong seconds)
{
    if (seconds < 3600)
        return PoolCard::tr("%1 min").arg(qMax<qlonglong>(1, seconds / 60));
    return PoolCard::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

void tint(QProgressBar *bar, Health health)
{
    QPalette p = bar->palette();
    p.setColor(QPalette::Highlight, HealthStyle::color(health, bar->parentWidget()->palette()));
    bar->setPalette(p);
}
} // namespace

PoolCard::PoolCard(const QPersistentModelIndex &pool, QWidget *parent)
    : QFrame(parent)
    , m_pool(pool)
    , m_name(new QLabel(this))
    , m_badge(new HealthBadge(this))
    , m_state(new QLabel(this))
    , m_capacity(new QProgressBar(this))
    , m_capacityText(new QLabel(this))
    , m_scrubIcon(new QLabel(this))
    , m_scrub(new QLabel(this))
    , m_scan(new QProgressBar(this))
    , m_scanText(new QLabel(this))
    , m_actions(new QToolButton(this))
{
    setObjectName(u"poolCard_"_s + poolName());
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(300);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_name->setFont(f);
    m_name->setObjectName(u"poolName"_s);
    m_state->setObjectName(u"poolState"_s);
    m_badge->setObjectName(u"poolHealth"_s);
    m_capacity->setObjectName(u"poolCapacity"_s);
    m_capacity->setRange(0, 100);
    m_capacity->setTextVisible(false);
    m_capacity->setMaximumHeight(10);
    m_capacityText->setObjectName(u"poolCapacityText"_s);
    m_scrub->setObjectName(u"poolScrub"_s);
    m_scrub->setWordWrap(true);
    m_scan->setObjectName(u"poolScanProgress"_s);
    m_scan->setRange(0, 1000);
    m_scan->setTextVisible(false);
    m_scan->setMaximumHeight(10);
    m_scanText->setObjectName(u"poolScanText"_s);
    m_actions->setObjectName(u"poolScrubButton"_s);
    m_actions->setText(tr("Scrub"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_actions);
    const auto add = [this, menu](const QString &text, Zfs::ScrubAction action, const QString &name) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, action] { Q_EMIT scrubRequested(poolName(), int(action)); });
    };
    add(tr("Start or resume scrub…"), Zfs::ScrubAction::Start, u"scrubStart"_s);
    add(tr("Pause scrub…"), Zfs::ScrubAction::Pause, u"scrubPause"_s);
    add(tr("Stop scrub…"), Zfs::ScrubAction::Stop, u"scrubStop"_s);
    m_actions->setMenu(menu);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_name, 0, 0);
    grid->addWidget(m_state, 0, 1, Qt::AlignRight);
    grid->addWidget(m_badge, 1, 0, 1, 2);
    grid->addWidget(m_capacity, 2, 0, 1, 2);
    grid->addWidget(m_capacityText, 3, 0, 1, 2);
    auto *scrubRow = new QHBoxLayout;
    scrubRow->addWidget(m_scrubIcon);
    scrubRow->addWidget(m_scrub, 1);
    grid->addLayout(scrubRow, 4, 0, 1, 2);
    grid->addWidget(m_scan, 5, 0, 1, 2);
    grid->addWidget(m_scanText, 6, 0, 1, 2);
    grid->addWidget(m_actions, 7, 1, Qt::AlignRight);
    grid->setColumnStretch(0, 1);
    refreshFromModel();
}

QString PoolCard::poolName() const
{
    return m_pool.data(Roles::IdRole).toString();
}

void PoolCard::setSelected(bool selected)
{
    m_selected = selected;
    // The selected card gets a highlight-coloured box (the details below belong to it).
    setFrameShape(selected ? QFrame::Box : QFrame::StyledPanel);
    setLineWidth(selected ? 2 : 1);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, selected ? parentWidget()->palette().color(QPalette::Highlight)
                                              : parentWidget()->palette().color(QPalette::WindowText));
    setPalette(p);
    // Only the frame and the name take the highlight; the text keeps the normal colours.
    const QColor normal = parentWidget()->palette().color(QPalette::WindowText);
    for (QLabel *label : {m_state, m_capacityText, m_scrub, m_scanText}) {
        QPalette lp = label->palette();
        lp.setColor(QPalette::WindowText, normal);
        label->setPalette(lp);
    }
}

void PoolCard::refreshFromModel()
{
    if (!m_pool.isValid())
        return;
    const QLocale locale;
    m_name->setText(DisplayText::name(poolName()));
    m_state->setText(DisplayText::text(m_pool.data(PoolModel::StateWordRole).toString()));
    m_badge->setHealth(Health(m_pool.data(Roles::HealthRole).toInt()), m_pool.data(Roles::HealthReasonRole).toString());

    const QVariant capacity = m_pool.data(PoolModel::CapacityRole);
    const auto capHealth = Health(m_pool.data(PoolModel::CapacityHealthRole).toInt());
    m_capacity->setValue(capacity.isValid() ? qRound(capacity.toDouble()) : 0);
    tint(m_capacity, capHealth);
    const QVariant size = m_pool.data(PoolModel::SizeRole);
    const QVariant free = m_pool.data(PoolModel::FreeRole);
    QString capText = capacity.isValid() ? tr("%1 % used").arg(capacity.toDouble(), 0, 'f', 0) : tr("capacity unknown");
    if (size.isValid() && free.isValid())
        capText += tr(" — %1 free of %2")
                       .arg(locale.formattedDataSize(free.toLongLong()), locale.formattedDataSize(size.toLongLong()));
    if (capHealth == Health::Warning || capHealth == Health::Critical)
        capText += u" — "_s + HealthStyle::word(capHealth);
    m_capacityText->setText(capText);

    const auto scrubHealth = Health(m_pool.data(PoolModel::LastScrubHealthRole).toInt());
    m_scrubIcon->setPixmap(HealthStyle::icon(scrubHealth).pixmap(16, 16));
    m_scrubIcon->setToolTip(HealthStyle::word(scrubHealth));
    m_scrub->setText(DisplayText::text(m_pool.data(PoolModel::ScanSummaryRole).toString()));
    m_scrub->setToolTip(plainToolTip(m_pool.data(PoolModel::LastScrubReasonRole).toString()));

    const bool running = m_pool.data(PoolModel::ScanRunningRole).toBool();
    const bool paused = m_pool.data(PoolModel::ScanPausedRole).toBool();
    m_scan->setVisible(running || paused);
    m_scanText->setVisible(running || paused);
    if (running || paused) {
        const QVariant progress = m_pool.data(PoolModel::ScanProgressRole);
        const QVariant eta = m_pool.data(PoolModel::ScanEtaRole);
        m_scan->setValue(progress.isValid() ? qRound(progress.toDouble() * 10) : 0);
        tint(m_scan, Health::Busy);
        QString text =
            progress.isValid() ? tr("%1 % done").arg(progress.toDouble(), 0, 'f', 1) : tr("progress unknown");
        if (paused)
            text += tr(", paused");
        else if (eta.isValid() && eta.toLongLong() > 0)
            text += tr(", about %1 to go").arg(duration(eta.toLongLong()));
        else
            text += tr(", no estimate yet");
        m_scanText->setText(text);
    }
}

void PoolCard::mousePressEvent(QMouseEvent *event)
{
    QFrame::mousePressEvent(event);
    Q_EMIT clicked(poolName());
}

} // namespace KryNet::Ui
