#include "app/labsim/monitoring/metricstore.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

#include "app/labsim/monitoring/monitorhistory.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

constexpr double Day = 86400.0;
constexpr double Week = 7 * 86400.0;
constexpr double TwoPi = 2.0 * std::numbers::pi;
// 1970-01-01 was a Thursday: Sunday starts 3 days into each unix week.
constexpr double Sunday = 3 * 86400.0;
constexpr double Wednesday = 6 * 86400.0;

/// Time spent inside a window [offset, offset+length) repeating every period, from 0 to t.
double windowTime(double t, double period, double offset, double length)
{
    const double shifted = t - offset;
    const double cycles = std::floor(shifted / period);
    const double within = shifted - cycles * period;
    return cycles * length + std::clamp(within, 0.0, length);
}

bool inWindow(double t, double period, double offset, double length)
{
    const double within = std::fmod(std::fmod(t - offset, period) + period, period);
    return within < length;
}

/// A per-second rate: base + amp·sin(daily) + boosts inside periodic windows.
struct RateShape
{
    double base = 0;
    double amp = 0;
    double phase = 0;
    struct Boost
    {
        double rate;
        double period;
        double offset;
        double length;
    };
    std::vector<Boost> boosts;

    [[nodiscard]] double at(double t) const
    {
        double r = base + amp * std::sin(TwoPi * t / Day + phase);
        for (const Boost &b : boosts) {
            if (inWindow(t, b.period, b.offset, b.length))
                r += b.rate;
        }
        return r;
    }
    /// ∫ rate dt from 0 to t (t relative to a reference point far from 1970 keeps doubles exact enough).
    [[nodiscard]] double integral(double t) const
    {
        double v = base * t - amp * Day / TwoPi * std::cos(TwoPi * t / Day + phase);
        for (const Boost &b : boosts)
            v += b.rate * windowTime(t, b.period, b.offset, b.length);
        return v;
    }
    [[nodiscard]] double minRate() const { return std::max(0.0, base - amp); }
};

double unitHash(quint64 seed, quint64 salt, qint64 k)
{
    const quint64 h = labHash(seed ^ labHash(salt * 0x9e3779b97f4a7c15ULL + quint64(k)));
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

quint64 saltOf(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : text)
        h = (h ^ c.unicode()) * 1099511628211ULL;
    return h;
}

quint64 saltOfLabels(const PromLabels &labels)
{
    QString all;
    for (const auto &[key, value] : labels)
        all += key + u'=' + value + u',';
    return saltOf(all);
}

/// Boot times of the simulated host: rebooted 20 days before the epoch (counters reset there).
struct Boots
{
    double current;
    double previous;
    [[nodiscard]] double bootFor(double t) const { return t >= current ? current : previous; }
};

} // namespace

QString MetricSeries::label(const QString &name) const
{
    for (const auto &[key, value] : labels) {
        if (key == name)
            return value;
    }
    return {};
}

PromLabels sortedLabels(PromLabels labels)
{
    labels.erase(std::remove_if(labels.begin(), labels.end(), [](const auto &p) { return p.second.isEmpty(); }),
                 labels.end());
    std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return labels;
}

void MetricStore::add(MetricSeries series)
{
    series.labels = sortedLabels(std::move(series.labels));
    m_series.push_back(std::move(series));
}

std::optional<PromSample> MetricStore::at(const MetricSeries &series, qint64 tMs, qint64 nowMs) const
{
    const qint64 limit = std::min(tMs, nowMs);
    const qint64 k = floorDiv(limit - series.phaseMs, series.intervalMs);
    const qint64 sampleT = k * series.intervalMs + series.phaseMs;
    if (sampleT <= tMs - LookbackMs)
        return std::nullopt;
    const std::optional<double> v = series.value(k);
    if (!v)
        return std::nullopt; // a failed scrape writes a staleness marker
    return PromSample{sampleT, *v};
}

void MetricStore::range(const MetricSeries &series, qint64 fromMs, qint64 toMs, qint64 nowMs,
                        std::vector<PromSample> &out) const
{
    const qint64 last = floorDiv(std::min(toMs, nowMs) - series.phaseMs, series.intervalMs);
    const qint64 first = floorDiv(fromMs - series.phaseMs, series.intervalMs) + 1;
    for (qint64 k = first; k <= last; ++k) {
        const std::optional<double> v = series.value(k);
        if (v)
            out.push_back({k * series.intervalMs + series.phaseMs, *v});
    }
}

