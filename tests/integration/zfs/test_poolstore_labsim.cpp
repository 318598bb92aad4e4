// PoolStore against krynet-labsim's SSH server (an OpenZFS 2.3 TrueNAS host with smartctl): detection runs
// once per connection (and again after a reconnect), the JSON generation's commands are used, SMART is read
// through `sudo -n`, and the automatic refresh follows the 60 s / 5 s-while-scanning cadence.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "core/zfs/poolstore.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace KryNet;
using namespace KryNet::Zfs;

namespace
{

template <typename T>
Result<T> await(QFuture<Result<T>> f, int timeout = 30000)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, timeout))
        return Error(Error::Code::Timeout, u"test: future did not finish"_s);
    if (f.resultCount() == 0)
        return Error(Error::Code::Cancelled, u"test: no result"_s);
    return f.result();
}

} // namespace

class TestPoolStoreLabsim final : public QObject
{
    Q_OBJECT

    Test::LabControl m_lab;
    DemoLabSetup m_setup;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    std::unique_ptr<LabSession> m_session;

    QByteArray control(const QByteArray &method, const QString &path) { return m_lab.request(method, path).body; }

    /// The command lines labsim's SSH server ran, without RemoteCommand's quotes ('zpool' 'version').
    QStringList commandLog()
    {
        const QJsonArray log =
            QJsonDocument::fromJson(control("GET", u"/ssh/commands"_s)).object()[u"commands"_s].toArray();
        QStringList out;
        for (const QJsonValue &e : log)
            out << e[u"command"_s].toString().remove(u'\'');
        return out;
    }

    /// How often exactly @p command ran.
    int ran(const QString &command) { return int(commandLog().count(command)); }

    QStringList commandsLike(const QString &part) { return commandLog().filter(part); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
        DemoLab::storeSecrets(m_setup, m_secrets);
        m_session = std::make_unique<LabSession>(m_setup.profile, m_secrets, m_network, m_actions);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_lab.stop();
    }

    void testDetectsOncePerConnection()
    {
        const auto ssh = m_session->ssh();
        QVERIFY2(ssh, qPrintable(ssh ? QString() : ssh.error().toString()));
        PoolStore store(*ssh, &m_actions, m_setup.profile.name());
        QVERIFY(await(store.refresh()));
        QVERIFY(await(store.refresh()));
        QVERIFY(await(store.detect()));
        const Capabilities caps = *store.capabilities();
        QCOMPARE(caps.generation, Capabilities::Generation::Json);
        QVERIFY2(caps.zfsVersion.startsWith(u"zfs-2."_s), qPrintable(caps.zfsVersion));
        QVERIFY(caps.trueNas);
        QVERIFY(caps.smartctl);
        QVERIFY(caps.root || caps.sudo);
        QCOMPARE(ran(u"zpool version"_s), 1);
        QCOMPARE(ran(u"command -v midclt smartctl"_s), 1);
        QCOMPARE(ran(u"date +%z"_s), 1);
        QCOMPARE(ran(u"zpool status -j --json-int -v -t"_s), 2);
        QCOMPARE(ran(u"zpool list -j --json-int"_s), 2);
        QVERIFY(ran(u"midclt call disk.query"_s) == 2);

        // SMART, through sudo -n when not root, once per disk (not again within 30 minutes).
        QVERIFY(await(store.smartSettled()));
        QVERIFY(!store.smart().isEmpty());
        const QStringList smart = commandsLike(u"smartctl -j -a"_s);
        QCOMPARE(smart.size(), store.smart().size());
        if (!caps.root)
            QVERIFY2(smart.constFirst().startsWith(u"sudo -n "_s), qPrintable(smart.constFirst()));

        // A new connection may be another host: detection runs again, once.
        control("POST", u"/ssh/drop"_s);
        QTRY_VERIFY_WITH_TIMEOUT((*ssh)->state() != Ssh::SshConnection::State::Connected, 10000);
        // The connection comes back by itself (backing off about a second first).
        QTRY_VERIFY_WITH_TIMEOUT((*ssh)->state() == Ssh::SshConnection::State::Connected ||
                                     (*ssh)->state() == Ssh::SshConnection::State::Disconnected,
                                 15000);
        const auto again = await(store.refresh());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(ran(u"zpool version"_s), 2);
    }

    void testRefreshCadence()
    {
        const auto ssh = m_session->ssh();
        QVERIFY(ssh);
        PoolStore store(*ssh, &m_actions, m_setup.profile.name());
        QVERIFY(await(store.refresh()));
        // The demo lab has a scrub running on one pool: every 5 s while it runs, else every 60 s.
        bool scanning = false;
        for (const Pool &p : store.pools())
            scanning = scanning || p.scan.isRunning();
        QVERIFY(scanning);
        QCOMPARE(store.refreshPeriod(), 5000ms);
        for (const Pool &p : store.pools()) {
            if (p.scan.isRunning()) {
                const auto stopped = await(store.scrub(p.name, ScrubAction::Stop));
                QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().toString()));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(!store.isRefreshing(), 10000);
        QVERIFY(await(store.refresh()));
        QCOMPARE(store.refreshPeriod(), 60000ms);

        // The timer itself, with short intervals: start() refreshes now and then again by itself.
        store.setIntervals(150ms, 50ms);
        QSignalSpy refreshes(&store, &PoolStore::refreshingChanged);
        store.start();
        // Three automatic rounds (each emits true, then false) after the one start() begins.
        QTRY_VERIFY_WITH_TIMEOUT(refreshes.size() >= 8, 10000);
        store.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!store.isRefreshing(), 10000);
    }
};

QTEST_MAIN(TestPoolStoreLabsim)
#include "test_poolstore_labsim.moc"
