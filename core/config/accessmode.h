#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace KryNet
{

/**
 * How the laptop reaches the lab's web services (DESIGN.md §1):
 *  - Local:  service.local.DOMAIN on the LAN,
 *  - Tail:   service.tail.DOMAIN over Tailscale,
 *  - Public: service.DOMAIN through Cloudflare Access (service-token headers required).
 */
enum class AccessMode {
    Local,
    Tail,
    Public,
};

class AccessModes final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::AccessModes)

public:
    AccessModes() = delete;

    /// Stable identifier used in the profile file and on the command line: "local", "tail", "public".
    [[nodiscard]] static QString toId(AccessMode mode);
    [[nodiscard]] static std::optional<AccessMode> fromId(const QString &id);
    /// Translated name for menus ("LAN", "Tailscale", "Public (Cloudflare Access)").
    [[nodiscard]] static QString displayName(AccessMode mode);
};

} // namespace KryNet
