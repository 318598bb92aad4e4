#include "core/docker/containerstore.h"

#include <algorithm>

#include <QPromise>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/docker/dockerclient.h"
#include "core/lab/actionlog.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace KryNet::Docker
{

namespace
{

using Priority = DockerRequest::Priority;

QFuture<Result<void>> finished(const std::shared_ptr<QPromise<Result<void>>> &promise, const Result<void> &result)
{
    promise->addResult(result);
    promise->finish();
    return promise->future();
}

QString joinNames(const QStringList &names)
{
    if (names.size() <= 1)
        return names.value(0);
    return ContainerStore::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
}

} // namespace

ContainerStore::ContainerStore(DockerClient *client, ActionLog *actions, QString profileName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_actions(actions)
    , m_profile(std::move(profileName))
{
    qRegisterMetaType<DockerEvent>();
    m_resyncTimer.setSingleShot(true);
    connect(&m_resyncTimer, &QTimer::timeout, this, &ContainerStore::resync);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ContainerStore::connectEvents);
    connect(&m_statsTimer, &QTimer::timeout, this, &ContainerStore::pollStats);
    m_soonTimer.setSingleShot(true);
    connect(&m_soonTimer, &QTimer::timeout, this, &ContainerStore::resync);
}

ContainerStore::~ContainerStore()
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
}

void ContainerStore::setOptions(const Options &options)
{
    m_options = options;
    m_statsTimer.setInterval(m_options.statsInterval);
}

void ContainerStore::start()
{
    if (m_started)
        return;
    m_started = true;
    setStatus(Status::Loading);
    m_statsTimer.setInterval(m_options.statsInterval);
    resync();
    if (m_client->canStream())
        connectEvents();
}

void ContainerStore::refresh()
{
    if (!m_started) {
        start();
        return;
    }
    resync();
    if (m_client->canStream() && !m_events && !m_reconnectTimer.isActive())
        connectEvents();
}

void ContainerStore::setClient(DockerClient *client)
{
    if (!client || client == m_client)
        return;
    // Everything of the old host goes: its event stream, its containers, answers still on the way
    // (m_generation makes them be ignored). Running actions finish on the old client (it is retired by
    // its owner), log their outcome and resolve their futures; nothing is re-sent.
    ++m_generation;
    if (m_events) {
        disconnect(m_events, nullptr, this, nullptr);
        m_events->cancel();
        m_events = nullptr;
    }
    m_reconnectTimer.stop();
    m_soonTimer.stop();
    m_resyncTimer.stop();
    m_reconnectDelay = std::chrono::milliseconds(0);
    m_resyncRunning = false;
    m_resyncAgain = false;
    m_inspecting.clear();
    m_statsInFlight.clear();
    m_lastEventSeq.clear();
    m_changed.clear();
    m_splitter = EventSplitter();
    Q_EMIT aboutToReset();
    m_containers.clear();
    m_index.clear();
    m_busy.clear();
    m_history.clear();
    Q_EMIT reset();
    m_client = client;
    m_lastError = Error();
    m_updatedAt = {};
    if (m_live) {
        m_live = false;
        Q_EMIT liveChanged(false);
    }
    Q_EMIT clientChanged();
    if (!m_started)
        return;
    setStatus(Status::Loading);
    resync();
    if (m_client->canStream())
        connectEvents();
}

void ContainerStore::setVisible(bool visible)
{
    m_visible = visible;
    restartTimer();
    setStatsEnabled(m_statsEnabled);
}

void ContainerStore::setStatsEnabled(bool enabled)
{
    m_statsEnabled = enabled;
    if (enabled && m_visible && m_started) {
        if (!m_statsTimer.isActive()) {
            m_statsTimer.start();
            pollStats();
        }
    } else {
        m_statsTimer.stop();
    }
}

void ContainerStore::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

const Container *ContainerStore::find(const QString &idOrName) const
{
    const int i = m_index.value(idOrName, -1);
    if (i >= 0)
        return &m_containers.at(i);
    for (const Container &c : m_containers) {
        if (c.name == idOrName || (idOrName.size() >= 12 && c.id.startsWith(idOrName)))
            return &c;
    }
    return nullptr;
}

