#include <cmath>

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "core/metrics/promparsers.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Metrics;

namespace
{

QJsonDocument json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text));
}

} // namespace

// The Prometheus API v1 envelope and Uptime Kuma's status-page JSON (PROMETHEUS-NOTES.md,
// UPTIME-KUMA-NOTES.md): every result type, special values, errors and hostile shapes.
class TestPromParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testVector()
    {
        const auto r = PromParsers::queryResult(QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
            "{\"metric\":{\"__name__\":\"monitor_status\",\"monitor_name\":\"Jellyfin\"},\"value\":[1732600000.123,"
            "\"1\"]},"
            "{\"metric\":{\"monitor_name\":\"Immich\"},\"value\":[1732600000,\"0\"]}]},\"warnings\":[\"w1\"]}"));
        QVERIFY(r);
        QCOMPARE(r->type, QueryResult::Type::Vector);
        QCOMPARE(r->series.size(), size_t(2));
        QCOMPARE(r->series[0].labels.value(u"monitor_name"_s), u"Jellyfin"_s);
        QCOMPARE(r->series[0].samples[0].tMs, 1732600000123);
        QCOMPARE(r->series[1].samples[0].value, 0.0);
        QCOMPARE(r->warnings, QStringList{u"w1"_s});
    }

    void testMatrixWithSpecialValues()
    {
        const auto r = PromParsers::queryResult(QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
            "{\"metric\":{\"instance\":\"nas\"},\"values\":[[1,\"NaN\"],[2,\"+Inf\"],[3,\"-Inf\"],[4,\"1e3\"]]}]}}"));
        QVERIFY(r);
        QCOMPARE(r->type, QueryResult::Type::Matrix);
        const auto &s = r->series[0].samples;
        QCOMPARE(s.size(), size_t(4));
        QVERIFY(std::isnan(s[0].value));
        QVERIFY(std::isinf(s[1].value) && s[1].value > 0);
        QVERIFY(std::isinf(s[2].value) && s[2].value < 0);
        QCOMPARE(s[3].value, 1000.0);
        QCOMPARE(s[3].tMs, 4000);
        QCOMPARE(PromParsers::statusFromValue(s[0].value), MonitorStatus::Unknown);
        QCOMPARE(PromParsers::statusFromValue(s[1].value), MonitorStatus::Unknown);
        QCOMPARE(PromParsers::statusFromValue(3), MonitorStatus::Maintenance);
        QCOMPARE(PromParsers::statusFromValue(7), MonitorStatus::Unknown);
    }

    void testScalarAndEmpty()
    {
        const auto scalar = PromParsers::queryResult(
            QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[5,\"42\"]}}"));
        QVERIFY(scalar);
        QCOMPARE(scalar->type, QueryResult::Type::Scalar);
        QCOMPARE(scalar->series[0].samples[0].value, 42.0);
        const auto empty = PromParsers::queryResult(
            QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"));
        QVERIFY(empty);
        QVERIFY(empty->series.empty());
    }

    void testErrorEnvelope()
    {
        const auto r = PromParsers::queryResult(QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":"
                                                           "\"exceeded maximum resolution of 11,000 points\"}"));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Remote);
        QVERIFY(r.error().message().contains(u"11,000"_s));
    }

    void testHostileInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no status") << QByteArray("{\"data\":{}}");
        QTest::newRow("unknown type") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"x\"}}");
        QTest::newRow("result not list") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":{}}}");
        QTest::newRow("value as number") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},"
            "\"value\":[1,2]}]}}");
        QTest::newRow("label not string") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"a\":1},"
            "\"value\":[1,\"2\"]}]}}");
        QTest::newRow("bad value") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
            "\"values\":[[1,\"abc\"]]}]}}");
        QTest::newRow("huge time") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
            "\"values\":[[1e300,\"1\"]]}]}}");
    }

    void testHostileInput()
    {
        QFETCH(QByteArray, body);
        const auto r = PromParsers::queryResult(body);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Parse);
    }

    void testStreamingReaderEqualsDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QString fixtures = qEnvironmentVariable("KRYNET_SOURCE_DIR") + u"/tests/fixtures/metrics/"_s;
        for (const QString &name :
             {u"query_matrix.json"_s, u"query_vector.json"_s, u"query_scalar.json"_s, u"query_error.json"_s}) {
            QFile file(fixtures + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QTest::newRow(qPrintable(name)) << file.readAll();
        }
        QTest::newRow("members in any order")
            << QByteArray(" {\"data\" : {\"result\":[{\"values\":[[1.5,\"2\"]],\"metric\":{\"b\":\"2\",\"a\":\"1\"}}],"
                          "\"resultType\":\"matrix\"}, \"warnings\":[\"w\"],\"status\":\"success\"}\n");
        QTest::newRow("escapes") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":"
            "{\"name\":\"a\\\"b\\\\c\\/\\u00e9\\ud83d\\ude00\\n\"},\"value\":[1,\"+Inf\"]}]}}");
        QTest::newRow("string result") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"string\",\"result\":[1,\"x\"]}}");
        QTest::newRow("histograms skipped")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
                          "\"histograms\":[[1,{\"count\":\"1\"}]]},{\"metric\":{},\"values\":[[2,\"-1e-3\"]]}]}}");
        QTest::newRow("numbers") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
            "\"values\":[[1e3,\"0.1\"],[1E+3,\"1e400\"],[-0.5,\"NaN\"],[2,\"-Inf\"],[3,\"1e-400\"]]}]}}");
        QTest::newRow("extra members and nulls") << QByteArray(
            "{\"status\":\"success\",\"infos\":null,\"data\":{\"resultType\":\"vector\",\"stats\":{\"x\":[true,"
            "false,null]},\"result\":[]}}");
        QTest::newRow("error without data")
            << QByteArray("{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out\"}");
        QTest::newRow("trailing garbage") << QByteArray("{\"status\":\"success\",\"data\":{}} x");
        QTest::newRow("truncated") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":[[1,");
        QTest::newRow("deep nesting") << (QByteArray("{\"status\":\"success\",\"x\":") + QByteArray(100000, '[') +
                                          QByteArray(100000, ']') + "}");
        QTest::newRow("control character") << QByteArray("{\"status\":\"succ\tess\"}");
        QTest::newRow("bad escape") << QByteArray("{\"status\":\"\\x\"}");
        QTest::newRow("leading zero") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[01,\"1\"]}}");
        QTest::newRow("plus in value") << QByteArray(
            "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"+5\"]}}");
        QTest::newRow("inf word in value")
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"inf\"]}}");
    }

    // The client reads query answers with a one-pass reader (no QJsonDocument); it must agree with the
    // document-based reference on every shape, value and refusal.
    void testStreamingReaderEqualsDocument()
    {
        QFETCH(QByteArray, body);
        const Result<QueryResult> streamed = PromParsers::queryResult(body);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        const Result<QueryResult> reference = error.error == QJsonParseError::NoError
                                                  ? PromParsers::queryResult(document)
                                                  : Result<QueryResult>(Error(Error::Code::Parse, u"invalid"_s));
        QCOMPARE(bool(streamed), bool(reference));
        if (!reference) {
            QCOMPARE(streamed.error().code(), reference.error().code());
            if (reference.error().code() == Error::Code::Remote)
                QCOMPARE(streamed.error().message(), reference.error().message());
            return;
        }
        QCOMPARE(streamed->type, reference->type);
        QCOMPARE(streamed->warnings, reference->warnings);
        QCOMPARE(streamed->series.size(), reference->series.size());
        for (size_t i = 0; i < reference->series.size(); ++i) {
            QCOMPARE(streamed->series[i].labels, reference->series[i].labels);
            const auto &a = streamed->series[i].samples;
            const auto &b = reference->series[i].samples;
            QCOMPARE(a.size(), b.size());
            for (size_t j = 0; j < b.size(); ++j) {
                QCOMPARE(a[j].tMs, b[j].tMs);
                QVERIFY((std::isnan(a[j].value) && std::isnan(b[j].value)) || a[j].value == b[j].value);
            }
        }
    }

    void testStreamingReaderOnAWeekOfSamples()
    {
        // A 7-day monitor_status chunk of 50 monitors, as Prometheus writes it.
        QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[";
        for (int m = 0; m < 50; ++m) {
            body += (m ? "," : "") + QByteArray("{\"metric\":{\"__name__\":\"monitor_status\",\"monitor_name\":\"m") +
                    QByteArray::number(m) + "\"},\"values\":[";
            for (int i = 0; i < 10080; ++i) {
                body += (i ? ",[" : "[") + QByteArray::number(1764000030 + i * 60) + ",\"" +
                        QByteArray((i + m) % 997 == 0 ? "0" : "1") + "\"]";
            }
            body += "]}";
        }
        body += "]}}";
        const Result<QueryResult> r = PromParsers::queryResult(body);
        QVERIFY(r);
        QCOMPARE(r->series.size(), size_t(50));
        QCOMPARE(r->series[7].labels.value(u"monitor_name"_s), u"m7"_s);
        QCOMPARE(r->series[7].samples.size(), size_t(10080));
        QCOMPARE(r->series[7].samples[990].value, 0.0);
        QCOMPARE(r->series[7].samples.back().tMs, (1764000030LL + 10079 * 60) * 1000);
    }

    void testSeriesAndLabels()
    {
        const auto series =
            PromParsers::seriesList(json("{\"status\":\"success\",\"data\":[{\"__name__\":\"up\",\"job\":\"node\"}]}"));
        QVERIFY(series);
        QCOMPARE(series->first().value(u"job"_s), u"node"_s);
        const auto labels = PromParsers::stringList(json("{\"status\":\"success\",\"data\":[\"__name__\",\"job\"]}"));
        QVERIFY(labels);
        QCOMPARE(labels->size(), 2);
        QVERIFY(!PromParsers::stringList(json("{\"status\":\"success\",\"data\":[1]}")));
    }

    void testStatusPage()
    {
        const auto page = json("{\"config\":{\"slug\":\"home\",\"title\":\"Home lab\"},"
                               "\"incidents\":[{\"id\":1,\"title\":\"NAS maintenance\",\"active\":true}],"
                               "\"publicGroupList\":[{\"id\":1,\"name\":\"Services\",\"monitorList\":["
                               "{\"id\":3,\"name\":\"Jellyfin\",\"type\":\"http\",\"certExpiryDaysRemaining\":9,"
                               "\"validCert\":true},{\"id\":4,\"name\":\"Backup\",\"type\":\"port\"}]}]}");
        const auto beats = json("{\"heartbeatList\":{\"3\":["
                                "{\"status\":1,\"time\":\"2025-11-26 09:58:00.123\",\"msg\":\"\",\"ping\":41},"
                                "{\"status\":0,\"time\":\"2025-11-26 09:59:00\",\"msg\":\"\",\"ping\":null}]},"
                                "\"uptimeList\":{\"3_24\":0.9993}}");
        const auto r = PromParsers::statusPage(page, beats);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->title, u"Home lab"_s);
        QCOMPARE(r->incidentTitles, QStringList{u"NAS maintenance"_s});
        QCOMPARE(r->monitors.size(), 2);
        const auto &jf = r->monitors.first();
        QCOMPARE(jf.beats.size(), size_t(2));
        QCOMPARE(jf.beats[0].t, 1764151080); // 2025-11-26T09:58:00Z, parsed as UTC
        QCOMPARE(jf.beats[0].pingMs, 41.0);
        QVERIFY(std::isnan(jf.beats[1].pingMs));
        QCOMPARE(jf.beats[1].status, MonitorStatus::Down);
        QCOMPARE(*jf.uptime24h, 0.9993);
        QCOMPARE(*jf.certDaysRemaining, 9);
        QVERIFY(r->monitors.at(1).beats.empty());
        // 1.23: a single "incident" object.
        const auto old = PromParsers::statusPage(json("{\"incident\":{\"title\":\"Old\"},\"publicGroupList\":[]}"),
                                                 json("{\"heartbeatList\":{}}"));
        QVERIFY(old);
        QCOMPARE(old->incidentTitles, QStringList{u"Old"_s});
        // Unknown slug.
        const auto fail =
            PromParsers::statusPage(json("{\"status\":\"fail\",\"msg\":\"Status Page Not Found\"}"), json("{}"));
        QVERIFY(!fail);
        QCOMPARE(fail.error().code(), Error::Code::Remote);
    }
};

QTEST_GUILESS_MAIN(TestPromParsers)
#include "test_promparsers.moc"
