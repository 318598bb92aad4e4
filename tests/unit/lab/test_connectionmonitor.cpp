#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/connectionmonitor.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using SshState = Ssh::SshConnection::State;
using State = ConnectionMonitor::State;

Q_DECLARE_METATYPE(ConnectionMonitor::Inputs)

namespace
{

const QDateTime Now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

ConnectionMonitor::Inputs ssh(SshState state, const Error &error = {})
{
    ConnectionMonitor::Inputs in;
    in.ssh = state;
    in.sshError = error;
    in.sshTarget = u"root@nas.lan"_s;
    return in;
}

ConnectionMonitor::Inputs withServices(ConnectionMonitor::Inputs in, int total, int up, int refused, int down)
{
    in.services.total = total;
    in.services.checked = up + refused + down;
    in.services.up = up;
    in.services.refused = refused;
    in.services.down = down;
    if (refused > 0)
        in.services.firstRefused = u"Sonarr: the API key was refused"_s;
    if (down > 0)
        in.services.firstDown = u"Radarr: radarr.local.example.com does not resolve"_s;
    return in;
}

} // namespace

class TestConnectionMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testDescribe_data()
    {
        QTest::addColumn<ConnectionMonitor::Inputs>("inputs");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("health");
        QTest::addColumn<bool>("banner");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<QString>("summaryPart");
        QTest::addColumn<QString>("problemPart");

        const Error auth(Error::Code::Auth, u"nas.lan rejected the SSH login as \"root\". Is the public key in the "
                                            u"server's authorized_keys?"_s);
        const Error hostKey(Error::Code::HostKey, u"The SSH host key of nas.lan is not trusted."_s);
        const Error refused(Error::Code::Network, u"Connection to nas.lan:22 refused."_s);
        const Error config(Error::Code::Config, u"The key file /nope does not exist."_s);

        QTest::newRow("fresh") << ssh(SshState::Disconnected) << int(State::NotConnected) << int(Health::Unknown)
                               << false << false << u"not connected yet"_s << QString();
        QTest::newRow("connecting") << ssh(SshState::Connecting) << int(State::Connecting) << int(Health::Busy) << false
                                    << false << u"root@nas.lan"_s << QString();
        QTest::newRow("authenticating") << ssh(SshState::Authenticating) << int(State::Connecting) << int(Health::Busy)
                                        << false << false << u"connecting"_s << QString();
        QTest::newRow("host key needed") << ssh(SshState::AwaitingHostKeyDecision) << int(State::HostKeyNeeded)
                                         << int(Health::Warning) << false << false << u"confirmation"_s
                                         << u"fingerprint"_s;
        QTest::newRow("connected") << ssh(SshState::Connected) << int(State::Connected) << int(Health::Ok) << false
                                   << false << u"SSH connected"_s << QString();
        QTest::newRow("auth failed") << ssh(SshState::Failed, auth) << int(State::AuthFailed) << int(Health::Critical)
                                     << true << true << u"login refused"_s << u"authorized_keys"_s;
        QTest::newRow("host key rejected")
            << ssh(SshState::Failed, hostKey) << int(State::HostKeyProblem) << int(Health::Critical) << true << true
            << u"not trusted"_s << u"not trusted"_s;
        QTest::newRow("offline, never reached")
            << ssh(SshState::Failed, refused) << int(State::Offline) << int(Health::Critical) << true << true
            << u"not reached since"_s << u"refused"_s;
        auto seen = ssh(SshState::BackingOff, refused);
        seen.lastSuccess = Now.addSecs(-5 * 60);
        QTest::newRow("offline, reconnecting") << seen << int(State::Offline) << int(Health::Critical) << true << true
                                               << u"last reached 5 min ago"_s << u"refused"_s;
        QTest::newRow("bad settings") << ssh(SshState::Failed, config) << int(State::Misconfigured)
                                      << int(Health::Critical) << true << true << u"SSH failed"_s << u"/nope"_s;
        ConnectionMonitor::Inputs unusable;
        unusable.hasSsh = false;
        unusable.sshConfigError = Error(Error::Code::Unsupported, u"ProxyCommand is not supported."_s);
        QTest::newRow("ssh unusable") << unusable << int(State::Misconfigured) << int(Health::Critical) << true << false
                                      << u"SSH not usable"_s << u"ProxyCommand"_s;

        QTest::newRow("all services up") << withServices(ssh(SshState::Connected), 16, 16, 0, 0)
                                         << int(State::Connected) << int(Health::Ok) << false << false
                                         << u"16 of 16 services up"_s << QString();
        QTest::newRow("a key refused") << withServices(ssh(SshState::Connected), 16, 15, 1, 0) << int(State::AuthFailed)
                                       << int(Health::Warning) << true << true << u"refused the key"_s << u"Sonarr"_s;
        QTest::newRow("partly down") << withServices(ssh(SshState::Connected), 16, 14, 0, 2) << int(State::Degraded)
                                     << int(Health::Warning) << false << true << u"14 of 16 services up"_s
                                     << u"Radarr"_s;
        QTest::newRow("ssh wins over http")
            << withServices(ssh(SshState::Failed, auth), 16, 16, 0, 0) << int(State::AuthFailed)
            << int(Health::Critical) << true << true << u"16 of 16 services up"_s << u"authorized_keys"_s;
        ConnectionMonitor::Inputs webOnly = withServices(ConnectionMonitor::Inputs{}, 3, 0, 0, 3);
        webOnly.hasSsh = false;
        webOnly.lastSuccess = Now.addSecs(-2 * 3600);
        QTest::newRow("web only, all down") << webOnly << int(State::Offline) << int(Health::Critical) << true << true
                                            << u"last reached 2 h ago"_s << u"Radarr"_s;
        ConnectionMonitor::Inputs checking;
        checking.hasSsh = false;
        checking.services.total = 3;
        checking.services.checking = true;
        QTest::newRow("web only, checking") << checking << int(State::Connecting) << int(Health::Busy) << false << false
                                            << u"checking 3 service"_s << QString();
    }

    void testDescribe()
    {
        QFETCH(ConnectionMonitor::Inputs, inputs);
        QFETCH(int, state);
        QFETCH(int, health);
        QFETCH(bool, banner);
        QFETCH(bool, retry);
        QFETCH(QString, summaryPart);
        QFETCH(QString, problemPart);
        const ConnectionMonitor::Status status = ConnectionMonitor::describe(inputs, Now);
        QCOMPARE(int(status.state), state);
        QCOMPARE(int(status.health), health);
        QCOMPARE(status.showBanner, banner);
        QCOMPARE(status.canRetry, retry);
        QVERIFY2(status.summary.contains(summaryPart, Qt::CaseInsensitive), qPrintable(status.summary));
        if (problemPart.isEmpty())
            QVERIFY2(status.problem.isEmpty(), qPrintable(status.problem));
        else
            QVERIFY2(status.problem.contains(problemPart), qPrintable(status.problem));
        QVERIFY(!ConnectionMonitor::stateName(status.state).isEmpty());
    }

    void testFollowsARealConnectionThatIsRefused()
    {
        // A port nothing listens on: the connection is refused at once, on loopback.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        QTemporaryDir dir;
        QFile key(dir.filePath(u"id"_s));
        QVERIFY(key.open(QIODevice::WriteOnly)); // never read: nothing gets that far

        Profile profile;
        profile.setName(u"lab"_s);
        profile.ssh().host = u"127.0.0.1"_s;
        profile.ssh().port = port;
        profile.ssh().user = u"root"_s;
        profile.ssh().identityFile = key.fileName();
        profile.ssh().knownHostsFile = dir.filePath(u"known_hosts"_s);
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        ConnectionMonitor monitor(session);
        QCOMPARE(monitor.status().state, State::NotConnected);
        QSignalSpy changed(&monitor, &ConnectionMonitor::statusChanged);

        monitor.retry();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.status().state, State::Offline, 15000);
        QVERIFY(changed.count() >= 2); // connecting, then offline
        QVERIFY(monitor.status().showBanner);
        QVERIFY(monitor.status().canRetry);
        QVERIFY2(monitor.status().summary.contains(u"not reached since KryNet started"_s),
                 qPrintable(monitor.status().summary));
        QVERIFY(!monitor.lastSuccess().isValid());

        // Retry asks again (and fails again, being still refused): the state passes through Connecting.
        changed.clear();
        monitor.retry();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.status().state, State::Offline, 15000);
    }
};

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "test_connectionmonitor.moc"