void ContainerStore::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_containers.size());
    for (int i = 0; i < m_containers.size(); ++i)
        m_index.insert(m_containers.at(i).id, i);
}

void ContainerStore::restartTimer()
{
    if (!m_started)
        return;
    std::chrono::milliseconds interval = m_visible ? m_options.resyncInterval : m_options.hiddenResyncInterval;
    if (!m_client->canStream())
        interval = m_visible ? m_options.pollInterval : m_options.hiddenResyncInterval;
    m_resyncTimer.start(interval);
}

void ContainerStore::scheduleResync(std::chrono::milliseconds delay)
{
    if (!m_soonTimer.isActive())
        m_soonTimer.start(delay);
}

// ---- resync ----------------------------------------------------------------------------------------

DockerRequest ContainerStore::listRequest(const QUrlQuery &query) const
{
    // The list is what the panel shows first: ahead of every inspect and stats call.
    DockerRequest request = DockerRequest::get(u"/containers/json"_s, query).withPriority(Priority::Interactive);
    request.timeout = m_options.readTimeout;
    return request;
}

void ContainerStore::resync()
{
    if (m_resyncRunning) {
        // A list asked for in this same event-loop turn (F5 on the panel and the Overview at once) has
        // not even been sent: its answer is as fresh as a second one would be.
        if (!m_resyncTurn.isMarked())
            m_resyncAgain = true;
        return;
    }
    m_resyncRunning = true;
    m_resyncTurn.mark(this);
    // With the event stream live since the last list, every change came with an event (and its own
    // inspect): this list then inspects only what it shows new or changed. Otherwise everything.
    const bool inspectAll = !m_live || std::exchange(m_eventsMissed, false);
    const quint64 seqAtStart = m_eventSeq;
    const quint64 generation = m_generation;
    QUrlQuery query;
    query.addQueryItem(u"all"_s, u"true"_s);
    whenDone(m_client->request(listRequest(query)), this,
             [this, seqAtStart, generation, inspectAll](const Result<DockerResponse> &answer) {
                 if (generation != m_generation)
                     return; // an answer from the environment shown before
                 // Parsed on a worker thread: with 1,000 containers the list is megabytes of JSON, tens of
                 // milliseconds of GUI-thread stall when parsed here (performance.md § Scale scenarios).
                 const QByteArray body = answer ? answer->body : QByteArray();
                 const Error error = answer ? Error() : answer.error();
                 whenDone(QtConcurrent::run([body, error, ok = bool(answer)] {
                              return ok ? Parsers::containerList(body) : Result<QList<Container>>(error);
                          }),
                          this, [this, seqAtStart, generation, inspectAll](const Result<QList<Container>> &parsed) {
                              applyResync(parsed, seqAtStart, generation, inspectAll);
                          });
             });
}

void ContainerStore::applyResync(Result<QList<Container>> list, quint64 seqAtStart, quint64 generation, bool inspectAll)
{
    if (generation != m_generation)
        return; // an answer from the environment shown before
    m_resyncRunning = false;
    if (!list) {
        m_lastError = list.error();
        qCWarning(lcCore) << "container list failed:" << list.error().toString();
        setStatus(m_containers.isEmpty() && m_status != Status::Ready ? Status::Failed : Status::Ready);
        Q_EMIT statusChanged(); // lastError changed
    } else {
        m_lastError = Error();
        // Containers with events newer than this list keep their event-derived state.
        for (Container &c : *list) {
            if (m_lastEventSeq.value(c.id) > seqAtStart) {
                if (const Container *old = find(c.id)) {
                    c.state = old->state;
                    c.health = old->health;
                }
            }
        }
        QStringList toInspect;
        for (const Container &c : std::as_const(*list)) {
            const int old = m_index.value(c.id, -1);
            const Container *prev = old >= 0 ? &m_containers.at(old) : nullptr;
            if (inspectAll || !prev || !prev->inspected || prev->state != c.state ||
                (c.health != HealthStatus::None && prev->health != c.health))
                toInspect.append(c.id);
        }
        applyList(std::move(*list));
        m_updatedAt = QDateTime::currentDateTimeUtc();
        setStatus(Status::Ready);
        Q_EMIT statusChanged();
        for (const QString &id : std::as_const(toInspect))
            inspect(id);
    }
    restartTimer();
    if (std::exchange(m_resyncAgain, false))
        resync();
}

