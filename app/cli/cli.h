#pragma once

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextStream>

#include "app/cli/inertoutput.h"
#include "core/common/error.h"

namespace KryNet
{
class ProfileStore;
class SecretStore;
namespace Ssh
{
class SshConnection;
}
} // namespace KryNet

namespace KryNet::Cli
{

/// Exit codes of krynetctl: 0 success, 1 the operation failed, 2 the command line was wrong.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
};

class Invocation;

/// One `krynetctl <name> …` command (or `<group> <verb>`). run() must end by calling Invocation::finish().
struct Command
{
    QString name;    ///< "profile add", "exec", "ssh-check"…
    QString summary; ///< one line, translated
    std::function<void(Invocation &)> run;
};

/**
 * The commands krynetctl knows. Each area registers its commands in main() (registerProfileCommands,
 * registerSshCommands…), so adding a command never touches another area's file.
 */
class CommandRegistry final
{
public:
    void add(Command command);
    /// Longest registered name that prefixes @p args ("profile add" before "profile"); nullptr if none.
    [[nodiscard]] const Command *match(const QStringList &args, qsizetype *consumed) const;
    [[nodiscard]] const QList<Command> &commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

/**
 * Everything a running command needs: its arguments, output streams, the profile and secret stores,
 * and the way to end. Output goes through out()/err(); --json asks commands for machine-readable
 * output on stdout (errors then also print as JSON objects on stderr).
 */
class Invocation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Invocation)

public:
    Invocation(QString commandName, QStringList args, bool json, ProfileStore &profiles,
               std::function<SecretStore &()> secrets, QObject *parent = nullptr);

    [[nodiscard]] const QString &commandName() const { return m_commandName; }
    /// Arguments after the command name, with --json removed.
    [[nodiscard]] const QStringList &args() const { return m_args; }
    [[nodiscard]] bool json() const { return m_json; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    [[nodiscard]] ProfileStore &profiles() { return m_profiles; }
    /// The secret store is created on first use (the keychain is not touched by commands that need none).
    [[nodiscard]] SecretStore &secrets() { return m_secrets(); }

    /// Parses args() with @p parser (which gets --help added). On a usage error prints it and finishes
    /// with ExitUsage, returning false. On --help prints help and finishes with ExitOk, returning false.
    [[nodiscard]] bool parse(QCommandLineParser &parser, const QString &positionalSyntax = {});

    /// Prints @p error (text or JSON) and finishes with @p code.
    void fail(const Error &error, int code = ExitFailure);
    /// Prints a usage mistake and finishes with ExitUsage.
    void usageError(const QString &message);
    /// Ends the command; the process exits with @p code once control returns to the event loop.
    void finish(int code);
    [[nodiscard]] bool isFinished() const { return m_finished; }

    /// Loads the profile (@p profileName, or the only one) and builds its SSH connection, owned by this
    /// invocation: an unknown host key is asked about on a terminal (or accepted only when its
    /// fingerprint is @p acceptedFingerprint), a key passphrase comes from the keychain or a prompt.
    /// On failure prints the error, finishes with ExitFailure and returns nullptr.
    [[nodiscard]] Ssh::SshConnection *sshConnection(const QString &profileName, const QString &acceptedFingerprint);

    /// Reads a secret from stdin when it is not a terminal, else prompts on the terminal without echo.
    [[nodiscard]] QString readSecret(const QString &prompt);
    /// Asks a yes/no question on the terminal; false when stdin is not a terminal.
    [[nodiscard]] bool confirm(const QString &question);
    [[nodiscard]] static bool stdinIsTerminal();

Q_SIGNALS:
    void finished(int code);

private:
    QString m_commandName;
    QStringList m_args;
    bool m_json;
    ProfileStore &m_profiles;
    std::function<SecretStore &()> m_secrets;
    InertOutput m_outDevice;
    InertOutput m_errDevice;
    QTextStream m_out;
    QTextStream m_err;
    bool m_finished = false;
};

/// Translation context of krynetctl's own strings: Text::tr("…").
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(krynetctl)

public:
    Text() = delete;
};

/// --profile NAME, shared by every command that works on a profile.
[[nodiscard]] QCommandLineOption profileOption();
/// --accept-host-key SHA256:…, shared by every command that connects over SSH.
[[nodiscard]] QCommandLineOption acceptHostKeyOption();

void registerProfileCommands(CommandRegistry &registry);
void registerProfileTransferCommands(CommandRegistry &registry);
void registerSecretCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
