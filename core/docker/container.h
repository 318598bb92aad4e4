#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace KryNet::Docker
{

/// Docker's container State enum (ContainerSummary.State, inspect State.Status).
enum class ContainerState {
    Created,
    Running,
    Paused,
    Restarting,
    Exited,
    Removing,
    Dead,
    Unknown,
};

/// State.Health.Status; None when the image has no healthcheck (absent, null, "" or "none").
enum class HealthStatus {
    None,
    Starting,
    Healthy,
    Unhealthy,
};

struct PortMapping
{
    QString ip;
    int privatePort = 0;
    int publicPort = 0; ///< 0: not published
    QString type;       ///< tcp, udp, sctp
};

struct MountInfo
{
    QString type; ///< bind, volume, tmpfs…
    QString source;
    QString destination;
    bool readWrite = true;
};

/// The latest resource sample of a running container (from /stats).
struct ContainerStats
{
    std::optional<double> cpuPercent; ///< empty until two samples exist (one-shot stats)
    qint64 memoryWorkingSet = 0;      ///< usage minus inactive file cache (DOCKER-NOTES.md)
    qint64 memoryLimit = 0;
    qint64 pids = 0;
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
    // Raw counters for the next CPU delta.
    quint64 cpuTotal = 0;
    quint64 systemTotal = 0;
    int onlineCpus = 0;
    QDateTime read;
};

/**
 * One container as the panel sees it: the list item's facts, completed by inspect (inspected == true)
 * and by stats. Plain value, safe to copy between threads.
 */
struct Container
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Docker::Container)

public:
    QString id;   ///< full 64-hex id
    QString name; ///< without the leading '/'
    QString image;
    QString command;
    qint64 created = 0; ///< unix seconds
    ContainerState state = ContainerState::Unknown;
    QString statusText; ///< Docker's human "Up 3 hours (healthy)"; shown, never parsed beyond health
    HealthStatus health = HealthStatus::None;
    QMap<QString, QString> labels;
    QString networkMode; ///< "bridge", "host", "container:<id or name>", "<project>_default"…
    QStringList networks;
    QList<PortMapping> ports;
    QList<MountInfo> mounts;

    // From inspect.
    bool inspected = false;
    QDateTime startedAt;  ///< UTC; invalid when never started
    QDateTime finishedAt; ///< UTC; invalid when never finished
    int restartCount = 0;
    QString restartPolicy;
    int exitCode = 0;
    bool oomKilled = false;
    bool tty = false;
    int failingStreak = 0;
    QString lastHealthOutput; ///< output of the latest healthcheck run

    std::optional<ContainerStats> stats;

    [[nodiscard]] QString label(const QString &key) const { return labels.value(key); }
    /// com.docker.compose.project, for a Swarm task com.docker.stack.namespace (empty outside both).
    [[nodiscard]] QString project() const;
    [[nodiscard]] QString service() const;
    [[nodiscard]] QString workingDir() const;
    [[nodiscard]] QStringList configFiles() const;
    /// The id or name after "container:" in NetworkMode; empty when the container has its own network.
    [[nodiscard]] QString networkParent() const;
    [[nodiscard]] bool isRunning() const { return state == ContainerState::Running; }
    [[nodiscard]] QString shortId() const { return id.left(12); }

    [[nodiscard]] static QString stateId(ContainerState state);
    [[nodiscard]] static ContainerState stateFromString(const QString &text);
    /// Translated word for the panel ("running", "exited"…).
    [[nodiscard]] static QString stateText(ContainerState state);
    [[nodiscard]] static QString healthId(HealthStatus health);
    [[nodiscard]] static HealthStatus healthFromString(const QString &text);
    [[nodiscard]] static QString healthText(HealthStatus health);
};

/// One message of the /events stream.
struct DockerEvent
{
    QString type;   ///< container, image, network…
    QString action; ///< "start", "die", "health_status: healthy"…
    QString actorId;
    QMap<QString, QString> attributes; ///< name, image, compose labels, exitCode…
    qint64 timeNano = 0;

    /// The action without its ": detail" suffix ("health_status").
    [[nodiscard]] QString baseAction() const;
    /// For health_status events, the status after the colon.
    [[nodiscard]] std::optional<HealthStatus> healthStatus() const;
};

/// The API version the daemon offers and the one this client speaks to it.
struct DockerVersion
{
    QString apiVersion;    ///< e.g. "1.47"
    QString minApiVersion; ///< may be empty
    QString engineVersion; ///< "27.5.0", podman's "4.3.1"…
    QString os;
};

/// One Portainer environment (endpoint), PORTAINER-NOTES.md.
struct PortainerEnvironment
{
    enum class Kind {
        Docker,     ///< a standalone Docker host (socket, agent or edge agent)
        Swarm,      ///< a Docker host that is a Swarm manager (snapshot Swarm: true)
        Kubernetes, ///< types 5-7
        Other,      ///< Azure ACI and anything newer
    };

    int id = 0;
    QString name;
    int type = 0;   ///< 1 Docker, 2 Agent on Docker, 3 Azure ACI, 4 Edge agent, 5-7 Kubernetes
    bool up = true; ///< Status 1
    QString url;
    int containerCount = -1;
    bool swarm = false; ///< the last Docker snapshot says Swarm
    [[nodiscard]] bool isDocker() const { return type == 1 || type == 2 || type == 4; }
    [[nodiscard]] bool isKubernetes() const { return type >= 5 && type <= 7; }
    [[nodiscard]] Kind kind() const
    {
        if (isDocker())
            return swarm ? Kind::Swarm : Kind::Docker;
        return isKubernetes() ? Kind::Kubernetes : Kind::Other;
    }
};

/// One Portainer stack (PORTAINER-NOTES.md § Stacks): what pull-and-recreate needs of it.
struct PortainerStack
{
    int id = 0;
    QString name;
    int type = 0; ///< 1 Swarm, 2 Compose, 3 Kubernetes
    int endpointId = 0;
    QString projectPath; ///< "/data/compose/7": the compose working dir of its containers
    QString gitUrl;      ///< empty: not deployed from git
    QString gitReference;
    bool gitAuthentication = false;
    QString gitUsername;
    bool prune = false;
    QJsonArray env; ///< [{"name", "value"}], sent back unchanged on a redeploy
    [[nodiscard]] bool fromGit() const { return !gitUrl.isEmpty(); }
};

} // namespace KryNet::Docker

Q_DECLARE_METATYPE(KryNet::Docker::Container)
Q_DECLARE_METATYPE(KryNet::Docker::DockerEvent)
