// krynet: the composition root of the GUI. Builds the core services, injects them into the window.
#include <cstring>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMetaEnum>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include "app/gui/sessioncoordinator.h"
#include "app/gui/startuptimer.h"
#include "core/common/logging.h"
#include "core/config/profilestore.h"
#include "core/config/sshconfig.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/fallbacksecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "translations/i18n.h"
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
using namespace KryNet;

namespace
{

// Exit code of the event loop when the setup assistant's "Explore the demo lab" was chosen: main()
// then builds the demo in the same process.
constexpr int SwitchToDemo = 0x4b4e;

// What both kinds of window are built from.
struct RunOptions
{
    StartupTimer::Options timing;
    std::optional<Ui::MainWindow::Panel> startPanel;
    QString screenshotFile;
    int demoLatencyMs = 0;
    QString demoScale; ///< --demo-scale SPEC for krynet-labsim --scale
};

// --version and --help must work without a display (packaging checks, CI smoke runs), so they are
// answered before QApplication exists.
bool handledWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            QTextStream(stdout) << "krynet " << KRYNET_VERSION << Qt::endl;
            return true;
        }
    }
    return false;
}

// --lang LANG (or --lang=LANG) overrides the system locale; read before the parser, whose help it translates.
QLocale requestedLocale(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QLocale(QString::fromLocal8Bit(argv[i + 1]));
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QLocale(QString::fromLocal8Bit(argv[i] + 7));
    }
    return QLocale();
}

void installTranslations(QApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    installAppTranslation(app, locale);
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
std::unique_ptr<Ui::TrayIcon> installShell(Ui::MainWindow &window, Ui::Prompter &prompter)
{
    auto tray = std::make_unique<Ui::TrayIcon>(window, prompter);
    QObject::connect(&window, &Ui::MainWindow::sessionChanged, tray.get(), &Ui::TrayIcon::setSession);
    auto *palette = new Ui::CommandPalette(window, prompter);
    QObject::connect(&window, &Ui::MainWindow::sessionChanged, palette, &Ui::CommandPalette::setSession);
    QObject::connect(palette, &Ui::CommandPalette::actionFinished, &window,
                     [&window](bool, const QString &message) { window.statusBar()->showMessage(message, 10000); });
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

} // namespace

int main(int argc, char *argv[])
{
    installRedactingMessageHandler();
    if (handledWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"KryNet"_s);
    QCoreApplication::setApplicationName(u"krynet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KRYNET_VERSION));
    QGuiApplication::setApplicationDisplayName(u"KryNet Control"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(KRYNET_APP_ID));
    installTranslations(app, requestedLocale(argc, argv));

    // The platform style where there is one; Fusion instead of Qt's bare fallback style.
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE") &&
        app.style()->name().compare(u"windows"_s, Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "KryNet Control: your homelab at a glance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s, QCoreApplication::translate("main", "Open with this server profile."), u"NAME"_s);
    parser.addOption(profileOption);

    const QCommandLineOption panelOption(
        u"panel"_s,
        QCoreApplication::translate("main", "Open on this panel: overview, pools, scrubs, containers, media, llm, "
                                            "uptime or services."),
        u"PANEL"_s);
    parser.addOption(panelOption);
    const QCommandLineOption exitWhenReadyOption(
        u"exit-when-ready"_s,
        QCoreApplication::translate("main", "Quit as soon as every panel shows its first data, printing start-up "
                                            "timings as JSON (for benchmarks)."));
    parser.addOption(exitWhenReadyOption);
    const QCommandLineOption soakOption(
        u"soak"_s,
        QCoreApplication::translate("main", "With --exit-when-ready: keep refreshing every panel for this many "
                                            "seconds before quitting, reporting memory growth (for benchmarks)."),
        u"SECONDS"_s);
    parser.addOption(soakOption);
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Open the simulated demo lab instead of your servers."));
    parser.addOption(demoOption);
    const QCommandLineOption langOption(
        u"lang"_s,
        QCoreApplication::translate("main", "Show the interface in this language (de, en…) instead of the "
                                            "system's."),
        u"LANG"_s);
    parser.addOption(langOption);
    QCommandLineOption screenshotOption(u"screenshot"_s, u"Grab the window once the panel has its data."_s, u"FILE"_s);
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    const QCommandLineOption demoLatencyOption(
        u"demo-latency"_s,
        QCoreApplication::translate("main", "With --demo: the simulated lab answers every request and SSH command "
                                            "this many milliseconds late, like a slow link."),
        u"MS"_s);
    parser.addOption(demoLatencyOption);
    const QCommandLineOption demoScaleOption(
        u"demo-scale"_s,
        QCoreApplication::translate("main", "With --demo: a bigger simulated lab for load tests, e.g. "
                                            "containers=1000,torrents=10000,disks=200,requests=500,monitors=50."),
        u"SPEC"_s);
    parser.addOption(demoScaleOption);
    parser.process(app);

    const StartupTimer::Options timing{parser.isSet(exitWhenReadyOption), parser.value(soakOption).toInt()};
    std::optional<Ui::MainWindow::Panel> startPanel;
    if (parser.isSet(panelOption)) {
        startPanel = panelFromName(parser.value(panelOption));
        if (!startPanel) {
            QTextStream(stderr)
                << QCoreApplication::translate("main", "krynet: unknown panel “%1”.").arg(parser.value(panelOption))
                << Qt::endl;
            return 2;
        }
    }

    RunOptions options;
    options.timing = timing;
    options.startPanel = startPanel;
    if (parser.isSet(screenshotOption))
        options.screenshotFile = parser.value(screenshotOption);
    options.demoLatencyMs = parser.value(demoLatencyOption).toInt();
    options.demoScale = parser.value(demoScaleOption);

    if (parser.isSet(demoOption))
        return runDemo(options);
    const int code = runWithProfiles(options, parser.value(profileOption));
    return code == SwitchToDemo ? runDemo(options) : code;
}
