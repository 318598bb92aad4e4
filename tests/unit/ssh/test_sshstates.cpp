#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "core/ssh/sshconnection.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using KryNet::Error;
using KryNet::Ssh::SshConnection;
using KryNet::Ssh::SshEndpoint;
using KryNet::Ssh::SshOptions;
using State = KryNet::Ssh::SshConnection::State;

// The connection state machine and error naming, against endpoints that need no sshd.
class TestSshStates final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    SshOptions options(const QString &host, quint16 port)
    {
        SshOptions o;
        o.target = SshEndpoint{host, port, u"nobody"_s, {}};
        o.knownHostsFile = m_dir.filePath(u"known_hosts"_s);
        o.agentSocket = m_dir.filePath(u"no-agent.sock"_s);
        o.connectTimeout = 500ms;
        return o;
    }

    static QList<State> states(const QSignalSpy &spy)
    {
        QList<State> out;
        for (const auto &args : spy)
            out << args.at(0).value<State>();
        return out;
    }

private Q_SLOTS:
    void testRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();

        SshConnection c(options(u"127.0.0.1"_s, port));
        QCOMPARE(c.state(), State::Disconnected);
        QSignalSpy spy(&c, &SshConnection::stateChanged);
        auto f = c.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
        const auto r = f.result();
        QVERIFY(r.isError());
        QCOMPARE(r.error().code(), Error::Code::Network);
        QVERIFY2(r.error().message().contains(u"refused"_s), qPrintable(r.error().message()));
        QTRY_COMPARE(c.state(), State::Failed);
        QCOMPARE(states(spy), (QList<State>{State::Connecting, State::Failed}));
        QCOMPARE(c.lastError().code(), Error::Code::Network);

        // A command on a failed connection tries again and fails the same way, not silently.
        auto cmd = c.run(KryNet::Ssh::RemoteCommand({u"true"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(cmd.isFinished(), 10000);
        QCOMPARE(cmd.result().error().code(), Error::Code::Network);
    }

    void testDnsFailureNamesTailscale()
    {
        SshConnection c(options(u"no-such-host.invalid"_s, 22));
        auto f = c.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 15000);
        QCOMPARE(f.result().error().code(), Error::Code::Dns);
        QVERIFY2(f.result().error().message().contains(u"Tailscale"_s), qPrintable(f.result().error().message()));
        QCOMPARE(c.state(), State::Failed);
    }

    void testSilentServerTimesOut()
    {
        QTcpServer silent; // accepts, never sends an SSH banner
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held << silent.nextPendingConnection(); });
        SshConnection c(options(u"127.0.0.1"_s, silent.serverPort()));
        auto f = c.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 10000);
        QVERIFY(f.result().isError());
        QCOMPARE(f.result().error().code(), Error::Code::Timeout);
        qDeleteAll(held);
    }

    void testInvalidOptionsFailFast()
    {
        SshOptions o = options(u"127.0.0.1"_s, 22);
        o.knownHostsFile.clear();
        SshConnection c(o);
        auto f = c.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 5000);
        QCOMPARE(f.result().error().code(), Error::Code::Config);
        QCOMPARE(c.state(), State::Failed);
    }

    void testDisconnectedAfterDisconnect()
    {
        SshConnection c(options(u"127.0.0.1"_s, 1));
        c.disconnectFromHost();
        QTRY_COMPARE(c.state(), State::Disconnected);
        QCOMPARE(SshConnection::stateName(State::BackingOff), u"Reconnecting"_s);
    }
};

QTEST_GUILESS_MAIN(TestSshStates)
#include "test_sshstates.moc"
