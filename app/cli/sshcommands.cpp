// krynetctl exec / ssh-check: the SSH transport of core/ssh from the command line (issue 3).
#include "app/cli/sshcommands.h"

#include <cstdio>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include "app/cli/cli.h"
#include "core/config/profilestore.h"
#include "core/secrets/secretstore.h"
#include "core/ssh/profileoptions.h"
#include "core/ssh/sshconnection.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace KryNet::Cli
{

namespace
{

using Ssh::HostKeyDecision;
using Ssh::HostKeyInfo;
using Ssh::SshConnection;

void writeRaw(FILE *stream, const QByteArray &data)
{
    if (!data.isEmpty())
        std::fwrite(data.constData(), 1, size_t(data.size()), stream);
    std::fflush(stream);
}

void execCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Run a command on the profile's server over SSH. Each ARG arrives as exactly one argument (no "
                 "shell interpretation). Prints its output and exits with its exit status."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption sudo{u"sudo"_s, Text::tr("Run through `sudo -n` (never prompts).")};
    const QCommandLineOption timeout{u"timeout"_s, Text::tr("Stop the command after SECONDS (default 60, 0 = none)."),
                                     u"SECONDS"_s};
    parser.addOptions({profile, accept, sudo, timeout});
    if (!inv.parse(parser, u"-- CMD [ARGS…]"_s))
        return;
    const QStringList argv = parser.positionalArguments();
    if (argv.isEmpty())
        return inv.usageError(Text::tr("Name the command to run after --."));
    Ssh::RemoteCommand command(argv);
    if (parser.isSet(sudo))
        command = command.withSudo();
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds < 0)
            return inv.usageError(Text::tr("--timeout needs a number of seconds."));
        command = command.withTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    }
    SshConnection *connection = inv.sshConnection(parser.value(profile), parser.value(accept));
    if (!connection)
        return;
    connection->run(command).then(&inv, [&inv](const Result<Ssh::CommandResult> &r) {
        if (!r)
            return inv.fail(r.error(), r.error().exitCode().value_or(ExitFailure));
        if (inv.json()) {
            const QJsonObject obj{{u"exitStatus"_s, r->exitStatus},
                                  {u"stdout"_s, QString::fromUtf8(r->stdOut)},
                                  {u"stderr"_s, QString::fromUtf8(r->stdErr)},
                                  {u"durationMs"_s, double(r->duration.count()) / 1000.0}};
            inv.out() << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            inv.out().flush();
            writeRaw(stdout, r->stdOut);
            writeRaw(stderr, r->stdErr);
        }
        // A signal death maps to 128+n like a shell would report it; unknown signals to 255.
        inv.finish(r->exitStatus >= 0 ? r->exitStatus : 255);
    });
}

void sshCheck(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Check the SSH connection of a profile: connect, host key, login "
                                              "and one command round trip, with timings."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    parser.addOptions({profile, accept});
    if (!inv.parse(parser))
        return;
    SshConnection *connection = inv.sshConnection(parser.value(profile), parser.value(accept));
    if (!connection)
        return;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connection->connectToHost().then(&inv, [&inv, connection, timer](const Result<void> &connected) {
        if (!connected)
            return inv.fail(connected.error());
        const double connectMs = double(timer->nsecsElapsed()) / 1e6;
        // Two round trips: the first also pays for the server's session set-up after login.
        connection->run(Ssh::RemoteCommand({u"true"_s}))
            .then(&inv, [&inv, connection, connectMs](const Result<Ssh::CommandResult> &first) {
                if (!first)
                    return inv.fail(first.error());
                const double firstMs = double(first->duration.count()) / 1000.0;
                connection->run(Ssh::RemoteCommand({u"true"_s}))
                    .then(&inv, [&inv, connection, connectMs, firstMs](const Result<Ssh::CommandResult> &r) {
                        if (!r)
                            return inv.fail(r.error());
                        const double rttMs = double(r->duration.count()) / 1000.0;
                        const Ssh::SshOptions &o = connection->options();
                        if (inv.json()) {
                            const QJsonObject obj{{u"ok"_s, true},
                                                  {u"target"_s, o.displayName()},
                                                  {u"knownHosts"_s, o.knownHostsFile},
                                                  {u"connectMs"_s, connectMs},
                                                  {u"firstCommandMs"_s, firstMs},
                                                  {u"roundTripMs"_s, rttMs}};
                            inv.out() << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact))
                                      << Qt::endl;
                        } else {
                            inv.out()
                                << Text::tr("SSH to %1: ok").arg(o.displayName()) << Qt::endl
                                << Text::tr("  host key   verified (%1)").arg(o.knownHostsFile) << Qt::endl
                                << Text::tr("  login      ok") << Qt::endl
                                << Text::tr("  connect    %1 ms (TCP, key exchange, login)").arg(connectMs, 0, 'f', 1)
                                << Qt::endl
                                << Text::tr("  round trip %1 ms (one command; the first took %2 ms)")
                                       .arg(rttMs, 0, 'f', 1)
                                       .arg(firstMs, 0, 'f', 1)
                                << Qt::endl;
                        }
                        inv.finish(ExitOk);
                    });
            });
    });
}

} // namespace

void registerSshCommands(CommandRegistry &registry)
{
    registry.add({u"exec"_s, Text::tr("Run a command on the server over SSH."), execCommand});
    registry.add({u"ssh-check"_s, Text::tr("Check SSH: connect, host key, login, round trip."), sshCheck});
}

} // namespace KryNet::Cli
