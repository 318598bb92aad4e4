#pragma once

#include <chrono>
#include <functional>

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "core/common/result.h"
#include "core/docker/container.h"

namespace KryNet
{
class ActionLog;
class ServiceClient;
namespace Ssh
{
class SshConnection;
}
} // namespace KryNet

namespace KryNet::Docker
{

class ComposeRecreate;

/**
 * Pull-and-recreate of a compose service the way its stack was deployed (issue 8,
 * PORTAINER-NOTES.md § Stacks):
 *  - a stack Portainer owns is redeployed through Portainer's stack API, with PullImage: a git stack
 *    by `PUT /api/stacks/{id}/git/redeploy?endpointId=E` (its reference, env, prune and auth flag sent
 *    back), any other by `GET /api/stacks/{id}/file` and `PUT /api/stacks/{id}?endpointId=E` with that
 *    file, its env and prune. Portainer recreates every service of the stack, not only the one asked
 *    for, and the plan says so;
 *  - any other compose project, on the profile's SSH host, by ComposeRecreate (`docker compose … up -d
 *    --pull always SERVICE`).
 *
 * Contracts:
 *  - plan() decides, reading only: the stack is Portainer's when GET /api/stacks has one named like
 *    the container's com.docker.compose.project label and, through a Portainer environment, deployed to
 *    that environment; over SSH (where Portainer's environment ids mean nothing) whose ProjectPath is
 *    the container's compose working dir (Portainer deploys from /data/compose/<id>). If Portainer
 *    cannot be asked, the SSH host still gets docker compose (the plan carries a note). In a Portainer
 *    environment a stack Portainer does not own cannot be recreated (an Unsupported error says why).
 *  - run() is called after the user confirmed the plan; it sends the redeploy (or the compose command)
 *    exactly once, never retries, and writes one ActionLog entry. output() carries progress lines.
 */
class StackRecreate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackRecreate)

public:
    enum class Way {
        Compose,          ///< docker compose over SSH
        PortainerFile,    ///< PUT /api/stacks/{id} with the stack file
        PortainerGitPull, ///< PUT /api/stacks/{id}/git/redeploy
    };

    struct Plan
    {
        Way way = Way::Compose;
        QString containerId;
        PortainerStack stack;  ///< Portainer ways
        int environmentId = 0; ///< Portainer ways: the endpointId of the redeploy
        QStringList command;   ///< Compose: the argv run on the server
        QStringList services;  ///< every service the redeploy recreates (Portainer: the whole stack)
        QString note;          ///< e.g. why Portainer was not asked
        QString actionText;    ///< "Pull and redeploy stack ai through Portainer" (ActionLog, buttons)
        QString description;   ///< what will happen, for the confirmation
    };

    /// @p environment: the Portainer environment the containers are read from, 0 for the profile's SSH
    /// host. @p portainer and @p ssh may be nullptr when the profile has no such access.
    StackRecreate(ServiceClient *portainer, int environment, Ssh::SshConnection *ssh, ActionLog *actions,
                  QString profileName, QObject *parent = nullptr);
    ~StackRecreate() override;

    /// Whether pull-and-recreate can be offered for @p container at all (compose labels, and a way to
    /// reach its stack), without asking anybody; the Error says why not.
    [[nodiscard]] Result<void> available(const Container &container) const;
    /// How @p container would be recreated; @p siblings (the store's containers) name the services a
    /// Portainer redeploy recreates.
    QFuture<Result<Plan>> plan(const Container &container, const QList<Container> &siblings = {});
    /// Runs a confirmed @p plan for @p container once.
    QFuture<Result<void>> run(const Plan &plan, const Container &container);
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Redeploys are synchronous in Portainer (clone, pull, compose up): minutes, not seconds.
    static constexpr std::chrono::minutes redeployTimeout{15};

Q_SIGNALS:
    /// One line of progress (compose's own output, or what Portainer is doing).
    void output(const QString &line);

private:
    [[nodiscard]] Result<Plan> composePlan(const Container &container, const QString &note) const;
    [[nodiscard]] Plan portainerPlan(const Container &container, const PortainerStack &stack,
                                     const QList<Container> &siblings) const;
    void redeploy(const Plan &plan, const std::function<void(Result<void>)> &done);

    QPointer<ServiceClient> m_portainer;
    int m_environment;
    QPointer<Ssh::SshConnection> m_ssh;
    QPointer<ActionLog> m_actions;
    QString m_profile;
    ComposeRecreate *m_compose = nullptr;
    bool m_running = false;
};

} // namespace KryNet::Docker
