// core/docker against krynet-labsim (the demo lab): the same client, store and actions as against real
// podman (test_docker_podman), through labsim's SSH server and its simulated Docker Engine API, so the
// demo and the tests that rely on it stay faithful to the client.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include "core/docker/composerecreate.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"

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
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    std::unique_ptr<LabSession> m_session;
    DockerClient *m_client = nullptr;
    std::unique_ptr<ContainerStore> m_store;

    /// POST to labsim's control endpoint (fault switches).
    QJsonObject control(const QString &pathAndQuery)
    {
        QNetworkRequest request(QUrl(m_setup.controlUrl.toString() + pathAndQuery));
        request.setRawHeader("Authorization", "Bearer " + m_setup.controlToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QByteArray());
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, kWait);
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DockerEvent>();
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        m_setup = future.result().value();
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
        m_lab.reset();
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
};

QTEST_GUILESS_MAIN(TestDockerLabsim)
#include "test_docker_labsim.moc"
