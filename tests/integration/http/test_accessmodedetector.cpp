// Access-mode detection's outcomes without any real network: the lab's LAN, tail and public names are
// mapped by a loopback CONNECT proxy (the test's stand-in for DNS) to listeners on 127.0.0.1 that the
// test starts and stops, and `tailscale status --json` is a script in a temporary directory.
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "core/http/accessmodedetector.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/http/httptestutil.h"
#include "tests/support/connectproxy.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Test;

namespace
{

// A server that answers whatever it is sent with a plain HTTP 400 (like a web server without TLS on
// the https port): the name's network path works, which is all detection asks.
class AnsweringListener final : public QObject
{
public:
    AnsweringListener()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool start()
    {
        if (m_server.isListening())
            return true;
        // Same port again after a stop, so the proxy's mapping stays valid.
        return m_server.listen(QHostAddress::LocalHost, m_port) && (m_port = m_server.serverPort()) != 0;
    }
    void stop() { m_server.close(); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    quint16 m_port = 0;
    int m_connections = 0;
};

Profile labProfile()
{
    Profile profile;
    profile.setName(u"lab"_s);
    profile.setDomain(u"lab.test"_s);
    profile.setService(u"sonarr"_s, {});
    return profile;
}

} // namespace

class TestAccessModeDetector final : public QObject
{
    Q_OBJECT

private:
    // Every name of the lab is routed through the proxy; a name that is not mapped is unreachable.
    ConnectProxy *m_proxy = nullptr;
    AnsweringListener *m_lan = nullptr;
    AnsweringListener *m_tail = nullptr;
    AnsweringListener *m_public = nullptr;
    MemorySecretStore m_secrets;
    QTemporaryDir m_bin;

    Result<AccessModeDetection> detect(const QString &tailscaleProgram = {})
    {
        // A fresh manager per run: no connection kept alive from the previous outcome.
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_proxy->port()));
        AccessModeDetector detector(&network, &m_secrets);
        detector.setTailscaleProgram(tailscaleProgram);
        detector.setProbeTimeout(std::chrono::milliseconds(5000));
        return awaitResult(detector.detect(labProfile()), 30000);
    }

    QString fakeTailscale(const QByteArray &json)
    {
        const QString path = m_bin.filePath(u"tailscale-%1"_s.arg(qHash(json)));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly))
            return {};
        script.write(
            QByteArray("#!/bin/sh\n[ \"$1 $2\" = \"status --json\" ] || exit 2\ncat <<'EOF'\n" + json + "\nEOF\n"));
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid());
        m_proxy = new ConnectProxy(this);
        m_lan = new AnsweringListener;
        m_tail = new AnsweringListener;
        m_public = new AnsweringListener;
        m_lan->setParent(this);
        m_tail->setParent(this);
        m_public->setParent(this);
        QVERIFY(m_lan->start());
        QVERIFY(m_tail->start());
        QVERIFY(m_public->start());
        m_proxy->map(u"sonarr.local.lab.test"_s, m_lan->port());
        m_proxy->map(u"sonarr.tail.lab.test"_s, m_tail->port());
        m_proxy->map(u"sonarr.lab.test"_s, m_public->port());
    }

    void init()
    {
        QVERIFY(m_lan->start());
        QVERIFY(m_tail->start());
        QVERIFY(m_public->start());
    }

    void testLanAnswers()
    {
        const int before = m_tail->connections();
        const auto result = detect();
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->mode, AccessMode::Local);
        QCOMPARE(result->probedService, u"sonarr"_s);
        QVERIFY2(result->reason.contains(u"sonarr.local.lab.test"_s), qPrintable(result->reason));
        QVERIFY(m_lan->connections() > 0);
        QCOMPARE(m_tail->connections(), before); // the LAN answered: the tail name is not even tried
    }

    void testOnlyTailscaleAnswers()
    {
        m_lan->stop();
        const QString tailscale =
            fakeTailscale("{\"BackendState\": \"Running\", \"Self\": {\"Online\": true, \"DNSName\": "
                          "\"laptop.tail1234.ts.net.\"}, \"TailscaleIPs\": [\"100.64.0.7\"], \"MagicDNSSuffix\": "
                          "\"tail1234.ts.net\"}");
        QVERIFY(!tailscale.isEmpty());
        const auto result = detect(tailscale);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->mode, AccessMode::Tail);
        QVERIFY2(result->reason.contains(u"sonarr.local.lab.test"_s), qPrintable(result->reason)); // what failed
        QVERIFY2(result->reason.contains(u"sonarr.tail.lab.test"_s), qPrintable(result->reason));
        QVERIFY(result->tailscale.has_value());
        QVERIFY(result->tailscale->isConnected());
        QCOMPARE(result->tailscale->selfDnsName, u"laptop.tail1234.ts.net"_s);
        QVERIFY2(result->reason.contains(u"laptop.tail1234.ts.net"_s), qPrintable(result->reason));
    }

    void testOnlyThePublicNameAnswers()
    {
        m_lan->stop();
        m_tail->stop();
        const int publicBefore = m_public->connections();
        const qsizetype asked = m_proxy->targets().size();
        const QString tailscale = fakeTailscale("{\"BackendState\": \"Stopped\", \"Self\": {\"Online\": false}}");
        const auto result = detect(tailscale);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->mode, AccessMode::Public);
        QVERIFY2(result->reason.contains(u"Cloudflare Access"_s), qPrintable(result->reason));
        QVERIFY2(result->reason.contains(u"Stopped"_s), qPrintable(result->reason)); // the tailnet state, said
        // LAN first, then the tailnet; the public name is the fallback, not probed.
        // (Qt's network stack may ask the proxy again for a name whose tunnel closed: distinct names count.)
        QStringList tried = m_proxy->targets().mid(asked);
        tried.removeDuplicates();
        QCOMPARE(tried, QStringList({u"sonarr.local.lab.test:443"_s, u"sonarr.tail.lab.test:443"_s}));
        QCOMPARE(m_public->connections(), publicBefore);
    }

    void testNothingAnswers()
    {
        m_lan->stop();
        m_tail->stop();
        m_public->stop();
        const auto result = detect(m_bin.filePath(u"no-such-tailscale"_s));
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->mode, AccessMode::Public);
        QVERIFY(!result->tailscale.has_value());
        QVERIFY2(result->reason.contains(u"sonarr.local.lab.test"_s) &&
                     result->reason.contains(u"sonarr.tail.lab.test"_s),
                 qPrintable(result->reason));
        QVERIFY2(result->reason.contains(u"not available"_s), qPrintable(result->reason));
    }

    void testStartedAgainTheLanWins()
    {
        // Listeners come back (init): the first answer decides again.
        const auto result = detect();
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->mode, AccessMode::Local);
    }

    void testNoDerivedAddressIsAnError()
    {
        Profile profile;
        profile.setName(u"lab"_s);
        profile.setDomain(u"lab.test"_s);
        ServiceSettings explicitUrl;
        explicitUrl.url = QUrl(u"https://127.0.0.1:1/"_s);
        profile.setService(u"sonarr"_s, explicitUrl);
        QNetworkAccessManager network;
        AccessModeDetector detector(&network, &m_secrets);
        detector.setTailscaleProgram({});
        const auto result = awaitResult(detector.detect(profile));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Config);
    }
};

QTEST_GUILESS_MAIN(TestAccessModeDetector)
#include "test_accessmodedetector.moc"
