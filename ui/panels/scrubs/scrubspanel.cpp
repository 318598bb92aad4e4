#include "ui/panels/scrubs/scrubspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/lab/labsession.h"
#include "core/zfs/poolstore.h"
#include "core/zfs/scrubschedules.h"
#include "ui/panels/scrubs/scheduleeditor.h"
#include "ui/panels/scrubs/scrubcalendar.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

using Zfs::ScheduleSource;
using Zfs::ScrubPlanner;
using Zfs::ScrubSchedule;
using Zfs::ScrubScheduleStore;

ScrubsPanel::ScrubsPanel(Prompter &prompter, QWidget *parent)
    : LabPanel(parent)
    , m_prompter(prompter)
    , m_stack(new QStackedWidget(this))
    , m_loading(new EmptyState(this))
    , m_empty(new EmptyState(this))
    , m_error(new EmptyState(this))
    , m_data(new QWidget(this))
    , m_review(new QWidget(this))
    , m_title(new QLabel(this))
    , m_view(new QComboBox(this))
    , m_workHours(new QCheckBox(tr("Working hours"), this))
    , m_workStart(new QTimeEdit(QTime(8, 0), this))
    , m_workEnd(new QTimeEdit(QTime(18, 0), this))
    , m_calendar(new ScrubCalendar(this))
    , m_poolTable(new QTreeWidget(this))
    , m_editor(new ScheduleEditor(this))
    , m_pending(new QLabel(this))
    , m_reviewButton(new QPushButton(tr("Review changes…"), this))
    , m_undoButton(new QPushButton(tr("Undo last change"), this))
    , m_discardButton(new QPushButton(tr("Discard edits"), this))
    , m_result(new QLabel(this))
    , m_reviewText(new QPlainTextEdit(this))
    , m_consent(new QCheckBox(this))
    , m_applyButton(new QPushButton(tr("Apply"), this))
{
    setObjectName(u"scrubsPanel"_s);
    m_loading->setObjectName(u"scrubsLoading"_s);
    m_loading->setIcon(HealthStyle::icon(Health::Busy));
    m_empty->setObjectName(u"scrubsEmpty"_s);
    m_error->setObjectName(u"scrubsError"_s);
    m_error->setIcon(HealthStyle::icon(Health::Critical));
    connect(m_error, &EmptyState::actionTriggered, this, &ScrubsPanel::refresh);

    // Toolbar: view, navigation, working hours, refresh.
    m_title->setObjectName(u"scrubsTitle"_s);
    m_view->setObjectName(u"scrubsView"_s);
    m_view->setAccessibleName(tr("Calendar view"));
    m_view->addItems({tr("Week"), tr("Month")});
    auto *prev = new QPushButton(tr("◀"), this);
    prev->setObjectName(u"scrubsPrevious"_s);
    prev->setAccessibleName(tr("Previous week or month"));
    auto *today = new QPushButton(tr("Today"), this);
    today->setObjectName(u"scrubsToday"_s);
    auto *next = new QPushButton(tr("▶"), this);
    next->setObjectName(u"scrubsNext"_s);
    next->setAccessibleName(tr("Next week or month"));
    m_workHours->setObjectName(u"scrubsWorkingHours"_s);
    m_workHours->setToolTip(tr("Mark scrubs that run into these hours (Monday to Friday, server time)."));
    m_workStart->setDisplayFormat(u"HH:mm"_s);
    m_workStart->setAccessibleName(tr("Working hours start"));
    m_workEnd->setDisplayFormat(u"HH:mm"_s);
    m_workEnd->setAccessibleName(tr("Working hours end"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(u"scrubsRefresh"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_view, prev, today, next, m_workHours, m_workStart, m_workEnd,
                                                       refreshButton})
        bar->addWidget(w);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_calendar->setView(i == 0 ? ScrubCalendar::View::Week : ScrubCalendar::View::Month);
        moveWindow(0);
    });
    connect(prev, &QPushButton::clicked, this, [this] { moveWindow(-1); });
    connect(next, &QPushButton::clicked, this, [this] { moveWindow(1); });
    connect(today, &QPushButton::clicked, this, [this] {
        m_calendar->setStart(QDate());
        moveWindow(0);
    });
    // The working hours are the user's, not the server's: kept in the app's settings between runs.
    {
        const QSettings settings;
        m_workHours->setChecked(settings.value(u"scrubs/workingHours"_s, m_workHours->isChecked()).toBool());
        for (const auto &[edit, key] :
             {std::pair{m_workStart, u"scrubs/workStart"_s}, {m_workEnd, u"scrubs/workEnd"_s}}) {
            const QTime saved = QTime::fromString(settings.value(key).toString(), u"HH:mm"_s);
            if (saved.isValid())
                edit->setTime(saved);
        }
    }
    const auto saveWorkingHours = [this] {
        QSettings settings;
        settings.setValue(u"scrubs/workingHours"_s, m_workHours->isChecked());
        settings.setValue(u"scrubs/workStart"_s, m_workStart->time().toString(u"HH:mm"_s));
        settings.setValue(u"scrubs/workEnd"_s, m_workEnd->time().toString(u"HH:mm"_s));
    };
    for (QTimeEdit *t : {m_workStart, m_workEnd}) {
        connect(t, &QTimeEdit::timeChanged, this, &ScrubsPanel::rebuild);
        connect(t, &QTimeEdit::timeChanged, this, saveWorkingHours);
    }
    connect(m_workHours, &QCheckBox::toggled, this, &ScrubsPanel::rebuild);
    connect(m_workHours, &QCheckBox::toggled, this, saveWorkingHours);
    connect(refreshButton, &QPushButton::clicked, this, &ScrubsPanel::refresh);

    auto *calendarScroll = new QScrollArea(this);
    calendarScroll->setWidgetResizable(true);
    calendarScroll->setWidget(m_calendar);
    connect(m_calendar, &ScrubCalendar::runMoved, this, &ScrubsPanel::runMoved);
    connect(m_calendar, &ScrubCalendar::runClicked, this,
            [this](int i) { selectPool(m_calendar->plan().runs.at(i).pool); });

    m_poolTable->setObjectName(u"scrubsPools"_s);
    m_poolTable->setAccessibleName(tr("Pools and their scrub schedules"));
    m_poolTable->setHeaderLabels(
        {tr("Pool"), tr("Schedule"), tr("Threshold"), tr("Last scrub"), tr("Next run"), tr("Estimate"), tr("Now")});
    m_poolTable->setRootIsDecorated(false);
    m_poolTable->header()->setStretchLastSection(true);
    connect(m_poolTable, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            selectPool(item->text(0));
    });
    auto *scrubNowButton = new QPushButton(tr("Scrub now"), this);
    scrubNowButton->setObjectName(u"scrubNow"_s);
    connect(scrubNowButton, &QPushButton::clicked, this, &ScrubsPanel::scrubNow);
    connect(m_editor, &ScheduleEditor::edited, this, [this](const ScrubSchedule &s) { changeSchedule(s, -1); });
    connect(m_editor, &ScheduleEditor::removeRequested, this, [this](const QString &pool) {
        m_draft.removeIf([&pool](const ScrubSchedule &s) { return s.pool == pool; });
        rebuild();
    });

    m_pending->setObjectName(u"scrubsPending"_s);
    m_reviewButton->setObjectName(u"scrubsReview"_s);
    m_undoButton->setObjectName(u"scrubsUndo"_s);
    m_discardButton->setObjectName(u"scrubsDiscard"_s);
    m_result->setObjectName(u"scrubsResult"_s);
    m_result->setWordWrap(true);
    connect(m_reviewButton, &QPushButton::clicked, this, &ScrubsPanel::showReview);
    connect(m_undoButton, &QPushButton::clicked, this, &ScrubsPanel::undo);
    connect(m_discardButton, &QPushButton::clicked, this, &ScrubsPanel::schedulesRead);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_poolTable, 1);
    leftLayout->addWidget(scrubNowButton, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor);
    auto *changes = new QHBoxLayout;
    changes->addWidget(m_pending, 1);
    changes->addWidget(m_discardButton);
    changes->addWidget(m_undoButton);
    changes->addWidget(m_reviewButton);
    rightLayout->addLayout(changes);
    rightLayout->addWidget(m_result);
    rightLayout->addStretch(1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(left);
    bottom->addWidget(right);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(calendarScroll);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    auto *dataLayout = new QVBoxLayout(m_data);
    dataLayout->addLayout(bar);
    dataLayout->addWidget(split, 1);

    // Review page: exactly what will be sent.
    m_reviewText->setObjectName(u"scrubsReviewText"_s);
    m_reviewText->setReadOnly(true);
    m_reviewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_consent->setObjectName(u"scrubsConsent"_s);
    m_applyButton->setObjectName(u"scrubsApply"_s);
    auto *back = new QPushButton(tr("Back"), this);
    back->setObjectName(u"scrubsReviewBack"_s);
    connect(back, &QPushButton::clicked, this, [this] { m_stack->setCurrentWidget(m_data); });
    connect(m_applyButton, &QPushButton::clicked, this, &ScrubsPanel::apply);
    connect(m_consent, &QCheckBox::toggled, m_applyButton, &QPushButton::setEnabled);
    auto *reviewTitle = new QLabel(tr("<b>Review changes</b> — these commands will run on the server, in this "
                                      "order, once each. The schedules are read again afterwards."),
                                   this);
    reviewTitle->setTextFormat(Qt::RichText);
    reviewTitle->setWordWrap(true);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(m_consent, 1);
    reviewButtons->addWidget(back);
    reviewButtons->addWidget(m_applyButton);
    auto *reviewLayout = new QVBoxLayout(m_review);
    reviewLayout->addWidget(reviewTitle);
    reviewLayout->addWidget(m_reviewText, 1);
    reviewLayout->addLayout(reviewButtons);

    for (QWidget *page : {static_cast<QWidget *>(m_empty), static_cast<QWidget *>(m_loading),
                          static_cast<QWidget *>(m_error), m_data, m_review})
        m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setSession(nullptr);
}

