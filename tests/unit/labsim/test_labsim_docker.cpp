// labsim's Docker host in-process: list/filters, inspect, actions with 304/404/409, events, log framing,
// stats with precpu_stats, version prefixes, and Portainer's key check and Docker proxy.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include "app/labsim/docker/containerstate.h"
#include "app/labsim/docker/dockerapi.h"
#include "app/labsim/docker/portainerservice.h"
#include "app/labsim/labclock.h"
#include "core/docker/dockerparsers.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;
using namespace KryNet::LabSim::Docker;

namespace
{

HttpRequest request(const QByteArray &method, const QString &target)
{
    HttpRequest r;
    r.method = method;
    r.target = target.toUtf8();
    const QUrl url(u"http://lab"_s + target);
    r.path = url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(url);
    return r;
}

/// Splits a multiplexed log body into (stream, payload) frames; fails the test on a broken frame.
QList<QPair<int, QByteArray>> demux(const QByteArray &body)
{
    QList<QPair<int, QByteArray>> frames;
    qsizetype i = 0;
    while (i + 8 <= body.size()) {
        const quint32 size = quint32(uchar(body[i + 4])) << 24 | quint32(uchar(body[i + 5])) << 16 |
                             quint32(uchar(body[i + 6])) << 8 | uchar(body[i + 7]);
        frames.append(qMakePair(int(body[i]), body.mid(i + 8, size)));
        i += 8 + size;
    }
    if (i != body.size())
        frames.append(qMakePair(-1, QByteArray()));
    return frames;
}

} // namespace

class TestLabsimDocker final : public QObject
{
    Q_OBJECT

private:
    LabClock m_clock{QDateTime::fromSecsSinceEpoch(1764000000, QTimeZone::utc()), 0};

private Q_SLOTS:
    void testLogFrame()
    {
        QCOMPARE(logFrame(1, "hello\n"), QByteArray("\x01\x00\x00\x00\x00\x00\x00\x06hello\n", 14));
        QCOMPARE(logFrame(2, {}), QByteArray("\x02\x00\x00\x00\x00\x00\x00\x00", 8));
        QCOMPARE(logFrame(1, QByteArray(70000, 'x')).left(8), QByteArray("\x01\x00\x00\x00\x00\x01\x11\x70", 8));
        QCOMPARE(humanDuration(0), u"Less than a second"_s);
        QCOMPARE(humanDuration(90), u"About a minute"_s);
        QCOMPARE(humanDuration(3 * 3600), u"3 hours"_s);
        QCOMPARE(humanDuration(3 * 86400), u"3 days"_s);
    }

    void testListAndInspect()
    {
        ContainerState state(42, &m_clock);
        DockerApi api(state);
        QCOMPARE(state.containers().size(), 25);
        const QJsonArray all =
            QJsonDocument::fromJson(api.handle(request("GET", u"/v1.47/containers/json?all=1"_s)).body).array();
        const QJsonArray running =
            QJsonDocument::fromJson(api.handle(request("GET", u"/containers/json"_s)).body).array();
        QCOMPARE(all.size(), 25);
        QCOMPARE(running.size(), 24); // homarr exited
        QJsonObject qbit;
        QString gluetunId;
        int unhealthy = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject c = v.toObject();
            if (c.value(u"Names"_s).toArray().at(0).toString() == u"/qbittorrent"_s)
                qbit = c;
            if (c.value(u"Names"_s).toArray().at(0).toString() == u"/gluetun"_s)
                gluetunId = c.value(u"Id"_s).toString();
            if (c.value(u"Status"_s).toString().endsWith(u"(unhealthy)"_s))
                ++unhealthy;
            QCOMPARE(c.value(u"Id"_s).toString().size(), 64);
            QVERIFY(!c.value(u"Labels"_s).toObject().value(u"com.docker.compose.project"_s).toString().isEmpty());
        }
        QCOMPARE(unhealthy, 1);
        QCOMPARE(qbit.value(u"HostConfig"_s).toObject().value(u"NetworkMode"_s).toString(),
                 u"container:"_s + gluetunId);
        QCOMPARE(qbit.value(u"Labels"_s).toObject().value(u"com.docker.compose.project.config_files"_s).toString(),
                 u"/mnt/orion/apps/compose/media/docker-compose.yml"_s);

