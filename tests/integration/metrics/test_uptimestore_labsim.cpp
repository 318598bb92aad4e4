#include <cmath>
#include <memory>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/profile.h"
#include "core/http/serviceclient.h"
#include "core/lab/demolab.h"
#include "core/metrics/monitortablemodel.h"
#include "core/metrics/prometheusclient.h"
#include "core/metrics/uptimestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/labcontrol.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Metrics;

// core/metrics against krynet-labsim's Prometheus (PromQL subset) and Uptime Kuma (status pages), whose
// scripted 30-day history has a 14-minute gap for every monitor (12 days back), Immich down 3 h 40 min
// (9 days back), the offsite backup down since 47 minutes, Portainer in maintenance and a certificate
// that expires in 9 days.
class TestUptimeStoreLabsim final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    DemoLabSetup m_setup;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    ServiceClient *client(const QString &service, QObject *parent)
    {
        return new ServiceClient(&m_network, m_secrets.get(), m_setup.profile, service, parent);
    }

    static void refreshAndWait(UptimeStore &store)
    {
        QSignalSpy loading(&store, &UptimeStore::loadingChanged);
        store.refresh();
        QVERIFY(store.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading() && !loading.isEmpty(), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
        m_secrets = std::make_unique<MemorySecretStore>();
        DemoLab::storeSecrets(m_setup, *m_secrets);
        QVERIFY(m_setup.profile.hasService(u"prometheus"_s));
        QVERIFY(m_setup.profile.hasService(u"uptimekuma"_s));
    }

    void testMonitorsAvailabilityAndSummary()
    {
        QObject owner;
        UptimeStore::Options options;
        options.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        UptimeStore store(client(u"prometheus"_s, &owner), nullptr, options);
        MonitorTableModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.setRange(86400);
        store.setPixelWidth(1000);
        refreshAndWait(store);
        QVERIFY2(!store.lastError(), qPrintable(store.lastError() ? store.lastError()->toString() : QString()));
        QCOMPARE(store.source(), UptimeStore::Source::Prometheus);
        QVERIFY(store.monitors().size() >= 18);
        QCOMPARE(model.rowCount(), int(store.monitors().size()));

        // Down first; the offsite backup has been down for 47 minutes and still is.
        const auto sorted = store.sortedMonitors();
        QCOMPARE(sorted.first()->info.status, MonitorStatus::Down);
        QVERIFY(store.downCount() >= 1);
        const Monitor *offsite = nullptr;
        for (const Monitor &m : store.monitors()) {
            if (m.info.name.startsWith(u"Offsite"_s))
                offsite = &m;
        }
        QVERIFY(offsite);
        QCOMPARE(offsite->info.status, MonitorStatus::Down);
        QVERIFY(!offsite->day.incidents.isEmpty());
        const Incident &last = offsite->day.incidents.last();
        QVERIFY(last.ongoing);
        // Down since 47 minutes, its first beats pending (Kuma's retries) before DOWN.
        QVERIFY2(last.duration() > 40 * 60 && last.duration() <= 47 * 60 + 60,
                 qPrintable(QString::number(last.duration())));

        // Portainer is in its maintenance window: maintenance time is out of the denominator.
        const Monitor *portainer = store.monitor(u"Portainer"_s);
        QVERIFY(portainer);
        QCOMPARE(portainer->info.status, MonitorStatus::Maintenance);
        QVERIFY(portainer->day.maintenanceSecs >= 30 * 60);
        QCOMPARE(UptimeStore::health(portainer->info), Health::Busy);

        // Immich: one outage of 3 h 40 min (plus its pending beats) 9 days back, in the 30-day window only.
        const Monitor *immich = store.monitor(u"Immich"_s);
        QVERIFY(immich);
        bool found = false;
        for (const Incident &i : immich->month.incidents)
            found = found || std::abs(i.duration() - (3 * 3600 + 40 * 60)) <= 180;
        QVERIFY2(found, "the 3 h 40 min Immich outage is one incident");
        QVERIFY(*immich->month.ratio < *immich->day.ratio || !immich->day.ratio);
        QVERIFY(immich->month.mttrSecs);

        // The 14-minute scrape gap 12 days back: unknown, never up, for every monitor.
        for (const Monitor &m : store.monitors()) {
            QVERIFY2(m.month.unknownSecs >= 13 * 60, qPrintable(m.info.name));
            QVERIFY(m.month.upSecs + m.month.downSecs + m.month.pendingSecs + m.month.maintenanceSecs +
                        m.month.unknownSecs ==
                    30 * 86400);
            // Every raw one-minute sample went into the runs (not a chart series), and they are few.
            QVERIFY(m.history.sampleCount() > 40000);
            QVERIFY2(m.history.runs().size() < 2000, qPrintable(m.info.name));
        }

        // The certificate of request.<domain> expires within 14 days: the overview's summary.
        const auto expiring = store.certsExpiringWithin(14);
        QVERIFY(!expiring.isEmpty());
        QVERIFY(*expiring.first().certDaysRemaining < 14);
        QVERIFY(store.certsExpiringWithin(0).size() < expiring.size() || expiring.size() == 0);

        // Response times: one point per pixel at most, -1 (no ping) as gaps.
        const Monitor *jellyfin = store.monitor(u"Jellyfin"_s);
        QVERIFY(jellyfin && !jellyfin->responseTimes.empty());
        QVERIFY(jellyfin->responseTimes.size() <= 1001);
        QCOMPARE(store.chartStep(), 87);

        // Host metrics: CPU in 0…100 % (rates over counter resets stay positive), memory with ARC apart.
        QStringList charts;
        for (const HostChart &c : store.hostCharts())
            charts.append(c.id);
        QVERIFY2(charts.contains(u"cpu"_s) && charts.contains(u"memory"_s) && charts.contains(u"disk"_s),
                 qPrintable(charts.join(u',')));
        for (const HostChart &c : store.hostCharts()) {
            if (c.id == u"cpu"_s) {
                for (const Series &s : c.series) {
                    for (const Sample &sample : s.samples)
                        QVERIFY(!std::isfinite(sample.value) || (sample.value >= 0 && sample.value <= 100.0001));
                }
            }
            if (c.id == u"memory"_s) {
                QStringList legends;
                for (const Series &s : c.series)
                    legends.append(s.labels.value(u"legend"_s));
                QCOMPARE(legends.size(), 2);
            }
        }

        // The pending policy changes the ratio, without a new read.
        QSignalSpy changed(&store, &UptimeStore::changed);
        store.setPendingPolicy(PendingPolicy::AsUp);
        QCOMPARE(changed.size(), 1);
        QVERIFY(*store.monitor(u"Immich"_s)->month.ratio >= *immich->month.ratio);

        // CSV export of the chart range: one row per status run (every monitor has at least one).
        const QString csv = m_dir.filePath(u"export.csv"_s);
        const auto rows = store.exportCsv(csv);
        QVERIFY(rows);
        QVERIFY(*rows >= qint64(store.monitors().size()));

        // The monthly (SLA) table: calendar months whose seconds add up to the whole history.
        const auto months = store.monthly(u"Immich"_s);
        QVERIFY(!months.isEmpty());
        const StatusHistory &history = store.monitor(u"Immich"_s)->history;
        const Availability whole = AvailabilityMath::computeRuns(history.runs(), history.runs().front().start,
                                                                 store.now(), store.options().pending);
        qint64 up = 0;
        qint64 down = 0;
        int incidents = 0;
        for (const MonthAvailability &m : months) {
            up += m.availability.upSecs;
            down += m.availability.downSecs;
            incidents += int(m.availability.incidents.size());
        }
        QCOMPARE(up, whole.upSecs);
        QCOMPARE(down, whole.downSecs);
        QVERIFY(incidents >= int(whole.incidents.size())); // one crossing midnight of a month counts twice
        const QString monthlyCsv = m_dir.filePath(u"monthly.csv"_s);
        const auto monthRows = store.exportMonthlyCsv(monthlyCsv);
        QVERIFY(monthRows);
        QVERIFY(*monthRows >= qint64(store.monitors().size()));
        QCOMPARE(*store.exportMonthlyCsv(monthlyCsv, u"Immich"_s), qint64(months.size()));
    }

    void testZoomReadsFinerResponseTimes()
    {
        QObject owner;
        UptimeStore::Options options;
        options.hostMetrics = false;
        UptimeStore store(client(u"prometheus"_s, &owner), nullptr, options);
        store.setRange(86400);
        store.setPixelWidth(800);
        refreshAndWait(store);
        QVERIFY(!store.detail());
        const qint64 now = store.now();
        const qint64 coarseStep = store.chartStep();
        QCOMPARE(coarseStep, 108);

        // The last hour on 800 px: one point per minute (the scrape interval bounds it, not the pixels).
        QSignalSpy detailChanged(&store, &UptimeStore::detailChanged);
        store.requestDetail(now - 3600, now, 800);
        QVERIFY(store.isDetailLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!detailChanged.isEmpty(), 30000);
        QVERIFY(store.detail());
        QCOMPARE(store.detail()->step, 60);
        const auto &fine = store.detail()->responseTimes.value(u"Jellyfin"_s);
        QVERIFY(fine.size() >= 55 && fine.size() <= 61);
        qsizetype coarseInWindow = 0;
        for (const Sample &s : store.monitor(u"Jellyfin"_s)->responseTimes)
            coarseInWindow += s.tMs >= (now - 3600) * 1000 ? 1 : 0;
        QVERIFY2(qsizetype(fine.size()) > coarseInWindow, qPrintable(QString::number(coarseInWindow)));

        // The same window again reads nothing; a window wider than the chart is never over 11,000 points.
        store.requestDetail(now - 3600, now, 800);
        QVERIFY(!store.isDetailLoading());
        store.requestDetail(now - 90 * 86400, now, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(detailChanged.size() == 2, 30000);
        QCOMPARE(store.detail()->step, store.detailStep(90 * 86400, 20000));
        for (const auto &list : store.detail()->responseTimes)
            QVERIFY(list.size() <= 11001);
        // Back to the chart's own range: the detail is dropped, the coarse series are what is shown.
        store.requestDetail(now - 86400, now, 800);
        QCOMPARE(detailChanged.size(), 3);
        QVERIFY(!store.detail());
    }

    void testCacheOpensOfflineAndRefreshesIncrementally()
    {
        // The previous test wrote the cache; a store whose Prometheus fails shows it "as of" then.
        QObject owner;
        UptimeStore::Options options;
        options.cachePath = m_dir.filePath(u"cache.sqlite"_s);
        options.hostMetrics = false;
        QVERIFY(m_lab.setFault(u"prometheus"_s, QJsonObject({{u"errorStatus"_s, 503}})));
        UptimeStore store(client(u"prometheus"_s, &owner), nullptr, options);
        QSignalSpy cache(&store, &UptimeStore::cacheLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!cache.isEmpty(), 20000);
        QCOMPARE(store.source(), UptimeStore::Source::Cache);
        QVERIFY(store.asOf().isValid());
        QVERIFY(store.monitors().size() >= 18);
        QVERIFY(store.monitor(u"Immich"_s)->month.ratio);
        refreshAndWait(store);
        QVERIFY(store.lastError());
        QCOMPARE(store.source(), UptimeStore::Source::Cache); // the last data stays
        QVERIFY(m_lab.clearFaults());
        refreshAndWait(store);
        QVERIFY2(!store.lastError(), qPrintable(store.lastError() ? store.lastError()->toString() : QString()));
        QCOMPARE(store.source(), UptimeStore::Source::Prometheus);
        QVERIFY(store.monitor(u"Immich"_s)->history.sampleCount() > 40000);
    }

    void testStatusPageWithoutPrometheus()
    {
        QObject owner;
        UptimeStore::Options options;
        options.statusPageSlug = u"homelab"_s;
        UptimeStore store(nullptr, client(u"uptimekuma"_s, &owner), options);
        QVERIFY(!store.hasPrometheus());
        refreshAndWait(store);
        QVERIFY2(!store.lastError(), qPrintable(store.lastError() ? store.lastError()->toString() : QString()));
        QCOMPARE(store.source(), UptimeStore::Source::StatusPage);
        QVERIFY(!store.monitors().isEmpty());
        for (const Monitor &m : store.monitors()) {
            QVERIFY(!m.history.isEmpty());
            QVERIFY(m.history.sampleCount() <= 100);
            QVERIFY(m.kumaUptime24h);
        }
        // An unknown slug is a clear error; a slug that is not one is refused before any request.
        store.setStatusPageSlug(u"no-such-page"_s);
        refreshAndWait(store);
        QVERIFY(store.lastError());
        store.setStatusPageSlug(u"../etc"_s);
        store.refresh();
        QTRY_VERIFY(!store.isLoading());
        QCOMPARE(store.lastError()->code(), Error::Code::Config);
    }

    void testIncrementalReadEqualsAFullRead()
    {
        // The lab's clock is frozen at its epoch: read it, then let three hours pass (Portainer's
        // maintenance ends, the offsite backup stays down) between two reads of one store.
        const qint64 t0 =
            QDateTime::fromString(m_lab.request("GET", u"/state"_s).json().value(u"now"_s).toString(), Qt::ISODate)
                .toSecsSinceEpoch();
        QVERIFY(t0 > 0);
        const QString cachePath = m_dir.filePath(u"incremental.sqlite"_s);
        QObject owner;
        UptimeStore::Options options;
        options.cachePath = cachePath;
        options.hostMetrics = false;
        auto incremental = std::make_unique<UptimeStore>(client(u"prometheus"_s, &owner), nullptr, options);
        incremental->setClock([t0] { return t0; });
        refreshAndWait(*incremental);
        QVERIFY(!incremental->lastError());
        QVERIFY(m_lab.advanceClock(10800));
        incremental->setClock([t0] { return t0 + 10800; });
        refreshAndWait(*incremental);
        QVERIFY(!incremental->lastError());

        options.cachePath.clear();
        UptimeStore full(client(u"prometheus"_s, &owner), nullptr, options);
        full.setClock([t0] { return t0 + 10800; });
        refreshAndWait(full);
        QVERIFY(!full.lastError());
        QCOMPARE(incremental->monitors().size(), full.monitors().size());
        for (const Monitor &m : full.monitors()) {
            const Monitor *other = incremental->monitor(m.info.name);
            QVERIFY(other);
            QVERIFY2(other->history.runs() == m.history.runs(), qPrintable(m.info.name));
            for (const auto &[a, b] : {std::pair{&m.day, &other->day}, std::pair{&m.quarter, &other->quarter}}) {
                QCOMPARE(a->upSecs, b->upSecs);
                QCOMPARE(a->downSecs, b->downSecs);
                QCOMPARE(a->maintenanceSecs, b->maintenanceSecs);
                QCOMPARE(a->unknownSecs, b->unknownSecs);
                QCOMPARE(a->incidents.size(), b->incidents.size());
            }
        }
        QVERIFY(full.monitor(u"Portainer"_s)->info.status != MonitorStatus::Maintenance); // the window ended

        // The cache (written on a worker thread; the store waits for it when destroyed) holds the same runs.
        incremental.reset();
        UptimeStore::Options cachedOptions;
        cachedOptions.cachePath = cachePath;
        UptimeStore cached(client(u"prometheus"_s, &owner), nullptr, cachedOptions);
        QSignalSpy loaded(&cached, &UptimeStore::cacheLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(cached.source(), UptimeStore::Source::Cache);
        for (const Monitor &m : full.monitors()) {
            const Monitor *other = cached.monitor(m.info.name);
            QVERIFY(other);
            QVERIFY2(other->history.runs() == m.history.runs(), qPrintable(m.info.name));
            QCOMPARE(other->history.lastSampleTime(), m.history.lastSampleTime());
        }
    }

    void testEmptyNanAndInfResults()
    {
        QObject owner;
        PrometheusClient client(this->client(u"prometheus"_s, &owner));
        auto empty = client.query(u"no_such_metric"_s);
        QTRY_VERIFY(empty.isFinished());
        QVERIFY(empty.result());
        QVERIFY(empty.result()->series.empty());
        auto nan = client.query(u"0 / 0"_s);
        QTRY_VERIFY(nan.isFinished());
        QVERIFY2(nan.result(), qPrintable(nan.result() ? QString() : nan.result().error().toString()));
        QVERIFY(std::isnan(nan.result()->series.at(0).samples.at(0).value));
        auto inf = client.query(u"1 / 0"_s);
        QTRY_VERIFY(inf.isFinished());
        QVERIFY(std::isinf(inf.result()->series.at(0).samples.at(0).value));
        // Too many points is refused locally, before Prometheus would.
        auto tooMany = client.queryRange(u"up"_s, 0, 86400 * 30, 60);
        QTRY_VERIFY(tooMany.isFinished());
        QVERIFY(!tooMany.result());
        // Series and label discovery.
        auto series = client.series({u"monitor_status"_s}, QDateTime::currentSecsSinceEpoch() - 3600,
                                    QDateTime::currentSecsSinceEpoch());
        QTRY_VERIFY(series.isFinished());
        QVERIFY(series.result() && series.result()->size() >= 18);
        auto names = client.labels(u"monitor_name"_s);
        QTRY_VERIFY(names.isFinished());
        QVERIFY(names.result() && names.result()->contains(u"Immich"_s));
    }
};

QTEST_GUILESS_MAIN(TestUptimeStoreLabsim)
#include "test_uptimestore_labsim.moc"
