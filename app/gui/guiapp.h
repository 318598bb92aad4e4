#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "app/gui/startuptimer.h"
#include "ui/shell/mainwindow.h"

namespace KryNet::Ui
{
class Prompter;
class TrayIcon;
} // namespace KryNet::Ui

namespace KryNet::GuiApp
{

/// What both kinds of window (the user's profiles, the demo lab) are built from.
struct RunOptions
{
    StartupTimer::Options timing;
    std::optional<Ui::MainWindow::Panel> startPanel;
    QString screenshotFile;
    int demoLatencyMs = 0;
    QString demoScale; ///< --demo-scale SPEC for krynet-labsim --scale
};

/// Every panel into @p window (each replaces its placeholder; the window hands it the session).
void installPanels(Ui::MainWindow &window, Ui::Prompter &prompter);
/// The tray, the command palette (Ctrl+K), the action log viewer and the remembered window state.
[[nodiscard]] std::unique_ptr<Ui::TrayIcon> installShell(Ui::MainWindow &window, Ui::Prompter &prompter);

/// "pools", "Services"… → the panel; nullopt when unknown.
[[nodiscard]] std::optional<Ui::MainWindow::Panel> panelFromName(const QString &name);

/// The demo lab: krynet-labsim started by the app, an unsaved profile store and memory secrets.
int runDemo(const RunOptions &options);

/// The user's profiles (the setup assistant first when there are none). Returns the event loop's code;
/// SwitchToDemo when the assistant's "Explore the demo lab" was chosen.
int runWithProfiles(const RunOptions &options, const QString &profileName);

/// Exit code of runWithProfiles() when the demo was asked for.
constexpr int SwitchToDemo = 0x4b4e;

/// The GUI after the command line: the user's profiles, and on "Explore the demo lab" the demo lab in
/// the same process (the profiles' window closes, the demo's opens; nothing of the demo is saved).
int run(const RunOptions &options, const QString &profileName);

} // namespace KryNet::GuiApp
