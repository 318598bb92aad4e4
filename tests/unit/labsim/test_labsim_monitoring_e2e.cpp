// The real krynet-labsim binary (--speed 0): ports from its start-up JSON line, LiteLLM and Prometheus
// over real HTTP with QNetworkAccessManager.
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLabsimMonitoringE2e final : public QObject
{
    Q_OBJECT

private:
    QProcess m_process;
    QJsonObject m_services;
    QNetworkAccessManager m_nam;

    std::unique_ptr<QNetworkReply> get(const QString &service, const QString &pathAndQuery,
                                       const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(QUrl::fromEncoded((m_services[service][u"url"_s].toString() + pathAndQuery).toUtf8()));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
            qWarning("request to %s did not finish", qPrintable(service));
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString binary = qEnvironmentVariable("KRYNET_LABSIM");
        QVERIFY2(!binary.isEmpty(), "KRYNET_LABSIM must name the krynet-labsim binary");
        m_process.setProgram(binary);
        m_process.setArguments({u"--speed"_s, u"0"_s, u"--seed"_s, u"42"_s, u"--epoch"_s, u"2026-03-10T12:00:00Z"_s,
                                u"--exit-on-stdin-close"_s});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        QVERIFY(m_process.waitForStarted(5000));
        QVERIFY(QTest::qWaitFor([this] { return m_process.canReadLine(); }, 10000));
        const QJsonDocument start = QJsonDocument::fromJson(m_process.readLine());
        QVERIFY(start.isObject());
        m_services = start.object()[u"services"_s].toObject();
        QVERIFY(m_services.contains(u"litellm"_s));
        QVERIFY(m_services.contains(u"prometheus"_s));
    }

    void cleanupTestCase()
    {
        m_process.closeWriteChannel(); // --exit-on-stdin-close
        if (!m_process.waitForFinished(5000)) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }

    void testLiteLlm()
    {
        const QByteArray master = m_services[u"litellm"_s][u"masterKey"_s].toString().toUtf8();
        auto reply = get(u"litellm"_s, u"/model/info"_s, {qMakePair(QByteArray("Authorization"), "Bearer " + master)});
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        const QJsonArray models = QJsonDocument::fromJson(body).object()[u"data"_s].toArray();
        QVERIFY(models.size() >= 7);
        QVERIFY(!body.contains(master));
        auto denied =
            get(u"litellm"_s, u"/model/info"_s, {qMakePair(QByteArray("Authorization"), QByteArray("Bearer sk-x"))});
        QCOMPARE(denied->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(QJsonDocument::fromJson(denied->readAll()).object()[u"error"_s][u"code"_s].toString(), u"401"_s);
    }

    void testPrometheus()
    {
        const QJsonObject prom = m_services[u"prometheus"_s].toObject();
        const QByteArray auth =
            "Basic " + (prom[u"username"_s].toString() + u':' + prom[u"password"_s].toString()).toUtf8().toBase64();
        const QString expr = u"avg by (monitor_name) (monitor_status{monitor_name=~\"Jellyfin|Offsite backup\"})"_s;
        // start = epoch − 1 h, end = epoch.
        const QString target = u"/api/v1/query_range?query="_s + QString::fromLatin1(QUrl::toPercentEncoding(expr)) +
                               u"&start=1773140400&end=1773144000&step=60"_s;
        auto reply = get(u"prometheus"_s, target, {qMakePair(QByteArray("Authorization"), auth)});
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject data = QJsonDocument::fromJson(reply->readAll()).object()[u"data"_s].toObject();
        QCOMPARE(data[u"resultType"_s].toString(), u"matrix"_s);
        const QJsonArray result = data[u"result"_s].toArray();
        QCOMPARE(result.size(), 2);
        QCOMPARE(result.at(1).toObject()[u"metric"_s][u"monitor_name"_s].toString(), u"Offsite backup"_s);
        const QJsonArray values = result.at(1).toObject()[u"values"_s].toArray();
        QCOMPARE(values.size(), 61);
        QCOMPARE(values.first().toArray().at(0).toDouble(), 1773140400.0);
        QCOMPARE(values.last().toArray().at(1).toString(), u"0"_s); // down now

        auto unauthorized = get(u"prometheus"_s, u"/api/v1/labels"_s, {});
        QCOMPARE(unauthorized->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    }
};

QTEST_GUILESS_MAIN(TestLabsimMonitoringE2e)
#include "test_labsim_monitoring_e2e.moc"