QFuture<Result<void>> ContainerStore::load()
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    setStatus(Status::Loading);
    QUrlQuery query;
    query.addQueryItem(u"all"_s, u"true"_s);
    whenDone(m_client->request(listRequest(query)), this, [this, promise](const Result<DockerResponse> &answer) {
        auto list = answer ? Parsers::containerList(answer->body) : Result<QList<Container>>(answer.error());
        if (!list) {
            m_lastError = list.error();
            setStatus(Status::Failed);
            finished(promise, list.error());
            return;
        }
        m_lastError = Error();
        applyList(std::move(*list));
        m_updatedAt = QDateTime::currentDateTimeUtc();
        setStatus(Status::Ready);
        auto left = std::make_shared<qsizetype>(m_containers.size());
        if (*left == 0) {
            finished(promise, {});
            return;
        }
        for (const Container &c : std::as_const(m_containers)) {
            const QString id = c.id;
            whenDone(m_client->request(DockerRequest::get(DockerClient::containerPath(id, u"/json"_s))), this,
                     [this, id, left, promise](const Result<DockerResponse> &r) {
                         if (const Container *known = r ? find(id) : nullptr) {
                             if (auto parsed = Parsers::inspect(r->body, *known))
                                 applyInspect(*parsed);
                         }
                         if (--*left == 0)
                             finished(promise, {});
                     });
        }
    });
    return future;
}

void ContainerStore::applyList(QList<Container> list)
{
    bool sameSet = list.size() == m_containers.size();
    for (int i = 0; sameSet && i < list.size(); ++i)
        sameSet = list.at(i).id == m_containers.at(i).id;
    for (Container &c : list) {
        const int old = m_index.value(c.id, -1);
        if (old < 0)
            continue;
        const Container &prev = m_containers.at(old);
        // The list lacks inspect facts (and on podman even NetworkMode): keep them until re-inspected.
        if (prev.inspected) {
            c.inspected = true;
            c.startedAt = prev.startedAt;
            c.finishedAt = prev.finishedAt;
            c.restartCount = prev.restartCount;
            c.restartPolicy = prev.restartPolicy;
            c.exitCode = prev.exitCode;
            c.oomKilled = prev.oomKilled;
            c.tty = prev.tty;
            c.failingStreak = prev.failingStreak;
            c.lastHealthOutput = prev.lastHealthOutput;
            if (c.networkMode.isEmpty())
                c.networkMode = prev.networkMode;
            if (c.health == HealthStatus::None)
                c.health = prev.health;
        }
        c.stats = prev.stats;
    }
    if (sameSet) {
        m_containers = std::move(list);
        QStringList ids;
        ids.reserve(m_containers.size());
        for (const Container &c : std::as_const(m_containers))
            ids.append(c.id);
        Q_EMIT containersChanged(ids);
        return;
    }
    Q_EMIT aboutToReset();
    m_containers = std::move(list);
    rebuildIndex();
    for (auto it = m_busy.begin(); it != m_busy.end();)
        it = m_index.contains(it.key()) ? std::next(it) : m_busy.erase(it);
    for (auto it = m_history.begin(); it != m_history.end();)
        it = m_index.contains(it.key()) ? std::next(it) : m_history.erase(it);
    Q_EMIT reset();
}

void ContainerStore::inspect(const QString &id, DockerRequest::Priority priority)
{
    if (m_inspecting.contains(id))
        return;
    const QString path = DockerClient::containerPath(id, u"/json"_s);
    if (path.isEmpty())
        return;
    m_inspecting.insert(id);
    const quint64 seqAtStart = m_eventSeq;
    const quint64 generation = m_generation;
    // Background: the list (and an event) already show the container; inspect only fills in facts.
    DockerRequest request = DockerRequest::get(path).withPriority(priority);
    request.timeout = m_options.readTimeout;
    whenDone(m_client->request(request), this, [this, id, seqAtStart, generation](const Result<DockerResponse> &r) {
        if (generation != m_generation)
            return;
        m_inspecting.remove(id);
        const int i = m_index.value(id, -1);
        if (i < 0)
            return;
        if (!r) {
            if (r.error().httpStatus() == 404)
                scheduleResync(100ms); // removed meanwhile
            return;
        }
        auto parsed = Parsers::inspect(r->body, m_containers.at(i));
        if (!parsed)
            return;
        if (m_lastEventSeq.value(id) > seqAtStart) {
            inspect(id); // an event overtook this answer: read again
            return;
        }
        applyInspect(*parsed);
    });
}

