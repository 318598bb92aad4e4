#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QTest>

#include "core/http/accessmodedetector.h"
#include "core/http/httperrors.h"
#include "core/http/serviceclient.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/http/httptestutil.h"
#include "tests/support/connectproxy.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Test;

/**
 * Against the real nginx peer (tests/peers/nginx.sh): a self-signed certificate is rejected by
 * default with its fingerprint in the error, accepted only when pinned, refused when the pin does not
 * match and after the certificate is replaced; virtual hosts behind nginx as a reverse proxy are
 * reached by their real names through a loopback CONNECT proxy standing in for the lab's DNS.
 */
class TestNginxTls final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_peer;

    QUrl tlsUrl(const QString &portKey) const { return QUrl(u"https://127.0.0.1:"_s + m_peer.value(portKey)); }

    static HttpRequest ping()
    {
        HttpRequest request = HttpRequest::get(u"api/ping"_s);
        request.authenticate = false;
        return request;
    }

    static QByteArray pin(const QString &fingerprint) { return Profile::parseFingerprint(fingerprint).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_peer = readPeer(u"nginx"_s);
        QVERIFY2(!m_peer.value(u"PORT"_s).isEmpty(), "the peer_nginx fixture did not run");
    }

    void testSelfSignedRejectedByDefault()
    {
        QNetworkAccessManager network;
        MemorySecretStore store;
        const Profile profile = profileWith(u"homarr"_s, tlsUrl(u"PORT"_s));
        ServiceClient client(&network, &store, profile, u"homarr"_s);
        const auto result = awaitResult(client.getJson(u"api/ping"_s));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Tls);
        QCOMPARE(HttpErrors::presentedFingerprint(result.error()), m_peer.value(u"CERT_SHA256"_s));
        QVERIFY(result.error().message().contains(m_peer.value(u"CERT_SHA256"_s)));
    }

    void testAcceptedWhenPinned()
    {
        QNetworkAccessManager network;
        MemorySecretStore store;
        Profile profile = profileWith(u"homarr"_s, tlsUrl(u"PORT"_s));
        profile.setTlsPin(u"127.0.0.1:"_s + m_peer.value(u"PORT"_s), pin(m_peer.value(u"CERT_SHA256"_s)));
        ServiceClient client(&network, &store, profile, u"homarr"_s);
        QElapsedTimer timer;
        timer.start();
        const auto first = awaitResult(client.sendJson(ping()));
        const qint64 firstMs = timer.elapsed();
        QVERIFY2(first.hasValue(), qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->object().value(u"server"_s).toString(), u"default"_s);
        timer.restart();
        const auto second = awaitResult(client.sendJson(ping())); // reused connection: pin checked again
        QVERIFY(second.hasValue());
        qInfo("pinned TLS GET: first %lld ms (handshake), second %lld ms", firstMs, timer.elapsed());

        // A host-only pin applies to every port of the host.
        Profile hostOnly = profileWith(u"homarr"_s, tlsUrl(u"PORT"_s));
        hostOnly.setTlsPin(u"127.0.0.1"_s, pin(m_peer.value(u"CERT_SHA256"_s)));
        QNetworkAccessManager fresh;
        ServiceClient other(&fresh, &store, hostOnly, u"homarr"_s);
        QVERIFY(awaitResult(other.sendJson(ping())).hasValue());
    }

    void testWrongPinIsRefused()
    {
        QNetworkAccessManager network;
        MemorySecretStore store;
        Profile profile = profileWith(u"homarr"_s, tlsUrl(u"PORT"_s));
        // Pinning the other instance's certificate: a valid pin, for a different certificate.
        profile.setTlsPin(u"127.0.0.1"_s, pin(m_peer.value(u"ROTATE_CERT_SHA256"_s)));
        ServiceClient client(&network, &store, profile, u"homarr"_s);
        const auto result = awaitResult(client.sendJson(ping()));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Tls);
        QVERIFY2(result.error().message().contains(u"changed"_s), qPrintable(result.error().message()));
        QCOMPARE(HttpErrors::presentedFingerprint(result.error()), m_peer.value(u"CERT_SHA256"_s));
    }

    void testVirtualHostsBehindTheReverseProxy()
    {
        ConnectProxy proxy;
        const quint16 port = m_peer.value(u"PORT"_s).toUShort();
        proxy.map(u"sonarr.local.test"_s, port);
        proxy.map(u"radarr.local.test"_s, port);
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));

        Profile profile;
        profile.setName(u"lab"_s);
        profile.setDomain(u"test"_s);
        profile.setAccessMode(AccessMode::Local);
        profile.setService(u"sonarr"_s, {});
        profile.setService(u"radarr"_s, {});
        for (const QString &host : {u"sonarr.local.test"_s, u"radarr.local.test"_s})
            profile.setTlsPin(host, pin(m_peer.value(u"CERT_SHA256"_s)));
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"sonarr"_s), u"sonarr-vhost-key-1"_s));
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"radarr"_s), u"radarr-vhost-key-2"_s));

        for (const QString &service : {u"sonarr"_s, u"radarr"_s}) {
            ServiceClient client(&network, &store, profile, service);
            QCOMPARE(client.baseUrl().value(), QUrl(u"https://"_s + service + u".local.test"_s));
            const auto result = awaitResult(client.getJson(u"api/v3/system/status"_s));
            QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
            const QJsonObject seen = result->object();
            QCOMPARE(seen.value(u"host"_s).toString(), service + u".local.test"_s);
            QCOMPARE(seen.value(u"uri"_s).toString(), u"/api/v3/system/status"_s);
            QCOMPARE(seen.value(u"apiKey"_s).toString(), u"present"_s);
            QCOMPARE(seen.value(u"proto"_s).toString(), u"https"_s);
        }
        QVERIFY(proxy.targets().contains(u"sonarr.local.test:443"_s));

        // Unpinned, the same virtual host is rejected: the pin is per host.
        Profile unpinned = profile;
        unpinned.removeTlsPin(u"radarr.local.test"_s);
        ServiceClient radarr(&network, &store, unpinned, u"radarr"_s);
        const auto rejected = awaitResult(radarr.getJson(u"api/v3/system/status"_s));
        QCOMPARE(rejected.error().code(), Error::Code::Tls);
    }

    void testAccessModeDetection()
    {
        ConnectProxy proxy;
        const quint16 port = m_peer.value(u"PORT"_s).toUShort();
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
        Profile profile;
        profile.setName(u"lab"_s);
        profile.setDomain(u"test"_s);
        profile.setService(u"sonarr"_s, {});
        MemorySecretStore store;
        AccessModeDetector detector(&network, &store);
        detector.setTailscaleProgram({});
        detector.setProbeTimeout(std::chrono::milliseconds(3000));

        // Only the tail name answers (and its certificate is not even pinned: reachable is enough).
        proxy.map(u"sonarr.tail.test"_s, port);
        auto tail = awaitResult(detector.detect(profile));
        QVERIFY2(tail.hasValue(), qPrintable(tail ? QString() : tail.error().toString()));
        QCOMPARE(tail->mode, AccessMode::Tail);
        QVERIFY2(tail->reason.contains(u"sonarr.tail.test"_s), qPrintable(tail->reason));

        // The LAN name wins when it answers.
        proxy.map(u"sonarr.local.test"_s, port);
        auto local = awaitResult(detector.detect(profile));
        QCOMPARE(local->mode, AccessMode::Local);
        QVERIFY(local->reason.contains(u"sonarr.local.test"_s));
        QCOMPARE(local->probedService, u"sonarr"_s);

        // Nothing answers: public, and the reason says why.
        ConnectProxy empty;
        QNetworkAccessManager nowhere;
        nowhere.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, empty.port()));
        AccessModeDetector lost(&nowhere, &store);
        lost.setTailscaleProgram({});
        auto neither = awaitResult(lost.detect(profile));
        QCOMPARE(neither->mode, AccessMode::Public);
        QVERIFY(neither->reason.contains(u"Cloudflare Access"_s));
    }

    // Last: it changes the rotating instance's certificate.
    void testReplacedCertificateIsRefused()
    {
        MemorySecretStore store;
        Profile profile = profileWith(u"homarr"_s, tlsUrl(u"ROTATE_PORT"_s));
        profile.setTlsPin(u"127.0.0.1:"_s + m_peer.value(u"ROTATE_PORT"_s), pin(m_peer.value(u"ROTATE_CERT_SHA256"_s)));
        QNetworkAccessManager network;
        ServiceClient client(&network, &store, profile, u"homarr"_s);
        const auto before = awaitResult(client.sendJson(ping()));
        QVERIFY2(before.hasValue(), qPrintable(before ? QString() : before.error().toString()));

        QProcess rotate;
        rotate.start(sourceDir() + u"/tests/peers/nginx.sh"_s, {u"rotate"_s, m_peer.value(u"WORK"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(rotate.state(), QProcess::NotRunning, 30000);
        QCOMPARE(rotate.exitCode(), 0);
        const QString rotated = QString::fromUtf8(rotate.readAllStandardOutput()).trimmed();
        QVERIFY(rotated != m_peer.value(u"ROTATE_CERT_SHA256"_s));

        // A connection kept alive from before the rotation was verified with the old certificate and may
        // still be served by nginx's old worker for a moment; every NEW handshake must refuse. Drop the
        // idle connections so the same manager has to handshake again, and try a fresh manager too.
        network.clearConnectionCache();
        QNetworkAccessManager fresh;
        for (QNetworkAccessManager *manager : {&network, &fresh}) {
            ServiceClient again(manager, &store, profile, u"homarr"_s);
            const auto after = awaitResult(again.sendJson(ping()));
            QVERIFY(after.isError());
            QCOMPARE(after.error().code(), Error::Code::Tls);
            QCOMPARE(HttpErrors::presentedFingerprint(after.error()), rotated);
        }
    }
};

QTEST_GUILESS_MAIN(TestNginxTls)
#include "test_nginxtls.moc"
