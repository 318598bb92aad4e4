#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QList>
#include <QPair>
#include <QString>

namespace KryNet::LabSim
{

class MonitorHistory;

/// A series' labels, sorted by name, including "__name__".
using PromLabels = QList<QPair<QString, QString>>;

struct PromSample
{
    qint64 tMs = 0;
    double v = 0;
};

/// One stored series: a scrape every intervalMs at k*intervalMs + phaseMs; value(k) is the sample of
/// scrape k, nullopt when that scrape failed or was before the series existed.
struct MetricSeries
{
    PromLabels labels;
    qint64 intervalMs = 60000;
    qint64 phaseMs = 0;
    std::function<std::optional<double>(qint64 k)> value;

    [[nodiscard]] QString label(const QString &name) const;
};

/**
 * What the simulated Prometheus has stored: every series is generated on demand from a function of
 * the scrape number, so 30 days of node-exporter and Uptime Kuma data cost no memory. Lookups follow
 * Prometheus' rules: an instant lookup takes the latest sample in the 5-minute lookback window unless
 * the latest scrape failed (a staleness marker: the series is absent), a range lookup takes the
 * samples in the left-open window (from, to]. Nothing exists after "now".
 */
class MetricStore final
{
public:
    static constexpr qint64 LookbackMs = 5 * 60 * 1000;

    MetricStore() = default;

    void add(MetricSeries series);
    [[nodiscard]] const std::vector<MetricSeries> &series() const { return m_series; }

    /// Sample visible at @p tMs (lookback and staleness applied), given the lab's current time.
    [[nodiscard]] std::optional<PromSample> at(const MetricSeries &series, qint64 tMs, qint64 nowMs) const;
    /// Samples with fromMs < t <= toMs (and t <= nowMs), appended to @p out.
    void range(const MetricSeries &series, qint64 fromMs, qint64 toMs, qint64 nowMs,
               std::vector<PromSample> &out) const;

    /// The lab's series: Uptime Kuma's monitor_* gauges (from @p history), node exporter's host metrics
    /// for the TrueNAS box, and `up` for the three scrape jobs.
    static void addLabSeries(MetricStore &store, const MonitorHistory &history, quint32 seed, qint64 epochSecs);

private:
    std::vector<MetricSeries> m_series;
};

/// Labels sorted by name (the canonical form of PromLabels).
[[nodiscard]] PromLabels sortedLabels(PromLabels labels);

} // namespace KryNet::LabSim
