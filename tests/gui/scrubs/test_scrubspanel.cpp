// The Scrub schedule panel offscreen: the empty state, then against krynet-labsim's simulated TrueNAS:
// a run dragged one day earlier becomes a schedule change, the review lists exactly the midclt command,
// Apply sends it (read back from labsim's call log) and the panel shows the server's re-read state.
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "core/zfs/scrubschedules.h"
#include "tests/support/labcontrol.h"
#include "tests/support/scriptedprompter.h"
#include "ui/panels/scrubs/scrubcalendar.h"
#include "ui/panels/scrubs/scrubspanel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

namespace
{

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KRYNET_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(dir + u'/' + name + u".png"_s);
}

const Zfs::ScrubSchedule *scheduleOf(const QList<Zfs::ScrubSchedule> &list, const QString &pool)
{
    for (const Zfs::ScrubSchedule &s : list) {
        if (s.pool == pool)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestScrubsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEmptyWithoutSession()
    {
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::ScrubsPanel panel(prompter);
        panel.resize(1100, 750);
        auto *empty = panel.findChild<Ui::EmptyState *>(u"scrubsEmpty"_s);
        QVERIFY(empty);
        QVERIFY(empty->isVisibleTo(&panel));
        QVERIFY2(empty->text().contains(u"server profile"_s), qPrintable(empty->text()));
        screenshot(panel, u"scrubs-empty"_s);
    }

    void testDragReviewApply()
    {
        Test::LabControl lab;
        const auto started = lab.start({});
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        const DemoLabSetup setup = lab.setup();
        MemorySecretStore secrets;
        DemoLab::storeSecrets(setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(setup.profile, secrets, network, actions);
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::ScrubsPanel panel(prompter);
        panel.resize(1280, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSession(&session);
        auto *stack = panel.findChild<QStackedWidget *>();
        auto *calendar = panel.findChild<Ui::ScrubCalendar *>(u"scrubCalendar"_s);
        QVERIFY(stack && calendar);
        QTRY_VERIFY_WITH_TIMEOUT(calendar->isVisible() && !calendar->plan().pools.isEmpty(), 20000);
        QCOMPARE(calendar->plan().zone.id(), QByteArray("Europe/Berlin"));
        screenshot(panel, u"scrubs-week"_s);

        // Next week: every run of it lies in the future. andromeda scrubs on Sundays at 00:00.
        QTest::mouseClick(panel.findChild<QPushButton *>(u"scrubsNext"_s), Qt::LeftButton);
        int index = -1;
        for (int i = 0; i < calendar->plan().runs.size(); ++i) {
            if (calendar->plan().runs.at(i).pool == u"andromeda"_s && !calendar->runRect(i).isEmpty())
                index = i;
        }
        QVERIFY2(index >= 0, "no andromeda run in next week's calendar");
        const QDateTime from = calendar->plan().runs.at(index).start;
        QCOMPARE(from.toTimeZone(calendar->plan().zone).date().dayOfWeek(), 7);
        const QPoint start = calendar->runRect(index).center();
        const QPoint end = start - QPoint(calendar->dayWidth(), 0);
        QTest::mousePress(calendar, Qt::LeftButton, {}, start);
        QTest::mouseMove(calendar, end);
        QTest::mouseRelease(calendar, Qt::LeftButton, {}, end);
        const Zfs::ScrubSchedule *edited = scheduleOf(panel.draft(), u"andromeda"_s);
        QVERIFY(edited);
        QCOMPARE(edited->cron.expression(), u"0 0 * * 6"_s);

        auto *review = panel.findChild<QPushButton *>(u"scrubsReview"_s);
        QVERIFY(review->isEnabled());
        QTest::mouseClick(review, Qt::LeftButton);
        const QString text = panel.findChild<QPlainTextEdit *>(u"scrubsReviewText"_s)->toPlainText();
        QVERIFY2(text.contains(u"'midclt' 'call' 'pool.scrub.update' '1' "
                               "'{\"schedule\":{\"dom\":\"*\",\"dow\":\"6\",\"hour\":\"0\",\"minute\":\"0\","
                               "\"month\":\"*\"}}'"_s),
                 qPrintable(text));
        QCOMPARE(text.count(u"$ "_s), 1); // exactly one command
        screenshot(panel, u"scrubs-review"_s);

        QTest::mouseClick(panel.findChild<QPushButton *>(u"scrubsApply"_s), Qt::LeftButton);
        Zfs::ScrubScheduleStore *store = panel.scheduleStore();
        QTRY_VERIFY_WITH_TIMEOUT(
            !store->isBusy() && scheduleOf(store->schedules(), u"andromeda"_s)->cron.expression() == u"0 0 * * 6"_s,
            20000);
        // labsim recorded the call with exactly that JSON.
        QJsonObject update;
        for (const QJsonValue &v : lab.request("GET", u"/ssh/commands"_s).json().value(u"midclt"_s).toArray()) {
            if (v.toObject().value(u"method"_s).toString() == u"pool.scrub.update"_s)
                update = v.toObject();
        }
        QCOMPARE(update.value(u"params"_s).toArray().at(0).toInt(), 1);
        QCOMPARE(update.value(u"params"_s).toArray().at(1).toObject().value(u"schedule"_s).toObject().value(u"dow"_s),
                 QJsonValue(u"6"_s));
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QPushButton *>(u"scrubsUndo"_s)->isEnabled(), 10000);
        QVERIFY(panel.findChild<QLabel *>(u"scrubsResult"_s)->text().contains(u"Applied"_s));
        QCOMPARE(prompter.count(PromptKind::Warn), 0);
        screenshot(panel, u"scrubs-applied"_s);

        // Month view: five weeks, the moved schedule's runs fall on Saturdays.
        panel.findChild<QComboBox *>(u"scrubsView"_s)->setCurrentIndex(1);
        QCOMPARE(calendar->days(), 35);
        int saturdays = 0;
        for (int i = 0; i < calendar->plan().runs.size(); ++i) {
            const Zfs::PlannedRun &r = calendar->plan().runs.at(i);
            if (r.pool == u"andromeda"_s) {
                QCOMPARE(r.start.toTimeZone(calendar->plan().zone).date().dayOfWeek(), 6);
                ++saturdays;
            }
        }
        QVERIFY(saturdays >= 4);
        screenshot(panel, u"scrubs-month"_s);

        // Scrub now: the Pools action, confirmed first and logged.
        const qsizetype logged = actions.records().size();
        QTest::mouseClick(panel.findChild<QPushButton *>(u"scrubNow"_s), Qt::LeftButton);
        QVERIFY(prompter.texts(PromptKind::Confirm).constLast().contains(u"andromeda"_s));
        QTRY_VERIFY_WITH_TIMEOUT(actions.records().size() > logged &&
                                     actions.records().constLast().outcome != ActionRecord::Outcome::Running,
                                 20000);
        QCOMPARE(actions.records().constLast().outcome, ActionRecord::Outcome::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QLabel *>(u"scrubsResult"_s)->text().contains(u"started"_s), 20000);
        panel.setSession(nullptr); // before the session and the lab go away
    }
};

QTEST_MAIN(TestScrubsPanel)
#include "test_scrubspanel.moc"
