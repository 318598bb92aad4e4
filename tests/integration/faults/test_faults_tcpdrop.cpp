// TCP connections dropped mid-response (issue 14): a loopback CuttingProxy between the UptimeStore's
// ServiceClient and labsim's Prometheus resets or closes each connection after N response bytes. The
// store reports a typed network error (no crash, no hang), keeps its last monitors with their time,
// and recovers as soon as the proxy passes everything through again.
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/http/serviceclient.h"
#include "core/metrics/uptimestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/cuttingproxy.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace KryNet;
using KryNet::Test::CuttingProxy;

Q_DECLARE_METATYPE(KryNet::Test::CuttingProxy::How)
Q_DECLARE_METATYPE(KryNet::Error::Code)

class TestFaultsTcpDrop final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<CuttingProxy> m_proxy;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<Metrics::UptimeStore> m_store;
    qint64 m_now = 0;

    struct Read
    {
        std::optional<Error> error;
        QDateTime asOf;
        qsizetype monitors = 0;
    };

    Read refresh()
    {
        m_now += 60; // every read has its own time
        m_store->refresh();
        if (!QTest::qWaitFor([this] { return !m_store->isLoading(); }, 20000))
            qFatal("the refresh hung");
        return {m_store->lastError(), m_store->asOf(), m_store->monitors().size()};
    }

    static QString describe(const std::optional<Error> &e) { return e ? e->toString() : u"no error"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        DemoLab::storeSecrets(m_lab.setup(), m_secrets);

        // Prometheus through the proxy: the profile's URL for it names the proxy's port.
        Profile profile = m_lab.setup().profile;
        ServiceSettings prometheus = profile.services().value(u"prometheus"_s);
        QUrl direct = prometheus.url;
        if (direct.isEmpty()) {
            const auto url = profile.serviceUrl(u"prometheus"_s, profile.accessMode());
            QVERIFY(url);
            direct = *url;
        }
        QCOMPARE(direct.host(), u"127.0.0.1"_s); // loopback only
        m_proxy = std::make_unique<CuttingProxy>(quint16(direct.port()));
        QVERIFY(m_proxy->isListening());
        QUrl viaProxy = direct;
        viaProxy.setPort(m_proxy->port());
        prometheus.url = viaProxy;
        profile.setService(u"prometheus"_s, prometheus);

        m_client = std::make_unique<ServiceClient>(&m_network, &m_secrets, profile, u"prometheus"_s);
        ServiceClient::Options options;
        options.timeout = 5s;
        options.retryDelay = 50ms;
        m_client->setOptions(options);
        Metrics::UptimeStore::Options uptime;
        uptime.historyDays = 2;
        uptime.hostMetrics = false;
        m_store = std::make_unique<Metrics::UptimeStore>(m_client.get(), nullptr, uptime);
        m_now = QDateTime::currentSecsSinceEpoch();
        m_store->setClock([this] { return m_now; });
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_client.reset();
        m_proxy.reset();
        m_lab.stop();
    }

    void testDropMidResponse_data()
    {
        QTest::addColumn<qint64>("after");
        QTest::addColumn<CuttingProxy::How>("how");
        QTest::addColumn<Error::Code>("expected");
        QTest::newRow("reset before the first byte") << qint64(0) << CuttingProxy::How::Reset << Error::Code::Network;
        QTest::newRow("reset in the status line") << qint64(9) << CuttingProxy::How::Reset << Error::Code::Network;
        // Once the status line has arrived, a break is an answer cut off before its end (Content-Length
        // not reached): ServiceClient's "cut off" error, whether the connection was reset or closed.
        QTest::newRow("reset mid-body") << qint64(160) << CuttingProxy::How::Reset << Error::Code::Parse;
        QTest::newRow("closed mid-body") << qint64(160) << CuttingProxy::How::Close << Error::Code::Parse;
    }

    void testDropMidResponse()
    {
        QFETCH(qint64, after);
        QFETCH(CuttingProxy::How, how);
        QFETCH(Error::Code, expected);

        m_proxy->passThrough();
        const Read good = refresh();
        QVERIFY2(!good.error, qPrintable(describe(good.error)));
        QVERIFY(good.monitors > 0);
        QVERIFY(m_proxy->connections() > 0); // the reads really went through the proxy

        const int cutsBefore = m_proxy->cuts();
        m_proxy->cutAfter(after, how);
        const Read cut = refresh();
        QVERIFY(m_proxy->cuts() > cutsBefore);
        QVERIFY2(cut.error, "a dropped connection went unnoticed");
        QVERIFY2(cut.error->code() == expected, qPrintable(describe(cut.error)));
        QVERIFY(!cut.error->message().isEmpty());
        QCOMPARE(cut.asOf, good.asOf); // the last data stays, with its time
        QCOMPARE(cut.monitors, good.monitors);

        m_proxy->passThrough();
        const Read back = refresh();
        QVERIFY2(!back.error, qPrintable(describe(back.error)));
        QVERIFY(back.asOf > good.asOf);
        QCOMPARE(back.monitors, good.monitors);
    }
};

QTEST_GUILESS_MAIN(TestFaultsTcpDrop)
#include "test_faults_tcpdrop.moc"
