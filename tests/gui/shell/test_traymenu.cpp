// The tray menu is rebuilt on every summary change (issue 15, memory growth over a soak): a rebuild
// replaces the menu's contents, it never leaves the previous Notifications submenu behind.
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/trayicon.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestTrayMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebuildsKeepOneSubmenu()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"krynet.ini"_s), QSettings::IniFormat);
        MemorySecretStore secrets;
        ProfileStore profiles{QString()};
        Test::DecliningPrompter prompter;
        Ui::MainWindow window(profiles, secrets, prompter);
        Ui::TrayIcon tray(window, prompter, &settings);
        const qsizetype actionsAtFirst = tray.menu()->findChildren<QAction *>().size();
        QCOMPARE(tray.menu()->findChildren<QMenu *>().size(), 1);

        // Each snooze and resume changes the notifier's settings, and each change rebuilds the menu; from
        // the submenu's own actions, as a user would.
        for (int i = 0; i < 20; ++i) {
            auto *snooze = tray.menu()->findChild<QAction *>(u"traySnooze1"_s);
            QVERIFY(snooze);
            snooze->trigger();
            QVERIFY(tray.notifier().isSnoozed());
            auto *resume = tray.menu()->findChild<QAction *>(u"trayResume"_s);
            QVERIFY(resume);
            resume->trigger();
            QVERIFY(!tray.notifier().isSnoozed());
        }
        // Before: 41 Notifications submenus with all their actions, one more per rebuild.
        QCOMPARE(tray.menu()->findChildren<QMenu *>().size(), 1);
        QCOMPARE(tray.menu()->findChildren<QAction *>().size(), actionsAtFirst);
        // The replaced submenus go on the next event-loop turn (a rebuild may run inside their actions).
        QPointer<QMenu> current = tray.menu()->findChild<QMenu *>();
        QTest::qWait(0);
        QVERIFY(current);
    }
};

QTEST_MAIN(TestTrayMenu)
#include "test_traymenu.moc"
