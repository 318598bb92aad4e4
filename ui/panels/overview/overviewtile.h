#pragma once

#include <QFrame>

#include "core/lab/labsummary.h"

class QLabel;
class QToolButton;

namespace KryNet::Ui
{

/**
 * One tile of the Overview: what it sums up, its status as icon + word + colour (HealthStyle), a
 * headline, one line of detail, the age of its data ("updated 12 s ago", amber when stale) and a
 * button to its panel.
 */
class OverviewTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTile)

public:
    explicit OverviewTile(LabSummary::Tile tile, QWidget *parent = nullptr);
    ~OverviewTile() override;

    void setState(const LabSummary::TileState &state);
    /// Re-renders the age line against the current time (called every second).
    void updateAge();
    [[nodiscard]] const LabSummary::TileState &state() const { return m_state; }

Q_SIGNALS:
    void openRequested(KryNet::LabSummary::Tile tile);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();

    LabSummary::Tile m_tile;
    LabSummary::TileState m_state;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_word;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_age;
    QToolButton *m_open;
};

} // namespace KryNet::Ui
