#include "ui/panels/uptime/monitordetails.h"

#include <algorithm>

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/metrics/monitortablemodel.h"
#include "core/metrics/monthlytablemodel.h"
#include "core/metrics/uptimestore.h"
#include "ui/charts/heartbeatbar.h"
#include "ui/charts/timechart.h"
#include "ui/widgets/healthbadge.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

/// @p coarse outside [fromMs, toMs], @p fine inside it: finer points where a zoom asked for them.
std::vector<Metrics::Sample> merged(const std::vector<Metrics::Sample> &coarse,
                                    const std::vector<Metrics::Sample> &fine, qint64 fromMs, qint64 toMs)
{
    std::vector<Metrics::Sample> out;
    out.reserve(coarse.size() + fine.size());
    auto before = [](const Metrics::Sample &s, qint64 t) { return s.tMs < t; };
    const auto a = std::lower_bound(coarse.begin(), coarse.end(), fromMs, before);
    const auto b = std::upper_bound(coarse.begin(), coarse.end(), toMs,
                                    [](qint64 t, const Metrics::Sample &s) { return t < s.tMs; });
    out.insert(out.end(), coarse.begin(), a);
    for (const Metrics::Sample &s : fine) {
        if (s.tMs >= fromMs && s.tMs <= toMs)
            out.push_back(s);
    }
    out.insert(out.end(), b, coarse.end());
    return out;
}

} // namespace

