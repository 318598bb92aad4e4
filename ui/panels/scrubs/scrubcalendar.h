#pragma once

#include <QDate>
#include <QWidget>

#include "core/zfs/scrubplan.h"

namespace KryNet::Ui
{

/**
 * The scrub calendar (issue 7): one lane per pool, days across (a week with hours, or five weeks), a
 * block per planned run as long as its estimate (a thin block when unknown), skipped runs ghosted
 * (outlined, hatched, "skipped" in the tooltip), clashes marked with the warning colour AND a warning
 * icon, and a line at "now". Times are the server's (the plan's zone).
 *
 * A run can be dragged to another day/time: the release emits runMoved() with the new start (snapped
 * to 15 minutes in the week view, to whole days in the month view); the panel turns that into a
 * schedule change. Clicking a run emits runClicked().
 */
class ScrubCalendar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrubCalendar)

public:
    enum class View {
        Week,
        Month,
    };

    explicit ScrubCalendar(QWidget *parent = nullptr);

    void setPlan(const Zfs::ScrubPlan &plan, const QStringList &pools, const QDateTime &now);
    [[nodiscard]] const Zfs::ScrubPlan &plan() const { return m_plan; }
    void setView(View view);
    [[nodiscard]] View view() const { return m_view; }
    /// First day shown (local to the server).
    void setStart(const QDate &day);
    [[nodiscard]] QDate start() const { return m_start; }
    [[nodiscard]] int days() const { return m_view == View::Week ? 7 : 35; }
    /// The shown window as instants.
    [[nodiscard]] QDateTime windowStart() const;
    [[nodiscard]] QDateTime windowEnd() const;

    /// Where run @p index of plan().runs is drawn (empty when outside the window); for tests and tooltips.
    [[nodiscard]] QRect runRect(int index) const;
    [[nodiscard]] int dayWidth() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void runMoved(int index, const QDateTime &newStart);
    void runClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] double xFor(const QDateTime &at) const;
    [[nodiscard]] QDateTime timeAt(double x) const;
    [[nodiscard]] int runAt(const QPoint &pos) const;
    [[nodiscard]] QDateTime snapped(const QDateTime &start, int dx) const;

    Zfs::ScrubPlan m_plan;
    QStringList m_pools;
    QDateTime m_now;
    View m_view = View::Week;
    QDate m_start;
    int m_dragIndex = -1;
    QPoint m_pressPos;
    int m_dragDx = 0;
};

} // namespace KryNet::Ui
