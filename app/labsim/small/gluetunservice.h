#pragma once

#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

/**
 * Gluetun's HTTP control server (v3.40+ auth): X-API-Key on every route; plain-text errors as Go's
 * http.Error writes them (404 for unknown routes before auth, 405 wrong method, 401 Unauthorized, 400
 * bad body). WireGuard VPN to a Swiss endpoint with one forwarded port; PUT /v1/vpn/status stops and
 * starts it, and the public IP follows (empty while stopped). Test switches (control route /gluetun/):
 * PUT /gluetun/leak?on=1 makes the public IP the lab's home IP (credentials() "homeIp"), as when the
 * tunnel is bypassed; PUT /gluetun/vpn?status=stopped|running sets the VPN state.
 */
class GluetunService final : public SimService
{
public:
    explicit GluetunService(QString apiKey);

    [[nodiscard]] QString id() const override { return QStringLiteral("gluetun"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;
    /// The test switches (see above).
    [[nodiscard]] HttpResponse control(const HttpRequest &request);

    static constexpr const char *HomeIp = "203.0.113.77";

private:
    QString m_apiKey;
    QString m_vpnStatus;
    QList<int> m_ports;
    bool m_leak = false;
};

} // namespace KryNet::LabSim
