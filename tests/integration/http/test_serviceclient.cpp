#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include "core/http/httperrors.h"
#include "core/http/serviceclient.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/http/httptestutil.h"
#include "tests/support/loopbackhttpserver.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Test;

namespace
{

const QString SonarrKey = u"sonarr-key-5f2b7c1d9e"_s;
const QString QbtPassword = u"qbt-pass-83hd62"_s;

} // namespace

class TestServiceClient final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    std::unique_ptr<ServiceClient> client(MemorySecretStore &store, const Profile &profile, const QString &service)
    {
        auto c = std::make_unique<ServiceClient>(&m_network, &store, profile, service);
        ServiceClient::Options options;
        options.timeout = std::chrono::milliseconds(2000);
        options.retryDelay = std::chrono::milliseconds(20);
        c->setOptions(options);
        return c;
    }

private Q_SLOTS:
    void testApiKeyHeaderNeverInUrl()
    {
        LoopbackHttpServer server;
        server.route(u"/api/v3/health"_s, CannedReply::json("[]"));
        const Profile profile = profileWith(u"sonarr"_s, server.baseUrl());
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"sonarr"_s), SonarrKey));
        auto c = client(store, profile, u"sonarr"_s);

        const auto result = awaitResult(c->getJson(u"api/v3/health"_s));
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QVERIFY(result->isArray());
        const RecordedRequest request = server.last();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/api/v3/health"));
        QCOMPARE(request.header("X-Api-Key"), SonarrKey.toUtf8());
        QVERIFY(!request.target.contains("apikey"));
        QVERIFY(!request.hasHeader("Authorization"));
        QVERIFY(request.header("Accept").startsWith("application/json"));
    }

    void testUrlBaseIsKept()
    {
        LoopbackHttpServer server;
        server.route(u"/sonarr/ping"_s, CannedReply::json("{\"status\":\"OK\"}"));
        const Profile profile = profileWith(u"sonarr"_s, QUrl(server.baseUrl().toString() + u"/sonarr/"_s));
        MemorySecretStore store;
        auto c = client(store, profile, u"sonarr"_s);
        HttpRequest request = HttpRequest::get(u"/ping"_s);
        request.authenticate = false;
        const auto result = awaitResult(c->sendJson(request));
        QVERIFY(result.hasValue());
        QCOMPARE(result->object().value(u"status"_s).toString(), u"OK"_s);
        QVERIFY(!server.last().hasHeader("X-Api-Key"));
    }

    void testBearerAndBasicAndMediaBrowser()
    {
        LoopbackHttpServer server;
        server.route(u"/x"_s, CannedReply::json("{}"));
        MemorySecretStore store;

        const Profile litellm = profileWith(u"litellm"_s, server.baseUrl());
        QVERIFY(
            storeSecret(store, litellm, QString::fromLatin1(SecretKeys::LiteLlmMasterKey), u"sk-master-0123456789"_s));
        QVERIFY(awaitResult(client(store, litellm, u"litellm"_s)->getJson(u"x"_s)).hasValue());
        QCOMPARE(server.last().header("Authorization"), QByteArray("Bearer sk-master-0123456789"));

        Profile prometheus = profileWith(u"prometheus"_s, server.baseUrl());
        ServiceSettings settings = prometheus.services().value(u"prometheus"_s);
        settings.extra.insert(u"username"_s, u"metrics"_s);
        prometheus.setService(u"prometheus"_s, settings);
        QVERIFY(storeSecret(store, prometheus, SecretKeys::password(u"prometheus"_s), u"prom-pass-777"_s));
        QVERIFY(awaitResult(client(store, prometheus, u"prometheus"_s)->getJson(u"x"_s)).hasValue());
        QCOMPARE(server.last().header("Authorization"), "Basic " + QByteArray("metrics:prom-pass-777").toBase64());

        const Profile jellyfin = profileWith(u"jellyfin"_s, server.baseUrl());
        QVERIFY(storeSecret(store, jellyfin, SecretKeys::apiKey(u"jellyfin"_s), u"jf-token-abcdef"_s));
        QVERIFY(awaitResult(client(store, jellyfin, u"jellyfin"_s)->getJson(u"x"_s)).hasValue());
        const QByteArray auth = server.last().header("Authorization");
        QVERIFY2(auth.startsWith("MediaBrowser Client=\"KryNet Control\", Device=\""), auth.constData());
        QVERIFY(auth.contains(", DeviceId=\""));
        QVERIFY(auth.contains(", Version=\""));
        QVERIFY(auth.endsWith(", Token=\"jf-token-abcdef\""));
        QVERIFY(!server.last().hasHeader("X-Emby-Token"));
    }

    void testSabnzbdKeyOnlyInQuery()
    {
        LoopbackHttpServer server;
        server.route(u"/api"_s, CannedReply::json("{\"version\":\"4.3.1\"}"));
        const Profile profile = profileWith(u"sabnzbd"_s, server.baseUrl());
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"sabnzbd"_s), u"sab-key-9988776655"_s));
        auto c = client(store, profile, u"sabnzbd"_s);
        QUrlQuery query;
        query.addQueryItem(u"mode"_s, u"queue"_s);
        query.addQueryItem(u"output"_s, u"json"_s);
        const auto result = awaitResult(c->send(HttpRequest::get(u"api"_s, query)));
        QVERIFY(result.hasValue());
        QVERIFY(server.last().target.contains("apikey=sab-key-9988776655"));
        QVERIFY(server.last().target.contains("mode=queue"));
        QVERIFY(!result->url.toString().contains(u"sab-key"_s));
        QVERIFY(!server.last().hasHeader("X-Api-Key"));
    }

    void testMissingKeyIsAnErrorBeforeSending()
    {
        LoopbackHttpServer server;
        const Profile profile = profileWith(u"radarr"_s, server.baseUrl());
        MemorySecretStore store;
        const auto result = awaitResult(client(store, profile, u"radarr"_s)->getJson(u"api/v3/health"_s));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Auth);
        QCOMPARE(server.requests().size(), 0);
    }

    void testCookieLoginAndCsrfHeaders()
    {
        LoopbackHttpServer server;
        int logins = 0;
        server.route(u"/api/v2/auth/login"_s, [&logins](const RecordedRequest &request) {
            if (request.body != "username=admin&password=" + QUrl::toPercentEncoding(QbtPassword))
                return CannedReply::text("Fails.");
            ++logins;
            CannedReply reply = CannedReply::text("Ok.");
            reply.headers.append(
                qMakePair(QByteArray("Set-Cookie"), "SID=sess" + QByteArray::number(logins) + "xyz; HttpOnly; path=/"));
            return reply;
        });
        server.route(u"/api/v2/app/webapiVersion"_s, [](const RecordedRequest &request) {
            return request.header("Cookie") == "SID=sess1xyz" ? CannedReply::text("2.8.19")
                                                              : CannedReply::text("", 403);
        });
        const Profile profile = profileWith(u"qbittorrent"_s, server.baseUrl());
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::password(u"qbittorrent"_s), QbtPassword));
        auto c = client(store, profile, u"qbittorrent"_s);

        const auto result = awaitResult(c->send(HttpRequest::get(u"api/v2/app/webapiVersion"_s)));
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->body, QByteArray("2.8.19"));
        QCOMPARE(logins, 1);
        QCOMPARE(c->loginCount(), 1);
        const QByteArray origin = server.baseUrl().toString().toUtf8();
        for (const RecordedRequest &request : server.requests()) {
            QCOMPARE(request.header("Origin"), origin);
            QCOMPARE(request.header("Referer"), origin + '/');
            QCOMPARE(request.header("Host"), server.baseUrl().authority().toUtf8());
        }
        // The session is reused: no second login.
        QVERIFY(awaitResult(c->send(HttpRequest::get(u"api/v2/app/webapiVersion"_s))).hasValue());
        QCOMPARE(logins, 1);
    }

    void testCookieReloginExactlyOnceOn403()
    {
        LoopbackHttpServer server;
        int logins = 0;
        server.route(u"/api/v2/auth/login"_s, [&logins](const RecordedRequest &) {
            ++logins;
            CannedReply reply = CannedReply::text("Ok.");
            reply.headers.append(qMakePair(QByteArray("Set-Cookie"), "SID=s" + QByteArray::number(logins)));
            return reply;
        });
        // Only the session of the second login is valid: the first call meets a 403 and logs in again.
        server.route(u"/api/v2/torrents/stop"_s, [](const RecordedRequest &request) {
            return request.header("Cookie") == "SID=s2" ? CannedReply::text("") : CannedReply::text("Forbidden", 403);
        });
        server.route(u"/api/v2/transfer/info"_s, CannedReply::text("Forbidden", 403));
        const Profile profile = profileWith(u"qbittorrent"_s, server.baseUrl());
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::password(u"qbittorrent"_s), QbtPassword));
        auto c = client(store, profile, u"qbittorrent"_s);

        const auto stop = awaitResult(
            c->send(HttpRequest::post(u"api/v2/torrents/stop"_s, "hashes=all", "application/x-www-form-urlencoded")));
        QVERIFY2(stop.hasValue(), qPrintable(stop ? QString() : stop.error().toString()));
        QCOMPARE(logins, 2);
        QCOMPARE(server.count(u"/api/v2/torrents/stop"_s), 2);

        // A 403 that persists after the re-login is an Auth error, after exactly one more login.
        const auto info = awaitResult(c->send(HttpRequest::get(u"api/v2/transfer/info"_s)));
        QVERIFY(info.isError());
        QCOMPARE(info.error().code(), Error::Code::Auth);
        QCOMPARE(logins, 3);
        QCOMPARE(server.count(u"/api/v2/transfer/info"_s), 2);
    }

    void testCookieLoginFails()
    {
        LoopbackHttpServer server;
        server.route(u"/api/v2/auth/login"_s, CannedReply::text("Fails."));
        const Profile profile = profileWith(u"qbittorrent"_s, server.baseUrl());
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::password(u"qbittorrent"_s), u"wrong-password"_s));
        const auto result = awaitResult(client(store, profile, u"qbittorrent"_s)->send(HttpRequest::get(u"x"_s)));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Auth);
        QCOMPARE(server.count(u"/x"_s), 0);
    }

    void testCloudflareAccessHeadersInPublicMode()
    {
        LoopbackHttpServer server;
        server.route(u"/api/v1/status"_s, CannedReply::json("{\"version\":\"3.1.0\"}"));
        Profile profile = profileWith(u"seerr"_s, server.baseUrl(), AccessMode::Public);
        profile.setCfAccessClientId(u"cf-client-id.access"_s);
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, QString::fromLatin1(SecretKeys::CfAccessSecret), u"cf-secret-4242abcd"_s));
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"seerr"_s), u"seerr-key-1111"_s));
        QVERIFY(awaitResult(client(store, profile, u"seerr"_s)->getJson(u"api/v1/status"_s)).hasValue());
        QCOMPARE(server.last().header("CF-Access-Client-Id"), QByteArray("cf-client-id.access"));
        QCOMPARE(server.last().header("CF-Access-Client-Secret"), QByteArray("cf-secret-4242abcd"));
        QCOMPARE(server.last().header("X-Api-Key"), QByteArray("seerr-key-1111"));

        // Not in LAN mode.
        profile.setAccessMode(AccessMode::Local);
        QVERIFY(awaitResult(client(store, profile, u"seerr"_s)->getJson(u"api/v1/status"_s)).hasValue());
        QVERIFY(!server.last().hasHeader("CF-Access-Client-Id"));
        QVERIFY(!server.last().hasHeader("CF-Access-Client-Secret"));
    }

    void testCloudflareAccessLoginIsDetected()
    {
        LoopbackHttpServer server;
        server.route(
            u"/redirect"_s,
            CannedReply::redirect("https://myteam.cloudflareaccess.com/cdn-cgi/access/login/sonarr.example.test"));
        server.route(u"/page"_s, CannedReply::text("<!DOCTYPE html><html><head><title>Sign in ・ Cloudflare Access"
                                                   "</title></head><body><a href=\"https://myteam.cloudflareaccess.com/"
                                                   "\">login</a></body></html>",
                                                   200, "text/html; charset=utf-8"));
        const Profile profile = profileWith(u"sonarr"_s, server.baseUrl(), AccessMode::Public);
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"sonarr"_s), SonarrKey));
        auto c = client(store, profile, u"sonarr"_s);
        for (const QString &path : {u"redirect"_s, u"page"_s}) {
            const auto result = awaitResult(c->getJson(path));
            QVERIFY(result.isError());
            QCOMPARE(result.error().code(), Error::Code::Auth);
            QVERIFY2(result.error().message().contains(u"Cloudflare Access blocked the request: set a service token"_s),
                     qPrintable(result.error().message()));
        }
        QCOMPARE(server.requests().size(), 2); // the redirect was not followed
    }

    void testHtmlWhereJsonExpected()
    {
        LoopbackHttpServer server;
        server.route(u"/api/v3/queue"_s,
                     CannedReply::text("<html><body><form>Login</form></body></html>", 200, "text/html"));
        const Profile profile = profileWith(u"sonarr"_s, server.baseUrl());
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"sonarr"_s), SonarrKey));
        const auto result = awaitResult(client(store, profile, u"sonarr"_s)->getJson(u"api/v3/queue"_s));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Parse);
        QVERIFY(result.error().message().contains(u"HTML"_s));
    }

    void testRedirectPolicy()
    {
        LoopbackHttpServer server;
        LoopbackHttpServer other;
        other.route(u"/elsewhere"_s, CannedReply::json("{}"));
        server.route(u"/old"_s, CannedReply::redirect("/new"));
        server.route(u"/new"_s, CannedReply::json("{\"moved\":true}"));
        server.route(u"/away"_s, CannedReply::redirect((other.baseUrl().toString() + u"/elsewhere"_s).toUtf8()));
        server.route(u"/loop"_s, CannedReply::redirect("/loop"));
        const Profile profile = profileWith(u"homarr"_s, server.baseUrl());
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);

        const auto same = awaitResult(c->getJson(u"old"_s));
        QVERIFY(same.hasValue());
        QVERIFY(same->object().value(u"moved"_s).toBool());

        const auto cross = awaitResult(c->getJson(u"away"_s));
        QVERIFY(cross.isError());
        QCOMPARE(cross.error().code(), Error::Code::Remote);
        QCOMPARE(other.requests().size(), 0);

        const auto loop = awaitResult(c->getJson(u"loop"_s));
        QVERIFY(loop.isError());
        QCOMPARE(server.count(u"/loop"_s), c->options().maxRedirects + 1);
    }

    void testResponseSizeCap()
    {
        LoopbackHttpServer server;
        CannedReply big = CannedReply::json("[" + QByteArray(300 * 1024, ' ') + "]");
        server.route(u"/announced"_s, big);
        big.sendContentLength = false;
        server.route(u"/streamed"_s, big);
        const Profile profile = profileWith(u"homarr"_s, server.baseUrl());
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);
        ServiceClient::Options options = c->options();
        options.maxResponseBytes = 100 * 1024;
        c->setOptions(options);
        for (const QString &path : {u"announced"_s, u"streamed"_s}) {
            const auto result = awaitResult(c->getJson(path));
            QVERIFY(result.isError());
            QCOMPARE(result.error().code(), Error::Code::Remote);
            QVERIFY2(result.error().message().contains(u"larger than"_s), qPrintable(result.error().message()));
        }
    }

    void testTimeoutOnHangAndProgressResetsIt()
    {
        LoopbackHttpServer server;
        CannedReply hang;
        hang.mode = CannedReply::Mode::Hang;
        server.route(u"/hang"_s, hang);
        CannedReply slow = CannedReply::json("[" + QByteArray(40, ' ') + "]");
        slow.mode = CannedReply::Mode::Slow;
        slow.chunkSize = 4;
        slow.chunkInterval = std::chrono::milliseconds(60); // ~0.7 s in total, never 250 ms without progress
        server.route(u"/slow"_s, slow);
        const Profile profile = profileWith(u"homarr"_s, server.baseUrl());
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);
        ServiceClient::Options options = c->options();
        options.timeout = std::chrono::milliseconds(250);
        options.maxGetRetries = 1;
        c->setOptions(options);

        const auto hung = awaitResult(c->getJson(u"hang"_s));
        QVERIFY(hung.isError());
        QCOMPARE(hung.error().code(), Error::Code::Timeout);
        QCOMPARE(server.count(u"/hang"_s), 2); // a GET is retried once

        QElapsedTimer timer;
        timer.start();
        const auto slowResult = awaitResult(c->getJson(u"slow"_s));
        QVERIFY2(slowResult.hasValue(), qPrintable(slowResult ? QString() : slowResult.error().toString()));
        QVERIFY(timer.elapsed() > 250);
        QCOMPARE(server.count(u"/slow"_s), 1);
    }

    void testSlowlorisHitsTheDeadlineOnce()
    {
        // A byte every 50 ms keeps the idle timer happy forever; the deadline ends the attempt, and a
        // server this slow is not asked again.
        LoopbackHttpServer server;
        CannedReply dribble = CannedReply::json("[" + QByteArray(4000, ' ') + "]");
        dribble.mode = CannedReply::Mode::Slow;
        dribble.chunkSize = 1;
        dribble.chunkInterval = std::chrono::milliseconds(50); // 200 s in total
        server.route(u"/dribble"_s, dribble);
        const Profile profile = profileWith(u"homarr"_s, server.baseUrl());
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);
        ServiceClient::Options options = c->options();
        options.timeout = std::chrono::milliseconds(400);
        options.deadline = std::chrono::milliseconds(1500);
        options.maxGetRetries = 2;
        c->setOptions(options);

        QElapsedTimer timer;
        timer.start();
        const auto result = awaitResult(c->getJson(u"dribble"_s));
        QVERIFY(result.isError());
        QCOMPARE(result.error().code(), Error::Code::Timeout);
        QVERIFY2(result.error().detail().contains(u"trickling"_s), qPrintable(result.error().detail()));
        // Cut near the deadline (Qt's coarse timers may fire up to 5 % early), far before the 200 s body.
        QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.count(u"/dribble"_s), 1);
    }

    void testTruncatedAndInvalidJson()
    {
        LoopbackHttpServer server;
        CannedReply cut = CannedReply::json("{\"records\":[{\"id\":1},{\"id\":2}]}");
        cut.mode = CannedReply::Mode::Truncate;
        cut.truncateAt = 15;
        server.route(u"/cut"_s, cut);
        CannedReply unannounced = CannedReply::json("{\"records\":[{\"id\":1},{\"i");
        unannounced.sendContentLength = false;
        server.route(u"/short"_s, unannounced);
        server.route(u"/garbage"_s, CannedReply::json("{records: nope} trailing"));
        const Profile profile = profileWith(u"homarr"_s, server.baseUrl());
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);
        ServiceClient::Options options = c->options();
        options.maxGetRetries = 0;
        c->setOptions(options);

        for (const QString &path : {u"cut"_s, u"short"_s}) {
            const auto result = awaitResult(c->getJson(path));
            QVERIFY(result.isError());
            QCOMPARE(result.error().code(), Error::Code::Parse);
            QVERIFY2(result.error().message().contains(u"cut off"_s), qPrintable(result.error().toString()));
        }
        const auto garbage = awaitResult(c->getJson(u"garbage"_s));
        QVERIFY(garbage.isError());
        QCOMPARE(garbage.error().code(), Error::Code::Parse);
        QVERIFY2(garbage.error().message().contains(u"not valid JSON"_s), qPrintable(garbage.error().toString()));
    }

    void testOnlyGetIsRetried()
    {
        LoopbackHttpServer server;
        server.route(u"/busy"_s, CannedReply::text("busy", 503));
        const Profile profile = profileWith(u"homarr"_s, server.baseUrl());
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);

        const auto post = awaitResult(c->postJson(u"busy"_s, QJsonDocument(QJsonObject{{u"a"_s, 1}})));
        QVERIFY(post.isError());
        QCOMPARE(post.error().httpStatus(), 503);
        QCOMPARE(server.count(u"/busy"_s), 1);
        QCOMPARE(server.last().method, QByteArray("POST"));
        QCOMPARE(server.last().body, QByteArray("{\"a\":1}"));

        server.clear();
        QVERIFY(awaitResult(c->putJson(u"busy"_s, QJsonDocument(QJsonObject{}))).isError());
        QVERIFY(awaitResult(c->deleteJson(u"busy"_s)).isError());
        QCOMPARE(server.requests().size(), 2);

        server.clear();
        const auto get = awaitResult(c->getJson(u"busy"_s));
        QVERIFY(get.isError());
        QCOMPARE(server.count(u"/busy"_s), 1 + c->options().maxGetRetries);
    }

    void testStatusErrors()
    {
        LoopbackHttpServer server;
        server.route(u"/unauthorized"_s, CannedReply::text("", 401));
        server.route(u"/broken"_s, CannedReply::text("oops", 500));
        const Profile profile = profileWith(u"sonarr"_s, server.baseUrl());
        MemorySecretStore store;
        QVERIFY(storeSecret(store, profile, SecretKeys::apiKey(u"sonarr"_s), SonarrKey));
        auto c = client(store, profile, u"sonarr"_s);

        const auto unauthorized = awaitResult(c->getJson(u"unauthorized"_s));
        QCOMPARE(unauthorized.error().code(), Error::Code::Auth);
        QCOMPARE(unauthorized.error().httpStatus(), 401);
        QVERIFY(unauthorized.error().message().contains(u"wrong key for Sonarr"_s));

        const auto missing = awaitResult(c->getJson(u"api/v9/nothing"_s));
        QCOMPARE(missing.error().code(), Error::Code::Remote);
        QCOMPARE(missing.error().httpStatus(), 404);
        QVERIFY(missing.error().message().contains(u"wrong base URL or API version"_s));

        const auto broken = awaitResult(c->getJson(u"broken"_s));
        QCOMPARE(broken.error().code(), Error::Code::Remote);
        QCOMPARE(broken.error().httpStatus(), 500);
        QCOMPARE(server.count(u"/broken"_s), 1); // 500 is not transient: no retry
    }

    void testRefusedAndDns()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const Profile profile = profileWith(u"homarr"_s, QUrl(u"http://127.0.0.1:"_s + QString::number(closedPort)));
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);
        const auto refused = awaitResult(c->getJson(u"x"_s));
        QCOMPARE(refused.error().code(), Error::Code::Network);
        QVERIFY2(refused.error().message().contains(u"refused"_s), qPrintable(refused.error().message()));

        // RFC 6761: .invalid never resolves.
        for (AccessMode mode : {AccessMode::Tail, AccessMode::Local}) {
            const Profile unresolvable = profileWith(u"homarr"_s, QUrl(u"https://dash.tail.krynet.invalid"_s), mode);
            const auto dns = awaitResult(client(store, unresolvable, u"homarr"_s)->getJson(u"x"_s));
            QCOMPARE(dns.error().code(), Error::Code::Dns);
            QVERIFY(dns.error().message().contains(mode == AccessMode::Tail ? u"is Tailscale connected?"_s
                                                                            : u"are you on the LAN?"_s));
        }
    }

    void testDestroyingTheClientCancels()
    {
        LoopbackHttpServer server;
        CannedReply hang;
        hang.mode = CannedReply::Mode::Hang;
        server.route(u"/hang"_s, hang);
        const Profile profile = profileWith(u"homarr"_s, server.baseUrl());
        MemorySecretStore store;
        auto c = client(store, profile, u"homarr"_s);
        auto future = c->getJson(u"hang"_s);
        QTRY_COMPARE(server.count(u"/hang"_s), 1);
        c.reset();
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().error().code(), Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestServiceClient)
#include "test_serviceclient.moc"
