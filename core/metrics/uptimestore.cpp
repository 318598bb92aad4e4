#include "core/metrics/uptimestore.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <map>

#include <QtConcurrent/QtConcurrentRun>

#include "core/common/futurewatch.h"
#include "core/config/profile.h"
#include "core/http/serviceclient.h"
#include "core/lab/labsession.h"
#include "core/metrics/downsample.h"
#include "core/metrics/prometheusclient.h"
#include "core/metrics/promparsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Metrics
{

namespace
{

constexpr qint64 Day = 86400;
/// monitor_status chunks read at once: each answer is megabytes until it is folded into runs.
constexpr int MaxChunksInFlight = 3;

/// One host-metrics query: its chart, a legend built from a label, and a post-processing role.
/// The label the combined host query tags each part's series with (removed again when they arrive).
const QString HostPartLabel = QStringLiteral("krynet_part");

struct HostQuery
{
    QString chart;
    QString expression;
    QString legendLabel; ///< label whose value names the series ("" → the fixed legend)
    QString legend;      ///< fixed legend, or a prefix ("read ")
};

/// What the store knows of a monitor's history when it asks for more: samples up to `last` are had.
struct Known
{
    qint64 last = 0;
    qint64 interval = 0;
};

/// One monitor_status chunk folded into runs, per monitor name (with its monitor_type label).
struct StatusChunk
{
    struct Part
    {
        QString type;
        StatusHistory batch;
    };
    QHash<QString, Part> parts;
};

/// Runs from one chunk's raw samples, newer than what @p known already has. The interval is the
/// chunk's median spacing when it has enough samples to tell, else the one already known.
StatusChunk foldChunk(const QueryResult &result, const QHash<QString, Known> &known, qint64 defaultInterval)
{
    StatusChunk out;
    std::vector<StatusSample> samples;
    for (const Series &s : result.series) {
        const QString name = s.labels.value(u"monitor_name"_s);
        if (name.isEmpty())
            continue;
        const Known had = known.value(name);
        samples.clear();
        samples.reserve(s.samples.size());
        for (const Sample &sample : s.samples) {
            const qint64 t = (sample.tMs + (sample.tMs >= 0 ? 500 : -500)) / 1000;
            if (had.interval > 0 && t <= had.last)
                continue;
            samples.push_back({t, PromParsers::statusFromValue(sample.value)});
        }
        std::stable_sort(samples.begin(), samples.end(), [](const auto &a, const auto &b) { return a.t < b.t; });
        qint64 interval = had.interval > 0 ? had.interval : defaultInterval;
        if (samples.size() >= 10)
            interval = StatusHistory::medianInterval(samples);
        StatusChunk::Part &part = out.parts[name];
        part.type = s.labels.value(u"monitor_type"_s);
        part.batch = StatusHistory::fromSamples(samples, interval);
    }
    return out;
}

int statusRank(MonitorStatus status)
{
    switch (status) {
    case MonitorStatus::Down:
        return 0;
    case MonitorStatus::Pending:
        return 1;
    case MonitorStatus::Unknown:
        return 2;
    case MonitorStatus::Maintenance:
        return 3;
    case MonitorStatus::Up:
        return 4;
    }
    return 2;
}

} // namespace

struct UptimeStore::Pending
{
    Source source = Source::None;
    QHash<QString, MonitorInfo> infos;
    QStringList order; ///< names in the order the server listed them
    /// Per monitor: the batches of each chunk, by the chunk's end time (joined oldest first).
    QHash<QString, std::map<qint64, StatusHistory>> history;
    QHash<QString, Known> known;                  ///< what the store had when the refresh started
    std::deque<std::pair<qint64, qint64>> chunks; ///< monitor_status chunks still to read: end, length
    QHash<QString, MonitorInfo> seen;             ///< monitors met in the history (no current gauge: status unknown)
    QHash<QString, std::vector<Sample>> responseTimes;
    QHash<QString, std::optional<double>> kumaUptime;
    QList<HostChart> hostCharts;
    QHash<QString, std::vector<Series>> hostParts; ///< query id → series
    std::optional<Error> error;
    qint64 now = 0;
};

UptimeStore::UptimeStore(LabSession &session, QObject *parent)
    : UptimeStore(
          session.service(u"prometheus"_s), session.service(u"uptimekuma"_s),
          Options{PendingPolicy::AsDown, HistoryCache::defaultPath(session.profile().id()),
                  session.profile().services().value(u"uptimekuma"_s).extra.value(u"statusPageSlug"_s).toString()},
          parent)
{}

UptimeStore::UptimeStore(ServiceClient *prometheus, ServiceClient *uptimeKuma, const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new PrometheusClient(prometheus, uptimeKuma, this))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    loadCache();
}

