#include "core/zfs/poolstore.h"

#include <memory>

#include <QLoggingCategory>
#include <QPromise>
#include <QRegularExpression>

#include "core/common/futurewatch.h"
#include "core/lab/actionlog.h"
#include "core/ssh/sshconnection.h"
#include "core/zfs/parsers.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace KryNet::Zfs
{

Q_LOGGING_CATEGORY(lcZfs, "krynet.zfs")

namespace
{

constexpr auto SmartPeriodSecs = 30 * 60;
// SMART answers arriving within this time of the last published batch are published with the next one.
constexpr qint64 SmartPublishMs = 250;

QStringList listColumns(Capabilities::Generation g)
{
    if (g == Capabilities::Generation::Legacy)
        return {u"name"_s, u"size"_s, u"allocated"_s, u"free"_s, u"capacity"_s, u"dedupratio"_s, u"health"_s};
    return {u"name"_s,          u"size"_s,     u"allocated"_s,  u"free"_s,
            u"fragmentation"_s, u"capacity"_s, u"dedupratio"_s, u"health"_s};
}

Error remoteError(const Ssh::CommandResult &r, const QString &program)
{
    return r.toError(program);
}

} // namespace

/// The outputs of one refresh, filled in as the commands return.
struct PoolStore::Batch
{
    int pending = 0;
    std::optional<Error> error;
    QHash<QString, Ssh::CommandResult> results;
};

PoolStore::PoolStore(Ssh::SshConnection *connection, ActionLog *actions, QString profileName, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_actions(actions)
    , m_profileName(std::move(profileName))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() { (void)refresh(); });
    if (m_connection) {
        // A new connection may be a different host (or a reinstalled one): detect again.
        connect(m_connection, &Ssh::SshConnection::stateChanged, this, [this](Ssh::SshConnection::State s) {
            if (s == Ssh::SshConnection::State::Connecting) {
                m_caps.reset();
                m_detecting.reset();
            }
        });
    }
}

PoolStore::~PoolStore()
{
    for (const auto &waiter : m_waiters + m_smartWaiters) {
        waiter->addResult(Error(Error::Code::Cancelled, tr("The pool view was closed.")));
        waiter->finish();
    }
}

