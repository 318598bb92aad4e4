#pragma once

#include <QList>
#include <QPointer>

#include "core/lab/labsummary.h"
#include "ui/widgets/labpanel.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QToolButton;

namespace KryNet::Ui
{

class OverviewTile;

/**
 * The first panel: "is everything fine, and if not, what?" One tile per area (pools, containers,
 * media pipeline, monitors and certificates, VPN, LiteLLM) from the session's LabSummary — the same
 * stores the other panels show, never a second poller — and the list of current problems. Every tile
 * says how old its data is and opens its panel. Fits 1280×800 without scrolling.
 */
class OverviewPanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPanel)

public:
    explicit OverviewPanel(QWidget *parent = nullptr);
    ~OverviewPanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] LabSummary *summary() const { return m_summary; }

Q_SIGNALS:
    /// A tile (or a problem of its area) was activated: the window shows that area's panel.
    void openRequested(KryNet::LabSummary::Tile tile);

private:
    void update();

    QPointer<LabSummary> m_summary;
    QLabel *m_verdict;
    QToolButton *m_refresh;
    QList<OverviewTile *> m_tiles;
    QListWidget *m_problems;
    QTimer *m_ageTimer;
};

} // namespace KryNet::Ui
