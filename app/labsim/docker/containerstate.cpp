#include "app/labsim/docker/containerstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>
#include <QTimeZone>

#include "app/labsim/labclock.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Docker
{

namespace
{

constexpr qint64 Day = 86400;
constexpr qint64 MiB = 1024 * 1024;
constexpr int MaxLogLines = 2000;

struct Spec
{
    const char *project;
    const char *service;
    const char *name; ///< container_name, or nullptr for "<project>-<service>-1"
    const char *image;
    const char *command;
    QList<PortBinding> ports;
    const char *health;  ///< nullptr: no healthcheck; "healthy" / "unhealthy"
    const char *state;   ///< running, exited, restarting
    const char *network; ///< nullptr: <project>_default; "host"; "parent:gluetun"
    int restartCount;
    double cpu;
    int memMiB;
    bool tty;
};

/// The second standalone Docker host Portainer manages (a Raspberry Pi in the garage).
QList<Spec> standaloneSpecs()
{
    return {
        {"home",
         "homeassistant",
         "homeassistant",
         "ghcr.io/home-assistant/home-assistant:2025.1.4",
         "/init",
         {{8123, 8123}},
         "healthy",
         "running",
         "host",
         0,
         2.3,
         380,
         false},
        {"home",
         "mosquitto",
         "mosquitto",
         "eclipse-mosquitto:2.0.20",
         "/docker-entrypoint.sh /usr/sbin/mosquitto -c /mosquitto/config/mosquitto.conf",
         {{1883, 1883}},
         nullptr,
         "running",
         nullptr,
         0,
         0.1,
         9,
         false},
        {"home",
         "zigbee2mqtt",
         "zigbee2mqtt",
         "koenkk/zigbee2mqtt:2.0.0",
         "docker-entrypoint.sh /sbin/tini -- node index.js",
         {{8080, 8081}},
         "healthy",
         "running",
         nullptr,
         0,
         0.6,
         120,
         false},
        {"dns",
         "pihole",
         "pihole",
         "pihole/pihole:2024.07.0",
         "start.sh",
         {{53, 53, u"udp"_s}, {80, 8053}},
         "healthy",
         "running",
         nullptr,
         0,
         0.4,
         95,
         false},
    };
}

/// The Swarm manager: the tasks of stack "web" running on it.
QList<Spec> swarmSpecs()
{
    return {
        {"web",
         "nginx",
         "web_nginx.1.k2x7c3m9q0w1e5r8t4y6u2i3o",
         "nginx:1.27-alpine",
         "/docker-entrypoint.sh nginx -g daemon off;",
         {},
         nullptr,
         "running",
         nullptr,
         0,
         0.1,
         12,
         false},
        {"web",
         "api",
         "web_api.1.p9o8i7u6y5t4r3e2w1q0a9s8d",
         "ghcr.io/example/api:1.4.2",
         "node server.js",
         {},
         "healthy",
         "running",
         nullptr,
         0,
         0.8,
         140,
         false},
        {"web",
         "api",
         "web_api.2.z1x2c3v4b5n6m7l8k9j0h1g2f",
         "ghcr.io/example/api:1.4.2",
         "node server.js",
         {},
         "healthy",
         "running",
         nullptr,
         0,
         0.7,
         133,
         false},
    };
}

QList<Spec> specs()
{
    return {
        {"media",
         "gluetun",
         "gluetun",
         "qmcgaw/gluetun:v3.39.1",
         "/gluetun-entrypoint",
         {{8080, 8080}, {8085, 8085}, {8000, 8000}, {51413, 0, u"udp"_s}},
         "healthy",
         "running",
         nullptr,
         0,
         0.4,
         38,
         false},
        {"media",
         "qbittorrent",
         "qbittorrent",
         "lscr.io/linuxserver/qbittorrent:5.0.3",
         "/init",
         {},
         nullptr,
         "running",
         "parent:gluetun",
         2,
         3.1,
         412,
         false},
        {"media",
         "sabnzbd",
         "sabnzbd",
         "lscr.io/linuxserver/sabnzbd:4.4.1",
         "/init",
         {},
         nullptr,
         "running",
         "parent:gluetun",
         1,
         1.2,
         221,
         false},
        {"media",
         "sonarr",
         "sonarr",
         "lscr.io/linuxserver/sonarr:4.0.12",
         "/init",
         {{8989, 8989}},
         nullptr,
         "running",
         nullptr,
         0,
         0.8,
         310,
         false},
        {"media",
         "radarr",
         "radarr",
         "lscr.io/linuxserver/radarr:5.17.2",
         "/init",
         {{7878, 7878}},
         nullptr,
         "running",
         nullptr,
         0,
         0.7,
         296,
         false},
        {"media",
         "prowlarr",
         "prowlarr",
         "lscr.io/linuxserver/prowlarr:1.30.2",
         "/init",
         {{9696, 9696}},
         nullptr,
         "running",
         nullptr,
         0,
         0.3,
         181,
         false},
        {"media",
         "bazarr",
         "bazarr",
         "lscr.io/linuxserver/bazarr:1.5.1",
         "/init",
         {{6767, 6767}},
         nullptr,
         "running",
         nullptr,
         0,
         0.5,
         262,
         false},
        {"media",
         "jellyfin",
         "jellyfin",
         "jellyfin/jellyfin:10.10.3",
         "/jellyfin/jellyfin",
         {{8096, 8096}},
         "healthy",
         "running",
         nullptr,
         0,
         2.5,
         784,
         false},
        {"media",
         "seerr",
         "seerr",
         "fallenbagel/jellyseerr:2.3.0",
         "/sbin/tini -- npm start",
         {{5055, 5055}},
         nullptr,
         "running",
         nullptr,
         0,
         0.4,
         243,
         false},
        {"photos",
         "immich-server",
         "immich_server",
         "ghcr.io/immich-app/immich-server:v1.125.7",
         "tini -- /bin/bash start.sh",
         {{2283, 2283}},
         "healthy",
         "running",
         nullptr,
         0,
         1.8,
         622,
         false},
        {"photos",
         "immich-machine-learning",
         "immich_machine_learning",
         "ghcr.io/immich-app/immich-machine-learning:v1.125.7",
         "tini -- ./start.sh",
         {},
         "unhealthy",
         "running",
         nullptr,
         0,
         0.2,
         1452,
         false},
        {"photos",
         "database",
         "immich_postgres",
         "ghcr.io/immich-app/postgres:14-vectorchord0.3.0-pgvectors0.2.0",
         "docker-entrypoint.sh postgres",
         {},
         "healthy",
         "running",
         nullptr,
         0,
         0.6,
         318,
         false},
        {"photos",
         "redis",
         "immich_redis",
         "docker.io/valkey/valkey:8-bookworm",
         "docker-entrypoint.sh valkey-server",
         {},
         "healthy",
         "running",
         nullptr,
         0,
         0.2,
         14,
         false},
        {"ai",
         "open-webui",
         nullptr,
         "ghcr.io/open-webui/open-webui:0.5.10",
         "bash start.sh",
         {{8080, 3000}},
         "healthy",
         "running",
         nullptr,
         0,
         0.9,
         702,
         false},
        {"ai",
         "litellm",
         nullptr,
         "ghcr.io/berriai/litellm:main-v1.61.3",
         "litellm --port 4000",
         {{4000, 4000}},
         "healthy",
         "running",
         nullptr,
         0,
         1.1,
         540,
         false},
        {"ai",
         "litellm-db",
         nullptr,
         "postgres:16-alpine",
         "docker-entrypoint.sh postgres",
         {},
         "healthy",
         "running",
         nullptr,
         0,
         0.3,
         96,
         false},
        {"monitoring",
         "uptime-kuma",
         "uptime-kuma",
         "louislam/uptime-kuma:1.23.16",
         "/usr/bin/dumb-init -- extra/entrypoint.sh node server/server.js",
         {{3001, 3001}},
         "healthy",
         "running",
         nullptr,
         0,
         0.7,
         134,
         false},
        {"monitoring",
         "prometheus",
         "prometheus",
         "prom/prometheus:v3.1.0",
         "/bin/prometheus --config.file=/etc/prometheus/prometheus.yml",
         {{9090, 9090}},
         nullptr,
         "running",
         nullptr,
         0,
         1.4,
         405,
         false},
        {"monitoring",
         "node-exporter",
         "node-exporter",
         "prom/node-exporter:v1.8.2",
         "/bin/node_exporter --path.rootfs=/host",
         {},
         nullptr,
         "running",
         "host",
         0,
         0.3,
         22,
         false},
        {"monitoring",
         "dozzle",
         "dozzle",
         "amir20/dozzle:v8.10.5",
         "/dozzle",
         {{8080, 8888}},
         "healthy",
         "running",
         nullptr,
         0,
         0.1,
         18,
         false},
        {"monitoring",
         "homarr",
         "homarr",
         "ghcr.io/homarr-labs/homarr:v1.7.0",
         "/app/entrypoint.sh",
         {{7575, 7575}},
         nullptr,
         "exited",
         nullptr,
         0,
         0,
         0,
         false},
        {"infra",
         "nginx-proxy-manager",
         "nginx-proxy-manager",
         "jc21/nginx-proxy-manager:2.12.3",
         "/init",
         {{80, 80}, {443, 443}, {81, 81}},
         nullptr,
         "running",
         nullptr,
         0,
         0.2,
         161,
         false},
        {"infra",
         "cloudflared",
         "cloudflared",
         "cloudflare/cloudflared:2025.1.1",
         "cloudflared --no-autoupdate tunnel run",
         {},
         nullptr,
         "restarting",
         nullptr,
         14,
         0,
         0,
         false},
        {"infra",
         "tailscale",
         "tailscale",
         "tailscale/tailscale:v1.80.0",
         "/usr/local/bin/containerboot",
         {},
         nullptr,
         "running",
         "host",
         0,
         0.2,
         41,
         true},
        {"infra",
         "portainer",
         "portainer",
         "portainer/portainer-ce:2.23.0",
         "/portainer",
         {{9443, 9443}, {8000, 8001}},
         nullptr,
         "running",
         nullptr,
         0,
         0.3,
         58,
         false},
    };
}

QString randomHex(QRandomGenerator &rng, int digits)
{
    QString out;
    for (int i = 0; i < digits; ++i)
        out += QChar(u"0123456789abcdef"[rng.bounded(16)]);
    return out;
}

quint32 mix(const QString &s, qint64 n)
{
    const QByteArray h =
        QCryptographicHash::hash(QByteArray(s.toUtf8() + QByteArray::number(n)), QCryptographicHash::Sha1);
    return quint32(uchar(h[0])) << 24 | quint32(uchar(h[1])) << 16 | quint32(uchar(h[2])) << 8 | uchar(h[3]);
}

} // namespace

QMap<QString, QString> Container::labels() const
{
    if (swarm) {
        // Swarm tasks carry the stack's labels, not compose's.
        return {{u"com.docker.stack.namespace"_s, project},
                {u"com.docker.swarm.service.name"_s, project + u'_' + service},
                {u"com.docker.swarm.task.name"_s, name},
                {u"com.docker.swarm.node.id"_s, u"t6dhw0c1bqz2m0kn6e8xv4j9r"_s},
                {u"com.docker.stack.image"_s, image}};
    }
    QMap<QString, QString> l{
        {u"com.docker.compose.project"_s, project},
        {u"com.docker.compose.service"_s, service},
        {u"com.docker.compose.container-number"_s, u"1"_s},
        {u"com.docker.compose.oneoff"_s, u"False"_s},
        {u"com.docker.compose.version"_s, u"2.29.7"_s},
        {u"com.docker.compose.project.working_dir"_s, workingDir},
        {u"com.docker.compose.project.config_files"_s, workingDir + u"/docker-compose.yml"_s},
        {u"com.docker.compose.config-hash"_s,
         QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex())},
        {u"com.docker.compose.image"_s, imageId}};
    if (!dependsOn.isEmpty())
        l.insert(u"com.docker.compose.depends_on"_s, dependsOn);
    if (image.startsWith(u"lscr.io/linuxserver/"_s))
        l.insert(u"maintainer"_s, u"linuxserver.io"_s);
    return l;
}

