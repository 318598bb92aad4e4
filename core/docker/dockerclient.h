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

class DockerClient;
class HttpResponseParser;

/// One call to the Engine API. path is unversioned ("/containers/json"); the client adds "/v1.NN".
struct DockerRequest
{
    /// Who waits for the answer (DockerClient's queue): Interactive = what is on screen or a user action
    /// (the list, start/stop…); Normal = a job somebody waits for (krynetctl's inspects, a restart waiting
    /// for health); Background = extras that fill in later (per-container inspect after a list, stats).
    enum class Priority {
        Interactive,
        Normal,
        Background,
    };

    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body; ///< JSON when not empty
    bool versioned = true;
    std::chrono::milliseconds timeout{30000}; ///< idle timeout of one-shot calls (streams have none)
    Priority priority = Priority::Normal;
    /// Asked right before a queued call starts; false drops it unsent (Error::Code::Cancelled): stats polls
    /// of a panel no longer shown. Empty: always wanted.
    std::function<bool()> wanted;

    [[nodiscard]] static DockerRequest get(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] static DockerRequest post(const QString &path, const QUrlQuery &query = {});
    [[nodiscard]] DockerRequest withPriority(Priority p) const
    {
        DockerRequest r = *this;
        r.priority = p;
        return r;
    }
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

    void begin(DockerClient *client, const QByteArray &requestBytes, bool headRequest);
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
 *  - Priorities: Interactive calls start before Normal ones, Normal before Background. Foreground
 *    (Interactive + Normal) calls have maxConcurrent slots of their own; Background calls at most
 *    maxBackground more and only while no foreground call waits, so stats and inspects never delay the
 *    list or an action. Streams are not counted. Together at most maxConcurrent + maxBackground
 *    connections plus the streams: below sshd's default MaxSessions of 10.
 *  - Connections (byte-stream transports): GET and HEAD keep their connection open (HTTP/1.1
 *    keep-alive) and later GETs reuse it, so a refresh costs no new SSH channel (one round trip less
 *    per call over a slow link); at most maxIdle idle connections, each closed after idleTimeout, and
 *    Background calls never take the last one, so the next list or action finds it. A GET
 *    whose reused connection turns out closed before any answer byte is sent once more on a new
 *    connection (nothing was answered, and GET changes nothing). Every other method (POST, DELETE…)
 *    gets a fresh connection with `Connection: close` and is sent exactly once, whatever happens.
 *  - request() finishes with the answer for 2xx and 304 (304 = "already in that state", a success for
 *    start/stop); other statuses become Error::Code::Remote with the daemon's message and the status.
 *  - A queued call whose DockerRequest::wanted says no when its turn comes is dropped unsent (Cancelled).
 *  - retire() (the store moved to another environment) cancels what has not started, lets what runs
 *    finish, then deletes the client.
 *  - Lives on the GUI thread; nothing blocks.
 */
class DockerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerClient)

public:
    static constexpr int maxConcurrent = 4;
    static constexpr int maxBackground = 2;
    static constexpr int maxIdle = 3; ///< one more than maxBackground: a foreground call finds one free
    static constexpr std::chrono::milliseconds idleTimeout{15000};
    static inline const QString maxApiVersion = QStringLiteral("1.47");

    /// What went over the wire so far (tests and benchmarks count round trips with it).
    struct Counters
    {
        int requests = 0;          ///< one-shot requests sent (a GET re-sent on a fresh connection counts twice)
        int connectionsOpened = 0; ///< new connections (SSH channels) for one-shot requests; streams not counted
        int reused = 0;            ///< requests sent on a kept-alive connection
    };

    explicit DockerClient(std::unique_ptr<DockerTransport> transport, QObject *parent = nullptr);
    ~DockerClient() override;

    /// The client for @p session's profile. @p environment: -1 the profile's default (SSH socket
    /// forwarding when the profile has an SSH host, otherwise Portainer's proxy when it has a "portainer"
    /// service); 0 the SSH host; > 0 that Portainer environment. A Config error when it cannot be reached.
    [[nodiscard]] static Result<DockerClient *> forSession(LabSession &session, QObject *parent = nullptr,
                                                           int environment = -1);

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

    [[nodiscard]] const Counters &counters() const { return m_counters; }
    /// One-shot calls waiting for a slot.
    [[nodiscard]] int queuedCount() const;
    /// Cancels the calls not yet started, closes idle connections and deletes the client once the
    /// running calls have finished (at once when none runs).
    void retire();

    /// "/containers/<id or name><suffix>" for a validated id or name; empty when @p idOrName is not valid.
    [[nodiscard]] static QString containerPath(const QString &idOrName, const QString &suffix = {});
    /// The raw request bytes (public for tests); @p keepAlive leaves out `Connection: close`.
    [[nodiscard]] static QByteArray buildRequest(const QByteArray &method, const QString &pathAndQuery,
                                                 const QByteArray &body, bool keepAlive = false);

Q_SIGNALS:
    /// A one-shot request is being written (tests check the order of requests with it).
    void requestSent(const QByteArray &method, const QString &pathAndQuery);

private:
    struct Pending;
    struct Connection;
    using Settle = std::function<void(Result<DockerResponse>)>;

    void whenNegotiated(std::function<void(const Result<QString> &)> then);
    void finishNegotiation(const Result<QString> &result);
    QFuture<Result<DockerResponse>> requestNow(const DockerRequest &request);
    void pump();
    void startOne(const std::shared_ptr<Pending> &pending);
    void exchange(const std::shared_ptr<Pending> &pending, bool mayReuse, const Settle &settle);
    std::shared_ptr<Connection> openConnection();
    std::shared_ptr<Connection> takeIdle(bool leaveOne);
    void release(const std::shared_ptr<Connection> &connection, bool keep);
    void closeIdle(bool all);
    [[nodiscard]] QString pathFor(const DockerRequest &request) const;

    std::unique_ptr<DockerTransport> m_transport;
    QString m_apiVersion;
    bool m_negotiating = false;
    QList<std::function<void(const Result<QString> &)>> m_negotiationWaiters;
    QList<std::shared_ptr<Pending>> m_queues[3]; ///< by DockerRequest::Priority
    int m_activeForeground = 0;
    int m_activeBackground = 0;
    QList<std::shared_ptr<Connection>> m_idle;
    QList<std::shared_ptr<Connection>> m_busy; ///< carrying a request now
    QTimer *m_idleTimer;
    Counters m_counters;
    bool m_retiring = false;
};

} // namespace KryNet::Docker
