// Uptime Kuma and Prometheus in-process, clock frozen: PromQL subset against hand-computed values,
// query_range limits, the generated history seen the same way through /metrics and Prometheus.
#include <cmath>
#include <memory>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "app/labsim/labclock.h"
#include "app/labsim/monitoring/metricstore.h"
#include "app/labsim/monitoring/monitorhistory.h"
#include "app/labsim/monitoring/prometheusservice.h"
#include "app/labsim/monitoring/promql.h"
#include "app/labsim/monitoring/uptimekumaservice.h"
#include "tests/unit/labsim/test_labsim_monitoring_util.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;
using namespace KryNet::LabSim::Test;

namespace
{

const QDateTime epoch = QDateTime::fromString(u"2026-03-10T12:00:00Z"_s, Qt::ISODate);

/// c_total{job="t"}: +5 every 10 s; reset_total{job="t"}: the same but reset to 0 at k = 8;
/// g{inst="a"}: k % 4; g{inst="b"}: 10; gappy{job="t"}: no sample at k = 9. Scrapes at k·10 s, k ≥ 0.
std::shared_ptr<MetricStore> tinyStore()
{
    auto store = std::make_shared<MetricStore>();
    auto series = [](PromLabels labels, std::function<std::optional<double>(qint64)> fn) {
        MetricSeries s;
        s.labels = std::move(labels);
        s.intervalMs = 10000;
        s.phaseMs = 0;
        s.value = std::move(fn);
        return s;
    };
    store->add(series({{u"__name__"_s, u"c_total"_s}, {u"job"_s, u"t"_s}}, [](qint64 k) -> std::optional<double> {
        return k < 0 ? std::nullopt : std::optional<double>(5.0 * double(k));
    }));
    store->add(series({{u"__name__"_s, u"reset_total"_s}, {u"job"_s, u"t"_s}}, [](qint64 k) -> std::optional<double> {
        if (k < 0)
            return std::nullopt;
        return k < 8 ? 5.0 * double(k) : 5.0 * double(k - 8);
    }));
    store->add(series(
        {{u"__name__"_s, u"g"_s}, {u"inst"_s, u"a"_s}, {u"job"_s, u"t"_s}},
        [](qint64 k) -> std::optional<double> { return k < 0 ? std::nullopt : std::optional<double>(double(k % 4)); }));
    store->add(
        series({{u"__name__"_s, u"g"_s}, {u"inst"_s, u"b"_s}, {u"job"_s, u"t"_s}},
               [](qint64 k) -> std::optional<double> { return k < 0 ? std::nullopt : std::optional<double>(10.0); }));
    store->add(series({{u"__name__"_s, u"gappy"_s}, {u"job"_s, u"t"_s}}, [](qint64 k) -> std::optional<double> {
        return (k < 0 || k == 9) ? std::nullopt : std::optional<double>(1.0);
    }));
    return store;
}

QString labelsText(const PromLabels &labels)
{
    QStringList parts;
    for (const auto &[name, value] : labels)
        parts.append(name + u'=' + value);
    return parts.join(u',');
}

} // namespace

class TestLabsimMonitoring final : public QObject
{
    Q_OBJECT

private:
    /// Evaluates @p expr at @p tMs on the tiny store; fails the test on a parse or execution error.
    static PromValue eval(const QString &expr, qint64 tMs = 100000)
    {
        static const auto store = tinyStore();
        QString error;
        const auto query = PromQuery::parse(expr, &error);
        if (!query) {
            qWarning("%s: %s", qPrintable(expr), qPrintable(error));
            return {};
        }
        PromValue value;
        if (!query->evaluate(*store, tMs, 1000000000, &value, &error))
            qWarning("%s: %s", qPrintable(expr), qPrintable(error));
        return value;
    }

    static double single(const QString &expr, qint64 tMs = 100000)
    {
        const PromValue v = eval(expr, tMs);
        if (v.type == PromValue::Type::Scalar)
            return v.scalar;
        if (v.vector.size() != 1) {
            qWarning("%s: %d elements", qPrintable(expr), int(v.vector.size()));
            return std::nan("");
        }
        return v.vector.front().v;
    }

    static QString parseError(const QString &expr)
    {
        QString error;
        const auto query = PromQuery::parse(expr, &error);
        return query ? QString() : error;
    }

    struct Sim
    {
        LabClock clock{epoch, 0};
        std::shared_ptr<MonitorHistory> history = std::make_shared<MonitorHistory>(42, epoch.toSecsSinceEpoch());
        std::shared_ptr<MetricStore> store = std::make_shared<MetricStore>();
        std::unique_ptr<PrometheusService> prometheus;
        std::unique_ptr<UptimeKumaService> kuma;
        QByteArray promAuth = "Basic " + QByteArray("prometheus:secret").toBase64();
        QByteArray kumaAuth = "Basic " + QByteArray(":uk1_testkey").toBase64();

