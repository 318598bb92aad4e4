#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "core/common/result.h"
#include "core/common/sameturn.h"
#include "core/docker/container.h"
#include "core/docker/dockerclient.h"
#include "core/docker/dockerparsers.h"

namespace KryNet
{
class ActionLog;
}

namespace KryNet::Docker
{

class DockerClient;
class DockerStream;

/**
 * The containers of one Docker host, kept live (issue 8): the full list plus inspect facts, updated from
 * the /events stream, resynced periodically, with lifecycle actions.
 *
 * Contracts:
 *  - start() loads the list (then inspects every container) and follows /events; each container event
 *    is applied at once (state, health) and the container re-inspected. A dropped event stream is
 *    reconnected with exponential backoff (+ jitter) and followed by a full resync; a periodic resync
 *    (slower while the window is hidden) heals anything missed. Transports that cannot stream
 *    (Portainer) are polled instead.
 *  - Which containers a list inspects: all of them after start, while polling, and after the event
 *    stream was down since the previous list; with the stream live throughout, only those the list shows
 *    new, never inspected, or in another state or health (every other change came with its event and
 *    was inspected then). A refresh asked for in the turn that started the running list joins it.
 *  - Signals: aboutToReset()/reset() around any change of the set of containers (added, removed),
 *    containersChanged(ids) for changes of their data. The list order is the server's.
 *  - Actions (perform, restartWithDependants) are sent exactly once and logged in the ActionLog; after
 *    any failure, including an ambiguous one (connection lost), the container is re-read, never the
 *    action retried. While one runs the container is busy (isBusy/busyText).
 *  - Names and ids come only from parsed, validated data, so requests never carry unchecked text.
 */
class ContainerStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerStore)

public:
    enum class Status {
        Idle,    ///< start() not called
        Loading, ///< first load running
        Ready,   ///< data present (possibly stale, see lastError())
        Failed,  ///< the first load failed: lastError()
    };
    Q_ENUM(Status)

    enum class Action {
        Start,
        Stop,
        Restart,
        Pause,
        Unpause,
    };
    Q_ENUM(Action)

    struct Options
    {
        std::chrono::milliseconds resyncInterval{60000};
        std::chrono::milliseconds hiddenResyncInterval{300000};
        std::chrono::milliseconds pollInterval{5000}; ///< transports without /events
        std::chrono::milliseconds statsInterval{5000};
        std::chrono::milliseconds firstCpuDelay{1000}; ///< second sample after a container's first (CPU % baseline)
        std::chrono::milliseconds reconnectInitialDelay{500};
        std::chrono::milliseconds reconnectMaxDelay{30000};
        std::chrono::milliseconds healthWait{120000}; ///< a restarted network parent must be healthy by then
        std::chrono::milliseconds healthPoll{500};
        std::chrono::milliseconds actionTimeout{120000};
        std::chrono::milliseconds readTimeout{30000}; ///< the list and inspect reads: a host that stops answering
    };

    ContainerStore(DockerClient *client, ActionLog *actions, QString profileName, QObject *parent = nullptr);
    ~ContainerStore() override;

    [[nodiscard]] DockerClient *client() const { return m_client; }
    /// Shows another Docker host (another Portainer environment): drops every container, the event
    /// stream and the answers still on their way, then loads from @p client (when started). The store
    /// does not own clients; the caller retires the old one (DockerClient::retire()).
    void setClient(DockerClient *client);
    [[nodiscard]] const Options &options() const { return m_options; }
    void setOptions(const Options &options);

    void start();
    /// Resync now (list + inspect of what may have changed; see Contracts).
    void refresh();
    /// Reads the list and inspects every container once, without following /events or starting timers
    /// (krynetctl); resolves when every inspect has answered (a failed inspect leaves the list facts).
    QFuture<Result<void>> load();
    /// Slows the periodic resync and pauses stats while nobody looks.
    void setVisible(bool visible);
    /// Polls /stats of running containers every statsInterval while enabled (and visible).
    void setStatsEnabled(bool enabled);
    [[nodiscard]] bool statsEnabled() const { return m_statsEnabled; }

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    /// True while the /events stream is established (changes arrive live).
    [[nodiscard]] bool isLive() const { return m_live; }
    [[nodiscard]] QDateTime updatedAt() const { return m_updatedAt; }

    [[nodiscard]] const QList<Container> &containers() const { return m_containers; }
    [[nodiscard]] int indexOf(const QString &id) const { return m_index.value(id, -1); }
    /// By full id, id prefix (≥ 12) or name.
    [[nodiscard]] const Container *find(const QString &idOrName) const;

    /// The last historySize CPU % / memory working-set samples of @p id, oldest first (sparklines).
    static constexpr qsizetype historySize = 60;
    [[nodiscard]] QList<double> cpuHistory(const QString &id) const { return m_history.value(id).cpu; }
    [[nodiscard]] QList<double> memoryHistory(const QString &id) const { return m_history.value(id).memory; }

    [[nodiscard]] bool isBusy(const QString &id) const { return m_busy.contains(id); }
    /// A full list read (start, refresh or the periodic resync) is in flight.
    [[nodiscard]] bool isRefreshing() const { return m_resyncRunning; }
    [[nodiscard]] QString busyText(const QString &id) const { return m_busy.value(id); }

    /// The container whose network namespace @p id shares (network_mode: container:), or nullptr.
    [[nodiscard]] const Container *networkParent(const QString &id) const;
    /// Containers sharing @p id's network namespace, sorted by name.
    [[nodiscard]] QList<const Container *> dependants(const QString &id) const;
    /// "Restart qbittorrent and sabnzbd after gluetun"; empty when @p id has no dependants.
    [[nodiscard]] QString dependantRestartText(const QString &id) const;
    /// Why restarting @p id alone will not help (its network parent is down or unhealthy); empty if fine.
    [[nodiscard]] QString parentProblem(const QString &id) const;

    /// "Restart sonarr", "Stop all of media"… (translated).
    [[nodiscard]] static QString actionText(Action action, const QString &name);
    /// The Engine API verb of @p action ("restart").
    [[nodiscard]] static QString actionVerb(Action action);

    /// Runs @p action once on container @p id; logged; busy while running; re-reads afterwards.
    QFuture<Result<void>> perform(Action action, const QString &id);
    /// Restarts @p parentId, waits until it is running and healthy (if it has a healthcheck), then
    /// restarts its dependants one after another, in name order. Stops at the first failure.
    QFuture<Result<void>> restartWithDependants(const QString &parentId);

    /// Applies one event (public for tests and benchmarks).
    void applyEvent(const DockerEvent &event);
    /// Replaces the list as a resync would (public for tests and benchmarks); keeps inspect facts and
    /// stats of containers that stay.
    void applyList(QList<Container> list);

