#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include "app/labsim/faults.h"
#include "app/labsim/httpserver.h"
#include "app/labsim/lab.h"
#include "app/labsim/simservice.h"
#include "app/labsim/traffic.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;

namespace
{

// Echoes what it received; /stream answers with three chunks.
HttpResponse echo(const HttpRequest &request)
{
    if (request.path == u"/stream"_s) {
        HttpResponse response = HttpResponse::text({}, 200, "application/json");
        response.stream = [](const std::shared_ptr<ResponseStream> &stream) {
            stream->write("{\"n\":1}\n");
            stream->write("{\"n\":2}\n");
            stream->write("{\"n\":3}\n");
            stream->finish();
        };
        return response;
    }
    return HttpResponse::json(QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                                          {u"path"_s, request.path},
                                          {u"q"_s, request.queryValue(u"q"_s)},
                                          {u"key"_s, QString::fromLatin1(request.header("x-api-key"))},
                                          {u"body"_s, QString::fromUtf8(request.body)}});
}

class EchoService final : public SimService
{
public:
    QString id() const override { return u"echo"_s; }
    HttpResponse handle(const HttpRequest &request) override { return echo(request); }
    QJsonObject credentials() const override { return {{u"apiKey"_s, u"echo-key"_s}}; }
};

QNetworkReply *waitFor(QNetworkReply *reply, int ms = 5000)
{
    // The caller's assertions on status and body fail if the reply never finished.
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, ms))
        qWarning("reply did not finish within %d ms", ms);
    return reply;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestLabsimHttp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testScaleSpec()
    {
        LabScale scale;
        QString error;
        QVERIFY(scale.parse(u"containers=1000, torrents=10000,disks=200"_s, &error));
        QVERIFY(scale.parse(u"requests=500,monitors=50"_s, &error));
        QCOMPARE(scale.containers, 1000);
        QCOMPARE(scale.torrents, 10000);
        QCOMPARE(scale.disks, 200);
        QCOMPARE(scale.requests, 500);
        QCOMPARE(scale.monitors, 50);
        QCOMPARE(scale.toJson()[u"disks"_s].toInt(), 200);
        for (const QString &bad : {u"pools=3"_s, u"disks"_s, u"disks=-1"_s, u"disks=many"_s, u"disks=1001"_s}) {
            LabScale rejected;
            error.clear();
            QVERIFY2(!rejected.parse(bad, &error), qPrintable(bad));
            QVERIFY2(error.contains(u"disks=0..1000"_s), qPrintable(error));
            QCOMPARE(rejected.disks, 0);
        }
        QVERIFY(LabScale().toJson().isEmpty());
    }

    void testRequestParsing()
    {
        Faults faults;
        HttpService service(u"echo"_s, echo, &faults);
        QVERIFY(service.listen());
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v3/queue?q=a%20b"_s.arg(service.port())));
        request.setRawHeader("X-Api-Key", "k1");
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArray("{\"x\":1}")));
        waitFor(reply.get());
        QCOMPARE(statusOf(reply.get()), 200);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(json.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(json.value(u"path"_s).toString(), u"/api/v3/queue"_s);
        QCOMPARE(json.value(u"q"_s).toString(), u"a b"_s);
        QCOMPARE(json.value(u"key"_s).toString(), u"k1"_s);
        QCOMPARE(json.value(u"body"_s).toString(), u"{\"x\":1}"_s);
    }

    void testKeepAliveAnswersPipelinedRequestsInOrder()
    {
        Faults faults;
        HttpService service(u"echo"_s, echo, &faults);
        QVERIFY(service.listen());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, service.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200") == 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("/two"), 5000);
        QVERIFY(received.indexOf("/one") < received.indexOf("/two"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // kept alive
    }

    void testChunkedStream()
    {
        Faults faults;
        HttpService service(u"echo"_s, echo, &faults);
        QVERIFY(service.listen());
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/stream"_s.arg(service.port())))));
        waitFor(reply.get());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n"));
    }

    void testFaults()
    {
        Faults faults;
        HttpService service(u"echo"_s, echo, &faults);
        QVERIFY(service.listen());
        QNetworkAccessManager nam;
        const QUrl url(u"http://127.0.0.1:%1/x"_s.arg(service.port()));

        FaultSettings error;
        error.errorStatus = 503;
        faults.set(u"echo"_s, error);
        std::unique_ptr<QNetworkReply> r1(waitFor(nam.get(QNetworkRequest(url))));
        QCOMPARE(statusOf(r1.get()), 503);

        FaultSettings login;
        login.htmlLogin = true;
        faults.set(u"echo"_s, login);
        QNetworkRequest noRedirect(url);
        noRedirect.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> r2(waitFor(nam.get(noRedirect)));
        QCOMPARE(statusOf(r2.get()), 302);
        QVERIFY(r2->rawHeader("Location").contains(".cloudflareaccess.com/"));
        QVERIFY(r2->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/html"_s));

        FaultSettings truncate;
        truncate.truncate = true;
        faults.set(u"echo"_s, truncate);
        std::unique_ptr<QNetworkReply> r3(waitFor(nam.get(QNetworkRequest(url))));
        QVERIFY2(r3->error() != QNetworkReply::NoError, "a truncated body must not look complete");

        FaultSettings latency;
        latency.latencyMs = 150;
        faults.set(u"echo"_s, latency);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> r4(waitFor(nam.get(QNetworkRequest(url))));
        QCOMPARE(statusOf(r4.get()), 200);
        QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));

        FaultSettings hang;
        hang.hang = true;
        faults.set(u"echo"_s, hang);
        QNetworkRequest withTimeout(url);
        withTimeout.setTransferTimeout(300);
        std::unique_ptr<QNetworkReply> r5(waitFor(nam.get(withTimeout)));
        QCOMPARE(r5->error(), QNetworkReply::OperationCanceledError); // the transfer timeout fired

        faults.clear();
        std::unique_ptr<QNetworkReply> r6(waitFor(nam.get(QNetworkRequest(url))));
        QCOMPARE(statusOf(r6.get()), 200);
    }

    void testTrafficCountsRequestsAndTheLongestChain()
    {
        Faults faults;
        FaultSettings latency;
        latency.latencyMs = 100; // a margin for a loaded machine: the three must arrive within it
        faults.set(u"*"_s, latency);
        Traffic traffic;
        HttpService service(u"echo"_s, echo, &faults, &traffic);
        QVERIFY(service.listen());
        QNetworkAccessManager nam;
        const auto url = [&service](const QString &path) {
            return QUrl(u"http://127.0.0.1:%1%2"_s.arg(service.port()).arg(path));
        };

        std::unique_ptr<QNetworkReply> before(waitFor(nam.get(QNetworkRequest(url(u"/before"_s)))));
        QCOMPARE(traffic.summary().value(u"requests"_s).toInt(), 0); // not recording yet

        traffic.start();
        // Three at once (one chain link), then one that waits for the first of them: depth 2.
        std::unique_ptr<QNetworkReply> a(nam.get(QNetworkRequest(url(u"/a"_s))));
        std::unique_ptr<QNetworkReply> b(nam.get(QNetworkRequest(url(u"/b"_s))));
        std::unique_ptr<QNetworkReply> c(nam.get(QNetworkRequest(url(u"/c"_s))));
        waitFor(a.get());
        std::unique_ptr<QNetworkReply> d(waitFor(nam.get(QNetworkRequest(url(u"/d"_s)))));
        waitFor(b.get());
        waitFor(c.get());
        QCOMPARE(statusOf(d.get()), 200);

        const QJsonObject summary = traffic.summary();
        QCOMPARE(summary.value(u"requests"_s).toInt(), 4);
        QCOMPARE(summary.value(u"httpRequests"_s).toInt(), 4);
        QCOMPARE(summary.value(u"sshCommands"_s).toInt(), 0);
        QCOMPARE(summary.value(u"unanswered"_s).toInt(), 0);
        QCOMPARE(summary.value(u"byService"_s).toObject().value(u"echo"_s).toInt(), 4);
        const QJsonObject byRequest = summary.value(u"byRequest"_s).toObject();
        QCOMPARE(byRequest.size(), 4);
        QCOMPARE(byRequest.value(u"echo GET /d"_s).toInt(), 1);
        QVERIFY(!byRequest.contains(u"echo GET /before"_s));
        QCOMPARE(summary.value(u"chainDepth"_s).toInt(), 2);
        const QJsonArray chain = summary.value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(1).toString(), u"echo GET /d"_s);

        traffic.stop();
        std::unique_ptr<QNetworkReply> after(waitFor(nam.get(QNetworkRequest(url(u"/after"_s)))));
        QCOMPARE(traffic.summary().value(u"requests"_s).toInt(), 4);
    }

    void testTrafficChainOfSequentialRequests()
    {
        Faults faults;
        FaultSettings latency;
        latency.latencyMs = 20;
        faults.set(u"echo"_s, latency);
        Traffic traffic;
        HttpService service(u"echo"_s, echo, &faults, &traffic);
        QVERIFY(service.listen());
        QNetworkAccessManager nam;
        traffic.start();
        for (int i = 0; i < 5; ++i) {
            std::unique_ptr<QNetworkReply> r(
                waitFor(nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/step"_s.arg(service.port()))))));
            QCOMPARE(statusOf(r.get()), 200);
        }
        QCOMPARE(traffic.summary().value(u"chainDepth"_s).toInt(), 5);
        QVERIFY(!traffic.summary().contains(u"timeline"_s)); // only when asked for
        // The timeline: each request in arrival order, when it arrived and how long its answer took
        // (at least the 20 ms latency), one after the other.
        const QJsonArray timeline = traffic.summary(true).value(u"timeline"_s).toArray();
        QCOMPARE(timeline.size(), 5);
        double previousEnd = 0;
        for (const QJsonValue &entry : timeline) {
            const QJsonObject e = entry.toObject();
            QCOMPARE(e.value(u"what"_s).toString(), u"echo GET /step"_s);
            QVERIFY2(e.value(u"ms"_s).toDouble() >= 19.0, qPrintable(QString::number(e.value(u"ms"_s).toDouble())));
            QVERIFY(e.value(u"at"_s).toDouble() >= previousEnd);
            previousEnd = e.value(u"at"_s).toDouble() + e.value(u"ms"_s).toDouble();
        }
        traffic.start(); // a new window forgets the old one
        QCOMPARE(traffic.summary().value(u"requests"_s).toInt(), 0);
        QCOMPARE(traffic.summary().value(u"chainDepth"_s).toInt(), 0);
    }

    void testWildcardFaultAppliesToServicesWithoutTheirOwn()
    {
        Faults faults;
        FaultSettings all;
        all.errorStatus = 500;
        faults.set(u"*"_s, all);
        QCOMPARE(faults.forService(u"sonarr"_s).errorStatus, 500);
        FaultSettings own;
        own.latencyMs = 5;
        faults.set(u"sonarr"_s, own);
        QCOMPARE(faults.forService(u"sonarr"_s).errorStatus, 0);
        QCOMPARE(faults.forService(u"radarr"_s).errorStatus, 500);
    }

    void testControlEndpoint()
    {
        LabOptions options;
        options.speed = 0;
        options.epoch = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        Lab lab(options);
        lab.addService(std::make_unique<EchoService>());
        QString error;
        QVERIFY2(lab.start(&error), qPrintable(error));
        const QJsonObject description = lab.describe();
        QCOMPARE(description.value(u"epoch"_s).toString(), u"2026-11-01T12:00:00Z"_s);
        const QJsonObject echoEntry = description.value(u"services"_s).toObject().value(u"echo"_s).toObject();
        QCOMPARE(echoEntry.value(u"apiKey"_s).toString(), u"echo-key"_s);
        const QUrl echoUrl(echoEntry.value(u"url"_s).toString());
        const QJsonObject control = description.value(u"control"_s).toObject();
        const QUrl controlUrl(control.value(u"url"_s).toString());
        const QByteArray bearer = "Bearer " + control.value(u"token"_s).toString().toUtf8();

        QNetworkAccessManager nam;
        QNetworkRequest unauthorised(controlUrl.resolved(QUrl(u"/state"_s)));
        std::unique_ptr<QNetworkReply> denied(waitFor(nam.get(unauthorised)));
        QCOMPARE(statusOf(denied.get()), 401);

        QNetworkRequest put(controlUrl.resolved(QUrl(u"/faults/echo"_s)));
        put.setRawHeader("Authorization", bearer);
        put.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> set(waitFor(nam.put(put, QByteArray("{\"errorStatus\":418}"))));
        QCOMPARE(statusOf(set.get()), 200);
        std::unique_ptr<QNetworkReply> faulty(waitFor(nam.get(QNetworkRequest(echoUrl))));
        QCOMPARE(statusOf(faulty.get()), 418);

        QNetworkRequest clear(controlUrl.resolved(QUrl(u"/faults"_s)));
        clear.setRawHeader("Authorization", bearer);
        std::unique_ptr<QNetworkReply> cleared(waitFor(nam.deleteResource(clear)));
        QCOMPARE(statusOf(cleared.get()), 200);
        std::unique_ptr<QNetworkReply> healthy(waitFor(nam.get(QNetworkRequest(echoUrl))));
        QCOMPARE(statusOf(healthy.get()), 200);

        QNetworkRequest advance(controlUrl.resolved(QUrl(u"/clock/advance?seconds=3600"_s)));
        advance.setRawHeader("Authorization", bearer);
        std::unique_ptr<QNetworkReply> moved(waitFor(nam.post(advance, QByteArray())));
        QCOMPARE(statusOf(moved.get()), 200);
        QCOMPARE(QJsonDocument::fromJson(moved->readAll()).object().value(u"now"_s).toString(),
                 u"2026-11-01T13:00:00Z"_s);
        QCOMPARE(lab.clock().now(), options.epoch.addSecs(3600)); // frozen clock moved only by advance
    }
};

QTEST_GUILESS_MAIN(TestLabsimHttp)
#include "test_labsim_http.moc"
