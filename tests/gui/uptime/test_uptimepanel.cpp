#include <algorithm>

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/metrics/uptimestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/charts/heartbeatbar.h"
#include "ui/charts/timechart.h"
#include "ui/panels/uptime/uptimepanel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

namespace
{

// With KRYNET_SCREENSHOT_DIR set, saves what the panel looks like (for a person to look at).
void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KRYNET_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name + u".png"_s);
}

/// Distinct colours in an image: a blank widget has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

// The Uptime panel offscreen against krynet-labsim, and the chart widgets on their own.
class TestUptimePanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;
    std::unique_ptr<Test::IsolatedHome> m_home;

private Q_SLOTS:
    void initTestCase()
    {
        m_home = std::make_unique<Test::IsolatedHome>(); // the history cache goes under the app data dir
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result());
        m_setup = future.result().value();
    }

    void testChartRendersSeries()
    {
        Ui::TimeChart chart;
        chart.resize(640, 240);
        const qint64 start = 1'700'000'000'000;
        chart.setRange(start, start + 3600'000);
        QList<Ui::ChartSeries> series;
        for (int s = 0; s < 3; ++s) {
            Ui::ChartSeries one{u"series %1"_s.arg(s), {}};
            for (int i = 0; i < 360; ++i)
                one.samples.push_back({start + i * 10'000, 10.0 * (s + 1) + (i % 7)});
            series.append(one);
        }
        chart.setSeries(series);
        QCOMPARE(chart.seriesCount(), 3);
        const QImage image = chart.grab().toImage();
        QVERIFY2(colourCount(image) > 6, "the chart paints its series");
        // The tooltip at a point of the plot names every series with min/avg/max.
        const QString tip = chart.toolTipAt(QPoint(300, 120));
        QVERIFY2(tip.contains(u"series 0"_s) && tip.contains(u"series 2"_s), qPrintable(tip));
        // An empty chart says so rather than drawing nothing.
        chart.clear();
        QCOMPARE(chart.seriesCount(), 0);
        QVERIFY(chart.toolTipAt(QPoint(300, 120)).isEmpty());

        Ui::HeartbeatBar bar;
        bar.resize(400, 24);
        std::vector<Metrics::StatusSample> beats;
        for (qint64 t = 0; t < 3600; t += 60)
            beats.push_back({t, t >= 1800 && t < 2000 ? Metrics::MonitorStatus::Down : Metrics::MonitorStatus::Up});
        bar.setBeats(beats, 0, 3600);
        bool down = false;
        for (int i = 0; i < bar.slotCount(); ++i)
            down = down || bar.slotStatus(i) == Metrics::MonitorStatus::Down;
        QVERIFY(down);
        QVERIFY(colourCount(bar.grab().toImage()) > 2);
    }

    void testEmptyWithoutSession()
    {
        Test::ScriptedPrompter prompter;
        Ui::UptimePanel panel(&prompter);
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QVERIFY(empty->isVisibleTo(&panel));
        QVERIFY2(empty->text().contains(u"server profile"_s), qPrintable(empty->text()));
    }

    void testMonitorsDetailsAndHost()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        Test::ScriptedPrompter prompter;
        Ui::UptimePanel panel(&prompter);
        panel.resize(1280, 800);
        panel.show();
        panel.setSession(&session);
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QVERIFY2(empty->text().contains(u"Reading"_s), qPrintable(empty->text())); // loading state

        auto *table = panel.findChild<QTableView *>(u"uptimeMonitorTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() >= 18, 60000);
        QVERIFY(panel.hasFirstAnswer());
        QVERIFY(table->isVisible());
        // Down ones first.
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"Down"_s);
        auto *summary = panel.findChild<QLabel *>(u"uptimeSummary"_s);
        QVERIFY2(summary->text().contains(u"down"_s), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(u"certificate"_s), qPrintable(summary->text()));

        // Without a selection the chart overlays every monitor with a response time.
        auto *chart = panel.findChild<Ui::TimeChart *>(u"uptimeResponseChart"_s);
        int withPing = 0;
        for (const Metrics::Monitor &m : panel.store()->monitors())
            withPing += m.responseTimes.empty() ? 0 : 1;
        QVERIFY(withPing >= 15);
        QCOMPARE(chart->seriesCount(), withPing);
        grab(panel, u"uptime-all"_s);

        // Selecting the first (down) monitor shows its heartbeats, badges and incidents.
        table->setCurrentIndex(table->model()->index(0, 1));
        auto *heartbeats = panel.findChild<Ui::HeartbeatBar *>(u"uptimeHeartbeats"_s);
        QVERIFY(heartbeats->isVisible());
        bool down = false;
        for (int i = 0; i < heartbeats->slotCount(); ++i)
            down = down || heartbeats->slotStatus(i) == Metrics::MonitorStatus::Down;
        QVERIFY(down);
        auto *badges = panel.findChild<QLabel *>(u"uptimeBadges"_s);
        QVERIFY2(badges->text().contains(u"24 h"_s) && badges->text().contains(u"%"_s), qPrintable(badges->text()));
        auto *incidents = panel.findChild<QListWidget *>(u"uptimeIncidents"_s);
        QVERIFY(incidents->count() >= 1);
        bool stillDown = false;
        for (int i = 0; i < incidents->count(); ++i)
            stillDown = stillDown || incidents->item(i)->text().contains(u"still down"_s);
        QVERIFY2(stillDown, qPrintable(incidents->item(0)->text()));
        grab(panel, u"uptime-monitor"_s);

        // The monthly (SLA) table of the selected monitor: month, uptime, downtime, incidents.
        auto *monthly = panel.findChild<QTableView *>(u"uptimeMonthlyTable"_s);
        QVERIFY(monthly->isVisible());
        QVERIFY2(monthly->width() > 100 && monthly->height() > 40, "the table has room, next to the chart");
        QVERIFY(monthly->model()->rowCount() >= 1);
        QCOMPARE(monthly->model()->columnCount(), 4);
        QVERIFY2(monthly->model()->index(0, 1).data().toString().contains(u"%"_s),
                 qPrintable(monthly->model()->index(0, 1).data().toString()));
        const QString monitorName = table->model()->index(0, 1).data().toString();
        QCOMPARE(monthly->model()->rowCount(), int(panel.store()->monthly(monitorName).size()));

        // Zoom on one monitor's response time: the coarse series stays while the finer one is read once
        // the wheel stops (one read for several notches), then the window shows the finer points.
        int jellyfinRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 1).data().toString() == u"Jellyfin"_s)
                jellyfinRow = row;
        }
        QVERIFY(jellyfinRow >= 0);
        table->setCurrentIndex(table->model()->index(jellyfinRow, 1));
        QCOMPARE(chart->seriesCount(), 1);
        const size_t coarse = panel.store()->monitor(u"Jellyfin"_s)->responseTimes.size();
        QSignalSpy detailRead(panel.store(), &Metrics::UptimeStore::detailChanged);
        for (int notch = 0; notch < 4; ++notch)
            chart->zoom(2, 1.0);
        QVERIFY(chart->isZoomed());
        QCOMPARE(chart->series().first().samples.size(), coarse); // meanwhile: the coarse data
        QTRY_COMPARE_WITH_TIMEOUT(detailRead.size(), 1, 30000);
        const auto &detail = panel.store()->detail();
        QVERIFY(detail);
        const qint64 span = (chart->toMs() - chart->fromMs() + 999) / 1000;
        QCOMPARE(detail->step, panel.store()->detailStep(span, chart->plotWidth()));
        QVERIFY(detail->step < panel.store()->chartStep());
        auto inView = [chart](const std::vector<Metrics::Sample> &samples) {
            return std::count_if(samples.begin(), samples.end(), [chart](const Metrics::Sample &s) {
                return s.tMs >= chart->fromMs() && s.tMs <= chart->toMs();
            });
        };
        QVERIFY(inView(chart->series().first().samples) > inView(panel.store()->monitor(u"Jellyfin"_s)->responseTimes));
        // Panning reads the new window; a refresh keeps the zoom; a double click goes back to the range.
        const qint64 firstFrom = detail->from;
        chart->pan(-200);
        QTRY_COMPARE_WITH_TIMEOUT(detailRead.size(), 2, 30000);
        QVERIFY(panel.store()->detail()->from < firstFrom);
        const qint64 zoomedFrom = chart->fromMs();
        panel.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.store()->isLoading(), 60000);
        QCOMPARE(table->currentIndex().data(Roles::IdRole).toString(), u"Jellyfin"_s); // still selected
        QVERIFY(chart->isZoomed());
        QCOMPARE(chart->fromMs(), zoomedFrom);
        QTest::mouseDClick(chart, Qt::LeftButton, {}, chart->rect().center());
        QVERIFY(!chart->isZoomed());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.store()->detail(), 30000);

        // Range picker: 7 days reads again with a coarser step.
        auto *range = panel.findChild<QComboBox *>(u"uptimeRange"_s);
        const qint64 stepBefore = panel.store()->chartStep();
        range->setCurrentIndex(3);
        QCOMPARE(panel.store()->range(), 7 * 86400);
        QVERIFY(panel.store()->chartStep() > stepBefore);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.store()->isLoading(), 60000);
        QCOMPARE(chart->toMs() - chart->fromMs(), 7 * 86400 * 1000LL);

        // Host tab: node exporter's charts.
        auto *tabs = panel.findChild<QTabWidget *>(u"uptimeTabs"_s);
        tabs->setCurrentIndex(1);
        const auto hostCharts = panel.findChildren<Ui::TimeChart *>(u"uptimeHostChart"_s);
        QVERIFY(hostCharts.size() >= 5);
        for (Ui::TimeChart *c : hostCharts)
            QVERIFY(c->seriesCount() >= 1);
        grab(panel, u"uptime-host"_s);

        // CSV export of the range.
        const QString csv = m_home->path() + u"/uptime.csv"_s;
        panel.exportTo(csv);
        QCOMPARE(prompter.count(PromptKind::Warn), 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("monitor,"));
        panel.exportTo(m_home->path() + u"/missing/dir/uptime.csv"_s);
        QCOMPARE(prompter.count(PromptKind::Warn), 1);
        const QString monthlyCsv = m_home->path() + u"/uptime-monthly.csv"_s;
        panel.exportMonthlyTo(monthlyCsv);
        QCOMPARE(prompter.count(PromptKind::Warn), 1);
        QFile months(monthlyCsv);
        QVERIFY(months.open(QIODevice::ReadOnly));
        QVERIFY(months.readLine().startsWith("monitor,month,uptime_percent,"));
        QVERIFY(months.readLine().contains(','));
    }

    void testWithoutMonitoringServices()
    {
        Profile profile = m_setup.profile;
        profile.removeService(u"prometheus"_s);
        profile.removeService(u"uptimekuma"_s);
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        Test::ScriptedPrompter prompter;
        Ui::UptimePanel panel(&prompter);
        panel.setSession(&session);
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QVERIFY2(empty->text().contains(u"krynetctl profile set"_s), qPrintable(empty->text()));
        QVERIFY(panel.hasFirstAnswer());
    }

    void testStatusPageFallback()
    {
        Profile profile = m_setup.profile;
        profile.removeService(u"prometheus"_s);
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        Test::ScriptedPrompter prompter;
        Ui::UptimePanel panel(&prompter);
        panel.show();
        panel.setSession(&session);
        // No slug yet: the error says what to do, and the slug field is offered.
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QTRY_VERIFY(empty->text().contains(u"slug"_s));
        auto *slug = panel.findChild<QLineEdit *>(u"uptimeSlugEdit"_s);
        QVERIFY(slug->isVisible());
        slug->setText(u"homelab"_s);
        QTest::keyClick(slug, Qt::Key_Return);
        auto *table = panel.findChild<QTableView *>(u"uptimeMonitorTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model() && table->model()->rowCount() > 0, 30000);
        // The monitors may come from the local history first (the previous test cached this profile).
        auto *summary = panel.findChild<QLabel *>(u"uptimeSummary"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(summary->text().contains(u"status page"_s), qPrintable(summary->text()), 30000);
    }
};

QTEST_MAIN(TestUptimePanel)
#include "test_uptimepanel.moc"
