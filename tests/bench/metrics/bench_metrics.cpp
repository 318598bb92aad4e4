// Benchmark (DESIGN.md §5, issue 11), printed, not asserted:
//  - min/max-per-pixel downsampling of 2.16 M points (50 monitors × 30 days at 1 min) to 1,000 columns;
//  - TimeChart with those 50 series at 1,000 px: the first paint (downsampling included), a redraw of
//    every series from the cached columns (a palette change forces it: the budgeted figure), a zoom
//    step (downsampling the new window and drawing it), and an expose/hover repaint, which only copies
//    the finished picture;
//  - availability of 50 monitors over 30 days, from raw samples and from status runs (what the store
//    keeps), and the memory each takes.
// Run: `cmake --build <dir> --target bench_metrics && QT_QPA_PLATFORM=offscreen
// <dir>/tests/bench/metrics/bench_metrics`.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include <time.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include "core/metrics/availability.h"
#include "core/metrics/downsample.h"
#include "core/metrics/statushistory.h"
#include "tests/bench/support/benchreport.h"
#include "ui/charts/timechart.h"

using namespace KryNet;
using Clock = std::chrono::steady_clock;

namespace
{

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// CPU time of this thread in ms: on a shared, loaded machine wall time mostly measures the others.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

/// Median wall and thread-CPU time of @p runs calls.
template <typename F>
Timing median(int runs, F f)
{
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const double cpu = threadCpuMs();
        f();
        cpus.push_back(threadCpuMs() - cpu);
        walls.push_back(msSince(start));
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int Monitors = 50;
    constexpr qint64 Points = 30 * 1440;
    const qint64 end = 1'800'000'000'000;
    const qint64 start = end - Points * 60'000;
    QList<Ui::ChartSeries> series;
    std::vector<std::vector<Metrics::StatusSample>> statuses(Monitors);
    for (int m = 0; m < Monitors; ++m) {
        Ui::ChartSeries s;
        s.name = QStringLiteral("monitor %1").arg(m);
        s.samples.reserve(size_t(Points));
        for (qint64 i = 0; i < Points; ++i) {
            const double v = 20 + m + 15 * std::sin(double(i) / (60 + m)) + ((i * 7919 + m) % 97 == 0 ? 400 : 0);
            s.samples.push_back({start + i * 60'000, i % 1009 == 0 ? std::nan("") : v});
            statuses[size_t(m)].push_back({(start / 1000) + i * 60, (i + m) % 2003 < 3 ? Metrics::MonitorStatus::Down
                                                                                       : Metrics::MonitorStatus::Up});
        }
        series.append(std::move(s));
    }
    std::printf("points: %lld (%d series x %lld)\n", (long long)(Monitors * Points), Monitors, (long long)Points);

    const Timing downsample = median(9, [&] {
        for (const Ui::ChartSeries &s : std::as_const(series)) {
            const auto columns = Metrics::Downsampler::minMaxPerColumn(s.samples, start, end, 1000);
            if (columns.size() != 1000)
                std::abort();
        }
    });
    std::printf("downsample 2.16 M points to 1,000 columns: %.2f ms CPU, %.2f ms wall (budget 10 ms)\n", downsample.cpu,
                downsample.wall);

    Ui::TimeChart chart;
    chart.resize(1000 + 76, 400);
    chart.setUnit(QStringLiteral("ms"));
    chart.setRange(start, end);
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    const Timing firstPaint = median(5, [&] {
        chart.setSeries(series); // marks the columns dirty: the paint downsamples again
        QPainter painter(&image);
        chart.render(&painter);
    });
    // A palette change invalidates the finished picture but not the columns: every series is drawn again.
    QPalette light = chart.palette();
    QPalette other = light;
    other.setColor(QPalette::Base, light.color(QPalette::Base).darker(102));
    bool flip = false;
    const Timing redraw = median(15, [&] {
        flip = !flip;
        chart.setPalette(flip ? other : light);
        QPainter painter(&image);
        chart.render(&painter);
    });
    const Timing zoom = median(15, [&] {
        flip = !flip;
        chart.zoom(flip ? 1 : -1, 0.5); // a wheel notch in or out: a new window to downsample and draw
        QPainter painter(&image);
        chart.render(&painter);
    });
    const Timing expose = median(15, [&] {
        QPainter painter(&image);
        chart.render(&painter);
    });
    std::printf("chart, 50 series at 1,000 px: paint with downsampling %.2f ms CPU (%.2f wall); redraw of every "
                "series %.2f ms CPU (%.2f wall) (budget 16 ms); zoom step %.2f ms CPU (%.2f wall); expose %.2f ms "
                "CPU (%.2f wall)\n",
                firstPaint.cpu, firstPaint.wall, redraw.cpu, redraw.wall, zoom.cpu, zoom.wall, expose.cpu, expose.wall);

    const Timing availability = median(5, [&] {
        for (const auto &s : statuses) {
            const auto a = Metrics::AvailabilityMath::compute(s, start / 1000, end / 1000);
            if (!a.ratio)
                std::abort();
        }
    });
    std::vector<Metrics::StatusHistory> histories;
    size_t sampleBytes = 0;
    size_t runBytes = 0;
    for (const auto &s : statuses) {
        histories.push_back(Metrics::StatusHistory::fromSamples(s));
        sampleBytes += s.capacity() * sizeof(Metrics::StatusSample);
        runBytes += histories.back().memoryBytes();
    }
    const Timing availabilityRuns = median(5, [&] {
        for (const auto &h : histories) {
            const auto a = Metrics::AvailabilityMath::computeRuns(h.runs(), start / 1000, end / 1000);
            if (!a.ratio)
                std::abort();
        }
    });
    std::printf("availability of 50 monitors over 30 days: raw samples %.2f ms CPU (%.2f wall), status runs %.3f ms "
                "CPU (%.3f wall); held as samples %.1f MiB, as runs %.1f KiB\n",
                availability.cpu, availability.wall, availabilityRuns.cpu, availabilityRuns.wall,
                double(sampleBytes) / 1048576.0, double(runBytes) / 1024.0);
    using KryNet::Bench::reportFigure;
    reportFigure(QStringLiteral("metrics.downsample"), QStringLiteral("Downsampling 2.16 M points to 1,000 columns"),
                 downsample.wall, QStringLiteral("ms"), 10, 5);
    reportFigure(QStringLiteral("metrics.chart.repaint"), QStringLiteral("Uptime chart: redraw of 50 series × 30 days"),
                 redraw.wall, QStringLiteral("ms"), 16, 15);
    reportFigure(QStringLiteral("metrics.chart.firstpaint"),
                 QStringLiteral("Uptime chart: 50 series set and painted (downsampling included)"), firstPaint.wall,
                 QStringLiteral("ms"), -1, 5);
    reportFigure(QStringLiteral("metrics.chart.zoom"),
                 QStringLiteral("Uptime chart: one zoom step (new window downsampled and drawn)"), zoom.wall,
                 QStringLiteral("ms"), -1, 15);
    reportFigure(QStringLiteral("metrics.chart.expose"), QStringLiteral("Uptime chart: expose/hover repaint"),
                 expose.wall, QStringLiteral("ms"), -1, 15);
    reportFigure(QStringLiteral("metrics.availability"), QStringLiteral("Availability of 50 monitors × 30 days"),
                 availability.wall, QStringLiteral("ms"), -1, 5);
    reportFigure(QStringLiteral("metrics.availability.runs"),
                 QStringLiteral("Availability of 50 monitors × 30 days from status runs"), availabilityRuns.wall,
                 QStringLiteral("ms"), -1, 5);
    return 0;
}
