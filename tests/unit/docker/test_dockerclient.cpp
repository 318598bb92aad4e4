// DockerClient against an in-process QLocalServer answering canned HTTP/1.1: version negotiation, the
// version prefix, chunked and split answers, 304/404, streams, a connection closed mid-answer, the
// concurrency cap, priorities (the list before background inspects and stats), kept-alive connections
// (a stale one re-sends a GET, never a POST) and the round trips of a ContainerStore refresh.
#include <functional>

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/docker/containerstore.h"
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
                ++m_connections;
                ++m_open;
                m_maxOpen = qMax(m_maxOpen, m_open);
                connect(s, &QLocalSocket::disconnected, this, [this, s] {
                    --m_open;
                    m_served.remove(s); // a later socket may get the same address
                    m_buffers.remove(s);
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
                    ++m_served[s];
                    m_handler(line, s);
                });
            }
        });
    }
    ~FakeDaemon() override
    {
        // The server's sockets die with it and say so: not to this half-destroyed object.
        for (QLocalSocket *s : m_server.findChildren<QLocalSocket *>())
            disconnect(s, nullptr, this, nullptr);
    }
    bool listening() const { return m_server.isListening(); }
    QList<QByteArray> m_requests;
    QList<QByteArray> m_heads;
    int m_open = 0;
    int m_maxOpen = 0;
    int m_connections = 0;               ///< accepted so far
    QHash<QLocalSocket *, int> m_served; ///< requests per connection

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

/// HTTP/1.1 200 with @p body, the connection left open (keep-alive).
void keepAliveReply(QLocalSocket *s, const QByteArray &body, int status = 200)
{
    s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\n\r\n" + body);
    s->flush();
}

QByteArray listJson(int n)
{
    QByteArray out = "[";
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            out += ',';
        out += "{\"Id\":\"" + QByteArray::number(i + 1).rightJustified(64, 'a') + "\",\"Names\":[\"/app" +
               QByteArray::number(i) + "\"],\"Image\":\"x\",\"State\":\"running\",\"Status\":\"Up\"}";
    }
    return out + "]";
}

