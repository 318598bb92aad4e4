#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QFuture>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include "core/common/result.h"
#include "core/docker/dockertransport.h"

class QIODevice;
class QTimer;

namespace KryNet
{
class LabSession;
}

namespace KryNet::Docker
{

class HttpResponseParser;

/// One call to the Engine API. path is unversioned ("/containers/json"); the client adds "/v1.NN".
struct DockerRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body; ///< JSON when not empty
    bool versioned = true;
    std::chrono::milliseconds timeout{30000}; ///< idle timeout of one-shot calls (streams have none)

    [[nodiscard]] static DockerRequest get(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] static DockerRequest post(const QString &path, const QUrlQuery &query = {});
};

/**
 * A streamed answer (/events, followed logs, stats stream): body bytes as they arrive.
 * Exactly one of finished() / failed() is emitted, then the object deletes itself later. An error
 * status (4xx/5xx) is reported through failed() with the daemon's message, never as body data.
 * cancel() closes the connection and emits failed(Cancelled).
 */
class DockerStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerStream)

public:
    ~DockerStream() override;

    void cancel();
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool isFinished() const { return m_done; }

Q_SIGNALS:
    /// Headers of a 2xx answer arrived (the stream is established).
    void established();
    void bodyData(const QByteArray &data);
    void finished();
    void failed(const KryNet::Error &error);

private:
    friend class DockerClient;
    explicit DockerStream(QObject *parent);

    void begin(DockerTransport &transport, const QByteArray &requestBytes, bool headRequest);
    void onReadable();
    void onClosed(std::optional<Error> error);
    void end(std::optional<Error> error);

    QPointer<QIODevice> m_device;
    std::unique_ptr<HttpResponseParser> m_parser;
    QByteArray m_request;
    QByteArray m_errorBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_status = 0;
    bool m_done = false;
    bool m_established = false;
};

/**
 * HTTP/1.1 client of the Docker Engine API over a DockerTransport (DOCKER-NOTES.md): the SSH-forwarded
 * /var/run/docker.sock, a local socket, or Portainer's Docker proxy.
 *
 * Contracts:
 *  - Version negotiation once per client: /_ping's Api-Version header (else /version's ApiVersion);
 *    every later path is prefixed with min(maxApiVersion, the daemon's). Calls made before it
 *    completes wait for it; a failed negotiation fails them and is tried again by the next call.
 *  - One connection per call (Connection: close); at most maxConcurrent one-shot calls at a time
 *    (the rest queue), so a list + 30 inspects never exceeds the server's SSH channel limit. Streams
 *    are not counted.
 *  - request() finishes with the answer for 2xx and 304 (304 = "already in that state", a success for
 *    start/stop); other statuses become Error::Code::Remote with the daemon's message and the status.
 *  - Nothing is retried here: POSTs are sent once, whatever happens (callers re-read instead).
 *  - Lives on the GUI thread; nothing blocks.
 */
class DockerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerClient)

public:
    static constexpr int maxConcurrent = 4;
    static inline const QString maxApiVersion = QStringLiteral("1.47");

    explicit DockerClient(std::unique_ptr<DockerTransport> transport, QObject *parent = nullptr);
    ~DockerClient() override;

    /// The client for @p session's profile: SSH socket forwarding when the profile has an SSH host,
    /// otherwise Portainer's proxy when it has a "portainer" service; a Config error when neither.
    [[nodiscard]] static Result<DockerClient *> forSession(LabSession &session, QObject *parent = nullptr);

    [[nodiscard]] DockerTransport &transport() { return *m_transport; }
    [[nodiscard]] bool canStream() const { return m_transport->canStream(); }
    /// Negotiated version ("1.41"); empty before negotiation.
    [[nodiscard]] const QString &apiVersion() const { return m_apiVersion; }
    /// Negotiates now (at once when done already).
    QFuture<Result<QString>> negotiate();

    QFuture<Result<DockerResponse>> request(const DockerRequest &request);
    /// request() + JSON body.
    QFuture<Result<QByteArray>> getBody(const QString &path, const QUrlQuery &query = {});
    /// Opens a stream (after negotiation); nullptr when the transport cannot stream. Owned by @p parent.
    DockerStream *stream(const DockerRequest &request, QObject *parent);

    /// "/containers/<id or name><suffix>" for a validated id or name; empty when @p idOrName is not valid.
    [[nodiscard]] static QString containerPath(const QString &idOrName, const QString &suffix = {});
    /// The raw request bytes (public for tests).
    [[nodiscard]] static QByteArray buildRequest(const QByteArray &method, const QString &pathAndQuery,
                                                 const QByteArray &body);

private:
    struct Pending;
    void whenNegotiated(std::function<void(const Result<QString> &)> then);
    void finishNegotiation(const Result<QString> &result);
    QFuture<Result<DockerResponse>> requestNow(const DockerRequest &request);
    void pump();
    void startOne(const std::shared_ptr<Pending> &pending);
    [[nodiscard]] QString pathFor(const DockerRequest &request) const;

    std::unique_ptr<DockerTransport> m_transport;
    QString m_apiVersion;
    bool m_negotiating = false;
    QList<std::function<void(const Result<QString> &)>> m_negotiationWaiters;
    QList<std::shared_ptr<Pending>> m_queue;
    int m_active = 0;
};

} // namespace KryNet::Docker