        Sim()
        {
            MetricStore::addLabSeries(*store, *history, 42, epoch.toSecsSinceEpoch());
            prometheus = std::make_unique<PrometheusService>(store, clock, u"prometheus"_s, u"secret"_s);
            kuma = std::make_unique<UptimeKumaService>(history, clock, u"uk1_testkey"_s);
        }
        HttpResponse prom(const QByteArray &target)
        {
            return prometheus->handle(makeRequest("GET", target, {header("Authorization", promAuth)}));
        }
    };

private Q_SLOTS:
    void testRateIncreaseIrate()
    {
        // (40 s, 100 s]: samples at 50…100 s, values 25…50. Extrapolated to the window's start (10 s,
        // below 1.1 × the 10 s spacing): increase = 25 × 60/50 = 30, rate = 30/60 = 0.5.
        QCOMPARE(single(u"increase(c_total[1m])"_s), 30.0);
        QCOMPARE(single(u"rate(c_total[1m])"_s), 0.5);
        QCOMPARE(single(u"irate(c_total[1m])"_s), 0.5);
        // A reset at 80 s: 25,30,35 | 0,5,10 → raw increase 10 − 25 + 35 = 20, × 1.2 = 24.
        QCOMPARE(single(u"increase(reset_total[1m])"_s), 24.0);
        QCOMPARE(single(u"rate(reset_total[1m])"_s), 0.4);
        QCOMPARE(single(u"irate(reset_total[1m])"_s), 0.5);
        // Window starts before the first sample (t = 0): the zero point limits extrapolation. (−10 s, 30 s]
        // holds 0,5,10,15 at 0…30 s: 15 × (30 + 0 + 0)/30 → increase 15.
        QCOMPARE(single(u"increase(c_total[40s])"_s, 30000), 15.0);
        // Rate drops the metric name.
        const PromValue v = eval(u"rate(c_total[1m])"_s);
        QCOMPARE(labelsText(v.vector.front().labels), u"job=t"_s);
    }

    void testOverTimeAndAggregation()
    {
        // g{inst="a"} in (60 s, 100 s]: k = 7…10 → 3, 0, 1, 2.
        QCOMPARE(single(u"avg_over_time(g{inst=\"a\"}[40s])"_s), 1.5);
        QCOMPARE(single(u"max_over_time(g{inst=\"a\"}[40s])"_s), 3.0);
        QCOMPARE(single(u"min_over_time(g{inst=\"a\"}[40s])"_s), 0.0);
        QCOMPARE(single(u"sum_over_time(g{inst=\"a\"}[40s])"_s), 6.0);
        QCOMPARE(single(u"count_over_time(g{inst=\"a\"}[40s])"_s), 4.0);
        // At 100 s: a = 10 % 4 = 2, b = 10.
        QCOMPARE(single(u"sum(g)"_s), 12.0);
        QCOMPARE(single(u"avg(g)"_s), 6.0);
        QCOMPARE(single(u"count(g)"_s), 2.0);
        QCOMPARE(single(u"max(g)"_s), 10.0);
        QCOMPARE(single(u"1 - avg(g)"_s), -5.0);
        QCOMPARE(single(u"sum(g) / 4 * 2 + 1"_s), 7.0);
        QCOMPARE(single(u"-sum(g)"_s), -12.0);
        QCOMPARE(single(u"2 ^ 3 ^ 2"_s), 512.0);

        const PromValue byInst = eval(u"avg by (inst) (g * 2)"_s);
        QCOMPARE(byInst.vector.size(), size_t(2));
        QCOMPARE(labelsText(byInst.vector[0].labels), u"inst=a"_s);
        QCOMPARE(byInst.vector[0].v, 4.0);
        QCOMPARE(byInst.vector[1].v, 20.0);
        const PromValue without = eval(u"sum(g) without (inst)"_s);
        QCOMPARE(labelsText(without.vector.front().labels), u"job=t"_s);
        QCOMPARE(without.vector.front().v, 12.0);
    }