ScrubsPanel::~ScrubsPanel() = default;

void ScrubsPanel::setSession(LabSession *session)
{
    m_schedules.reset();
    m_pools.reset();
    m_draft.clear();
    m_session = session;
    resetFirstAnswer();
    if (session) {
        auto ssh = session->ssh();
        if (!ssh) {
            m_error->setTitle(tr("Scrub schedules cannot be read"));
            m_error->setText(DisplayText::text(ssh.error().message()));
            m_error->setAction(QString());
            m_stack->setCurrentWidget(m_error);
            markFirstAnswer();
            return;
        }
        m_pools = std::make_unique<Zfs::PoolStore>(*ssh, &session->actionLog(), session->profile().name());
        m_schedules = std::make_unique<ScrubScheduleStore>(*ssh, &session->actionLog(), session->profile().name());
        // Pools and schedules are read side by side: whichever answers last shows the panel's answer.
        connect(m_pools.get(), &Zfs::PoolStore::updated, this, [this] {
            rebuild();
            showState();
        });
        connect(m_pools.get(), &Zfs::PoolStore::failed, this, &ScrubsPanel::showState);
        connect(m_pools.get(), &Zfs::PoolStore::stateChanged, this, &ScrubsPanel::showState);
        connect(m_schedules.get(), &ScrubScheduleStore::updated, this, &ScrubsPanel::schedulesRead);
        connect(m_schedules.get(), &ScrubScheduleStore::stateChanged, this, &ScrubsPanel::showState);
        m_pools->start();
        (void)m_schedules->refresh();
    }
    showState();
}

