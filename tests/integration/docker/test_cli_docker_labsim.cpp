// krynetctl containers / restart / container / logs end to end against krynet-labsim (`--demo`: the real
// binary starts the simulator and reaches its Docker API through labsim's SSH server): grouped list with
// network parents, dependency-aware restart (gluetun → qbittorrent, sabnzbd) logged once, per-container
// actions, refusals without a terminal, logs with tail/timestamps/JSON and follow, pull-and-recreate by
// compose and by Portainer's stack redeploy, and --environment (another Docker host, Swarm, Kubernetes).
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirunner.h"

using namespace Qt::StringLiterals;
using KryNet::Test::Cli;
using KryNet::Test::CliRun;

class TestCliDockerLabsim final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Cli m_cli{m_dir};

    CliRun demo(const QStringList &args, int timeoutMs = 90000)
    {
        return m_cli.run(QStringList{u"--demo"_s} + args, timeoutMs);
    }

    static QJsonObject byName(const QJsonArray &containers, const QString &name)
    {
        for (const QJsonValue &v : containers) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(m_cli.program()).isExecutable(), qPrintable(m_cli.program()));
    }

    void testContainersJson()
    {
        const CliRun r = demo({u"--json"_s, u"containers"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonArray list = r.outObject().value(u"containers"_s).toArray();
        QCOMPARE(list.size(), 25);
        const QJsonObject gluetun = byName(list, u"gluetun"_s);
        QCOMPARE(gluetun.value(u"project"_s).toString(), u"media"_s);
        QCOMPARE(gluetun.value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(gluetun.value(u"health"_s).toString(), u"healthy"_s);
        QCOMPARE(gluetun.value(u"dependants"_s).toArray(), (QJsonArray{u"qbittorrent"_s, u"sabnzbd"_s}));
        QVERIFY(gluetun.value(u"inspected"_s).toBool());
        QVERIFY(!gluetun.value(u"workingDir"_s).toString().isEmpty());
        const QJsonObject qbit = byName(list, u"qbittorrent"_s);
        QCOMPARE(qbit.value(u"networkParent"_s).toString(), u"gluetun"_s);
        QCOMPARE(byName(list, u"homarr"_s).value(u"state"_s).toString(), u"exited"_s);
        QCOMPARE(byName(list, u"immich_machine_learning"_s).value(u"health"_s).toString(), u"unhealthy"_s);
    }

    void testContainersText()
    {
        const CliRun r = demo({u"containers"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString out = r.outText();
        QVERIFY2(out.contains(u"Stack media"_s), r.describe().constData());
        QVERIFY(out.contains(u"Stack photos"_s));
        QVERIFY(out.contains(u"uses the network of gluetun"_s));
        // Grouped: sonarr is listed after the media header and before the next stack.
        const qsizetype media = out.indexOf(u"Stack media"_s);
        const qsizetype sonarr = out.indexOf(u"  sonarr "_s);
        QVERIFY(media >= 0 && sonarr > media);
        const qsizetype next = out.indexOf(u"Stack "_s, media + 1);
        QVERIFY(next < 0 || sonarr < next);
    }

    void testRestartNeedsYesWithoutTerminal()
    {
        const CliRun r = demo({u"restart"_s, u"gluetun"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errText().contains(u"--yes"_s), r.describe().constData());
        QVERIFY(m_cli.actionLog().isEmpty()); // nothing done, nothing logged
    }

    void testUsageErrors()
    {
        QCOMPARE(demo({u"restart"_s, u"--yes"_s}).code, 2);                              // no name
        QCOMPARE(demo({u"restart"_s, u"--yes"_s, u"../etc"_s}).code, 2);                 // not a name
        QCOMPARE(demo({u"container"_s, u"explode"_s, u"--yes"_s, u"sonarr"_s}).code, 2); // unknown verb
        QCOMPARE(demo({u"logs"_s, u"--tail"_s, u"many"_s, u"sonarr"_s}).code, 2);
        QCOMPARE(demo({u"logs"_s}).code, 2);
    }

    void testUnknownContainerDoesNothing()
    {
        const CliRun r = demo({u"restart"_s, u"--yes"_s, u"sonarr"_s, u"nosuchthing"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"nosuchthing"_s), r.describe().constData());
        QVERIFY(m_cli.actionLog().isEmpty());
    }

    void testDependencyAwareRestart()
    {
        // sabnzbd is gluetun's dependant: restarted once, after gluetun is healthy again, not twice.
        const CliRun r = demo({u"--json"_s, u"restart"_s, u"--yes"_s, u"gluetun"_s, u"sabnzbd"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonArray results = r.outObject().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0)[u"plan"_s].toString(), u"Restart qbittorrent and sabnzbd after gluetun"_s);
        QVERIFY(results.at(0)[u"ok"_s].toBool());
        // The plan went to stderr before anything ran.
        QVERIFY2(r.errText().contains(u"Restart qbittorrent and sabnzbd after gluetun"_s), r.describe().constData());
        // Logged: the whole operation plus one restart per container, in order, each succeeded.
        QStringList actions;
        for (const QJsonObject &o : m_cli.actionLog()) {
            QCOMPARE(o.value(u"outcome"_s).toString().toLower(), u"succeeded"_s);
            actions.append(o.value(u"action"_s).toString());
        }
        const QStringList expected{u"Restart qbittorrent and sabnzbd after gluetun"_s, u"Restart gluetun"_s,
                                   u"Restart qbittorrent"_s, u"Restart sabnzbd"_s};
        for (const QString &e : expected)
            QVERIFY2(actions.contains(e), qPrintable(actions.join(u" | "_s)));
        QVERIFY(actions.indexOf(u"Restart gluetun"_s) < actions.indexOf(u"Restart qbittorrent"_s));
        QVERIFY(actions.indexOf(u"Restart qbittorrent"_s) < actions.indexOf(u"Restart sabnzbd"_s));
        QCOMPARE(actions.count(u"Restart sabnzbd"_s), 1);
    }

    void testRestartAloneWarnsNothingForHealthyParent()
    {
        const CliRun r = demo({u"restart"_s, u"--yes"_s, u"--alone"_s, u"gluetun"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(u"Restart gluetun: done. running"_s), r.describe().constData());
        QVERIFY(!r.errText().contains(u"qbittorrent"_s));
    }

    void testContainerVerbs()
    {
        CliRun r = demo({u"--json"_s, u"container"_s, u"start"_s, u"homarr"_s}); // start asks nobody
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.outObject().value(u"action"_s).toString(), u"start"_s);
        QVERIFY(r.outObject().value(u"results"_s).toArray().at(0)[u"ok"_s].toBool());

        r = demo({u"container"_s, u"stop"_s, u"gluetun"_s}); // stop asks: refused without a terminal
        QCOMPARE(r.code, 2);

        r = demo({u"container"_s, u"stop"_s, u"--yes"_s, u"gluetun"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.errText().contains(u"qbittorrent, sabnzbd share its network"_s), r.describe().constData());
        QVERIFY(r.outText().contains(u"Stop gluetun: done. exited"_s));

        r = demo({u"container"_s, u"pause"_s, u"--yes"_s, u"sonarr"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.outText().contains(u"paused"_s));

        // Unpausing a running container fails on the daemon: reported, not retried, the rest not done.
        r = demo({u"container"_s, u"unpause"_s, u"radarr"_s, u"sonarr"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"Nothing was retried"_s), r.describe().constData());
        QVERIFY(r.errText().contains(u"Not done: sonarr."_s));
        const QJsonObject last = m_cli.actionLog().constLast();
        QCOMPARE(last.value(u"action"_s).toString(), u"Resume radarr"_s);
        QVERIFY(last.value(u"outcome"_s).toString().toLower() != u"succeeded"_s);
    }

    void testLogsTail()
    {
        CliRun r = demo({u"logs"_s, u"--tail"_s, u"4"_s, u"--timestamps"_s, u"gluetun"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QStringList lines = QString(r.outText() + r.errText()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        for (const QString &l : lines)
            QVERIFY2(QDateTime::fromString(l.section(u' ', 0, 0), Qt::ISODateWithMs).isValid(), qPrintable(l));

        r = demo({u"--json"_s, u"logs"_s, u"--tail"_s, u"3"_s, u"sonarr"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QList<QByteArray> json = r.out.trimmed().split('\n');
        QCOMPARE(json.size(), 3);
        for (const QByteArray &line : json) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY(o.value(u"stream"_s).toString() == u"stdout"_s || o.value(u"stream"_s).toString() == u"stderr"_s);
            QVERIFY(o.contains(u"time"_s));
            QVERIFY(!o.value(u"text"_s).toString().isEmpty());
        }

        r = demo({u"logs"_s, u"nosuchthing"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"no container nosuchthing"_s), r.describe().constData());
    }

    void testLogsFollowStaysOpen()
    {
        QProcess p;
        m_cli.setup(p);
        p.setArguments({u"--demo"_s, u"logs"_s, u"--follow"_s, u"--tail"_s, u"2"_s, u"sonarr"_s});
        p.start();
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput() + p.readAllStandardError()).count('\n') >= 2, 60000);
        // The tail arrived and the stream stays open (a plain `logs` exits right after the tail).
        QVERIFY(!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 1500));
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
    }

    void testRecreate()
    {
        CliRun r = demo({u"recreate"_s, u"sonarr"_s}); // asks: refused without a terminal
        QCOMPARE(r.code, 2);
        r = demo({u"recreate"_s, u"--yes"_s, u"sonarr"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        // The plan (with the exact command) first, then compose's output as it came, then the result.
        QVERIFY2(r.errText().contains(u"Pull and recreate sonarr (stack media)"_s), r.describe().constData());
        QVERIFY(
            r.errText().contains(u"docker compose -p media --project-directory /mnt/orion/apps/compose/media "
                                 "-f /mnt/orion/apps/compose/media/docker-compose.yml up -d --pull always sonarr"_s));
        const QString out = r.outText();
        QVERIFY2(out.indexOf(u"sonarr Pulled"_s) >= 0 && out.indexOf(u"sonarr Pulled"_s) < out.indexOf(u"Started"_s),
                 r.describe().constData());
        QVERIFY(out.contains(u"Pull and recreate sonarr (stack media): done."_s));
        QCOMPARE(m_cli.actionLog().constLast().value(u"action"_s).toString(),
                 u"Pull and recreate sonarr (stack media)"_s);

        r = demo({u"--json"_s, u"recreate"_s, u"--yes"_s, u"sonarr"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.outObject().value(u"ok"_s).toBool());
        QVERIFY(r.outObject().value(u"output"_s).toArray().contains(u" sonarr Pulled "_s));
        QCOMPARE(r.outObject().value(u"via"_s).toString(), u"compose"_s);

        // A stack Portainer deployed (ai, from git) is redeployed by Portainer, whole.
        r = demo({u"recreate"_s, u"--yes"_s, u"ai-litellm-1"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.errText().contains(u"Pull and redeploy stack ai through Portainer"_s), r.describe().constData());
        QVERIFY(r.errText().contains(u"(litellm, litellm-db, open-webui)"_s));
        QVERIFY(r.outText().contains(u"Portainer redeployed stack ai."_s));
        QCOMPARE(m_cli.actionLog().constLast().value(u"action"_s).toString(),
                 u"Pull and redeploy stack ai through Portainer"_s);
    }

    void testEnvironments()
    {
        // Another Docker host that Portainer manages, by name and by id.
        CliRun r = demo({u"--json"_s, u"containers"_s, u"--environment"_s, u"garage-pi"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.outObject().value(u"environment"_s).toInt(), 3);
        const QJsonArray list = r.outObject().value(u"containers"_s).toArray();
        QCOMPARE(list.size(), 4);
        QCOMPARE(byName(list, u"homeassistant"_s).value(u"project"_s).toString(), u"home"_s);
        r = demo({u"containers"_s, u"--environment"_s, u"4"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(u"Stack web"_s), r.describe().constData());
        QVERIFY(r.outText().contains(u"web_nginx.1.k2x7c3m9q0w1e5r8t4y6u2i3o"_s));
        // Kubernetes: a clear refusal, not a Docker error.
        r = demo({u"containers"_s, u"--environment"_s, u"k3s"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"k3s is a Kubernetes environment"_s), r.describe().constData());
        // Unknown: the environments there are.
        r = demo({u"containers"_s, u"--environment"_s, u"attic"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"garage-pi (Docker, id 3)"_s), r.describe().constData());
        QVERIFY(r.errText().contains(u"k3s (Kubernetes, id 5)"_s));
        // Actions go to that environment too; a stack Portainer does not own cannot be recreated there.
        r = demo({u"container"_s, u"restart"_s, u"--yes"_s, u"--environment"_s, u"garage-pi"_s, u"mosquitto"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = demo({u"recreate"_s, u"--yes"_s, u"--environment"_s, u"garage-pi"_s, u"pihole"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"was not deployed by Portainer"_s), r.describe().constData());
        r = demo({u"recreate"_s, u"--yes"_s, u"--environment"_s, u"garage-pi"_s, u"zigbee2mqtt"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.errText().contains(u"Pull and redeploy stack home through Portainer"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliDockerLabsim)
#include "test_cli_docker_labsim.moc"