        const QString filter =
            QString::fromUtf8(QUrl::toPercentEncoding(u"{\"label\":[\"com.docker.compose.project=photos\"]}"_s));
        QCOMPARE(QJsonDocument::fromJson(api.handle(request("GET", u"/containers/json?filters="_s + filter)).body)
                     .array()
                     .size(),
                 4);
        const QString health = QString::fromUtf8(QUrl::toPercentEncoding(u"{\"health\":[\"unhealthy\"]}"_s));
        QCOMPARE(QJsonDocument::fromJson(api.handle(request("GET", u"/containers/json?filters="_s + health)).body)
                     .array()
                     .size(),
                 1);
        const QString status = QString::fromUtf8(QUrl::toPercentEncoding(u"{\"status\":[\"restarting\"]}"_s));
        QCOMPARE(QJsonDocument::fromJson(api.handle(request("GET", u"/containers/json?filters="_s + status)).body)
                     .array()
                     .at(0)
                     .toObject()
                     .value(u"Names"_s)
                     .toArray()
                     .at(0)
                     .toString(),
                 u"/cloudflared"_s);

        const HttpResponse inspect = api.handle(request("GET", u"/containers/immich_machine_learning/json"_s));
        QCOMPARE(inspect.status, 200);
        const QJsonObject s = QJsonDocument::fromJson(inspect.body).object().value(u"State"_s).toObject();
        QCOMPARE(s.value(u"Health"_s).toObject().value(u"Status"_s).toString(), u"unhealthy"_s);
        QVERIFY(!s.value(u"Health"_s).toObject().value(u"Log"_s).toArray().isEmpty());
        const HttpResponse missing = api.handle(request("GET", u"/containers/nope/json"_s));
        QCOMPARE(missing.status, 404);
        QCOMPARE(QJsonDocument::fromJson(missing.body).object().value(u"message"_s).toString(),
                 u"No such container: nope"_s);
        QCOMPARE(api.handle(request("GET", u"/v1.99/containers/json"_s)).status, 400);
        QCOMPARE(api.handle(request("GET", u"/_ping"_s)).header("Api-Version"), "1.47");
    }

    void testScaleContainers()
    {
        // --scale containers=1000: the list the client parses holds every one, with its compose labels.
        ContainerState state(42, &m_clock);
        const qsizetype base = state.containers().size();
        state.addScaleContainers(1000);
        QCOMPARE(state.containers().size(), base + 1000);
        DockerApi api(state);
        const auto list =
            KryNet::Docker::Parsers::containerList(api.handle(request("GET", u"/containers/json?all=1"_s)).body);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message()));
        QCOMPARE(list->size(), base + 1000);
        QSet<QString> names;
        int fleet = 0;
        for (const KryNet::Docker::Container &c : *list) {
            names.insert(c.name);
            fleet += c.project().startsWith(u"fleet"_s) ? 1 : 0;
        }
        QCOMPARE(names.size(), list->size());
        QCOMPARE(fleet, 1000);
        QCOMPARE(api.handle(request("POST", u"/containers/fleet100-worker10-1/restart"_s)).status, 204);
    }

    void testActionsAndEvents()
    {
        ContainerState state(42, &m_clock);
        DockerApi api(state);
        QSignalSpy events(&state, &ContainerState::eventEmitted);
        QCOMPARE(api.handle(request("POST", u"/containers/sonarr/start"_s)).status, 304);
        QCOMPARE(api.handle(request("POST", u"/containers/homarr/stop"_s)).status, 304);
        QCOMPARE(api.handle(request("POST", u"/containers/homarr/kill"_s)).status, 409);
        QCOMPARE(events.size(), 0);
        QCOMPARE(api.handle(request("POST", u"/v1.47/containers/sonarr/restart"_s)).status, 204);
        QStringList actions;
        for (const QList<QVariant> &e : std::as_const(events))
            actions << e.at(0).toJsonObject().value(u"Action"_s).toString();
        QCOMPARE(actions, (QStringList{u"kill"_s, u"die"_s, u"stop"_s, u"start"_s, u"restart"_s}));
        const QJsonObject start = events.at(3).at(0).toJsonObject();
        QCOMPARE(start.value(u"Type"_s).toString(), u"container"_s);
        QCOMPARE(start.value(u"Actor"_s).toObject().value(u"Attributes"_s).toObject().value(u"name"_s).toString(),
                 u"sonarr"_s);
        // gluetun restarts with its healthcheck: starting, then healthy once the clock moves
        events.clear();
        QCOMPARE(api.handle(request("POST", u"/containers/gluetun/restart"_s)).status, 204);
        QCOMPARE(state.find(u"gluetun"_s)->health, u"starting"_s);
        m_clock.advance(30);
        state.tick();
        QCOMPARE(state.find(u"gluetun"_s)->health, u"healthy"_s);
        QCOMPARE(events.constLast().at(0).toJsonObject().value(u"Action"_s).toString(), u"health_status: healthy"_s);
        // the crash loop moves on with the clock
        const int restarts = state.find(u"cloudflared"_s)->restartCount;
        m_clock.advance(100);
        state.tick();
        QVERIFY(state.find(u"cloudflared"_s)->restartCount > restarts);
        // pause / unpause
        QCOMPARE(api.handle(request("POST", u"/containers/radarr/pause"_s)).status, 204);
        QCOMPARE(state.find(u"radarr"_s)->state, u"paused"_s);
        QCOMPARE(api.handle(request("POST", u"/containers/radarr/unpause"_s)).status, 204);
        QCOMPARE(api.handle(request("POST", u"/containers/radarr/unpause"_s)).status, 409);
        // the event history is served with since/until
        const HttpResponse history = api.handle(request("GET", u"/events?since=0&until=%1"_s.arg(state.nowSecs())));
        QVERIFY(history.body.count('\n') >= 10);
    }

    void testLogsAndStats()
    {
        ContainerState state(42, &m_clock);
        DockerApi api(state);
        const HttpResponse logs =
            api.handle(request("GET", u"/containers/sonarr/logs?stdout=1&stderr=1&tail=5&timestamps=1"_s));
        QCOMPARE(logs.status, 200);
        QCOMPARE(logs.header("Content-Type"), "application/vnd.docker.multiplexed-stream");
        const auto frames = demux(logs.body);
        QCOMPARE(frames.size(), 5);
        for (const auto &[stream, payload] : frames) {
            QVERIFY(stream == 1 || stream == 2);
            QVERIFY(payload.endsWith('\n'));
            QVERIFY(payload.at(4) == '-' && payload.indexOf('Z') == 29); // RFC 3339 nano timestamp
        }
        const auto errors = demux(api.handle(request("GET", u"/containers/cloudflared/logs?stderr=1&tail=all"_s)).body);
        QVERIFY(!errors.isEmpty());
        for (const auto &frame : errors)
            QCOMPARE(frame.first, 2);
        QCOMPARE(api.handle(request("GET", u"/containers/sonarr/logs"_s)).status, 400); // no stream chosen
        const HttpResponse tty = api.handle(request("GET", u"/containers/tailscale/logs?stdout=1&tail=2"_s));
        QCOMPARE(tty.header("Content-Type"), "application/vnd.docker.raw-stream");
        QCOMPARE(tty.body.count('\n'), 2);
        QVERIFY(api.handle(request("GET", u"/containers/sonarr/logs?stdout=1&follow=1"_s)).stream);

        const QJsonObject stats =
            QJsonDocument::fromJson(api.handle(request("GET", u"/containers/jellyfin/stats?stream=false"_s)).body)
                .object();
        const QJsonObject cpu = stats.value(u"cpu_stats"_s).toObject();
        const QJsonObject pre = stats.value(u"precpu_stats"_s).toObject();
        const double cpuDelta = double(cpu.value(u"cpu_usage"_s).toObject().value(u"total_usage"_s).toInteger() -
                                       pre.value(u"cpu_usage"_s).toObject().value(u"total_usage"_s).toInteger());
        const double systemDelta =
            double(cpu.value(u"system_cpu_usage"_s).toInteger() - pre.value(u"system_cpu_usage"_s).toInteger());
        const double percent = cpuDelta / systemDelta * cpu.value(u"online_cpus"_s).toInt() * 100.0;
        QVERIFY2(percent > 1.0 && percent < 5.0, qPrintable(QString::number(percent)));
        const QJsonObject memory = stats.value(u"memory_stats"_s).toObject();
        QVERIFY(memory.value(u"usage"_s).toInteger() >
                memory.value(u"stats"_s).toObject().value(u"inactive_file"_s).toInteger());
        const QJsonObject stopped =
            QJsonDocument::fromJson(api.handle(request("GET", u"/containers/homarr/stats?stream=false"_s)).body)
                .object();
        QCOMPARE(stopped.value(u"cpu_stats"_s).toObject().value(u"online_cpus"_s).toInt(), 0);
    }

    void testPortainer()
    {
        ContainerState state(42, &m_clock);
        PortainerService portainer(state, 42);
        const QByteArray key = portainer.credentials().value(u"apiKey"_s).toString().toUtf8();
        QVERIFY(key.startsWith("ptr_"));
        QCOMPARE(portainer.handle(request("GET", u"/api/endpoints"_s)).status, 401);
        HttpRequest wrong = request("GET", u"/api/endpoints"_s);
        wrong.headers.append(qMakePair(QByteArray("X-API-Key"), QByteArray("ptr_wrong")));
        QCOMPARE(portainer.handle(wrong).status, 401);
        HttpRequest ok = request("GET", u"/api/endpoints"_s);
        ok.headers.append(qMakePair(QByteArray("x-api-key"), key));
        const HttpResponse endpoints = portainer.handle(ok);
        QCOMPARE(endpoints.status, 200);
        const QJsonArray all = QJsonDocument::fromJson(endpoints.body).array();
        QCOMPARE(endpoints.header("X-Total-Count"), QByteArray("4"));
        const QJsonObject endpoint = all.at(0).toObject();
        QCOMPARE(endpoint.value(u"Id"_s).toInt(), 2);
        QCOMPARE(endpoint.value(u"Snapshots"_s).toArray().at(0).toObject().value(u"ContainerCount"_s).toInt(), 25);
        // A second Docker host, a Swarm manager and a Kubernetes environment, by Type and snapshot.
        QCOMPARE(all.at(1).toObject().value(u"Name"_s).toString(), u"garage-pi"_s);
        QCOMPARE(all.at(2).toObject().value(u"Snapshots"_s).toArray().at(0).toObject().value(u"Swarm"_s).toBool(),
                 true);
        QCOMPARE(all.at(3).toObject().value(u"Type"_s).toInt(), 6);
        QVERIFY(all.at(3).toObject().value(u"Snapshots"_s).toArray().isEmpty());
        const auto authorized = [&key](HttpRequest r) {
            r.headers.append(qMakePair(QByteArray("X-API-Key"), key));
            return r;
        };
        const auto json = [&portainer, &authorized](const QByteArray &method, const QString &target,
                                                    const QByteArray &body = {}) {
            HttpRequest r = authorized(request(method, target));
            r.body = body;
            return portainer.handle(r);
        };
        QCOMPARE(QJsonDocument::fromJson(json("GET", u"/api/endpoints/2/docker/v1.47/containers/json?all=1"_s).body)
                     .array()
                     .size(),
                 25);
        QCOMPARE(QJsonDocument::fromJson(json("GET", u"/api/endpoints/3/docker/v1.47/containers/json?all=1"_s).body)
                     .array()
                     .size(),
                 4);
        QCOMPARE(json("GET", u"/api/endpoints/5/docker/v1.47/containers/json"_s).status, 400);
        QCOMPARE(json("GET", u"/api/endpoints/4/docker/v1.47/swarm"_s).status, 200);
        QCOMPARE(json("GET", u"/api/endpoints/3/docker/v1.47/swarm"_s).status, 503);
        QCOMPARE(json("GET", u"/api/endpoints/9/docker/_ping"_s).status, 404);

        // Only the stacks Portainer deployed; filtered per environment.
        QCOMPARE(QJsonDocument::fromJson(json("GET", u"/api/stacks"_s).body).array().size(), 4);
        QCOMPARE(
            QJsonDocument::fromJson(json("GET", u"/api/stacks?filters=%7B%22EndpointID%22:2%7D"_s).body).array().size(),
            2);
        const QString file = QJsonDocument::fromJson(json("GET", u"/api/stacks/4/file"_s).body)
                                 .object()
                                 .value(u"StackFileContent"_s)
                                 .toString();
        QVERIFY2(file.contains(u"  uptime-kuma:\n    image: louislam/uptime-kuma:1.23.16"_s), qPrintable(file));
        // Redeploys: the git one only for git stacks, endpointId required, every accepted one counted.
        QCOMPARE(json("PUT", u"/api/stacks/4/git/redeploy?endpointId=2"_s, "{\"PullImage\":true}").status, 400);
        QCOMPARE(json("PUT", u"/api/stacks/4"_s, "{\"StackFileContent\":\"services: {}\"}").status, 400);
        QCOMPARE(json("PUT", u"/api/stacks/4?endpointId=2"_s, "{\"StackFileContent\":\"\"}").status, 400);
        QVERIFY(portainer.redeploys().isEmpty());
        const HttpResponse updated =
            json("PUT", u"/api/stacks/4?endpointId=2"_s, "{\"StackFileContent\":\"services: {}\",\"PullImage\":true}");
        QCOMPARE(updated.status, 200);
        QCOMPARE(json("PUT", u"/api/stacks/3/git/redeploy?endpointId=2"_s, "{\"PullImage\":true}").status, 200);
        QCOMPARE(portainer.redeploys().size(), 2);
        QCOMPARE(portainer.redeploys().at(0).toObject().value(u"method"_s).toString(), u"update"_s);
        QCOMPARE(portainer.redeploys().at(1).toObject().value(u"method"_s).toString(), u"git-redeploy"_s);
        QVERIFY(portainer.redeploys().at(1).toObject().value(u"pullImage"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestLabsimDocker)
#include "test_labsim_docker.moc"