const Pool *PoolStore::pool(const QString &name) const
{
    for (const Pool &p : m_pools) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const SmartInfo *PoolStore::smartFor(const Vdev &leaf) const
{
    QStringList keys{leaf.path, leaf.name, u"/dev/"_s + leaf.name};
    const QString disk = m_deviceToDisk.value(leaf.name, m_deviceToDisk.value(leaf.path));
    if (!disk.isEmpty())
        keys.prepend(u"/dev/"_s + disk);
    for (const QString &key : std::as_const(keys)) {
        const auto it = m_smart.constFind(key);
        if (it != m_smart.constEnd())
            return &*it;
    }
    return nullptr;
}

std::chrono::milliseconds PoolStore::refreshPeriod() const
{
    for (const Pool &p : m_pools) {
        if (p.scan.isRunning())
            return m_scanInterval;
    }
    return m_normalInterval;
}

void PoolStore::setIntervals(std::chrono::milliseconds normal, std::chrono::milliseconds scanning)
{
    m_normalInterval = normal;
    m_scanInterval = scanning;
}

void PoolStore::start()
{
    m_running = true;
    (void)refresh();
}

void PoolStore::stop()
{
    m_running = false;
    m_timer.stop();
}

void PoolStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Ssh::RemoteCommand PoolStore::command(QStringList argv, bool privileged) const
{
    Ssh::RemoteCommand c(std::move(argv));
    if (privileged && m_caps && !m_caps->root && m_caps->sudo)
        c = c.withSudo();
    return c.withTimeout(m_commandTimeout);
}

QFuture<Result<Capabilities>> PoolStore::detect()
{
    if (m_caps)
        return QtFuture::makeReadyFuture(Result<Capabilities>(*m_caps));
    if (m_detecting)
        return *m_detecting;
    if (!m_connection)
        return QtFuture::makeReadyFuture(
            Result<Capabilities>(Error(Error::Code::Config, tr("There is no SSH connection to read pools from."))));
    auto promise = std::make_shared<QPromise<Result<Capabilities>>>();
    promise->start();
    m_detecting = promise->future();
    auto batch = std::make_shared<Batch>();
    const QList<QPair<QString, QStringList>> probes{
        {u"version"_s, {u"zpool"_s, u"version"_s}},
        {u"tools"_s, {u"command"_s, u"-v"_s, u"midclt"_s, u"smartctl"_s}},
        {u"id"_s, {u"id"_s, u"-u"_s}},
        {u"tz"_s, {u"date"_s, u"+%z"_s}},
    };
    batch->pending = int(probes.size());
    const auto done = [this, batch, promise]() {
        m_detecting.reset();
        const Ssh::CommandResult version = batch->results.value(u"version"_s);
        if (batch->error && !batch->results.contains(u"version"_s)) {
            promise->addResult(*batch->error);
            promise->finish();
            return;
        }
        Capabilities caps;
        const QString v = QString::fromUtf8(version.stdOut).trimmed();
        static const QRegularExpression ver(u"zfs-(?:kmod-)?(\\d+)\\.(\\d+)"_s);
        if (version.succeeded() && ver.match(v).hasMatch()) {
            const auto m = ver.match(v);
            caps.zfsVersion = v.section(u'\n', 0, 0);
            const int major = m.captured(1).toInt();
            const int minor = m.captured(2).toInt();
            caps.generation = (major > 2 || (major == 2 && minor >= 3)) ? Capabilities::Generation::Json
                                                                        : Capabilities::Generation::Text;
        } else if (version.succeeded()) {
            caps.zfsVersion = v.section(u'\n', 0, 0);
            caps.generation = Capabilities::Generation::Text;
        }
        const QString tools = QString::fromUtf8(batch->results.value(u"tools"_s).stdOut);
        caps.trueNas = tools.contains(u"midclt"_s);
        caps.smartctl = tools.contains(u"smartctl"_s);
        caps.root = QString::fromUtf8(batch->results.value(u"id"_s).stdOut).trimmed() == u"0"_s;
        const QString tz = QString::fromUtf8(batch->results.value(u"tz"_s).stdOut).trimmed();
        static const QRegularExpression offset(u"^([+-])(\\d{2})(\\d{2})$"_s);
        if (const auto m = offset.match(tz); m.hasMatch())
            caps.utcOffsetSeconds =
                (m.captured(1) == u"-"_s ? -1 : 1) * (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60);
        const auto finish = [this, promise](const Capabilities &c) {
            m_caps = c;
            qCInfo(lcZfs).noquote() << "pool host: zfs"
                                    << (c.zfsVersion.isEmpty() ? u"(zfs-fuse/legacy)"_s : c.zfsVersion) << "truenas"
                                    << c.trueNas << "smartctl" << c.smartctl << "root" << c.root;
            promise->addResult(c);
            promise->finish();
        };
        if (caps.root || !m_connection) {
            finish(caps);
            return;
        }
        whenDone(m_connection->run(Ssh::RemoteCommand({u"sudo"_s, u"-n"_s, u"true"_s}).withTimeout(15s)), this,
                 [caps, finish](const Result<Ssh::CommandResult> &r) mutable {
                     caps.sudo = r && r->succeeded();
                     finish(caps);
                 });
    };
    for (const auto &probe : probes) {
        const QString key = probe.first; // not a structured binding: clang < 16 cannot capture those
        whenDone(m_connection->run(Ssh::RemoteCommand(probe.second).withTimeout(30s)), this,
                 [batch, key, done](const Result<Ssh::CommandResult> &r) {
                     if (r)
                         batch->results.insert(key, *r);
                     else if (key == u"version"_s && r.error().exitCode() == 127)
                         batch->error = Error(Error::Code::Unsupported,
                                              tr("The server has no zpool command: is ZFS installed, and on the PATH "
                                                 "of non-interactive SSH sessions?"),
                                              r.error().detail());
                     else if (key == u"version"_s || !batch->error)
                         batch->error = r.error();
                     if (--batch->pending == 0)
                         done();
                 });
    }
    return *m_detecting;
}

QList<QPair<QString, QStringList>> PoolStore::readCommands(const Capabilities &caps)
{
    QList<QPair<QString, QStringList>> commands;
    switch (caps.generation) {
    case Capabilities::Generation::Json:
        commands << qMakePair(u"status"_s,
                              QStringList{u"zpool"_s, u"status"_s, u"-j"_s, u"--json-int"_s, u"-v"_s, u"-t"_s})
                 << qMakePair(u"list"_s, QStringList{u"zpool"_s, u"list"_s, u"-j"_s, u"--json-int"_s});
        break;
    case Capabilities::Generation::Text:
        commands << qMakePair(u"status"_s, QStringList{u"zpool"_s, u"status"_s, u"-v"_s, u"-p"_s, u"-t"_s})
                 << qMakePair(u"list"_s, QStringList{u"zpool"_s, u"list"_s, u"-Hp"_s, u"-o"_s,
                                                     listColumns(caps.generation).join(u',')});
        break;
    case Capabilities::Generation::Legacy:
        commands << qMakePair(u"status"_s, QStringList{u"zpool"_s, u"status"_s, u"-v"_s})
                 << qMakePair(u"list"_s, QStringList{u"zpool"_s, u"list"_s, u"-H"_s, u"-o"_s,
                                                     listColumns(caps.generation).join(u',')})
                 << qMakePair(u"space"_s,
                              QStringList{u"zfs"_s, u"get"_s, u"-Hp"_s, u"-d"_s, u"0"_s, u"used,available"_s});
        break;
    }
    if (caps.trueNas) {
        commands << qMakePair(u"poolquery"_s, QStringList{u"midclt"_s, u"call"_s, u"pool.query"_s})
                 << qMakePair(u"diskquery"_s, QStringList{u"midclt"_s, u"call"_s, u"disk.query"_s});
    }
    return commands;
}

QFuture<Result<void>> PoolStore::refresh()
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    m_waiters << promise;
    if (m_refreshing) {
        // Asked for again in the turn that started the running read (the Overview's Refresh and F5 on
        // the Pools panel): that read is not even sent yet, so it answers this call too.
        if (!m_refreshTurn.isMarked())
            m_refreshQueued = true;
        return promise->future();
    }
    runRefresh();
    return promise->future();
}

