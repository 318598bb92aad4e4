// krynet: the composition root of the GUI. Builds the core services, injects them into the window.
#include <cstring>
#include <optional>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>
#include <QTranslator>

#include "app/gui/guiapp.h"
#include "core/common/logging.h"
#include "translations/i18n.h"
#include "ui/widgets/inertitemviews.h"
#include "ui/widgets/plaintextlabels.h"

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
    Ui::installPlainTextLabels(&app); // server-provided names are never rendered as rich text
    Ui::installInertItemViews(&app);  // … nor split, reordered or blown up in item views

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
        startPanel = GuiApp::panelFromName(parser.value(panelOption));
        if (!startPanel) {
            QTextStream(stderr)
                << QCoreApplication::translate("main", "krynet: unknown panel “%1”.").arg(parser.value(panelOption))
                << Qt::endl;
            return 2;
        }
    }

    GuiApp::RunOptions options;
    options.timing = timing;
    options.startPanel = startPanel;
    if (parser.isSet(screenshotOption))
        options.screenshotFile = parser.value(screenshotOption);
    options.demoLatencyMs = parser.value(demoLatencyOption).toInt();
    options.demoScale = parser.value(demoScaleOption);

    if (parser.isSet(demoOption))
        return GuiApp::runDemo(options);
    return GuiApp::run(options, parser.value(profileOption));
}
