#pragma once

#include <QString>

#include "core/http/httptypes.h"

namespace KryNet
{

/**
 * How to ask a web service "are you there, and is my key right?" cheaply, and what its answer says
 * about it (version, state). One table for the CLI's http-check and the Services panel.
 *
 * The request is the cheapest AUTHENTICATED call of each service where there is one (so a wrong key
 * shows up as an Auth error), from the contracts in ../shared/specs; services without an API get
 * their base URL.
 */
class ServiceProbe final
{
public:
    ServiceProbe() = delete;

    [[nodiscard]] static HttpRequest request(const QString &service);
    /// Version string from the probe's answer, when the service reports one ("4.0.11.2680"); else empty.
    [[nodiscard]] static QString version(const QString &service, const HttpResponse &response);
};

} // namespace KryNet
