// `krynetctl --demo uptime` end to end: the real binary starts krynet-labsim (through a wrapper that
// freezes the lab's clock at a known epoch), reads Prometheus' raw monitor_status samples and prints
// the availability table. The test computes every figure on its own from the samples the simulated
// Prometheus stores (labsim's MetricStore, the source of its answers): each sample holds its status for
// one scrape interval, a missing scrape is unknown time, incidents are unbroken stretches of down.
#include <algorithm>
#include <cmath>
#include <optional>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "app/labsim/monitoring/metricstore.h"
#include "app/labsim/monitoring/monitorhistory.h"
#include "tests/integration/docker/clirunner.h"

using namespace Qt::StringLiterals;
using KryNet::Test::Cli;
using KryNet::Test::CliRun;

namespace
{

constexpr quint32 LabSeed = 42; // krynet-labsim's default
constexpr qint64 Scrape = 60;   // Uptime Kuma is scraped once a minute in the lab

/// Seconds per status, incidents and ratio over [from, to), counted here from the stored samples.
struct Expected
{
    qint64 up = 0;
    qint64 down = 0;
    qint64 pending = 0;
    qint64 maintenance = 0;
    int incidents = 0;
    bool ongoing = false;
    [[nodiscard]] qint64 unknown(qint64 span) const { return span - up - down - pending - maintenance; }
    [[nodiscard]] std::optional<double> ratio() const
    {
        const qint64 total = up + down + pending; // pending counts as down (the CLI's default)
        return total > 0 ? std::optional<double>(double(up) / double(total)) : std::nullopt;
    }
};

Expected count(const std::vector<KryNet::LabSim::PromSample> &samples, qint64 from, qint64 to)
{
    Expected e;
    qint64 lastDownEnd = -1;
    for (const auto &sample : samples) {
        const qint64 t = sample.tMs / 1000;
        const qint64 a = std::max(from, t);
        const qint64 b = std::min(to, t + Scrape);
        if (b <= a)
            continue;
        switch (int(sample.v)) {
        case 0:
            e.down += b - a;
            if (lastDownEnd != a)
                ++e.incidents;
            lastDownEnd = b;
            e.ongoing = b >= to;
            break;
        case 1:
            e.up += b - a;
            break;
        case 2:
            e.pending += b - a;
            break;
        case 3:
            e.maintenance += b - a;
            break;
        default:
            break;
        }
    }
    return e;
}

/// How the CLI prints a ratio: floored to two decimals.
QString percent(const std::optional<double> &ratio)
{
    if (!ratio)
        return u"–"_s;
    return QString::number(std::floor(*ratio * 10000.0) / 100.0, 'f', 2) + u'%';
}

} // namespace