    void testSelectorsAndBinaryOps()
    {
        QCOMPARE(eval(u"g"_s).vector.size(), size_t(2));
        QCOMPARE(single(u"g{inst!=\"a\"}"_s), 10.0);
        QCOMPARE(single(u"g{inst=~\"a|c\"}"_s), 2.0);
        QCOMPARE(eval(u"g{inst=~\"\"}"_s).vector.size(), size_t(0));
        QCOMPARE(eval(u"{job=\"t\", __name__=~\"g|c_total\"}"_s).vector.size(), size_t(3));
        // Regexes are anchored.
        QCOMPARE(eval(u"g{inst=~\".\"}"_s).vector.size(), size_t(2));
        QCOMPARE(eval(u"g{inst=~\"a.\"}"_s).vector.size(), size_t(0));
        // Comparison filters keep the name and value; bool turns them into 0/1.
        const PromValue filtered = eval(u"g > 5"_s);
        QCOMPARE(filtered.vector.size(), size_t(1));
        QCOMPARE(labelsText(filtered.vector.front().labels), u"__name__=g,inst=b,job=t"_s);
        const PromValue asBool = eval(u"g > bool 5"_s);
        QCOMPARE(asBool.vector.size(), size_t(2));
        QCOMPARE(asBool.vector[0].v, 0.0);
        QCOMPARE(asBool.vector[1].v, 1.0);
        // Vector/vector one-to-one on the labels without the name.
        QCOMPARE(single(u"c_total - reset_total"_s), 40.0);
        QCOMPARE(single(u"time()"_s, 123456), 123.456);
        // Staleness: the scrape at 90 s failed, so the series is absent at 95 s, back at 100 s.
        QCOMPARE(eval(u"gappy"_s, 95000).vector.size(), size_t(0));
        QCOMPARE(eval(u"gappy"_s, 100000).vector.size(), size_t(1));
        // Lookback: 5 minutes after the last sample it is gone.
        QCOMPARE(eval(u"gappy"_s, 85000).vector.size(), size_t(1));
        // Range selector at the top level: raw samples.
        const PromValue raw = eval(u"c_total[30s]"_s);
        QCOMPARE(raw.type, PromValue::Type::Matrix);
        QCOMPARE(raw.matrix.front().samples.size(), size_t(3));
        QCOMPARE(raw.matrix.front().samples.front().tMs, qint64(80000));
    }

    void testOrAndLabelReplace()
    {
        // `or`: every left element, then the right ones whose labels without the name match none on the
        // left (so `g or g` is just g, and names do not tell series apart).
        QCOMPARE(eval(u"g or g"_s).vector.size(), size_t(2));
        QCOMPARE(eval(u"g{inst=\"a\"} or g"_s).vector.size(), size_t(2));
        QCOMPARE(eval(u"c_total or reset_total"_s).vector.size(), size_t(1)); // same labels but the name
        QCOMPARE(labelsText(eval(u"c_total or reset_total"_s).vector.front().labels), u"__name__=c_total,job=t"_s);
        QCOMPARE(eval(u"g{inst=\"z\"} or g{inst=\"b\"}"_s).vector.size(), size_t(1)); // empty left side
        // The precedence of `or` is the lowest: `g > 5 or c_total` is `(g > 5) or c_total`.
        QCOMPARE(eval(u"g > 5 or c_total"_s).vector.size(), size_t(2));

        // label_replace: a constant tag (empty source, empty regex: always matches) keeps the name.
        const PromValue tagged = eval(u"label_replace(c_total, \"part\", \"x\", \"\", \"\")"_s);
        QCOMPARE(tagged.vector.size(), size_t(1));
        QCOMPARE(labelsText(tagged.vector.front().labels), u"__name__=c_total,job=t,part=x"_s);
        // Tags make the two sides of `or` different series: the idiom the uptime store's host query uses.
        const PromValue both = eval(u"label_replace(c_total, \"part\", \"c\", \"\", \"\") or "
                                    u"label_replace(reset_total, \"part\", \"r\", \"\", \"\")"_s);
        QCOMPARE(both.vector.size(), size_t(2));
        QCOMPARE(labelsText(both.vector.at(1).labels), u"__name__=reset_total,job=t,part=r"_s);
        // Capture groups ($1, ${name}); a value the regex does not match (anchored) is left alone.
        const PromValue groups = eval(u"label_replace(g, \"x\", \"<$1-${rest}>\", \"inst\", \"(a)(?<rest>.*)\")"_s);
        QCOMPARE(groups.vector.size(), size_t(2));
        QCOMPARE(labelsText(groups.vector.at(0).labels), u"__name__=g,inst=a,job=t,x=<a->"_s);
        QCOMPARE(labelsText(groups.vector.at(1).labels), u"__name__=g,inst=b,job=t"_s);
        // An empty replacement removes the label; two series left with the same labels are an error.
        QCOMPARE(labelsText(eval(u"label_replace(c_total, \"job\", \"\", \"\", \"\")"_s).vector.front().labels),
                 u"__name__=c_total"_s);
        QVERIFY(parseError(u"label_replace(g, \"1x\", \"\", \"\", \"\")"_s).contains(u"destination label"_s));
        QVERIFY(parseError(u"label_replace(g, \"x\", \"\", \"\", \"(\")"_s).contains(u"regular expression"_s));
        QVERIFY(parseError(u"label_replace(g[5m], \"x\", \"\", \"\", \"\")"_s).contains(u"instant vector"_s));
        QVERIFY(parseError(u"1 or g"_s).contains(u"set operator"_s));
        QString error;
        const auto duplicate = PromQuery::parse(u"label_replace(g, \"inst\", \"same\", \"\", \"\")"_s, &error);
        QVERIFY2(duplicate, qPrintable(error));
        PromValue value;
        QVERIFY(!duplicate->evaluate(*tinyStore(), 100000, 1000000000, &value, &error));
        QVERIFY2(error.contains(u"same labelset"_s), qPrintable(error));
    }

