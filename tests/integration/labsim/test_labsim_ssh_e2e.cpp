// The real krynet-labsim binary over SSH: the REAL core/ssh client (SshConnection, RemoteCommand,
// SshUnixSocket) runs zpool/midclt, gets 127 for unknown commands, talks HTTP to the Docker API through a
// direct-streamlocal channel and sees a restart on /events; OpenSSH's ssh runs `zpool list -Hp`; the control
// endpoint drops connections and rotates the host key.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/ssh/sshconnection.h"
#include "core/ssh/sshunixsocket.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using KryNet::Result;
using KryNet::Ssh::CommandResult;
using KryNet::Ssh::RemoteCommand;
using KryNet::Ssh::SshConnection;
using KryNet::Ssh::SshOptions;
using KryNet::Ssh::SshUnixSocket;

namespace
{

constexpr int Wait = 20000;

template <typename T>
Result<T> await(QFuture<Result<T>> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, Wait))
        return KryNet::Error(KryNet::Error::Code::Timeout, u"test: future did not finish"_s);
    if (f.isCanceled() || f.resultCount() == 0)
        return KryNet::Error(KryNet::Error::Code::Cancelled, u"test: no result"_s);
    return f.result();
}

/// Reads one HTTP/1.1 response (Content-Length or the chunks so far) from @p socket.
QByteArray readHttp(SshUnixSocket *socket, const QByteArray &until)
{
    QByteArray data;
    (void)QTest::qWaitFor(
        [&] {
            data += socket->readAll();
            return data.contains(until);
        },
        Wait);
    return data;
}

} // namespace

