#include "core/config/accessmode.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

QString AccessModes::toId(AccessMode mode)
{
    switch (mode) {
    case AccessMode::Local:
        return u"local"_s;
    case AccessMode::Tail:
        return u"tail"_s;
    case AccessMode::Public:
        return u"public"_s;
    }
    return u"local"_s;
}

std::optional<AccessMode> AccessModes::fromId(const QString &id)
{
    const QString key = id.trimmed().toLower();
    if (key == u"local"_s || key == u"lan"_s)
        return AccessMode::Local;
    if (key == u"tail"_s || key == u"tailscale"_s)
        return AccessMode::Tail;
    if (key == u"public"_s)
        return AccessMode::Public;
    return std::nullopt;
}

QString AccessModes::displayName(AccessMode mode)
{
    switch (mode) {
    case AccessMode::Local:
        return tr("LAN");
    case AccessMode::Tail:
        return tr("Tailscale");
    case AccessMode::Public:
        return tr("Public (Cloudflare Access)");
    }
    return {};
}

} // namespace KryNet