class TestCliUptime final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Cli m_cli{m_dir};

    /// Runs krynetctl with the lab frozen at the current second; returns the epoch it used and, in
    /// @p finished, the second the process was seen to end (the CLI's "now" lies between the two).
    CliRun run(const QStringList &args, qint64 *epoch, qint64 *finished = nullptr)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        *epoch = now.toSecsSinceEpoch();
        const QString wrapper = m_dir.filePath(u"labsim-frozen.sh"_s);
        if (!Cli::writeLabsimWrapper(wrapper, {u"--speed"_s, u"0"_s, u"--epoch"_s, now.toString(Qt::ISODate)}))
            return {};
        const CliRun r = m_cli.runDemo(wrapper, args, 120000);
        if (finished)
            *finished = QDateTime::currentSecsSinceEpoch() + 1;
        return r;
    }

    /// monitor name → its raw monitor_status samples as labsim's Prometheus stores them.
    static QHash<QString, std::vector<KryNet::LabSim::PromSample>> storedSamples(qint64 epoch)
    {
        using namespace KryNet::LabSim;
        const MonitorHistory history(LabSeed, epoch);
        MetricStore store;
        MetricStore::addLabSeries(store, history, LabSeed, epoch);
        QHash<QString, std::vector<PromSample>> out;
        for (const MetricSeries &s : store.series()) {
            if (s.label(u"__name__"_s) != u"monitor_status"_s)
                continue;
            store.range(s, (epoch - 91 * 86400) * 1000, epoch * 1000, epoch * 1000, out[s.label(u"monitor_name"_s)]);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(m_cli.program()).isExecutable(), qPrintable(m_cli.program()));
        QVERIFY(QFileInfo(qEnvironmentVariable("KRYNET_LABSIM_REAL")).isExecutable());
    }

    void testJsonEqualsIndependentCount()
    {
        qint64 epoch = 0;
        const CliRun r = run({u"--json"_s, u"uptime"_s, u"--range"_s, u"30d"_s}, &epoch);
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonArray monitors = QJsonDocument::fromJson(r.out).array();
        const auto stored = storedSamples(epoch);
        QVERIFY(stored.size() >= 18);
        QCOMPARE(monitors.size(), stored.size());
        bool sawIncident = false;
        bool sawMaintenance = false;
        for (const QJsonValue &v : monitors) {
            const QJsonObject m = v.toObject();
            const QString name = m.value(u"name"_s).toString();
            QVERIFY2(stored.contains(name), qPrintable(name));
            const auto &samples = stored.value(name);
            const QJsonObject range = m.value(u"range"_s).toObject();
            const qint64 to = range.value(u"to"_s).toInteger();
            const qint64 from = range.value(u"from"_s).toInteger();
            QCOMPARE(to - from, 30 * 86400);
            QVERIFY(to >= epoch && to < epoch + 120); // the CLI's now: just after the frozen lab's
            const Expected e = count(samples, from, to);
            QCOMPARE(range.value(u"upSeconds"_s).toInteger(), e.up);
            QCOMPARE(range.value(u"downSeconds"_s).toInteger(), e.down);
            QCOMPARE(range.value(u"pendingSeconds"_s).toInteger(), e.pending);
            QCOMPARE(range.value(u"maintenanceSeconds"_s).toInteger(), e.maintenance);
            QCOMPARE(range.value(u"unknownSeconds"_s).toInteger(), e.unknown(to - from));
            const QJsonArray incidents = range.value(u"incidents"_s).toArray();
            QVERIFY2(incidents.size() == e.incidents,
                     qPrintable(u"%1: %2 vs %3"_s.arg(name).arg(incidents.size()).arg(e.incidents)));
            if (!incidents.isEmpty())
                QCOMPARE(incidents.last()[u"ongoing"_s].toBool(), e.ongoing);
            sawIncident = sawIncident || e.incidents > 0;
            sawMaintenance = sawMaintenance || e.maintenance > 0;
            const std::optional<double> ratio = e.ratio();
            QCOMPARE(range.value(u"uptime"_s).isNull(), !ratio.has_value());
            if (ratio)
                QVERIFY2(std::abs(range.value(u"uptime"_s).toDouble() - *ratio) < 1e-12, qPrintable(name));
            // The fixed windows end at the same instant.
            const QList<QPair<QString, qint64>> windows = {{u"uptime24h"_s, 86400},
                                                           {u"uptime7d"_s, 7 * 86400},
                                                           {u"uptime30d"_s, 30 * 86400},
                                                           {u"uptime90d"_s, 90 * 86400}};
            for (const auto &[key, span] : windows) {
                const std::optional<double> expected = count(samples, to - span, to).ratio();
                QCOMPARE(m.value(key).isNull(), !expected.has_value());
                if (expected)
                    QVERIFY2(std::abs(m.value(key).toDouble() - *expected) < 1e-12, qPrintable(name + u' ' + key));
            }
        }
        QVERIFY(sawIncident);    // the lab's outages are in the window…
        QVERIFY(sawMaintenance); // …and so is Portainer's maintenance
    }

    void testTableEqualsIndependentCount()
    {
        qint64 epoch = 0;
        qint64 finished = 0;
        const CliRun r = run({u"uptime"_s, u"--range"_s, u"7d"_s}, &epoch, &finished);
        QVERIFY2(r.code == 0, r.describe().constData());
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 19);
        QVERIFY(lines.first().startsWith(u"MONITOR"_s));
        // The text has no window end: it lies between the lab's epoch and the end of the process, so
        // each printed figure must lie between the figures for those two ends.
        const auto stored = storedSamples(epoch);
        int rows = 0;
        for (const QString &line : lines.mid(1)) {
            const QString name = line.left(26).trimmed();
            QVERIFY2(stored.contains(name), qPrintable(line));
            const auto &samples = stored.value(name);
            const QStringList cells = line.mid(26 + 12).simplified().split(u' ');
            QVERIFY2(cells.size() >= 5, qPrintable(line));
            const qint64 spans[] = {86400, 7 * 86400, 30 * 86400, 90 * 86400};
            for (int i = 0; i < 4; ++i) {
                const QString early = percent(count(samples, epoch - spans[i], epoch).ratio());
                const QString late = percent(count(samples, finished - spans[i], finished).ratio());
                if (early == u"–"_s || late == u"–"_s) {
                    QCOMPARE(cells[i], early);
                    continue;
                }
                const double printed = cells[i].chopped(1).toDouble();
                const double lo = std::min(early.chopped(1).toDouble(), late.chopped(1).toDouble());
                const double hi = std::max(early.chopped(1).toDouble(), late.chopped(1).toDouble());
                QVERIFY2(printed >= lo - 1e-9 && printed <= hi + 1e-9,
                         qPrintable(line + u" vs "_s + early + u"…"_s + late));
            }
            // Incidents in the 7-day range.
            const int early = count(samples, epoch - 7 * 86400, epoch).incidents;
            const int late = count(samples, finished - 7 * 86400, finished).incidents;
            const int printed = cells[4].toInt();
            QVERIFY2(printed >= std::min(early, late) && printed <= std::max(early, late), qPrintable(line));
            // The status word: the last stored sample (the lab's clock stands still).
            const QStringList words = {u"down"_s, u"up"_s, u"pending"_s, u"maintenance"_s};
            QCOMPARE(line.mid(26, 12).trimmed(), words.value(int(samples.back().v)));
            ++rows;
        }
        QCOMPARE(rows, int(stored.size()));
        // Down monitors are listed first.
        QCOMPARE(lines.at(1).mid(26, 12).trimmed(), u"down"_s);
    }

    void testUsageErrors()
    {
        qint64 epoch = 0;
        QCOMPARE(run({u"uptime"_s, u"--range"_s, u"5m"_s}, &epoch).code, 2);
        QCOMPARE(run({u"uptime"_s, u"--range"_s, u"1y"_s}, &epoch).code, 2);
        QCOMPARE(run({u"uptime"_s, u"--pending"_s, u"sometimes"_s}, &epoch).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliUptime)
#include "test_cli_uptime.moc"