Q_SIGNALS:
    void statusChanged();
    /// setClient() moved the store to another host.
    void clientChanged();
    void liveChanged(bool live);
    void aboutToReset();
    void reset();
    void containersChanged(const QStringList &ids);
    /// An event was applied to the data (for latency measurements).
    void eventApplied(const KryNet::Docker::DockerEvent &event);

private:
    using Step = std::function<void(Result<void>)>;

    void setStatus(Status status);
    void resync();
    [[nodiscard]] DockerRequest listRequest(const QUrlQuery &query) const;
    void inspect(const QString &id, DockerRequest::Priority priority = DockerRequest::Priority::Background);
    void applyInspect(const Container &container);
    void connectEvents();
    void onEventsEnded(const std::optional<Error> &error);
    void applyResync(Result<QList<Container>> list, quint64 seqAtStart, quint64 generation, bool inspectAll);
    void pollStats();
    void pollStatsOf(const QString &id);
    void markChanged(const QString &id);
    void flushChanged();
    void rebuildIndex();
    void scheduleResync(std::chrono::milliseconds delay);
    void restartTimer();
    void waitHealthy(const QString &id, QDateTime deadline, Step done);
    void restartChain(QStringList ids, Step done);

    DockerClient *m_client;
    QPointer<ActionLog> m_actions;
    QString m_profile;
    Options m_options;
    Status m_status = Status::Idle;
    Error m_lastError;
    QDateTime m_updatedAt;
    bool m_started = false;
    bool m_visible = true;
    bool m_statsEnabled = false;
    bool m_live = false;
    bool m_eventsMissed = false; ///< the event stream broke since the last list: the next one inspects everything
    bool m_resyncRunning = false;
    bool m_resyncAgain = false;
    SameTurn m_resyncTurn;    ///< marked while the running list was asked for in this event-loop turn
    quint64 m_generation = 0; ///< +1 per setClient(): answers of an older one are dropped

    QList<Container> m_containers;
    QHash<QString, int> m_index;
    QHash<QString, QString> m_busy;
    struct History
    {
        QList<double> cpu;
        QList<double> memory;
    };
    QHash<QString, History> m_history;
    QHash<QString, quint64> m_lastEventSeq; ///< per id: sequence number of its last event
    quint64 m_eventSeq = 0;
    QSet<QString> m_inspecting;
    QSet<QString> m_statsInFlight;

    QPointer<DockerStream> m_events;
    EventSplitter m_splitter;
    std::chrono::milliseconds m_reconnectDelay{0};
    QTimer m_resyncTimer;
    QTimer m_reconnectTimer;
    QTimer m_statsTimer;
    QTimer m_soonTimer; ///< debounced resync after create/destroy
    QStringList m_changed;
    bool m_flushQueued = false;
};

} // namespace KryNet::Docker