class TestLabsimSshE2e final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_lab;
    QJsonObject m_describe;
    qint64 m_startupMs = 0;

    SshOptions options() const
    {
        SshOptions o;
        o.target.host = u"127.0.0.1"_s;
        o.target.port = quint16(m_describe.value(u"ssh"_s).toObject().value(u"port"_s).toInt());
        o.target.user = u"root"_s;
        o.target.identityFile = m_dir.filePath(u"id_ed25519"_s);
        o.useAgent = false;
        o.knownHostsFile = m_dir.filePath(u"known_hosts"_s);
        o.preapprovedFingerprint = m_describe.value(u"ssh"_s).toObject().value(u"hostKeySha256"_s).toString();
        o.autoReconnect = false;
        return o;
    }

    QJsonObject control(const QByteArray &method, const QString &path)
    {
        QNetworkAccessManager nam;
        const QJsonObject c = m_describe.value(u"control"_s).toObject();
        QNetworkRequest request(QUrl(c.value(u"url"_s).toString() + path));
        request.setRawHeader("Authorization", "Bearer " + c.value(u"token"_s).toString().toUtf8());
        QNetworkReply *reply = nam.sendCustomRequest(request, method);
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, Wait);
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty())
            QSKIP("ssh-keygen (openssh-client) is not installed");
        QProcess keygen;
        keygen.start(u"ssh-keygen"_s,
                     {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, m_dir.filePath(u"id_ed25519"_s)});
        QVERIFY(keygen.waitForFinished(10000) && keygen.exitCode() == 0);
        QVERIFY(QFile::copy(m_dir.filePath(u"id_ed25519.pub"_s), m_dir.filePath(u"authorized_keys"_s)));

        const QString binary = qEnvironmentVariable("KRYNET_LABSIM");
        QVERIFY2(QFile::exists(binary), "KRYNET_LABSIM must point at the krynet-labsim binary");
        QElapsedTimer timer;
        timer.start();
        m_lab.start(binary, {u"--speed"_s, u"0"_s, u"--state-dir"_s, m_dir.filePath(u"state"_s), u"--authorized-keys"_s,
                             m_dir.filePath(u"authorized_keys"_s), u"--exit-on-stdin-close"_s});
        QVERIFY(m_lab.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_lab.canReadLine(), Wait);
        m_startupMs = timer.elapsed();
        m_describe = QJsonDocument::fromJson(m_lab.readLine()).object();
        QVERIFY(m_describe.value(u"ssh"_s).toObject().value(u"port"_s).toInt() > 0);
        QVERIFY(m_describe.value(u"ssh"_s).toObject().value(u"hostKeySha256"_s).toString().startsWith(u"SHA256:"_s));
        qInfo() << "krynet-labsim start-up (process start → start-up JSON):" << m_startupMs << "ms";
    }

    void cleanupTestCase()
    {
        if (m_lab.state() == QProcess::NotRunning)
            return;
        m_lab.closeWriteChannel(); // --exit-on-stdin-close
        if (!m_lab.waitForFinished(10000))
            m_lab.kill();
    }

    void testCommandsWithRealClient()
    {
        SshConnection connection(options());
        Result<CommandResult> r = await(connection.run(RemoteCommand({u"zpool"_s, u"list"_s, u"-Hp"_s})));
        QVERIFY2(r.has_value(), qPrintable(r.has_value() ? QString() : r.error().message()));
        QCOMPARE(r->exitStatus, 0);
        QCOMPARE(r->stdOut.count('\n'), 3);
        QVERIFY(r->stdOut.startsWith("andromeda\t"));

        // several channels at once on one session
        QList<QFuture<Result<CommandResult>>> many;
        for (int i = 0; i < 6; ++i)
            many << connection.run(RemoteCommand({u"zpool"_s, u"status"_s, u"-j"_s, u"--json-int"_s}));
        for (const auto &f : many) {
            const Result<CommandResult> one = await(f);
            QVERIFY(one.has_value());
            QVERIFY(QJsonDocument::fromJson(one->stdOut).object().value(u"pools"_s).toObject().contains(u"orion"_s));
        }

        r = await(connection.run(RemoteCommand({u"midclt"_s, u"call"_s, u"pool.query"_s,
                                                u"[[\"name\", \"=\", \"orion\"]]"_s, u"{\"get\": true}"_s})
                                     .withSudo()));
        QVERIFY(r.has_value());
        QCOMPARE(QJsonDocument::fromJson(r->stdOut).object().value(u"name"_s).toString(), u"orion"_s);

        r = await(connection.run(RemoteCommand({u"zpool"_s, u"scrub"_s, u"comet; reboot"_s})));
        QVERIFY(r.has_value());
        QCOMPARE(r->exitStatus, 1);
        QVERIFY(r->stdErr.contains("invalid character ';' in pool name"));

        r = await(connection.run(RemoteCommand({u"definitely-not-here"_s, u"--help"_s})));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().exitCode().value_or(-1), 127);

        const QJsonObject log = control("GET", u"/ssh/commands"_s);
        QVERIFY(log.value(u"commands"_s).toArray().size() >= 10);
        QCOMPARE(log.value(u"midclt"_s).toArray().last().toObject().value(u"method"_s).toString(), u"pool.query"_s);
    }

    void testDockerSocketAndEvents()
    {
        SshConnection connection(options());
        QVERIFY(await(connection.connectToHost()).has_value());

        SshUnixSocket *list = connection.openUnixSocket(u"/var/run/docker.sock"_s, this);
        list->write("GET /v1.47/containers/json?all=1 HTTP/1.1\r\nHost: docker\r\n\r\n");
        QByteArray response = readHttp(list, "]");
        if (response.isEmpty())
            qWarning() << "socket" << list->isConnected() << list->isFinished() << list->error().message()
                       << list->error().detail();
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.left(200).constData());
        const QJsonArray containers = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).array();
        QCOMPARE(containers.size(), 25);
        delete list;

        SshUnixSocket *events = connection.openUnixSocket(u"/var/run/docker.sock"_s, this);
        events->write(
            "GET /v1.47/events?filters=%7B%22container%22%3A%5B%22sonarr%22%5D%7D HTTP/1.1\r\nHost: docker\r\n\r\n");
        QVERIFY(readHttp(events, "\r\n\r\n").startsWith("HTTP/1.1 200 OK"));

        SshUnixSocket *action = connection.openUnixSocket(u"/var/run/docker.sock"_s, this);
        action->write("POST /v1.47/containers/sonarr/restart HTTP/1.1\r\nHost: docker\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(readHttp(action, "\r\n\r\n").startsWith("HTTP/1.1 204 No Content"));

        const QByteArray stream = readHttp(events, "\"Action\":\"restart\"");
        QVERIFY2(stream.contains("\"Action\":\"die\"") && stream.contains("\"Action\":\"start\""), stream.constData());
        delete events;
        delete action;
    }

    void testOpenSshClient()
    {
        const QString ssh = QStandardPaths::findExecutable(u"ssh"_s);
        if (ssh.isEmpty())
            QSKIP("OpenSSH client not installed");
        const auto run = [&](const QString &key) {
            QProcess p;
            p.start(ssh, {u"-o"_s, u"StrictHostKeyChecking=accept-new"_s, u"-o"_s,
                          u"UserKnownHostsFile="_s + m_dir.filePath(u"openssh_known_hosts"_s), u"-o"_s,
                          u"BatchMode=yes"_s, u"-o"_s, u"IdentitiesOnly=yes"_s, u"-o"_s, u"LogLevel=ERROR"_s, u"-p"_s,
                          QString::number(options().target.port), u"-i"_s, key, u"root@127.0.0.1"_s, u"zpool"_s,
                          u"list"_s, u"-Hp"_s});
            p.waitForFinished(Wait);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        const auto [code, out, err] = run(m_dir.filePath(u"id_ed25519"_s));
        QCOMPARE(code, 0);
        QCOMPARE(out.count('\n'), 3);
        QVERIFY(out.contains("orion\t1992864825344\t"));

        QProcess keygen;
        keygen.start(u"ssh-keygen"_s,
                     {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, m_dir.filePath(u"stranger"_s)});
        QVERIFY(keygen.waitForFinished(10000));
        const auto [denied, nothing, why] = run(m_dir.filePath(u"stranger"_s));
        QCOMPARE(denied, 255);
        QVERIFY2(why.contains("Permission denied (publickey)"), why.constData());
    }

    void testDropAndRotate()
    {
        SshConnection connection(options());
        QVERIFY(await(connection.connectToHost()).has_value());
        QSignalSpy states(&connection, &SshConnection::stateChanged);
        QVERIFY(control("POST", u"/ssh/drop"_s).value(u"dropped"_s).toInt() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() != SshConnection::State::Connected, Wait);

        const QString before = options().preapprovedFingerprint;
        const QString after = control("POST", u"/ssh/rotate-host-key"_s).value(u"hostKeySha256"_s).toString();
        QVERIFY(after.startsWith(u"SHA256:"_s));
        QVERIFY(after != before);
        SshConnection again(options()); // known_hosts still holds the old key
        const Result<void> r = await(again.connectToHost());
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code(), KryNet::Error::Code::HostKey);
    }
};

QTEST_GUILESS_MAIN(TestLabsimSshE2e)
#include "test_labsim_ssh_e2e.moc"