UptimeStore::~UptimeStore()
{
    // A cache write in flight finishes on its own connection; wait so the file is never left mid-write
    // by our own process exiting (it is a single short transaction).
    m_cacheWrite.waitForFinished();
}

bool UptimeStore::hasPrometheus() const
{
    return m_client->hasPrometheus();
}

bool UptimeStore::hasUptimeKuma() const
{
    return m_client->hasUptimeKuma();
}

void UptimeStore::setPendingPolicy(PendingPolicy policy)
{
    if (m_options.pending == policy)
        return;
    m_options.pending = policy;
    Q_EMIT aboutToChange();
    recompute();
    Q_EMIT changed();
}

void UptimeStore::setRange(qint64 seconds)
{
    const qint64 range = std::clamp<qint64>(seconds, 600, m_options.historyDays * Day);
    if (range != m_range)
        m_detail.reset(); // a zoom into the previous range
    m_range = range;
}

qint64 UptimeStore::chartStep() const
{
    return Downsampler::stepForWidth(m_range, m_pixelWidth, m_options.minStepSecs);
}

void UptimeStore::loadCache()
{
    if (m_options.cachePath.isEmpty())
        return;
    // On a worker thread: 90 days of 50 monitors are millions of rows. Applied only if no fresher data
    // arrived meanwhile.
    const HistoryCache cache(m_options.cachePath);
    const qint64 since = m_clock() - m_options.historyDays * Day;
    m_cacheLoading = true;
    whenDone(QtConcurrent::run([cache, since] { return cache.load(since); }), this,
             [this](const Result<HistoryCache::Snapshot> &snapshot) {
                 m_cacheLoading = false;
                 if (!snapshot) {
                     m_cacheWarning = snapshot.error().message();
                     Q_EMIT cacheLoaded();
                     return;
                 }
                 m_cacheWarning = snapshot->warning;
                 if (snapshot->monitors.isEmpty() || m_source != Source::None) {
                     Q_EMIT cacheLoaded();
                     return;
                 }
                 Q_EMIT aboutToChange();
                 m_history = snapshot->history;
                 m_asOf = snapshot->asOf;
                 m_now = snapshot->asOf.isValid() ? snapshot->asOf.toSecsSinceEpoch() : m_clock();
                 m_monitors.clear();
                 for (const MonitorInfo &info : std::as_const(snapshot->monitors)) {
                     Monitor m;
                     m.info = info;
                     m_monitors.append(m);
                 }
                 m_source = Source::Cache;
                 recompute();
                 Q_EMIT changed();
                 Q_EMIT cacheLoaded();
             });
}

void UptimeStore::refresh()
{
    if (m_pending > 0)
        return;
    ++m_generation;
    m_next = std::make_unique<Pending>();
    m_next->now = m_clock();
    if (m_client->hasPrometheus()) {
        refreshFromPrometheus();
    } else if (m_client->hasUptimeKuma() && !m_options.statusPageSlug.isEmpty()) {
        refreshFromStatusPage();
    } else {
        Q_EMIT aboutToChange();
        m_error = Error(Error::Code::Config,
                        m_client->hasUptimeKuma()
                            ? tr("This profile has no Prometheus service. Enter the slug of a published Uptime Kuma "
                                 "status page to read it instead.")
                            : tr("This profile has neither Prometheus nor Uptime Kuma. Add one with\n"
                                 "krynetctl profile set NAME --service prometheus"));
        Q_EMIT changed();
        return;
    }
    Q_EMIT loadingChanged(true);
}