void PoolStore::runRefresh()
{
    m_timer.stop();
    m_refreshing = true;
    m_refreshQueued = false;
    m_refreshTurn.mark(this);
    Q_EMIT refreshingChanged(true);
    if (m_state == State::Idle || (m_state == State::Failed && m_pools.isEmpty()))
        setState(State::Loading);
    whenDone(detect(), this, [this](const Result<Capabilities> &caps) {
        auto batch = std::make_shared<Batch>();
        if (!caps) {
            batch->error = caps.error();
            finishRefresh(batch);
            return;
        }
        const QList<QPair<QString, QStringList>> commands = readCommands(*caps);
        batch->pending = int(commands.size());
        for (const auto &entry : std::as_const(commands)) {
            const QString key = entry.first; // not a structured binding: clang < 16 cannot capture those
            whenDone(m_connection->run(command(entry.second)), this,
                     [this, batch, key](const Result<Ssh::CommandResult> &r) {
                         if (r)
                             batch->results.insert(key, *r);
                         else if (!batch->error && (key == u"status"_s || key == u"list"_s))
                             batch->error = r.error();
                         if (--batch->pending == 0)
                             finishRefresh(batch);
                     });
        }
    });
}

void PoolStore::finishRefresh(const std::shared_ptr<Batch> &batch)
{
    const Capabilities caps = m_caps.value_or(Capabilities{});
    Result<QList<Pool>> parsed = QList<Pool>{};
    const Ssh::CommandResult status = batch->results.value(u"status"_s);
    if (batch->error) {
        parsed = *batch->error;
    } else if (!status.succeeded() && status.stdOut.trimmed().isEmpty()) {
        parsed = remoteError(status, u"zpool status"_s);
    } else {
        TextOptions options;
        options.utcOffsetSeconds = caps.utcOffsetSeconds;
        parsed = caps.generation == Capabilities::Generation::Json ? parseStatusJson(status.stdOut)
                                                                   : parseStatusText(status.stdOut, options);
    }
    if (parsed) {
        const Ssh::CommandResult list = batch->results.value(u"list"_s);
        if (list.succeeded()) {
            const auto entries = caps.generation == Capabilities::Generation::Json
                                     ? parseListJson(list.stdOut)
                                     : parseListText(list.stdOut, listColumns(caps.generation));
            if (entries)
                mergeList(*parsed, *entries);
            else
                qCWarning(lcZfs).noquote() << "zpool list:" << entries.error().detail();
        }
        if (const auto space = batch->results.constFind(u"space"_s);
            space != batch->results.constEnd() && space->succeeded()) {
            if (const auto s = parseZfsGet(space->stdOut))
                mergeSpace(*parsed, *s);
        }
        if (const auto pq = batch->results.constFind(u"poolquery"_s); pq != batch->results.constEnd()) {
            if (const auto map = parsePoolQueryDeviceMap(pq->stdOut))
                m_deviceToDisk = *map;
        }
        if (const auto dq = batch->results.constFind(u"diskquery"_s); dq != batch->results.constEnd()) {
            if (const auto disks = parseDiskQuery(dq->stdOut)) {
                m_disks.clear();
                for (const DiskInfo &d : *disks)
                    m_disks.insert(d.name, d);
            }
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Pool &p : *parsed)
            fillEstimates(p.scan, now);
    }

    m_refreshing = false;
    Q_EMIT refreshingChanged(false);
    const auto waiters = std::exchange(m_waiters, {});
    if (parsed) {
        Q_EMIT aboutToUpdate();
        m_pools = std::move(*parsed);
        m_raw = QString::fromUtf8(status.stdOut);
        m_lastUpdated = QDateTime::currentDateTimeUtc();
        m_lastError = Error();
        setState(State::Ready);
        Q_EMIT updated();
        fetchSmart(m_pools);
    } else {
        m_lastError = parsed.error();
        if (!status.stdOut.isEmpty())
            m_raw = QString::fromUtf8(status.stdOut);
        qCWarning(lcZfs).noquote() << "pool refresh failed:" << m_lastError.toString();
        setState(State::Failed);
        Q_EMIT failed(m_lastError);
    }
    for (const auto &w : waiters) {
        w->addResult(parsed ? Result<void>() : Result<void>(parsed.error()));
        w->finish();
    }
    if (m_smartPending == 0)
        settleSmart();
    if (m_refreshQueued) {
        runRefresh();
        return;
    }
    scheduleNext();
}