void ContainerStore::applyInspect(const Container &container)
{
    const int i = m_index.value(container.id, -1);
    if (i < 0)
        return;
    m_containers[i] = container;
    markChanged(container.id);
}

void ContainerStore::markChanged(const QString &id)
{
    if (!m_changed.contains(id))
        m_changed.append(id);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &ContainerStore::flushChanged);
    }
}

void ContainerStore::flushChanged()
{
    m_flushQueued = false;
    const QStringList ids = std::exchange(m_changed, {});
    if (!ids.isEmpty())
        Q_EMIT containersChanged(ids);
}

// ---- events ----------------------------------------------------------------------------------------

void ContainerStore::connectEvents()
{
    if (m_events)
        return;
    QUrlQuery query;
    query.addQueryItem(u"filters"_s, u"{\"type\":[\"container\"]}"_s);
    m_events = m_client->stream(DockerRequest::get(u"/events"_s, query), this);
    if (!m_events)
        return;
    m_splitter = EventSplitter();
    connect(m_events, &DockerStream::established, this, [this] {
        const bool reconnected = m_reconnectDelay.count() > 0;
        m_reconnectDelay = 0ms;
        m_live = true;
        Q_EMIT liveChanged(true);
        if (reconnected)
            resync(); // heal what happened while the stream was down
    });
    connect(m_events, &DockerStream::bodyData, this, [this](const QByteArray &data) {
        for (const QByteArray &message : m_splitter.feed(data)) {
            if (auto event = Parsers::event(message))
                applyEvent(*event);
        }
    });
    connect(m_events, &DockerStream::finished, this, [this] { onEventsEnded(std::nullopt); });
    connect(m_events, &DockerStream::failed, this, [this](const Error &e) { onEventsEnded(e); });
}

void ContainerStore::onEventsEnded(const std::optional<Error> &error)
{
    m_events = nullptr;
    m_eventsMissed = true;
    if (m_live) {
        m_live = false;
        Q_EMIT liveChanged(false);
    }
    if (error)
        qCInfo(lcCore) << "Docker event stream ended:" << error->toString();
    // Exponential backoff with ±25 % jitter; the established stream resets it.
    m_reconnectDelay = m_reconnectDelay.count() == 0 ? m_options.reconnectInitialDelay
                                                     : std::min(m_reconnectDelay * 2, m_options.reconnectMaxDelay);
    const double jitter = 0.75 + QRandomGenerator::global()->bounded(0.5);
    m_reconnectTimer.start(std::chrono::milliseconds(qint64(double(m_reconnectDelay.count()) * jitter)));
}

void ContainerStore::applyEvent(const DockerEvent &event)
{
    if (event.type != u"container"_s)
        return;
    const QString action = event.baseAction();
    if (action.startsWith(u"exec_"_s))
        return;
    const int i = m_index.value(event.actorId, -1);
    if (action == u"create"_s || action == u"destroy"_s || action == u"rename"_s || i < 0) {
        if (action == u"destroy"_s && i >= 0) {
            Q_EMIT aboutToReset();
            m_containers.removeAt(i);
            m_busy.remove(event.actorId);
            rebuildIndex();
            Q_EMIT reset();
        }
        scheduleResync(100ms);
        Q_EMIT eventApplied(event);
        return;
    }
    Container &c = m_containers[i];
    m_lastEventSeq.insert(c.id, ++m_eventSeq);
    bool reinspect = true;
    if (action == u"start"_s || action == u"unpause"_s || action == u"restart"_s) {
        c.state = ContainerState::Running;
        if (action == u"start"_s)
            c.startedAt = QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, Qt::UTC);
    } else if (action == u"die"_s) {
        c.state = ContainerState::Exited;
        c.exitCode = event.attributes.value(u"exitCode"_s).toInt();
        c.finishedAt = QDateTime::fromMSecsSinceEpoch(event.timeNano / 1000000, Qt::UTC);
        c.stats.reset();
    } else if (action == u"pause"_s) {
        c.state = ContainerState::Paused;
    } else if (action == u"oom"_s) {
        c.oomKilled = true;
    } else if (auto health = event.healthStatus()) {
        c.health = *health;
    } else if (action != u"health_status"_s && action != u"stop"_s && action != u"kill"_s) {
        reinspect = false; // attach, commit, top, cleanup, init…: nothing the panel shows
    }
    if (!reinspect)
        return;
    // Applied and announced now (≤ 300 ms budget); the inspect that follows completes the picture.
    Q_EMIT containersChanged({c.id});
    Q_EMIT eventApplied(event);
    inspect(c.id);
}

