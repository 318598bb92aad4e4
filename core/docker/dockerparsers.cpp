#include "core/docker/dockerparsers.h"
#include "core/common/numbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

namespace
{

Error parseError(const QString &what, const QString &detail)
{
    return Error(Error::Code::Parse,
                 Parsers::tr("The Docker host sent %1 that KryNet cannot read. Is it a Docker Engine API?").arg(what),
                 detail);
}

Result<QJsonDocument> document(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return parseError(what, u"%1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    return doc;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            map.insert(it.key(), it.value().toString());
        else if (it.value().isDouble())
            map.insert(it.key(), QString::number(it.value().toDouble()));
    }
    return map;
}

quint64 u64(const QJsonValue &value)
{
    const double d = value.toDouble();
    return d > 0 ? saturatingCast<quint64>(d) : 0;
}

qint64 i64(const QJsonValue &value)
{
    return saturatingCast<qint64>(value.toDouble());
}

void readHealth(Container &c, const QJsonValue &health)
{
    if (!health.isObject()) {
        c.health = HealthStatus::None;
        return;
    }
    const QJsonObject h = health.toObject();
    c.health = Container::healthFromString(h.value(u"Status"_s).toString());
    c.failingStreak = h.value(u"FailingStreak"_s).toInt();
    const QJsonArray log = h.value(u"Log"_s).toArray();
    if (!log.isEmpty())
        c.lastHealthOutput = log.last().toObject().value(u"Output"_s).toString().trimmed().left(2000);
}

} // namespace

std::optional<Container> Parsers::containerSummary(const QJsonObject &o)
{
    Container c;
    c.id = o.value(u"Id"_s).toString();
    const QJsonArray names = o.value(u"Names"_s).toArray();
    if (!names.isEmpty())
        c.name = names.first().toString();
    if (c.name.startsWith(u'/'))
        c.name.remove(0, 1);
    if (!isValidContainerId(c.id) || !isValidContainerName(c.name))
        return std::nullopt;
    c.image = o.value(u"Image"_s).toString();
    c.command = o.value(u"Command"_s).toString();
    c.created = i64(o.value(u"Created"_s));
    c.state = Container::stateFromString(o.value(u"State"_s).toString());
    c.statusText = o.value(u"Status"_s).toString();
    c.labels = stringMap(o.value(u"Labels"_s));
    c.networkMode = o.value(u"HostConfig"_s).toObject().value(u"NetworkMode"_s).toString();
    const QJsonObject networks = o.value(u"NetworkSettings"_s).toObject().value(u"Networks"_s).toObject();
    c.networks = networks.keys();
    for (const QJsonValue &p : o.value(u"Ports"_s).toArray()) {
        const QJsonObject po = p.toObject();
        c.ports.append({po.value(u"IP"_s).toString(), po.value(u"PrivatePort"_s).toInt(),
                        po.value(u"PublicPort"_s).toInt(), po.value(u"Type"_s).toString()});
    }
    for (const QJsonValue &m : o.value(u"Mounts"_s).toArray()) {
        const QJsonObject mo = m.toObject();
        c.mounts.append({mo.value(u"Type"_s).toString(), mo.value(u"Source"_s).toString(),
                         mo.value(u"Destination"_s).toString(), mo.value(u"RW"_s).toBool(true)});
    }
    if (o.contains(u"Health"_s)) {
        readHealth(c, o.value(u"Health"_s)); // API 1.52+
    } else {
        // Older APIs: the human Status carries "(healthy)" / "(unhealthy)" / "(health: starting)".
        if (c.statusText.contains(u"(unhealthy)"_s))
            c.health = HealthStatus::Unhealthy;
        else if (c.statusText.contains(u"(healthy)"_s))
            c.health = HealthStatus::Healthy;
        else if (c.statusText.contains(u"(health: starting)"_s))
            c.health = HealthStatus::Starting;
    }
    return c;
}

Result<QList<Container>> Parsers::containerList(const QByteArray &json)
{
    const auto doc = document(json, tr("a container list"));
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return parseError(tr("a container list"), u"expected a JSON array"_s);
    const QJsonArray array = doc->array();
    QList<Container> containers;
    containers.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (auto c = containerSummary(v.toObject()))
            containers.append(std::move(*c));
    }
    return containers;
}

