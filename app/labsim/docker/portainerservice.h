#pragma once

#include <memory>
#include <vector>

#include <QJsonArray>

#include "app/labsim/docker/dockerapi.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Docker
{

/**
 * Portainer CE 2.23 (PORTAINER-NOTES.md) managing four environments:
 *   2 "truenas"   Docker (local socket): the lab's own Docker host, the one behind the SSH server
 *   3 "garage-pi" Docker (agent): a second standalone host (stacks home and dns)
 *   4 "swarm"     Docker (agent), a Swarm manager (snapshot Swarm: true; the tasks of stack web)
 *   5 "k3s"       Kubernetes (agent): listed, no Docker proxy
 * Served: X-API-Key access tokens (ptr_…, also ?x-api-key=), /api/system/status, GET /api/endpoints
 * (Type, Status, snapshots computed from each host's containers; excludeSnapshots; X-Total-Count),
 * GET /api/endpoints/{id}, the Docker proxy /api/endpoints/{id}/docker/… of every Docker environment
 * (the same Engine API as the forwarded socket, streams included; /swarm on the manager) and the stacks
 * Portainer deployed: ai (git) and monitoring (file) on truenas, home on garage-pi, web (Swarm) on
 * swarm — GET /api/stacks (filters EndpointID, SwarmID), /api/stacks/{id}, /file, start/stop, the
 * stack update PUT /api/stacks/{id}?endpointId= (StackFileContent, Env, Prune, PullImage) and the git
 * redeploy PUT /api/stacks/{id}/git/redeploy?endpointId= (400 "Stack is not created from git" for file
 * stacks). Both recreate the stack's containers (events included) and are recorded in redeploys().
 */
class PortainerService final : public SimService
{
public:
    /// @p local is the lab's own Docker host (environment 2); the other hosts are simulated here.
    PortainerService(ContainerState &local, quint32 seed, const LabClock *clock = nullptr);
    ~PortainerService() override;
    Q_DISABLE_COPY_MOVE(PortainerService)

    [[nodiscard]] QString id() const override { return QStringLiteral("portainer"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

    /// Every redeploy so far, oldest first: {"stackId", "stack", "endpointId", "method" ("update" or
    /// "git-redeploy"), "pullImage", "prune"}.
    [[nodiscard]] const QJsonArray &redeploys() const { return m_redeploys; }
    /// The simulated Docker host of environment @p id; nullptr for Kubernetes and unknown ids.
    [[nodiscard]] ContainerState *environmentState(int id) const;

private:
    struct Environment
    {
        int id = 0;
        QString name;
        int type = 1;
        QString url;
        ContainerState *state = nullptr; ///< nullptr: Kubernetes
        std::unique_ptr<DockerApi> api;
    };
    struct Stack
    {
        int id = 0;
        QString name;
        int type = 2; ///< 1 Swarm, 2 Compose
        int endpointId = 0;
        bool git = false;
    };

    [[nodiscard]] const Environment *environment(int id) const;
    [[nodiscard]] QJsonObject endpoint(const Environment &e, bool withSnapshot) const;
    [[nodiscard]] QJsonObject stackJson(const Stack &stack) const;
    [[nodiscard]] QString stackFile(const Stack &stack) const;
    [[nodiscard]] HttpResponse stacksRoute(const HttpRequest &request);
    [[nodiscard]] HttpResponse redeploy(const Stack &stack, const HttpRequest &request, bool git);

    std::vector<std::unique_ptr<ContainerState>> m_ownStates;
    std::vector<Environment> m_environments;
    QList<Stack> m_stacks;
    QJsonArray m_redeploys;
    QString m_apiKey;
    qint64 m_createdAt = 0;
};

} // namespace KryNet::LabSim::Docker