void ScrubsPanel::refresh()
{
    if (!m_schedules)
        return;
    (void)m_pools->refresh();
    (void)m_schedules->refresh();
}

bool ScrubsPanel::isLoading() const
{
    return (m_schedules && m_schedules->state() == ScrubScheduleStore::State::Loading) ||
           (m_pools && m_pools->isRefreshing());
}

void ScrubsPanel::showState()
{
    if (!m_schedules) {
        m_empty->setIcon(HealthStyle::icon(Health::Unknown));
        m_empty->setTitle(tr("No server chosen"));
        m_empty->setText(
            tr("The scrub schedule shows when each ZFS pool is scrubbed, how long it takes, which "
               "scheduled runs are skipped and what clashes.\n\nChoose a server profile with an SSH host."));
        m_empty->setAction(QString());
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QString host = m_session ? m_session->profile().ssh().host : QString();
    const auto failed = [this](const QString &title, const Error &e) {
        m_error->setTitle(title);
        m_error->setText(DisplayText::text(QString(e.message() + u"\n\n"_s + e.detail())));
        m_error->setAction(tr("Try again"));
        m_stack->setCurrentWidget(m_error);
        markFirstAnswer();
    };
    if (m_schedules->state() == ScrubScheduleStore::State::Failed && m_schedules->schedules().isEmpty())
        return failed(tr("Scrub schedules could not be read"), m_schedules->lastError());
    if (m_pools->state() == Zfs::PoolStore::State::Failed && m_pools->pools().isEmpty())
        return failed(tr("Pools could not be read"), m_pools->lastError());
    if (m_schedules->state() != ScrubScheduleStore::State::Ready || m_pools->state() == Zfs::PoolStore::State::Idle ||
        m_pools->state() == Zfs::PoolStore::State::Loading) {
        m_loading->setTitle(tr("Reading scrub schedules…"));
        m_loading->setText(tr("Asking %1 for its scrub tasks, time zone and pools over SSH.").arg(host));
        m_stack->setCurrentWidget(m_loading);
        return;
    }
    if (m_pools->pools().isEmpty()) {
        m_empty->setIcon(HealthStyle::icon(Health::Unknown));
        m_empty->setTitle(tr("No pools on %1").arg(host));
        m_empty->setText(tr("There is no imported ZFS pool to scrub. Create or import one, then refresh."));
        m_empty->setAction(QString());
        m_stack->setCurrentWidget(m_empty);
        markFirstAnswer();
        return;
    }
    if (m_stack->currentWidget() != m_review)
        m_stack->setCurrentWidget(m_data);
    markFirstAnswer();
}

void ScrubsPanel::schedulesRead()
{
    if (!m_schedules)
        return;
    m_draft = m_schedules->schedules();
    rebuild();
    showState();
}

void ScrubsPanel::moveWindow(int direction)
{
    const QDate current =
        m_calendar->start().isValid()
            ? m_calendar->start()
            : QDateTime::currentDateTimeUtc().toTimeZone(m_schedules ? m_schedules->zone() : QTimeZone::utc()).date();
    QDate start = current.addDays(direction * m_calendar->days());
    start = start.addDays(1 - start.dayOfWeek()); // weeks start on Monday
    m_calendar->setStart(start);
    rebuild();
}

void ScrubsPanel::rebuild()
{
    if (!m_schedules || !m_pools || m_schedules->state() != ScrubScheduleStore::State::Ready)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_calendar->start().isValid()) {
        const QDate today = now.toTimeZone(m_schedules->zone()).date();
        m_calendar->setStart(today.addDays(1 - today.dayOfWeek()));
    }
    Zfs::PlanOptions options;
    options.otherTasks = m_schedules->otherTasks();
    options.workingHours.enabled = m_workHours->isChecked();
    options.workingHours.start = m_workStart->time();
    options.workingHours.end = m_workEnd->time();
    QDateTime from = QDateTime(m_calendar->start(), QTime(0, 0), m_schedules->zone());
    const Zfs::ScrubPlan plan = ScrubPlanner::plan(m_draft, m_pools->pools(), from, from.addDays(m_calendar->days()),
                                                   m_schedules->zone(), now, options);
    QStringList names;
    for (const Zfs::Pool &p : m_pools->pools())
        names << p.name;
    m_calendar->setPlan(plan, names, now);
    m_title->setText(
        tr("Scrubs on %1 (server time: %2)")
            .arg(m_session ? m_session->profile().ssh().host : QString(), QString::fromUtf8(m_schedules->zone().id())));

    const auto local = [&plan](const QDateTime &d) {
        return d.isValid() ? QLocale().toString(d.toTimeZone(plan.zone), QLocale::ShortFormat) : tr("never");
    };
    const QString selected = m_selected;
    // A periodic pool refresh must not reset the form the user is editing.
    const QSignalBlocker blockTable(m_poolTable);
    m_poolTable->clear();
    for (const Zfs::PoolPlanSummary &s : plan.pools) {
        QStringList sources;
        QStringList thresholds;
        for (int i : s.scheduleIndexes) {
            const ScrubSchedule &sched = plan.schedules.at(i);
            sources << u"%1 — %2%3"_s.arg(sched.cron.expression(), ScrubPlanner::sourceName(sched.source),
                                          sched.enabled ? QString() : tr(" (disabled)"));
            thresholds << tr("%n day(s)", nullptr, sched.thresholdDays);
        }
        auto *item = new QTreeWidgetItem(
            m_poolTable,
            {s.pool, sources.isEmpty() ? tr("none") : sources.join(u"; "_s), thresholds.join(u"; "_s), local(s.lastRun),
             s.nextRun ? local(*s.nextRun) : tr("none"),
             s.estimate.seconds ? ScrubPlanner::formatDuration(*s.estimate.seconds) : tr("unknown"), s.currentScan});
        item->setToolTip(1, sources.join(u'\n'));
        item->setToolTip(5, s.estimate.basis);
        if (s.pool == selected)
            m_poolTable->setCurrentItem(item);
    }
    for (int c = 0; c < m_poolTable->columnCount() - 1; ++c)
        m_poolTable->resizeColumnToContents(c);

    const QList<Zfs::ScheduleChange> changes = m_schedules->changesTo(m_draft);
    m_pending->setText(changes.isEmpty() ? tr("No unsent changes.")
                                         : tr("%n change(s) not sent yet.", nullptr, int(changes.size())));
    m_reviewButton->setEnabled(!changes.isEmpty() && !m_schedules->isBusy());
    m_discardButton->setEnabled(!changes.isEmpty());
    m_undoButton->setEnabled(m_schedules->canUndo() && !m_schedules->isBusy());
    if (m_selected.isEmpty() && !names.isEmpty())
        selectPool(names.constFirst());
}