void UptimeStore::refreshFromPrometheus()
{
    Pending *next = m_next.get();
    next->source = Source::Prometheus;
    const quint64 generation = m_generation;
    const qint64 now = next->now;
    auto guard = [this, generation] { return generation == m_generation && m_next; };
    auto fail = [this](const Error &error) {
        if (!m_next->error)
            m_next->error = error;
    };

    // 1. The current gauges, in one query (one round trip): status (which also lists the monitors), ping,
    //    certificates. Each series says which gauge it is in its __name__ label.
    ++m_pending;
    whenDone(m_client->query(u"{__name__=~\"monitor_status|monitor_response_time|monitor_cert_days_remaining|"
                             u"monitor_cert_is_valid\"}"_s,
                             now),
             this, [this, guard, fail](const Result<QueryResult> &result) {
                 if (!guard())
                     return;
                 if (!result) {
                     fail(result.error());
                 } else {
                     // Status first: it names the monitors and sets their order.
                     std::vector<const Series *> series;
                     for (const Series &s : result->series)
                         series.push_back(&s);
                     std::stable_partition(series.begin(), series.end(), [](const Series *s) {
                         return s->labels.value(u"__name__"_s) == u"monitor_status"_s;
                     });
                     for (const Series *sp : series) {
                         const Series &s = *sp;
                         const QString gauge = s.labels.value(u"__name__"_s);
                         const QString name = s.labels.value(u"monitor_name"_s);
                         if (name.isEmpty() || s.samples.empty())
                             continue;
                         const double v = s.samples.back().value;
                         MonitorInfo &info = m_next->infos[name];
                         if (gauge == u"monitor_status"_s) {
                             info.name = name;
                             info.type = s.labels.value(u"monitor_type"_s);
                             QString url = s.labels.value(u"monitor_url"_s);
                             if (url.isEmpty() || url == u"null"_s || url == u"https://"_s)
                                 url = s.labels.value(u"monitor_hostname"_s);
                             info.url = url == u"null"_s ? QString() : url;
                             info.status = PromParsers::statusFromValue(v);
                             m_next->order.append(name);
                         } else if (gauge == u"monitor_response_time"_s) {
                             if (std::isfinite(v) && v >= 0)
                                 info.pingMs = v;
                         } else if (gauge == u"monitor_cert_days_remaining"_s) {
                             if (std::isfinite(v))
                                 info.certDaysRemaining = int(std::floor(v));
                         } else if (gauge == u"monitor_cert_is_valid"_s && std::isfinite(v)) {
                             info.certValid = v != 0;
                         }
                     }
                 }
                 finishPart();
             });

    // 2. Raw status samples since the last known one, in chunks of at most chunkSecs, newest first, a
    //    few at a time (each answer is megabytes until it is folded into runs on its worker thread).
    qint64 from = now - m_options.historyDays * Day;
    qint64 lastKnown = 0;
    for (auto it = m_history.cbegin(); it != m_history.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        next->known.insert(it.key(), {it.value().lastSampleTime(), it.value().interval()});
        lastKnown = std::max(lastKnown, it.value().lastSampleTime());
    }
    if (lastKnown > 0)
        from = std::max(from, lastKnown - 600); // overlap: monitors scraped a little behind the others
    for (qint64 end = now; end > from;) {
        const qint64 length = std::min(m_options.chunkSecs, end - from);
        next->chunks.push_back({end, length});
        end -= length;
    }
    m_pending += int(next->chunks.size());
    for (int i = 0; i < MaxChunksInFlight; ++i)
        readNextChunk();

    // 3. Response times over the chart range, one point per pixel column at most.
    const qint64 step = chartStep();
    ++m_pending;
    whenDone(m_client->queryRange(u"monitor_response_time"_s, now - m_range, now, step), this,
             [this, guard, fail](const Result<QueryResult> &result) {
                 if (!guard())
                     return;
                 if (!result) {
                     fail(result.error());
                 } else {
                     for (const Series &s : result->series) {
                         const QString name = s.labels.value(u"monitor_name"_s);
                         auto &list = m_next->responseTimes[name];
                         list = s.samples;
                         for (Sample &sample : list) {
                             if (!std::isfinite(sample.value) || sample.value < 0)
                                 sample.value = std::nan(""); // -1: the beat had no ping
                         }
                     }
                 }
                 finishPart();
             });

    // 4. Host metrics (node exporter). A missing metric is an empty chart, not an error.
    if (!m_options.hostMetrics)
        return;
    const QString window = u"[%1s]"_s.arg(std::max<qint64>(300, step * 2));
    const QList<HostQuery> queries = {
        {u"cpu"_s,
         u"1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}%1))"_s.arg(window),
         u"instance"_s,
         {}},
        {u"memory.used"_s, u"node_memory_MemTotal_bytes - node_memory_MemAvailable_bytes"_s, {}, {}},
        {u"memory.arc"_s, u"node_zfs_arc_size"_s, {}, {}},
        {u"load.1"_s, u"node_load1"_s, {}, u"1 min"_s},
        {u"load.15"_s, u"node_load15"_s, {}, u"15 min"_s},
        {u"disk.read"_s, u"rate(node_disk_read_bytes_total%1)"_s.arg(window), u"device"_s, u"read "_s},
        {u"disk.write"_s, u"rate(node_disk_written_bytes_total%1)"_s.arg(window), u"device"_s, u"write "_s},
        {u"network.rx"_s, u"rate(node_network_receive_bytes_total{device!=\"lo\"}%1)"_s.arg(window), u"device"_s,
         u"in "_s},
        {u"network.tx"_s, u"rate(node_network_transmit_bytes_total{device!=\"lo\"}%1)"_s.arg(window), u"device"_s,
         u"out "_s},
        {u"temperature"_s, u"node_hwmon_temp_celsius"_s, u"chip"_s, {}},
        {u"gpu"_s, u"nvidia_smi_utilization_gpu_ratio"_s, u"uuid"_s, {}},
    };
    // All of them in one query (one round trip instead of two on a link that opens six connections per
    // host): each part tagged with its id by label_replace, joined with `or` (the tags keep every series).
    QStringList parts;
    for (const HostQuery &q : queries)
        parts.append(u"label_replace(%1, \"%2\", \"%3\", \"\", \"\")"_s.arg(q.expression, HostPartLabel, q.chart));
    ++m_pending;
    whenDone(m_client->queryRange(parts.join(u" or "_s), now - m_range, now, step), this,
             [this, guard, queries](const Result<QueryResult> &result) {
                 if (!guard())
                     return;
                 if (result) {
                     for (Series s : result->series) {
                         const QString chart = s.labels.take(HostPartLabel);
                         const auto q = std::find_if(queries.cbegin(), queries.cend(),
                                                     [&chart](const HostQuery &h) { return h.chart == chart; });
                         if (q == queries.cend())
                             continue;
                         QString legend = q->legend;
                         if (!q->legendLabel.isEmpty()) {
                             legend += s.labels.value(q->legendLabel);
                             if (q->chart == u"temperature"_s && s.labels.contains(u"sensor"_s))
                                 legend += u' ' + s.labels.value(u"sensor"_s);
                         }
                         s.labels.insert(u"legend"_s, legend.trimmed());
                         m_next->hostParts[q->chart].push_back(std::move(s));
                     }
                 }
                 finishPart();
             });
}

