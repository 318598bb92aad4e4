#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/common/error.h"

namespace KryNet::Ssh
{

/**
 * A command to run on the server, built from an argv (DESIGN.md §4: no string concatenation of shell
 * commands anywhere).
 *
 * Contract:
 *  - commandLine() quotes EVERY argument with POSIX single quotes (' becomes '\''), so the remote login
 *    shell hands each argument to the program verbatim as exactly one argument, whatever it contains
 *    (spaces, ;, $(), quotes, newlines, empty strings, non-ASCII). Arguments are sent as UTF-8.
 *  - withSudo() prefixes `sudo -n --`: never prompts, fails at once when a password would be needed.
 *  - an empty argv is a programming error (asserts) and yields an empty line.
 *  - timeout / maxOutputBytes override the connection's SshOptions when set.
 */
class RemoteCommand final
{
public:
    RemoteCommand() = default;
    explicit RemoteCommand(QStringList argv);

    [[nodiscard]] const QStringList &argv() const { return m_argv; }

    [[nodiscard]] RemoteCommand withSudo(bool sudo = true) const;
    [[nodiscard]] bool usesSudo() const { return m_sudo; }

    [[nodiscard]] RemoteCommand withTimeout(std::chrono::milliseconds timeout) const;
    [[nodiscard]] std::optional<std::chrono::milliseconds> timeout() const { return m_timeout; }

    [[nodiscard]] RemoteCommand withMaxOutputBytes(qint64 bytes) const;
    [[nodiscard]] std::optional<qint64> maxOutputBytes() const { return m_maxOutputBytes; }

    /// The line sent in the exec request (UTF-8).
    [[nodiscard]] QByteArray commandLine() const;

    /// POSIX single-quote escaping of one argument: 'it'\''s'. Always quotes, even "safe" words.
    [[nodiscard]] static QString quote(const QString &arg);

private:
    QStringList m_argv;
    bool m_sudo = false;
    std::optional<std::chrono::milliseconds> m_timeout;
    std::optional<qint64> m_maxOutputBytes;
};

/**
 * What a finished command produced. A non-zero exit status is data, not an error (callers decide);
 * only "command not found" (127), timeouts, output over the cap, cancellation and transport failures
 * come back as an Error from SshConnection::run().
 */
struct CommandResult
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Ssh::CommandResult)

public:
    QByteArray stdOut;
    QByteArray stdErr;
    /// Exit status; -1 if the process died from a signal (then exitSignal names it).
    int exitStatus = -1;
    QString exitSignal;
    std::chrono::microseconds duration{0};

    [[nodiscard]] bool succeeded() const { return exitStatus == 0; }
    /// A Remote error naming the program, the exit status and the first line of stderr.
    [[nodiscard]] Error toError(const QString &program) const;
};

} // namespace KryNet::Ssh

Q_DECLARE_METATYPE(KryNet::Ssh::CommandResult)
