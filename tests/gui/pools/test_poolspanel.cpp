// The Pools panel offscreen: empty and error states, then against krynet-labsim (modern OpenZFS formats
// over its SSH server): cards per pool, the vdev tree, a scrub confirmed through a pre-answered Prompter.
// With KRYNET_SCREENSHOT_DIR set it also saves grabs of every state (looked at by a person).
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "core/zfs/poolstore.h"
#include "tests/support/scriptedprompter.h"
#include "ui/panels/pools/poolcard.h"
#include "ui/panels/pools/poolspanel.h"
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

} // namespace

class TestPoolsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEmptyWithoutSession()
    {
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::PoolsPanel panel(prompter);
        panel.resize(1100, 750);
        auto *empty = panel.findChild<Ui::EmptyState *>(u"poolsEmpty"_s);
        QVERIFY(empty);
        QVERIFY(empty->isVisibleTo(&panel));
        QVERIFY2(empty->text().contains(u"server profile"_s), qPrintable(empty->text()));
        screenshot(panel, u"pools-empty"_s);
    }

    void testErrorWithoutSshHost()
    {
        Profile profile;
        profile.setName(u"nossh"_s);
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::PoolsPanel panel(prompter);
        panel.resize(1100, 750);
        panel.setSession(&session);
        auto *error = panel.findChild<Ui::EmptyState *>(u"poolsError"_s);
        QVERIFY(error->isVisibleTo(&panel));
        QVERIFY2(error->text().contains(u"SSH host"_s), qPrintable(error->text()));
        screenshot(panel, u"pools-error"_s);
    }

    void testDemoLabPools()
    {
        DemoLab lab(qEnvironmentVariable("KRYNET_LABSIM"));
        lab.setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = lab.start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        const DemoLabSetup setup = future.result().value();
        MemorySecretStore secrets;
        DemoLab::storeSecrets(setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(setup.profile, secrets, network, actions);
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::PoolsPanel panel(prompter);
        panel.resize(1280, 800);
        panel.show();
        panel.setSession(&session);
        screenshot(panel, u"pools-loading"_s);

        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QTreeView *>(u"poolsTree"_s)->isVisible(), 20000);
        const auto cards = panel.findChildren<Ui::PoolCard *>();
        QVERIFY(cards.size() >= 3);
        QStringList names;
        for (const Ui::PoolCard *c : cards)
            names << c->poolName();
        for (const QString &expected : {u"andromeda"_s, u"orion"_s, u"comet"_s})
            QVERIFY2(names.contains(expected), qPrintable(names.join(u',')));
        auto *tree = panel.findChild<QTreeView *>(u"poolsTree"_s);
        QVERIFY(tree->model()->rowCount(tree->model()->index(0, 0)) > 0);
        // The raw output is laid out when its tab is shown.
        auto *rawView = panel.findChild<QPlainTextEdit *>(u"poolsRaw"_s);
        panel.findChild<QTabWidget *>(u"poolsDetails"_s)->setCurrentWidget(rawView->parentWidget());
        QCOMPARE(rawView->toPlainText(), panel.store()->rawOutput());
        QVERIFY(!rawView->toPlainText().isEmpty());
        // "Copy for support": the raw zpool output, as received, on the clipboard.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(panel.findChild<QPushButton *>(u"poolsCopyRaw"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), panel.store()->rawOutput());
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"orion"_s));
        // Refresh on demand: the button reads the pools again at once.
        const QDateTime updatedBefore = panel.store()->lastUpdated();
        QTest::mouseClick(panel.findChild<QPushButton *>(u"poolsRefresh"_s), Qt::LeftButton);
        QVERIFY(panel.store()->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.store()->isRefreshing() && panel.store()->lastUpdated() > updatedBefore, 15000);
        QVERIFY(!panel.findChild<QLabel *>(u"poolsStatusText"_s)->text().isEmpty());
        QVERIFY(cards.constFirst()->findChild<QLabel *>(u"poolCapacityText"_s)->text().contains(u'%'));
        screenshot(panel, u"pools-data"_s);

        // A scrub: confirmed by the Prompter, logged, and the pool shows it running on the re-read.
        const qsizetype before = actions.records().size();
        Ui::PoolCard *orion = nullptr;
        for (Ui::PoolCard *c : cards) {
            if (c->poolName() == u"orion"_s)
                orion = c;
        }
        QVERIFY(orion);
        Q_EMIT orion->scrubRequested(u"orion"_s, int(Zfs::ScrubAction::Start));
        QCOMPARE(prompter.count(PromptKind::Confirm), 1);
        QVERIFY(prompter.texts(PromptKind::Confirm).constFirst().contains(u"orion"_s));
        QTRY_VERIFY_WITH_TIMEOUT(actions.records().size() == before + 1 &&
                                     actions.records().constLast().outcome != ActionRecord::Outcome::Running,
                                 15000);
        QVERIFY2(actions.records().constLast().outcome == ActionRecord::Outcome::Succeeded,
                 qPrintable(actions.records().constLast().answer));
        QTRY_VERIFY_WITH_TIMEOUT(panel.store()->pool(u"orion"_s) && panel.store()->pool(u"orion"_s)->scan.isRunning(),
                                 15000);
        panel.findChild<QStackedWidget *>()->repaint();
        screenshot(panel, u"pools-scrubbing"_s);

        // Declined: nothing runs.
        prompter.confirmAnswer = false;
        Q_EMIT orion->scrubRequested(u"orion"_s, int(Zfs::ScrubAction::Stop));
        QTest::qWait(0);
        QCOMPARE(actions.records().size(), before + 1);
        panel.setSession(nullptr);
    }
};

QTEST_MAIN(TestPoolsPanel)
#include "test_poolspanel.moc"
