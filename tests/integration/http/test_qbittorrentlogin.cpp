#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include "core/http/serviceclient.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/http/httptestutil.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Test;

/**
 * qBittorrent's cookie login against the real qbittorrent-nox peer (tests/peers/qbittorrent.sh):
 * good login, wrong password ("Fails." with HTTP 200), and a session that expires on the server
 * (logged out behind the client's back) → 403 → exactly one re-login, for a GET and for a POST.
 */
class TestQbittorrentLogin final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_peer;
    QNetworkAccessManager m_network;

    Profile profile() const
    {
        return profileWith(u"qbittorrent"_s, QUrl(u"http://127.0.0.1:"_s + m_peer.value(u"PORT"_s)));
    }

    // Ends the client's session on the server, as an idle timeout or a WebUI restart would.
    void expireSession(const ServiceClient &client)
    {
        QByteArray cookies;
        for (const QNetworkCookie &cookie : client.sessionCookies())
            cookies += cookie.name() + '=' + cookie.value() + "; ";
        QVERIFY(!cookies.isEmpty());
        QNetworkRequest request(QUrl(u"http://127.0.0.1:"_s + m_peer.value(u"PORT"_s) + u"/api/v2/auth/logout"_s));
        request.setRawHeader("Cookie", cookies);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkAccessManager other;
        QNetworkReply *reply = other.post(request, QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_peer = readPeer(u"qbittorrent"_s);
        QVERIFY2(!m_peer.value(u"PORT"_s).isEmpty(), "the peer_qbittorrent fixture did not run");
    }

    void testGoodLogin()
    {
        const Profile p = profile();
        MemorySecretStore store;
        QVERIFY(storeSecret(store, p, SecretKeys::password(u"qbittorrent"_s), m_peer.value(u"PASSWORD"_s)));
        ServiceClient client(&m_network, &store, p, u"qbittorrent"_s);
        const auto version = awaitResult(client.send(HttpRequest::get(u"api/v2/app/webapiVersion"_s)));
        QVERIFY2(version.hasValue(), qPrintable(version ? QString() : version.error().toString()));
        QVERIFY2(version->body.startsWith("2."), version->body.constData());
        QCOMPARE(client.loginCount(), 1);
        QVERIFY(!client.sessionCookies().isEmpty());

        const auto info = awaitResult(client.getJson(u"api/v2/transfer/info"_s));
        QVERIFY(info.hasValue());
        QVERIFY(info->object().contains(u"connection_status"_s));
        QCOMPARE(client.loginCount(), 1);
    }

    void testWrongPassword()
    {
        const Profile p = profile();
        MemorySecretStore store;
        QVERIFY(storeSecret(store, p, SecretKeys::password(u"qbittorrent"_s), u"not-the-password"_s));
        ServiceClient client(&m_network, &store, p, u"qbittorrent"_s);
        const auto result = awaitResult(client.send(HttpRequest::get(u"api/v2/app/webapiVersion"_s)));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Auth);
        QVERIFY2(result.error().detail().contains(u"Fails."_s), qPrintable(result.error().toString()));
        QCOMPARE(client.loginCount(), 0);
    }

    void testNoPasswordMeetsTheSessionCheck()
    {
        MemorySecretStore store;
        ServiceClient client(&m_network, &store, profile(), u"qbittorrent"_s);
        const auto result = awaitResult(client.send(HttpRequest::get(u"api/v2/app/webapiVersion"_s)));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Auth);
        QCOMPARE(result.error().httpStatus(), 403);
    }

    void testExpiredSessionLogsInOnceAgain()
    {
        const Profile p = profile();
        MemorySecretStore store;
        QVERIFY(storeSecret(store, p, SecretKeys::password(u"qbittorrent"_s), m_peer.value(u"PASSWORD"_s)));
        ServiceClient client(&m_network, &store, p, u"qbittorrent"_s);
        QVERIFY(awaitResult(client.getJson(u"api/v2/transfer/info"_s)).hasValue());
        QCOMPARE(client.loginCount(), 1);

        expireSession(client);
        const auto get = awaitResult(client.getJson(u"api/v2/transfer/info"_s));
        QVERIFY2(get.hasValue(), qPrintable(get ? QString() : get.error().toString()));
        QCOMPARE(client.loginCount(), 2);

        // A state-changing POST rejected for lack of a session is sent again once, after one login.
        expireSession(client);
        const auto pause = awaitResult(client.send(
            HttpRequest::post(u"api/v2/torrents/pause"_s, "hashes=all", "application/x-www-form-urlencoded")));
        QVERIFY2(pause.hasValue(), qPrintable(pause ? QString() : pause.error().toString()));
        QCOMPARE(client.loginCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestQbittorrentLogin)
#include "test_qbittorrentlogin.moc"
