#include "app/labsim/small/webappservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/labsim/labclock.h"
#include "app/labsim/monitoring/monitorhistory.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

WebAppService::WebAppService(QString id, std::map<QString, Route> routes, QJsonObject credentials)
    : m_id(std::move(id))
    , m_routes(std::move(routes))
    , m_credentials(std::move(credentials))
{}

HttpResponse WebAppService::handle(const HttpRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD")
        return HttpResponse::text("Method Not Allowed\n", 405);
    const auto it = m_routes.find(request.path);
    if (it == m_routes.end())
        return HttpResponse::text("404 page not found\n", 404);
    return it->second(request);
}

std::unique_ptr<WebAppService> WebAppService::cloudflared(LabClock &clock, quint32 seed)
{
    const quint64 h = labHash(quint64(seed) ^ 0xcf7ULL);
    auto uuid = [](quint64 a) -> QString {
        const QString hex = QString::number(labHash(a), 16).rightJustified(16, u'0') +
                            QString::number(labHash(a + 1), 16).rightJustified(16, u'0');
        return hex.left(8) + u'-' + hex.mid(8, 4) + u"-4"_s + hex.mid(13, 3) + u'-' + hex.mid(16, 4) + u'-' +
               hex.mid(20, 12);
    };
    const QString connector = uuid(h);
    const qint64 started = clock.nowSecs() - 11 * 86400 - 4 * 3600;
    std::map<QString, Route> routes;
    routes[u"/ready"_s] = [connector](const HttpRequest &) {
        return HttpResponse::json(
            QJsonObject{{u"status"_s, 200}, {u"readyConnections"_s, 4}, {u"connectorId"_s, connector}});
    };
    routes[u"/healthcheck"_s] = [](const HttpRequest &) { return HttpResponse::text("OK\n"); };
    routes[u"/quicktunnel"_s] = [](const HttpRequest &) {
        return HttpResponse::json(QJsonObject{{u"hostname"_s, u""_s}});
    };
    routes[u"/metrics"_s] = [&clock, started, h, uuid](const HttpRequest &) {
        const qint64 up = std::max<qint64>(0, clock.nowSecs() - started);
        const qint64 requests = up * 3 + qint64(labHash(h) % 1000);
        QByteArray out;
        out +=
            "# HELP build_info Build and version information\n# TYPE build_info gauge\n"
            "build_info{goversion=\"go1.24.6\",revision=\"2026-08-14T10:02:11Z\",type=\"\",version=\"2026.8.2\"} 1\n";
        out += "# HELP cloudflared_tunnel_ha_connections Number of active ha connections\n"
               "# TYPE cloudflared_tunnel_ha_connections gauge\ncloudflared_tunnel_ha_connections 4\n";
        out += "# HELP cloudflared_tunnel_total_requests Amount of requests proxied through all the tunnels\n"
               "# TYPE cloudflared_tunnel_total_requests counter\ncloudflared_tunnel_total_requests " +
               QByteArray::number(requests) + '\n';
        out += "# HELP cloudflared_tunnel_request_errors Amount of errors due to proxying request\n"
               "# TYPE cloudflared_tunnel_request_errors counter\ncloudflared_tunnel_request_errors " +
               QByteArray::number(requests / 850) + '\n';
        out += "# HELP cloudflared_tunnel_response_by_code Count of responses by HTTP status code\n"
               "# TYPE cloudflared_tunnel_response_by_code counter\n";
        out += "cloudflared_tunnel_response_by_code{status_code=\"200\"} " + QByteArray::number(requests * 91 / 100) +
               '\n';
        out +=
            "cloudflared_tunnel_response_by_code{status_code=\"302\"} " + QByteArray::number(requests * 6 / 100) + '\n';
        out += "cloudflared_tunnel_response_by_code{status_code=\"404\"} " +
               QByteArray::number(requests - requests * 97 / 100) + '\n';
        out += "# HELP cloudflared_tunnel_concurrent_requests_per_tunnel Concurrent requests proxied through each "
               "tunnel\n# TYPE cloudflared_tunnel_concurrent_requests_per_tunnel gauge\n"
               "cloudflared_tunnel_concurrent_requests_per_tunnel 2\n";
        out += "# HELP cloudflared_tunnel_server_locations Where each tunnel is connected to. 1 means current "
               "location, 0 means previous locations.\n# TYPE cloudflared_tunnel_server_locations gauge\n";
        const char *locations[] = {"fra08", "ams01", "fra10", "ams08"};
        for (int i = 0; i < 4; ++i) {
            out += "cloudflared_tunnel_server_locations{connection_id=\"" + QByteArray::number(i) +
                   "\",edge_location=\"" + locations[i] + "\"} 1\n";
        }
        out += "# HELP cloudflared_tunnel_tunnel_register_success Count of successful tunnel registrations\n"
               "# TYPE cloudflared_tunnel_tunnel_register_success counter\n"
               "cloudflared_tunnel_tunnel_register_success{rpcName=\"register_connection\"} 4\n";
        out += "# HELP cloudflared_tcp_active_sessions Concurrent count of TCP sessions that are being proxied to any "
               "origin\n# TYPE cloudflared_tcp_active_sessions gauge\ncloudflared_tcp_active_sessions 0\n";
        out += "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.\n"
               "# TYPE process_start_time_seconds gauge\nprocess_start_time_seconds " +
               QByteArray::number(started) + '\n';
        Q_UNUSED(uuid);
        return HttpResponse::text(out, 200, "text/plain; version=0.0.4; charset=utf-8");
    };
    return std::make_unique<WebAppService>(u"cloudflared"_s, std::move(routes));
}

std::unique_ptr<WebAppService> WebAppService::openWebUi()
{
    std::map<QString, Route> routes;
    routes[u"/health"_s] = [](const HttpRequest &) { return HttpResponse::json(QJsonObject{{u"status"_s, true}}); };
    routes[u"/api/version"_s] = [](const HttpRequest &) {
        return HttpResponse::json(QJsonObject{{u"version"_s, u"0.6.18"_s}});
    };
    routes[u"/api/config"_s] = [](const HttpRequest &) {
        return HttpResponse::json(QJsonObject{
            {u"status"_s, true},
            {u"name"_s, u"Open WebUI"_s},
            {u"version"_s, u"0.6.18"_s},
            {u"default_locale"_s, u""_s},
            {u"oauth"_s, QJsonObject{{u"providers"_s, QJsonObject()}}},
            {u"features"_s, QJsonObject{{u"auth"_s, true}, {u"enable_signup"_s, false}, {u"enable_api_key"_s, true}}}});
    };
    routes[u"/"_s] = [](const HttpRequest &) {
        return HttpResponse::text("<!doctype html><html lang=\"en\"><head><title>Open WebUI</title></head><body>"
                                  "<div id=\"svelte\"></div></body></html>",
                                  200, "text/html; charset=utf-8");
    };
    return std::make_unique<WebAppService>(u"openwebui"_s, std::move(routes));
}

std::unique_ptr<WebAppService> WebAppService::htmlApp(const QString &id, const QString &title)
{
    std::map<QString, Route> routes;
    const QByteArray page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
                            title.toHtmlEscaped().toUtf8() +
                            "</title></head><body><div id=\"root\"></div></body></html>";
    routes[u"/"_s] = [page](const HttpRequest &) { return HttpResponse::text(page, 200, "text/html; charset=utf-8"); };
    return std::make_unique<WebAppService>(id, std::move(routes));
}

} // namespace KryNet::LabSim