MonitorDetails::MonitorDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_health(new HealthBadge(this))
    , m_heartbeats(new HeartbeatBar(this))
    , m_badges(new QLabel(this))
    , m_certificate(new QLabel(this))
    , m_chart(new TimeChart(this))
    , m_incidents(new QListWidget(this))
    , m_monthlyTable(new QTableView(this))
{
    m_heartbeats->setObjectName(u"uptimeHeartbeats"_s);
    m_badges->setObjectName(u"uptimeBadges"_s);
    m_certificate->setObjectName(u"uptimeCertificate"_s);
    m_chart->setObjectName(u"uptimeResponseChart"_s);
    m_incidents->setObjectName(u"uptimeIncidents"_s);
    m_incidents->setAccessibleName(tr("Incidents"));
    m_monthlyTable->setObjectName(u"uptimeMonthlyTable"_s);
    m_monthlyTable->setAccessibleName(tr("Availability per month"));
    m_chart->setUnit(u"ms"_s);

    m_monthlyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_monthlyTable->setAlternatingRowColors(true);
    m_monthlyTable->setWordWrap(false);
    m_monthlyTable->verticalHeader()->hide();
    m_monthlyTable->horizontalHeader()->setStretchLastSection(true);
    m_monthlyTable->setToolTip(tr("Availability per calendar month (UTC) over the kept history"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title);
    header->addWidget(m_health);
    header->addStretch(1);
    header->addWidget(m_certificate);
    layout->addLayout(header);
    layout->addWidget(m_heartbeats);
    layout->addWidget(m_badges);
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(m_incidents);
    lists->addWidget(m_monthlyTable);
    auto *chartAndLists = new QSplitter(Qt::Horizontal, this);
    chartAndLists->addWidget(m_chart);
    chartAndLists->addWidget(lists);
    chartAndLists->setStretchFactor(0, 3);
    chartAndLists->setStretchFactor(1, 2);
    chartAndLists->setSizes({620, 400}); // room for the monthly table's four columns
    layout->addWidget(chartAndLists, 1);

    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(DetailDelayMs);
    connect(&m_detailTimer, &QTimer::timeout, this, &MonitorDetails::requestDetail);
    // Every wheel notch or drag step restarts the timer: one read when the user pauses.
    connect(m_chart, &TimeChart::rangeChanged, this, [this] { m_detailTimer.start(); });
}

MonitorDetails::~MonitorDetails() = default;

void MonitorDetails::setStore(Metrics::UptimeStore *store)
{
    m_detailTimer.stop();
    m_monthlyTable->setModel(nullptr);
    m_monthly.reset();
    if (m_store)
        disconnect(m_store.data(), nullptr, this, nullptr);
    m_store = store;
    m_monitor.clear();
    m_shownSpan = 0;
    if (!m_store) {
        m_chart->clear();
        return;
    }
    m_monthly = std::make_unique<Metrics::MonthlyTableModel>(*m_store);
    m_monthlyTable->setModel(m_monthly.get());
    connect(m_store.data(), &Metrics::UptimeStore::detailChanged, this, &MonitorDetails::applySeries);
    reload();
}

void MonitorDetails::showMonitor(const QString &name)
{
    if (name != m_monitor)
        m_shownSpan = 0; // another monitor starts at the chosen range again
    m_monitor = name;
    reload();
}

void MonitorDetails::reload()
{
    if (!m_store)
        return;
    const qint64 now = m_store->now();
    const qint64 from = now - m_store->range();
    // A refresh keeps the user's zoom; a new range or monitor shows the whole range again.
    m_chart->setRange(from * 1000, now * 1000, m_shownSpan == m_store->range());
    m_shownSpan = m_store->range();
    const Metrics::Monitor *monitor = m_monitor.isEmpty() ? nullptr : m_store->monitor(m_monitor);
    m_monthly->setMonitor(monitor ? monitor->info.name : QString());
    m_incidents->clear();
    if (!monitor) {
        m_title->setText(tr("All monitors"));
        m_health->hide();
        m_heartbeats->hide();
        m_badges->setText(tr("Select a monitor for its heartbeats, uptime, incidents and monthly availability."));
        m_certificate->clear();
        m_chart->setTitle(tr("Response time of every monitor"));
        applySeries();
        return;
    }
    m_title->setText(DisplayText::name(monitor->info.name));
    m_health->setHealth(Metrics::UptimeStore::health(monitor->info));
    m_health->show();
    m_heartbeats->show();
    m_heartbeats->setRuns(monitor->history.runs(), from, now);
    m_monthlyTable->resizeColumnsToContents();
    m_badges->setText(tr("Uptime  24 h: %1   7 days: %2   30 days: %3   90 days: %4")
                          .arg(Metrics::MonitorTableModel::formatRatio(monitor->day),
                               Metrics::MonitorTableModel::formatRatio(monitor->week),
                               Metrics::MonitorTableModel::formatRatio(monitor->month),
                               Metrics::MonitorTableModel::formatRatio(monitor->quarter)));
    if (monitor->info.certValid && !*monitor->info.certValid)
        m_certificate->setText(tr("Certificate invalid"));
    else if (monitor->info.certDaysRemaining)
        m_certificate->setText(tr("Certificate expires in %n day(s)", nullptr, *monitor->info.certDaysRemaining));
    else
        m_certificate->clear();
    m_chart->setTitle(tr("Response time of %1").arg(DisplayText::name(monitor->info.name)));
    applySeries();
    const Metrics::Availability &window = monitor->quarter;
    for (auto it = window.incidents.crbegin(); it != window.incidents.crend(); ++it) {
        const QString start =
            QLocale().toString(QDateTime::fromSecsSinceEpoch(it->start).toLocalTime(), QLocale::ShortFormat);
        const QString lasted = Metrics::MonthlyTableModel::formatDuration(it->duration());
        m_incidents->addItem(it->ongoing ? tr("%1: down for %2, still down").arg(start, lasted)
                                         : tr("%1: down for %2").arg(start, lasted));
    }
    if (window.incidents.isEmpty())
        m_incidents->addItem(tr("No incidents in 90 days"));
    else if (window.mttrSecs)
        m_incidents->insertItem(
            0, tr("Mean time to recovery: %1").arg(Metrics::MonthlyTableModel::formatDuration(*window.mttrSecs)));
}

void MonitorDetails::applySeries()
{
    if (!m_store)
        return;
    const auto &detail = m_store->detail();
    auto seriesOf = [&detail](const Metrics::Monitor &m) -> std::vector<Metrics::Sample> {
        if (!detail)
            return m.responseTimes;
        const auto fine = detail->responseTimes.constFind(m.info.name);
        if (fine == detail->responseTimes.cend())
            return m.responseTimes;
        return merged(m.responseTimes, *fine, detail->from * 1000, detail->to * 1000);
    };
    QList<ChartSeries> series;
    const Metrics::Monitor *monitor = m_monitor.isEmpty() ? nullptr : m_store->monitor(m_monitor);
    if (monitor) {
        std::vector<Metrics::Sample> samples = seriesOf(*monitor);
        if (!samples.empty())
            series.append({monitor->info.name, std::move(samples)});
    } else {
        for (const Metrics::Monitor &m : m_store->monitors()) {
            std::vector<Metrics::Sample> samples = seriesOf(m);
            if (!samples.empty())
                series.append({m.info.name, std::move(samples)});
        }
    }
    m_chart->setSeries(std::move(series));
}

void MonitorDetails::requestDetail()
{
    if (!m_store)
        return;
    m_store->requestDetail(m_chart->fromMs() / 1000, (m_chart->toMs() + 999) / 1000, m_chart->plotWidth());
}

} // namespace KryNet::Ui
