#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include "core/config/profilestore.h"
#include "core/secrets/fallbacksecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

namespace
{

Profile makeProfile(const QString &name)
{
    Profile profile;
    profile.setName(name);
    profile.ssh().host = u"nas.lan"_s;
    profile.setDomain(u"example.com"_s);
    return profile;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSidebarListsEveryPanel()
    {
        Test::IsolatedHome home;
        ProfileStore store;
        FallbackSecretStore secrets(new KeychainSecretStore);
        Test::ScriptedPrompter prompter;
        Ui::MainWindow window(store, secrets, prompter);
        window.show();

        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        QVERIFY(sidebar);
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles.append(sidebar->item(i)->text());
        QCOMPARE(titles, (QStringList{u"Overview"_s, u"Pools"_s, u"Scrub schedule"_s, u"Containers"_s,
                                      u"Media pipeline"_s, u"AI keys"_s, u"Uptime"_s, u"Services"_s}));

        auto *stack = window.findChild<QStackedWidget *>(u"panelStack"_s);
        QVERIFY(stack);
        QCOMPARE(stack->count(), 8);
        sidebar->setCurrentRow(3);
        QCOMPARE(stack->currentIndex(), 3);
        QCOMPARE(window.currentPanel(), Ui::MainWindow::Panel::Containers);

        // Ctrl+2 switches to Pools.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPanel(), Ui::MainWindow::Panel::Pools);
    }

    void testEmptyStateWithoutProfile()
    {
        Test::IsolatedHome home;
        ProfileStore store;
        FallbackSecretStore secrets(new KeychainSecretStore);
        Test::ScriptedPrompter prompter;
        Ui::MainWindow window(store, secrets, prompter);

        auto *switcher = window.findChild<QComboBox *>(u"profileSwitcher"_s);
        QVERIFY(switcher);
        QVERIFY(!switcher->isEnabled());
        QVERIFY(window.currentProfileId().isEmpty());
        auto *pools = window.findChild<Ui::EmptyState *>(u"placeholder_Pools"_s);
        QVERIFY(pools);
        QCOMPARE(pools->title(), u"Pools"_s);
        QVERIFY2(pools->text().contains(u"krynetctl profile add"_s), qPrintable(pools->text()));
        QCOMPARE(window.windowTitle(), u"KryNet Control"_s);
    }

    void testProfileSwitcherFollowsStore()
    {
        Test::IsolatedHome home;
        ProfileStore store;
        QVERIFY(store.add(makeProfile(u"home-lab"_s)));
        QVERIFY(store.add(makeProfile(u"office"_s)));
        FallbackSecretStore secrets(new KeychainSecretStore);
        Test::ScriptedPrompter prompter;
        Ui::MainWindow window(store, secrets, prompter);
        QSignalSpy changed(&window, &Ui::MainWindow::currentProfileChanged);

        auto *switcher = window.findChild<QComboBox *>(u"profileSwitcher"_s);
        QVERIFY(switcher->isEnabled());
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentText(), u"home-lab"_s);
        QVERIFY(window.windowTitle().startsWith(u"home-lab"_s));

        switcher->setCurrentIndex(1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toString(), store.find(u"office"_s)->id());
        auto *pools = window.findChild<Ui::EmptyState *>(u"placeholder_Pools"_s);
        QVERIFY2(pools->text().contains(u"office"_s), qPrintable(pools->text()));

        // Removing the chosen profile falls back to the remaining one and says so.
        QVERIFY(store.remove(u"office"_s));
        QCOMPARE(switcher->count(), 1);
        QCOMPARE(switcher->currentText(), u"home-lab"_s);
        QCOMPARE(changed.count(), 1);
    }

    void testSetPanelWidgetReplacesPlaceholder()
    {
        Test::IsolatedHome home;
        ProfileStore store;
        FallbackSecretStore secrets(new KeychainSecretStore);
        Test::ScriptedPrompter prompter;
        Ui::MainWindow window(store, secrets, prompter);
        window.showPanel(Ui::MainWindow::Panel::Uptime);
        auto *panel = new QWidget;
        panel->setObjectName(u"realUptimePanel"_s);
        window.setPanelWidget(Ui::MainWindow::Panel::Uptime, panel);
        auto *stack = window.findChild<QStackedWidget *>(u"panelStack"_s);
        QCOMPARE(stack->count(), 8);
        QCOMPARE(stack->currentWidget(), panel);
        QTRY_VERIFY(!window.findChild<Ui::EmptyState *>(u"placeholder_Uptime"_s));
    }

    void testKeychainUnavailableAsksBeforeSessionFallback_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::newRow("declined") << false;
        QTest::newRow("accepted") << true;
    }

    void testKeychainUnavailableAsksBeforeSessionFallback()
    {
        QFETCH(bool, accept);
        Test::IsolatedHome home;
        // No D-Bus session: the keychain cannot work.
        const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/krynet-test-bus");
        ProfileStore store;
        QVERIFY(store.add(makeProfile(u"lab"_s)));
        FallbackSecretStore secrets(new KeychainSecretStore(nullptr, std::chrono::milliseconds(10)));
        Test::ScriptedPrompter prompter;
        prompter.confirmAnswer = accept;
        Ui::MainWindow window(store, secrets, prompter);

        auto future = secrets.write(store.profiles().constFirst().secretKey(u"sonarr.api-key"_s), u"k3y-value"_s);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QVERIFY(future.result().isError());
        QTRY_COMPARE(prompter.count(PromptKind::Confirm | PromptKind::Secret), 1);
        QCOMPARE(secrets.isUsingSessionFallback(), accept);
        QCOMPARE(secrets.isPersistent(), !accept);
        if (accept) {
            auto write = secrets.write(u"k"_s, u"in-memory-value"_s);
            QTRY_VERIFY(write.isFinished());
            QVERIFY(write.result().hasValue());
            auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
            QVERIFY2(status->text().contains(u"session"_s), qPrintable(status->text()));
        }
        qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
