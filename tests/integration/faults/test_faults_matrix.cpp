// Fault injection over krynet-labsim (issue 14): every fault switch of the simulated lab (latency 50 ms
// and 300 ms, HTTP 500, Cloudflare Access's HTML login page, a truncated body, a server that never
// answers) applied to the services read by the real core stores — the ContainerStore over labsim's SSH
// server and its Docker Engine API, the PoolStore over labsim's SSH server, the UptimeStore over
// labsim's Prometheus. For each: a good refresh, then with the fault the store reports the expected typed
// error and still holds the previous data with its time; without it the next refresh recovers.
// Then actions under faults: a container restart and a scrub start reach the lab exactly once (labsim's
// traffic count), fail or end Unknown, and are not sent again after the fault clears and a refresh runs.
#include <optional>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/docker/dockertransport.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/metrics/uptimestore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/ssh/profileoptions.h"
#include "core/ssh/sshconnection.h"
#include "core/zfs/poolmodel.h"
#include "core/zfs/poolstore.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace KryNet;

namespace
{

constexpr int kWait = 20000;
// Short enough that a hanging service fails a refresh in seconds, long enough for a loaded 2-core box.
constexpr std::chrono::milliseconds kDeadline{1500};

enum class StoreKind {
    Containers,
    Pools,
    Uptime,
};

/// What one refresh of a store left behind.
struct Outcome
{
    std::optional<Error> error;
    QDateTime stamp; ///< when the data shown was read
    QDateTime now;   ///< the store's clock after the refresh: now - stamp is the age a panel shows
    qsizetype items = 0;
    qint64 elapsedMs = 0;
};

QString describe(const std::optional<Error> &error)
{
    return error ? error->toString() : u"no error"_s;
}

} // namespace

Q_DECLARE_METATYPE(StoreKind)
Q_DECLARE_METATYPE(std::optional<KryNet::Error::Code>)
Q_DECLARE_METATYPE(KryNet::Error::Code)
Q_DECLARE_METATYPE(KryNet::ActionRecord::Outcome)

