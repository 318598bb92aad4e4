#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include "app/labsim/hostilenames.h"

class QTimer;

namespace KryNet::LabSim
{
class LabClock;
}

namespace KryNet::LabSim::Docker
{

/// One line of a container's output.
struct LogLine
{
    qint64 timeNs = 0;
    int stream = 1;  ///< 1 stdout, 2 stderr
    QByteArray text; ///< with its trailing newline
};

struct PortBinding
{
    int privatePort = 0;
    int publicPort = 0; ///< 0: exposed only
    QString type = QStringLiteral("tcp");
};

struct Container
{
    QString id;      ///< 64 hex digits
    QString name;    ///< without the leading '/'
    QString image;   ///< "repo:tag"
    QString imageId; ///< "sha256:…"
    QStringList entrypoint;
    QStringList cmd;
    qint64 created = 0; ///< epoch seconds
    QString project;
    QString service;
    QString workingDir;
    QString networkMode; ///< "media_default", "host", "container:<id>"
    QString ipAddress;
    QList<PortBinding> ports;
    QStringList env;
    QList<QPair<QString, QString>> binds; ///< host path → container path
    QString dependsOn;                    ///< com.docker.compose.depends_on
    bool tty = false;
    bool swarm = false; ///< a Swarm task: stack labels (com.docker.stack.namespace = project), no compose ones
    // State
    QString state = QStringLiteral("running"); ///< created, running, paused, restarting, exited
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int exitCode = 0;
    int pid = 0;
    int restartCount = 0;
    QString restartPolicy = QStringLiteral("unless-stopped");
    // Health (hasHealthcheck false: no Health object at all)
    bool hasHealthcheck = false;
    bool healthFails = false; ///< simulation: checks of this container fail
    QString health;           ///< starting, healthy, unhealthy
    qint64 healthSince = 0;
    int failingStreak = 0;
    QJsonArray healthLog;
    // Resources (stats baseline)
    double cpuPercent = 0;
    qint64 memoryBytes = 0;
    // Output
    QList<LogLine> logs;
    qint64 nextLogAt = 0;
    qint64 nextRestartAt = 0; ///< restarting containers crash-loop
    int logCounter = 0;

    [[nodiscard]] bool isRunning() const
    {
        return state == QStringLiteral("running") || state == QStringLiteral("paused");
    }
    [[nodiscard]] QMap<QString, QString> labels() const;
};

/// Portainer's stack ids of the compose projects Portainer deployed (PortainerService lists them; their
/// containers' compose working dir is /data/compose/<id>, as Portainer deploys them).
namespace StackIds
{
inline constexpr int Ai = 3;         ///< main host, from git
inline constexpr int Monitoring = 4; ///< main host, from a stack file
inline constexpr int Home = 5;       ///< second Docker host, from a stack file
inline constexpr int Web = 6;        ///< the Swarm stack
} // namespace StackIds

/**
 * The Docker side of the simulated lab: ~25 containers in the compose projects media, photos, ai,
 * monitoring and infra (gluetun is the network parent of qbittorrent and sabnzbd; one container
 * unhealthy, one exited, one crash-looping). Actions change state and emit Docker events; the lab clock
 * drives health checks, the crash loop and new log lines (tick(), called by a 1 s timer and before
 * every API request). Seeded: the same seed and epoch give the same containers.
 */
class ContainerState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerState)

public:
    enum class Result {
        Ok,
        NotModified, ///< 304: already started / already stopped
        NotFound,
        Conflict, ///< 409: e.g. kill of a stopped container
    };

    /// Which simulated Docker host: the lab's own (TrueNAS, ~25 containers), a second standalone host
    /// (stacks home and dns) or a Swarm manager (the tasks of stack web).
    enum class Host {
        Main,
        Standalone,
        Swarm,
    };

    ContainerState(quint32 seed, const LabClock *clock, QObject *parent = nullptr);
    ContainerState(quint32 seed, const LabClock *clock, Host host, QObject *parent = nullptr);

    [[nodiscard]] Host host() const { return m_host; }
    /// The scale scenario (krynet-labsim --scale containers=N): @p count more containers.
    void addScaleContainers(int count);
    /// krynet-labsim --hostile-names: per name, one container named and imaged with the text (names Docker
    /// itself refuses) and one named "hostile-<key>" whose compose project label and command are the text;
    /// all unhealthy (the healthcheck output is the text too), their log the names' raw bytes.
    void addHostileContainers(const QList<KryNet::LabSim::HostileName> &names);
    /// The compose working dir of @p project's containers on @p host.
    [[nodiscard]] static QString workingDir(Host host, const QString &project);

    [[nodiscard]] const QList<Container> &containers() const { return m_containers; }
    /// By full id, unique id prefix, or name (with or without '/').
    [[nodiscard]] const Container *find(const QString &idOrName) const;
    [[nodiscard]] qint64 nowSecs() const;
    [[nodiscard]] qint64 nowNs() const;
    /// When the simulated host booted (40 days before the lab started): its CPU time counts from there.
    [[nodiscard]] qint64 bootSecs() const { return m_bootSecs; }

    Result start(const QString &idOrName, QString *message);
    Result stop(const QString &idOrName, QString *message);
    Result restart(const QString &idOrName, QString *message);
    Result kill(const QString &idOrName, const QString &signal, QString *message);
    Result pause(const QString &idOrName, QString *message);
    Result unpause(const QString &idOrName, QString *message);

    /// Every event so far (oldest first, at most 5000).
    [[nodiscard]] const QList<QJsonObject> &events() const { return m_events; }

    /// Moves the simulation to the clock's now.
    void tick();

    /// Fault switches for the client's event handling (control endpoint /docker/…): while muted, events
    /// are recorded (GET /events?since= replays them) but not pushed to open streams, as if they were
    /// lost; dropStreams() ends every open /events stream at once (a daemon restart, a proxy timeout).
    void setEventsMuted(bool muted) { m_eventsMuted = muted; }
    [[nodiscard]] bool eventsMuted() const { return m_eventsMuted; }
    void dropStreams() { Q_EMIT streamsDropped(); }

Q_SIGNALS:
    void eventEmitted(const QJsonObject &event);
    void logAppended(const QString &id, const KryNet::LabSim::Docker::LogLine &line);
    void streamsDropped();

private:
    Container *mutableFind(const QString &idOrName);
    void emitEvent(const Container &c, const QString &action, const QMap<QString, QString> &extra = {});
    void appendLog(Container &c, qint64 timeNs, int stream, const QByteArray &text);
    void doStart(Container &c);
    void doStop(Container &c, int exitCode, const QString &signal);
    [[nodiscard]] QByteArray logText(const Container &c, int index, int *stream) const;

    const LabClock *m_clock;
    QList<Container> m_containers;
    QList<QJsonObject> m_events;
    QTimer *m_timer;
    quint32 m_seed;
    Host m_host = Host::Main;
    bool m_eventsMuted = false;
    int m_nextPid = 4100;
    qint64 m_bootSecs = 0;
};

} // namespace KryNet::LabSim::Docker

Q_DECLARE_METATYPE(KryNet::LabSim::Docker::LogLine)
