// krynetctl: the core, scriptable. JSON output with --json; exit codes 0 ok, 1 failure, 2 usage.
#include <memory>

#include <QCoreApplication>
#include <QTextStream>

#include "app/cli/cli.h"
#include "app/cli/containercommands.h"
#include "app/cli/httpcommands.h"
#include "app/cli/llmcommands.h"
#include "app/cli/mediacommands.h"
#include "app/cli/poolcommands.h"
#include "app/cli/scrubplancommands.h"
#include "app/cli/sshcommands.h"
#include "app/cli/uptimecommands.h"
#include "core/common/logging.h"
#include "core/config/profilestore.h"
#include "core/lab/demolab.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "translations/i18n.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Cli;

namespace
{

void printUsage(QTextStream &out, const CommandRegistry &registry)
{
    out << Text::tr("Usage: krynetctl [--json] COMMAND [options]") << Qt::endl << Qt::endl;
    out << Text::tr("Commands:") << Qt::endl;
    for (const Command &command : registry.commands())
        out << u"  "_s << command.name.leftJustified(16) << u' ' << command.summary << Qt::endl;
    out << Qt::endl
        << Text::tr("Global options: --json (machine-readable output), --demo (run against the simulated demo lab), "
                    "--version, --help.")
        << Qt::endl
        << Text::tr("Configuration: $KRYNET_CONFIG_DIR, else $XDG_CONFIG_HOME/krynet.") << Qt::endl
        << Text::tr("Run 'krynetctl COMMAND --help' for a command's options.") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"KryNet"_s);
    QCoreApplication::setApplicationName(u"krynetctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KRYNET_VERSION));
    installAppTranslation(app);

    CommandRegistry registry;
    registerProfileCommands(registry);
    registerProfileTransferCommands(registry);
    registerSecretCommands(registry);
    registerSshCommands(registry);
    registerHttpCommands(registry);
    registerLlmCommands(registry);
    registerMediaCommands(registry);
    registerPoolCommands(registry);
    registerScrubPlanCommands(registry);
    registerContainerCommands(registry);
    registerUptimeCommands(registry);

    QStringList args = QCoreApplication::arguments().mid(1);
    // Global flags may appear anywhere before "--"; after it, every argument belongs to the remote command.
    const auto takeGlobalFlag = [&args](const QString &flag) {
        const qsizetype end = args.indexOf(u"--"_s);
        bool found = false;
        for (qsizetype i = (end < 0 ? args.size() : end) - 1; i >= 0; --i) {
            if (args.at(i) == flag) {
                args.removeAt(i);
                found = true;
            }
        }
        return found;
    };
    const bool json = takeGlobalFlag(u"--json"_s);
    const bool demo = takeGlobalFlag(u"--demo"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (args.isEmpty() || args.constFirst() == u"--help"_s || args.constFirst() == u"-h"_s ||
        args.constFirst() == u"help"_s) {
        printUsage(args.isEmpty() ? err : out, registry);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.constFirst() == u"--version"_s || args.constFirst() == u"-v"_s || args.constFirst() == u"version"_s) {
        if (json)
            out << u"{\"name\":\"krynetctl\",\"version\":\""_s << QCoreApplication::applicationVersion() << u"\"}"_s
                << Qt::endl;
        else
            out << u"krynetctl "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    qsizetype consumed = 0;
    const Command *command = registry.match(args, &consumed);
    if (!command) {
        err << Text::tr("krynetctl: unknown command “%1”.").arg(args.mid(0, 2).join(u' ')) << Qt::endl << Qt::endl;
        printUsage(err, registry);
        return ExitUsage;
    }

    // --demo: the same command against the simulated lab, with an in-memory profile and secrets. The lab
    // is declared first so it outlives the command's connections to it.
    std::unique_ptr<DemoLab> lab;
    ProfileStore profiles(demo ? QString() : ProfileStore::defaultFilePath());
    std::unique_ptr<SecretStore> secrets;
    if (demo)
        secrets = std::make_unique<MemorySecretStore>();
    Invocation invocation(command->name, args.mid(consumed), json, profiles, [&secrets]() -> SecretStore & {
        if (!secrets)
            secrets = std::make_unique<KeychainSecretStore>();
        return *secrets;
    });
    int exitCode = ExitFailure;
    QObject::connect(&invocation, &Invocation::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });

    if (demo) {
        lab = std::make_unique<DemoLab>();
        lab->start().then(&invocation, [&](const Result<DemoLabSetup> &setup) {
            if (!setup)
                return invocation.fail(setup.error());
            DemoLab::storeSecrets(*setup, *secrets);
            if (auto added = profiles.add(setup->profile); !added)
                return invocation.fail(added.error());
            command->run(invocation);
        });
    } else {
        command->run(invocation);
    }
    app.exec();
    return exitCode;
}
