// Benchmark (DESIGN.md §5, issue 11), printed, not asserted:
//  - min/max-per-pixel downsampling of 2.16 M points (50 monitors × 30 days at 1 min) to 1,000 columns;
//  - TimeChart redraw of those 50 series at 1,000 px: the first paint (downsampling included) and a
//    repaint from the cached columns (hover, expose);
//  - availability of 50 monitors over 30 days from raw samples.
// Run: `cmake --build <dir> --target bench_metrics && QT_QPA_PLATFORM=offscreen
// <dir>/tests/bench/metrics/bench_metrics`.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include "core/metrics/availability.h"
#include "core/metrics/downsample.h"
#include "ui/charts/timechart.h"

using namespace KryNet;
using Clock = std::chrono::steady_clock;

namespace
{

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

template <typename F>
double median(int runs, F f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        times.push_back(msSince(start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
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

    const double downsample = median(9, [&] {
        for (const Ui::ChartSeries &s : std::as_const(series)) {
            const auto columns = Metrics::Downsampler::minMaxPerColumn(s.samples, start, end, 1000);
            if (columns.size() != 1000)
                std::abort();
        }
    });
    std::printf("downsample 2.16 M points to 1,000 columns: %.2f ms (budget 10 ms)\n", downsample);

    Ui::TimeChart chart;
    chart.resize(1000 + 76, 400);
    chart.setUnit(QStringLiteral("ms"));
    chart.setRange(start, end);
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    const double firstPaint = median(5, [&] {
        chart.setSeries(series); // marks the columns dirty: the paint downsamples again
        QPainter painter(&image);
        chart.render(&painter);
    });
    const double repaint = median(15, [&] {
        QPainter painter(&image);
        chart.render(&painter);
    });
    std::printf("chart, 50 series at 1,000 px: paint with downsampling %.2f ms, repaint %.2f ms (budget 16 ms)\n",
                firstPaint, repaint);

    const double availability = median(5, [&] {
        for (const auto &s : statuses) {
            const auto a = Metrics::AvailabilityMath::compute(s, start / 1000, end / 1000);
            if (!a.ratio)
                std::abort();
        }
    });
    std::printf("availability of 50 monitors over 30 days (raw samples): %.2f ms\n", availability);
    return 0;
}
