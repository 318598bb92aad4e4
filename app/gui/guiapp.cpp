#include "app/gui/guiapp.h"

#include <memory>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMetaEnum>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QThreadPool>
#include <QTimer>

#include "app/gui/sessioncoordinator.h"
#include "app/gui/startuptimer.h"
#include "core/common/displaytext.h"
#include "core/common/logging.h"
#include "core/common/processmemory.h"
#include "core/config/profilestore.h"
#include "core/config/sshconfig.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/fallbacksecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/panels/containers/containerspanel.h"
#include "ui/panels/llm/llmpanel.h"
#include "ui/panels/media/mediapanel.h"
#include "ui/panels/overview/overviewpanel.h"
#include "ui/panels/pools/poolspanel.h"
#include "ui/panels/scrubs/scrubspanel.h"
#include "ui/panels/services/servicespanel.h"
#include "ui/panels/uptime/uptimepanel.h"
#include "ui/setup/setupwizard.h"
#include "ui/shell/actionlogview.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/trayicon.h"
#include "ui/widgets/labpanel.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::GuiApp
{

namespace
{

// --screenshot FILE (hidden; scripts/screenshots): at 1280×800, grab the window once the panel shown
// has its first answer (or after 30 s), save it and quit.
void armScreenshot(Ui::MainWindow &window, const QString &file)
{
    window.resize(1280, 800);
    auto done = std::make_shared<bool>(false);
    const auto grab = [&window, file, done] {
        if (*done)
            return;
        *done = true;
        // A moment for the layouts and the first paint of the data to settle.
        QTimer::singleShot(500, &window, [&window, file] { QCoreApplication::exit(window.grab().save(file) ? 0 : 1); });
    };
    for (const auto &[panel, widget] : window.installedPanels()) {
        auto *labPanel = qobject_cast<Ui::LabPanel *>(widget);
        if (panel == window.currentPanel() && labPanel)
            QObject::connect(labPanel, &Ui::LabPanel::firstAnswerShown, &window, grab);
    }
    QTimer::singleShot(30000, &window, grab);
}

// The setup assistant, window-modal over @p window: a new profile is shown once it is saved; "Explore
// the demo lab" ends this event loop with SwitchToDemo.
void openSetup(Ui::MainWindow &window, ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager &network,
               Ui::Prompter &prompter)
{
    Ui::SetupContext context;
    context.profiles = &profiles;
    context.secrets = &secrets;
    context.network = &network;
    context.prompter = &prompter;
    context.sshDir = QDir::homePath() + u"/.ssh"_s;
    context.sshConfigPath = SshConfig::defaultPath();
    auto *wizard = new Ui::SetupWizard(context, &window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    QObject::connect(wizard, &Ui::SetupWizard::profileCreated, &window,
                     [&window](const QString &id) { window.selectProfile(id); });
    QObject::connect(wizard, &Ui::SetupWizard::demoRequested, &window, [] { QCoreApplication::exit(SwitchToDemo); });
    wizard->open();
}

} // namespace

// Every panel that exists replaces its placeholder; the window hands each the current LabSession.
void installPanels(Ui::MainWindow &window, Ui::Prompter &prompter)
{
    auto *overview = new Ui::OverviewPanel;
    QObject::connect(overview, &Ui::OverviewPanel::openRequested, &window, [&window](LabSummary::Tile tile) {
        window.showPanel(Ui::MainWindow::Panel(Ui::panelForTile(tile)));
    });
    window.setPanelWidget(Ui::MainWindow::Panel::Overview, overview);
    window.setPanelWidget(Ui::MainWindow::Panel::Pools, new Ui::PoolsPanel(prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Scrubs, new Ui::ScrubsPanel(prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Containers, new Ui::ContainersPanel(prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Media, new Ui::MediaPanel(&prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Llm, new Ui::LlmPanel(&prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Uptime, new Ui::UptimePanel(&prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Services, new Ui::ServicesPanel);
}

// The tray (status icon, problems, notifications) and the command palette (Ctrl+K) follow the session.
/// Every 30 s, what the allocator holds free goes back to the system, on a worker thread (a refresh's
/// megabytes of JSON are freed into glibc's per-thread arenas, which would otherwise keep them).
void releaseFreeMemoryPeriodically(QObject *owner)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(std::chrono::seconds(30));
    QObject::connect(timer, &QTimer::timeout, owner,
                     [] { QThreadPool::globalInstance()->start(releaseFreeHeapMemory); });
    timer->start();
}

std::unique_ptr<Ui::TrayIcon> installShell(Ui::MainWindow &window, Ui::Prompter &prompter)
{
    releaseFreeMemoryPeriodically(&window);
    auto tray = std::make_unique<Ui::TrayIcon>(window, prompter);
    QObject::connect(&window, &Ui::MainWindow::sessionChanged, tray.get(), &Ui::TrayIcon::setSession);
    auto *palette = new Ui::CommandPalette(window, prompter);
    QObject::connect(&window, &Ui::MainWindow::sessionChanged, palette, &Ui::CommandPalette::setSession);
    QObject::connect(palette, &Ui::CommandPalette::actionFinished, &window, [&window](bool, const QString &message) {
        window.statusBar()->showMessage(DisplayText::text(message), 10000);
    });
    auto *open = new QAction(QCoreApplication::translate("main", "Command palette…"), &window);
    open->setObjectName(u"commandPaletteAction"_s);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    open->setShortcutContext(Qt::ApplicationShortcut);
    window.addAction(open);
    QObject::connect(open, &QAction::triggered, palette, &Ui::CommandPalette::open);

    // The action log of the session shown: time, target, result, the server's answer.
    auto *logView = new Ui::ActionLogView(&window);
    auto *showLog = new QAction(QCoreApplication::translate("main", "Action log…"), &window);
    showLog->setObjectName(u"actionLogAction"_s);
    showLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    window.addAction(showLog);
    const auto openLog = [&window, logView] {
        logView->setLog(window.session() ? &window.session()->actionLog() : nullptr);
        logView->show();
        logView->raise();
    };
    QObject::connect(showLog, &QAction::triggered, logView, openLog);
    QObject::connect(palette, &Ui::CommandPalette::actionLogRequested, logView, openLog);

    // Window state remembered (size, position, toolbars) in the app's settings.
    const QSettings settings;
    window.restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    window.restoreState(settings.value(u"window/state"_s).toByteArray());
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, &window, [&window] {
        QSettings out;
        out.setValue(u"window/geometry"_s, window.saveGeometry());
        out.setValue(u"window/state"_s, window.saveState());
    });
    return tray;
}

std::optional<Ui::MainWindow::Panel> panelFromName(const QString &name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Ui::MainWindow::Panel>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (QString::fromLatin1(meta.key(i)).compare(name, Qt::CaseInsensitive) == 0)
            return Ui::MainWindow::Panel(meta.value(i));
    }
    return std::nullopt;
}

int runDemo(const RunOptions &options)
{
    // The demo never touches the user's profiles or keychain: an unsaved store and memory secrets.
    Ui::DialogPrompter prompter;
    ProfileStore demoProfiles(QString{});
    MemorySecretStore demoSecrets;
    Ui::MainWindow window(demoProfiles, demoSecrets, prompter);
    window.setDemoMode(true);
    installPanels(window, prompter);
    if (options.startPanel)
        window.showPanel(*options.startPanel);
    const auto tray = installShell(window, prompter);
    SessionCoordinator sessions(window, demoProfiles, demoSecrets, prompter, QString());
    StartupTimer timer(window, options.timing);
    if (!options.screenshotFile.isEmpty())
        armScreenshot(window, options.screenshotFile);
    window.show();
    DemoLab lab;
    QStringList labArguments;
    if (options.demoLatencyMs > 0)
        labArguments << u"--fault"_s << u"*={\"latencyMs\":%1}"_s.arg(options.demoLatencyMs);
    if (!options.demoScale.isEmpty())
        labArguments << u"--scale"_s << options.demoScale;
    lab.setExtraArguments(labArguments);
    lab.start().then(&window, [&window, &demoProfiles, &demoSecrets, &timer](const Result<DemoLabSetup> &setup) {
        if (!setup) {
            window.showStartupError(setup.error());
            return;
        }
        timer.setTrafficCounter(setup->controlUrl, setup->controlToken);
        DemoLab::storeSecrets(*setup, demoSecrets);
        if (auto added = demoProfiles.add(setup->profile); !added)
            window.showStartupError(added.error());
    });
    return QApplication::exec();
}

int runWithProfiles(const RunOptions &options, const QString &profileName)
{
    ProfileStore profiles;
    const Result<void> loaded = profiles.load();
    Ui::DialogPrompter prompter;
    auto secrets = std::make_unique<FallbackSecretStore>(new KeychainSecretStore);
    Ui::MainWindow window(profiles, *secrets, prompter);
    installPanels(window, prompter);
    if (options.startPanel)
        window.showPanel(*options.startPanel);
    const auto tray = installShell(window, prompter);
    SessionCoordinator sessions(window, profiles, *secrets, prompter, ActionLog::defaultFilePath());
    StartupTimer timer(window, options.timing);
    QObject::connect(&window, &Ui::MainWindow::addProfileRequested, &window,
                     [&window, &profiles, &secrets, &sessions, &prompter] {
                         openSetup(window, profiles, *secrets, sessions.network(), prompter);
                     });
    window.show();

    if (!loaded) {
        // After the window is up, so the message has a parent and the event loop runs.
        QTimer::singleShot(0, &window, [&window, error = loaded.error()] { window.showStartupError(error); });
    } else if (profiles.isEmpty()) {
        // Nothing configured yet: the first look is the setup assistant (which also offers the demo).
        QTimer::singleShot(0, &window, &Ui::MainWindow::addProfileRequested);
    }
    if (!profileName.isEmpty()) {
        const auto chosen = profiles.resolve(profileName);
        if (!chosen)
            QTimer::singleShot(0, &window, [&window, error = chosen.error()] { window.showStartupError(error); });
        else
            window.selectProfile(chosen->id());
    }
    return QApplication::exec();
}

int run(const RunOptions &options, const QString &profileName)
{
    const int code = runWithProfiles(options, profileName);
    return code == SwitchToDemo ? runDemo(options) : code;
}

} // namespace KryNet::GuiApp
