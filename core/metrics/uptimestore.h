#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include "core/common/health.h"
#include "core/common/result.h"
#include "core/metrics/availability.h"
#include "core/metrics/historycache.h"
#include "core/metrics/metricstypes.h"
#include "core/metrics/statushistory.h"

namespace KryNet
{
class LabSession;
class ServiceClient;
} // namespace KryNet

namespace KryNet::Metrics
{

class PrometheusClient;

/// One monitor as the panel shows it.
struct Monitor
{
    MonitorInfo info;
    StatusHistory history;               ///< every raw status sample as runs (up to historyDays)
    std::vector<Sample> responseTimes;   ///< ms over the chart range at chartStep() (NaN: no ping)
    Availability day;                    ///< last 24 h
    Availability week;                   ///< 7 d
    Availability month;                  ///< 30 d
    Availability quarter;                ///< 90 d
    std::optional<double> kumaUptime24h; ///< Uptime Kuma's own ratio (status-page source)
};

/// A host-metrics chart: node exporter series through Prometheus.
struct HostChart
{
    QString id;                 ///< cpu, memory, load, disk, network, temperature, gpu
    QString title;              ///< translated
    QString unit;               ///< "%", "B", "B/s", "°C", "" (load)
    std::vector<Series> series; ///< each with a "legend" label for display
};

/**
 * Availability and response times of every Uptime Kuma monitor, and the host metrics of node exporter
 * (issue 11), read through Prometheus — or, without Prometheus, from Uptime Kuma's public status page.
 *
 * Contracts:
 *  - refresh() reads, in parallel: the current monitor_* gauges; the raw monitor_status samples since
 *    the last one known (instant queries of `monitor_status[7d]` chunks, so availability is computed
 *    from raw samples, never from a chart series), folded into run-length StatusHistory values on a
 *    worker thread as each chunk arrives (no sample vector outlives its chunk); monitor_response_time
 *    over the chart range with a step from the chart's pixel width (at most one point per pixel
 *    column: what the chart shows, nothing more); the host metrics. Everything is published at once
 *    (aboutToChange(), changed()); a failure keeps the previous data and sets lastError().
 *  - requestDetail() reads the response times of a zoomed or panned chart window at a step from that
 *    window and the pixel width (never over 11,000 points) and emits detailChanged(); the coarse
 *    series stay as they are, so the chart shows them meanwhile. A newer request supersedes an older one.
 *  - With a cache path, the last data is loaded at construction (source() Cache, asOf() its time) and
 *    every successful refresh is saved on a worker thread; the cache never blocks the GUI thread.
 *  - downCount() and certsExpiringWithin() are the summary the overview shows.
 */
class UptimeStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UptimeStore)

