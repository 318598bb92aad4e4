#include "app/labsim/docker/dockerapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Docker
{

namespace
{

constexpr int MaxApiMinor = 47;
constexpr int MinApiMinor = 24;
constexpr int Cpus = 6;
constexpr qint64 HostMemory = 33554432000LL;

HttpResponse error(int status, const QString &message)
{
    return HttpResponse::json(QJsonObject{{u"message"_s, message}}, status);
}

QString rfc3339(qint64 secs)
{
    if (secs <= 0)
        return u"0001-01-01T00:00:00Z"_s;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"."_s +
           QString::number(100000000 + (secs * 7919) % 899999999) + u"Z"_s;
}

QString rfc3339Nano(qint64 ns)
{
    return QDateTime::fromSecsSinceEpoch(ns / 1000000000LL, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss"_s) +
           u".%1Z"_s.arg(ns % 1000000000LL, 9, 10, QLatin1Char('0'));
}

/// filters={"label":["a=b"]} or the legacy {"label":{"a=b":true}} → key → values.
QHash<QString, QStringList> parseFilters(const QString &text, QString *problem)
{
    QHash<QString, QStringList> out;
    if (text.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        *problem = u"invalid filter: invalid character in filters JSON"_s;
        return out;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        QStringList values;
        if (it->isArray()) {
            for (const QJsonValue &v : it->toArray())
                values << v.toString();
        } else if (it->isObject()) {
            values = it->toObject().keys();
        }
        out.insert(it.key(), values);
    }
    return out;
}

bool labelMatches(const QMap<QString, QString> &labels, const QStringList &wanted)
{
    for (const QString &w : wanted) {
        const qsizetype eq = w.indexOf(u'=');
        if (eq < 0 ? !labels.contains(w) : labels.value(w.left(eq), u"\x01"_s) != w.mid(eq + 1))
            return false;
    }
    return true;
}

QString healthOf(const Container &c)
{
    return c.hasHealthcheck ? c.health : u"none"_s;
}

qint64 sinceParam(const QString &value, qint64 fallback)
{
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (ok)
        return qint64(v);
    const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    return t.isValid() ? t.toSecsSinceEpoch() : fallback;
}

} // namespace

QByteArray logFrame(int stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    const quint32 size = quint32(payload.size());
    header[4] = char((size >> 24) & 0xff);
    header[5] = char((size >> 16) & 0xff);
    header[6] = char((size >> 8) & 0xff);
    header[7] = char(size & 0xff);
    return header + payload;
}

QString humanDuration(qint64 secs)
{
    if (secs < 1)
        return u"Less than a second"_s;
    if (secs == 1)
        return u"1 second"_s;
    if (secs < 60)
        return u"%1 seconds"_s.arg(secs);
    const qint64 minutes = secs / 60;
    if (minutes == 1)
        return u"About a minute"_s;
    if (minutes < 60)
        return u"%1 minutes"_s.arg(minutes);
    const qint64 hours = qint64(double(secs) / 3600.0 + 0.5);
    if (hours == 1)
        return u"About an hour"_s;
    if (hours < 48)
        return u"%1 hours"_s.arg(hours);
    if (hours < 24 * 7 * 2)
        return u"%1 days"_s.arg(hours / 24);
    if (hours < 24 * 30 * 2)
        return u"%1 weeks"_s.arg(hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return u"%1 months"_s.arg(hours / 24 / 30);
    return u"%1 years"_s.arg(hours / 24 / 365);
}

QString statusText(const Container &c, qint64 now)
{
    if (c.state == u"running"_s || c.state == u"paused"_s) {
        QString s = u"Up "_s + humanDuration(now - c.startedAt);
        if (c.state == u"paused"_s)
            s += u" (Paused)"_s;
        else if (c.hasHealthcheck)
            s += c.health == u"starting"_s ? u" (health: starting)"_s : u" ("_s + c.health + u')';
        return s;
    }
    if (c.state == u"restarting"_s)
        return u"Restarting (%1) %2 ago"_s.arg(c.exitCode).arg(humanDuration(now - c.finishedAt));
    if (c.state == u"created"_s)
        return u"Created"_s;
    return u"Exited (%1) %2 ago"_s.arg(c.exitCode).arg(humanDuration(now - c.finishedAt));
}

DockerApi::DockerApi(ContainerState &state)
    : m_state(state)
{}

QJsonObject DockerApi::summary(const Container &c) const
{
    QJsonArray ports;
    for (const PortBinding &p : c.ports) {
        if (p.publicPort > 0) {
            ports.append(QJsonObject{{u"IP"_s, u"0.0.0.0"_s},
                                     {u"PrivatePort"_s, p.privatePort},
                                     {u"PublicPort"_s, p.publicPort},
                                     {u"Type"_s, p.type}});
            ports.append(QJsonObject{{u"IP"_s, u"::"_s},
                                     {u"PrivatePort"_s, p.privatePort},
                                     {u"PublicPort"_s, p.publicPort},
                                     {u"Type"_s, p.type}});
        } else {
            ports.append(QJsonObject{{u"PrivatePort"_s, p.privatePort}, {u"Type"_s, p.type}});
        }
    }
    QJsonObject labels;
    const QMap<QString, QString> l = c.labels();
    for (auto it = l.begin(); it != l.end(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject networks;
    if (!c.ipAddress.isEmpty()) {
        networks.insert(
            c.networkMode,
            QJsonObject{{u"IPAMConfig"_s, QJsonValue::Null},
                        {u"Links"_s, QJsonValue::Null},
                        {u"Aliases"_s, QJsonValue::Null},
                        {u"NetworkID"_s, QString(c.id.right(32) + c.id.left(32))},
                        {u"EndpointID"_s, c.isRunning() ? c.id.left(64) : QString()},
                        {u"Gateway"_s, c.isRunning() ? c.ipAddress.section(u'.', 0, 2) + u".1"_s : QString()},
                        {u"IPAddress"_s, c.isRunning() ? c.ipAddress : QString()},
                        {u"IPPrefixLen"_s, c.isRunning() ? 16 : 0},
                        {u"MacAddress"_s, u"02:42:ac:%1:00:%2"_s.arg(c.id.mid(0, 2), c.id.mid(2, 2))}});
    } else if (c.networkMode == u"host"_s) {
        networks.insert(u"host"_s, QJsonObject{{u"NetworkID"_s, u"b7e0d1f4a3c2"_s}, {u"IPAddress"_s, u""_s}});
    }
    QJsonArray mounts;
    for (const auto &[source, destination] : c.binds) {
        mounts.append(QJsonObject{{u"Type"_s, u"bind"_s},
                                  {u"Source"_s, source},
                                  {u"Destination"_s, destination},
                                  {u"Mode"_s, u""_s},
                                  {u"RW"_s, true},
                                  {u"Propagation"_s, u"rprivate"_s}});
    }
    return {{u"Id"_s, c.id},
            {u"Names"_s, QJsonArray{QString(u'/' + c.name)}},
            {u"Image"_s, c.image},
            {u"ImageID"_s, c.imageId},
            {u"Command"_s, QString((c.entrypoint + c.cmd).join(u' '))},
            {u"Created"_s, c.created},
            {u"Ports"_s, ports},
            {u"Labels"_s, labels},
            {u"State"_s, c.state},
            {u"Status"_s, statusText(c, m_state.nowSecs())},
            {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, c.networkMode}}},
            {u"NetworkSettings"_s, QJsonObject{{u"Networks"_s, networks}}},
            {u"Mounts"_s, mounts}};
}

QJsonObject DockerApi::inspect(const Container &c) const
{
    const QJsonObject s = summary(c);
    QJsonObject state{{u"Status"_s, c.state},
                      {u"Running"_s, c.isRunning()},
                      {u"Paused"_s, c.state == u"paused"_s},
                      {u"Restarting"_s, c.state == u"restarting"_s},
                      {u"OOMKilled"_s, false},
                      {u"Dead"_s, false},
                      {u"Pid"_s, c.pid},
                      {u"ExitCode"_s, c.exitCode},
                      {u"Error"_s, u""_s},
                      {u"StartedAt"_s, rfc3339(c.startedAt)},
                      {u"FinishedAt"_s, rfc3339(c.finishedAt)}};
    if (c.hasHealthcheck) {
        state.insert(
            u"Health"_s,
            QJsonObject{{u"Status"_s, c.health}, {u"FailingStreak"_s, c.failingStreak}, {u"Log"_s, c.healthLog}});
    }
    QJsonObject portBindings;
    QJsonObject exposed;
    QJsonObject portsMap;
    for (const PortBinding &p : c.ports) {
        const QString key = u"%1/%2"_s.arg(p.privatePort).arg(p.type);
        exposed.insert(key, QJsonObject());
        if (p.publicPort > 0) {
            const QJsonArray binding{QJsonObject{{u"HostIp"_s, u""_s}, {u"HostPort"_s, QString::number(p.publicPort)}}};
            portBindings.insert(key, binding);
            portsMap.insert(
                key, c.isRunning() ? QJsonValue(QJsonArray{QJsonObject{{u"HostIp"_s, u"0.0.0.0"_s},
                                                                       {u"HostPort"_s, QString::number(p.publicPort)}}})
                                   : QJsonValue(QJsonValue::Null));
        } else {
            portsMap.insert(key, QJsonValue::Null);
        }
    }
    QJsonArray binds;
    for (const auto &[source, destination] : c.binds)
        binds.append(QString(source + u':' + destination + u":rw"_s));
    QJsonObject labels = s.value(u"Labels"_s).toObject();
    QJsonObject config{
        {u"Hostname"_s, c.networkMode.startsWith(u"container:"_s) ? c.networkMode.mid(10, 12) : c.id.left(12)},
        {u"Domainname"_s, u""_s},
        {u"User"_s, u""_s},
        {u"AttachStdin"_s, false},
        {u"AttachStdout"_s, true},
        {u"AttachStderr"_s, true},
        {u"ExposedPorts"_s, exposed},
        {u"Tty"_s, c.tty},
        {u"OpenStdin"_s, false},
        {u"StdinOnce"_s, false},
        {u"Env"_s, QJsonArray::fromStringList(c.env)},
        {u"Cmd"_s, c.cmd.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonArray::fromStringList(c.cmd)},
        {u"Image"_s, c.image},
        {u"Volumes"_s, QJsonValue::Null},
        {u"WorkingDir"_s, u""_s},
        {u"Entrypoint"_s, QJsonArray::fromStringList(c.entrypoint)},
        {u"OnBuild"_s, QJsonValue::Null},
        {u"Labels"_s, labels}};
    if (c.hasHealthcheck) {
        config.insert(
            u"Healthcheck"_s,
            QJsonObject{{u"Test"_s, QJsonArray{u"CMD-SHELL"_s, u"curl -fsS http://localhost/health || exit 1"_s}},
                        {u"Interval"_s, 30000000000LL},
                        {u"Timeout"_s, 10000000000LL},
                        {u"StartPeriod"_s, 15000000000LL},
                        {u"Retries"_s, 3}});
    }
    QJsonObject networkSettings = s.value(u"NetworkSettings"_s).toObject();
    networkSettings.insert(u"Bridge"_s, u""_s);
    networkSettings.insert(u"SandboxID"_s, c.isRunning() ? QString(c.id.right(32) + c.id.left(32)) : QString());
    networkSettings.insert(u"Ports"_s, portsMap);
    networkSettings.insert(u"SandboxKey"_s, c.isRunning() ? u"/var/run/docker/netns/"_s + c.id.left(12) : QString());
    return {{u"Id"_s, c.id},
            {u"Created"_s, rfc3339(c.created)},
            {u"Path"_s, c.entrypoint.value(0)},
            {u"Args"_s, QJsonArray::fromStringList(c.cmd)},
            {u"State"_s, state},
            {u"Image"_s, c.imageId},
            {u"ResolvConfPath"_s, u"/mnt/.ix-apps/docker/containers/%1/resolv.conf"_s.arg(c.id)},
            {u"HostnamePath"_s, u"/mnt/.ix-apps/docker/containers/%1/hostname"_s.arg(c.id)},
            {u"HostsPath"_s, u"/mnt/.ix-apps/docker/containers/%1/hosts"_s.arg(c.id)},
            {u"LogPath"_s, u"/mnt/.ix-apps/docker/containers/%1/%1-json.log"_s.arg(c.id)},
            {u"Name"_s, QString(u'/' + c.name)},
            {u"RestartCount"_s, c.restartCount},
            {u"Driver"_s, u"overlay2"_s},
            {u"Platform"_s, u"linux"_s},
            {u"MountLabel"_s, u""_s},
            {u"ProcessLabel"_s, u""_s},
            {u"AppArmorProfile"_s, u""_s},
            {u"ExecIDs"_s, QJsonValue::Null},
            {u"HostConfig"_s,
             QJsonObject{{u"Binds"_s, binds},
                         {u"NetworkMode"_s, c.networkMode},
                         {u"PortBindings"_s, portBindings},
                         {u"RestartPolicy"_s, QJsonObject{{u"Name"_s, c.restartPolicy}, {u"MaximumRetryCount"_s, 0}}},
                         {u"AutoRemove"_s, false},
                         {u"Privileged"_s, c.service == u"gluetun"_s},
                         {u"CapAdd"_s, c.service == u"gluetun"_s ? QJsonValue(QJsonArray{u"NET_ADMIN"_s})
                                                                 : QJsonValue(QJsonValue::Null)},
                         {u"Memory"_s, 0},
                         {u"NanoCpus"_s, 0},
                         {u"LogConfig"_s, QJsonObject{{u"Type"_s, u"json-file"_s}, {u"Config"_s, QJsonObject()}}}}},
            {u"GraphDriver"_s, QJsonObject{{u"Name"_s, u"overlay2"_s}, {u"Data"_s, QJsonValue::Null}}},
            {u"Mounts"_s, s.value(u"Mounts"_s)},
            {u"Config"_s, config},
            {u"NetworkSettings"_s, networkSettings}};
}

QJsonObject DockerApi::stats(const Container &c, qint64 now, bool oneShot) const
{
    const bool running = c.state == u"running"_s;
    const quint32 noise = quint32(qHash(c.id) ^ quint32(now * 2654435761U));
    const double pct = running ? c.cpuPercent * (0.75 + double(noise % 500) / 1000.0) : 0.0;
    // The host's CPU time in ns since it booted (counting from 1970 overflowed qint64: UBSan).
    const qint64 system = qMax<qint64>(1, now - m_state.bootSecs()) * Cpus * 1000000000LL;
    const qint64 up = qMax<qint64>(1, now - c.startedAt);
    const qint64 total = running ? qint64(c.cpuPercent / 100.0 * 1e9 * double(up)) : 0;
    const qint64 cache = c.memoryBytes / 3;
    const qint64 usage = running ? c.memoryBytes + cache + (noise % 2097152) : 0;
    const QJsonObject cpu{
        {u"cpu_usage"_s, QJsonObject{{u"total_usage"_s, total},
                                     {u"usage_in_kernelmode"_s, total / 4},
                                     {u"usage_in_usermode"_s, total - total / 4}}},
        {u"system_cpu_usage"_s, running ? system : 0},
        {u"online_cpus"_s, running ? Cpus : 0},
        {u"throttling_data"_s, QJsonObject{{u"periods"_s, 0}, {u"throttled_periods"_s, 0}, {u"throttled_time"_s, 0}}}};
    const qint64 preTotal = qMax<qint64>(0, total - qint64(pct / 100.0 * 1e9));
    const QJsonObject precpu =
        oneShot || !running
            ? QJsonObject{{u"cpu_usage"_s, QJsonObject{{u"total_usage"_s, 0},
                                                       {u"usage_in_kernelmode"_s, 0},
                                                       {u"usage_in_usermode"_s, 0}}},
                          {u"throttling_data"_s,
                           QJsonObject{{u"periods"_s, 0}, {u"throttled_periods"_s, 0}, {u"throttled_time"_s, 0}}}}
            : QJsonObject{{u"cpu_usage"_s, QJsonObject{{u"total_usage"_s, preTotal},
                                                       {u"usage_in_kernelmode"_s, preTotal / 4},
                                                       {u"usage_in_usermode"_s, preTotal - preTotal / 4}}},
                          {u"system_cpu_usage"_s, system - Cpus * 1000000000LL},
                          {u"online_cpus"_s, Cpus},
                          {u"throttling_data"_s,
                           QJsonObject{{u"periods"_s, 0}, {u"throttled_periods"_s, 0}, {u"throttled_time"_s, 0}}}};
    QJsonObject out{
        {u"read"_s, rfc3339Nano(now * 1000000000LL + 123456789)},
        {u"preread"_s, oneShot ? u"0001-01-01T00:00:00Z"_s : rfc3339Nano((now - 1) * 1000000000LL + 120034567)},
        {u"name"_s, QString(u'/' + c.name)},
        {u"id"_s, c.id},
        {u"num_procs"_s, 0},
        {u"pids_stats"_s, QJsonObject{{u"current"_s, running ? 4 + int(noise % 40) : 0}, {u"limit"_s, 38341}}},
        {u"blkio_stats"_s, QJsonObject{{u"io_service_bytes_recursive"_s,
                                        QJsonArray{QJsonObject{{u"major"_s, 8},
                                                               {u"minor"_s, 0},
                                                               {u"op"_s, u"read"_s},
                                                               {u"value"_s, running ? up * 40960 : 0}},
                                                   QJsonObject{{u"major"_s, 8},
                                                               {u"minor"_s, 0},
                                                               {u"op"_s, u"write"_s},
                                                               {u"value"_s, running ? up * 81920 : 0}}}}}},
        {u"storage_stats"_s, QJsonObject()},
        {u"cpu_stats"_s, cpu},
        {u"precpu_stats"_s, precpu},
        {u"memory_stats"_s, running ? QJsonObject{{u"usage"_s, usage},
                                                  {u"limit"_s, HostMemory},
                                                  {u"stats"_s, QJsonObject{{u"anon"_s, c.memoryBytes},
                                                                           {u"file"_s, cache},
                                                                           {u"active_file"_s, cache / 4},
                                                                           {u"inactive_file"_s, cache - cache / 4},
                                                                           {u"kernel"_s, 1839104},
                                                                           {u"pgfault"_s, up * 17},
                                                                           {u"pgmajfault"_s, 12}}}}
                                    : QJsonObject()}};
    if (running && !c.ipAddress.isEmpty()) {
        out.insert(u"networks"_s, QJsonObject{{u"eth0"_s, QJsonObject{{u"rx_bytes"_s, up * 5120},
                                                                      {u"rx_packets"_s, up * 9},
                                                                      {u"rx_errors"_s, 0},
                                                                      {u"rx_dropped"_s, 0},
                                                                      {u"tx_bytes"_s, up * 3072},
                                                                      {u"tx_packets"_s, up * 7},
                                                                      {u"tx_errors"_s, 0},
                                                                      {u"tx_dropped"_s, 0}}}});
    }
    return out;
}

HttpResponse DockerApi::handle(const HttpRequest &original)
{
    m_state.tick();
    HttpRequest request = original;
    static const QRegularExpression versioned(u"^/v1\\.(\\d+)(/.*)$"_s);
    const QRegularExpressionMatch m = versioned.match(request.path);
    if (m.hasMatch()) {
        const int minor = m.captured(1).toInt();
        if (minor > MaxApiMinor)
            return error(400, u"client version 1.%1 is too new. Maximum supported API version is 1.%2"_s.arg(minor).arg(
                                  MaxApiMinor));
        if (minor < MinApiMinor)
            return error(400, u"client version 1.%1 is too old. Minimum supported API version is 1.%2, please "
                              "upgrade your client to a newer version"_s.arg(minor)
                                  .arg(MinApiMinor));
        request.path = m.captured(2);
    }
    const QString &path = request.path;
    const QByteArray &method = request.method;

    if (path == u"/_ping"_s && (method == "GET" || method == "HEAD")) {
        return HttpResponse::text("OK", 200, "text/plain; charset=utf-8")
            .withHeader("Api-Version", "1.47")
            .withHeader("Builder-Version", "2")
            .withHeader("Docker-Experimental", "false")
            .withHeader("Ostype", "linux")
            .withHeader("Server", "Docker/27.5.1 (linux)")
            .withHeader("Swarm", m_state.host() == ContainerState::Host::Swarm ? "active/manager" : "inactive")
            .withHeader("Cache-Control", "no-cache, no-store, must-revalidate")
            .withHeader("Pragma", "no-cache");
    }
    const auto withServer = [](HttpResponse r) {
        return r.withHeader("Api-Version", "1.47").withHeader("Server", "Docker/27.5.1 (linux)");
    };
    if (path == u"/version"_s && method == "GET") {
        const QJsonObject engine{{u"Name"_s, u"Engine"_s},
                                 {u"Version"_s, u"27.5.1"_s},
                                 {u"Details"_s, QJsonObject{{u"ApiVersion"_s, u"1.47"_s},
                                                            {u"MinAPIVersion"_s, u"1.24"_s},
                                                            {u"Os"_s, u"linux"_s},
                                                            {u"Arch"_s, u"amd64"_s}}}};
        return withServer(
            HttpResponse::json(QJsonObject{{u"Platform"_s, QJsonObject{{u"Name"_s, u"Docker Engine - Community"_s}}},
                                           {u"Components"_s, QJsonArray{engine}},
                                           {u"Version"_s, u"27.5.1"_s},
                                           {u"ApiVersion"_s, u"1.47"_s},
                                           {u"MinAPIVersion"_s, u"1.24"_s},
                                           {u"GitCommit"_s, u"4c9b3b0"_s},
                                           {u"GoVersion"_s, u"go1.22.11"_s},
                                           {u"Os"_s, u"linux"_s},
                                           {u"Arch"_s, u"amd64"_s},
                                           {u"KernelVersion"_s, u"6.12.15-production+truenas"_s},
                                           {u"BuildTime"_s, u"2025-01-22T13:41:17.000000000+00:00"_s}}));
    }
    if (path == u"/info"_s && method == "GET") {
        int running = 0;
        int paused = 0;
        int stopped = 0;
        for (const Container &c : m_state.containers()) {
            if (c.state == u"running"_s || c.state == u"restarting"_s)
                ++running;
            else if (c.state == u"paused"_s)
                ++paused;
            else
                ++stopped;
        }
        return withServer(HttpResponse::json(QJsonObject{
            {u"ID"_s, u"7f3c2a9e-51d4-4c8b-9e07-2b6d8a41f5c3"_s},
            {u"Containers"_s, int(m_state.containers().size())},
            {u"ContainersRunning"_s, running},
            {u"ContainersPaused"_s, paused},
            {u"ContainersStopped"_s, stopped},
            {u"Images"_s, 31},
            {u"Driver"_s, u"overlay2"_s},
            {u"DockerRootDir"_s, u"/mnt/.ix-apps/docker"_s},
            {u"Name"_s, u"truenas"_s},
            {u"ServerVersion"_s, u"27.5.1"_s},
            {u"NCPU"_s, Cpus},
            {u"MemTotal"_s, HostMemory},
            {u"OperatingSystem"_s, u"Debian GNU/Linux 12 (bookworm)"_s},
            {u"OSType"_s, u"linux"_s},
            {u"Architecture"_s, u"x86_64"_s},
            {u"KernelVersion"_s, u"6.12.15-production+truenas"_s},
            {u"CgroupDriver"_s, u"systemd"_s},
            {u"CgroupVersion"_s, u"2"_s},
            {u"Swarm"_s, QJsonObject{{u"LocalNodeState"_s,
                                      m_state.host() == ContainerState::Host::Swarm ? u"active"_s : u"inactive"_s},
                                     {u"ControlAvailable"_s, m_state.host() == ContainerState::Host::Swarm}}}}));
    }
    if (path == u"/containers/json"_s && method == "GET")
        return withServer(containersList(request));
    if (path == u"/events"_s && method == "GET")
        return withServer(events(request));

    static const QRegularExpression containerPath(u"^/containers/([^/]+)/([a-z]+)$"_s);
    const QRegularExpressionMatch cm = containerPath.match(path);
    if (cm.hasMatch()) {
        const QString id = cm.captured(1);
        const QString action = cm.captured(2);
        const Container *c = m_state.find(id);
        if (!c)
            return withServer(error(404, u"No such container: "_s + id));
        if (method == "GET" && action == u"json"_s)
            return withServer(HttpResponse::json(inspect(*c)));
        if (method == "GET" && action == u"logs"_s)
            return withServer(logs(*c, request));
        if (method == "GET" && action == u"stats"_s) {
            const bool stream =
                request.queryValue(u"stream"_s) != u"false"_s && request.queryValue(u"stream"_s) != u"0"_s;
            const bool oneShot =
                request.queryValue(u"one-shot"_s) == u"true"_s || request.queryValue(u"one-shot"_s) == u"1"_s;
            if (!stream)
                return withServer(HttpResponse::json(stats(*c, m_state.nowSecs(), oneShot)));
            HttpResponse r;
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            const QString cid = c->id;
            ContainerState *state = &m_state;
            r.stream = [this, cid, state](const std::shared_ptr<ResponseStream> &s) {
                ResponseStream *raw = s.get();
                const auto send = [this, cid, state, raw] {
                    if (const Container *found = state->find(cid); found && raw->isOpen())
                        raw->write(
                            QJsonDocument(stats(*found, state->nowSecs(), false)).toJson(QJsonDocument::Compact) +
                            '\n');
                };
                send();
                auto *timer = new QTimer(raw);
                QObject::connect(timer, &QTimer::timeout, raw, send);
                timer->start(1000);
            };
            return withServer(r);
        }
        if (method == "POST") {
            QString message;
            ContainerState::Result result = ContainerState::Result::NotFound;
            if (action == u"start"_s)
                result = m_state.start(id, &message);
            else if (action == u"stop"_s)
                result = m_state.stop(id, &message);
            else if (action == u"restart"_s)
                result = m_state.restart(id, &message);
            else if (action == u"kill"_s)
                result = m_state.kill(id, request.queryValue(u"signal"_s), &message);
            else if (action == u"pause"_s)
                result = m_state.pause(id, &message);
            else if (action == u"unpause"_s)
                result = m_state.unpause(id, &message);
            else
                return withServer(error(404, u"page not found"_s));
            switch (result) {
            case ContainerState::Result::Ok:
                return withServer(HttpResponse::empty(204));
            case ContainerState::Result::NotModified:
                return withServer(HttpResponse::empty(304));
            case ContainerState::Result::NotFound:
                return withServer(error(404, message));
            case ContainerState::Result::Conflict:
                return withServer(error(409, message));
            }
        }
    }
    return withServer(error(404, u"page not found"_s));
}

HttpResponse DockerApi::containersList(const HttpRequest &request)
{
    const QString allParam = request.queryValue(u"all"_s);
    const bool all = allParam == u"1"_s || allParam == u"true"_s || allParam == u"True"_s;
    QString problem;
    const QHash<QString, QStringList> filters = parseFilters(request.queryValue(u"filters"_s), &problem);
    if (!problem.isEmpty())
        return error(400, problem);
    static const QStringList knownFilters{u"status"_s,  u"health"_s,   u"label"_s,   u"name"_s,   u"id"_s,
                                          u"network"_s, u"ancestor"_s, u"exited"_s,  u"before"_s, u"since"_s,
                                          u"volume"_s,  u"expose"_s,   u"publish"_s, u"is-task"_s};
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        if (!knownFilters.contains(it.key()))
            return error(400, u"invalid filter '%1'"_s.arg(it.key()));
    }
    QList<const Container *> list;
    for (const Container &c : m_state.containers()) {
        const bool statusFilter = filters.contains(u"status"_s);
        if (!all && !statusFilter && c.state != u"running"_s && c.state != u"paused"_s && c.state != u"restarting"_s)
            continue;
        if (statusFilter && !filters.value(u"status"_s).contains(c.state))
            continue;
        if (filters.contains(u"health"_s) && !filters.value(u"health"_s).contains(healthOf(c)))
            continue;
        if (filters.contains(u"label"_s) && !labelMatches(c.labels(), filters.value(u"label"_s)))
            continue;
        if (filters.contains(u"name"_s)) {
            bool any = false;
            for (const QString &n : filters.value(u"name"_s)) {
                const QRegularExpression re(n);
                any = any || (re.isValid() ? re.match(u'/' + c.name).hasMatch() : c.name.contains(n));
            }
            if (!any)
                continue;
        }
        if (filters.contains(u"id"_s)) {
            bool any = false;
            for (const QString &id : filters.value(u"id"_s))
                any = any || c.id.startsWith(id);
            if (!any)
                continue;
        }
        if (filters.contains(u"network"_s) && !filters.value(u"network"_s).contains(c.networkMode))
            continue;
        if (filters.contains(u"ancestor"_s)) {
            bool any = false;
            for (const QString &a : filters.value(u"ancestor"_s))
                any = any || c.image == a || c.image.section(u':', 0, 0) == a || c.imageId == a;
            if (!any)
                continue;
        }
        list << &c;
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Container *a, const Container *b) { return a->created > b->created; });
    const int limit = request.queryValue(u"limit"_s).toInt();
    if (limit > 0)
        list = list.mid(0, limit);
    QJsonArray out;
    for (const Container *c : list)
        out.append(summary(*c));
    return HttpResponse::json(out);
}

HttpResponse DockerApi::logs(const Container &c, const HttpRequest &request)
{
    const auto flag = [&](const QString &name) {
        const QString v = request.queryValue(name);
        return v == u"1"_s || v == u"true"_s || v == u"True"_s;
    };
    const bool wantOut = flag(u"stdout"_s);
    const bool wantErr = flag(u"stderr"_s);
    if (!wantOut && !wantErr)
        return error(400, u"Bad parameters: you must choose at least one stream"_s);
    const bool timestamps = flag(u"timestamps"_s);
    const bool follow = flag(u"follow"_s);
    const qint64 since = sinceParam(request.queryValue(u"since"_s), 0);
    const qint64 until = sinceParam(request.queryValue(u"until"_s), 0);
    const QString tailParam = request.queryValue(u"tail"_s);
    const bool tty = c.tty;
    const auto encode = [tty, timestamps](const LogLine &line) {
        QByteArray text = line.text;
        if (timestamps)
            text = rfc3339Nano(line.timeNs).toLatin1() + ' ' + text;
        return tty ? text : logFrame(line.stream, text);
    };
    const auto wanted = [wantOut, wantErr](const LogLine &line) {
        return (line.stream == 1 && wantOut) || (line.stream == 2 && wantErr);
    };
    QList<LogLine> lines;
    for (const LogLine &line : c.logs) {
        if (!wanted(line))
            continue;
        if (since > 0 && line.timeNs < since * 1000000000LL)
            continue;
        if (until > 0 && line.timeNs > until * 1000000000LL)
            continue;
        lines << line;
    }
    bool ok = false;
    const int tail = tailParam.toInt(&ok);
    if (ok && tail >= 0 && tail < lines.size())
        lines = lines.mid(lines.size() - tail);
    QByteArray body;
    for (const LogLine &line : std::as_const(lines))
        body += encode(line);
    const QByteArray contentType =
        tty ? "application/vnd.docker.raw-stream" : "application/vnd.docker.multiplexed-stream";
    if (!follow || !c.isRunning())
        return HttpResponse::text(body, 200, contentType);
    HttpResponse r;
    r.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    const QString id = c.id;
    ContainerState *state = &m_state;
    r.stream = [body, id, state, encode, wanted](const std::shared_ptr<ResponseStream> &s) {
        ResponseStream *raw = s.get();
        if (!body.isEmpty())
            raw->write(body);
        QObject::connect(state, &ContainerState::logAppended, raw,
                         [raw, id, encode, wanted](const QString &cid, const LogLine &line) {
                             if (cid == id && wanted(line) && raw->isOpen())
                                 raw->write(encode(line));
                         });
        QObject::connect(state, &ContainerState::eventEmitted, raw, [raw, id](const QJsonObject &event) {
            if (event.value(u"id"_s).toString() == id && event.value(u"Action"_s).toString() == u"die"_s &&
                raw->isOpen())
                raw->finish();
        });
    };
    return r;
}

HttpResponse DockerApi::events(const HttpRequest &request)
{
    QString problem;
    const QHash<QString, QStringList> filters = parseFilters(request.queryValue(u"filters"_s), &problem);
    if (!problem.isEmpty())
        return error(400, problem);
    const qint64 now = m_state.nowSecs();
    const bool hasSince = !request.queryValue(u"since"_s).isEmpty();
    const qint64 since = sinceParam(request.queryValue(u"since"_s), now);
    const bool hasUntil = !request.queryValue(u"until"_s).isEmpty();
    const qint64 until = sinceParam(request.queryValue(u"until"_s), 0);
    ContainerState *state = &m_state;
    const auto matches = [filters, state](const QJsonObject &e) {
        if (filters.contains(u"type"_s) && !filters.value(u"type"_s).contains(e.value(u"Type"_s).toString()))
            return false;
        const QString action = e.value(u"Action"_s).toString();
        if (filters.contains(u"event"_s)) {
            bool any = false;
            for (const QString &f : filters.value(u"event"_s)) {
                any = any || action == f ||
                      ((f == u"health_status"_s || f.startsWith(u"exec_"_s)) && action.startsWith(f + u':'));
            }
            if (!any)
                return false;
        }
        const QJsonObject actor = e.value(u"Actor"_s).toObject();
        const QJsonObject attributes = actor.value(u"Attributes"_s).toObject();
        if (filters.contains(u"container"_s)) {
            bool any = false;
            for (const QString &f : filters.value(u"container"_s))
                any =
                    any || actor.value(u"ID"_s).toString().startsWith(f) || attributes.value(u"name"_s).toString() == f;
            if (!any)
                return false;
        }
        if (filters.contains(u"image"_s) &&
            !filters.value(u"image"_s).contains(attributes.value(u"image"_s).toString()))
            return false;
        if (filters.contains(u"label"_s)) {
            QMap<QString, QString> labels;
            for (auto it = attributes.begin(); it != attributes.end(); ++it)
                labels.insert(it.key(), it.value().toString());
            if (!labelMatches(labels, filters.value(u"label"_s)))
                return false;
        }
        Q_UNUSED(state);
        return true;
    };
    QByteArray backlog;
    if (hasSince) {
        for (const QJsonObject &e : m_state.events()) {
            const qint64 t = e.value(u"time"_s).toInteger();
            if (t >= since && (!hasUntil || t <= until) && matches(e))
                backlog += QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
        }
    }
    if (hasUntil && until <= now)
        return HttpResponse::text(backlog, 200, "application/json");
    HttpResponse r;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.stream = [backlog, matches, state](const std::shared_ptr<ResponseStream> &s) {
        ResponseStream *raw = s.get();
        if (!backlog.isEmpty())
            raw->write(backlog);
        QObject::connect(state, &ContainerState::eventEmitted, raw, [raw, matches](const QJsonObject &e) {
            if (raw->isOpen() && matches(e))
                raw->write(QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n');
        });
        QObject::connect(state, &ContainerState::streamsDropped, raw, [raw] {
            if (raw->isOpen())
                raw->finish();
        });
    };
    return r;
}

} // namespace KryNet::LabSim::Docker
