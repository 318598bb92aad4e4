// DockerClient against an in-process QLocalServer answering canned HTTP/1.1: version negotiation, the
// version prefix, chunked and split answers, 304/404, streams, a connection closed mid-answer and the
// concurrency cap.
#include <functional>

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/docker/dockerclient.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Docker;
using KryNet::Error;
using KryNet::Result;

namespace
{

/// Answers each request with what the handler returns for its request line; records request lines.
class FakeDaemon final : public QObject
{
public:
    using Handler = std::function<void(const QByteArray &requestLine, QLocalSocket *socket)>;

    explicit FakeDaemon(const QString &path, Handler handler)
        : m_handler(std::move(handler))
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection()) {
                ++m_open;
                m_maxOpen = qMax(m_maxOpen, m_open);
                connect(s, &QLocalSocket::disconnected, this, [this, s] {
                    --m_open;
                    s->deleteLater();
                });
                connect(s, &QLocalSocket::readyRead, this, [this, s] {
                    QByteArray &buffer = m_buffers[s];
                    buffer += s->readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0 || buffer.isEmpty())
                        return;
                    const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
                    m_requests.append(line);
                    m_heads.append(buffer.left(end));
                    buffer.clear();
                    m_handler(line, s);
                });
            }
        });
    }
    bool listening() const { return m_server.isListening(); }
    QList<QByteArray> m_requests;
    QList<QByteArray> m_heads;
    int m_open = 0;
    int m_maxOpen = 0;

private:
    QLocalServer m_server;
    Handler m_handler;
    QHash<QLocalSocket *, QByteArray> m_buffers;
};

void reply(QLocalSocket *s, const QByteArray &raw, bool close = true)
{
    s->write(raw);
    s->flush();
    if (close)
        s->disconnectFromServer();
}

