#include <cmath>

#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "core/config/profile.h"
#include "core/http/serviceclient.h"
#include "core/metrics/availability.h"
#include "core/metrics/prometheusclient.h"
#include "core/metrics/uptimestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Metrics;

namespace
{

/// What the test computes on its own from the OpenMetrics file the peer backfilled.
struct Expected
{
    qint64 up = 0;
    qint64 down = 0;
    qint64 pending = 0;
    qint64 maintenance = 0;
    int incidents = 0;
    qint64 lastT = 0;
    int lastStatus = -1;
};

} // namespace

// core/metrics against a REAL Prometheus (tests/peers/prometheus.sh) scraping a real node exporter, with
// a backfilled Uptime-Kuma-style history: the availability the app computes from the raw samples it
// reads with the real API equals the one computed here, independently, from the generated file.
class TestMetricsPrometheus final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_peer;
    Profile m_profile;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    qint64 m_step = 0;
    qint64 m_start = 0;
    qint64 m_end = 0;

    QHash<QString, Expected> expectedFromFile() const
    {
        QFile file(m_peer.value(u"HISTORY"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression line(u"^monitor_status\\{.*monitor_name=\"([^\"]*)\".*\\} (\\d+) (\\d+)$"_s);
        QHash<QString, Expected> out;
        QHash<QString, qint64> previousDownT;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            const auto match = line.match(text);
            if (!match.hasMatch())
                continue;
            const QString name = match.captured(1);
            const int status = match.captured(2).toInt();
            const qint64 t = match.captured(3).toLongLong();
            Expected &e = out[name];
            // Every sample stands for one step: the file has no other spacing but its gaps.
            switch (status) {
            case 0:
                e.down += m_step;
                if (previousDownT.value(name, -1) != t - m_step)
                    ++e.incidents;
                previousDownT.insert(name, t);
                break;
            case 1:
                e.up += m_step;
                break;
            case 2:
                e.pending += m_step;
                break;
            case 3:
                e.maintenance += m_step;
                break;
            default:
                break;
            }
            e.lastT = t;
            e.lastStatus = status;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_peer = Test::readPeer(u"prometheus"_s);
        QVERIFY2(!m_peer.isEmpty(), "peer_prometheus is not running");
        m_step = m_peer.value(u"STEP"_s).toLongLong();
        m_start = m_peer.value(u"START"_s).toLongLong();
        m_end = m_peer.value(u"END"_s).toLongLong();
        QVERIFY(m_step > 0 && m_end > m_start);
        ServiceSettings settings;
        settings.url = QUrl(u"http://127.0.0.1:%1"_s.arg(m_peer.value(u"PORT"_s)));
        m_profile.setName(u"lab"_s);
        m_profile.setDomain(u"example.test"_s);
        m_profile.setService(u"prometheus"_s, settings);
    }

    void testLiveUpSeriesFromNodeExporter()
    {
        ServiceClient service(&m_network, &m_secrets, m_profile, u"prometheus"_s);
        PrometheusClient client(&service);
        const QString instance = u"127.0.0.1:"_s + m_peer.value(u"NODE_PORT"_s);
        // The first scrape comes within a second of start-up.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto up = client.query(u"up{job=\"node\"}"_s);
                if (!QTest::qWaitFor([&up] { return up.isFinished(); }, 5000))
                    return false;
                if (up.resultCount() == 0)
                    return false; // cancelled (a retry under load): ask again
                const Result<QueryResult> result = up.result();
                if (!result)
                    return false;
                const auto &series = result->series;
                return series.size() == 1 && series[0].labels.value(u"instance"_s) == instance &&
                       series[0].samples[0].value == 1.0;
            }(),
            15000);
        // A real query_range: points at start + k*step, never more than asked.
        // End a little ahead: the only scrapes so far may be younger than this whole second.
        const qint64 end = QDateTime::currentSecsSinceEpoch() + 5;
        auto range = client.queryRange(u"up"_s, end - 60, end, 5);
        QTRY_VERIFY_WITH_TIMEOUT(range.isFinished(), 10000);
        QCOMPARE(range.resultCount(), 1);
        QVERIFY2(range.result(), qPrintable(range.result() ? QString() : range.result().error().toString()));
        QCOMPARE(range.result()->type, QueryResult::Type::Matrix);
        const Result<QueryResult> ranged = range.result();
        QCOMPARE(ranged->series.size(), size_t(1));
        QVERIFY(!ranged->series.front().samples.empty() && ranged->series.front().samples.size() <= 13);
        // Prometheus' own refusal reaches the caller as a Remote error with its message.
        auto bad = client.query(u"rate(up)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bad.isFinished(), 10000);
        QVERIFY(!bad.result());
        // Discovery.
        auto labels = client.labels();
        QTRY_VERIFY_WITH_TIMEOUT(labels.isFinished(), 10000);
        QVERIFY(labels.result() && labels.result()->contains(u"monitor_name"_s));
        auto names = client.labels(u"monitor_name"_s);
        QTRY_VERIFY_WITH_TIMEOUT(names.isFinished(), 10000);
        QVERIFY(names.result());
        QCOMPARE(names.result()->size(), 3);
    }

    void testAvailabilityEqualsIndependentComputation()
    {
        const QHash<QString, Expected> expected = expectedFromFile();
        QCOMPARE(expected.size(), 3);
        ServiceClient service(&m_network, &m_secrets, m_profile, u"prometheus"_s);
        UptimeStore::Options options;
        options.minStepSecs = m_step;
        UptimeStore store(&service, nullptr, options);
        store.setRange(7 * 86400);
        QSignalSpy loading(&store, &UptimeStore::loadingChanged);
        store.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading() && !loading.isEmpty(), 60000);
        QVERIFY2(!store.lastError(), qPrintable(store.lastError() ? store.lastError()->toString() : QString()));
        QCOMPARE(store.monitors().size(), 3);

        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Monitor *m = store.monitor(it.key());
            QVERIFY2(m, qPrintable(it.key()));
            const Expected &e = it.value();
            // The whole backfilled history lies inside the 7-day window; the rest of it is unknown.
            const Availability &a = m->week;
            QCOMPARE(a.upSecs, e.up);
            QCOMPARE(a.downSecs, e.down);
            QCOMPARE(a.pendingSecs, e.pending);
            QCOMPARE(a.maintenanceSecs, e.maintenance);
            QCOMPARE(a.unknownSecs, 7 * 86400 - (e.up + e.down + e.pending + e.maintenance));
            QCOMPARE(int(a.incidents.size()), e.incidents);
            const double ratio = double(e.up) / double(e.up + e.down + e.pending);
            QVERIFY2(std::abs(*a.ratio - ratio) < 1e-12, qPrintable(u"%1 vs %2"_s.arg(*a.ratio).arg(ratio)));
            // The monitor still down at the end has an incident that is ongoing only if the window
            // ends within a step of its last sample.
            QVERIFY(m->history.lastSampleTime() == e.lastT);
            // Runs, not samples: a few per outage, gap and maintenance window.
            QVERIFY2(m->history.runs().size() < 40, qPrintable(QString::number(m->history.runs().size())));
        }

        // Pending excluded: the Jellyfin ratio counts its two pending beats out of the denominator.
        const Expected &jf = expected.value(u"Jellyfin"_s);
        const Availability excluded = AvailabilityMath::computeRuns(store.monitor(u"Jellyfin"_s)->history.runs(),
                                                                    m_start, m_end + m_step, PendingPolicy::Excluded);
        QCOMPARE(*excluded.ratio, double(jf.up) / double(jf.up + jf.down));
        QCOMPARE(excluded.unknownSecs, 0);

        // Response times with a step from the pixel width, never above 11,000 points.
        const Monitor *immich = store.monitor(u"Immich"_s);
        QVERIFY(!immich->responseTimes.empty());
        QVERIFY(qint64(immich->responseTimes.size()) <= 7 * 86400 / store.chartStep() + 1);

        // Live node exporter metrics through the host charts: CPU needs two scrapes inside the rate()
        // window, so read again until Prometheus has them.
        auto hasCpu = [&store] {
            for (const HostChart &c : store.hostCharts()) {
                if (c.id == u"cpu"_s && !c.series.empty())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (hasCpu())
                    return true;
                if (!store.isLoading())
                    store.refresh();
                return false;
            }(),
            30000);
        for (const HostChart &c : store.hostCharts()) {
            if (c.id == u"memory"_s)
                QVERIFY(!c.series.empty()); // applications (no ZFS ARC on this machine)
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsPrometheus)
#include "test_metrics_prometheus.moc"
