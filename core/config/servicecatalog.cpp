#include "core/config/servicecatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace KryNet
{

const QList<ServiceInfo> &ServiceCatalog::all()
{
    // Sub-domains follow the lab's DNS plan (DESIGN.md §1).
    static const QList<ServiceInfo> services{
        {u"jellyfin"_s, u"media"_s, ServiceAuth::MediaBrowser, true},
        {u"seerr"_s, u"request"_s, ServiceAuth::ApiKeyHeader, true},
        {u"sonarr"_s, u"sonarr"_s, ServiceAuth::ApiKeyHeader, true},
        {u"radarr"_s, u"radarr"_s, ServiceAuth::ApiKeyHeader, true},
        {u"bazarr"_s, u"bazarr"_s, ServiceAuth::ApiKeyHeader, true},
        {u"prowlarr"_s, u"indexer"_s, ServiceAuth::ApiKeyHeader, true},
        {u"qbittorrent"_s, u"downloads"_s, ServiceAuth::CookieLogin, true},
        {u"sabnzbd"_s, u"sabnzbd"_s, ServiceAuth::ApiKeyQuery, true},
        {u"immich"_s, u"photos"_s, ServiceAuth::ApiKeyHeader, true},
        {u"openwebui"_s, u"owui"_s, ServiceAuth::Bearer, true},
        {u"litellm"_s, u"litellm"_s, ServiceAuth::Bearer, true},
        {u"homarr"_s, u"dash"_s, ServiceAuth::None, true},
        {u"uptimekuma"_s, u"monitor"_s, ServiceAuth::Basic, true},
        {u"dozzle"_s, u"logs"_s, ServiceAuth::None, true},
        {u"prometheus"_s, u"prometheus"_s, ServiceAuth::Basic, true},
        {u"goaccess"_s, u"npmlogs"_s, ServiceAuth::None, true},
        {u"npm"_s, QString(), ServiceAuth::TokenLogin, true},
        {u"portainer"_s, QString(), ServiceAuth::ApiKeyHeader, true},
        {u"truenas"_s, QString(), ServiceAuth::Bearer, true},
        {u"gluetun"_s, QString(), ServiceAuth::ApiKeyHeader, false},
        {u"cloudflared"_s, QString(), ServiceAuth::None, false},
        {u"tailscale"_s, QString(), ServiceAuth::None, false},
    };
    return services;
}

const ServiceInfo *ServiceCatalog::find(const QString &id)
{
    const auto &services = all();
    const auto it =
        std::find_if(services.cbegin(), services.cend(), [&id](const ServiceInfo &info) { return info.id == id; });
    return it == services.cend() ? nullptr : &*it;
}

QString ServiceCatalog::displayName(const QString &id)
{
    if (id == u"jellyfin"_s)
        return tr("Jellyfin");
    if (id == u"seerr"_s)
        return tr("Seerr");
    if (id == u"sonarr"_s)
        return tr("Sonarr");
    if (id == u"radarr"_s)
        return tr("Radarr");
    if (id == u"bazarr"_s)
        return tr("Bazarr");
    if (id == u"prowlarr"_s)
        return tr("Prowlarr");
    if (id == u"qbittorrent"_s)
        return tr("qBittorrent");
    if (id == u"sabnzbd"_s)
        return tr("SABnzbd");
    if (id == u"immich"_s)
        return tr("Immich");
    if (id == u"openwebui"_s)
        return tr("Open WebUI");
    if (id == u"litellm"_s)
        return tr("LiteLLM");
    if (id == u"homarr"_s)
        return tr("Homarr");
    if (id == u"uptimekuma"_s)
        return tr("Uptime Kuma");
    if (id == u"dozzle"_s)
        return tr("Dozzle");
    if (id == u"prometheus"_s)
        return tr("Prometheus");
    if (id == u"goaccess"_s)
        return tr("GoAccess");
    if (id == u"npm"_s)
        return tr("Nginx Proxy Manager");
    if (id == u"portainer"_s)
        return tr("Portainer");
    if (id == u"truenas"_s)
        return tr("TrueNAS");
    if (id == u"gluetun"_s)
        return tr("Gluetun");
    if (id == u"cloudflared"_s)
        return tr("Cloudflared");
    if (id == u"tailscale"_s)
        return tr("Tailscale");
    return id;
}

QStringList ServiceCatalog::ids()
{
    QStringList out;
    for (const ServiceInfo &info : all())
        out.append(info.id);
    out.sort();
    return out;
}

} // namespace KryNet