template <typename T>
T await(QFuture<T> future)
{
    bool done = false;
    future.then(qApp, [&done](const T &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qFatal("future did not finish");
    return future.result();
}

} // namespace

class TestDockerClient final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString socketPath() const { return m_dir.filePath(u"d.sock"_s); }

    static void standard(const QByteArray &line, QLocalSocket *s, const QByteArray &apiVersion = "1.41")
    {
        if (line.startsWith("GET /_ping")) {
            reply(s, "HTTP/1.1 200 OK\r\nApi-Version: " + apiVersion + "\r\nContent-Length: 2\r\n\r\nOK");
        } else if (line.contains("/containers/json")) {
            // Chunked, written in pieces across event-loop turns.
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[{}");
            s->flush();
            QTimer::singleShot(20, s, [s] { reply(s, "\r\n1\r\n]\r\n0\r\n\r\n"); });
        } else if (line.contains("/containers/missing/")) {
            const QByteArray body = "{\"message\":\"No such container: missing\"}";
            reply(s,
                  "HTTP/1.1 404 Not Found\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        } else if (line.contains("/start")) {
            reply(s, "HTTP/1.1 304 Not Modified\r\n\r\n");
        } else if (line.contains("/cut")) {
            reply(s, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly a part");
        } else if (line.contains("/slow")) {
            QTimer::singleShot(150, s, [s] { reply(s, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"); });
        } else {
            reply(s, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
        }
    }

private Q_SLOTS:
    void testNegotiationAndPrefix()
    {
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) { standard(l, s); });
        QVERIFY(daemon.listening());
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        const auto body = await(client.getBody(u"/containers/json"_s));
        QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
        QCOMPARE(*body, QByteArray("[{}]"));
        QCOMPARE(client.apiVersion(), u"1.41"_s);
        QCOMPARE(daemon.m_requests.value(0), QByteArray("GET /_ping HTTP/1.1"));
        QCOMPARE(daemon.m_requests.value(1), QByteArray("GET /v1.41/containers/json HTTP/1.1"));
        QVERIFY(daemon.m_heads.value(1).contains("Connection: close"));
    }

    void testNewerDaemonCapped()
    {
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) { standard(l, s, "1.99"); });
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        QCOMPARE(*await(client.negotiate()), DockerClient::maxApiVersion);
    }

    void testStatuses()
    {
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) { standard(l, s); });
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        const auto missing = await(client.request(DockerRequest::get(u"/containers/missing/json"_s)));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::Remote);
        QCOMPARE(missing.error().httpStatus(), std::optional<int>(404));
        QVERIFY(missing.error().message().contains(u"No such container: missing"_s));
        const auto started = await(client.request(DockerRequest::post(u"/containers/web/start"_s)));
        QVERIFY(started);
        QCOMPARE(started->status, 304);
        QVERIFY(daemon.m_heads.last().contains("Content-Length: 0"));
        const auto cut = await(client.request(DockerRequest::get(u"/cut"_s)));
        QVERIFY(!cut);
        QCOMPARE(cut.error().code(), Error::Code::Network);
        QVERIFY(DockerClient::containerPath(u"a b"_s).isEmpty());
        QCOMPARE(DockerClient::containerPath(u"/web"_s, u"/json"_s), u"/containers/web/json"_s);
    }

    void testNoDaemon()
    {
        DockerClient client(std::make_unique<LocalSocketTransport>(m_dir.filePath(u"none.sock"_s)));
        const auto r = await(client.getBody(u"/containers/json"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Network);
        QVERIFY(client.apiVersion().isEmpty());
    }

    void testConcurrencyCap()
    {
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) { standard(l, s); });
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        QCOMPARE(*await(client.negotiate()), u"1.41"_s);
        QList<QFuture<Result<DockerResponse>>> futures;
        for (int i = 0; i < 10; ++i)
            futures.append(client.request(DockerRequest::get(u"/slow"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(futures.begin(), futures.end(), [](const auto &f) { return f.isFinished(); }), 10000);
        for (const auto &f : futures)
            QVERIFY(f.result());
        QVERIFY(daemon.m_maxOpen <= DockerClient::maxConcurrent);
    }

    void testStream()
    {
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) {
            if (!l.contains("/events")) {
                standard(l, s);
                return;
            }
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            s->flush();
            QTimer::singleShot(10, s, [s] {
                s->write("c\r\n{\"a\":1}\n{\"b\"\r\n");
                s->flush();
            });
            QTimer::singleShot(40, s, [s] {
                s->write("4\r\n:2}\n\r\n");
                s->flush();
            });
            QTimer::singleShot(80, s, [s] { s->disconnectFromServer(); }); // daemon went away mid-stream
        });
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        DockerStream *stream = client.stream(DockerRequest::get(u"/events"_s), this);
        QVERIFY(stream);
        QSignalSpy established(stream, &DockerStream::established);
        QSignalSpy data(stream, &DockerStream::bodyData);
        QSignalSpy failed(stream, &DockerStream::failed);
        QSignalSpy finished(stream, &DockerStream::finished);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size() + finished.size(), 1, 5000);
        QCOMPARE(established.size(), 1);
        QByteArray all;
        for (const auto &args : data)
            all += args.at(0).toByteArray();
        QCOMPARE(all, QByteArray("{\"a\":1}\n{\"b\":2}\n"));
        // Closed before the terminating chunk: reported as a drop, so the store reconnects.
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code(), Error::Code::Network);
    }

    void testRequestBytes()
    {
        const QByteArray raw = DockerClient::buildRequest("POST", u"/v1.41/containers/x/stop?t=1"_s, {});
        QCOMPARE(raw, QByteArray("POST /v1.41/containers/x/stop?t=1 HTTP/1.1\r\nHost: docker\r\nUser-Agent: "
                                 "KryNet-Control\r\nAccept: application/json\r\nConnection: close\r\nContent-Length: "
                                 "0\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestDockerClient)
#include "test_dockerclient.moc"
