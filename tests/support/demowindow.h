#pragma once

// GUI tests only (header-only: it needs the widget and app layers, which krynet_testsupport does not link).

#include <memory>
#include <optional>

#include <QTest>

#include "app/gui/guiapp.h"
#include "app/gui/sessioncoordinator.h"
#include "core/config/profilestore.h"
#include "core/lab/demolab.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/trayicon.h"

namespace KryNet::Test
{

/**
 * The app's main window as GuiApp builds it for a demo lab: every panel, the tray and the command
 * palette, the session coordinator, in an isolated HOME with a prompter that declines everything;
 * 1280 × 800, shown. The lab's profile is added by open(), which waits until its session exists.
 */
struct DemoWindow
{
    IsolatedHome home;
    DecliningPrompter prompter;
    ProfileStore profiles{QString()};
    MemorySecretStore secrets;
    std::optional<Ui::MainWindow> window;
    std::unique_ptr<Ui::TrayIcon> tray;
    std::optional<SessionCoordinator> sessions;

    explicit DemoWindow(const DemoLabSetup &setup)
    {
        DemoLab::storeSecrets(setup, secrets);
        window.emplace(profiles, secrets, prompter);
        window->setDemoMode(true);
        GuiApp::installPanels(*window, prompter);
        tray = GuiApp::installShell(*window, prompter);
        sessions.emplace(*window, profiles, secrets, prompter, QString());
        window->resize(1280, 800);
        window->show();
    }

    /// Adds @p setup's profile and waits for its session; false (with the reason logged) if it fails.
    [[nodiscard]] bool open(const DemoLabSetup &setup)
    {
        if (!QTest::qWaitForWindowExposed(&*window)) {
            qWarning("the window was not exposed");
            return false;
        }
        if (auto added = profiles.add(setup.profile); !added) {
            qWarning("%s", qPrintable(added.error().toString()));
            return false;
        }
        return QTest::qWaitFor([this] { return window->session() != nullptr; }, 10000);
    }
};

} // namespace KryNet::Test
