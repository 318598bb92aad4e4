// krynetctl exec and ssh-check against the real sshd fixture: host-key prompts without a terminal,
// --accept-host-key, exit codes, argv verbatim, CHANGED keys.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;

namespace
{

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

} // namespace

class TestCliSsh final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_peer;

    QString knownHosts() const { return m_dir.filePath(u"known_hosts"_s); }

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KRYNET_CONFIG_DIR"_s, m_dir.filePath(u"config"_s));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/krynet-test-no-bus"_s);
        env.remove(u"SSH_AUTH_SOCK"_s);
        env.remove(u"QT_LOGGING_RULES"_s);
        p.setProcessEnvironment(env);
        p.setProgram(qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/cli/krynetctl"_s);
        p.setArguments(args);
        p.start();
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.closeWriteChannel(); // stdin is not a terminal: nobody can be asked
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    void writeKnownHosts(const QString &pubkey)
    {
        QFile f(knownHosts());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(u"[127.0.0.1]:%1 %2\n"_s.arg(m_peer.value(u"PORT"_s), pubkey).toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_peer = KryNet::Test::readPeer(u"sshd"_s);
        QVERIFY2(!m_peer.value(u"PORT"_s).isEmpty(), "the peer_sshd fixture did not run");
        const Run add = cli({u"profile"_s, u"add"_s, u"lab"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                             m_peer.value(u"PORT"_s), u"--user"_s, m_peer.value(u"USER"_s), u"--identity"_s,
                             m_peer.value(u"KEY"_s), u"--known-hosts"_s, knownHosts()});
        QVERIFY2(add.code == 0, add.describe().constData());
    }

    void testUnknownKeyWithoutTerminalFailsWithFingerprint()
    {
        QFile::remove(knownHosts());
        const QString fp = m_peer.value(u"HOST_FINGERPRINT"_s);
        const Run r = cli({u"ssh-check"_s, u"--profile"_s, u"lab"_s});
        QVERIFY2(r.code == 1, r.describe().constData());
        QVERIFY2(r.err.contains(fp.toUtf8()), r.describe().constData());
        QVERIFY(r.err.contains(QByteArray(QByteArray("--accept-host-key ") + fp.toUtf8())));
        QVERIFY(!QFile::exists(knownHosts()) || QFile(knownHosts()).size() == 0);

        const Run wrong =
            cli({u"ssh-check"_s, u"--accept-host-key"_s, u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s});
        QVERIFY2(wrong.code == 1, wrong.describe().constData());
    }

    void testAcceptHostKeyThenCheck()
    {
        QFile::remove(knownHosts());
        const Run r = cli({u"ssh-check"_s, u"--accept-host-key"_s, m_peer.value(u"HOST_FINGERPRINT"_s)});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.out.contains("round trip"), r.describe().constData());
        QFile kh(knownHosts());
        QVERIFY(kh.open(QIODevice::ReadOnly));
        QVERIFY(kh.readAll().contains(m_peer.value(u"HOST_PUBKEY"_s).section(u' ', 1, 1).toUtf8()));
        // Now known: no option needed.
        const Run again = cli({u"--json"_s, u"ssh-check"_s});
        QVERIFY2(again.code == 0, again.describe().constData());
        QVERIFY(again.out.contains("\"ok\":true"));
    }

    void testExecExitCodeAndStreams()
    {
        writeKnownHosts(m_peer.value(u"HOST_PUBKEY"_s));
        const Run r = cli({u"exec"_s, u"--"_s, u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 7"_s});
        QCOMPARE(r.code, 7);
        QCOMPARE(r.out, "out\n"_ba);
        QCOMPARE(r.err, "err\n"_ba);

        const Run missing = cli({u"exec"_s, u"--"_s, u"krynet-no-such-command"_s});
        QCOMPARE(missing.code, 127);
        QVERIFY2(missing.err.contains("not found"), missing.describe().constData());

        const Run usage = cli({u"exec"_s});
        QCOMPARE(usage.code, 2);
    }

    void testExecArgsArriveVerbatim()
    {
        writeKnownHosts(m_peer.value(u"HOST_PUBKEY"_s));
        const QStringList hostile{u"it's"_s,      u"a b"_s,  u"; touch /tmp/krynet-cli-pwned"_s,
                                  u"$(id)"_s,     u"`id`"_s, u"x\ny"_s,
                                  QString(),      u"*"_s,    u"é ✓"_s,
                                  u"--profile"_s, u"-n"_s,   u"--json"_s,
                                  u"--demo"_s};
        const Run r = cli(QStringList{u"exec"_s, u"--"_s, u"printf"_s, u"%s\\0"_s} + hostile);
        QVERIFY2(r.code == 0, r.describe().constData());
        QByteArray out = r.out;
        QVERIFY(out.endsWith('\0'));
        out.chop(1);
        QStringList got;
        for (const QByteArray &part : out.split('\0'))
            got << QString::fromUtf8(part);
        QCOMPARE(got, hostile);
        QVERIFY(!QFile::exists(u"/tmp/krynet-cli-pwned"_s));
    }

    void testChangedKeyAlwaysFails()
    {
        // known_hosts holds another key for this host:port: the server's key has CHANGED.
        writeKnownHosts(u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMqvPMHnB5DRmOkMiJViPPBWZuaEVlG8xHMJpiUOv7Mv"_s);
        for (const QStringList &extra :
             {QStringList{}, QStringList{u"--accept-host-key"_s, m_peer.value(u"HOST_FINGERPRINT"_s)}}) {
            const Run r = cli(QStringList{u"exec"_s} + extra + QStringList{u"--"_s, u"true"_s});
            QVERIFY2(r.code == 1, r.describe().constData());
            QVERIFY2(r.err.contains("CHANGED"), r.describe().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSsh)
#include "test_cli_ssh.moc"
