#include "core/docker/container.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

QString Container::project() const
{
    const QString compose = labels.value(u"com.docker.compose.project"_s);
    // A Swarm task belongs to its stack (docker stack deploy), which groups it like a compose project.
    return compose.isEmpty() ? labels.value(u"com.docker.stack.namespace"_s) : compose;
}

QString Container::service() const
{
    return labels.value(u"com.docker.compose.service"_s);
}

QString Container::workingDir() const
{
    return labels.value(u"com.docker.compose.project.working_dir"_s);
}

QStringList Container::configFiles() const
{
    const QString files = labels.value(u"com.docker.compose.project.config_files"_s);
    return files.isEmpty() ? QStringList{} : files.split(u',', Qt::SkipEmptyParts);
}

QString Container::networkParent() const
{
    if (networkMode.startsWith(u"container:"_s))
        return networkMode.mid(10);
    if (networkMode.startsWith(u"service:"_s)) // compose's network_mode: service:NAME before it resolves
        return networkMode.mid(8);
    return {};
}

QString Container::stateId(ContainerState state)
{
    switch (state) {
    case ContainerState::Created:
        return u"created"_s;
    case ContainerState::Running:
        return u"running"_s;
    case ContainerState::Paused:
        return u"paused"_s;
    case ContainerState::Restarting:
        return u"restarting"_s;
    case ContainerState::Exited:
        return u"exited"_s;
    case ContainerState::Removing:
        return u"removing"_s;
    case ContainerState::Dead:
        return u"dead"_s;
    case ContainerState::Unknown:
        break;
    }
    return u"unknown"_s;
}

ContainerState Container::stateFromString(const QString &text)
{
    static const QList<ContainerState> all{
        ContainerState::Created, ContainerState::Running,  ContainerState::Paused, ContainerState::Restarting,
        ContainerState::Exited,  ContainerState::Removing, ContainerState::Dead};
    const QString lower = text.toLower();
    for (ContainerState s : all) {
        if (stateId(s) == lower)
            return s;
    }
    if (lower == u"stopped"_s || lower == u"configured"_s) // podman's own words
        return lower == u"stopped"_s ? ContainerState::Exited : ContainerState::Created;
    return ContainerState::Unknown;
}

QString Container::stateText(ContainerState state)
{
    switch (state) {
    case ContainerState::Created:
        return tr("created");
    case ContainerState::Running:
        return tr("running");
    case ContainerState::Paused:
        return tr("paused");
    case ContainerState::Restarting:
        return tr("restarting");
    case ContainerState::Exited:
        return tr("exited");
    case ContainerState::Removing:
        return tr("removing");
    case ContainerState::Dead:
        return tr("dead");
    case ContainerState::Unknown:
        break;
    }
    return tr("unknown");
}

QString Container::healthId(HealthStatus health)
{
    switch (health) {
    case HealthStatus::None:
        return u"none"_s;
    case HealthStatus::Starting:
        return u"starting"_s;
    case HealthStatus::Healthy:
        return u"healthy"_s;
    case HealthStatus::Unhealthy:
        return u"unhealthy"_s;
    }
    return u"none"_s;
}

HealthStatus Container::healthFromString(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == u"healthy"_s)
        return HealthStatus::Healthy;
    if (lower == u"unhealthy"_s)
        return HealthStatus::Unhealthy;
    if (lower == u"starting"_s)
        return HealthStatus::Starting;
    return HealthStatus::None;
}

QString Container::healthText(HealthStatus health)
{
    switch (health) {
    case HealthStatus::None:
        return tr("no health check");
    case HealthStatus::Starting:
        return tr("health check starting");
    case HealthStatus::Healthy:
        return tr("healthy");
    case HealthStatus::Unhealthy:
        return tr("unhealthy");
    }
    return {};
}

QString DockerEvent::baseAction() const
{
    const qsizetype colon = action.indexOf(u':');
    return colon < 0 ? action : action.left(colon);
}

std::optional<HealthStatus> DockerEvent::healthStatus() const
{
    if (baseAction() != u"health_status"_s)
        return std::nullopt;
    const QString status = action.mid(action.indexOf(u':') + 1).trimmed();
    if (status == u"running"_s)
        return std::nullopt;
    return Container::healthFromString(status);
}

} // namespace KryNet::Docker
