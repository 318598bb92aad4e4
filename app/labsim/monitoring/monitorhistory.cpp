#include "app/labsim/monitoring/monitorhistory.h"

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

quint64 labHash(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

namespace
{

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool inside(const MonitorHistory::Window &w, qint64 t)
{
    return t >= w.start && t < w.end;
}

} // namespace

MonitorHistory::MonitorHistory(quint32 seed, qint64 epochSecs, int extraMonitors, const QStringList &hostileNames)
    : m_seed(labHash(seed ^ 0x6b756d61ULL))
    , m_epoch(epochSecs)
    , m_start(floorDiv(epochSecs - HistorySecs, 60) * 60)
    , m_domain(u"krylab.example"_s)
{
    const qint64 day = 86400;
    const qint64 wildcardExpiry = epochSecs + 52 * day + 4 * 3600;
    const qint64 requestExpiry = epochSecs + 9 * day + 7 * 3600;
    const qint64 githubExpiry = epochSecs + 47 * day + 13 * 3600;
    const QString local = u".local."_s + m_domain;
    auto http = [&](int id, const QString &name, const QString &sub, const QString &path, const QString &group,
                    const QString &stack, int ping) {
        MonitorDef m;
        m.id = id;
        m.name = name;
        m.type = u"http"_s;
        m.url = u"https://"_s + sub + local + path;
        m.hostname = u"null"_s;
        m.port = u"null"_s;
        m.group = group;
        m.stack = stack;
        m.basePingMs = ping;
        m.certExpiry = wildcardExpiry;
        return m;
    };
    const QString media = u"Media"_s;
    const QString apps = u"Photos & AI"_s;
    const QString mon = u"Monitoring"_s;
    const QString infra = u"Infrastructure"_s;
    const QString ext = u"External"_s;
    m_monitors.push_back(http(1, u"Jellyfin"_s, u"media"_s, u"/health"_s, media, u"media"_s, 34));
    MonitorDef seerr = http(2, u"Seerr"_s, u"request"_s, u"/api/v1/status"_s, media, u"media"_s, 118);
    seerr.url = u"https://request."_s + m_domain + u"/api/v1/status"_s; // public, behind Cloudflare
    seerr.certExpiry = requestExpiry;
    m_monitors.push_back(seerr);
    m_monitors.push_back(http(3, u"Sonarr"_s, u"sonarr"_s, u"/ping"_s, media, u"media"_s, 27));
    m_monitors.push_back(http(4, u"Radarr"_s, u"radarr"_s, u"/ping"_s, media, u"media"_s, 29));
    m_monitors.push_back(http(5, u"Prowlarr"_s, u"indexer"_s, u"/ping"_s, media, u"media"_s, 33));
    m_monitors.push_back(http(6, u"Bazarr"_s, u"bazarr"_s, u"/"_s, media, u"media"_s, 46));
    m_monitors.push_back(http(7, u"qBittorrent"_s, u"downloads"_s, u"/"_s, media, u"media"_s, 21));
    m_monitors.push_back(http(8, u"SABnzbd"_s, u"sabnzbd"_s, u"/"_s, media, u"media"_s, 25));
    MonitorDef immich = http(9, u"Immich"_s, u"photos"_s, u"/api/server/ping"_s, apps, u"photos"_s, 41);
    immich.type = u"keyword"_s;
    m_monitors.push_back(immich);
    m_monitors.push_back(http(10, u"Open WebUI"_s, u"owui"_s, u"/health"_s, apps, u"ai"_s, 57));
    m_monitors.push_back(http(11, u"LiteLLM"_s, u"litellm"_s, u"/health/liveliness"_s, apps, u"ai"_s, 17));
    m_monitors.push_back(http(12, u"Homarr"_s, u"dash"_s, u"/"_s, mon, u"monitoring"_s, 63));
    m_monitors.push_back(http(13, u"Dozzle"_s, u"logs"_s, u"/healthcheck"_s, mon, u"monitoring"_s, 24));
    m_monitors.push_back(http(14, u"Prometheus"_s, u"prometheus"_s, u"/-/healthy"_s, mon, u"monitoring"_s, 11));
    m_monitors.push_back(http(15, u"GoAccess"_s, u"npmlogs"_s, u"/"_s, mon, u"monitoring"_s, 19));
    m_monitors.push_back(http(16, u"Portainer"_s, u"portainer"_s, u"/api/system/status"_s, infra, u"infra"_s, 38));
    m_monitors.push_back(http(17, u"TrueNAS"_s, u"truenas"_s, u"/"_s, infra, u"infra"_s, 49));
    {
        MonitorDef m;
        m.id = 18;
        m.name = u"Nginx Proxy Manager"_s;
        m.type = u"port"_s;
        m.hostname = u"npm"_s + local;
        m.port = u"81"_s;
        m.group = infra;
        m.stack = u"infra"_s;
        m.basePingMs = 3;
        m_monitors.push_back(m);
    }
    {
        MonitorDef m;
        m.id = 19;
        m.name = u"Gluetun VPN"_s;
        m.type = u"docker"_s;
        m.hostname = u"null"_s;
        m.port = u"null"_s;
        m.group = infra;
        m.stack = u"media"_s;
        m.hasPing = false;
        m_monitors.push_back(m);
    }
    {
        MonitorDef m;
        m.id = 20;
        m.name = u"Cloudflare DNS"_s;
        m.type = u"dns"_s;
        m.hostname = u"one.one.one.one"_s;
        m.port = u"53"_s;
        m.group = ext;
        m.basePingMs = 14;
        m_monitors.push_back(m);
    }
    {
        MonitorDef m;
        m.id = 21;
        m.name = u"GitHub"_s;
        m.type = u"keyword"_s;
        m.url = u"https://github.com/"_s;
        m.hostname = u"null"_s;
        m.port = u"null"_s;
        m.group = ext;
        m.basePingMs = 96;
        m.certExpiry = githubExpiry;
        m_monitors.push_back(m);
    }
    {
        MonitorDef m;
        m.id = 22;
        m.name = u"Offsite backup"_s;
        m.type = u"port"_s;
        m.hostname = u"backup.bergmann-home.example"_s;
        m.port = u"22"_s;
        m.group = ext;
        m.basePingMs = 38;
        m_monitors.push_back(m);
    }
    {
        MonitorDef m;
        m.id = 23;
        m.name = u"Quad9 ping"_s;
        m.type = u"ping"_s;
        m.hostname = u"9.9.9.9"_s;
        m.port = u"null"_s;
        m.group = ext;
        m.basePingMs = 16;
        m_monitors.push_back(m);
    }
    // The scale scenario (krynet-labsim --scale monitors=N): N more HTTP monitors of self-hosted apps.
    for (int i = 0; i < extraMonitors; ++i) {
        const QString sub = u"app%1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        m_monitors.push_back(http(100 + i, u"App %1"_s.arg(i + 1, 3, 10, QLatin1Char('0')), sub, u"/health"_s,
                                  u"Scale"_s, u"scale"_s, 12 + (i * 7) % 90));
    }
    for (int i = 0; i < hostileNames.size(); ++i)
        m_monitors.push_back(
            http(900 + i, hostileNames.at(i), u"hostile%1"_s.arg(i + 1), u"/"_s, u"Hostile"_s, u"hostile"_s, 20 + i));
    m_immich = indexOfId(9);
    m_qbittorrent = indexOfId(7);
    m_offsite = indexOfId(22);
    m_portainer = indexOfId(16);

    auto minuteAligned = [](qint64 t) { return floorDiv(t, 60) * 60; };
    m_gap = {minuteAligned(epochSecs - 12 * day - 5 * 3600 - 17 * 60), 0};
    m_gap.end = m_gap.start + 14 * 60;
    m_immichOutage = {minuteAligned(epochSecs - 9 * day + 2 * 3600 + 11 * 60), 0};
    m_immichOutage.end = m_immichOutage.start + 3 * 3600 + 40 * 60;
    m_internetOutage = {minuteAligned(epochSecs - 17 * day - 7 * 3600 - 3 * 60), 0};
    m_internetOutage.end = m_internetOutage.start + 25 * 60;
    m_maintenance = {minuteAligned(epochSecs - 35 * 60), 0};
    m_maintenance.end = m_maintenance.start + 2 * 3600;
    m_flapping = {epochSecs - 3 * day, epochSecs + 365 * day};
    m_offsiteDownSince = minuteAligned(epochSecs - 47 * 60);
}

