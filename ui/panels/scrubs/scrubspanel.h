#pragma once

#include <memory>

#include <QPointer>

#include "core/zfs/scrubplan.h"
#include "ui/widgets/labpanel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimeEdit;
class QTreeWidget;

namespace KryNet
{
class LabSession;
namespace Zfs
{
class PoolStore;
class ScrubScheduleStore;
} // namespace Zfs
} // namespace KryNet

namespace KryNet::Ui
{

class EmptyState;
class Prompter;
class ScheduleEditor;
class ScrubCalendar;

/**
 * The Scrub schedule panel (issue 7): a week/month calendar of the planned scrubs of every pool (real
 * runs, runs the threshold skips, clashes, now), last/next run and estimate per pool, and editing by
 * dragging a run or with the form. Edits make a draft; "Review changes" lists exactly the commands that
 * will be sent, Apply sends them (the store re-reads the server afterwards), and the last applied change
 * can be undone. "Scrub now" is the Pools panel's action (PoolStore::scrub), confirmed first.
 *
 * Talks only to Zfs::ScrubScheduleStore and Zfs::PoolStore, built from the LabSession's SSH connection;
 * the plan comes from Zfs::ScrubPlanner.
 */
class ScrubsPanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrubsPanel)

public:
    explicit ScrubsPanel(Prompter &prompter, QWidget *parent = nullptr);
    ~ScrubsPanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] bool isLoading() const override;
    [[nodiscard]] Zfs::ScrubScheduleStore *scheduleStore() const { return m_schedules.get(); }
    [[nodiscard]] const QList<Zfs::ScrubSchedule> &draft() const { return m_draft; }

private:
    void showState();
    void schedulesRead();
    void rebuild();
    void selectPool(const QString &pool);
    void changeSchedule(Zfs::ScrubSchedule schedule, int index);
    void runMoved(int runIndex, const QDateTime &to);
    void showReview();
    void apply();
    void undo();
    void scrubNow();
    void moveWindow(int direction);

    Prompter &m_prompter;
    QPointer<LabSession> m_session;
    std::unique_ptr<Zfs::PoolStore> m_pools;
    std::unique_ptr<Zfs::ScrubScheduleStore> m_schedules;
    QList<Zfs::ScrubSchedule> m_draft;
    QString m_selected;
    QStackedWidget *m_stack;
    EmptyState *m_loading;
    EmptyState *m_empty;
    EmptyState *m_error;
    QWidget *m_data;
    QWidget *m_review;
    QLabel *m_title;
    QComboBox *m_view;
    QCheckBox *m_workHours;
    QTimeEdit *m_workStart;
    QTimeEdit *m_workEnd;
    ScrubCalendar *m_calendar;
    QTreeWidget *m_poolTable;
    ScheduleEditor *m_editor;
    QLabel *m_pending;
    QPushButton *m_reviewButton;
    QPushButton *m_undoButton;
    QPushButton *m_discardButton;
    QLabel *m_result;
    QPlainTextEdit *m_reviewText;
    QCheckBox *m_consent;
    QPushButton *m_applyButton;
};

} // namespace KryNet::Ui