void ScrubsPanel::selectPool(const QString &pool)
{
    m_selected = pool;
    const ScrubSchedule *own = nullptr;
    for (const ScrubSchedule &s : std::as_const(m_draft)) {
        if (s.pool == pool)
            own = &s;
    }
    m_editor->setSchedule(pool, own, m_schedules && m_schedules->isTrueNas());
}

void ScrubsPanel::changeSchedule(ScrubSchedule schedule, int index)
{
    if (!m_schedules)
        return;
    if (!m_schedules->isTrueNas()) {
        // On a plain host only the app's cron file takes arbitrary schedules; a timer stays a timer only
        // when its calendar is unchanged.
        const bool timerKept =
            schedule.source == ScheduleSource::SystemdTimer &&
            std::any_of(m_draft.cbegin(), m_draft.cend(), [&schedule](const ScrubSchedule &s) {
                return s.pool == schedule.pool && s.source == ScheduleSource::SystemdTimer && s.cron == schedule.cron;
            });
        if (!timerKept) {
            schedule.source = ScheduleSource::CronFile;
            schedule.origin = m_schedules->paths().ownCron;
            schedule.timerKind.clear();
        }
    }
    if (index < 0) {
        for (int i = 0; i < m_draft.size(); ++i) {
            if (m_draft.at(i).pool == schedule.pool)
                index = i;
        }
    }
    if (index >= 0 && index < m_draft.size())
        m_draft[index] = schedule;
    else
        m_draft.append(schedule);
    rebuild();
    selectPool(schedule.pool);
}

