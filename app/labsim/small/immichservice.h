#pragma once

#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

/**
 * Immich's server-info API: /api/server/ping and /version without auth, /about and /storage for any
 * valid `x-api-key`, /statistics only for the admin's key (403 NestJS error for a user key), 401 for a
 * missing or unknown key. Photos live on the andromeda pool (2×4 TB mirror).
 */
class ImmichService final : public SimService
{
public:
    ImmichService(QString adminKey, QString userKey);

    [[nodiscard]] QString id() const override { return QStringLiteral("immich"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;
    /// A non-admin user's key (statistics → 403), for tests.
    [[nodiscard]] const QString &userKey() const { return m_userKey; }

private:
    QString m_adminKey;
    QString m_userKey;
};

} // namespace KryNet::LabSim
