// Gluetun, Nginx Proxy Manager, Immich, cloudflared and the minimal web apps, in-process.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "app/labsim/labclock.h"
#include "app/labsim/small/gluetunservice.h"
#include "app/labsim/small/immichservice.h"
#include "app/labsim/small/npmservice.h"
#include "app/labsim/small/webappservice.h"
#include "tests/unit/labsim/test_labsim_monitoring_util.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;
using namespace KryNet::LabSim::Test;

namespace
{

const QDateTime epoch = QDateTime::fromString(u"2026-03-10T12:00:00Z"_s, Qt::ISODate);

} // namespace

class TestLabsimSmall final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testGluetun()
    {
        GluetunService g(u"gk"_s);
        QCOMPARE(g.credentials()[u"apiKey"_s].toString(), u"gk"_s);
        const HttpResponse unknown = g.handle(makeRequest("GET", "/v1/nope"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body, QByteArray("Not Found\n"));
        const HttpResponse noKey = g.handle(makeRequest("GET", "/v1/vpn/status"));
        QCOMPARE(noKey.status, 401);
        QCOMPARE(noKey.body, QByteArray("Unauthorized\n"));
        QVERIFY(noKey.header("Content-Type").startsWith("text/plain"));
        const auto key = header("X-API-Key", "gk");
        QCOMPARE(jsonOf(g.handle(makeRequest("GET", "/v1/vpn/status", {key}))).object()[u"status"_s].toString(),
                 u"running"_s);
        QCOMPARE(jsonOf(g.handle(makeRequest("GET", "/v1/openvpn/status", {key}))).object()[u"status"_s].toString(),
                 u"stopped"_s); // WireGuard
        QCOMPARE(jsonOf(g.handle(makeRequest("GET", "/v1/publicip/ip", {key}))).object()[u"public_ip"_s].toString(),
                 u"198.51.100.23"_s);
        QCOMPARE(jsonOf(g.handle(makeRequest("GET", "/v1/portforward", {key}))).object()[u"port"_s].toInt(), 51413);
        QCOMPARE(jsonOf(g.handle(makeRequest("GET", "/v1/version", {key}))).object()[u"version"_s].toString(),
                 u"v3.41.0"_s);
        QCOMPARE(g.handle(makeRequest("DELETE", "/v1/vpn/status", {key})).status, 405);
        const HttpResponse bad = g.handle(makeRequest("PUT", "/v1/vpn/status", {key}, "{\"status\":\"paused\"}"));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.startsWith("invalid status"));
        const HttpResponse stop = g.handle(makeRequest("PUT", "/v1/vpn/status", {key}, "{\"status\":\"stopped\"}"));
        QCOMPARE(jsonOf(stop).object()[u"outcome"_s].toString(), u"stopped"_s);
        QCOMPARE(jsonOf(g.handle(makeRequest("GET", "/v1/publicip/ip", {key}))).object()[u"public_ip"_s].toString(),
                 u""_s);
    }

    void testNginxProxyManager()
    {
        LabClock clock(epoch, 0);
        const qint64 now = epoch.toSecsSinceEpoch();
        NpmService npm(
            clock, u"krylab.example"_s,
            {{1, u"letsencrypt"_s, u"wild"_s, {u"*.local.krylab.example"_s}, now + 52 * 86400 + 3600, true},
             {2, u"letsencrypt"_s, u"request"_s, {u"request.krylab.example"_s}, now + 9 * 86400 + 7 * 3600, false}},
            u"admin@krylab.example"_s, u"s3cret"_s);
        const HttpResponse health = npm.handle(makeRequest("GET", "/api/"));
        QCOMPARE(jsonOf(health).object()[u"status"_s].toString(), u"OK"_s);
        QVERIFY(jsonOf(health).object()[u"version"_s][u"revision"_s].isDouble());
        QCOMPARE(npm.handle(makeRequest("GET", "/api/nginx/certificates")).status, 401);
        const HttpResponse wrong = npm.handle(
            makeRequest("POST", "/api/tokens", {}, "{\"identity\":\"admin@krylab.example\",\"secret\":\"nope\"}"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(jsonOf(wrong).object()[u"error"_s][u"code"_s].toInt(), 401);
        const QJsonObject token =
            jsonOf(npm.handle(makeRequest("POST", "/api/tokens", {},
                                          "{\"identity\":\"admin@krylab.example\",\"secret\":\"s3cret\"}")))
                .object();
        QCOMPARE(token[u"expires"_s].toString(), u"2026-03-11T12:00:00.000Z"_s);
        const auto bearer = header("Authorization", "Bearer " + token[u"token"_s].toString().toUtf8());
        const QJsonArray certs = jsonOf(npm.handle(makeRequest("GET", "/api/nginx/certificates", {bearer}))).array();
        QCOMPARE(certs.size(), 2);
        // Days left, computed as a client does from expires_on.
        QList<qint64> days;
        for (const QJsonValue &c : certs) {
            const QDateTime expires = QDateTime::fromString(c[u"expires_on"_s].toString(), Qt::ISODateWithMs);
            QVERIFY(expires.isValid());
            days.append(clock.now().secsTo(expires) / 86400);
            QVERIFY(c[u"meta"_s].isObject() && c[u"domain_names"_s].isArray() && c[u"nice_name"_s].isString());
        }
        QCOMPARE(days, (QList<qint64>{52, 9}));
        const QJsonArray hosts =
            jsonOf(npm.handle(makeRequest("GET", "/api/nginx/proxy-hosts?expand=owner,certificate", {bearer}))).array();
        QVERIFY(hosts.size() >= 15);
        for (const QJsonValue &h : hosts) {
            for (const QString &f : {u"id"_s, u"domain_names"_s, u"forward_host"_s, u"forward_port"_s,
                                     u"certificate_id"_s, u"ssl_forced"_s, u"enabled"_s, u"locations"_s, u"meta"_s})
                QVERIFY2(h.toObject().contains(f), qPrintable(f));
            QCOMPARE(h[u"certificate"_s][u"id"_s].toInt(), h[u"certificate_id"_s].toInt());
        }
        // The token runs out after a day.
        clock.advance(86401);
        QCOMPARE(npm.handle(makeRequest("GET", "/api/nginx/certificates", {bearer})).status, 401);
    }

    void testImmich()
    {
        ImmichService immich(u"admin-key"_s, u"user-key"_s);
        QCOMPARE(jsonOf(immich.handle(makeRequest("GET", "/api/server/ping"))).object()[u"res"_s].toString(),
                 u"pong"_s);
        QCOMPARE(jsonOf(immich.handle(makeRequest("GET", "/api/server/version"))).object()[u"major"_s].toInt(), 1);
        QCOMPARE(immich.handle(makeRequest("GET", "/api/server/about")).status, 401);
        QCOMPARE(immich.handle(makeRequest("GET", "/api/server/about", {header("x-api-key", "bad")})).status, 401);
        const HttpResponse forbidden =
            immich.handle(makeRequest("GET", "/api/server/statistics", {header("x-api-key", "user-key")}));
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(jsonOf(forbidden).object()[u"statusCode"_s].toInt(), 403);
        QCOMPARE(jsonOf(forbidden).object()[u"error"_s].toString(), u"Forbidden"_s);
        const QJsonObject stats =
            jsonOf(immich.handle(makeRequest("GET", "/api/server/statistics", {header("x-api-key", "admin-key")})))
                .object();
        qint64 perUser = 0;
        for (const QJsonValue &u : stats[u"usageByUser"_s].toArray())
            perUser += qint64(u[u"usage"_s].toDouble());
        QCOMPARE(perUser, qint64(stats[u"usage"_s].toDouble()));
        const QJsonObject storage =
            jsonOf(immich.handle(makeRequest("GET", "/api/server/storage", {header("x-api-key", "user-key")})))
                .object();
        QCOMPARE(qint64(storage[u"diskSizeRaw"_s].toDouble()),
                 qint64(storage[u"diskUseRaw"_s].toDouble()) + qint64(storage[u"diskAvailableRaw"_s].toDouble()));
        QCOMPARE(jsonOf(immich.handle(makeRequest("GET", "/api/server/about", {header("x-api-key", "user-key")})))
                     .object()[u"version"_s]
                     .toString(),
                 u"v1.135.3"_s);
    }

    void testWebApps()
    {
        LabClock clock(epoch, 0);
        const auto cloudflared = WebAppService::cloudflared(clock, 42);
        const QJsonObject ready = jsonOf(cloudflared->handle(makeRequest("GET", "/ready"))).object();
        QCOMPARE(ready[u"status"_s].toInt(), 200);
        QCOMPARE(ready[u"readyConnections"_s].toInt(), 4);
        const QByteArray metrics = cloudflared->handle(makeRequest("GET", "/metrics")).body;
        QVERIFY(metrics.contains("\ncloudflared_tunnel_ha_connections 4\n"));
        QVERIFY(metrics.contains("build_info{"));
        const auto owui = WebAppService::openWebUi();
        QCOMPARE(jsonOf(owui->handle(makeRequest("GET", "/health"))).object()[u"status"_s].toBool(), true);
        QVERIFY(!jsonOf(owui->handle(makeRequest("GET", "/api/version"))).object()[u"version"_s].toString().isEmpty());
        for (const QString &id : {u"homarr"_s, u"dozzle"_s, u"goaccess"_s}) {
            const auto app = WebAppService::htmlApp(id, id);
            QCOMPARE(app->id(), id);
            QCOMPARE(app->handle(makeRequest("GET", "/")).status, 200);
            QCOMPARE(app->handle(makeRequest("GET", "/api/nope")).status, 404);
        }
    }
};

QTEST_GUILESS_MAIN(TestLabsimSmall)
#include "test_labsim_small.moc"