void ScrubsPanel::runMoved(int runIndex, const QDateTime &to)
{
    const Zfs::PlannedRun run = m_calendar->plan().runs.at(runIndex);
    if (run.scheduleIndex < 0 || run.scheduleIndex >= m_draft.size())
        return;
    const ScrubSchedule &sched = m_draft.at(run.scheduleIndex);
    if (sched.pool.isEmpty()) {
        m_prompter.warn(this, tr("Scrub schedule"),
                        tr("This run comes from %1, which scrubs every pool; it is not changed from here. Give the "
                           "pool its own schedule in the form instead.")
                            .arg(sched.origin));
        return;
    }
    const auto moved = ScrubPlanner::moveRun(sched.cron, run.start, to, m_schedules->zone());
    if (!moved) {
        m_prompter.warn(this, tr("Scrub schedule"), moved.error().message());
        return;
    }
    ScrubSchedule changed = sched;
    changed.cron = *moved;
    changeSchedule(changed, run.scheduleIndex);
}

void ScrubsPanel::showReview()
{
    if (!m_schedules)
        return;
    const QList<Zfs::ScheduleChange> changes = m_schedules->changesTo(m_draft);
    QString text;
    bool consent = false;
    for (const Zfs::ScheduleChange &c : changes) {
        text += u"• "_s + c.description + u"\n    $ "_s + QString::fromUtf8(c.command.commandLine()) + u"\n\n"_s;
        consent = consent || c.needsConsent;
    }
    m_reviewText->setPlainText(text);
    m_consent->setText(tr("Allow writing the host's cron and timer files (as root, with sudo -n when needed)"));
    m_consent->setVisible(consent);
    m_consent->setChecked(false);
    m_applyButton->setEnabled(!consent);
    m_stack->setCurrentWidget(m_review);
}

