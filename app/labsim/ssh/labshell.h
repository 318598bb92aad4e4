#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace KryNet::LabSim
{

/// What one simulated command printed and returned.
struct CommandOutput
{
    QByteArray out;
    QByteArray err;
    int status = 0;
    /// `docker system dial-stdio`: the exec channel becomes a byte stream to the Docker API.
    bool dialStdio = false;

    [[nodiscard]] static CommandOutput ok(const QByteArray &out) { return {out, {}, 0, false}; }
    [[nodiscard]] static CommandOutput fail(const QByteArray &err, int status = 1) { return {{}, err, status, false}; }
};

/// One simple command of a parsed line with its redirections (only /dev/null and 2>&1 are simulated).
struct ShellCommand
{
    QStringList argv;
    bool stdoutToNull = false;
    bool stderrToNull = false;
    bool stderrToStdout = false;
    QString badRedirect; ///< a redirection target other than /dev/null: fails like a read-only file system
};

/// A parsed command line: simple commands joined by ;, && or ||.
struct ShellLine
{
    enum class Join {
        Always, ///< ; or newline (also the first command)
        And,    ///< &&
        Or,     ///< ||
    };
    QList<QPair<Join, ShellCommand>> commands;
    QString error; ///< dash's message after "sh: 1: " when the line does not parse; commands is empty then
};

/**
 * The login shell of the simulated server (dash as /bin/sh on Debian/TrueNAS), reduced to what clients
 * send: words with POSIX single quotes, double quotes and backslashes (never expanded: $ and ` stay
 * literal, nothing is ever executed), `;`, `&&`, `||`, the redirections `>/dev/null`, `2>/dev/null`,
 * `2>&1`, `</dev/null`, leading VAR=value assignments, `sudo -n [--]`, `sh -c`, `command -v`, `which`,
 * `true`, `false`, `echo`. Programs are registered by the lab's domains; anything else answers like
 * dash: "sh: 1: NAME: not found" on stderr, exit status 127. Pipes and subshells are a syntax error
 * (exit 2) rather than being half-simulated.
 */
class LabShell final
{
public:
    using Program = std::function<CommandOutput(const QStringList &argv)>;

    /// Registers @p name (found by `command -v` at @p path, e.g. /usr/sbin/zpool).
    void addProgram(const QString &name, const QString &path, Program program);
    [[nodiscard]] bool hasProgram(const QString &name) const { return m_programs.contains(name); }

    /// Runs one exec request's command line.
    [[nodiscard]] CommandOutput run(const QByteArray &commandLine) const;
    /// Runs one argv (after sudo/sh/builtins resolution).
    [[nodiscard]] CommandOutput runArgv(QStringList argv, int depth = 0) const;

    /// Splits a command line the way dash would (see the class comment). Pure; never executes anything.
    [[nodiscard]] static ShellLine parse(const QByteArray &commandLine);

private:
    [[nodiscard]] CommandOutput runLine(const ShellLine &line, int depth) const;
    [[nodiscard]] CommandOutput commandV(const QStringList &names, bool which) const;

    struct Entry
    {
        QString path;
        Program program;
    };
    QHash<QString, Entry> m_programs;
};

} // namespace KryNet::LabSim