    void testUnsupportedIsAParseError()
    {
        QVERIFY(parseError(u"histogram_quantile(0.9, g)"_s).contains(u"not supported by labsim"_s));
        QVERIFY(parseError(u"g offset 5m"_s).contains(u"offset"_s));
        QVERIFY(parseError(u"g and g"_s).contains(u"set operator"_s));
        QVERIFY(parseError(u"topk(3, g)"_s).contains(u"aggregation \"topk\""_s));
        QVERIFY(parseError(u"g * on(inst) g"_s).contains(u"vector matching"_s));
        QVERIFY(parseError(u"rate(g[5m:1m])"_s).contains(u"subquery"_s));
        QCOMPARE(parseError(u"foo(g)"_s), u"1:1: parse error: unknown function with name \"foo\""_s);
        QVERIFY(parseError(u"rate(g)"_s)
                    .endsWith(
                        u"parse error: expected type range vector in call to function \"rate\", got instant vector"_s));
        QVERIFY(parseError(u"{}"_s).endsWith(
            u"parse error: vector selector must contain at least one non-empty matcher"_s));
        QVERIFY(parseError(u"sum(g"_s).startsWith(u"1:6: parse error: unexpected end of input"_s));
        QVERIFY(parseError(u"1 > 2"_s).contains(u"BOOL"_s));
        QVERIFY(parseError(u""_s).contains(u"no expression found"_s));
    }