Result<Container> Parsers::inspect(const QByteArray &json, const Container &base)
{
    const auto doc = document(json, tr("container details"));
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return parseError(tr("container details"), u"expected a JSON object"_s);
    const QJsonObject o = doc->object();
    Container c = base;
    c.id = o.value(u"Id"_s).toString();
    QString name = o.value(u"Name"_s).toString();
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    if (!isValidContainerId(c.id) || !isValidContainerName(name))
        return parseError(tr("container details"), u"invalid id or name"_s);
    c.name = name;
    const QJsonObject config = o.value(u"Config"_s).toObject();
    if (c.image.isEmpty() || config.contains(u"Image"_s))
        c.image = config.value(u"Image"_s).toString(c.image);
    c.labels = stringMap(config.value(u"Labels"_s));
    c.tty = config.value(u"Tty"_s).toBool();
    const QJsonObject state = o.value(u"State"_s).toObject();
    c.state = Container::stateFromString(state.value(u"Status"_s).toString());
    c.exitCode = state.value(u"ExitCode"_s).toInt();
    c.oomKilled = state.value(u"OOMKilled"_s).toBool();
    c.startedAt = timestamp(state.value(u"StartedAt"_s).toString());
    c.finishedAt = timestamp(state.value(u"FinishedAt"_s).toString());
    readHealth(c, state.value(u"Health"_s));
    c.restartCount = o.value(u"RestartCount"_s).toInt();
    const QJsonObject hostConfig = o.value(u"HostConfig"_s).toObject();
    c.networkMode = hostConfig.value(u"NetworkMode"_s).toString(c.networkMode);
    c.restartPolicy = hostConfig.value(u"RestartPolicy"_s).toObject().value(u"Name"_s).toString();
    const QJsonObject networks = o.value(u"NetworkSettings"_s).toObject().value(u"Networks"_s).toObject();
    if (!networks.isEmpty())
        c.networks = networks.keys();
    if (o.contains(u"Mounts"_s)) {
        c.mounts.clear();
        for (const QJsonValue &m : o.value(u"Mounts"_s).toArray()) {
            const QJsonObject mo = m.toObject();
            c.mounts.append({mo.value(u"Type"_s).toString(), mo.value(u"Source"_s).toString(),
                             mo.value(u"Destination"_s).toString(), mo.value(u"RW"_s).toBool(true)});
        }
    }
    if (o.contains(u"Created"_s) && o.value(u"Created"_s).isString()) {
        const QDateTime created = timestamp(o.value(u"Created"_s).toString());
        if (created.isValid())
            c.created = created.toSecsSinceEpoch();
    }
    c.inspected = true;
    return c;
}

Result<DockerEvent> Parsers::event(const QByteArray &json)
{
    const auto doc = document(json, tr("an event"));
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return parseError(tr("an event"), u"expected a JSON object"_s);
    const QJsonObject o = doc->object();
    DockerEvent e;
    e.type = o.value(u"Type"_s).toString();
    e.action = o.value(u"Action"_s).toString(o.value(u"status"_s).toString()); // legacy "status" before 1.52
    // podman: Action "health_status" with the status in a top-level HealthStatus field.
    if (e.action == u"health_status"_s && o.value(u"HealthStatus"_s).isString())
        e.action += u": "_s + o.value(u"HealthStatus"_s).toString();
    const QJsonObject actor = o.value(u"Actor"_s).toObject();
    e.actorId = actor.value(u"ID"_s).toString(o.value(u"id"_s).toString());
    e.attributes = stringMap(actor.value(u"Attributes"_s));
    e.timeNano = i64(o.value(u"timeNano"_s));
    if (e.timeNano == 0)
        e.timeNano = saturatingMul<qint64>(i64(o.value(u"time"_s)), 1000000000LL);
    return e;
}

double Parsers::cpuPercent(quint64 cpuTotal, quint64 preCpuTotal, quint64 systemTotal, quint64 preSystemTotal,
                           int onlineCpus)
{
    if (cpuTotal <= preCpuTotal || systemTotal <= preSystemTotal || onlineCpus <= 0)
        return 0.0;
    const double cpuDelta = double(cpuTotal - preCpuTotal);
    const double systemDelta = double(systemTotal - preSystemTotal);
    return cpuDelta / systemDelta * onlineCpus * 100.0;
}