// ---- stats -----------------------------------------------------------------------------------------

void ContainerStore::pollStats()
{
    if (!m_visible || !m_statsEnabled)
        return;
    for (const Container &c : std::as_const(m_containers)) {
        if (c.isRunning())
            pollStatsOf(c.id);
    }
}

void ContainerStore::pollStatsOf(const QString &id)
{
    if (m_statsInFlight.contains(id))
        return; // the last sample is still on its way (a slow link): no pile-up behind it
    m_statsInFlight.insert(id);
    QUrlQuery query;
    query.addQueryItem(u"stream"_s, u"false"_s);
    query.addQueryItem(u"one-shot"_s, u"true"_s);
    const quint64 generation = m_generation;
    DockerRequest request =
        DockerRequest::get(DockerClient::containerPath(id, u"/stats"_s), query).withPriority(Priority::Background);
    // Polls still queued when the panel is left are dropped: they would hold the background slots (and,
    // over a slow link, the inspects of the next list) for seconds, for figures nobody sees.
    request.wanted = [self = QPointer<ContainerStore>(this)] {
        return self && self->m_statsEnabled && self->m_visible;
    };
    whenDone(m_client->request(request), this, [this, id, generation](const Result<DockerResponse> &r) {
        if (generation != m_generation)
            return;
        m_statsInFlight.remove(id);
        const int i = m_index.value(id, -1);
        if (!r || i < 0)
            return;
        const auto &previous = m_containers.at(i).stats;
        const bool first = !previous;
        auto sample = Parsers::stats(r->body, previous ? &*previous : nullptr);
        if (!sample)
            return;
        if (!sample->cpuPercent && previous && previous->cpuPercent)
            sample->cpuPercent = previous->cpuPercent; // keep showing the last value until the next delta
        m_containers[i].stats = *sample;
        History &history = m_history[id];
        if (sample->cpuPercent)
            history.cpu.append(*sample->cpuPercent);
        history.memory.append(double(sample->memoryWorkingSet));
        while (history.cpu.size() > historySize)
            history.cpu.removeFirst();
        while (history.memory.size() > historySize)
            history.memory.removeFirst();
        markChanged(id);
        // One-shot samples carry no CPU baseline: the first CPU % needs a second sample. Take it
        // soon rather than a whole statsInterval later, so the CPU column fills within a second.
        if (first && !sample->cpuPercent && m_statsEnabled && m_visible)
            QTimer::singleShot(std::min(m_options.statsInterval, m_options.firstCpuDelay), this, [this, id] {
                if (m_statsEnabled && m_visible && m_index.contains(id))
                    pollStatsOf(id);
            });
    });
}

// ---- dependencies ----------------------------------------------------------------------------------

const Container *ContainerStore::networkParent(const QString &id) const
{
    const Container *c = find(id);
    if (!c)
        return nullptr;
    const QString parent = c->networkParent();
    return parent.isEmpty() ? nullptr : find(parent);
}

