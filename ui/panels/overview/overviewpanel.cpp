#include "ui/panels/overview/overviewpanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "ui/panels/overview/overviewtile.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

OverviewPanel::OverviewPanel(QWidget *parent)
    : LabPanel(parent)
    , m_verdict(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_problems(new QListWidget(this))
    , m_ageTimer(new QTimer(this))
{
    setObjectName(u"overviewPanel"_s);
    m_verdict->setObjectName(u"overviewVerdict"_s);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.5);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    m_verdict->setWordWrap(true);
    m_refresh->setObjectName(u"overviewRefresh"_s);
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refresh->setText(tr("Refresh all"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setAccessibleName(tr("Refresh every area now"));
    m_refresh->setToolTip(tr("Read every area again now (F5)"));
    connect(m_refresh, &QToolButton::clicked, this, &OverviewPanel::refresh);

    auto *header = new QHBoxLayout;
    header->addWidget(m_verdict, 1);
    header->addWidget(m_refresh);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    const QList<LabSummary::Tile> order{LabSummary::Tile::Pools, LabSummary::Tile::Containers,
                                        LabSummary::Tile::Media, LabSummary::Tile::Monitors,
                                        LabSummary::Tile::Vpn,   LabSummary::Tile::Llm};
    for (qsizetype i = 0; i < order.size(); ++i) {
        auto *tile = new OverviewTile(order.at(i), this);
        connect(tile, &OverviewTile::openRequested, this, &OverviewPanel::openRequested);
        grid->addWidget(tile, int(i / 3), int(i % 3));
        m_tiles << tile;
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto *problemsTitle = new QLabel(tr("Problems"), this);
    QFont bold = problemsTitle->font();
    bold.setBold(true);
    problemsTitle->setFont(bold);
    m_problems->setObjectName(u"problemList"_s);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setIconSize(QSize(16, 16));
    m_problems->setTextElideMode(Qt::ElideRight);
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    problemsTitle->setBuddy(m_problems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(LabSummary::Tile(item->data(Qt::UserRole).toInt()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addLayout(grid, 3);
    layout->addWidget(problemsTitle);
    layout->addWidget(m_problems, 2);

    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        for (OverviewTile *tile : std::as_const(m_tiles))
            tile->updateAge();
    });
    m_ageTimer->start();
    setSession(nullptr);
}

OverviewPanel::~OverviewPanel() = default;

void OverviewPanel::setSession(LabSession *session)
{
    if (m_summary)
        disconnect(m_summary.data(), nullptr, this, nullptr);
    m_summary = nullptr;
    resetFirstAnswer();
    if (session) {
        m_summary = &session->stores().summary(); // the session's one summary, shared with the tray
        connect(m_summary.data(), &LabSummary::changed, this, &OverviewPanel::update);
    }
    update();
}

void OverviewPanel::refresh()
{
    if (m_summary)
        m_summary->refresh();
}

void OverviewPanel::update()
{
    m_refresh->setEnabled(m_summary != nullptr);
    if (!m_summary) {
        for (OverviewTile *tile : std::as_const(m_tiles)) {
            LabSummary::TileState empty;
            empty.tile = tile->state().tile;
            empty.headline = tr("No server chosen");
            tile->setState(empty);
        }
        m_verdict->setText(tr("Choose a server profile to see how the lab is doing."));
        m_problems->clear();
        return;
    }
    const QList<LabSummary::TileState> states = m_summary->tiles();
    bool allLoaded = true;
    for (OverviewTile *tile : std::as_const(m_tiles)) {
        for (const LabSummary::TileState &state : states) {
            if (state.tile == tile->state().tile) {
                tile->setState(state);
                allLoaded = allLoaded && state.loaded();
            }
        }
    }
    const QList<LabSummary::Problem> problems = m_summary->problems();
    m_problems->clear();
    for (const LabSummary::Problem &p : problems) {
        auto *item = new QListWidgetItem(HealthStyle::icon(p.health), HealthStyle::word(p.health) + u" — "_s + p.text,
                                         m_problems);
        item->setData(Qt::UserRole, int(p.tile));
        item->setData(Qt::UserRole + 1, p.key);
        item->setToolTip(tr("Open %1").arg(LabSummary::tileName(p.tile)));
    }
    if (problems.isEmpty()) {
        auto *item =
            new QListWidgetItem(HealthStyle::icon(allLoaded ? Health::Ok : Health::Busy),
                                allLoaded ? tr("Nothing needs your attention.") : tr("Still reading…"), m_problems);
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (!allLoaded)
        m_verdict->setText(tr("Reading the lab…"));
    else if (problems.isEmpty())
        m_verdict->setText(tr("Everything is fine."));
    else
        m_verdict->setText(tr("%n problem(s) need attention.", nullptr, int(problems.size())));
    if (allLoaded)
        markFirstAnswer();
}

} // namespace KryNet::Ui