void PoolStore::fetchSmart(const QList<Pool> &pools)
{
    if (!m_caps || !m_caps->smartctl || (!m_caps->root && !m_caps->sudo) || !m_connection)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList devices;
    for (const Pool &p : pools) {
        for (const Vdev *leaf : p.leaves()) {
            QString dev;
            const QString disk = m_deviceToDisk.value(leaf->name, m_deviceToDisk.value(leaf->path));
            if (!disk.isEmpty())
                dev = u"/dev/"_s + disk;
            else if (leaf->path.startsWith(u"/dev/"_s))
                dev = leaf->path;
            else if (leaf->type == VdevType::Disk &&
                     QRegularExpression(u"^(sd[a-z]+|nvme\\d+n\\d+|vd[a-z]+)$"_s).match(leaf->name).hasMatch())
                dev = u"/dev/"_s + leaf->name;
            if (dev.isEmpty() || devices.contains(dev))
                continue;
            const QDateTime last = m_smartFetched.value(dev);
            if (last.isValid() && last.secsTo(now) < SmartPeriodSecs)
                continue;
            devices << dev;
        }
    }
    m_smartPending += int(devices.size());
    for (const QString &dev : std::as_const(devices)) {
        m_smartFetched.insert(dev, now);
        whenDone(m_connection->run(command({u"smartctl"_s, u"-j"_s, u"-a"_s, dev}, true)), this,
                 [this, dev](const Result<Ssh::CommandResult> &r) {
                     // smartctl's exit status is a bit mask; the JSON on stdout is what counts.
                     const auto info = r ? parseSmartctlJson(r->stdOut) : Result<SmartInfo>(r.error());
                     if (info)
                         m_smartIncoming.insert(dev, *info);
                     else
                         qCInfo(lcZfs).noquote() << "smartctl" << dev << ":" << info.error().toString();
                     // Published in batches: one model update per disk is quadratic on a 200-disk pool.
                     --m_smartPending;
                     if (m_smartPending == 0 || !m_smartPublished.isValid() ||
                         m_smartPublished.elapsed() >= SmartPublishMs)
                         publishSmart();
                     if (m_smartPending == 0)
                         settleSmart();
                 });
    }
}

QFuture<Result<void>> PoolStore::smartSettled()
{
    if (m_smartPending == 0 && !m_refreshing)
        return QtFuture::makeReadyFuture(Result<void>());
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    m_smartWaiters << promise;
    return promise->future();
}

void PoolStore::publishSmart()
{
    m_smartPublished.start();
    if (m_smartIncoming.isEmpty())
        return;
    Q_EMIT aboutToUpdate();
    m_smart.insert(std::exchange(m_smartIncoming, {}));
    Q_EMIT updated();
}

void PoolStore::settleSmart()
{
    for (const auto &w : std::exchange(m_smartWaiters, {})) {
        w->addResult(Result<void>());
        w->finish();
    }
}

void PoolStore::scheduleNext()
{
    if (!m_running)
        return;
    m_timer.start(refreshPeriod());
}

QString PoolStore::actionName(ScrubAction action)
{
    switch (action) {
    case ScrubAction::Start:
        return tr("Start scrub");
    case ScrubAction::Pause:
        return tr("Pause scrub");
    case ScrubAction::Stop:
        return tr("Stop scrub");
    }
    return {};
}