class TestFaultsMatrix final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    // Two SSH connections, as a pool store and a Docker client could have on two hosts: dropping the
    // pools' one (the scrub test) leaves the containers' event stream alone.
    std::unique_ptr<Ssh::SshConnection> m_poolSsh;
    std::unique_ptr<Ssh::SshConnection> m_dockerSsh;
    std::unique_ptr<Docker::DockerClient> m_docker;
    std::unique_ptr<Docker::ContainerStore> m_containers;
    std::unique_ptr<Zfs::PoolStore> m_pools;
    std::unique_ptr<ServiceClient> m_prometheus;
    std::unique_ptr<Metrics::UptimeStore> m_uptime;
    qint64 m_uptimeNow = 0; ///< the uptime store's clock: moved on by every refresh, so asOf() tells them apart

    std::unique_ptr<Ssh::SshConnection> connection()
    {
        auto options = Ssh::sshOptionsForProfile(m_lab.setup().profile, QDir::homePath() + u"/.ssh"_s);
        if (!options)
            qFatal("ssh options: %s", qPrintable(options.error().toString()));
        options->useAgent = false;
        return std::make_unique<Ssh::SshConnection>(*options);
    }

    Outcome refresh(StoreKind kind)
    {
        Outcome out;
        QElapsedTimer timer;
        timer.start();
        switch (kind) {
        case StoreKind::Containers:
            m_containers->refresh();
            if (!QTest::qWaitFor([this] { return !m_containers->isRefreshing(); }, kWait))
                qFatal("container refresh did not end");
            if (!m_containers->lastError().message().isEmpty())
                out.error = m_containers->lastError();
            out.stamp = m_containers->updatedAt();
            out.items = m_containers->containers().size();
            out.now = QDateTime::currentDateTimeUtc();
            break;
        case StoreKind::Pools: {
            auto done = m_pools->refresh();
            if (!QTest::qWaitFor([&done] { return done.isFinished(); }, kWait))
                qFatal("pool refresh did not end");
            if (m_pools->state() == Zfs::PoolStore::State::Failed)
                out.error = m_pools->lastError();
            out.stamp = m_pools->lastUpdated();
            out.items = m_pools->pools().size();
            out.now = QDateTime::currentDateTimeUtc();
            break;
        }
        case StoreKind::Uptime:
            m_uptimeNow += 60;
            m_uptime->refresh();
            if (!QTest::qWaitFor([this] { return !m_uptime->isLoading(); }, kWait))
                qFatal("uptime refresh did not end");
            out.error = m_uptime->lastError();
            out.stamp = m_uptime->asOf();
            out.items = m_uptime->monitors().size();
            out.now = QDateTime::fromSecsSinceEpoch(m_uptimeNow, Qt::UTC);
            break;
        }
        out.elapsedMs = timer.elapsed();
        return out;
    }

    /// Waits until every container's inspect has answered, so no read of a previous step is in flight.
    bool containersSettled()
    {
        return QTest::qWaitFor(
            [this] {
                for (const Docker::Container &c : m_containers->containers()) {
                    if (!c.inspected)
                        return false;
                }
                return !m_containers->containers().isEmpty() && !m_containers->isRefreshing();
            },
            kWait);
    }

    const ActionRecord *lastAction() const
    {
        return m_actions.records().isEmpty() ? nullptr : &m_actions.records().constLast();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        DemoLab::storeSecrets(m_lab.setup(), m_secrets);

        m_dockerSsh = connection();
        m_docker = std::make_unique<Docker::DockerClient>(std::make_unique<Docker::SshSocketTransport>(
            m_dockerSsh.get(), m_lab.setup().profile.ssh().dockerSocket.isEmpty()
                                   ? u"/var/run/docker.sock"_s
                                   : m_lab.setup().profile.ssh().dockerSocket));
        m_containers = std::make_unique<Docker::ContainerStore>(m_docker.get(), &m_actions, u"faults"_s);
        Docker::ContainerStore::Options options;
        options.readTimeout = kDeadline;
        options.actionTimeout = kDeadline;
        m_containers->setOptions(options);

        m_poolSsh = connection();
        m_pools = std::make_unique<Zfs::PoolStore>(m_poolSsh.get(), &m_actions, u"faults"_s);
        m_pools->setCommandTimeout(kDeadline);

        m_prometheus = std::make_unique<ServiceClient>(&m_network, &m_secrets, m_lab.setup().profile, u"prometheus"_s);
        ServiceClient::Options http;
        http.timeout = kDeadline;
        http.retryDelay = 100ms;
        m_prometheus->setOptions(http);
        Metrics::UptimeStore::Options uptime;
        uptime.historyDays = 2; // a small first read; the history math has its own tests
        uptime.hostMetrics = false;
        m_uptime = std::make_unique<Metrics::UptimeStore>(m_prometheus.get(), nullptr, uptime);
        m_uptimeNow = QDateTime::currentSecsSinceEpoch();
        m_uptime->setClock([this] { return m_uptimeNow; });
    }

    void cleanup()
    {
        QVERIFY(m_lab.clearFaults());
        QVERIFY(m_lab.request("POST", u"/ssh/midclt-fail"_s, "{\"method\":\"pool.scrub.scrub\",\"error\":\"\"}").ok());
    }

    void cleanupTestCase()
    {
        m_uptime.reset();
        m_prometheus.reset();
        m_containers.reset();
        m_docker.reset();
        m_pools.reset();
        m_dockerSsh.reset();
        m_poolSsh.reset();
        m_lab.stop();
    }

    void testReadFault_data()
    {
        QTest::addColumn<StoreKind>("store");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<std::optional<Error::Code>>("expected");

        const QJsonObject latency50{{u"latencyMs"_s, 50}};
        const QJsonObject latency300{{u"latencyMs"_s, 300}};
        const QJsonObject status500{{u"errorStatus"_s, 500}};
        const QJsonObject htmlLogin{{u"htmlLogin"_s, true}};
        const QJsonObject truncate{{u"truncate"_s, true}};
        const QJsonObject hang{{u"hang"_s, true}};
        const std::optional<Error::Code> none;

        // Docker Engine API through the SSH-forwarded socket.
        QTest::newRow("containers latency 50") << StoreKind::Containers << u"docker"_s << latency50 << none;
        QTest::newRow("containers latency 300") << StoreKind::Containers << u"docker"_s << latency300 << none;
        QTest::newRow("containers 500") << StoreKind::Containers << u"docker"_s << status500
                                        << std::optional(Error::Code::Remote);
        QTest::newRow("containers html login")
            << StoreKind::Containers << u"docker"_s << htmlLogin << std::optional(Error::Code::Remote);
        QTest::newRow("containers truncated")
            << StoreKind::Containers << u"docker"_s << truncate << std::optional(Error::Code::Network);
        QTest::newRow("containers hang") << StoreKind::Containers << u"docker"_s << hang
                                         << std::optional(Error::Code::Timeout);

        // zpool/midclt over SSH: the SSH server knows latency and hang (no HTTP status to fake).
        QTest::newRow("pools latency 50") << StoreKind::Pools << u"ssh"_s << latency50 << none;
        QTest::newRow("pools latency 300") << StoreKind::Pools << u"ssh"_s << latency300 << none;
        QTest::newRow("pools hang") << StoreKind::Pools << u"ssh"_s << hang << std::optional(Error::Code::Timeout);

        // Prometheus over HTTP (ServiceClient).
        QTest::newRow("uptime latency 50") << StoreKind::Uptime << u"prometheus"_s << latency50 << none;
        QTest::newRow("uptime latency 300") << StoreKind::Uptime << u"prometheus"_s << latency300 << none;
        QTest::newRow("uptime 500") << StoreKind::Uptime << u"prometheus"_s << status500
                                    << std::optional(Error::Code::Remote);
        QTest::newRow("uptime html login")
            << StoreKind::Uptime << u"prometheus"_s << htmlLogin << std::optional(Error::Code::Auth);
        QTest::newRow("uptime truncated")
            << StoreKind::Uptime << u"prometheus"_s << truncate << std::optional(Error::Code::Parse);
        QTest::newRow("uptime hang") << StoreKind::Uptime << u"prometheus"_s << hang
                                     << std::optional(Error::Code::Timeout);
    }

    void testReadFault()
    {
        QFETCH(StoreKind, store);
        QFETCH(QString, service);
        QFETCH(QJsonObject, fault);
        QFETCH(std::optional<Error::Code>, expected);

        // A good read first.
        const Outcome good = refresh(store);
        QVERIFY2(!good.error, qPrintable(describe(good.error)));
        QVERIFY(good.items > 0);
        QVERIFY(good.stamp.isValid());
        if (store == StoreKind::Containers)
            QVERIFY(containersSettled());

        // The fault: a typed error, and the previous data still there with its time (so its age shows).
        QVERIFY(m_lab.setFault(service, fault));
        const Outcome faulty = refresh(store);
        if (expected) {
            QVERIFY2(faulty.error, "the fault went unnoticed");
            QVERIFY2(faulty.error->code() == *expected, qPrintable(describe(faulty.error)));
            QVERIFY2(!faulty.error->message().isEmpty(), "an error the user can read");
            QCOMPARE(faulty.stamp, good.stamp);
            QVERIFY(faulty.now > good.stamp); // so the data shows with an age
            if (store == StoreKind::Pools) {
                // What the Pools panel binds to: the rows stay, with the old time, and turn Stale once
                // the data is older than twice the refresh period.
                Zfs::PoolModel model;
                model.setStore(m_pools.get());
                QCOMPARE(model.rowCount(), int(good.items));
                QCOMPARE(model.index(0, 0).data(Roles::UpdatedAtRole).toDateTime(), good.stamp);
                model.setNow(good.stamp.addSecs(3 * 60 + 1)); // beyond 2 × 60 s (and 2 × 5 s while scanning)
                int stale = 0;
                for (int row = 0; row < model.rowCount(); ++row) {
                    const auto health = Health(model.index(row, 0).data(Roles::HealthRole).toInt());
                    QVERIFY2(health == Health::Stale || health == Health::Critical,
                             qPrintable(QString::number(int(health))));
                    stale += health == Health::Stale ? 1 : 0;
                }
                QVERIFY(stale > 0); // (a critical pool stays critical: stale must not hide it)
            }
        } else {
            // Slow, not broken: the answer arrives after the latency, and it is fresh.
            QVERIFY2(!faulty.error, qPrintable(describe(faulty.error)));
            QVERIFY2(faulty.elapsedMs >= fault.value(u"latencyMs"_s).toInt(),
                     qPrintable(QString::number(faulty.elapsedMs)));
            QVERIFY(faulty.stamp > good.stamp);
        }
        QCOMPARE(faulty.items, good.items);
        if (store == StoreKind::Containers)
            QVERIFY(containersSettled());

        // The fault clears: the next refresh recovers.
        QVERIFY(m_lab.clearFaults());
        const Outcome recovered = refresh(store);
        QVERIFY2(!recovered.error, qPrintable(describe(recovered.error)));
        QVERIFY(recovered.stamp > faulty.stamp);
        QCOMPARE(recovered.items, good.items);
        if (store == StoreKind::Containers)
            QVERIFY(containersSettled());
    }

    void testContainerRestartRunsOnce_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<std::optional<Error::Code>>("expected");
        QTest::addColumn<ActionRecord::Outcome>("outcome");
        QTest::newRow("500") << QJsonObject{{u"errorStatus"_s, 500}} << std::optional(Error::Code::Remote)
                             << ActionRecord::Outcome::Failed;
        QTest::newRow("hang") << QJsonObject{{u"hang"_s, true}} << std::optional(Error::Code::Timeout)
                              << ActionRecord::Outcome::Unknown;
        QTest::newRow("html login") << QJsonObject{{u"htmlLogin"_s, true}} << std::optional(Error::Code::Remote)
                                    << ActionRecord::Outcome::Failed;
        // Docker answers a restart with an empty 204: half of nothing is the whole answer, so the restart
        // did happen and says so — and still went out once.
        QTest::newRow("truncated") << QJsonObject{{u"truncate"_s, true}} << std::optional<Error::Code>()
                                   << ActionRecord::Outcome::Succeeded;
    }

    void testContainerRestartRunsOnce()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(std::optional<Error::Code>, expected);
        QFETCH(ActionRecord::Outcome, outcome);

        QVERIFY(!refresh(StoreKind::Containers).error);
        QVERIFY(containersSettled());
        const Docker::Container *radarr = m_containers->find(u"radarr"_s);
        QVERIFY(radarr);
        const QString restartPath = u"/containers/"_s + radarr->id + u"/restart"_s;

        QVERIFY(m_lab.startTraffic());
        QVERIFY(m_lab.setFault(u"docker"_s, fault));
        const qsizetype logged = m_actions.records().size();
        auto restart = m_containers->perform(Docker::ContainerStore::Action::Restart, radarr->id);
        QTRY_VERIFY_WITH_TIMEOUT(restart.isFinished(), kWait);
        const Result<void> result = restart.result();
        if (expected) {
            QVERIFY2(result.isError(), "the restart reported success while the host failed");
            QVERIFY2(result.error().code() == *expected, qPrintable(result.error().toString()));
        } else {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        }
        QCOMPARE(m_actions.records().size(), logged + 1);
        QCOMPARE(lastAction()->outcome, outcome);
        QCOMPARE(m_lab.arrivals(u"docker POST "_s), 1);
        QCOMPARE(m_lab.arrivals(restartPath), 1);

        // The fault clears and the list is read again: the restart is not sent a second time.
        QVERIFY(m_lab.clearFaults());
        QTRY_VERIFY_WITH_TIMEOUT(!m_containers->isBusy(radarr->id), kWait);
        const Outcome after = refresh(StoreKind::Containers);
        QVERIFY2(!after.error, qPrintable(describe(after.error)));
        QVERIFY(containersSettled());
        QCOMPARE(m_lab.arrivals(restartPath), 1);
        QCOMPARE(m_lab.arrivals(u"docker POST "_s), 1);
        QCOMPARE(m_actions.records().size(), logged + 1);
        QVERIFY(m_lab.stopTraffic().value(u"requests"_s).toInt() > 1);
    }

    // Last: the hang case drops the pools' SSH connection.
    void testScrubStartRunsOnce_data()
    {
        QTest::addColumn<bool>("hang");
        QTest::addColumn<Error::Code>("expected");
        QTest::addColumn<ActionRecord::Outcome>("outcome");
        // midclt answers with an error: the SSH counterpart of a 500.
        QTest::newRow("midclt error") << false << Error::Code::Remote << ActionRecord::Outcome::Failed;
        // The command is never answered and the connection drops meanwhile: did it start? Unknown.
        QTest::newRow("hang, then connection lost") << true << Error::Code::Network << ActionRecord::Outcome::Unknown;
    }

    void testScrubStartRunsOnce()
    {
        QFETCH(bool, hang);
        QFETCH(Error::Code, expected);
        QFETCH(ActionRecord::Outcome, outcome);

        QVERIFY(!refresh(StoreKind::Pools).error);
        QString idle;
        for (const Zfs::Pool &p : m_pools->pools()) {
            if (!p.scan.isRunning())
                idle = p.name;
        }
        QVERIFY2(!idle.isEmpty(), "a pool without a running scrub");

        QVERIFY(m_lab.startTraffic());
        if (hang)
            QVERIFY(m_lab.setFault(u"ssh"_s, QJsonObject({{u"hang"_s, true}})));
        else
            QVERIFY(m_lab
                        .request("POST", u"/ssh/midclt-fail"_s,
                                 "{\"method\":\"pool.scrub.scrub\",\"error\":\"[EFAULT] simulated failure\"}")
                        .ok());
        const qsizetype logged = m_actions.records().size();
        auto scrub = m_pools->scrub(idle, Zfs::ScrubAction::Start);
        if (hang) {
            // The command reached the server, which never answers; then the connection is lost.
            QTRY_COMPARE_WITH_TIMEOUT(m_lab.arrivals(u"pool.scrub.scrub"_s), 1, kWait);
            QVERIFY(m_lab.request("POST", u"/ssh/drop"_s).ok());
        }
        QTRY_VERIFY_WITH_TIMEOUT(scrub.isFinished(), kWait);
        const Result<void> result = scrub.result();
        QVERIFY2(result.isError(), "the scrub reported success while the host failed");
        QVERIFY2(result.error().code() == expected, qPrintable(result.error().toString()));
        QCOMPARE(m_actions.records().size(), logged + 1);
        QCOMPARE(lastAction()->outcome, outcome);
        QCOMPARE(m_lab.arrivals(u"pool.scrub.scrub"_s), 1);

        // The fault clears; once the connection is back, a refresh reads the pools and sends no scrub.
        QVERIFY(m_lab.clearFaults());
        QVERIFY(m_lab.request("POST", u"/ssh/midclt-fail"_s, "{\"method\":\"pool.scrub.scrub\",\"error\":\"\"}").ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_poolSsh->state() != Ssh::SshConnection::State::BackingOff, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pools->isRefreshing(), kWait);
        const Outcome after = refresh(StoreKind::Pools);
        QVERIFY2(!after.error, qPrintable(describe(after.error)));
        QVERIFY(after.items > 0);
        QCOMPARE(m_lab.arrivals(u"pool.scrub.scrub"_s), 1);
        QCOMPARE(m_actions.records().size(), logged + 1);
        QVERIFY(m_lab.stopTraffic().value(u"sshCommands"_s).toInt() > 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultsMatrix)
#include "test_faults_matrix.moc"
