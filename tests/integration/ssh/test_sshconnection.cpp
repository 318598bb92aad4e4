#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPromise>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/ssh/sshconnection.h"
#include "core/ssh/sshunixsocket.h"
#include "tests/support/ownsshd.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using KryNet::Error;
using KryNet::Result;
using KryNet::Ssh::CommandResult;
using KryNet::Ssh::HostKeyDecision;
using KryNet::Ssh::HostKeyInfo;
using KryNet::Ssh::RemoteCommand;
using KryNet::Ssh::SshConnection;
using KryNet::Ssh::SshEndpoint;
using KryNet::Ssh::SshOptions;
using KryNet::Ssh::SshUnixSocket;
using KryNet::Test::OwnSshd;
using State = KryNet::Ssh::SshConnection::State;

namespace
{

constexpr int kWait = 20000;

/// The client keys of the peer_sshd fixture: the tests' own sshd instances accept the same keys.
QString peerKeys()
{
    return QFileInfo(KryNet::Test::readPeer(u"sshd"_s).value(u"KEY"_s)).absolutePath();
}

template <typename T>
Result<T> await(QFuture<Result<T>> f, int timeout = kWait)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, timeout))
        return Error(Error::Code::Timeout, u"test: future did not finish"_s);
    if (f.isCanceled() || f.resultCount() == 0)
        return Error(Error::Code::Cancelled, u"test: no result"_s);
    return f.result();
}

QFuture<Result<QString>> readyPassphrase(const QString &p)
{
    QPromise<Result<QString>> promise;
    auto f = promise.future();
    promise.start();
    promise.addResult(Result<QString>(p));
    promise.finish();
    return f;
}

} // namespace

