#pragma once

#include "app/labsim/docker/dockerapi.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Docker
{

/**
 * Portainer CE 2.23 (PORTAINER-NOTES.md) in front of the simulated Docker host: X-API-Key access tokens
 * (ptr_…, also ?x-api-key=), /api/system/status, /api/endpoints (one local Docker environment, id 2, with
 * a snapshot computed from the containers), the Docker proxy /api/endpoints/2/docker/… (the same Engine
 * API as the forwarded socket, streams included) and /api/stacks (one per compose project; start/stop).
 */
class PortainerService final : public SimService
{
public:
    PortainerService(ContainerState &state, quint32 seed);

    [[nodiscard]] QString id() const override { return QStringLiteral("portainer"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    [[nodiscard]] QJsonObject endpoint(bool withSnapshot) const;
    [[nodiscard]] QJsonArray stacks() const;

    ContainerState &m_state;
    DockerApi m_docker;
    QString m_apiKey;
};

} // namespace KryNet::LabSim::Docker
