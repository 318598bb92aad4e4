// core/docker against krynet-labsim (the demo lab): the same client, store and actions as against real
// podman (test_docker_podman), through labsim's SSH server and its simulated Docker Engine API, so the
// demo and the tests that rely on it stay faithful to the client. Also Portainer's side: its
// environments (a second Docker host, Swarm, Kubernetes) through LabStores, and the stack redeploy of
// pull-and-recreate, counted by labsim.
#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "core/docker/composerecreate.h"
#include "core/docker/containerenvironments.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/docker/stackrecreate.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Docker;

namespace
{

constexpr int kWait = 20000;

} // namespace

class TestDockerLabsim final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    DemoLabSetup m_setup;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    std::unique_ptr<LabSession> m_session;
    DockerClient *m_client = nullptr;
    std::unique_ptr<ContainerStore> m_store;

    /// POST (or @p verb) to labsim's control endpoint (fault switches, counters).
    QJsonObject control(const QString &pathAndQuery, const QByteArray &verb = "POST", const QByteArray &body = {})
    {
        return m_lab.request(verb, pathAndQuery, body).json();
    }

    QJsonArray redeploys() { return control(u"/portainer/redeploys"_s, "GET").value(u"redeploys"_s).toArray(); }

    template <typename T>
    static T awaited(QFuture<T> future)
    {
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, kWait))
            qFatal("future did not finish");
        return future.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the remembered environment goes to a test location
        qRegisterMetaType<DockerEvent>();
        const auto started = m_lab.start({}); // the lab's clock runs (no --speed 0)
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
        DemoLab::storeSecrets(m_setup, m_secrets);
        m_session = std::make_unique<LabSession>(m_setup.profile, m_secrets, m_network, m_actions);
        auto client = DockerClient::forSession(*m_session, m_session.get());
        QVERIFY2(client, qPrintable(client ? QString() : client.error().toString()));
        m_client = *client;
        m_store = std::make_unique<ContainerStore>(m_client, &m_actions, m_setup.profile.name());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_session.reset(); // closes the SSH connection before the simulator goes away
        m_lab.stop();
    }

    void testListGroupsAndNetworkParents()
    {
        m_store->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->status(), ContainerStore::Status::Ready, kWait);
        QCOMPARE(m_store->containers().size(), 25);
        const Container *sonarr = m_store->find(u"sonarr"_s);
        QVERIFY(sonarr);
        QCOMPARE(sonarr->project(), u"media"_s);
        // gluetun is the network parent of qbittorrent and sabnzbd (network_mode: container:gluetun).
        QTRY_VERIFY_WITH_TIMEOUT(m_store->find(u"qbittorrent"_s)->inspected, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->networkParent(m_store->find(u"qbittorrent"_s)->id) != nullptr, kWait);
        QCOMPARE(m_store->networkParent(m_store->find(u"qbittorrent"_s)->id)->name, u"gluetun"_s);
        QCOMPARE(m_store->dependantRestartText(m_store->find(u"gluetun"_s)->id),
                 u"Restart qbittorrent and sabnzbd after gluetun"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isLive(), kWait); // the /events stream is open
    }

    void testRestartIsLoggedOnceAndArrivesAsEvents()
    {
        const QString id = m_store->find(u"radarr"_s)->id;
        QSignalSpy events(m_store.get(), &ContainerStore::eventApplied);
        const qsizetype before = m_actions.records().size();
        auto restart = m_store->perform(ContainerStore::Action::Restart, id);
        QTRY_VERIFY_WITH_TIMEOUT(restart.isFinished(), kWait);
        QVERIFY2(restart.result(), qPrintable(restart.result() ? QString() : restart.result().error().toString()));
        QCOMPARE(m_actions.records().size(), before + 1);
        QCOMPARE(m_actions.records().constLast().outcome, ActionRecord::Outcome::Succeeded);
        // The simulated daemon reports the restart on the event stream, as Docker does.
        const auto sawRestart = [&] {
            for (const auto &args : std::as_const(events)) {
                const auto e = args.at(0).value<DockerEvent>();
                if (e.actorId == id && (e.action == u"restart"_s || e.action == u"start"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawRestart(), kWait);
        QCOMPARE(m_store->find(u"radarr"_s)->state, ContainerState::Running);
    }

    void testDroppedEventStreamReconnectsAndResyncs()
    {
        // A change the client cannot see live (events muted, as if lost), then the event stream drops:
        // the store goes stale, reconnects by itself and its resync after the reconnect heals the change.
        ContainerStore::Options options = m_store->options();
        options.reconnectInitialDelay = std::chrono::milliseconds(200);
        m_store->setOptions(options);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isLive(), kWait);
        const QString id = m_store->find(u"bazarr"_s)->id;
        QCOMPARE(m_store->find(u"bazarr"_s)->state, ContainerState::Running);
        QSignalSpy applied(m_store.get(), &ContainerStore::eventApplied);
        QSignalSpy live(m_store.get(), &ContainerStore::liveChanged);

        QVERIFY(control(u"/docker/mute-events?on=1"_s).value(u"muted"_s).toBool());
        // Stopped behind the store's back: a separate request, not ContainerStore::perform.
        DockerRequest stop = DockerRequest::post(DockerClient::containerPath(id, u"/stop"_s));
        auto stopped = m_client->request(stop);
        QTRY_VERIFY_WITH_TIMEOUT(stopped.isFinished(), kWait);
        QVERIFY(stopped.result());
        QCOMPARE(m_store->find(u"bazarr"_s)->state, ContainerState::Running); // not seen: no event arrived
        QVERIFY(!control(u"/docker/mute-events?on=0"_s).value(u"muted"_s).toBool());

        QVERIFY(control(u"/docker/drop-streams"_s).value(u"dropped"_s).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(live.size() >= 2, kWait); // dropped, then back
        QCOMPARE(live.at(0).at(0).toBool(), false);
        QVERIFY(m_store->isLive());
        QTRY_COMPARE_WITH_TIMEOUT(m_store->find(u"bazarr"_s)->state, ContainerState::Exited, kWait);
        for (const auto &args : std::as_const(applied))
            QVERIFY(args.at(0).value<DockerEvent>().actorId != id); // healed by the resync, not by an event

        // And live again: a change now arrives as an event.
        auto started = m_store->perform(ContainerStore::Action::Start, id);
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), kWait);
        QVERIFY(started.result());
        const auto sawStart = [&] {
            for (const auto &args : std::as_const(applied)) {
                const auto e = args.at(0).value<DockerEvent>();
                if (e.actorId == id && e.action == u"start"_s)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawStart(), kWait);
    }

    void testLiveRefreshInspectsOnlyWhatChanged()
    {
        // With the event stream live since the last list, a refresh inspects only the containers the list
        // shows changed (issue 15: 25 inspects one after another on two background connections made a
        // refresh over a slow link 13 round trips long). After the stream dropped, every container again.
        QTRY_VERIFY_WITH_TIMEOUT(m_store->isLive(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isRefreshing(), kWait);
        const auto allInspected = [this] {
            const QList<Container> &all = m_store->containers();
            return std::all_of(all.cbegin(), all.cend(), [](const Container &c) { return c.inspected; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allInspected(), kWait); // the first list's inspects have all answered
        const QString id = m_store->find(u"bazarr"_s)->id;
        static const QRegularExpression inspectKey(u"^docker GET /v[0-9.]+/containers/[0-9a-f]{64}/json$"_s);
        const auto inspects = [](const QJsonObject &traffic) {
            QHash<QString, int> byContainer;
            const QJsonObject byRequest = traffic.value(u"byRequest"_s).toObject();
            for (auto it = byRequest.begin(); it != byRequest.end(); ++it) {
                if (inspectKey.match(it.key()).hasMatch())
                    byContainer.insert(it.key().section(u'/', 3, 3), it.value().toInt());
            }
            return byContainer;
        };
        // Every inspect the refresh queued went out before this one (background calls start in order).
        const auto drainBackground = [this, &id] {
            auto probe = m_client->request(DockerRequest::get(DockerClient::containerPath(id, u"/json"_s))
                                               .withPriority(DockerRequest::Priority::Background));
            QTRY_VERIFY_WITH_TIMEOUT(probe.isFinished(), kWait);
            QVERIFY(probe.result());
        };

        // Inspects still queued from before (an earlier test's resync and actions) go out first: twice,
        // so that the one running beside the first probe has been answered too. Else one of them could
        // read bazarr after the stop below and show the change before the list does.
        drainBackground();
        drainBackground();
        QCOMPARE(m_store->find(u"bazarr"_s)->state, ContainerState::Running);
        // Stopped behind the store's back with the events muted: only the list can show it. Events stay
        // muted while the refresh is counted: the demo lab's own changes (health checks, a flapping
        // container) would otherwise bring inspects of their own into the window.
        QVERIFY(control(u"/docker/mute-events?on=1"_s).value(u"muted"_s).toBool());
        auto stopped = m_client->request(DockerRequest::post(DockerClient::containerPath(id, u"/stop"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(stopped.isFinished(), kWait);
        QVERIFY(stopped.result());
        control(u"/traffic/start"_s);
        m_store->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->find(u"bazarr"_s)->state, ContainerState::Exited, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(inspects(control(u"/traffic"_s, "GET")).value(id) >= 1, kWait); // inspected again
        drainBackground();
        const QHash<QString, int> changed = inspects(control(u"/traffic/stop"_s));
        QVERIFY(!control(u"/docker/mute-events?on=0"_s).value(u"muted"_s).toBool());
        QStringList names;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            names << (m_store->find(it.key()) ? m_store->find(it.key())->name : it.key());
        // bazarr: inspected for the change, then by the probe. Besides it only what the list shows in
        // another state or health (the demo lab's clock runs: a flapping container may change); the
        // other twenty-odd containers are not read again.
        QCOMPARE(changed.value(id), 2);
        QVERIFY2(changed.size() <= 3, qPrintable(names.join(u' ')));

        // The stream drops: whatever happened meanwhile came with no event, so the resync after the
        // reconnect inspects every container.
        QSignalSpy live(m_store.get(), &ContainerStore::liveChanged);
        control(u"/traffic/start"_s);
        QVERIFY(control(u"/docker/drop-streams"_s).value(u"dropped"_s).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(live.size() >= 2 && m_store->isLive(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isRefreshing(), kWait);
        drainBackground();
        const QHash<QString, int> all = inspects(control(u"/traffic/stop"_s));
        QCOMPARE(all.size(), m_store->containers().size());

        auto started = m_store->perform(ContainerStore::Action::Start, id);
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), kWait);
        QVERIFY(started.result());
    }

    void testPullAndRecreateOverSsh()
    {
        // docker compose … up -d --pull always SERVICE on labsim's server, through an SSH exec stream with
        // stdout and stderr merged: compose's progress arrives line by line, the action is logged once and
        // the container comes back (the store sees it through events).
        const Container sonarr = *m_store->find(u"sonarr"_s);
        const QDateTime before = sonarr.startedAt;
        auto ssh = m_session->ssh();
        QVERIFY(ssh);
        ComposeRecreate job(*ssh, &m_actions, m_setup.profile.name());
        QStringList lines;
        connect(&job, &ComposeRecreate::output, this, [&lines](const QString &line) { lines.append(line); });
        const qsizetype logged = m_actions.records().size();
        auto done = job.run(sonarr);
        QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), kWait);
        QVERIFY2(done.result(), qPrintable(done.result() ? QString() : done.result().error().toString()));
        QVERIFY2(lines.contains(u" sonarr Pulled "_s), qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(u" Container sonarr  Started"_s));
        QCOMPARE(m_actions.records().size(), logged + 1);
        QCOMPARE(m_actions.records().constLast().action, u"Pull and recreate sonarr (stack media)"_s);
        QCOMPARE(m_actions.records().constLast().outcome, ActionRecord::Outcome::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_store->find(u"sonarr"_s)->isRunning() && m_store->find(u"sonarr"_s)->startedAt > before, kWait);

        // A compose file that is not there: compose's own words, the exit status, logged as failed.
        Container moved = sonarr;
        moved.labels.insert(u"com.docker.compose.project.config_files"_s, u"/srv/elsewhere/compose.yml"_s);
        lines.clear();
        auto failed = job.run(moved);
        QTRY_VERIFY_WITH_TIMEOUT(failed.isFinished(), kWait);
        QVERIFY(!failed.result());
        QVERIFY2(failed.result().error().message().contains(u"/srv/elsewhere/compose.yml: no such file"_s),
                 qPrintable(failed.result().error().toString()));
        QVERIFY(failed.result().error().message().contains(u"status 14"_s));
        QCOMPARE(m_actions.records().constLast().outcome, ActionRecord::Outcome::Failed);
    }

    void testPortainerEnvironments()
    {
        QSettings().remove(u"containers/environment/"_s + m_setup.profile.id());
        LabStores &stores = m_session->stores();
        ContainerEnvironments *environments = stores.containerEnvironments();
        QVERIFY(environments);
        QTRY_COMPARE_WITH_TIMEOUT(environments->status(), ContainerEnvironments::Status::Ready, kWait);
        // The SSH host first, then Portainer's four, each with its kind (Type, and Swarm from the snapshot).
        QVERIFY(environments->offersChoice());
        QStringList labels;
        for (const auto &e : environments->entries())
            labels.append(environments->label(e));
        QCOMPARE(labels, (QStringList{u"127.0.0.1 over SSH"_s, u"truenas (Docker)"_s, u"garage-pi (Docker)"_s,
                                      u"swarm (Swarm)"_s, u"k3s (Kubernetes)"_s}));
        QVERIFY(!environments->entry(5)->supportsContainers());
        QCOMPARE(environments->chosen(), ContainerEnvironments::SshHost);
        auto store = stores.containers();
        QVERIFY(store);
        QTRY_COMPARE_WITH_TIMEOUT((*store)->status(), ContainerStore::Status::Ready, kWait);
        QCOMPARE((*store)->containers().size(), 25);

        // The second Docker host, through Portainer's proxy: the same store, its containers now.
        QSignalSpy moved(*store, &ContainerStore::clientChanged);
        environments->choose(3);
        QCOMPARE(moved.size(), 1);
        QCOMPARE((*store)->status(), ContainerStore::Status::Loading);
        QTRY_COMPARE_WITH_TIMEOUT((*store)->status(), ContainerStore::Status::Ready, kWait);
        QCOMPARE((*store)->containers().size(), 4);
        QVERIFY((*store)->find(u"homeassistant"_s));
        QVERIFY(!(*store)->find(u"sonarr"_s));
        QCOMPARE((*store)->client()->transport().portainerEnvironment(), 3);
        QVERIFY(!(*store)->client()->canStream()); // polled through Portainer
        // Remembered for this profile.
        ContainerEnvironments again(m_session->service(u"portainer"_s), m_setup.profile);
        QCOMPARE(again.chosen(), 3);
        QCOMPARE(again.effective(), 3);

        // Kubernetes: listed and explained, but never read from, and not remembered.
        environments->choose(5);
        QCOMPARE(environments->chosen(), 5);
        QCOMPARE(environments->effective(), 3);
        QCOMPARE(moved.size(), 1);
        QVERIFY(ContainerEnvironments::unsupportedText(*environments->entry(5)).contains(u"kubectl"_s));
        QCOMPARE(ContainerEnvironments(m_session->service(u"portainer"_s), m_setup.profile).chosen(), 3);

        // The Swarm manager: the tasks of stack web, grouped by their stack; an action goes through the proxy.
        environments->choose(4);
        QTRY_VERIFY_WITH_TIMEOUT((*store)->find(u"web_nginx.1.k2x7c3m9q0w1e5r8t4y6u2i3o"_s), kWait);
        QCOMPARE((*store)->containers().size(), 3);
        QCOMPARE((*store)->find(u"web_api.2.z1x2c3v4b5n6m7l8k9j0h1g2f"_s)->project(), u"web"_s);
        const qsizetype logged = m_actions.records().size();
        const auto restarted =
            awaited((*store)->perform(ContainerStore::Action::Restart, u"web_api.1.p9o8i7u6y5t4r3e2w1q0a9s8d"_s));
        QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().toString()));
        QCOMPARE(m_actions.records().size(), logged + 1);

        // Back to the SSH host: live again.
        environments->choose(ContainerEnvironments::SshHost);
        QTRY_VERIFY_WITH_TIMEOUT((*store)->isLive() && (*store)->containers().size() == 25, kWait);
        QSettings().remove(u"containers/environment/"_s + m_setup.profile.id());
    }

    void testPortainerStackRedeploy()
    {
        const qsizetype before = redeploys().size();
        ServiceClient *portainer = m_session->service(u"portainer"_s);
        auto ssh = m_session->ssh();
        QVERIFY(portainer && ssh);
        // ai was deployed by Portainer from git: its compose working dir is the stack's ProjectPath.
        const Container webui = *m_store->find(u"ai-open-webui-1"_s);
        QCOMPARE(webui.workingDir(), u"/data/compose/3"_s);
        StackRecreate overSsh(portainer, ContainerEnvironments::SshHost, *ssh, &m_actions, m_setup.profile.name());
        const auto plan = awaited(overSsh.plan(webui, m_store->containers()));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->way, StackRecreate::Way::PortainerGitPull);
        QCOMPARE(plan->environmentId, 2);
        QCOMPARE(plan->services, (QStringList{u"litellm"_s, u"litellm-db"_s, u"open-webui"_s}));
        QVERIFY(plan->description.contains(u"https://git.example.org/lab/ai-stack.git"_s));
        QCOMPARE(redeploys().size(), before); // planning only reads
        QStringList lines;
        connect(&overSsh, &StackRecreate::output, this, [&lines](const QString &line) { lines.append(line); });
        const qsizetype logged = m_actions.records().size();
        const auto done = awaited(overSsh.run(*plan, webui));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QJsonArray counted = redeploys();
        QCOMPARE(counted.size(), before + 1); // exactly one redeploy
        const QJsonObject git = counted.last().toObject();
        QCOMPARE(git.value(u"method"_s).toString(), u"git-redeploy"_s);
        QCOMPARE(git.value(u"stackId"_s).toInt(), 3);
        QCOMPARE(git.value(u"endpointId"_s).toInt(), 2);
        QVERIFY(git.value(u"pullImage"_s).toBool());
        QCOMPARE(m_actions.records().size(), logged + 1);
        QCOMPARE(m_actions.records().constLast().action, u"Pull and redeploy stack ai through Portainer"_s);
        QCOMPARE(m_actions.records().constLast().outcome, ActionRecord::Outcome::Succeeded);
        QVERIFY(lines.contains(u"Portainer redeployed stack ai."_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_store->find(u"ai-open-webui-1"_s)->startedAt > webui.startedAt, kWait);

        // monitoring has a stack file; in Portainer's environment 2: the file is read and sent back.
        StackRecreate inEnvironment(portainer, 2, nullptr, &m_actions, m_setup.profile.name());
        const Container kuma = *m_store->find(u"uptime-kuma"_s);
        const auto filePlan = awaited(inEnvironment.plan(kuma, m_store->containers()));
        QVERIFY2(filePlan, qPrintable(filePlan ? QString() : filePlan.error().toString()));
        QCOMPARE(filePlan->way, StackRecreate::Way::PortainerFile);
        QVERIFY(awaited(inEnvironment.run(*filePlan, kuma)));
        counted = redeploys();
        QCOMPARE(counted.size(), before + 2);
        QCOMPARE(counted.last().toObject().value(u"method"_s).toString(), u"update"_s);
        QVERIFY(counted.last().toObject().value(u"pullImage"_s).toBool());

        // media is not Portainer's: docker compose over SSH; inside a Portainer environment it cannot be done.
        const Container sonarr = *m_store->find(u"sonarr"_s);
        const auto composePlan = awaited(overSsh.plan(sonarr, m_store->containers()));
        QVERIFY(composePlan);
        QCOMPARE(composePlan->way, StackRecreate::Way::Compose);
        QCOMPARE(composePlan->command.mid(0, 4), (QStringList{u"docker"_s, u"compose"_s, u"-p"_s, u"media"_s}));
        const auto refused = awaited(inEnvironment.plan(sonarr, m_store->containers()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Unsupported);

        // Portainer failing the redeploy: logged as failed, nothing counted, nothing sent again.
        control(u"/faults/portainer"_s, "PUT", "{\"errorStatus\": 500}");
        const auto failed = awaited(overSsh.run(*plan, webui));
        control(u"/faults"_s, "DELETE");
        QVERIFY(!failed);
        QCOMPARE(m_actions.records().constLast().outcome, ActionRecord::Outcome::Failed);
        QCOMPARE(redeploys().size(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestDockerLabsim)
#include "test_docker_labsim.moc"
