// The setup assistant's "Explore the demo lab" on a fresh machine, through exactly what krynet runs
// (GuiApp::run): the profiles' window opens the assistant, the button ends it, and the same process
// goes on to the demo lab (krynet-labsim started by the app), whose panels answer — with nothing of
// the demo written to the user's configuration.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include "app/gui/guiapp.h"
#include "core/config/profilestore.h"
#include "core/lab/labsession.h"
#include "tests/support/testenv.h"
#include "ui/setup/setupwizard.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/labpanel.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestDemoSwitch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testExploreTheDemoLabSwitchesInPlace()
    {
        Test::IsolatedHome home;
        QVERIFY(home.isValid());
        QVERIFY(!qEnvironmentVariable("KRYNET_LABSIM").isEmpty());

        // What the test saw, filled in by a timer that keeps ticking across both event loops.
        QPointer<Ui::SetupWizard> wizard;
        QPointer<Ui::MainWindow> profilesWindow;
        QPointer<Ui::MainWindow> demoWindow;
        bool clicked = false;
        bool profilesWindowGone = false;
        QString demoProfile;
        QString failure;
        QElapsedTimer elapsed;
        elapsed.start();

        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            if (elapsed.elapsed() > 90000) {
                failure =
                    u"no answer within 90 s (clicked: %1, demo window: %2)"_s.arg(clicked).arg(!demoWindow.isNull());
                QCoreApplication::exit(3);
                return;
            }
            if (!clicked) {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *found = qobject_cast<Ui::SetupWizard *>(w); found && found->isVisible()) {
                        wizard = found;
                        profilesWindow = qobject_cast<Ui::MainWindow *>(found->parentWidget());
                        auto *demo = found->findChild<QPushButton *>(u"demoButton"_s);
                        if (!demo || !demo->isVisible()) {
                            failure = u"the assistant shows no demo button"_s;
                            QCoreApplication::exit(3);
                            return;
                        }
                        clicked = true;
                        QTest::mouseClick(demo, Qt::LeftButton);
                        return;
                    }
                }
                return;
            }
            // After the click: the profiles' window is gone, a demo window shows the simulated lab.
            profilesWindowGone = profilesWindow.isNull() && wizard.isNull();
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *window = qobject_cast<Ui::MainWindow *>(w);
                if (window && window->isVisible() && window->isDemoMode())
                    demoWindow = window;
            }
            if (!demoWindow || !demoWindow->session())
                return;
            demoProfile = demoWindow->session()->profile().name();
            // Done when the panel shown (Services) has its first answer from the simulated lab.
            for (const auto &panel : demoWindow->installedPanels()) {
                auto *labPanel = qobject_cast<Ui::LabPanel *>(panel.second);
                if (panel.first == demoWindow->currentPanel() && labPanel && labPanel->hasFirstAnswer()) {
                    QCoreApplication::exit(0);
                    return;
                }
            }
        });
        driver.start();

        GuiApp::RunOptions options;
        options.startPanel = Ui::MainWindow::Panel::Services;
        const int code = GuiApp::run(options, QString());
        driver.stop();

        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(code, 0);
        QVERIFY(clicked);
        QVERIFY(profilesWindowGone);     // the same process, the profiles' window replaced…
        QVERIFY(!demoProfile.isEmpty()); // …by the demo lab's, with a session on the simulated lab
        QVERIFY(demoWindow.isNull());    // and that window ended with the run
        // The demo saved nothing: no profiles file, the user's store still empty.
        ProfileStore profiles;
        QVERIFY(!QFile::exists(profiles.filePath()));
        QVERIFY(profiles.load());
        QVERIFY(profiles.isEmpty());
    }
};

QTEST_MAIN(TestDemoSwitch)
#include "test_demoswitch.moc"
