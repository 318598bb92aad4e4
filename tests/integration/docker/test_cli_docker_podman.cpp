// krynetctl containers / restart / container / logs against REAL podman's Docker API (tests/peers/podman.sh)
// reached through the REAL sshd's unix-socket forwarding (tests/peers/sshd.sh): a profile made with
// `krynetctl profile add … --docker-socket`, then the commands as a user runs them.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using KryNet::Test::Cli;
using KryNet::Test::CliRun;

class TestCliDockerPodman final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Cli m_cli{m_dir};
    QHash<QString, QString> m_sshd;
    QHash<QString, QString> m_podman;

    static QJsonObject byName(const QJsonArray &containers, const QString &name)
    {
        for (const QJsonValue &v : containers) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        }
        return {};
    }

    QJsonArray list()
    {
        const CliRun r = m_cli.run({u"--json"_s, u"containers"_s});
        if (r.code != 0)
            qWarning() << r.describe();
        return r.outObject().value(u"containers"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sshd = KryNet::Test::readPeer(u"sshd"_s);
        m_podman = KryNet::Test::readPeer(u"podman"_s);
        QVERIFY2(!m_sshd.isEmpty(), "fixture peer_sshd did not run");
        QVERIFY2(!m_podman.isEmpty(), "fixture peer_podman did not run");
        const QString knownHosts = m_dir.filePath(u"known_hosts"_s);
        QFile kh(knownHosts);
        QVERIFY(kh.open(QIODevice::WriteOnly));
        kh.write(u"[127.0.0.1]:%1 %2\n"_s.arg(m_sshd.value(u"PORT"_s), m_sshd.value(u"HOST_PUBKEY"_s)).toUtf8());
        kh.close();
        const CliRun r = m_cli.run({u"profile"_s, u"add"_s, u"podlab"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                                    m_sshd.value(u"PORT"_s), u"--user"_s, m_sshd.value(u"USER"_s), u"--identity"_s,
                                    m_sshd.value(u"KEY"_s), u"--known-hosts"_s, knownHosts, u"--docker-socket"_s,
                                    m_podman.value(u"SOCKET"_s)});
        QVERIFY2(r.code == 0, r.describe().constData());
    }

    void testContainers()
    {
        const QJsonArray containers = list();
        QStringList names;
        for (const QJsonValue &v : containers)
            names.append(v.toObject().value(u"name"_s).toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"db"_s, u"loner"_s, u"torrent"_s, u"vpn"_s, u"web"_s}));
        const QJsonObject web = byName(containers, u"web"_s);
        QCOMPARE(web.value(u"project"_s).toString(), u"shop"_s);
        QCOMPARE(web.value(u"workingDir"_s).toString(), u"/srv/compose/shop"_s);
        // podman's list lacks NetworkMode: the CLI waits for inspect, so the parent is there.
        QCOMPARE(byName(containers, u"torrent"_s).value(u"networkParent"_s).toString(), u"vpn"_s);
        QCOMPARE(byName(containers, u"vpn"_s).value(u"dependants"_s).toArray(), QJsonArray{u"torrent"_s});

        const CliRun text = m_cli.run({u"containers"_s, u"--profile"_s, u"podlab"_s});
        QVERIFY2(text.code == 0, text.describe().constData());
        QVERIFY(text.outText().contains(u"Stack shop"_s));
        QVERIFY(text.outText().contains(u"uses the network of vpn"_s));
    }

    void testStopStartAndDependantRestart()
    {
        CliRun r = m_cli.run({u"container"_s, u"stop"_s, u"--yes"_s, u"db"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(byName(list(), u"db"_s).value(u"state"_s).toString(), u"exited"_s);
        r = m_cli.run({u"container"_s, u"start"_s, u"db"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(byName(list(), u"db"_s).value(u"state"_s).toString(), u"running"_s);

        const QString torrentStarted = byName(list(), u"torrent"_s).value(u"startedAt"_s).toString();
        r = m_cli.run({u"--json"_s, u"restart"_s, u"--yes"_s, u"vpn"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.outObject().value(u"results"_s).toArray().at(0)[u"plan"_s].toString(),
                 u"Restart torrent after vpn"_s);
        const QJsonObject torrent = byName(list(), u"torrent"_s);
        QCOMPARE(torrent.value(u"state"_s).toString(), u"running"_s);
        QVERIFY2(torrent.value(u"startedAt"_s).toString() > torrentStarted, "the dependant was restarted");
        QStringList actions;
        for (const QJsonObject &o : m_cli.actionLog())
            actions.append(o.value(u"action"_s).toString());
        QVERIFY2(actions.contains(u"Restart torrent"_s) && actions.contains(u"Restart vpn"_s),
                 qPrintable(actions.join(u" | "_s)));
    }

    void testLogs()
    {
        // web prints "tick N" lines on stdout; the 8-byte framing is demultiplexed.
        const CliRun r = m_cli.run({u"logs"_s, u"--tail"_s, u"3"_s, u"web"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &l : lines)
            QVERIFY2(l.startsWith(u"tick "_s), qPrintable(l));
    }

    void testLogsFollowGetsNewLines()
    {
        QProcess p;
        m_cli.setup(p);
        p.setArguments({u"logs"_s, u"--follow"_s, u"--tail"_s, u"1"_s, u"web"_s});
        p.start();
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();
        QByteArray out;
        // The tail line, then lines written after the command started.
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).count('\n') >= 3, 30000);
        QCOMPARE(p.state(), QProcess::Running);
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestCliDockerPodman)
#include "test_cli_docker_podman.moc"