int MonitorHistory::indexOfId(int id) const
{
    for (size_t i = 0; i < m_monitors.size(); ++i) {
        if (m_monitors[i].id == id)
            return int(i);
    }
    return -1;
}

qint64 MonitorHistory::beatOffset(int index) const
{
    return (m_monitors[size_t(index)].id * 7) % 60;
}

qint64 MonitorHistory::beatIndexAt(int index, qint64 secs) const
{
    return floorDiv(secs - beatOffset(index), Interval);
}

double MonitorHistory::unit(int index, qint64 k, quint64 salt) const
{
    const quint64 h =
        labHash(m_seed ^ labHash(quint64(k) * 1315423911ULL + quint64(index + 1) * 0x100000001b3ULL + salt));
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

int MonitorHistory::status(int index, qint64 k) const
{
    const qint64 t = k * Interval + beatOffset(index);
    if (t < m_start + beatOffset(index) || inside(m_gap, t))
        return -1;
    const MonitorDef &m = m_monitors[size_t(index)];
    if (index == m_portainer && inside(m_maintenance, t))
        return 3;
    if (index == m_offsite && t >= m_offsiteDownSince)
        return t < m_offsiteDownSince + 2 * Interval ? 2 : 0;
    if (index == m_immich && inside(m_immichOutage, t))
        return t < m_immichOutage.start + 2 * Interval ? 2 : 0;
    if (m.stack.isEmpty() && inside(m_internetOutage, t))
        return 0;
    if (index == m_qbittorrent && inside(m_flapping, t)) {
        // Clusters: some 10-minute buckets carry a few down beats (VPN tunnel reconnecting).
        const qint64 bucket = floorDiv(k, 10);
        if (unit(index, bucket, 0xf1a9) < 0.22 && unit(index, k, 0xf1aa) < 0.4)
            return 0;
    }
    if (unit(index, k, 0xb11b) < 0.0002)
        return 0;
    return 1;
}

std::optional<Heartbeat> MonitorHistory::beat(int index, qint64 k) const
{
    const int s = status(index, k);
    if (s < 0)
        return std::nullopt;
    const MonitorDef &m = m_monitors[size_t(index)];
    Heartbeat hb;
    hb.status = s;
    const qint64 t = k * Interval + beatOffset(index);
    hb.timeMs = t * 1000 + qint64(unit(index, k, 0x3e5) * 400.0) + 20;
    if (s == 1 && m.hasPing) {
        const double day = std::sin(2.0 * std::numbers::pi * double(t % 86400) / 86400.0 + m.id);
        const double noise = unit(index, k, 0x9196);
        double ping = m.basePingMs * (1.0 + 0.2 * day) * (0.8 + 0.45 * noise * noise);
        if (unit(index, k, 0x5b1e) < 0.01)
            ping *= 3.5;
        hb.pingMs = std::max(1, int(std::lround(ping)));
    }
    return hb;
}

double MonitorHistory::uptimeRatio(int index, qint64 fromSecs, qint64 toSecs) const
{
    const qint64 first = beatIndexAt(index, fromSecs) + 1;
    const qint64 last = beatIndexAt(index, toSecs);
    qint64 up = 0;
    qint64 counted = 0;
    for (qint64 k = first; k <= last; ++k) {
        const int s = status(index, k);
        if (s < 0 || s == 3)
            continue;
        ++counted;
        if (s == 1)
            ++up;
    }
    return counted == 0 ? -1.0 : double(up) / double(counted);
}

std::optional<int> MonitorHistory::certDaysRemaining(int index, qint64 secs) const
{
    const MonitorDef &m = m_monitors[size_t(index)];
    if (m.certExpiry == 0)
        return std::nullopt;
    return int(floorDiv(m.certExpiry - secs, 86400));
}

} // namespace KryNet::LabSim