/// A daemon with 20 running containers whose stats take 30 ms each: enough for stats calls to queue
/// behind the two background slots (the refresh and queue cases).
void twentyContainersSlowStats(const QByteArray &l, QLocalSocket *s)
{
    if (l.startsWith("GET /_ping"))
        s->write("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK");
    else if (l.contains("/containers/json?"))
        keepAliveReply(s, listJson(20));
    else if (l.contains("/stats"))
        QTimer::singleShot(30, s, [s] { keepAliveReply(s, "{\"memory_stats\":{\"usage\":1000,\"limit\":10000}}"); });
    else // GET /v1.41/containers/<id>/json
        keepAliveReply(s, "{\"Id\":\"" + l.split('/').value(3) +
                              "\",\"Name\":\"/app\",\"State\":{\"Status\":\"running\",\"Running\":true}}");
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
        } else if (line.contains("/login")) {
            // Something in front of the daemon (a login page, a proxy) redirects instead of answering.
            const QByteArray page = "<html><body>Sign in</body></html>";
            reply(s, "HTTP/1.1 302 Found\r\nLocation: https://team.cloudflareaccess.com/login\r\n"
                     "Content-Type: text/html\r\nContent-Length: " +
                         QByteArray::number(page.size()) + "\r\n\r\n" + page);
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
        // Reads keep their connection (HTTP/1.1 keep-alive); writes ask for a fresh one and close it.
        QVERIFY(!daemon.m_heads.value(1).contains("Connection: close"));
        QVERIFY(await(client.request(DockerRequest::post(u"/containers/web/start"_s))));
        QVERIFY(daemon.m_heads.last().contains("Connection: close"));
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

    void testRedirectIsNotSuccess()
    {
        // A restart answered by a redirect never reached Docker: an error, not "Done.". Only 304 (Docker's
        // "already in that state") is a success below 400 outside 2xx.
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) { standard(l, s); });
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        const auto restart = await(client.request(DockerRequest::post(u"/containers/login/restart"_s)));
        QVERIFY(!restart);
        QCOMPARE(restart.error().code(), Error::Code::Remote);
        QCOMPARE(restart.error().httpStatus(), std::optional<int>(302));
        QVERIFY2(!restart.error().message().contains(u"<html"_s), qPrintable(restart.error().message()));
        const auto read = await(client.getBody(u"/containers/login/json"_s));
        QVERIFY(!read);
        QCOMPARE(read.error().code(), Error::Code::Remote);
        const auto started = await(client.request(DockerRequest::post(u"/containers/web/start"_s)));
        QVERIFY(started);
        QCOMPARE(started->status, 304);
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

    void testPriorities()
    {
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) { standard(l, s); });
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        QCOMPARE(*await(client.negotiate()), u"1.41"_s);
        QSignalSpy sent(&client, &DockerClient::requestSent);
        QList<QFuture<Result<DockerResponse>>> background;
        for (int i = 0; i < 6; ++i)
            background.append(
                client.request(DockerRequest::get(u"/slow"_s).withPriority(DockerRequest::Priority::Background)));
        // Queued behind six slow background calls, the list still goes out at once.
        auto list = client.request(
            DockerRequest::get(u"/containers/json"_s).withPriority(DockerRequest::Priority::Interactive));
        QTRY_VERIFY(sent.size() >= DockerClient::maxBackground + 1);
        QVERIFY(sent.at(DockerClient::maxBackground).at(1).toString().endsWith(u"/containers/json"_s));
        QVERIFY(await(list));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(background.begin(), background.end(), [](const auto &f) { return f.isFinished(); }), 10000);
        for (const auto &f : background)
            QVERIFY(f.result());
        QVERIFY(daemon.m_maxOpen <= DockerClient::maxConcurrent + DockerClient::maxBackground);
        // A foreground call waiting for a slot holds back every background call.
        sent.clear();
        QList<QFuture<Result<DockerResponse>>> foreground;
        for (int i = 0; i < DockerClient::maxConcurrent + 1; ++i)
            foreground.append(client.request(DockerRequest::get(u"/slow"_s)));
        QUrlQuery lateQuery;
        lateQuery.addQueryItem(u"late"_s, u"1"_s);
        auto late =
            client.request(DockerRequest::get(u"/slow"_s, lateQuery).withPriority(DockerRequest::Priority::Background));
        QCOMPARE(client.queuedCount(), 2);
        QVERIFY(await(foreground.constLast()));
        QVERIFY(await(late));
        // Sent only after all five foreground calls (a kept connection found closed may resend one later).
        qsizetype lateAt = -1;
        for (qsizetype i = 0; i < sent.size() && lateAt < 0; ++i) {
            if (sent.at(i).at(1).toString().endsWith(u"late=1"_s))
                lateAt = i;
        }
        QVERIFY2(lateAt >= DockerClient::maxConcurrent + 1, qPrintable(QString::number(lateAt)));
    }

    void testKeepAlive()
    {
        FakeDaemon daemon(socketPath(), [](const QByteArray &l, QLocalSocket *s) {
            if (l.startsWith("GET /_ping"))
                s->write("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK");
            else if (l.startsWith("POST"))
                reply(s, "HTTP/1.1 204 No Content\r\n\r\n");
            else
                keepAliveReply(s, "[]");
        });
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        for (int i = 0; i < 5; ++i)
            QVERIFY(await(client.getBody(u"/containers/json"_s)));
        // /_ping and five lists on one connection: no new channel per call.
        QCOMPARE(daemon.m_connections, 1);
        QCOMPARE(client.counters().requests, 6);
        QCOMPARE(client.counters().connectionsOpened, 1);
        QCOMPARE(client.counters().reused, 5);
        QVERIFY(await(client.request(DockerRequest::post(u"/containers/web/restart"_s))));
        QCOMPARE(daemon.m_connections, 2); // a write has a connection of its own
        QVERIFY(await(client.getBody(u"/containers/json"_s)));
        QCOMPARE(daemon.m_connections, 2); // and reads go on on the kept one
    }

    void testStaleConnectionResendsOnlyReads()
    {
        // The daemon answers one request per connection and drops the connection when a second comes,
        // as a server does that closed an idle connection just when the request arrived.
        int restarts = 0;
        FakeDaemon *self = nullptr;
        FakeDaemon daemon(socketPath(), [&self, &restarts](const QByteArray &l, QLocalSocket *s) {
            if (self->m_served.value(s) > 1) {
                s->abort();
                return;
            }
            if (l.startsWith("GET /_ping"))
                s->write("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK");
            else if (l.contains("/restart")) {
                ++restarts;
                s->abort(); // the answer never comes
            } else
                keepAliveReply(s, "[]");
        });
        self = &daemon;
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        QVERIFY(await(client.negotiate()));
        const auto list = await(client.getBody(u"/containers/json"_s));
        QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
        QCOMPARE(client.counters().requests, 3); // ping, the list on the kept connection, the list again
        QCOMPARE(client.counters().connectionsOpened, 2);
        const auto restart = await(client.request(DockerRequest::post(u"/containers/web/restart"_s)));
        QVERIFY(!restart);
        QCOMPARE(restart.error().code(), Error::Code::Network);
        QCOMPARE(restarts, 1); // sent once, whatever happened
    }

    void testRefreshRoundTrips()
    {
        // A full refresh while stats polls run: one list, ahead of them, on a kept-alive connection.
        FakeDaemon daemon(socketPath(), twentyContainersSlowStats);
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        ContainerStore store(&client, nullptr, u"test"_s);
        ContainerStore::Options options;
        options.firstCpuDelay = std::chrono::milliseconds(20);
        store.setOptions(options);
        store.start();
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), ContainerStore::Status::Ready, 10000);
        QCOMPARE(store.containers().size(), 20);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(store.containers().begin(), store.containers().end(),
                                             [](const Container &c) { return c.inspected; }),
                                 10000);
        store.setStatsEnabled(true);
        QTRY_VERIFY(client.queuedCount() > 0); // stats of 20 containers, two at a time
        QSignalSpy sent(&client, &DockerClient::requestSent);
        const DockerClient::Counters before = client.counters();
        store.refresh(); // F5 on the panel…
        store.refresh(); // …and on the Overview, in the same turn
        QVERIFY(store.isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!store.isRefreshing(), 10000);
        QStringList lists;
        for (const auto &args : std::as_const(sent)) {
            if (args.at(1).toString().contains(u"/containers/json"_s))
                lists.append(args.at(1).toString());
        }
        QCOMPARE(lists.size(), 1); // one list for both
        // Ahead of the queued stats calls: at most the background calls already started go out first.
        qsizetype position = -1;
        for (qsizetype i = 0; i < sent.size() && position < 0; ++i) {
            if (sent.at(i).at(1).toString().contains(u"/containers/json"_s))
                position = i;
        }
        QVERIFY2(position <= DockerClient::maxBackground, qPrintable(QString::number(position)));
        QCOMPARE(client.counters().connectionsOpened, before.connectionsOpened); // on a kept connection: 1 RTT
        store.setStatsEnabled(false);
    }

    void testStatsLeftQueuedAreDropped()
    {
        // Issue 15: the Containers panel shown for a moment (the stats of 20 containers queued, two at a
        // time) and left: what has not started is dropped, not sent while nobody shows it.
        FakeDaemon daemon(socketPath(), twentyContainersSlowStats);
        DockerClient client(std::make_unique<LocalSocketTransport>(socketPath()));
        ContainerStore store(&client, nullptr, u"test"_s);
        store.start();
        QTRY_COMPARE_WITH_TIMEOUT(store.status(), ContainerStore::Status::Ready, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(store.containers().begin(), store.containers().end(),
                                             [](const Container &c) { return c.inspected; }),
                                 10000);
        QTRY_COMPARE(client.queuedCount(), 0);
        QSignalSpy sent(&client, &DockerClient::requestSent);
        store.setStatsEnabled(true);
        QTRY_VERIFY(client.queuedCount() > 0);
        store.setStatsEnabled(false); // the panel was left
        QTRY_COMPARE(client.queuedCount(), 0);
        const auto statsSent = [&sent] {
            return std::count_if(sent.cbegin(), sent.cend(), [](const QList<QVariant> &args) {
                return args.at(1).toString().contains(u"/stats"_s);
            });
        };
        // Only the calls already started went out (before: all 20).
        QVERIFY2(statsSent() <= DockerClient::maxBackground, qPrintable(QString::number(statsSent())));
        // Shown again: polled again.
        store.setStatsEnabled(true);
        QTRY_VERIFY(statsSent() >= 20);
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
