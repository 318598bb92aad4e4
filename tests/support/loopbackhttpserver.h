#pragma once

#include <chrono>
#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace KryNet::Test
{

/// One request as the loopback server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as on the request line
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QString path() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty if absent
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
};

/// How the server answers one request.
struct CannedReply
{
    enum class Mode {
        Normal,   ///< status, headers and body at once
        Slow,     ///< body in chunkSize pieces every chunkInterval (progress keeps flowing)
        Hang,     ///< read the request, never answer
        Truncate, ///< announce the full Content-Length, send truncateAt bytes, close
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    qsizetype chunkSize = 64;
    std::chrono::milliseconds chunkInterval{50};
    qsizetype truncateAt = 0;
    bool sendContentLength = true;

    [[nodiscard]] static CannedReply json(const QByteArray &body, int status = 200);
    [[nodiscard]] static CannedReply text(const QByteArray &body, int status = 200,
                                          const QByteArray &contentType = "text/plain");
    [[nodiscard]] static CannedReply redirect(const QByteArray &location, int status = 302);
};

/**
 * An in-process HTTP/1.1 server on 127.0.0.1 (port 0) for client tests (STYLE.md §8, kio's
 * httpserver_p.h): answers each request with the reply of the first matching route (404 otherwise),
 * records every request, and closes the connection after each answer. Lives on the test's thread and
 * serves through its event loop, so tests wait with QTRY_* / future polling, never sleeps.
 */
class LoopbackHttpServer final : public QObject
{
public:
    using Handler = std::function<CannedReply(const RecordedRequest &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:PORT
    [[nodiscard]] QUrl baseUrl() const;

    /// Requests whose path (without query) equals @p path get @p handler's reply. Later routes win.
    void route(const QString &path, Handler handler);
    void route(const QString &path, const CannedReply &reply);

    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }
    [[nodiscard]] int count(const QString &path) const;
    [[nodiscard]] RecordedRequest last() const { return m_requests.isEmpty() ? RecordedRequest() : m_requests.last(); }
    void clear() { m_requests.clear(); }
    /// Open client connections (hanging ones included).
    [[nodiscard]] int openConnections() const { return int(m_sockets.size()); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const CannedReply &reply);

    QTcpServer *m_server;
    QList<QPair<QString, Handler>> m_routes;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_sockets;
};

} // namespace KryNet::Test