void UptimeStore::readNextChunk()
{
    if (!m_next || m_next->chunks.empty())
        return;
    const qint64 end = m_next->chunks.front().first;
    const qint64 length = m_next->chunks.front().second;
    m_next->chunks.pop_front();
    const quint64 generation = m_generation;
    const qint64 defaultInterval = m_options.minStepSecs;
    auto folded =
        m_client->query(u"monitor_status[%1s]"_s.arg(length), end)
            .then([known = m_next->known, defaultInterval](const Result<QueryResult> &result) -> Result<StatusChunk> {
                if (!result)
                    return result.error();
                return foldChunk(*result, known, defaultInterval);
            });
    whenDone(std::move(folded), this, [this, generation, end](const Result<StatusChunk> &chunk) {
        if (generation != m_generation || !m_next)
            return;
        if (!chunk) {
            if (!m_next->error)
                m_next->error = chunk.error();
        } else {
            for (auto it = chunk->parts.cbegin(); it != chunk->parts.cend(); ++it) {
                const QString &name = it.key();
                if (!m_next->seen.contains(name)) {
                    MonitorInfo seen;
                    seen.name = name;
                    seen.type = it->type;
                    m_next->seen.insert(name, seen);
                }
                m_next->history[name][end] = it->batch;
            }
        }
        readNextChunk();
        finishPart();
    });
}

