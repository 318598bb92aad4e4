#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace KryNet
{

/// How a service expects its credentials (used by core/http to pick the auth style).
enum class ServiceAuth {
    None,
    ApiKeyHeader, ///< X-Api-Key (Sonarr, Radarr, Prowlarr, Bazarr, Seerr, Immich, Portainer, Gluetun)
    ApiKeyQuery,  ///< ?apikey= (SABnzbd: its only option; always redacted)
    Bearer,       ///< Authorization: Bearer (LiteLLM master key)
    MediaBrowser, ///< Authorization: MediaBrowser Token="…" (Jellyfin)
    CookieLogin,  ///< qBittorrent's /api/v2/auth/login cookie
    Basic,        ///< HTTP basic (Prometheus, Uptime Kuma metrics behind auth)
    TokenLogin,   ///< user + password exchanged for a short-lived bearer token (NPM; core/http/npmclient)
};

/**
 * One service of the reference lab (DESIGN.md §1): its stable id, the sub-domain it is published
 * under (empty for services reached only by an explicit URL, such as TrueNAS or Portainer), the auth
 * style of its API and whether it has a web API at all (Cloudflared and Tailscale do not).
 */
struct ServiceInfo
{
    QString id;
    QString defaultSubdomain;
    ServiceAuth auth = ServiceAuth::None;
    bool hasWebUi = true;
};

/**
 * The catalogue of services KryNet knows. Static data; the profile decides which of them exist in a
 * given lab and may override sub-domains and URLs.
 */
class ServiceCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::ServiceCatalog)

public:
    ServiceCatalog() = delete;

    [[nodiscard]] static const QList<ServiceInfo> &all();
    /// nullptr when @p id is unknown.
    [[nodiscard]] static const ServiceInfo *find(const QString &id);
    /// Translated display name ("Jellyfin", "Uptime Kuma"…); the id itself when unknown.
    [[nodiscard]] static QString displayName(const QString &id);
    /// Ids a user may type on the command line ("sonarr", "qbittorrent"…), sorted.
    [[nodiscard]] static QStringList ids();
};

} // namespace KryNet