QString ContainerState::workingDir(Host host, const QString &project)
{
    // Stacks Portainer deployed run from its data directory (/data/compose/<stack id>); the rest was
    // deployed with docker compose from a directory on the host.
    if (host == Host::Main && project == u"ai"_s)
        return u"/data/compose/%1"_s.arg(StackIds::Ai);
    if (host == Host::Main && project == u"monitoring"_s)
        return u"/data/compose/%1"_s.arg(StackIds::Monitoring);
    if (host == Host::Standalone && project == u"home"_s)
        return u"/data/compose/%1"_s.arg(StackIds::Home);
    if (host == Host::Main)
        return u"/mnt/orion/apps/compose/"_s + project;
    return u"/opt/stacks/"_s + project;
}

ContainerState::ContainerState(quint32 seed, const LabClock *clock, QObject *parent)
    : ContainerState(seed, clock, Host::Main, parent)
{}

ContainerState::ContainerState(quint32 seed, const LabClock *clock, Host host, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_seed(seed)
    , m_host(host)
{
    qRegisterMetaType<KryNet::LabSim::Docker::LogLine>();
    QRandomGenerator rng(seed ^ 0xd0c4e125U ^ (quint32(host) * 0x9e3779b9U));
    const qint64 now = nowSecs();
    m_bootSecs = now - 40 * Day;
    QString gluetunId;
    int subnet = host == Host::Main ? 18 : host == Host::Standalone ? 30 : 40;
    QHash<QString, int> projectSubnet;
    const QList<Spec> all = host == Host::Main ? specs() : host == Host::Standalone ? standaloneSpecs() : swarmSpecs();
    for (const Spec &s : all) {
        Container c;
        c.id = randomHex(rng, 64);
        c.project = QString::fromLatin1(s.project);
        c.service = QString::fromLatin1(s.service);
        c.name = s.name ? QString::fromLatin1(s.name) : u"%1-%2-1"_s.arg(c.project, c.service);
        c.image = QString::fromLatin1(s.image);
        c.imageId = u"sha256:"_s + randomHex(rng, 64);
        const QStringList command = QString::fromLatin1(s.command).split(u' ');
        c.entrypoint = command.mid(0, 1);
        c.cmd = command.mid(1);
        c.created = now - 40 * Day + qint64(rng.bounded(30 * Day));
        c.swarm = host == Host::Swarm;
        c.workingDir = c.swarm ? QString() : workingDir(host, c.project);
        if (!projectSubnet.contains(c.project))
            projectSubnet.insert(c.project, subnet++);
        const QString network = s.network ? QString::fromLatin1(s.network) : QString();
        if (network == u"host"_s) {
            c.networkMode = u"host"_s;
        } else if (network.startsWith(u"parent:"_s)) {
            c.networkMode = u"container:"_s + gluetunId;
            c.dependsOn = u"gluetun:service_healthy:false"_s;
        } else {
            c.networkMode = c.project + u"_default"_s;
            c.ipAddress = u"172.%1.0.%2"_s.arg(projectSubnet.value(c.project)).arg(2 + rng.bounded(200));
        }
        if (c.service == u"gluetun"_s)
            gluetunId = c.id;
        c.ports = s.ports;
        c.tty = s.tty;
        c.env = {u"TZ=Europe/Berlin"_s, u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s};
        if (c.image.startsWith(u"lscr.io/linuxserver/"_s)) {
            c.env << u"PUID=568"_s << u"PGID=568"_s;
            c.binds.append({u"/mnt/orion/apps/arr-configs/"_s + c.service, u"/config"_s});
            c.binds.append({u"/mnt/orion/media"_s, u"/data"_s});
        } else if (c.project == u"photos"_s) {
            c.binds.append({u"/mnt/andromeda/photos/immich"_s, u"/data"_s});
        } else if (host == Host::Main) {
            c.binds.append({u"/mnt/orion/apps/"_s + c.project + u'/' + c.service, u"/data"_s});
        } else {
            c.binds.append({u"/srv/"_s + c.project + u'/' + c.service, u"/data"_s});
        }
        c.cpuPercent = s.cpu;
        c.memoryBytes = qint64(s.memMiB) * MiB + rng.bounded(4 * MiB);
        c.restartCount = s.restartCount;
        c.state = QString::fromLatin1(s.state);
        c.pid = m_nextPid += 1 + rng.bounded(400);
        c.hasHealthcheck = s.health != nullptr;
        if (c.hasHealthcheck) {
            c.health = QString::fromLatin1(s.health);
            c.healthFails = c.health == u"unhealthy"_s;
            c.failingStreak = c.healthFails ? 47 : 0;
        }
        if (c.state == u"running"_s) {
            c.startedAt = now - qint64(rng.bounded(9 * Day)) - 3600;
            c.healthSince = c.startedAt;
        } else if (c.state == u"exited"_s) {
            c.startedAt = now - 12 * Day;
            c.finishedAt = now - 3 * Day - qint64(rng.bounded(6 * 3600));
            c.exitCode = 1;
            c.pid = 0;
        } else { // restarting: crash loop
            c.startedAt = now - 20;
            c.finishedAt = now - 12;
            c.exitCode = 1;
            c.pid = 0;
            c.nextRestartAt = now + 45;
        }
        // Backlog: a few hundred lines over the last day (or before it stopped).
        const qint64 end = c.state == u"exited"_s ? c.finishedAt : now;
        const qint64 begin = qMax(c.startedAt, end - Day);
        const int lines = 60 + int(rng.bounded(140));
        for (int i = 0; i < lines; ++i) {
            int stream = 1;
            const QByteArray text = logText(c, c.logCounter++, &stream);
            c.logs.append({(begin + (end - begin) * i / lines) * 1000000000LL + rng.bounded(1000000000), stream, text});
        }
        c.nextLogAt = now + 20 + qint64(rng.bounded(60));
        if (c.hasHealthcheck) {
            for (int i = 4; i >= 0; --i) {
                const qint64 t = now - 30 * i;
                c.healthLog.append(QJsonObject{
                    {u"Start"_s, QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                    {u"End"_s, QDateTime::fromSecsSinceEpoch(t + 1, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                    {u"ExitCode"_s, c.healthFails ? 1 : 0},
                    {u"Output"_s, c.healthFails
                                      ? QString(u"curl: (7) Failed to connect to localhost port 3003 after 0 ms: "
                                                "Could not connect to server\n"_s)
                                      : QString()}});
            }
        }
        m_containers.append(c);
    }
    connect(m_timer, &QTimer::timeout, this, &ContainerState::tick);
    m_timer->start(1000);
}

void ContainerState::addScaleContainers(int count)
{
    // The scale scenario (krynet-labsim --scale containers=N): N more containers, ten per compose project,
    // every 25th exited, every third with a healthcheck.
    QRandomGenerator rng(m_seed ^ 0x5ca1e000U);
    const qint64 now = nowSecs();
    for (int i = 0; i < count; ++i) {
        Container c;
        c.id = randomHex(rng, 64);
        c.project = u"fleet%1"_s.arg(i / 10 + 1, 3, 10, QLatin1Char('0'));
        c.service = u"worker%1"_s.arg(i % 10 + 1);
        c.name = u"%1-%2-1"_s.arg(c.project, c.service);
        c.image = u"ghcr.io/krylab/worker:1.4"_s;
        c.imageId = u"sha256:"_s + randomHex(rng, 64);
        c.entrypoint = {u"/usr/bin/worker"_s};
        c.cmd = {u"--serve"_s};
        c.created = now - 20 * Day;
        c.workingDir = workingDir(m_host, c.project);
        c.networkMode = c.project + u"_default"_s;
        c.ipAddress = u"10.64.%1.%2"_s.arg(i / 250).arg(2 + i % 250);
        c.env = {u"TZ=Europe/Berlin"_s};
        c.binds.append({u"/mnt/orion/apps/"_s + c.project + u'/' + c.service, u"/data"_s});
        c.cpuPercent = 0.1 + (i % 17) * 0.3;
        c.memoryBytes = qint64(20 + i % 200) * MiB;
        c.state = i % 25 == 24 ? u"exited"_s : u"running"_s;
        c.startedAt = now - 3600 - qint64(rng.bounded(9 * Day));
        c.healthSince = c.startedAt;
        c.hasHealthcheck = i % 3 == 0;
        if (c.hasHealthcheck)
            c.health = u"healthy"_s;
        if (c.state == u"running"_s) {
            c.pid = m_nextPid += 1 + rng.bounded(50);
        } else {
            c.finishedAt = now - Day;
            c.exitCode = 0;
        }
        c.nextLogAt = now + 60 + qint64(rng.bounded(600));
        m_containers.append(c);
    }
}

void ContainerState::addHostileContainers(const QList<HostileName> &names)
{
    QRandomGenerator rng(m_seed ^ 0x4057113U);
    const qint64 now = nowSecs();
    for (int i = 0; i < 2 * names.size(); ++i) {
        const HostileName &name = names.at(i % names.size());
        const bool dockerValid = i >= names.size();
        Container c;
        c.id = randomHex(rng, 64);
        // Docker refuses such names, so only a broken or compromised daemon sends them: the first set.
        // The second set has valid names and the text where Docker takes any string: labels (the compose
        // project), the command, healthcheck output and the log.
        c.project = dockerValid ? name.text : u"hostile"_s;
        c.service = u"svc%1"_s.arg(i + 1);
        c.name = dockerValid ? u"hostile-"_s + name.key : name.text;
        c.image = dockerValid ? u"ghcr.io/krylab/hostile:1.0"_s : name.text;
        c.imageId = u"sha256:"_s + randomHex(rng, 64);
        c.entrypoint = {u"/bin/sh"_s};
        c.cmd = {u"-c"_s, name.text};
        c.created = now - 2 * Day;
        c.workingDir = workingDir(m_host, c.project);
        c.networkMode = u"hostile_default"_s;
        c.ipAddress = u"172.31.0.%1"_s.arg(2 + i);
        c.env = {u"TZ=Europe/Berlin"_s};
        c.cpuPercent = 0.2;
        c.memoryBytes = 12 * MiB;
        c.startedAt = now - Day;
        c.pid = m_nextPid += 1 + rng.bounded(50);
        c.hasHealthcheck = true;
        c.healthFails = true;
        c.health = u"unhealthy"_s;
        c.healthSince = c.startedAt;
        c.failingStreak = 3;
        c.healthLog.append(QJsonObject{
            {u"Start"_s, QDateTime::fromSecsSinceEpoch(now - 30, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
            {u"End"_s, QDateTime::fromSecsSinceEpoch(now - 29, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
            {u"ExitCode"_s, 1},
            {u"Output"_s, name.text}});
        for (int j = 0; j < names.size(); ++j)
            c.logs.append({(now - 60 + j) * 1000000000LL, 1 + j % 2, hostileBytes(names.at(j).text) + '\n'});
        c.nextLogAt = now + 3650 * Day; // no generated lines: the log is the names
        m_containers.append(c);
    }
}

qint64 ContainerState::nowSecs() const
{
    return m_clock ? m_clock->nowSecs() : QDateTime::currentSecsSinceEpoch();
}

qint64 ContainerState::nowNs() const
{
    return m_clock ? m_clock->now().toMSecsSinceEpoch() * 1000000LL : QDateTime::currentMSecsSinceEpoch() * 1000000LL;
}

QByteArray ContainerState::logText(const Container &c, int index, int *stream) const
{
    const quint32 r = mix(c.id, index);
    *stream = 1;
    const auto pick = [r](const QList<QByteArray> &list) { return list.at(int(r % quint32(list.size()))); };
    if (c.service == u"gluetun"_s)
        return pick({"INFO [healthcheck] healthy!\n",
                     "INFO [ip getter] Public IP address is 185.213.154." + QByteArray::number(r % 250) +
                         " (Netherlands, North Holland, Amsterdam)\n",
                     "INFO [port forwarding] port forwarded is 51413\n", "INFO [dns] ready\n"});
    if (c.service == u"sonarr"_s || c.service == u"radarr"_s || c.service == u"prowlarr"_s || c.service == u"bazarr"_s)
        return pick({"[Info] RssSyncService: RSS Sync Completed. Reports found: " + QByteArray::number(r % 90) +
                         ", Reports grabbed: 0\n",
                     "[Info] DownloadDecisionMaker: Processing " + QByteArray::number(r % 90) + " releases\n",
                     "[Info] RefreshSeriesService: Updating Info\n",
                     "[Warn] DownloadMonitoringService: Import blocked: no files found are eligible for import\n"});
    if (c.service == u"jellyfin"_s)
        return pick(
            {"[INF] Emby.Server.Implementations.ScheduledTasks.TaskManager: Scan Media Library Completed after 0 "
             "minute(s) and " +
                 QByteArray::number(5 + r % 50) + " seconds\n",
             "[INF] Jellyfin.Api.Helpers.MediaInfoHelper: User policy for admin. EnablePlaybackRemuxing: True\n",
             "[INF] MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: Deleting partial stream file(s)\n"});
    if (c.service == u"immich-machine-learning"_s) {
        *stream = 2;
        return pick({"[E] Failed to load model 'ViT-B-32__openai': [Errno 28] No space left on device\n",
                     "[W] Model download for 'buffalo_l' did not finish, retrying\n",
                     "[E] Exception in ASGI application: ConnectionError\n"});
    }
    if (c.service == u"cloudflared"_s) {
        *stream = 2;
        return pick({"ERR Couldn't start tunnel error=\"Unauthorized: Invalid tunnel secret\"\n",
                     "INF Starting tunnel tunnelID=9c5e2c1a-4f0b-4b8e-a1d3-77e5c0f1b2d4\n"});
    }
    if (c.service == u"qbittorrent"_s)
        return pick({"(N) Successfully listening on IP. Protocol: TCP. IP: 10.2.0.2. Port: 51413\n",
                     "(I) Torrent finished. Torrent: \"Debian 12.9 netinst\"\n", "(W) Tracker error: timed out\n"});
    if (c.service == u"database"_s || c.service == u"litellm-db"_s)
        return pick({"LOG:  checkpoint starting: time\n", "LOG:  checkpoint complete: wrote 41 buffers (0.3%)\n"});
    return pick({"level=info msg=\"request served\" status=200 duration=" + QByteArray::number(r % 900) + "ms\n",
                 "level=info msg=\"health check ok\"\n",
                 "level=debug msg=\"cache refreshed\" entries=" + QByteArray::number(r % 5000) + "\n"});
}

const Container *ContainerState::find(const QString &idOrName) const
{
    QString key = idOrName;
    if (key.startsWith(u'/'))
        key = key.mid(1);
    if (key.isEmpty())
        return nullptr;
    const Container *prefixMatch = nullptr;
    int prefixCount = 0;
    for (const Container &c : m_containers) {
        if (c.id == key || c.name == key)
            return &c;
        if (c.id.startsWith(key)) {
            prefixMatch = &c;
            ++prefixCount;
        }
    }
    return prefixCount == 1 ? prefixMatch : nullptr;
}

Container *ContainerState::mutableFind(const QString &idOrName)
{
    return const_cast<Container *>(find(idOrName));
}

void ContainerState::emitEvent(const Container &c, const QString &action, const QMap<QString, QString> &extra)
{
    QJsonObject attributes{{u"name"_s, c.name}, {u"image"_s, c.image}};
    const QMap<QString, QString> labels = c.labels();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        attributes.insert(it.key(), it.value());
    for (auto it = extra.begin(); it != extra.end(); ++it)
        attributes.insert(it.key(), it.value());
    const qint64 ns = nowNs();
    const QJsonObject event{
        {u"status"_s, action},    {u"id"_s, c.id},
        {u"from"_s, c.image},     {u"Type"_s, u"container"_s},
        {u"Action"_s, action},    {u"Actor"_s, QJsonObject{{u"ID"_s, c.id}, {u"Attributes"_s, attributes}}},
        {u"scope"_s, u"local"_s}, {u"time"_s, ns / 1000000000LL},
        {u"timeNano"_s, ns}};
    m_events.append(event);
    while (m_events.size() > 5000)
        m_events.removeFirst();
    if (!m_eventsMuted)
        Q_EMIT eventEmitted(event);
}

void ContainerState::appendLog(Container &c, qint64 timeNs, int stream, const QByteArray &text)
{
    const LogLine line{timeNs, stream, text};
    c.logs.append(line);
    while (c.logs.size() > MaxLogLines)
        c.logs.removeFirst();
    Q_EMIT logAppended(c.id, line);
}

void ContainerState::doStart(Container &c)
{
    c.state = u"running"_s;
    c.startedAt = nowSecs();
    c.exitCode = 0;
    c.pid = m_nextPid += 37;
    if (c.hasHealthcheck) {
        c.health = u"starting"_s;
        c.healthSince = c.startedAt;
        c.failingStreak = 0;
    }
    emitEvent(c, u"start"_s);
    appendLog(c, nowNs(), 1, "[init] starting " + c.service.toUtf8() + "\n");
}

void ContainerState::doStop(Container &c, int exitCode, const QString &signal)
{
    emitEvent(c, u"kill"_s, {{u"signal"_s, signal}});
    c.state = u"exited"_s;
    c.finishedAt = nowSecs();
    c.exitCode = exitCode;
    c.pid = 0;
    emitEvent(
        c, u"die"_s,
        {{u"exitCode"_s, QString::number(exitCode)}, {u"execDuration"_s, QString::number(c.finishedAt - c.startedAt)}});
}

ContainerState::Result ContainerState::start(const QString &idOrName, QString *message)
{
    tick();
    Container *c = mutableFind(idOrName);
    if (!c) {
        *message = u"No such container: "_s + idOrName;
        return Result::NotFound;
    }
    if (c->state == u"running"_s || c->state == u"paused"_s)
        return Result::NotModified;
    c->nextRestartAt = 0;
    doStart(*c);
    return Result::Ok;
}

ContainerState::Result ContainerState::stop(const QString &idOrName, QString *message)
{
    tick();
    Container *c = mutableFind(idOrName);
    if (!c) {
        *message = u"No such container: "_s + idOrName;
        return Result::NotFound;
    }
    if (c->state == u"exited"_s || c->state == u"created"_s)
        return Result::NotModified;
    c->nextRestartAt = 0;
    if (c->state == u"restarting"_s) {
        c->state = u"exited"_s;
        emitEvent(*c, u"stop"_s);
        return Result::Ok;
    }
    doStop(*c, 0, u"15"_s);
    emitEvent(*c, u"stop"_s);
    return Result::Ok;
}

ContainerState::Result ContainerState::restart(const QString &idOrName, QString *message)
{
    tick();
    Container *c = mutableFind(idOrName);
    if (!c) {
        *message = u"No such container: "_s + idOrName;
        return Result::NotFound;
    }
    if (c->state == u"running"_s || c->state == u"paused"_s) {
        doStop(*c, 0, u"15"_s);
        emitEvent(*c, u"stop"_s);
    }
    c->nextRestartAt = 0;
    doStart(*c);
    emitEvent(*c, u"restart"_s);
    return Result::Ok;
}

ContainerState::Result ContainerState::kill(const QString &idOrName, const QString &signal, QString *message)
{
    tick();
    Container *c = mutableFind(idOrName);
    if (!c) {
        *message = u"No such container: "_s + idOrName;
        return Result::NotFound;
    }
    if (!c->isRunning()) {
        *message = u"Cannot kill container: %1: container %2 is not running"_s.arg(idOrName, c->id);
        return Result::Conflict;
    }
    doStop(*c, 137, signal.isEmpty() ? u"9"_s : signal);
    return Result::Ok;
}

ContainerState::Result ContainerState::pause(const QString &idOrName, QString *message)
{
    tick();
    Container *c = mutableFind(idOrName);
    if (!c) {
        *message = u"No such container: "_s + idOrName;
        return Result::NotFound;
    }
    if (c->state != u"running"_s) {
        *message = c->state == u"paused"_s ? u"cannot pause container %1: container is already paused"_s.arg(c->id)
                                           : u"container %1 is not running"_s.arg(c->id);
        return Result::Conflict;
    }
    c->state = u"paused"_s;
    emitEvent(*c, u"pause"_s);
    return Result::Ok;
}

ContainerState::Result ContainerState::unpause(const QString &idOrName, QString *message)
{
    tick();
    Container *c = mutableFind(idOrName);
    if (!c) {
        *message = u"No such container: "_s + idOrName;
        return Result::NotFound;
    }
    if (c->state != u"paused"_s) {
        *message = u"Container %1 is not paused"_s.arg(c->id);
        return Result::Conflict;
    }
    c->state = u"running"_s;
    emitEvent(*c, u"unpause"_s);
    return Result::Ok;
}

void ContainerState::tick()
{
    const qint64 now = nowSecs();
    for (Container &c : m_containers) {
        // Crash loop: die a few seconds after every start, restart 45 s later.
        if (c.state == u"restarting"_s && c.nextRestartAt > 0 && now >= c.nextRestartAt) {
            int loops = 0;
            while (now >= c.nextRestartAt && loops++ < 10) {
                ++c.restartCount;
                c.startedAt = c.nextRestartAt;
                emitEvent(c, u"start"_s);
                appendLog(c, c.nextRestartAt * 1000000000LL, 2,
                          "ERR Couldn't start tunnel error=\"Unauthorized: Invalid tunnel secret\"\n");
                c.finishedAt = c.nextRestartAt + 2;
                c.exitCode = 1;
                emitEvent(c, u"die"_s, {{u"exitCode"_s, u"1"_s}, {u"execDuration"_s, u"2"_s}});
                c.nextRestartAt += 45;
            }
            if (now >= c.nextRestartAt)
                c.nextRestartAt = now + 45;
        }
        if (c.state != u"running"_s)
            continue;
        if (c.hasHealthcheck && c.health == u"starting"_s && now >= c.healthSince + (c.healthFails ? 60 : 15)) {
            c.health = c.healthFails ? u"unhealthy"_s : u"healthy"_s;
            c.failingStreak = c.healthFails ? 3 : 0;
            emitEvent(c, u"health_status: "_s + c.health);
        }
        if (now >= c.nextLogAt) {
            int added = 0;
            while (now >= c.nextLogAt && added++ < 20) {
                int stream = 1;
                const QByteArray text = logText(c, c.logCounter++, &stream);
                appendLog(c, c.nextLogAt * 1000000000LL + (mix(c.id, c.logCounter) % 1000000000), stream, text);
                c.nextLogAt += 20 + mix(c.name, c.logCounter) % 70;
            }
            if (now >= c.nextLogAt)
                c.nextLogAt = now + 20;
        }
    }
}

} // namespace KryNet::LabSim::Docker
