// sshd killed during a command (issue 14), against a real OpenSSH sshd this test starts for itself
// (tests/peers/sshd.sh with its own state dir under the build tree; the shared peer_sshd fixture is
// not touched). A long command runs through the core SSH client; the sshd and everything below it are
// killed by PID mid-command. The command ends with a typed Network error (not a hang, not a crash), is
// not re-sent (the server side counts its runs in a file), and once sshd is back on the same port the
// connection reconnects by itself and the next command works.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/ssh/sshconnection.h"
#include "tests/support/ownsshd.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace KryNet;
using namespace KryNet::Ssh;
using State = SshConnection::State;

namespace
{

constexpr int kWait = 20000;

template <typename T>
Result<T> await(QFuture<Result<T>> f, int timeout = kWait)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, timeout))
        return Error(Error::Code::Timeout, u"test: the future did not finish (a hang)"_s);
    if (f.isCanceled() || f.resultCount() == 0)
        return Error(Error::Code::Cancelled, u"test: no result"_s);
    return f.result();
}

int lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return int(f.readAll().count('\n'));
}

} // namespace

class TestFaultsSshdKill final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void testKilledMidCommandNotResentThenReconnects()
    {
        // Our own sshd, state under the build tree (peers/faults-sshd), its own client keys.
        const QString dir = Test::peersDir() + u"/faults-sshd"_s;
        QVERIFY(QDir().mkpath(dir));
        Test::OwnSshd sshd(dir);
        QVERIFY(sshd.start());

        SshOptions o;
        o.target = SshEndpoint{u"127.0.0.1"_s, sshd.port(), sshd.value(u"USER"_s), sshd.value(u"KEY"_s)};
        o.useAgent = false;
        o.knownHostsFile = m_tmp.filePath(u"known_hosts"_s);
        QFile known(o.knownHostsFile);
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(u"[127.0.0.1]:%1 %2\n"_s.arg(sshd.port()).arg(sshd.value(u"HOST_PUBKEY"_s)).toUtf8());
        known.close();
        o.connectTimeout = 5s;
        o.commandTimeout = 60s; // longer than the test: only the kill may end the command
        o.reconnectInitialDelay = 100ms;
        o.reconnectMaxDelay = 400ms;
        SshConnection connection(o);
        const auto connected = await(connection.connectToHost());
        QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().toString()));

        // The command notes each run on the server's side, then sleeps far longer than the test waits.
        const QString runs = m_tmp.filePath(u"runs"_s);
        auto running =
            connection.run(RemoteCommand({u"sh"_s, u"-c"_s, u"echo run >>\"$1\"; exec sleep 45"_s, u"sh"_s, runs}));
        QTRY_COMPARE_WITH_TIMEOUT(lines(runs), 1, kWait);
        QVERIFY(QTest::qWaitFor(
            [&sshd] {
                for (const qint64 pid : sshd.processTree()) {
                    if (Test::OwnSshd::command(pid) == "sleep")
                        return true;
                }
                return false;
            },
            kWait));

        QSignalSpy states(&connection, &SshConnection::stateChanged);
        QElapsedTimer sinceKill;
        sinceKill.start();
        QVERIFY(sshd.killHard());
        const auto result = await(running);
        QVERIFY2(result.isError(), "the command reported success although its server was killed");
        QVERIFY2(result.error().code() == Error::Code::Network, qPrintable(result.error().toString()));
        QVERIFY2(sinceKill.elapsed() < 15000, qPrintable(QString::number(sinceKill.elapsed()))); // no hang
        QVERIFY(!result.error().message().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::BackingOff, kWait);

        // sshd comes back on the same port with the same host key: the connection reconnects by itself.
        QVERIFY(sshd.start({u"--port"_s, QString::number(o.target.port)}));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, kWait);
        const auto next = await(connection.run(RemoteCommand({u"echo"_s, u"back"_s})));
        QVERIFY2(next, qPrintable(next ? QString() : next.error().toString()));
        QCOMPARE(next->stdOut, "back\n"_ba);

        // The killed command ran once: neither the reconnect nor the next command re-sent it.
        QCOMPARE(lines(runs), 1);
        bool backedOff = false;
        for (const auto &args : std::as_const(states))
            backedOff = backedOff || args.at(0).value<State>() == State::BackingOff;
        QVERIFY(backedOff);
        sshd.stop();
    }
};

QTEST_GUILESS_MAIN(TestFaultsSshdKill)
#include "test_faults_sshdkill.moc"