Result<ContainerStats> Parsers::stats(const QByteArray &json, const ContainerStats *previous)
{
    const auto doc = document(json, tr("container statistics"));
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return parseError(tr("container statistics"), u"expected a JSON object"_s);
    const QJsonObject o = doc->object();
    ContainerStats s;
    s.read = timestamp(o.value(u"read"_s).toString());
    const QJsonObject cpu = o.value(u"cpu_stats"_s).toObject();
    const QJsonObject preCpu = o.value(u"precpu_stats"_s).toObject();
    s.cpuTotal = u64(cpu.value(u"cpu_usage"_s).toObject().value(u"total_usage"_s));
    s.systemTotal = u64(cpu.value(u"system_cpu_usage"_s));
    s.onlineCpus = cpu.value(u"online_cpus"_s).toInt();
    if (s.onlineCpus <= 0)
        s.onlineCpus = int(cpu.value(u"cpu_usage"_s).toObject().value(u"percpu_usage"_s).toArray().size());
    const quint64 preCpuTotal = u64(preCpu.value(u"cpu_usage"_s).toObject().value(u"total_usage"_s));
    const quint64 preSystem = u64(preCpu.value(u"system_cpu_usage"_s));
    if (preSystem > 0) {
        s.cpuPercent = cpuPercent(s.cpuTotal, preCpuTotal, s.systemTotal, preSystem, s.onlineCpus);
    } else if (previous && previous->systemTotal > 0 && previous->systemTotal < s.systemTotal) {
        // One-shot samples (podman, stream=false&one-shot=true): the previous poll is the baseline.
        s.cpuPercent = cpuPercent(s.cpuTotal, previous->cpuTotal, s.systemTotal, previous->systemTotal, s.onlineCpus);
    }
    const QJsonObject mem = o.value(u"memory_stats"_s).toObject();
    const qint64 usage = i64(mem.value(u"usage"_s));
    const QJsonObject memStats = mem.value(u"stats"_s).toObject();
    qint64 inactive = 0;
    if (memStats.contains(u"total_inactive_file"_s)) // cgroup v1
        inactive = i64(memStats.value(u"total_inactive_file"_s));
    else if (memStats.contains(u"inactive_file"_s)) // cgroup v2
        inactive = i64(memStats.value(u"inactive_file"_s));
    s.memoryWorkingSet = (inactive > 0 && inactive < usage) ? usage - inactive : qMax<qint64>(usage, 0);
    s.memoryLimit = qMax<qint64>(i64(mem.value(u"limit"_s)), 0);
    s.pids = i64(o.value(u"pids_stats"_s).toObject().value(u"current"_s));
    const QJsonObject networks = o.value(u"networks"_s).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        // Hostile counters must not overflow the sums.
        s.rxBytes = saturatingAdd(s.rxBytes, i64(it.value().toObject().value(u"rx_bytes"_s)));
        s.txBytes = saturatingAdd(s.txBytes, i64(it.value().toObject().value(u"tx_bytes"_s)));
    }
    return s;
}

Result<DockerVersion> Parsers::version(const QByteArray &json)
{
    const auto doc = document(json, tr("its version"));
    if (!doc)
        return doc.error();
    const QJsonObject o = doc->object();
    DockerVersion v;
    v.apiVersion = o.value(u"ApiVersion"_s).toString();
    v.minApiVersion = o.value(u"MinAPIVersion"_s).toString();
    v.engineVersion = o.value(u"Version"_s).toString();
    v.os = o.value(u"Os"_s).toString();
    if (versionNumber(v.apiVersion) == 0)
        return parseError(tr("its version"), u"no ApiVersion"_s);
    return v;
}

QString Parsers::errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QString message = doc.object().value(u"message"_s).toString();
        if (!message.isEmpty())
            return message;
    }
    return QString::fromUtf8(body.left(300)).trimmed();
}