void UptimeStore::refreshFromStatusPage()
{
    m_next->source = Source::StatusPage;
    const quint64 generation = m_generation;
    ++m_pending;
    whenDone(m_client->statusPage(m_options.statusPageSlug), this,
             [this, generation](const Result<StatusPage> &result) {
                 if (generation != m_generation || !m_next)
                     return;
                 if (!result) {
                     m_next->error = result.error();
                 } else {
                     for (const StatusPage::Monitor &m : result->monitors) {
                         MonitorInfo &info = m_next->infos[m.name];
                         info.name = m.name;
                         info.type = m.type;
                         info.certDaysRemaining = m.certDaysRemaining;
                         info.certValid = m.certValid;
                         m_next->order.append(m.name);
                         std::vector<StatusSample> beats;
                         beats.reserve(m.beats.size());
                         auto &pings = m_next->responseTimes[m.name];
                         for (const Heartbeat &beat : m.beats) {
                             beats.push_back({beat.t, beat.status});
                             pings.push_back({beat.t * 1000, beat.pingMs});
                         }
                         std::stable_sort(beats.begin(), beats.end(),
                                          [](const auto &x, const auto &y) { return x.t < y.t; });
                         m_next->history[m.name][0] = StatusHistory::fromSamples(beats);
                         if (!m.beats.empty()) {
                             info.status = m.beats.back().status;
                             if (std::isfinite(m.beats.back().pingMs))
                                 info.pingMs = m.beats.back().pingMs;
                         }
                         m_next->kumaUptime.insert(m.name, m.uptime24h);
                     }
                 }
                 finishPart();
             });
}

void UptimeStore::finishPart()
{
    if (--m_pending > 0)
        return;
    publish();
    Q_EMIT loadingChanged(false);
}

void UptimeStore::publish()
{
    std::unique_ptr<Pending> next = std::move(m_next);
    Q_EMIT aboutToChange();
    m_error = next->error;
    if (next->error) {
        Q_EMIT changed();
        return;
    }
    m_now = next->now;
    m_asOf = QDateTime::fromSecsSinceEpoch(next->now, Qt::UTC);
    m_source = next->source;

    // History: append the new runs (chunks oldest first), keep historyDays. The cache gets only what
    // changed: the runs from the last-but-one before the append (the only ones an append can touch).
    const qint64 keepFrom = next->now - m_options.historyDays * Day;
    QHash<QString, HistoryCache::Change> changes;
    for (auto it = next->history.begin(); it != next->history.end(); ++it) {
        StatusHistory fresh;
        for (auto &[end, batch] : it.value())
            fresh.append(batch);
        StatusHistory &history = m_history[it.key()];
        if (next->source == Source::StatusPage)
            history = StatusHistory(); // the page lists only the last beats: no merging with another source
        HistoryCache::Change change;
        if (const auto &runs = history.runs(); runs.size() >= 2)
            change.from = runs[runs.size() - 2].start;
        history.append(fresh);
        history.pruneBefore(keepFrom);
        change.tail = history.tailFrom(change.from);
        changes.insert(it.key(), std::move(change));
    }
    // Monitors no longer read at all age out too.
    for (auto it = m_history.begin(); it != m_history.end();) {
        it->pruneBefore(keepFrom);
        if (it->runs().empty() && it->lastSampleTime() < keepFrom)
            it = m_history.erase(it);
        else
            ++it;
    }

    m_monitors.clear();
    QStringList names = next->order;
    // Monitors with history but no current sample (stale for longer than Prometheus' lookback): shown
    // with status unknown rather than dropped.
    QStringList stale;
    for (auto it = next->seen.cbegin(); it != next->seen.cend(); ++it) {
        if (!next->infos.contains(it.key()) || next->infos.value(it.key()).name.isEmpty())
            stale.append(it.key());
    }
    stale.sort(Qt::CaseInsensitive);
    names.append(stale);
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        Monitor m;
        m.info = next->infos.value(name);
        if (m.info.name.isEmpty()) {
            const MonitorInfo seen = next->seen.value(name);
            m.info.name = name;
            m.info.type = seen.type;
            m.info.status = MonitorStatus::Unknown;
        }
        m.responseTimes = next->responseTimes.value(name);
        m.kumaUptime24h = next->kumaUptime.value(name);
        m_monitors.append(std::move(m));
    }
    recompute();

    // Host charts: the memory chart shows ZFS ARC apart from what applications use.
    m_hostCharts.clear();
    auto chart = [&next](const QString &id, const QString &title, const QString &unit, const QStringList &parts) {
        HostChart c{id, title, unit, {}};
        for (const QString &part : parts) {
            for (const Series &s : next->hostParts.value(part))
                c.series.push_back(s);
        }
        return c;
    };
    HostChart cpu = chart(u"cpu"_s, tr("CPU busy"), u"%"_s, {u"cpu"_s});
    for (Series &s : cpu.series) {
        for (Sample &sample : s.samples)
            sample.value *= 100.0;
    }
    HostChart memory{u"memory"_s, tr("Memory: applications and ZFS ARC"), u"B"_s, {}};
    const std::vector<Series> used = next->hostParts.value(u"memory.used"_s);
    const std::vector<Series> arc = next->hostParts.value(u"memory.arc"_s);
    for (const Series &u : used) {
        Series apps = u;
        QHash<qint64, double> arcAt;
        for (const Series &a : arc) {
            if (a.labels.value(u"instance"_s) == u.labels.value(u"instance"_s)) {
                for (const Sample &sample : a.samples)
                    arcAt.insert(sample.tMs, sample.value);
            }
        }
        for (Sample &sample : apps.samples)
            sample.value -= arcAt.value(sample.tMs, 0.0);
        apps.labels.insert(u"legend"_s, tr("applications"));
        memory.series.push_back(std::move(apps));
    }
    for (Series a : arc) {
        a.labels.insert(u"legend"_s, tr("ZFS ARC"));
        memory.series.push_back(std::move(a));
    }
    const QList<HostChart> charts = {
        cpu,
        memory,
        chart(u"load"_s, tr("Load average"), QString(), {u"load.1"_s, u"load.15"_s}),
        chart(u"disk"_s, tr("Disk I/O per device"), u"B/s"_s, {u"disk.read"_s, u"disk.write"_s}),
        chart(u"network"_s, tr("Network"), u"B/s"_s, {u"network.rx"_s, u"network.tx"_s}),
        chart(u"temperature"_s, tr("Temperatures"), u"°C"_s, {u"temperature"_s}),
        chart(u"gpu"_s, tr("GPU busy"), u"%"_s, {u"gpu"_s}),
    };
    for (const HostChart &c : charts) {
        if (!c.series.empty())
            m_hostCharts.append(c);
    }
    Q_EMIT changed();
    if (next->source == Source::Prometheus)
        saveCache(changes);
}

