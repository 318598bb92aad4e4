// krynet: the composition root of the GUI. Builds the core services, injects them into the window.
#include <cstring>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMetaEnum>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include "app/gui/sessioncoordinator.h"
#include "app/gui/startuptimer.h"
#include "core/common/logging.h"
#include "core/config/profilestore.h"
#include "core/lab/demolab.h"
#include "core/secrets/fallbacksecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "translations/i18n.h"
#include "ui/panels/containers/containerspanel.h"
#include "ui/panels/llm/llmpanel.h"
#include "ui/panels/media/mediapanel.h"
#include "ui/panels/pools/poolspanel.h"
#include "ui/panels/scrubs/scrubspanel.h"
#include "ui/panels/services/servicespanel.h"
#include "ui/panels/uptime/uptimepanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

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

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    installAppTranslation(app);
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
    window.setPanelWidget(Ui::MainWindow::Panel::Pools, new Ui::PoolsPanel(prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Scrubs, new Ui::ScrubsPanel(prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Containers, new Ui::ContainersPanel(prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Media, new Ui::MediaPanel(&prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Llm, new Ui::LlmPanel(&prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Uptime, new Ui::UptimePanel(&prompter));
    window.setPanelWidget(Ui::MainWindow::Panel::Services, new Ui::ServicesPanel);
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
    installTranslations(app);

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
    const QCommandLineOption demoLatencyOption(
        u"demo-latency"_s,
        QCoreApplication::translate("main", "With --demo: the simulated lab answers every request and SSH command "
                                            "this many milliseconds late, like a slow link."),
        u"MS"_s);
    parser.addOption(demoLatencyOption);
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

    ProfileStore profiles;
    const Result<void> loaded = profiles.load();
    // With nothing configured, the first look is the demo lab (a damaged profiles file is reported instead).
    const bool demo = parser.isSet(demoOption) || (loaded && profiles.isEmpty());

    Ui::DialogPrompter prompter;
    if (demo) {
        // The demo never touches the user's profiles or keychain: an unsaved store and memory secrets.
        ProfileStore demoProfiles(QString{});
        MemorySecretStore demoSecrets;
        Ui::MainWindow window(demoProfiles, demoSecrets, prompter);
        window.setDemoMode(true);
        installPanels(window, prompter);
        if (startPanel)
            window.showPanel(*startPanel);
        SessionCoordinator sessions(window, demoProfiles, demoSecrets, prompter, QString());
        StartupTimer timer(window, timing);
        window.show();
        DemoLab lab;
        if (const int latency = parser.value(demoLatencyOption).toInt(); latency > 0)
            lab.setExtraArguments({u"--fault"_s, u"*={\"latencyMs\":%1}"_s.arg(latency)});
        lab.start().then(&window, [&window, &demoProfiles, &demoSecrets](const Result<DemoLabSetup> &setup) {
            if (!setup) {
                window.showStartupError(setup.error());
                return;
            }
            DemoLab::storeSecrets(*setup, demoSecrets);
            if (auto added = demoProfiles.add(setup->profile); !added)
                window.showStartupError(added.error());
        });
        return QApplication::exec();
    }

    auto *secrets = new FallbackSecretStore(new KeychainSecretStore, &app);
    Ui::MainWindow window(profiles, *secrets, prompter);
    installPanels(window, prompter);
    if (startPanel)
        window.showPanel(*startPanel);
    SessionCoordinator sessions(window, profiles, *secrets, prompter, ActionLog::defaultFilePath());
    StartupTimer timer(window, timing);
    window.show();

    if (!loaded) {
        // After the window is up, so the message has a parent and the event loop runs.
        QTimer::singleShot(0, &window, [&window, error = loaded.error()] { window.showStartupError(error); });
    }
    if (parser.isSet(profileOption)) {
        const auto chosen = profiles.resolve(parser.value(profileOption));
        if (!chosen)
            QTimer::singleShot(0, &window, [&window, error = chosen.error()] { window.showStartupError(error); });
    }
    return QApplication::exec();
}