public:
    enum class Source {
        None,
        Prometheus,
        StatusPage,
        Cache,
    };

    struct Options
    {
        PendingPolicy pending = PendingPolicy::AsDown;
        QString cachePath;      ///< empty: no cache
        QString statusPageSlug; ///< used only without Prometheus
        qint64 historyDays = 90;
        qint64 chunkSecs = 86400; ///< raw samples per instant query (a day: a few MB per answer)
        qint64 minStepSecs = 60;  ///< finest chart step (Kuma beats once a minute)
        bool hostMetrics = true;
    };

    /// The profile's `prometheus` and `uptimekuma` services (the status-page slug from the uptimekuma
    /// service's "statusPageSlug" setting); the cache under the app data dir.
    explicit UptimeStore(LabSession &session, QObject *parent = nullptr);
    UptimeStore(ServiceClient *prometheus, ServiceClient *uptimeKuma, const Options &options,
                QObject *parent = nullptr);
    ~UptimeStore() override;

    [[nodiscard]] const Options &options() const { return m_options; }
    void setPendingPolicy(PendingPolicy policy);
    void setStatusPageSlug(const QString &slug) { m_options.statusPageSlug = slug; }
    [[nodiscard]] bool hasPrometheus() const;
    [[nodiscard]] bool hasUptimeKuma() const;

    /// Chart range (seconds back from now) and width in pixels; the next refresh uses them.
    void setRange(qint64 seconds);
    [[nodiscard]] qint64 range() const { return m_range; }
    void setPixelWidth(int pixels) { m_pixelWidth = std::max(10, pixels); }
    [[nodiscard]] int pixelWidth() const { return m_pixelWidth; }
    /// The step the next response-time query uses.
    [[nodiscard]] qint64 chartStep() const;

    [[nodiscard]] const QList<Monitor> &monitors() const { return m_monitors; }
    /// Monitors sorted for the grid: down first, then pending, unknown, maintenance, up; by name.
    [[nodiscard]] QList<const Monitor *> sortedMonitors() const;
    [[nodiscard]] const Monitor *monitor(const QString &name) const;
    [[nodiscard]] const QList<HostChart> &hostCharts() const { return m_hostCharts; }
    [[nodiscard]] Source source() const { return m_source; }
    /// When the data shown was read from the server (the cache's time while offline).
    [[nodiscard]] QDateTime asOf() const { return m_asOf; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }
    [[nodiscard]] bool isCacheLoading() const { return m_cacheLoading; }
    [[nodiscard]] bool hasLoaded() const { return m_source != Source::None; }
    [[nodiscard]] const std::optional<Error> &lastError() const { return m_error; }
    /// A cache problem worth telling (a corrupt file moved aside).
    [[nodiscard]] QString cacheWarning() const { return m_cacheWarning; }
    /// Time the availability windows end at (the last refresh).
    [[nodiscard]] qint64 now() const { return m_now; }

    // Summary for the overview.
    [[nodiscard]] int downCount() const;
    /// Monitors whose TLS certificate expires in fewer than @p days days (or is invalid), soonest first.
    [[nodiscard]] QList<MonitorInfo> certsExpiringWithin(int days) const;
    [[nodiscard]] static Health health(const MonitorInfo &info);

    /// The SLA table of one monitor: calendar months (UTC) over the kept history, oldest first.
    [[nodiscard]] QList<MonthAvailability> monthly(const QString &name) const;
    /// Writes the status runs of every monitor in the chart range (or all of it) as CSV.
    [[nodiscard]] Result<qint64> exportCsv(const QString &path, bool wholeHistory = false) const;
    /// Writes the monthly table of every monitor (or only @p name) as CSV.
    [[nodiscard]] Result<qint64> exportMonthlyCsv(const QString &path, const QString &name = {}) const;

    void refresh();

    /// Response times of a zoomed or panned chart window, at a step from its span and the pixel width.
    struct Detail
    {
        qint64 from = 0; ///< unix seconds
        qint64 to = 0;
        qint64 step = 0;
        QHash<QString, std::vector<Sample>> responseTimes;
    };
    /// Reads the response times of [fromSecs, toSecs] for a chart @p pixelWidth wide (0: pixelWidth())
    /// (needs Prometheus; a status page has nothing finer). A window that covers the whole chart range
    /// drops the detail; one within a step of the current detail reads nothing.
    void requestDetail(qint64 fromSecs, qint64 toSecs, int pixelWidth = 0);
    /// The last detail read (nullopt before any, after a refresh with another range, or without Prometheus).
    [[nodiscard]] const std::optional<Detail> &detail() const { return m_detail; }
    [[nodiscard]] bool isDetailLoading() const { return m_detailGeneration != m_detailDone; }
    /// The step requestDetail() uses for a window of @p spanSecs on @p pixelWidth pixels (0: pixelWidth()).
    [[nodiscard]] qint64 detailStep(qint64 spanSecs, int pixelWidth = 0) const;

    /// For tests and tools: the instant of the windows' end (default: the current time at refresh).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void aboutToChange();
    void changed();
    void loadingChanged(bool loading);
    /// The cache was read (whether it had data or not).
    void cacheLoaded();
    /// A requestDetail() answer arrived (or failed: detail() is then unchanged).
    void detailChanged();

private:
    struct Pending;
    void loadCache();
    void refreshFromPrometheus();
    void readNextChunk();
    void refreshFromStatusPage();
    void finishPart();
    void publish();
    void recompute();
    void saveCache(const QHash<QString, HistoryCache::Change> &changes);

    Options m_options;
    PrometheusClient *m_client;
    QList<Monitor> m_monitors;
    QList<HostChart> m_hostCharts;
    QHash<QString, StatusHistory> m_history;
    std::optional<Detail> m_detail;
    quint64 m_detailGeneration = 0;
    quint64 m_detailDone = 0;
    Source m_source = Source::None;
    QDateTime m_asOf;
    std::optional<Error> m_error;
    QString m_cacheWarning;
    qint64 m_range = 86400;
    int m_pixelWidth = 800;
    qint64 m_now = 0;
    int m_pending = 0;
    bool m_cacheLoading = false;
    quint64 m_generation = 0;
    std::unique_ptr<Pending> m_next;
    std::function<qint64()> m_clock;
    QFuture<void> m_cacheWrite;
};

} // namespace KryNet::Metrics
