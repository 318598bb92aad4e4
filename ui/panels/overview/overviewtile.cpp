#include "ui/panels/overview/overviewtile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

OverviewTile::OverviewTile(LabSummary::Tile tile, QWidget *parent)
    : QFrame(parent)
    , m_tile(tile)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(LabSummary::tileName(tile), this))
    , m_word(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_age(new QLabel(this))
    , m_open(new QToolButton(this))
{
    const QString id = QString::fromLatin1(QMetaEnum::fromType<LabSummary::Tile>().valueToKey(int(tile))).toLower();
    setObjectName(u"tile_"_s + id);
    m_headline->setObjectName(u"tileHeadline_"_s + id);
    m_detail->setObjectName(u"tileDetail_"_s + id);
    m_age->setObjectName(u"tileAge_"_s + id);
    m_word->setObjectName(u"tileHealth_"_s + id);
    m_open->setObjectName(u"tileOpen_"_s + id);
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(150);
    setAccessibleName(LabSummary::tileName(tile));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setText(tr("Open"));
    m_open->setAutoRaise(true);
    m_open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_open->setAccessibleName(tr("Open the %1 panel").arg(LabSummary::tileName(tile)));
    m_open->setToolTip(m_open->accessibleName());
    connect(m_open, &QToolButton::clicked, this, [this] { Q_EMIT openRequested(m_tile); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_title, 1);
    top->addWidget(m_word);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_age, 1);
    bottom->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail, 1);
    layout->addLayout(bottom);
    m_state.tile = tile;
    render();
}

OverviewTile::~OverviewTile() = default;

void OverviewTile::setState(const LabSummary::TileState &state)
{
    m_state = state;
    render();
}

void OverviewTile::render()
{
    const Health health = m_state.present ? m_state.health : Health::Unknown;
    m_icon->setPixmap(HealthStyle::icon(health).pixmap(24, 24));
    m_word->setText(m_state.present ? HealthStyle::word(health) : tr("Not set up"));
    const QColor colour = HealthStyle::color(health, palette());
    m_word->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(colour.name()));
    m_headline->setText(m_state.headline.isEmpty() ? tr("Reading…") : DisplayText::text(m_state.headline));
    m_detail->setText(DisplayText::text(m_state.detail));
    m_open->setEnabled(m_state.present);
    setAccessibleDescription(m_word->text() + u": "_s + m_headline->text() + u". "_s + m_state.detail);
    updateAge();
}

void OverviewTile::updateAge()
{
    if (!m_state.present || !m_state.updatedAt.isValid()) {
        m_age->setText(m_state.present ? tr("no data yet") : QString());
        m_age->setStyleSheet(QString());
        return;
    }
    const qint64 age = m_state.updatedAt.secsTo(QDateTime::currentDateTimeUtc());
    const bool stale = m_state.periodMs > 0 && age * 1000 > 2 * m_state.periodMs;
    m_age->setText(stale ? tr("stale: updated %1").arg(LabSummary::ageText(age))
                         : tr("updated %1").arg(LabSummary::ageText(age)));
    m_age->setStyleSheet(stale ? u"QLabel { color: %1; }"_s.arg(HealthStyle::color(Health::Stale, palette()).name())
                               : QString());
}

void OverviewTile::mouseReleaseEvent(QMouseEvent *event)
{
    QFrame::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && m_state.present)
        Q_EMIT openRequested(m_tile);
}

void OverviewTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace KryNet::Ui
