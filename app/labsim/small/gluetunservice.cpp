#include "app/labsim/small/gluetunservice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

HttpResponse goError(const QByteArray &message, int status)
{
    return HttpResponse::text(message + '\n', status).withHeader("X-Content-Type-Options", "nosniff");
}

} // namespace

GluetunService::GluetunService(QString apiKey)
    : m_apiKey(std::move(apiKey))
    , m_vpnStatus(u"running"_s)
    , m_ports({51413})
{}

QJsonObject GluetunService::credentials() const
{
    return {{u"apiKey"_s, m_apiKey}, {u"homeIp"_s, QString::fromLatin1(HomeIp)}};
}

HttpResponse GluetunService::control(const HttpRequest &request)
{
    if (request.method == "PUT" && request.path == u"/gluetun/leak"_s) {
        m_leak = request.queryValue(u"on"_s) == u"1"_s;
        return HttpResponse::json(QJsonObject{{u"leak"_s, m_leak}});
    }
    const QString status = request.queryValue(u"status"_s);
    if (request.method == "PUT" && request.path == u"/gluetun/vpn"_s &&
        (status == u"running"_s || status == u"stopped"_s || status == u"crashed"_s)) {
        m_vpnStatus = status;
        return HttpResponse::json(QJsonObject{{u"status"_s, m_vpnStatus}});
    }
    return HttpResponse::json(QJsonObject{{u"error"_s, u"PUT /gluetun/leak?on=0|1 or /gluetun/vpn?status=…"_s}}, 404);
}

HttpResponse GluetunService::handle(const HttpRequest &request)
{
    static const QStringList routes = {
        u"/v1/vpn/status"_s,       u"/v1/openvpn/status"_s, u"/v1/vpn/settings"_s,
        u"/v1/openvpn/settings"_s, u"/v1/dns/status"_s,     u"/v1/updater/status"_s,
        u"/v1/publicip/ip"_s,      u"/v1/portforward"_s,    u"/v1/openvpn/portforwarded"_s,
        u"/v1/version"_s};
    const QString &path = request.path;
    if (!routes.contains(path))
        return goError("Not Found", 404);
    if (QString::fromUtf8(request.header("X-API-Key")) != m_apiKey)
        return goError("Unauthorized", 401);
    const bool get = request.method == "GET";
    const bool put = request.method == "PUT";
    const bool putAllowed = path == u"/v1/vpn/status"_s || path == u"/v1/openvpn/status"_s ||
                            path == u"/v1/dns/status"_s || path == u"/v1/updater/status"_s ||
                            path == u"/v1/portforward"_s || path == u"/v1/vpn/settings"_s;
    if (!get && !(put && putAllowed))
        return goError("Method Not Allowed", 405);
    const bool running = m_vpnStatus == u"running"_s;

    if (path == u"/v1/vpn/status"_s || path == u"/v1/openvpn/status"_s) {
        if (get) {
            const bool wireguard = true;
            const QString status = path == u"/v1/openvpn/status"_s && wireguard ? u"stopped"_s : m_vpnStatus;
            return HttpResponse::json(QJsonObject{{u"status"_s, status}});
        }
        const QJsonDocument body = request.json();
        const QString wanted = body.object().value(u"status"_s).toString();
        if (!body.isObject())
            return goError("cannot decode JSON body: invalid character", 400);
        if (wanted != u"running"_s && wanted != u"stopped"_s)
            return goError("invalid status: \"" + wanted.toUtf8() + '"', 400);
        const QString outcome = wanted == m_vpnStatus ? u"already "_s + wanted : wanted;
        m_vpnStatus = wanted;
        return HttpResponse::json(QJsonObject{{u"outcome"_s, outcome}});
    }
    if (path == u"/v1/dns/status"_s || path == u"/v1/updater/status"_s) {
        if (put)
            return HttpResponse::json(
                QJsonObject{{u"outcome"_s, request.json().object().value(u"status"_s).toString()}});
        return HttpResponse::json(
            QJsonObject{{u"status"_s, path == u"/v1/dns/status"_s ? u"running"_s : u"completed"_s}});
    }
    if (path == u"/v1/publicip/ip"_s) {
        if (!running)
            return HttpResponse::json(QJsonObject{{u"public_ip"_s, u""_s}});
        return HttpResponse::json(
            QJsonObject{{u"public_ip"_s, m_leak ? QString::fromLatin1(HomeIp) : u"198.51.100.23"_s},
                        {u"region"_s, u"Zurich"_s},
                        {u"country"_s, u"Switzerland"_s},
                        {u"city"_s, u"Zurich"_s},
                        {u"hostname"_s, u"ch-zrh-wg-004"_s},
                        {u"location"_s, u"47.3769,8.5417"_s},
                        {u"organization"_s, u"AS64511 Alpine Tunnel AG"_s},
                        {u"postal_code"_s, u"8001"_s},
                        {u"timezone"_s, u"Europe/Zurich"_s}});
    }
    if (path == u"/v1/portforward"_s || path == u"/v1/openvpn/portforwarded"_s) {
        if (put) {
            const QJsonArray ports = request.json().object().value(u"ports"_s).toArray();
            if (ports.isEmpty())
                return goError("no ports given", 400);
            m_ports.clear();
            for (const QJsonValue &p : ports)
                m_ports.append(p.toInt());
            return HttpResponse::json(QJsonObject{{u"outcome"_s, u"ports set"_s}});
        }
        if (!running || m_ports.isEmpty())
            return HttpResponse::json(QJsonObject{{u"port"_s, 0}, {u"ports"_s, QJsonArray()}});
        QJsonArray ports;
        for (const int p : m_ports)
            ports.append(p);
        return HttpResponse::json(QJsonObject{{u"port"_s, m_ports.first()}, {u"ports"_s, ports}});
    }
    if (path == u"/v1/vpn/settings"_s || path == u"/v1/openvpn/settings"_s) {
        if (put)
            return HttpResponse::json(QJsonObject{{u"outcome"_s, u"settings updated"_s}});
        return HttpResponse::json(QJsonObject{
            {u"vpn_type"_s, u"wireguard"_s},
            {u"provider"_s,
             QJsonObject{{u"name"_s, u"custom"_s},
                         {u"server_selection"_s,
                          QJsonObject{{u"vpn"_s, u"wireguard"_s}, {u"countries"_s, QJsonArray{u"Switzerland"_s}}}},
                         {u"port_forwarding"_s, QJsonObject{{u"enabled"_s, true}}}}}});
    }
    return HttpResponse::json(QJsonObject{
        {u"version"_s, u"v3.41.0"_s}, {u"commit"_s, u"b119325"_s}, {u"created"_s, u"2026-01-18T09:41:27.000Z"_s}});
}

} // namespace KryNet::LabSim