QList<const Container *> ContainerStore::dependants(const QString &id) const
{
    QList<const Container *> out;
    const Container *parent = find(id);
    if (!parent)
        return out;
    for (const Container &c : m_containers) {
        const QString p = c.networkParent();
        if (!p.isEmpty() && (p == parent->id || p == parent->name || (p.size() >= 12 && parent->id.startsWith(p))))
            out.append(&c);
    }
    std::sort(out.begin(), out.end(), [](const Container *a, const Container *b) { return a->name < b->name; });
    return out;
}

QString ContainerStore::dependantRestartText(const QString &id) const
{
    const Container *parent = find(id);
    const auto deps = dependants(id);
    if (!parent || deps.isEmpty())
        return {};
    QStringList names;
    for (const Container *c : deps)
        names.append(DisplayText::name(c->name));
    return tr("Restart %1 after %2").arg(joinNames(names), DisplayText::name(parent->name));
}

QString ContainerStore::parentProblem(const QString &id) const
{
    const Container *c = find(id);
    const Container *parent = networkParent(id);
    if (!c || !parent)
        return {};
    if (parent->isRunning() && parent->health != HealthStatus::Unhealthy)
        return {};
    const QString how =
        parent->isRunning() ? Container::healthText(parent->health) : Container::stateText(parent->state);
    return tr("%1 uses the network of %2, which is %3. Restarting %1 alone will not bring it back; restart %2 and "
              "its dependants instead.")
        .arg(DisplayText::name(c->name), DisplayText::name(parent->name), how);
}

// ---- actions ---------------------------------------------------------------------------------------

QString ContainerStore::actionVerb(Action action)
{
    switch (action) {
    case Action::Start:
        return u"start"_s;
    case Action::Stop:
        return u"stop"_s;
    case Action::Restart:
        return u"restart"_s;
    case Action::Pause:
        return u"pause"_s;
    case Action::Unpause:
        return u"unpause"_s;
    }
    return {};
}

QString ContainerStore::actionText(Action action, const QString &name)
{
    switch (action) {
    case Action::Start:
        return tr("Start %1").arg(DisplayText::name(name));
    case Action::Stop:
        return tr("Stop %1").arg(DisplayText::name(name));
    case Action::Restart:
        return tr("Restart %1").arg(DisplayText::name(name));
    case Action::Pause:
        return tr("Pause %1").arg(DisplayText::name(name));
    case Action::Unpause:
        return tr("Resume %1").arg(DisplayText::name(name));
    }
    return {};
}

QFuture<Result<void>> ContainerStore::perform(Action action, const QString &idOrName)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    const Container *c = find(idOrName);
    if (!c)
        return finished(promise,
                        Error(Error::Code::Config, tr("There is no container %1 on this host.").arg(idOrName)));
    const QString id = c->id;
    const QString name = c->name;
    if (m_busy.contains(id))
        return finished(promise, Error(Error::Code::Config, tr("%1 is busy: %2").arg(name, m_busy.value(id))));
    const QString path = DockerClient::containerPath(id, u"/"_s + actionVerb(action));
    const QString text = actionText(action, name);
    const quint64 logId = m_actions ? m_actions->begin(m_profile, tr("container %1").arg(name), text) : 0;
    m_busy.insert(id, text + u"…"_s);
    Q_EMIT containersChanged({id});
    DockerRequest request = DockerRequest::post(path);
    request.timeout = m_options.actionTimeout;
    request.priority = Priority::Interactive; // a user waits for it
    const quint64 generation = m_generation;
    QFuture<Result<void>> future = promise->future();
    whenDone(m_client->request(request), this,
             [this, promise, id, logId, action, generation](const Result<DockerResponse> &r) {
                 m_busy.remove(id);
                 if (r) {
                     if (m_actions)
                         m_actions->succeed(logId,
                                            r->status == 304 ? tr("It was already in that state.") : tr("Done."));
                     // Reflect the expected state at once; inspect confirms it.
                     if (const int i = m_index.value(id, -1); i >= 0 && generation == m_generation) {
                         if (action == Action::Stop)
                             m_containers[i].state = ContainerState::Exited;
                         else if (action == Action::Pause)
                             m_containers[i].state = ContainerState::Paused;
                         else
                             m_containers[i].state = ContainerState::Running;
                     }
                 } else if (m_actions) {
                     m_actions->fail(logId, r.error());
                 }
                 if (generation == m_generation) {
                     Q_EMIT containersChanged({id});
                     inspect(id, Priority::Normal); // re-read, whatever happened: never retried
                 }
                 promise->addResult(r ? Result<void>() : Result<void>(r.error()));
                 promise->finish();
             });
    return future;
}