void UptimeStore::recompute()
{
    const qint64 now = m_now > 0 ? m_now : m_clock();
    for (Monitor &m : m_monitors) {
        m.history = m_history.value(m.info.name);
        const auto &runs = m.history.runs();
        m.day = AvailabilityMath::computeRuns(runs, now - Day, now, m_options.pending);
        m.week = AvailabilityMath::computeRuns(runs, now - 7 * Day, now, m_options.pending);
        m.month = AvailabilityMath::computeRuns(runs, now - 30 * Day, now, m_options.pending);
        m.quarter = AvailabilityMath::computeRuns(runs, now - 90 * Day, now, m_options.pending);
    }
}

void UptimeStore::saveCache(const QHash<QString, HistoryCache::Change> &changes)
{
    if (m_options.cachePath.isEmpty())
        return;
    QList<MonitorInfo> infos;
    for (const Monitor &m : std::as_const(m_monitors))
        infos.append(m.info);
    const HistoryCache cache(m_options.cachePath);
    const QDateTime asOf = m_asOf;
    const qint64 pruneBefore = m_now - m_options.historyDays * Day;
    // Serialised: each write waits for the previous one, on a worker thread.
    QFuture<void> previous = m_cacheWrite;
    m_cacheWrite = QtConcurrent::run([previous, cache, infos, changes, asOf, pruneBefore]() mutable {
        previous.waitForFinished();
        const Result<void> saved = cache.save(infos, changes, asOf, pruneBefore);
        if (!saved)
            qWarning("uptime cache: %s", qPrintable(saved.error().toString()));
    });
}

