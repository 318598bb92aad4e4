#include "core/lab/serviceprobe.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace KryNet
{

HttpRequest ServiceProbe::request(const QString &service)
{
    static const QHash<QString, QString> paths{
        {u"sonarr"_s, u"api/v3/system/status"_s},
        {u"radarr"_s, u"api/v3/system/status"_s},
        {u"prowlarr"_s, u"api/v1/system/status"_s},
        {u"bazarr"_s, u"api/system/status"_s},
        {u"seerr"_s, u"api/v1/settings/jobs"_s},
        {u"jellyfin"_s, u"System/Info"_s},
        {u"qbittorrent"_s, u"api/v2/app/version"_s},
        {u"immich"_s, u"api/server/about"_s},
        {u"openwebui"_s, u"api/version"_s},
        {u"litellm"_s, u"health/liveliness"_s},
        {u"prometheus"_s, u"api/v1/status/buildinfo"_s},
        {u"uptimekuma"_s, u"metrics"_s},
        {u"npm"_s, u"api/"_s},
        {u"portainer"_s, u"api/status"_s},
        {u"gluetun"_s, u"v1/version"_s},
        {u"cloudflared"_s, u"ready"_s},
    };
    if (service == u"sabnzbd"_s) {
        QUrlQuery query;
        query.addQueryItem(u"mode"_s, u"queue"_s);
        query.addQueryItem(u"limit"_s, u"1"_s);
        query.addQueryItem(u"output"_s, u"json"_s);
        return HttpRequest::get(u"api"_s, query);
    }
    HttpRequest request = HttpRequest::get(paths.value(service)); // empty: the base URL itself
    // Public endpoints: NPM's health answer and Open WebUI's version need no credentials (NPM's API
    // wants a login token, Open WebUI a user's key: neither is needed to tell whether it is up).
    if (service == u"npm"_s || service == u"openwebui"_s || service == u"cloudflared"_s)
        request.authenticate = false;
    return request;
}

QString ServiceProbe::version(const QString &service, const HttpResponse &response)
{
    if (service == u"qbittorrent"_s)
        return QString::fromUtf8(response.body.left(64)).trimmed(); // plain text "v4.6.7"
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    if (json.isEmpty())
        return {};
    if (service == u"sonarr"_s || service == u"radarr"_s || service == u"prowlarr"_s || service == u"immich"_s ||
        service == u"openwebui"_s || service == u"gluetun"_s)
        return json.value(u"version"_s).toString();
    if (service == u"bazarr"_s)
        return json.value(u"data"_s).toObject().value(u"bazarr_version"_s).toString();
    if (service == u"jellyfin"_s)
        return json.value(u"Version"_s).toString();
    if (service == u"portainer"_s)
        return json.value(u"Version"_s).toString();
    if (service == u"prometheus"_s)
        return json.value(u"data"_s).toObject().value(u"version"_s).toString();
    if (service == u"sabnzbd"_s)
        return json.value(u"queue"_s).toObject().value(u"version"_s).toString();
    if (service == u"npm"_s) {
        const QJsonObject v = json.value(u"version"_s).toObject();
        if (v.isEmpty())
            return {};
        return u"%1.%2.%3"_s.arg(v.value(u"major"_s).toInt())
            .arg(v.value(u"minor"_s).toInt())
            .arg(v.value(u"revision"_s).toInt());
    }
    return {};
}

} // namespace KryNet
