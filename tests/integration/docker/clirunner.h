// Runs the real krynetctl through QProcess with a private HOME/config/data directory and no keychain
// (shared by the container CLI tests against labsim and against podman).
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace KryNet::Test
{

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QJsonObject outObject() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

class Cli
{
public:
    explicit Cli(const QTemporaryDir &dir)
        : m_dir(dir)
    {}

    [[nodiscard]] QString program() const
    {
        return qEnvironmentVariable("KRYNET_BINARY_DIR") + QStringLiteral("/app/cli/krynetctl");
    }

    /// The action log krynetctl writes ($XDG_DATA_HOME/krynet/actions.jsonl), one object per line.
    [[nodiscard]] QList<QJsonObject> actionLog() const
    {
        QList<QJsonObject> out;
        QFile f(m_dir.filePath(QStringLiteral("data/krynet/actions.jsonl")));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }

    void setup(QProcess &p) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KRYNET_CONFIG_DIR"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/krynet-test-no-bus"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("krynet.*.debug=false;krynet.*.info=false"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.setProgram(program());
    }

    /// Runs krynetctl with @p args; @p extraEnv adds to (or overrides) the private environment of setup().
    CliRun run(const QStringList &args, int timeoutMs = 60000, const QProcessEnvironment &extraEnv = {}) const
    {
        QProcess p;
        setup(p);
        if (!extraEnv.isEmpty()) {
            QProcessEnvironment env = p.processEnvironment();
            env.insert(extraEnv);
            p.setProcessEnvironment(env);
        }
        p.setArguments(args);
        p.start();
        CliRun r;
        if (!p.waitForStarted(10000))
            return r;
        p.closeWriteChannel(); // stdin is not a terminal: no questions
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    /// Runs `krynetctl --demo @p args` with the lab started through @p labsimWrapper (see writeLabsimWrapper).
    CliRun runDemo(const QString &labsimWrapper, const QStringList &args, int timeoutMs) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KRYNET_LABSIM"), labsimWrapper);
        return run(QStringList{QStringLiteral("--demo")} + args, timeoutMs, env);
    }

    /// Writes an executable script at @p path that starts the real krynet-labsim ($KRYNET_LABSIM_REAL)
    /// with @p labsimArgs ahead of the arguments krynetctl gives it. False when it could not be written.
    static bool writeLabsimWrapper(const QString &path, const QStringList &labsimArgs)
    {
        const auto quoted = [](QString arg) -> QByteArray {
            return "'" + arg.replace(QLatin1Char('\''), QStringLiteral("'\\''")).toUtf8() + "'";
        };
        QByteArray line = "exec " + quoted(qEnvironmentVariable("KRYNET_LABSIM_REAL"));
        for (const QString &arg : labsimArgs)
            line += ' ' + quoted(arg);
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        script.write("#!/bin/sh\n" + line + " \"$@\"\n");
        script.close();
        return script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

private:
    const QTemporaryDir &m_dir;
};

} // namespace KryNet::Test