QList<const Monitor *> UptimeStore::sortedMonitors() const
{
    QList<const Monitor *> out;
    for (const Monitor &m : m_monitors)
        out.append(&m);
    std::stable_sort(out.begin(), out.end(), [](const Monitor *a, const Monitor *b) {
        const int ra = statusRank(a->info.status);
        const int rb = statusRank(b->info.status);
        if (ra != rb)
            return ra < rb;
        return a->info.name.compare(b->info.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

const Monitor *UptimeStore::monitor(const QString &name) const
{
    for (const Monitor &m : m_monitors) {
        if (m.info.name == name)
            return &m;
    }
    return nullptr;
}

int UptimeStore::downCount() const
{
    return int(std::count_if(m_monitors.cbegin(), m_monitors.cend(),
                             [](const Monitor &m) { return m.info.status == MonitorStatus::Down; }));
}

QList<MonitorInfo> UptimeStore::certsExpiringWithin(int days) const
{
    QList<MonitorInfo> out;
    for (const Monitor &m : m_monitors) {
        const bool invalid = m.info.certValid && !*m.info.certValid;
        if (invalid || (m.info.certDaysRemaining && *m.info.certDaysRemaining < days))
            out.append(m.info);
    }
    std::sort(out.begin(), out.end(), [](const MonitorInfo &a, const MonitorInfo &b) {
        return a.certDaysRemaining.value_or(-100000) < b.certDaysRemaining.value_or(-100000);
    });
    return out;
}

Health UptimeStore::health(const MonitorInfo &info)
{
    switch (info.status) {
    case MonitorStatus::Down:
        return Health::Critical;
    case MonitorStatus::Pending:
        return Health::Warning;
    case MonitorStatus::Maintenance:
        return Health::Busy;
    case MonitorStatus::Unknown:
        return Health::Unknown;
    case MonitorStatus::Up:
        break;
    }
    if ((info.certValid && !*info.certValid) || (info.certDaysRemaining && *info.certDaysRemaining < 14))
        return Health::Warning;
    return Health::Ok;
}

QList<MonthAvailability> UptimeStore::monthly(const QString &name) const
{
    const auto it = m_history.constFind(name);
    if (it == m_history.cend() || it->runs().empty())
        return {};
    return AvailabilityMath::monthlyRuns(it->runs(), it->runs().front().start, m_now > 0 ? m_now : m_clock(),
                                         m_options.pending);
}

Result<qint64> UptimeStore::exportCsv(const QString &path, bool wholeHistory) const
{
    const qint64 now = m_now > 0 ? m_now : m_clock();
    return HistoryCache::exportCsv(path, m_history, wholeHistory ? 0 : now - m_range, now + 1);
}

Result<qint64> UptimeStore::exportMonthlyCsv(const QString &path, const QString &name) const
{
    QHash<QString, QList<MonthAvailability>> tables;
    for (const Monitor &m : m_monitors) {
        if (name.isEmpty() || m.info.name == name)
            tables.insert(m.info.name, monthly(m.info.name));
    }
    return HistoryCache::exportMonthlyCsv(path, tables);
}

qint64 UptimeStore::detailStep(qint64 spanSecs, int pixelWidth) const
{
    return Downsampler::stepForWidth(spanSecs, pixelWidth > 0 ? pixelWidth : m_pixelWidth, m_options.minStepSecs);
}

void UptimeStore::requestDetail(qint64 fromSecs, qint64 toSecs, int pixelWidth)
{
    if (!m_client->hasPrometheus() || toSecs <= fromSecs)
        return;
    const qint64 step = detailStep(toSecs - fromSecs, pixelWidth);
    const qint64 now = m_now > 0 ? m_now : m_clock();
    // The chart range itself is what refresh() reads: nothing finer to get.
    if (std::abs(fromSecs - (now - m_range)) < step && std::abs(toSecs - now) < step) {
        ++m_detailGeneration; // an answer still on its way is stale now
        m_detailDone = m_detailGeneration;
        if (m_detail) {
            m_detail.reset();
            Q_EMIT detailChanged();
        }
        return;
    }
    if (m_detail && m_detail->step == step && std::abs(m_detail->from - fromSecs) < step &&
        std::abs(m_detail->to - toSecs) < step)
        return;
    const quint64 generation = ++m_detailGeneration;
    whenDone(m_client->queryRange(u"monitor_response_time"_s, fromSecs, toSecs, step), this,
             [this, generation, fromSecs, toSecs, step](const Result<QueryResult> &result) {
                 if (generation != m_detailGeneration)
                     return; // superseded by a newer window
                 m_detailDone = generation;
                 if (result) {
                     Detail detail{fromSecs, toSecs, step, {}};
                     for (const Series &s : result->series) {
                         std::vector<Sample> list = s.samples;
                         for (Sample &sample : list) {
                             if (!std::isfinite(sample.value) || sample.value < 0)
                                 sample.value = std::nan("");
                         }
                         detail.responseTimes.insert(s.labels.value(u"monitor_name"_s), std::move(list));
                     }
                     m_detail = std::move(detail);
                 }
                 Q_EMIT detailChanged();
             });
}

} // namespace KryNet::Metrics