Result<QList<PortainerEnvironment>> Parsers::portainerEnvironments(const QByteArray &json)
{
    const auto doc = document(json, tr("a list of environments"));
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return parseError(tr("a list of environments"), u"expected a JSON array"_s);
    QList<PortainerEnvironment> list;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        PortainerEnvironment e;
        e.id = o.value(u"Id"_s).toInt();
        e.name = o.value(u"Name"_s).toString();
        e.type = o.value(u"Type"_s).toInt();
        e.up = o.value(u"Status"_s).toInt(1) == 1;
        e.url = o.value(u"URL"_s).toString();
        const QJsonArray snapshots = o.value(u"Snapshots"_s).toArray();
        if (!snapshots.isEmpty()) {
            const QJsonObject last = snapshots.last().toObject();
            e.containerCount = last.value(u"ContainerCount"_s).toInt(-1);
            e.swarm = last.value(u"Swarm"_s).toBool();
        }
        if (e.id > 0)
            list.append(e);
    }
    return list;
}

Result<QList<PortainerStack>> Parsers::portainerStacks(const QByteArray &json)
{
    const auto doc = document(json, tr("a list of stacks"));
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return parseError(tr("a list of stacks"), u"expected a JSON array"_s);
    QList<PortainerStack> list;
    for (const QJsonValue &v : doc->array()) {
        const QJsonObject o = v.toObject();
        PortainerStack stack;
        stack.id = o.value(u"Id"_s).toInt();
        stack.name = o.value(u"Name"_s).toString();
        stack.type = o.value(u"Type"_s).toInt();
        stack.endpointId = o.value(u"EndpointId"_s).toInt();
        stack.projectPath = o.value(u"ProjectPath"_s).toString();
        stack.env = o.value(u"Env"_s).toArray();
        stack.prune = o.value(u"Option"_s).toObject().value(u"Prune"_s).toBool();
        const QJsonObject git = o.value(u"GitConfig"_s).toObject();
        stack.gitUrl = git.value(u"URL"_s).toString();
        stack.gitReference = git.value(u"ReferenceName"_s).toString();
        const QJsonObject auth = git.value(u"Authentication"_s).toObject();
        stack.gitAuthentication = !auth.isEmpty();
        stack.gitUsername = auth.value(u"Username"_s).toString();
        if (stack.id > 0 && !stack.name.isEmpty())
            list.append(stack);
    }
    return list;
}

bool Parsers::isValidContainerName(const QString &name)
{
    static const QRegularExpression grammar(u"^/?[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$"_s);
    return grammar.match(name).hasMatch();
}

bool Parsers::isValidContainerId(const QString &id)
{
    static const QRegularExpression grammar(u"^[0-9a-f]{12,64}$"_s);
    return grammar.match(id).hasMatch();
}

QDateTime Parsers::timestamp(const QString &text)
{
    if (text.isEmpty() || text.startsWith(u"0001-"_s))
        return {};
    // Qt reads at most millisecond fractions: cut nanoseconds to three digits, keep the zone.
    QString t = text;
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        const qsizetype digits = end - dot - 1;
        if (digits > 3)
            t.remove(dot + 4, digits - 3);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

int Parsers::versionNumber(const QString &apiVersion)
{
    const QStringList parts = apiVersion.split(u'.');
    if (parts.size() != 2)
        return 0;
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.at(0).toInt(&okMajor);
    const int minor = parts.at(1).toInt(&okMinor);
    if (!okMajor || !okMinor || major < 1 || major > 9 || minor < 0 || minor > 999)
        return 0;
    return major * 1000 + minor;
}

QList<QByteArray> EventSplitter::feed(const QByteArray &data)
{
    QList<QByteArray> messages;
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char ch = data.at(i);
        if (ch != '\n' && ch != '\x1e')
            continue;
        if (!m_discarding)
            m_pending.append(data.constData() + start, i - start);
        // Too long is too long however the stream was split into reads (fuzz_docker_events).
        const bool tooLong = m_discarding || m_pending.size() > maxMessageBytes;
        m_discarding = false;
        const QByteArray message = tooLong ? QByteArray() : m_pending.trimmed();
        m_pending.clear();
        if (!message.isEmpty())
            messages.append(message);
        start = i + 1;
    }
    if (!m_discarding)
        m_pending.append(data.constData() + start, data.size() - start);
    if (m_pending.size() > maxMessageBytes) {
        m_pending.clear();
        m_discarding = true;
    }
    return messages;
}

} // namespace KryNet::Docker