class TestSshConnection final : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_peer;
    QTemporaryDir m_tmp;

    QString knownHostsWith(const QStringList &lines)
    {
        static int n = 0;
        const QString path = m_tmp.filePath(u"known_hosts_%1"_s.arg(++n));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(lines.join(u'\n').toUtf8() + '\n');
        return path;
    }
    static QString knownLine(quint16 port, const QString &pubkey)
    {
        return u"[127.0.0.1]:%1 %2"_s.arg(port).arg(pubkey);
    }

    SshOptions options()
    {
        SshOptions o;
        o.target = SshEndpoint{u"127.0.0.1"_s, quint16(m_peer.value(u"PORT"_s).toUInt()), m_peer.value(u"USER"_s),
                               m_peer.value(u"KEY"_s)};
        o.useAgent = false;
        o.knownHostsFile = knownHostsWith({knownLine(o.target.port, m_peer.value(u"HOST_PUBKEY"_s))});
        o.connectTimeout = 5s;
        o.commandTimeout = 30s;
        return o;
    }

    /// Through a channel that echoes (a unix socket to an echo server, or `cat`): it connects once, a
    /// line and then 1 MiB of patterned bytes come back unchanged, closing it disconnects once, and the
    /// session still runs commands.
    void verifyEchoes(SshConnection &c, SshUnixSocket &s, int step, int period)
    {
        QSignalSpy connectedSpy(&s, &SshUnixSocket::connected);
        s.write("ping\n");
        QTRY_VERIFY_WITH_TIMEOUT(s.bytesAvailable() >= 5, kWait);
        QCOMPARE(connectedSpy.size(), 1);
        QCOMPARE(s.readAll(), "ping\n"_ba);
        QByteArray big(1 << 20, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * step + i / period);
        s.write(big);
        QByteArray back;
        QVERIFY(QTest::qWaitFor(
            [&] {
                back += s.readAll();
                return back.size() >= big.size();
            },
            kWait));
        QCOMPARE(back, big);
        QSignalSpy disc(&s, &SshUnixSocket::disconnected);
        s.close();
        QCOMPARE(disc.size(), 1);
        QVERIFY(await(c.run(RemoteCommand({u"true"_s})))); // session unharmed
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_peer = KryNet::Test::readPeer(u"sshd"_s);
        QVERIFY2(!m_peer.value(u"PORT"_s).isEmpty(), "the peer_sshd fixture did not run");
        QVERIFY(m_tmp.isValid());
    }

    void testKeyFileAuth()
    {
        SshConnection c(options());
        QSignalSpy spy(&c, &SshConnection::stateChanged);
        const auto connected = await(c.connectToHost());
        QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().toString()));
        QCOMPARE(c.state(), State::Connected);
        QVERIFY(spy.size() >= 3); // Connecting, Authenticating, Connected
        QCOMPARE(spy.last().at(0).value<State>(), State::Connected);
        const auto r = await(c.run(RemoteCommand({u"echo"_s, u"hello"_s})));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->stdOut, "hello\n"_ba);
        QCOMPARE(r->exitStatus, 0);
        QVERIFY(r->duration.count() > 0);
    }

    void testEncryptedKeyWithPassphrase()
    {
        SshOptions o = options();
        o.target.identityFile = m_peer.value(u"KEY_ENCRYPTED"_s);
        {
            SshConnection c(o);
            int asked = 0;
            c.setPassphraseProvider([&](const QString &file) {
                ++asked;
                [&] { QCOMPARE(file, o.target.identityFile); }();
                return readyPassphrase(m_peer.value(u"KEY_ENCRYPTED_PASSPHRASE"_s));
            });
            const auto r = await(c.run(RemoteCommand({u"true"_s})));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QCOMPARE(asked, 1);
        }
        {
            SshConnection c(o);
            c.setPassphraseProvider([](const QString &) { return readyPassphrase(u"wrong"_s); });
            const auto r = await(c.connectToHost());
            QVERIFY(!r);
            QCOMPARE(r.error().code(), Error::Code::Auth);
            QVERIFY2(r.error().message().contains(u"passphrase"_s), qPrintable(r.error().message()));
        }
        {
            SshConnection c(o); // no provider at all
            const auto r = await(c.connectToHost());
            QVERIFY(!r);
            QCOMPARE(r.error().code(), Error::Code::Auth);
        }
    }

    void testAgentAuth()
    {
        SshOptions o = options();
        o.target.identityFile.clear();
        o.useAgent = true;
        o.agentSocket = m_peer.value(u"AGENT_SOCK"_s);
        SshConnection c(o);
        const auto r = await(c.run(RemoteCommand({u"echo"_s, u"agent"_s})));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->stdOut, "agent\n"_ba);
    }

    void testWrongKeyRejectedNamesMethods()
    {
        SshOptions o = options();
        o.target.identityFile = m_peer.value(u"KEY_WRONG"_s);
        SshConnection c(o);
        const auto r = await(c.connectToHost());
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Auth);
        const QString msg = r.error().message();
        QVERIFY2(msg.contains(o.target.identityFile), qPrintable(msg));
        QVERIFY2(msg.contains(u"publickey"_s), qPrintable(msg));
        QTRY_COMPARE(c.state(), State::Failed); // the state change is queued from the worker, like the result
        QCOMPARE(c.lastError().code(), Error::Code::Auth);
    }

    void testUnknownHostKeyAccepted()
    {
        SshOptions o = options();
        o.knownHostsFile = m_tmp.filePath(u"new/known_hosts_accept"_s); // directory does not exist yet
        SshConnection c(o);
        QList<HostKeyInfo> asked;
        QList<State> statesWhenAsked;
        connect(&c, &SshConnection::hostKeyDecisionRequired, this, [&](const HostKeyInfo &info) {
            asked << info;
            statesWhenAsked << c.state();
            c.answerHostKey(HostKeyDecision::AcceptAndSave);
        });
        const auto r = await(c.run(RemoteCommand({u"true"_s})));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).fingerprint, m_peer.value(u"HOST_FINGERPRINT"_s));
        QCOMPARE(asked.at(0).keyType, u"ssh-ed25519"_s);
        QCOMPARE(asked.at(0).port, o.target.port);
        QVERIFY(!asked.at(0).jumpHost);
        QCOMPARE(statesWhenAsked.at(0), State::AwaitingHostKeyDecision);
        QFile kh(o.knownHostsFile);
        QVERIFY(kh.open(QIODevice::ReadOnly));
        QVERIFY(kh.readAll().contains(m_peer.value(u"HOST_PUBKEY"_s).section(u' ', 1, 1).toUtf8()));

        // Saved: a second connection with the same file does not ask again.
        SshConnection again(o);
        int askedAgain = 0;
        connect(&again, &SshConnection::hostKeyDecisionRequired, this, [&] { ++askedAgain; });
        QVERIFY(await(again.connectToHost()));
        QCOMPARE(askedAgain, 0);
    }

    void testUnknownHostKeyDeclined()
    {
        SshOptions o = options();
        o.knownHostsFile = knownHostsWith({});
        SshConnection c(o);
        connect(&c, &SshConnection::hostKeyDecisionRequired, this,
                [&] { QTimer::singleShot(10ms, &c, [&] { c.answerHostKey(HostKeyDecision::Reject); }); });
        const auto r = await(c.connectToHost());
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::HostKey);
        QVERIFY2(r.error().message().contains(m_peer.value(u"HOST_FINGERPRINT"_s)), qPrintable(r.error().message()));
        QTRY_COMPARE(c.state(), State::Failed); // the state change is queued from the worker, like the result
        QFile kh(o.knownHostsFile);
        QVERIFY(kh.open(QIODevice::ReadOnly));
        QCOMPARE(kh.readAll().trimmed(), QByteArray()); // nothing was added

        // Nobody to ask (no receiver): fails at once, naming the fingerprint.
        SshConnection unattended(o);
        const auto u = await(unattended.connectToHost());
        QCOMPARE(u.error().code(), Error::Code::HostKey);
        QVERIFY(u.error().message().contains(m_peer.value(u"HOST_FINGERPRINT"_s)));

        // Pre-approved fingerprint (krynetctl --accept-host-key): accepted without asking; a wrong one is not.
        o.preapprovedFingerprint = m_peer.value(u"HOST_FINGERPRINT"_s);
        o.saveAcceptedHostKeys = false;
        SshConnection pre(o);
        QVERIFY(await(pre.connectToHost()));
        o.preapprovedFingerprint = u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s;
        SshConnection wrongPre(o);
        QCOMPARE(await(wrongPre.connectToHost()).error().code(), Error::Code::HostKey);
    }

    void testChangedHostKeyRefused()
    {
        OwnSshd sshd(m_tmp.filePath(u"sshd-changed"_s), peerKeys());
        QVERIFY(sshd.start());
        SshOptions o = options();
        o.target.port = sshd.port();
        o.knownHostsFile = knownHostsWith({knownLine(sshd.port(), sshd.value(u"HOST_PUBKEY"_s))});
        {
            SshConnection c(o);
            QVERIFY(await(c.connectToHost()));
        }
        sshd.stop();
        QVERIFY(sshd.start({u"--port"_s, QString::number(o.target.port), u"--new-host-key"_s}));
        const QString newFingerprint = sshd.value(u"HOST_FINGERPRINT"_s);
        o.preapprovedFingerprint = newFingerprint; // must NOT help: a changed key is never re-trusted
        SshConnection c(o);
        int asked = 0;
        connect(&c, &SshConnection::hostKeyDecisionRequired, this, [&] {
            ++asked;
            c.answerHostKey(HostKeyDecision::AcceptAndSave);
        });
        const auto r = await(c.connectToHost());
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::HostKey);
        QVERIFY2(r.error().message().contains(u"CHANGED"_s), qPrintable(r.error().message()));
        QVERIFY(r.error().message().contains(u"attack"_s));
        QVERIFY(r.error().message().contains(newFingerprint));
        QCOMPARE(asked, 0);
        QTRY_COMPARE(c.state(), State::Failed); // the state change is queued from the worker, like the result
    }

    void testThirtyConcurrentCommandsWithMaxSessionsTen()
    {
        SshConnection c(options());
        QVERIFY(await(c.connectToHost()));
        QList<QFuture<Result<CommandResult>>> futures;
        for (int i = 0; i < 30; ++i)
            futures << c.run(RemoteCommand({u"sh"_s, u"-c"_s, u"sleep 0.2; echo $0"_s, QString::number(i)}));
        for (int i = 0; i < 30; ++i) {
            const auto r = await(futures.at(i), 60000);
            QVERIFY2(r, qPrintable(u"command %1: %2"_s.arg(i).arg(r ? QString() : r.error().toString())));
            QCOMPARE(r->stdOut, QByteArray::number(i) + '\n');
        }
    }

    void testExitCodesAndStderr()
    {
        SshConnection c(options());
        const auto r = await(c.run(RemoteCommand({u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 3"_s})));
        QVERIFY(r);
        QCOMPARE(r->stdOut, "out\n"_ba);
        QCOMPARE(r->stdErr, "err\n"_ba);
        QCOMPARE(r->exitStatus, 3);
        QVERIFY(!r->succeeded());

        const auto missing = await(c.run(RemoteCommand({u"krynet-no-such-command"_s, u"x"_s})));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::Remote);
        QCOMPARE(missing.error().exitCode(), 127);
        QVERIFY2(missing.error().message().contains(u"not found"_s), qPrintable(missing.error().message()));
        QVERIFY(missing.error().message().contains(u"krynet-no-such-command"_s));

        // sudo -n never prompts: it runs (root), or fails at once (absent: 127, password needed: 1).
        const auto sudo = await(c.run(RemoteCommand({u"id"_s, u"-u"_s}).withSudo()), 10000);
        QVERIFY(sudo ? sudo->exitStatus == 0 || !sudo->stdErr.isEmpty() : sudo.error().exitCode() == 127);
    }

    void testOutputCap()
    {
        SshOptions o = options();
        o.maxOutputBytes = 100000;
        SshConnection c(o);
        const auto r = await(c.run(RemoteCommand({u"head"_s, u"-c"_s, u"5000000"_s, u"/dev/zero"_s})));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Remote);
        QVERIFY2(r.error().message().contains(u"more than"_s), qPrintable(r.error().message()));
        // Per command override, and the connection is still fine.
        const auto big =
            await(c.run(RemoteCommand({u"head"_s, u"-c"_s, u"3000000"_s, u"/dev/zero"_s}).withMaxOutputBytes(4000000)));
        QVERIFY2(big, qPrintable(big ? QString() : big.error().toString()));
        QCOMPARE(big->stdOut.size(), 3000000);
    }

    void testCommandTimeoutAndCancel()
    {
        SshConnection c(options());
        const auto r = await(c.run(RemoteCommand({u"sleep"_s, u"30"_s}).withTimeout(300ms)));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Timeout);

        auto f = c.run(RemoteCommand({u"sleep"_s, u"30"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Connected, kWait);
        f.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 5000);
        QVERIFY(f.isCanceled());
        QVERIFY(await(c.run(RemoteCommand({u"true"_s}))));
    }

    void testHostileArgvArrivesVerbatim()
    {
        const QStringList hostile{u"it's"_s,  u"a b"_s,      u"; touch /tmp/krynet-pwned"_s,
                                  u"$(id)"_s, u"`id`"_s,     u"line1\nline2"_s,
                                  QString(),  u"*"_s,        u"\"dq\" \\ "_s,
                                  u"$HOME"_s, u"é ✓ 日本"_s, u"'"_s,
                                  u"-n"_s,    u"a'b'c"_s,    u"|| true &"_s};
        SshConnection c(options());
        const auto r = await(c.run(RemoteCommand(QStringList{u"printf"_s, u"%s\\0"_s} + hostile)));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QByteArray out = r->stdOut;
        QVERIFY(out.endsWith('\0'));
        out.chop(1);
        QStringList got;
        for (const QByteArray &part : out.split('\0'))
            got << QString::fromUtf8(part);
        QCOMPARE(got, hostile);
        QVERIFY(!QFile::exists(u"/tmp/krynet-pwned"_s));
    }

    void testUnixSocketEcho()
    {
        SshConnection c(options());
        QVERIFY(await(c.connectToHost()));
        std::unique_ptr<SshUnixSocket> s(c.openUnixSocket(m_peer.value(u"ECHO_SOCK"_s)));
        verifyEchoes(c, *s, 7, 251);
    }

    void testUnixSocketHttp()
    {
        // A tiny HTTP server on a unix socket (stand-in for /var/run/docker.sock), reached through sshd.
        QLocalServer server;
        const QString path = m_tmp.filePath(u"http.sock"_s);
        server.setSocketOptions(QLocalServer::WorldAccessOption);
        QVERIFY(server.listen(path));
        QByteArray request;
        connect(&server, &QLocalServer::newConnection, this, [&] {
            QLocalSocket *peer = server.nextPendingConnection();
            connect(peer, &QLocalSocket::readyRead, peer, [&, peer] {
                request += peer->readAll();
                if (request.contains("\r\n\r\n")) {
                    peer->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                "Api-Version: 1.41\r\nConnection: close\r\n\r\nOK");
                    peer->disconnectFromServer();
                }
            });
        });
        SshConnection c(options());
        QVERIFY(await(c.connectToHost()));
        std::unique_ptr<SshUnixSocket> s(c.openUnixSocket(path));
        s->write("GET /v1.41/_ping HTTP/1.1\r\nHost: docker\r\n\r\n");
        QSignalSpy disc(s.get(), &SshUnixSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(disc.size() == 1, kWait);
        const QByteArray response = s->readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        QVERIFY(response.endsWith("\r\n\r\nOK"));
        QVERIFY(request.startsWith("GET /v1.41/_ping HTTP/1.1\r\n"));
        QVERIFY(!s->error().message().size());
    }

    void testUnixSocketMissingPath()
    {
        SshConnection c(options());
        QVERIFY(await(c.connectToHost()));
        std::unique_ptr<SshUnixSocket> s(c.openUnixSocket(m_tmp.filePath(u"nothing-here.sock"_s)));
        QSignalSpy err(s.get(), &SshUnixSocket::errorOccurred);
        QSignalSpy disc(s.get(), &SshUnixSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(disc.size() == 1, kWait);
        QCOMPARE(err.size(), 1);
        QCOMPARE(s->error().code(), Error::Code::Remote);
    }

    void testExecStreamIsBidirectional()
    {
        // `cat` on the server: what goes into its stdin comes back on its stdout, through one exec channel.
        SshConnection c(options());
        QVERIFY(await(c.connectToHost()));
        std::unique_ptr<SshUnixSocket> s(c.openExecStream(RemoteCommand({u"cat"_s})));
        verifyEchoes(c, *s, 13, 241);
    }

    void testExecStreamCarriesHttpLikeDialStdio()
    {
        // socat as the remote command connects its stdio to a unix socket, as `docker system dial-stdio`
        // does to the daemon: the HTTP exchange goes through and the stream ends cleanly with the command.
        QLocalServer server;
        const QString path = m_tmp.filePath(u"dial.sock"_s);
        server.setSocketOptions(QLocalServer::WorldAccessOption);
        QVERIFY(server.listen(path));
        QByteArray request;
        connect(&server, &QLocalServer::newConnection, this, [&] {
            QLocalSocket *peer = server.nextPendingConnection();
            connect(peer, &QLocalSocket::readyRead, peer, [&request, peer] {
                request += peer->readAll();
                if (request.contains("\r\n\r\n")) {
                    peer->write(
                        "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");
                    peer->disconnectFromServer();
                }
            });
        });
        SshConnection c(options());
        QVERIFY(await(c.connectToHost()));
        std::unique_ptr<SshUnixSocket> s(
            c.openExecStream(RemoteCommand({u"socat"_s, u"-"_s, u"UNIX-CONNECT:"_s + path})));
        s->write("GET /v1.41/_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n");
        QSignalSpy err(s.get(), &SshUnixSocket::errorOccurred);
        QSignalSpy disc(s.get(), &SshUnixSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(disc.size() == 1, kWait);
        const QByteArray response = s->readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        QVERIFY(response.endsWith("\r\n\r\nOK"));
        QVERIFY(request.startsWith("GET /v1.41/_ping HTTP/1.1\r\n"));
        QCOMPARE(err.size(), 0);
    }

    void testExecStreamFailingCommandSaysWhy()
    {
        // A dial command that cannot work (sudo wants a password, no docker…) exits non-zero: the stream
        // fails with the status and the command's stderr.
        SshConnection c(options());
        QVERIFY(await(c.connectToHost()));
        std::unique_ptr<SshUnixSocket> s(
            c.openExecStream(RemoteCommand({u"sh"_s, u"-c"_s, u"echo 'sudo: a password is required' >&2; exit 3"_s})));
        QSignalSpy err(s.get(), &SshUnixSocket::errorOccurred);
        QSignalSpy disc(s.get(), &SshUnixSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(disc.size() == 1, kWait);
        QCOMPARE(err.size(), 1);
        QCOMPARE(s->error().code(), Error::Code::Remote);
        QVERIFY2(s->error().message().contains(u"status 3"_s), qPrintable(s->error().message()));
        QVERIFY2(s->error().message().contains(u"a password is required"_s), qPrintable(s->error().message()));
        QVERIFY(s->readAll().isEmpty()); // stderr is not part of the stream
    }

    void testSshdKilledMidCommandThenReconnects()
    {
        OwnSshd sshd(m_tmp.filePath(u"sshd-kill"_s), peerKeys());
        QVERIFY(sshd.start());
        SshOptions o = options();
        o.target.port = sshd.port();
        o.knownHostsFile = knownHostsWith({knownLine(sshd.port(), sshd.value(u"HOST_PUBKEY"_s))});
        o.reconnectInitialDelay = 100ms;
        o.reconnectMaxDelay = 400ms;
        SshConnection c(o);
        QVERIFY(await(c.connectToHost()));
        const QString marker = u"krynet-marker-%1"_s.arg(QCoreApplication::applicationPid());
        auto running = c.run(RemoteCommand({u"sh"_s, u"-c"_s, u"sleep 30; echo $0"_s, marker}));
        // Wait until the command really runs on the server (a sleep below our sshd), then kill sshd hard.
        QVERIFY(QTest::qWaitFor(
            [&] {
                QList<qint64> all{sshd.pid()};
                for (int i = 0; i < all.size(); ++i)
                    all += OwnSshd::children(all.at(i));
                for (const qint64 pid : all) {
                    QFile cmd(u"/proc/%1/comm"_s.arg(pid));
                    if (cmd.open(QIODevice::ReadOnly) && cmd.readAll().startsWith("sleep"))
                        return true;
                }
                return false;
            },
            kWait));
        QSignalSpy spy(&c, &SshConnection::stateChanged);
        QVERIFY(sshd.killHard());
        const auto r = await(running);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Network);
        QVERIFY2(r.error().message().contains(u"not run again"_s), qPrintable(r.error().message()));
        QTRY_VERIFY_WITH_TIMEOUT(c.state() == State::BackingOff, kWait);
        // While backing off, commands fail fast instead of hanging.
        const auto fast = await(c.run(RemoteCommand({u"true"_s})), 2000);
        QVERIFY(!fast);
        QCOMPARE(fast.error().code(), Error::Code::Network);

        QVERIFY(sshd.start({u"--port"_s, QString::number(o.target.port)}));
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Connected, kWait);
        const auto again = await(c.run(RemoteCommand({u"echo"_s, u"back"_s})));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again->stdOut, "back\n"_ba);
        bool sawBackoff = false;
        for (const auto &args : spy)
            sawBackoff |= args.at(0).value<State>() == State::BackingOff;
        QVERIFY(sawBackoff);
    }

    void testFrozenServerDetectedByKeepalive()
    {
        OwnSshd sshd(m_tmp.filePath(u"sshd-frozen"_s), peerKeys());
        QVERIFY(sshd.start());
        SshOptions o = options();
        o.target.port = sshd.port();
        o.knownHostsFile = knownHostsWith({knownLine(sshd.port(), sshd.value(u"HOST_PUBKEY"_s))});
        o.keepaliveInterval = 300ms;
        o.reconnectInitialDelay = 100ms;
        o.reconnectMaxDelay = 400ms;
        SshConnection c(o);
        QVERIFY(await(c.connectToHost()));
        QVERIFY(await(c.run(RemoteCommand({u"true"_s}))));
        // Freeze our connection's sshd processes (TCP stays up, nothing answers), not the listener.
        QList<qint64> frozen = OwnSshd::children(sshd.pid());
        for (int i = 0; i < frozen.size(); ++i)
            frozen += OwnSshd::children(frozen.at(i));
        QVERIFY(!frozen.isEmpty());
        for (const qint64 pid : frozen)
            ::kill(pid_t(pid), SIGSTOP);
        QTRY_VERIFY_WITH_TIMEOUT(c.state() == State::BackingOff, kWait);
        QCOMPARE(c.lastError().code(), Error::Code::Timeout);
        for (const qint64 pid : frozen)
            ::kill(pid_t(pid), SIGKILL);
        // The listener still works: the connection comes back by itself.
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Connected, kWait);
        QVERIFY(await(c.run(RemoteCommand({u"true"_s}))));
    }

    void testJumpHost()
    {
        OwnSshd jump(m_tmp.filePath(u"sshd-jump"_s), peerKeys());
        QVERIFY(jump.start());
        SshOptions o = options();
        o.jump = SshEndpoint{u"127.0.0.1"_s, jump.port(), m_peer.value(u"USER"_s), m_peer.value(u"KEY"_s)};
        // The target's key is known, the jump host's is not: we must be asked about the JUMP host.
        SshConnection c(o);
        QList<HostKeyInfo> asked;
        connect(&c, &SshConnection::hostKeyDecisionRequired, this, [&](const HostKeyInfo &info) {
            asked << info;
            c.answerHostKey(HostKeyDecision::AcceptOnce);
        });
        const auto r = await(c.run(RemoteCommand({u"echo"_s, u"via jump"_s})));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->stdOut, "via jump\n"_ba);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.at(0).jumpHost);
        QCOMPARE(asked.at(0).port, jump.port());
        QCOMPARE(asked.at(0).fingerprint, jump.value(u"HOST_FINGERPRINT"_s));

        // Many channels through the tunnel too.
        QList<QFuture<Result<CommandResult>>> fs;
        for (int i = 0; i < 12; ++i)
            fs << c.run(RemoteCommand({u"echo"_s, QString::number(i)}));
        for (int i = 0; i < 12; ++i) {
            const auto ri = await(fs.at(i));
            QVERIFY2(ri, qPrintable(ri ? QString() : ri.error().toString()));
            QCOMPARE(ri->stdOut, QByteArray::number(i) + '\n');
        }

        // The traffic really goes through the jump host: killing it drops the target session.
        QVERIFY(jump.killHard());
        QTRY_VERIFY_WITH_TIMEOUT(c.state() != State::Connected, kWait);
    }
};

QTEST_GUILESS_MAIN(TestSshConnection)
#include "test_sshconnection.moc"