Result<Ssh::RemoteCommand> PoolStore::scrubCommand(const Capabilities &caps, const QString &pool, ScrubAction action)
{
    if (!isValidPoolName(pool))
        return Error(Error::Code::Config, tr("“%1” is not a valid pool name.").arg(pool.left(80)));
    QStringList argv;
    if (caps.trueNas) {
        static const char *const words[] = {"START", "PAUSE", "STOP"};
        argv = {u"midclt"_s, u"call"_s, u"pool.scrub.scrub"_s, pool, QString::fromLatin1(words[int(action)])};
    } else if (action == ScrubAction::Pause && !caps.canPause()) {
        return Error(Error::Code::Unsupported,
                     tr("This ZFS version cannot pause a scrub; stop it instead (a new scrub starts from the "
                        "beginning)."));
    } else if (action == ScrubAction::Start && caps.generation == Capabilities::Generation::Legacy) {
        // zfs-fuse's `zpool scrub` blocks until the scrub ends: start it detached. The pool name travels
        // as a positional parameter ($1), never inside the script.
        // It returns once the scrub shows as running (at most ~3 s), so the re-read that follows sees it.
        argv = {u"sh"_s, u"-c"_s,
                u"setsid nohup zpool scrub \"$1\" >/dev/null 2>&1 </dev/null & n=0; while [ $n -lt 30 ]; do "
                u"zpool status \"$1\" 2>/dev/null | grep -q 'scrub in progress' && exit 0; n=$((n+1)); sleep 0.1; "
                u"done; exit 0"_s,
                u"sh"_s, pool};
    } else {
        argv = {u"zpool"_s, u"scrub"_s};
        if (action == ScrubAction::Pause)
            argv << u"-p"_s;
        else if (action == ScrubAction::Stop)
            argv << u"-s"_s;
        argv << pool;
    }
    Ssh::RemoteCommand c(argv);
    if (!caps.root && caps.sudo)
        c = c.withSudo();
    return c.withTimeout(60s);
}

QFuture<Result<void>> PoolStore::scrub(const QString &poolName, ScrubAction action)
{
    const auto fail = [](const Error &e) { return QtFuture::makeReadyFuture(Result<void>(e)); };
    if (!m_connection)
        return fail(Error(Error::Code::Config, tr("There is no SSH connection to the pool's server.")));
    if (!isValidPoolName(poolName))
        return fail(Error(Error::Code::Config, tr("“%1” is not a valid pool name.").arg(poolName.left(80))));
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    const QFuture<Result<void>> future = promise->future();
    const auto settle = [promise](const Result<void> &r) {
        promise->addResult(r);
        promise->finish();
    };
    // Every continuation is tied to this store (whenDone): when the store goes first, the caller's future
    // ends cancelled (the promise is dropped) instead of Qt 6.4 asserting on a dead context.
    whenDone(detect(), this, [this, poolName, action, settle](const Result<Capabilities> &caps) {
        if (!caps)
            return settle(caps.error());
        if (!m_pools.isEmpty() && !pool(poolName))
            return settle(Error(Error::Code::Config, tr("There is no pool “%1” on this server.").arg(poolName)));
        const auto cmd = scrubCommand(*caps, poolName, action);
        if (!cmd)
            return settle(cmd.error());
        if (!m_connection)
            return settle(Error(Error::Code::Config, tr("There is no SSH connection to the pool's server.")));
        const auto outcomeOf = [](const Result<Ssh::CommandResult> &r) -> Result<void> {
            if (!r)
                return r.error();
            if (!r->succeeded())
                return r->toError(u"zpool scrub"_s);
            return {};
        };
        // Run exactly once: no retry, whatever happens; then re-read the pools.
        const QFuture<Result<Ssh::CommandResult>> run = m_connection->run(cmd->withTimeout(m_commandTimeout));
        if (m_actions) {
            // The action log outlives the store: it records the outcome even if the store is gone by then.
            const quint64 id = m_actions->begin(m_profileName, tr("pool %1").arg(poolName), actionName(action));
            ActionLog *log = m_actions.data();
            whenDone(run, log, [log, id, outcomeOf](const Result<Ssh::CommandResult> &r) {
                if (const Result<void> outcome = outcomeOf(r))
                    log->succeed(id, QString::fromUtf8(r->stdOut).trimmed());
                else
                    log->fail(id, outcome.error());
            });
        }
        whenDone(run, this, [this, poolName, action, settle, outcomeOf](const Result<Ssh::CommandResult> &r) {
            const Result<void> outcome = outcomeOf(r);
            Q_EMIT actionFinished(poolName, action, outcome ? Error() : outcome.error(), bool(outcome));
            (void)refresh();
            settle(outcome);
        });
    });
    return future;
}

} // namespace KryNet::Zfs