void ContainerStore::waitHealthy(const QString &id, QDateTime deadline, Step done)
{
    const QString path = DockerClient::containerPath(id, u"/json"_s);
    whenDone(
        m_client->request(DockerRequest::get(path)), this, [this, id, deadline, done](const Result<DockerResponse> &r) {
            const Container *c = find(id);
            if (!c)
                return done(Error(Error::Code::Remote, tr("The container disappeared while KryNet waited for it.")));
            if (r) {
                if (auto parsed = Parsers::inspect(r->body, *c)) {
                    applyInspect(*parsed);
                    c = find(id);
                    const bool up = c->isRunning();
                    if (up && (c->health == HealthStatus::None || c->health == HealthStatus::Healthy))
                        return done({});
                    if (c->state == ContainerState::Exited || c->state == ContainerState::Dead)
                        return done(
                            Error(Error::Code::Remote,
                                  tr("%1 stopped after the restart (exit code %2).").arg(c->name).arg(c->exitCode)));
                }
            }
            if (QDateTime::currentDateTimeUtc() >= deadline)
                return done(Error(Error::Code::Timeout, tr("%1 did not become healthy within %2 s.")
                                                            .arg(c->name)
                                                            .arg(m_options.healthWait.count() / 1000)));
            QTimer::singleShot(m_options.healthPoll, this,
                               [this, id, deadline, done] { waitHealthy(id, deadline, done); });
        });
}

void ContainerStore::restartChain(QStringList ids, Step done)
{
    if (ids.isEmpty())
        return done({});
    const QString next = ids.takeFirst();
    whenDone(perform(Action::Restart, next), this, [this, ids, done](const Result<void> &r) {
        if (!r)
            return done(r);
        restartChain(ids, done);
    });
}

QFuture<Result<void>> ContainerStore::restartWithDependants(const QString &parentId)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    const Container *parent = find(parentId);
    if (!parent)
        return finished(promise,
                        Error(Error::Code::Config, tr("There is no container %1 on this host.").arg(parentId)));
    const QString id = parent->id;
    const QString name = parent->name;
    QStringList ids;
    QStringList names;
    for (const Container *c : dependants(id)) {
        ids.append(c->id);
        names.append(c->name);
    }
    const quint64 logId =
        m_actions ? m_actions->begin(m_profile, tr("container %1").arg(name),
                                     names.isEmpty() ? actionText(Action::Restart, name) : dependantRestartText(id))
                  : 0;
    QFuture<Result<void>> future = promise->future();
    auto finish = [this, promise, logId](const Result<void> &r) {
        if (m_actions) {
            if (r)
                m_actions->succeed(logId, tr("Done."));
            else
                m_actions->fail(logId, r.error());
        }
        promise->addResult(r);
        promise->finish();
    };
    whenDone(perform(Action::Restart, id), this, [this, id, ids, names, name, finish](const Result<void> &r) {
        if (!r)
            return finish(r);
        if (ids.isEmpty())
            return finish({});
        m_busy.insert(id, tr("Waiting until %1 is healthy…").arg(name));
        for (const QString &d : ids)
            m_busy.insert(d, tr("Waits for %1…").arg(name));
        Q_EMIT containersChanged(QStringList(ids) << id);
        const QDateTime deadline = QDateTime::currentDateTimeUtc().addMSecs(m_options.healthWait.count());
        waitHealthy(id, deadline, [this, id, ids, names, name, finish](const Result<void> &healthy) {
            m_busy.remove(id);
            for (const QString &d : ids)
                m_busy.remove(d);
            Q_EMIT containersChanged(QStringList(ids) << id);
            if (!healthy)
                return finish(Error(healthy.error().code(),
                                    tr("%1 Not restarted: %2.").arg(healthy.error().message(), joinNames(names)),
                                    healthy.error().detail()));
            restartChain(ids, finish);
        });
    });
    return future;
}

} // namespace KryNet::Docker