void MetricStore::addLabSeries(MetricStore &store, const MonitorHistory &history, quint32 seed, qint64 epochSecs)
{
    const quint64 hseed = labHash(quint64(seed) ^ 0x6e6f6465ULL);
    const auto kumaInstance = qMakePair(u"instance"_s, u"uptime-kuma:3001"_s);
    const auto kumaJob = qMakePair(u"job"_s, u"uptime-kuma"_s);
    const auto nodeInstance = qMakePair(u"instance"_s, u"truenas:9100"_s);
    const auto nodeJob = qMakePair(u"job"_s, u"node"_s);
    const qint64 startSecs = history.historyStart();
    const MonitorHistory::Window gap = history.kumaGap();
    const qint64 kumaPhase = 30000;
    const qint64 nodePhase = 7000;
    const qint64 nodeInterval = 30000;

    // Uptime Kuma, scraped every minute at :30. A scrape inside the restart gap fails.
    const MonitorHistory *h = &history;
    auto kumaScrapeOk = [startSecs, gap](qint64 k) {
        const qint64 t = (k * 60000 + 30000) / 1000;
        return t >= startSecs && !(t >= gap.start && t < gap.end);
    };
    {
        MetricSeries up;
        up.labels = {{u"__name__"_s, u"up"_s}, kumaInstance, kumaJob};
        up.phaseMs = kumaPhase;
        up.value = [startSecs, gap](qint64 k) -> std::optional<double> {
            const qint64 t = (k * 60000 + 30000) / 1000;
            if (t < startSecs)
                return std::nullopt;
            return (t >= gap.start && t < gap.end) ? 0.0 : 1.0;
        };
        store.add(std::move(up));
    }
    for (int i = 0; i < int(history.monitors().size()); ++i) {
        const MonitorDef &m = history.monitors()[size_t(i)];
        PromLabels base = {kumaInstance,
                           kumaJob,
                           {u"monitor_id"_s, QString::number(m.id)},
                           {u"monitor_name"_s, m.name},
                           {u"monitor_type"_s, m.type},
                           {u"monitor_url"_s, m.url},
                           {u"monitor_hostname"_s, m.hostname},
                           {u"monitor_port"_s, m.port},
                           {u"stack"_s, m.stack}};
        auto beatAt = [h, i, kumaScrapeOk](qint64 k) -> std::optional<Heartbeat> {
            if (!kumaScrapeOk(k))
                return std::nullopt;
            return h->beat(i, h->beatIndexAt(i, (k * 60000 + 30000) / 1000));
        };
        MetricSeries status;
        status.labels = base;
        status.labels.append({u"__name__"_s, u"monitor_status"_s});
        status.phaseMs = kumaPhase;
        status.value = [h, i, kumaScrapeOk](qint64 k) -> std::optional<double> {
            if (!kumaScrapeOk(k))
                return std::nullopt;
            const int s = h->status(i, h->beatIndexAt(i, (k * 60000 + 30000) / 1000));
            if (s < 0)
                return std::nullopt;
            return double(s);
        };
        store.add(std::move(status));
        MetricSeries ping;
        ping.labels = base;
        ping.labels.append({u"__name__"_s, u"monitor_response_time"_s});
        ping.phaseMs = kumaPhase;
        ping.value = [beatAt](qint64 k) -> std::optional<double> {
            const std::optional<Heartbeat> hb = beatAt(k);
            if (!hb)
                return std::nullopt;
            return double(hb->pingMs);
        };
        store.add(std::move(ping));
        if (m.certExpiry != 0) {
            MetricSeries days;
            days.labels = base;
            days.labels.append({u"__name__"_s, u"monitor_cert_days_remaining"_s});
            days.phaseMs = kumaPhase;
            days.value = [h, i, kumaScrapeOk](qint64 k) -> std::optional<double> {
                if (!kumaScrapeOk(k))
                    return std::nullopt;
                return double(h->certDaysRemaining(i, (k * 60000 + 30000) / 1000).value_or(0));
            };
            store.add(std::move(days));
            MetricSeries valid;
            valid.labels = base;
            valid.labels.append({u"__name__"_s, u"monitor_cert_is_valid"_s});
            valid.phaseMs = kumaPhase;
            valid.value = [h, i, kumaScrapeOk](qint64 k) -> std::optional<double> {
                if (!kumaScrapeOk(k))
                    return std::nullopt;
                return h->certDaysRemaining(i, (k * 60000 + 30000) / 1000).value_or(0) >= 0 ? 1.0 : 0.0;
            };
            store.add(std::move(valid));
        }
    }

    // Node exporter on the TrueNAS box, every 30 s. Times inside the generators are relative to the
    // epoch so the integrals stay small; window offsets are converted back to unix weekdays.
    const double ref = double(epochSecs);
    const Boots boots{double(epochSecs - 20 * 86400 + 3 * 3600 + 17 * 60) - ref, double(epochSecs - 61 * 86400) - ref};
    const qint64 nodeStartK = floorDiv(startSecs * 1000 - nodePhase, nodeInterval) + 1;
    auto nodeTime = [ref](qint64 k) { return double(k * nodeInterval + nodePhase) / 1000.0 - ref; };
    auto weekly = [ref](double unixOffset) {
        return std::fmod(unixOffset - ref, Week) + (unixOffset - ref < 0 ? Week : 0.0);
    };
    const double evening = std::fmod(19 * 3600.0 - std::fmod(ref, Day) + 2 * Day, Day); // 19:00 UTC
    const double andromedaScrub = weekly(Sunday + 3600.0);
    const double orionScrub = weekly(Wednesday + 2 * 3600.0);
    {
        MetricSeries up;
        up.labels = {{u"__name__"_s, u"up"_s}, nodeInstance, nodeJob};
        up.intervalMs = nodeInterval;
        up.phaseMs = nodePhase;
        up.value = [nodeStartK](qint64 k) -> std::optional<double> {
            return k < nodeStartK ? std::nullopt : std::optional<double>(1.0);
        };
        store.add(up);
        up.labels = {{u"__name__"_s, u"up"_s}, {u"instance"_s, u"localhost:9090"_s}, {u"job"_s, u"prometheus"_s}};
        up.phaseMs = 11000;
        store.add(std::move(up));
        MetricSeries boot;
        boot.labels = {{u"__name__"_s, u"node_boot_time_seconds"_s}, nodeInstance, nodeJob};
        boot.intervalMs = nodeInterval;
        boot.phaseMs = nodePhase;
        boot.value = [nodeStartK, nodeTime, boots, ref](qint64 k) -> std::optional<double> {
            if (k < nodeStartK)
                return std::nullopt;
            return boots.bootFor(nodeTime(k)) + ref;
        };
        store.add(std::move(boot));
    }

    // A counter from a rate shape: ∫rate since boot, plus a jitter below half the smallest increment
    // (keeps it monotonic between reboots).
    auto addCounter = [&](PromLabels labels, const RateShape &shape) {
        MetricSeries s;
        s.labels = std::move(labels);
        s.intervalMs = nodeInterval;
        s.phaseMs = nodePhase;
        const quint64 salt = saltOfLabels(s.labels);
        s.value = [shape, boots, nodeStartK, nodeTime, hseed, salt](qint64 k) -> std::optional<double> {
            if (k < nodeStartK)
                return std::nullopt;
            const double t = nodeTime(k);
            const double boot = boots.bootFor(t);
            const double jitter = 0.4 * shape.minRate() * 30.0 * unitHash(hseed, salt, k);
            return shape.integral(t) - shape.integral(boot) + jitter;
        };
        store.add(std::move(s));
    };
    auto addGauge = [&](PromLabels labels, std::function<double(double t, double noise)> fn) {
        MetricSeries s;
        s.labels = std::move(labels);
        s.intervalMs = nodeInterval;
        s.phaseMs = nodePhase;
        const quint64 salt = saltOfLabels(s.labels);
        s.value = [fn, nodeStartK, nodeTime, hseed, salt](qint64 k) -> std::optional<double> {
            if (k < nodeStartK)
                return std::nullopt;
            return fn(nodeTime(k), unitHash(hseed, salt, k) - 0.5);
        };
        store.add(std::move(s));
    };

    // CPU: 4 cores; transcoding in the evening, iowait during the weekly scrubs.
    const QStringList modes = {u"user"_s, u"system"_s, u"iowait"_s, u"irq"_s, u"softirq"_s, u"nice"_s, u"steal"_s};
    std::vector<RateShape> busy(modes.size());
    for (int cpu = 0; cpu < 4; ++cpu) {
        std::vector<RateShape> shapes;
        const double f = 1.0 + 0.08 * cpu;
        RateShape user{0.07 * f, 0.03, 0.4, {{0.22, Day, evening, 4 * 3600.0}}};
        RateShape system{0.03 * f, 0.01, 0.4, {{0.05, Day, evening, 4 * 3600.0}}};
        RateShape iowait{
            0.01, 0.004, 1.1, {{0.06, Week, andromedaScrub, 5.5 * 3600}, {0.05, Week, orionScrub, 3 * 3600.0}}};
        RateShape irq{0.0006, 0.0002, 0.0, {}};
        RateShape softirq{0.004, 0.001, 0.7, {}};
        RateShape nice{0.003, 0.001, 2.0, {}};
        RateShape steal{0.0, 0.0, 0.0, {}};
        shapes = {user, system, iowait, irq, softirq, nice, steal};
        for (int mi = 0; mi < modes.size(); ++mi) {
            addCounter({{u"__name__"_s, u"node_cpu_seconds_total"_s},
                        nodeInstance,
                        nodeJob,
                        {u"cpu"_s, QString::number(cpu)},
                        {u"mode"_s, modes[mi]}},
                       shapes[size_t(mi)]);
        }
        // idle: whatever the other modes did not use, read back from the same generated counters.
        const size_t first = store.m_series.size() - size_t(modes.size());
        std::vector<std::function<std::optional<double>(qint64)>> others;
        for (size_t j = first; j < store.m_series.size(); ++j)
            others.push_back(store.m_series[j].value);
        MetricSeries idle;
        idle.labels = {{u"__name__"_s, u"node_cpu_seconds_total"_s},
                       nodeInstance,
                       nodeJob,
                       {u"cpu"_s, QString::number(cpu)},
                       {u"mode"_s, u"idle"_s}};
        idle.intervalMs = nodeInterval;
        idle.phaseMs = nodePhase;
        idle.value = [others, boots, nodeStartK, nodeTime](qint64 k) -> std::optional<double> {
            if (k < nodeStartK)
                return std::nullopt;
            const double t = nodeTime(k);
            double used = 0;
            for (const auto &o : others)
                used += o(k).value_or(0);
            return (t - boots.bootFor(t)) - used;
        };
        store.add(std::move(idle));
        if (cpu == 0)
            busy = shapes;
    }
    auto utilisation = [busy](double t) {
        double u = 0;
        for (const RateShape &s : busy)
            u += s.at(t);
        return u;
    };

    // Memory: 64 GiB; ZFS ARC is not part of "cached" (it is why the panel shows it apart).
    const double memTotal = 67108864.0 * 1024 - 812 * 1048576.0;
    auto apps = [utilisation](double t) { return 9.6e9 + 1.4e9 * utilisation(t) + 3e8 * std::sin(TwoPi * t / Week); };
    auto arc = [](double t) { return 3.05e10 + 2.2e9 * std::sin(TwoPi * t / Day + 2.1); };
    const double cached = 1.31e9;
    const double buffers = 3.4e8;
    addGauge({{u"__name__"_s, u"node_memory_MemTotal_bytes"_s}, nodeInstance, nodeJob},
             [memTotal](double, double) { return memTotal; });
    addGauge({{u"__name__"_s, u"node_memory_MemFree_bytes"_s}, nodeInstance, nodeJob},
             [=](double t, double n) { return std::round(memTotal - apps(t) - arc(t) - cached - buffers + 4e7 * n); });
    addGauge({{u"__name__"_s, u"node_memory_MemAvailable_bytes"_s}, nodeInstance, nodeJob},
             [=](double t, double n) { return std::round(memTotal - apps(t) - arc(t) + 0.8 * cached + 4e7 * n); });
    addGauge({{u"__name__"_s, u"node_memory_Cached_bytes"_s}, nodeInstance, nodeJob},
             [=](double, double n) { return std::round(cached + 2e7 * n); });
    addGauge({{u"__name__"_s, u"node_memory_Buffers_bytes"_s}, nodeInstance, nodeJob},
             [=](double, double n) { return std::round(buffers + 4e6 * n); });
    addGauge({{u"__name__"_s, u"node_memory_SwapTotal_bytes"_s}, nodeInstance, nodeJob},
             [](double, double) { return 0.0; });
    addGauge({{u"__name__"_s, u"node_zfs_arc_size"_s}, nodeInstance, nodeJob},
             [=](double t, double n) { return std::round(arc(t) + 5e7 * n); });
    addGauge({{u"__name__"_s, u"node_zfs_arc_c_max"_s}, nodeInstance, nodeJob},
             [](double, double) { return 34359738368.0; });

    // Load: follows the CPU utilisation (4 cores) with less noise on the longer averages.
    addGauge({{u"__name__"_s, u"node_load1"_s}, nodeInstance, nodeJob},
             [=](double t, double n) { return std::round((4.6 * utilisation(t) + 0.5 * n + 0.3) * 100) / 100; });
    addGauge({{u"__name__"_s, u"node_load5"_s}, nodeInstance, nodeJob},
             [=](double t, double n) { return std::round((4.6 * utilisation(t - 150) + 0.2 * n + 0.3) * 100) / 100; });
    addGauge({{u"__name__"_s, u"node_load15"_s}, nodeInstance, nodeJob},
             [=](double t, double n) { return std::round((4.6 * utilisation(t - 450) + 0.1 * n + 0.3) * 100) / 100; });

    // Disks: andromeda (sda, sdb), orion (sdc, sdd), comet (sde), boot NVMe; scrubs read at ~170 MB/s.
    struct Disk
    {
        QString device;
        RateShape read;
        RateShape written;
    };
    const std::vector<Disk> disks = {
        {u"sda"_s, {1.2e6, 6e5, 0.3, {{1.6e8, Week, andromedaScrub, 5.5 * 3600}}}, {3e5, 1e5, 0.9, {}}},
        {u"sdb"_s, {1.1e6, 6e5, 0.3, {{1.6e8, Week, andromedaScrub, 5.5 * 3600}}}, {3e5, 1e5, 0.9, {}}},
        {u"sdc"_s,
         {5e6, 3e6, 2.2, {{1.2e7, Day, evening, 4 * 3600.0}, {1.7e8, Week, orionScrub, 3 * 3600.0}}},
         {8e5, 4e5, 1.3, {}}},
        {u"sdd"_s,
         {4.8e6, 3e6, 2.2, {{1.2e7, Day, evening, 4 * 3600.0}, {1.7e8, Week, orionScrub, 3 * 3600.0}}},
         {8e5, 4e5, 1.3, {}}},
        {u"sde"_s, {4e5, 2e5, 0.1, {}}, {2.5e6, 1.5e6, 0.5, {}}},
        {u"nvme0n1"_s, {2e5, 5e4, 0.0, {}}, {6e5, 2e5, 0.2, {}}},
    };
    for (const Disk &d : disks) {
        addCounter({{u"__name__"_s, u"node_disk_read_bytes_total"_s}, nodeInstance, nodeJob, {u"device"_s, d.device}},
                   d.read);
        addCounter(
            {{u"__name__"_s, u"node_disk_written_bytes_total"_s}, nodeInstance, nodeJob, {u"device"_s, d.device}},
            d.written);
    }
    // Network: streaming in the evening on the LAN, a little over Tailscale.
    const std::vector<std::pair<QString, std::pair<RateShape, RateShape>>> nics = {
        {u"eno1"_s,
         {{2.2e6, 1e6, 0.5, {{4e6, Day, evening, 4 * 3600.0}}}, {1.5e6, 5e5, 0.5, {{6e6, Day, evening, 4 * 3600.0}}}}},
        {u"tailscale0"_s, {{3e4, 1e4, 1.0, {}}, {2.5e5, 1e5, 1.0, {{1.5e6, Day, evening, 4 * 3600.0}}}}},
    };
    for (const auto &[device, shapes] : nics) {
        addCounter(
            {{u"__name__"_s, u"node_network_receive_bytes_total"_s}, nodeInstance, nodeJob, {u"device"_s, device}},
            shapes.first);
        addCounter(
            {{u"__name__"_s, u"node_network_transmit_bytes_total"_s}, nodeInstance, nodeJob, {u"device"_s, device}},
            shapes.second);
    }
    // Temperatures: CPU package and cores (coretemp), the NVMe boot disk.
    for (int sensor = 1; sensor <= 5; ++sensor) {
        const double offset = sensor == 1 ? 3.0 : double(sensor % 3);
        addGauge({{u"__name__"_s, u"node_hwmon_temp_celsius"_s},
                  nodeInstance,
                  nodeJob,
                  {u"chip"_s, u"platform_coretemp_0"_s},
                  {u"sensor"_s, u"temp%1"_s.arg(sensor)}},
                 [=](double t, double n) { return std::round(41.0 + offset + 40.0 * utilisation(t) + 2.0 * n); });
    }
    addGauge({{u"__name__"_s, u"node_hwmon_temp_celsius"_s},
              nodeInstance,
              nodeJob,
              {u"chip"_s, u"nvme_nvme0"_s},
              {u"sensor"_s, u"temp1"_s}},
             [=](double t, double n) { return std::round(38.0 + 8.0 * utilisation(t) + 1.5 * n) + 0.85; });
}

} // namespace KryNet::LabSim