void ScrubsPanel::apply()
{
    if (!m_schedules)
        return;
    const QList<Zfs::ScheduleChange> changes = m_schedules->changesTo(m_draft);
    m_applyButton->setEnabled(false);
    m_result->setText(tr("Applying %n change(s)…", nullptr, int(changes.size())));
    m_stack->setCurrentWidget(m_data);
    whenDone(m_schedules->apply(changes, m_consent->isChecked()), this, [this](const Result<void> &r) {
        if (r) {
            m_result->setText(tr("Applied. The schedules shown are the server's, read again."));
        } else {
            m_result->setText(tr("Not applied: %1").arg(DisplayText::text(r.error().message())));
            m_prompter.warn(this, tr("Scrub schedule"), r.error().message());
        }
        rebuild();
    });
}

void ScrubsPanel::undo()
{
    if (!m_schedules || !m_schedules->canUndo())
        return;
    QStringList lines;
    for (const Zfs::ScheduleChange &c : m_schedules->undoChanges())
        lines << u"• "_s + c.description;
    m_prompter.confirm(this, tr("Undo last change"),
                       tr("Put the schedules back as they were before the last change?\n\n%1").arg(lines.join(u'\n')),
                       tr("Undo"), [this, store = QPointer<ScrubScheduleStore>(m_schedules.get())](bool ok) {
                           if (!ok || !store)
                               return;
                           whenDone(store->undo(true), this, [this](const Result<void> &r) {
                               m_result->setText(r ? tr("Undone.")
                                                   : tr("Undo failed: %1").arg(DisplayText::text(r.error().message())));
                           });
                       });
}

void ScrubsPanel::scrubNow()
{
    if (!m_pools || m_selected.isEmpty())
        return;
    const QString pool = m_selected;
    m_prompter.confirm(
        this, tr("Scrub now"),
        tr("Start a scrub of pool %1 now? ZFS reads every block and repairs what it can; the pool "
           "stays usable but slower until it ends.")
            .arg(DisplayText::name(pool)),
        tr("Start scrub"), [this, pool, store = QPointer<Zfs::PoolStore>(m_pools.get())](bool ok) {
            if (!ok || !store)
                return;
            whenDone(store->scrub(pool, Zfs::ScrubAction::Start), this, [this, pool](const Result<void> &r) {
                m_result->setText(r ? tr("Scrub of %1 started.").arg(DisplayText::name(pool))
                                    : tr("Scrub of %1 failed: %2")
                                          .arg(DisplayText::name(pool), DisplayText::text(r.error().message())));
            });
        });
}

} // namespace KryNet::Ui