    void testQueryRangeLimitAndShape()
    {
        LabClock clock(QDateTime::fromSecsSinceEpoch(200000, Qt::UTC), 0);
        PrometheusService prom(tinyStore(), clock, u"u"_s, u"p"_s);
        const QByteArray auth = "Basic " + QByteArray("u:p").toBase64();
        auto get = [&](const QByteArray &target) {
            return prom.handle(makeRequest("GET", target, {header("Authorization", auth)}));
        };
        // (end − start) / step = 11,000 exactly: allowed (11,001 points).
        HttpResponse ok = get("/api/v1/query_range?query=c_total&start=0&end=110000&step=10");
        QCOMPARE(ok.status, 200);
        const QJsonArray values = jsonOf(ok)
                                      .object()
                                      .value(u"data"_s)
                                      .toObject()
                                      .value(u"result"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"values"_s)
                                      .toArray();
        QCOMPARE(values.size(), 11001);
        QCOMPARE(values.at(3).toArray().at(0).toDouble(), 30.0);
        QCOMPARE(values.at(3).toArray().at(1).toString(), u"15"_s);
        QCOMPARE(values.at(3).toArray().at(1).isString(), true);
        // One point more → Prometheus' exact error.
        HttpResponse tooMany = get("/api/v1/query_range?query=c_total&start=0&end=110010&step=10");
        QCOMPARE(tooMany.status, 400);
        const QJsonObject error = jsonOf(tooMany).object();
        QCOMPARE(error.value(u"status"_s).toString(), u"error"_s);
        QCOMPARE(error.value(u"errorType"_s).toString(), u"bad_data"_s);
        QCOMPARE(error.value(u"error"_s).toString(),
                 u"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution "
                 u"(?step=XX)"_s);
        QVERIFY(error.contains(u"data"_s));
        // Fractional steps and durations are accepted; zero, negative, reversed ranges are not.
        QCOMPARE(get("/api/v1/query_range?query=c_total&start=0&end=100&step=0.5").status, 200);
        QCOMPARE(get("/api/v1/query_range?query=c_total&start=0&end=3600&step=1m").status, 200);
        QCOMPARE(get("/api/v1/query_range?query=c_total&start=0&end=100&step=0").status, 400);
        HttpResponse reversed = get("/api/v1/query_range?query=c_total&start=100&end=0&step=10");
        QCOMPARE(jsonOf(reversed).object().value(u"error"_s).toString(),
                 u"invalid parameter \"end\": end timestamp must not be before start time"_s);
        HttpResponse range = get("/api/v1/query_range?query=" + encode(u"c_total[1m]"_s) + "&start=0&end=100&step=10");
        QCOMPARE(range.status, 400);
        HttpResponse bad = get("/api/v1/query?query=" + encode(u"sum(rate(c_total[1m])"_s));
        QCOMPARE(bad.status, 400);
        QVERIFY(jsonOf(bad).object().value(u"error"_s).toString().startsWith(u"invalid parameter \"query\": 1:"_s));
        // '+' is a space in form encoding (curl --data-urlencode, Go's ParseQuery).
        HttpResponse plus = get("/api/v1/query?time=100&query=sum+by+(inst)+(g)");
        QCOMPARE(plus.status, 200);
        QCOMPARE(jsonOf(plus).object().value(u"data"_s).toObject().value(u"result"_s).toArray().size(), 2);
        // Scalars in an instant query.
        HttpResponse scalar = get("/api/v1/query?time=100&query=1%2B1");
        QCOMPARE(jsonOf(scalar).object().value(u"data"_s).toObject().value(u"resultType"_s).toString(), u"scalar"_s);
        // POST form body.
        HttpResponse post = prom.handle(
            makeRequest("POST", "/api/v1/query",
                        {header("Authorization", auth), header("Content-Type", "application/x-www-form-urlencoded")},
                        "query=" + encode(u"avg(g)"_s) + "&time=100"));
        QCOMPARE(jsonOf(post)
                     .object()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"result"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"value"_s)
                     .toArray()
                     .at(1)
                     .toString(),
                 u"6"_s);
    }

    void testDiscoveryAndAuth()
    {
        Sim lab;
        QCOMPARE(lab.prometheus->handle(makeRequest("GET", "/api/v1/labels")).status, 401);
        QCOMPARE(lab.prometheus
                     ->handle(makeRequest("GET", "/-/ready",
                                          {header("Authorization", "Basic " + QByteArray("prometheus:x").toBase64())}))
                     .status,
                 401);
        QCOMPARE(lab.prom("/-/ready").status, 200);
        const QJsonArray labels = jsonOf(lab.prom("/api/v1/labels")).object().value(u"data"_s).toArray();
        QVERIFY(labels.contains(u"monitor_name"_s));
        QVERIFY(labels.contains(u"__name__"_s));
        const QJsonArray names = jsonOf(lab.prom("/api/v1/label/__name__/values")).object().value(u"data"_s).toArray();
        for (const QString &n :
             {u"monitor_status"_s, u"monitor_response_time"_s, u"monitor_cert_days_remaining"_s,
              u"monitor_cert_is_valid"_s, u"node_cpu_seconds_total"_s, u"node_zfs_arc_size"_s, u"node_load15"_s,
              u"node_disk_read_bytes_total"_s, u"node_network_transmit_bytes_total"_s, u"node_hwmon_temp_celsius"_s,
              u"node_memory_MemAvailable_bytes"_s})
            QVERIFY2(names.contains(n), qPrintable(n));
        const QJsonArray series =
            jsonOf(lab.prom("/api/v1/series?match[]=" + encode(u"node_cpu_seconds_total{cpu=\"0\"}"_s)))
                .object()
                .value(u"data"_s)
                .toArray();
        QCOMPARE(series.size(), 8);
        QCOMPARE(jsonOf(lab.prom("/api/v1/series")).object().value(u"error"_s).toString(),
                 u"no match[] parameter provided"_s);
        // Kuma: the API key as Basic password with any username; nothing else.
        QCOMPARE(lab.kuma->handle(makeRequest("GET", "/metrics")).status, 401);
        const QByteArray wrong = "Basic " + QByteArray("admin:uk1_nope").toBase64();
        QCOMPARE(lab.kuma->handle(makeRequest("GET", "/metrics", {header("Authorization", wrong)})).status, 401);
        const QByteArray named = "Basic " + QByteArray("anyone:uk1_testkey").toBase64();
        QCOMPARE(lab.kuma->handle(makeRequest("GET", "/metrics", {header("Authorization", named)})).status, 200);
    }

    void testHostMetricsSanity()
    {
        Sim lab;
        auto value = [&lab](const QString &expr) {
            const QJsonArray result = jsonOf(lab.prom("/api/v1/query?query=" + encode(expr)))
                                          .object()
                                          .value(u"data"_s)
                                          .toObject()
                                          .value(u"result"_s)
                                          .toArray();
            return result.isEmpty() ? std::nan("")
                                    : result.at(0).toObject().value(u"value"_s).toArray().at(1).toString().toDouble();
        };
        // Four cores: the per-second CPU time of all modes adds up to 4 (rate extrapolation aside).
        QVERIFY(std::abs(value(u"sum(rate(node_cpu_seconds_total[5m]))"_s) - 4.0) < 0.05);
        const double busy = value(u"1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[5m]))"_s);
        QVERIFY2(busy > 0.05 && busy < 0.9, qPrintable(QString::number(busy)));
        const double total = value(u"node_memory_MemTotal_bytes"_s);
        const double available = value(u"node_memory_MemAvailable_bytes"_s);
        const double arc = value(u"node_zfs_arc_size"_s);
        QVERIFY(available > 0 && available < total);
        QVERIFY(arc > 1e10 && arc < total - available);
        QVERIFY(value(u"rate(node_disk_read_bytes_total{device=\"sda\"}[5m])"_s) > 0);
        QVERIFY(value(u"node_load1"_s) > 0);
        // Counters reset at the reboot 20 days before the epoch; rate() still never goes negative.
        const qint64 boot = qint64(value(u"node_boot_time_seconds"_s));
        const HttpResponse around = lab.prom(
            "/api/v1/query_range?query=" + encode(u"rate(node_network_receive_bytes_total{device=\"eno1\"}[2m])"_s) +
            "&start=" + QByteArray::number(boot - 600) + "&end=" + QByteArray::number(boot + 600) + "&step=30");
        const QJsonArray points =
            jsonOf(around).object()[u"data"_s][u"result"_s].toArray().at(0).toObject()[u"values"_s].toArray();
        QVERIFY(points.size() > 30);
        for (const QJsonValue &p : points)
            QVERIFY(p.toArray().at(1).toString().toDouble() >= 0);
    }

    void testOutageSeenEverywhere()
    {
        Sim lab;
        const MonitorHistory &h = *lab.history;
        const int immich = h.indexOfId(9);
        const MonitorHistory::Window outage = h.immichOutage();
        QCOMPARE(outage.end - outage.start, qint64(3 * 3600 + 40 * 60));
        // Prometheus over the outage (from its third beat on: the first two are pending) says 0 throughout,
        // and 1 again a few minutes after.
        const QByteArray selector = encode(u"monitor_status{monitor_name=\"Immich\"}"_s);
        HttpResponse range =
            lab.prom("/api/v1/query_range?query=" + selector + "&start=" + QByteArray::number(outage.start + 180) +
                     "&end=" + QByteArray::number(outage.end - 60) + "&step=60");
        const QJsonArray values =
            jsonOf(range).object()[u"data"_s][u"result"_s].toArray().at(0).toObject()[u"values"_s].toArray();
        QCOMPARE(values.size(), 217);
        for (const QJsonValue &p : values)
            QCOMPARE(p.toArray().at(1).toString(), u"0"_s);
        // The same beats in the history; 2 (pending) first.
        QCOMPARE(h.beat(immich, h.beatIndexAt(immich, outage.start + 59))->status, 2);
        QCOMPARE(h.beat(immich, h.beatIndexAt(immich, outage.start + 3600))->status, 0);
        QCOMPARE(h.beat(immich, h.beatIndexAt(immich, outage.start + 3600))->pingMs, -1);
        const HttpResponse after =
            lab.prom("/api/v1/query?query=" + selector + "&time=" + QByteArray::number(outage.end + 300));
        QCOMPARE(jsonOf(after)
                     .object()[u"data"_s][u"result"_s]
                     .toArray()
                     .at(0)
                     .toObject()[u"value"_s]
                     .toArray()
                     .at(1)
                     .toString(),
                 u"1"_s);
        // Availability from the raw samples: 3 h 40 min of 30 days, pending counted as down.
        const double ratio = h.uptimeRatio(immich, epoch.toSecsSinceEpoch() - 30 * 86400, epoch.toSecsSinceEpoch());
        QVERIFY2(ratio < 1.0 - 220.0 / 43200.0 + 0.001 && ratio > 0.99, qPrintable(QString::number(ratio)));

        // The monitor that is down now: 0 in /metrics, in an instant query and in the last heartbeat.
        const QByteArray kumaAuth = lab.kumaAuth;
        const QString metrics = QString::fromUtf8(
            lab.kuma->handle(makeRequest("GET", "/metrics", {header("Authorization", kumaAuth)})).body);
        static const QRegularExpression offsite(u"^monitor_status\\{monitor_id=\"22\",monitor_name=\"Offsite backup\","
                                                u"monitor_type=\"port\",monitor_url=\"\",monitor_hostname=\"backup\\."
                                                u"bergmann-home\\.example\",monitor_port=\"22\",stack=\"\"\\} 0$"_s,
                                                QRegularExpression::MultilineOption);
        QVERIFY2(offsite.match(metrics).hasMatch(), qPrintable(metrics.left(2000)));
        const HttpResponse down = lab.prom("/api/v1/query?query=" + encode(u"monitor_status == 0"_s));
        const QJsonArray downList = jsonOf(down).object()[u"data"_s][u"result"_s].toArray();
        QCOMPARE(downList.size(), 1);
        QCOMPARE(downList.at(0).toObject()[u"metric"_s][u"monitor_name"_s].toString(), u"Offsite backup"_s);
        // Portainer is in maintenance (3) right now.
        QVERIFY(metrics.contains(u"monitor_name=\"Portainer\",monitor_type=\"http\""_s));
        const HttpResponse maint = lab.prom("/api/v1/query?query=" + encode(u"monitor_status == 3"_s));
        QCOMPARE(jsonOf(maint)
                     .object()[u"data"_s][u"result"_s]
                     .toArray()
                     .at(0)
                     .toObject()[u"metric"_s][u"monitor_name"_s]
                     .toString(),
                 u"Portainer"_s);
    }

    void testKumaRestartGap()
    {
        Sim lab;
        const MonitorHistory::Window gap = lab.history->kumaGap();
        // Prometheus' scrapes failed: up is 0, the monitor series have no points in the gap.
        const HttpResponse range =
            lab.prom("/api/v1/query_range?query=" + encode(u"monitor_status{monitor_name=\"Jellyfin\"}"_s) + "&start=" +
                     QByteArray::number(gap.start - 600) + "&end=" + QByteArray::number(gap.end + 600) + "&step=60");
        const QJsonArray values =
            jsonOf(range).object()[u"data"_s][u"result"_s].toArray().at(0).toObject()[u"values"_s].toArray();
        QCOMPARE(values.size(), 35 - 14); // 14 minutes of gap, 10 minutes either side
        for (const QJsonValue &p : values) {
            const double t = p.toArray().at(0).toDouble();
            QVERIFY(t <= gap.start || t > gap.end); // the scrape before a point is 30 s older
        }
        const HttpResponse up = lab.prom("/api/v1/query?query=" + encode(u"up{job=\"uptime-kuma\"}"_s) +
                                         "&time=" + QByteArray::number(gap.start + 300));
        QCOMPARE(jsonOf(up)
                     .object()[u"data"_s][u"result"_s]
                     .toArray()
                     .at(0)
                     .toObject()[u"value"_s]
                     .toArray()
                     .at(1)
                     .toString(),
                 u"0"_s);
    }

    void testCertificates()
    {
        Sim lab;
        const QString metrics = QString::fromUtf8(lab.kuma->metricsText());
        static const QRegularExpression days(
            u"^monitor_cert_days_remaining\\{[^}]*monitor_name=\"([^\"]+)\"[^}]*\\} (-?\\d+)$"_s,
            QRegularExpression::MultilineOption);
        QMap<QString, int> remaining;
        for (auto it = days.globalMatch(metrics); it.hasNext();) {
            const auto m = it.next();
            remaining.insert(m.captured(1), m.captured(2).toInt());
        }
        QCOMPARE(remaining.value(u"Seerr"_s), 9);
        QCOMPARE(remaining.value(u"Jellyfin"_s), 52);
        QVERIFY(!remaining.contains(u"Offsite backup"_s)); // no TLS
        int soon = 0;
        for (const int d : remaining)
            soon += d < 14 ? 1 : 0;
        QCOMPARE(soon, 1);
        QVERIFY(metrics.contains(u"monitor_cert_is_valid{"_s));
        QVERIFY(metrics.contains(u",window=\"30d\"} "_s));
    }

    void testStatusPages()
    {
        Sim lab;
        const HttpResponse page = lab.kuma->handle(makeRequest("GET", "/api/status-page/homelab"));
        QCOMPARE(page.status, 200);
        const QJsonObject json = jsonOf(page).object();
        for (const QString &key : {u"config"_s, u"incidents"_s, u"publicGroupList"_s, u"maintenanceList"_s})
            QVERIFY2(json.contains(key), qPrintable(key));
        const QJsonObject config = json[u"config"_s].toObject();
        QCOMPARE(config[u"slug"_s].toString(), u"homelab"_s);
        QCOMPARE(config[u"published"_s].toBool(), true);
        QVERIFY(config.contains(u"showCertificateExpiry"_s) && config.contains(u"autoRefreshInterval"_s));
        int monitors = 0;
        for (const QJsonValue &group : json[u"publicGroupList"_s].toArray()) {
            QVERIFY(group.toObject().contains(u"weight"_s));
            for (const QJsonValue &m : group.toObject()[u"monitorList"_s].toArray()) {
                const QJsonObject o = m.toObject();
                QVERIFY(o[u"id"_s].isDouble() && o[u"name"_s].isString() && o[u"type"_s].isString());
                QCOMPARE(o[u"sendUrl"_s].toInt(), 0);
                QVERIFY(!o.contains(u"url"_s));
                QVERIFY(o.contains(u"certExpiryDaysRemaining"_s) && o.contains(u"validCert"_s));
                ++monitors;
            }
        }
        QVERIFY(monitors >= 20);
        QCOMPARE(json[u"maintenanceList"_s].toArray().size(), 1);
        QCOMPARE(json[u"incidents"_s].toArray().at(0).toObject()[u"style"_s].toString(), u"danger"_s);

        const HttpResponse beats = lab.kuma->handle(makeRequest("GET", "/api/status-page/heartbeat/homelab"));
        const QJsonObject hb = jsonOf(beats).object();
        const QJsonObject list = hb[u"heartbeatList"_s].toObject();
        QCOMPARE(list.size(), monitors);
        static const QRegularExpression time(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}$"_s);
        const QJsonArray jellyfin = list[u"1"_s].toArray();
        QCOMPARE(jellyfin.size(), 100);
        QString previous;
        for (const QJsonValue &b : jellyfin) {
            const QJsonObject o = b.toObject();
            QVERIFY(time.match(o[u"time"_s].toString()).hasMatch());
            QVERIFY(o[u"time"_s].toString() > previous); // oldest first
            previous = o[u"time"_s].toString();
            QCOMPARE(o[u"msg"_s].toString(), u""_s);
            QVERIFY(o[u"status"_s].isDouble());
            QVERIFY(o[u"ping"_s].isDouble() || o[u"ping"_s].isNull());
        }
        QCOMPARE(list[u"22"_s].toArray().last().toObject()[u"status"_s].toInt(), 0);
        QCOMPARE(list[u"22"_s].toArray().last().toObject()[u"ping"_s].isNull(), true);
        const QJsonObject uptime = hb[u"uptimeList"_s].toObject();
        QCOMPARE(uptime.size(), monitors);
        QVERIFY(uptime[u"22_24"_s].toDouble() < 0.99);
        QVERIFY(uptime[u"1_24"_s].toDouble() > 0.99);

        const HttpResponse family = lab.kuma->handle(makeRequest("GET", "/api/status-page/family"));
        QCOMPARE(jsonOf(family)
                     .object()[u"publicGroupList"_s]
                     .toArray()
                     .at(0)
                     .toObject()[u"monitorList"_s]
                     .toArray()
                     .at(0)
                     .toObject()[u"url"_s]
                     .toString()
                     .startsWith(u"https://"_s),
                 true);
        const HttpResponse missing = lab.kuma->handle(makeRequest("GET", "/api/status-page/nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(jsonOf(missing).object()[u"status"_s].toString(), u"fail"_s);
    }

    void testDeterministicForASeed()
    {
        Sim a;
        Sim b;
        QCOMPARE(a.kuma->metricsText(), b.kuma->metricsText());
        MonitorHistory other(7, epoch.toSecsSinceEpoch());
        QCOMPARE(other.monitors().size(), a.history->monitors().size());
    }

    void testScaleMonitors()
    {
        // --scale monitors=50: fifty more monitors, each with its 30-day history in Kuma's /metrics.
        Sim base;
        const auto scaled = std::make_shared<MonitorHistory>(42, epoch.toSecsSinceEpoch(), 50);
        QCOMPARE(scaled->monitors().size(), base.history->monitors().size() + 50);
        QSet<int> ids;
        for (const MonitorDef &m : scaled->monitors())
            ids.insert(m.id);
        QCOMPARE(qsizetype(ids.size()), qsizetype(scaled->monitors().size()));
        LabClock clock{epoch, 0};
        UptimeKumaService kuma(scaled, clock, u"uk1_testkey"_s);
        const QString metrics = QString::fromUtf8(kuma.metricsText());
        QCOMPARE(metrics.count(u"monitor_status{"_s), qsizetype(scaled->monitors().size()));
        QVERIFY(metrics.contains(u"monitor_name=\"App 050\""_s));
        // The history of a generated monitor has beats over the whole 30 days.
        const int last = scaled->indexOfId(149);
        QVERIFY(last >= 0);
        QVERIFY(scaled->beatIndexAt(last, epoch.toSecsSinceEpoch()) > 40000);
    }
};

QTEST_GUILESS_MAIN(TestLabsimMonitoring)
#include "test_labsim_monitoring.moc"
