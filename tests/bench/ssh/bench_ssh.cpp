// 20 commands over one SshConnection (connect + auth included) against a loopback sshd, next to the same
// 20 commands with one OpenSSH `ssh` process each and through an OpenSSH ControlMaster.
// Usage: bench_ssh [COMMANDS]   (default 20). The last line is the ratio ControlMaster / KryNet.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "core/ssh/sshconnection.h"
#include "tests/bench/support/benchreport.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using KryNet::Result;
using KryNet::Ssh::CommandResult;
using KryNet::Ssh::RemoteCommand;
using KryNet::Ssh::SshConnection;

namespace
{

QTextStream out(stdout);

QHash<QString, QString> readEnv(const QString &file)
{
    QHash<QString, QString> env;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return env;
}

template <typename T>
Result<T> wait(QFuture<Result<T>> f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return f.result();
}

bool runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    QTemporaryDir dir;
    const QString script = QStringLiteral(KRYNET_SOURCE_DIR) + u"/tests/peers/sshd.sh"_s;
    const QString state = dir.filePath(u"sshd"_s);
    if (!runProcess(u"bash"_s, {script, u"start"_s, state, u"--no-extras"_s})) {
        out << "could not start sshd with " << script << Qt::endl;
        return 1;
    }
    const auto env = readEnv(state + u"/peer.env"_s);
    const QString port = env.value(u"PORT"_s);
    const QString key = env.value(u"KEY"_s);
    const QString user = env.value(u"USER"_s);
    const QString knownHosts = dir.filePath(u"known_hosts"_s);
    {
        QFile kh(knownHosts);
        if (kh.open(QIODevice::WriteOnly))
            kh.write(u"[127.0.0.1]:%1 %2\n"_s.arg(port, env.value(u"HOST_PUBKEY"_s)).toUtf8());
    }
    const auto command = [](int i) { return QStringList{u"echo"_s, QString::number(i)}; };
    int rc = 0;

    // KryNet: one connection, commands one after another (connect + auth included).
    KryNet::Ssh::SshOptions o;
    o.target = {u"127.0.0.1"_s, quint16(port.toUInt()), user, key};
    o.useAgent = false;
    o.knownHostsFile = knownHosts;
    QElapsedTimer t;
    t.start();
    double oursSequential = 0;
    double oursConcurrent = 0;
    double connectOnly = 0;
    {
        SshConnection c(o);
        const auto connected = wait(c.connectToHost());
        connectOnly = ms(t);
        if (!connected) {
            out << "connect failed: " << connected.error().toString() << Qt::endl;
            rc = 1;
        }
        for (int i = 0; i < n && rc == 0; ++i) {
            const auto r = wait(c.run(RemoteCommand(command(i))));
            if (!r || r->stdOut != QByteArray::number(i) + '\n') {
                out << "command failed" << Qt::endl;
                rc = 1;
            }
        }
        oursSequential = ms(t);
    }
    // KryNet: one connection, all commands at once (channels multiplexed, queued beyond MaxSessions).
    t.restart();
    {
        SshConnection c(o);
        QList<QFuture<Result<CommandResult>>> fs;
        for (int i = 0; i < n; ++i)
            fs << c.run(RemoteCommand(command(i)));
        for (auto &f : fs) {
            if (!wait(f))
                rc = 1;
        }
        oursConcurrent = ms(t);
    }

    const QStringList sshBase{u"-p"_s, port,
                              u"-i"_s, key,
                              u"-o"_s, u"UserKnownHostsFile="_s + knownHosts,
                              u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
                              u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                              u"-o"_s, u"BatchMode=yes"_s,
                              u"-o"_s, u"IdentitiesOnly=yes"_s,
                              u"-F"_s, u"/dev/null"_s,
                              u"-l"_s, user};
    // OpenSSH, one process per command.
    t.restart();
    for (int i = 0; i < n; ++i) {
        if (!runProcess(u"ssh"_s, sshBase + QStringList{u"127.0.0.1"_s} + command(i)))
            rc = 1;
    }
    const double opensshEach = ms(t);

    // OpenSSH ControlMaster: master setup timed separately, then one `ssh -S` process per command.
    const QString sock = dir.filePath(u"cm.sock"_s);
    const QStringList cm{u"-S"_s, sock};
    t.restart();
    if (!runProcess(u"ssh"_s, sshBase + cm + QStringList{u"-M"_s, u"-f"_s, u"-N"_s, u"127.0.0.1"_s}))
        rc = 1;
    const double masterSetup = ms(t);
    t.restart();
    for (int i = 0; i < n; ++i) {
        if (!runProcess(u"ssh"_s, sshBase + cm + QStringList{u"127.0.0.1"_s} + command(i)))
            rc = 1;
    }
    const double controlMaster = ms(t);
    runProcess(u"ssh"_s, sshBase + cm + QStringList{u"-O"_s, u"exit"_s, u"127.0.0.1"_s});
    runProcess(u"bash"_s, {script, u"stop"_s, state});

    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    out << "loopback sshd, " << n << " commands (echo N), " << QThread::idealThreadCount() << " cores" << Qt::endl;
    out << "KryNet SshConnection, sequential, connect+auth included: " << oursSequential << " ms (connect+auth "
        << connectOnly << " ms)" << Qt::endl;
    out << "KryNet SshConnection, concurrent, connect+auth included: " << oursConcurrent << " ms" << Qt::endl;
    out << "OpenSSH ssh, one process per command:                    " << opensshEach << " ms" << Qt::endl;
    out << "OpenSSH ControlMaster, one ssh -S per command:           " << controlMaster << " ms (+ master setup "
        << masterSetup << " ms)" << Qt::endl;
    out.setRealNumberPrecision(2);
    out << "ratio ControlMaster / KryNet sequential: " << controlMaster / oursSequential
        << "x (concurrent: " << controlMaster / oursConcurrent << "x, budget >= 5x and <= 250 ms)" << Qt::endl;
    using KryNet::Bench::reportFigure;
    reportFigure(u"ssh.commands.sequential"_s, u"SSH: %1 commands incl. connect+auth, one after another"_s.arg(n),
                 oursSequential, u"ms"_s, 250, 1);
    reportFigure(u"ssh.commands.concurrent"_s, u"SSH: %1 commands incl. connect+auth, all at once"_s.arg(n),
                 oursConcurrent, u"ms"_s, 250, 1);
    reportFigure(u"ssh.anchor.openssh"_s, u"OpenSSH: one ssh process per command"_s, opensshEach, u"ms"_s, -1, 1);
    reportFigure(u"ssh.anchor.controlmaster"_s, u"OpenSSH ControlMaster: one ssh -S per command"_s, controlMaster,
                 u"ms"_s, -1, 1);
    return rc;
}
