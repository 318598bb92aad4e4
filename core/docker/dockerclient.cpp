#include "core/docker/dockerclient.h"

#include <array>

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QTimer>
#include <QUrl>

#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/config/profile.h"
#include "core/docker/dockerparsers.h"
#include "core/docker/httpresponseparser.h"
#include "core/lab/labsession.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

namespace
{

template <typename T>
QFuture<T> readyResult(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

/// A status the Engine API sends only on failure: 4xx/5xx, and every redirect but 304 (Docker's "already in
/// that state" for start/stop). A redirect comes from something in the way (a login page, a proxy), never
/// from the daemon: taking it as success would log an action as done that never ran.
bool isFailureStatus(int status)
{
    return status >= 400 || (status >= 300 && status != 304);
}

Error remoteError(int status, const QByteArray &body)
{
    if (status >= 300 && status < 400) {
        return Error(Error::Code::Remote,
                     DockerClient::tr("The Docker host answered with a redirect (HTTP %1) instead of an answer: "
                                      "something other than Docker (a proxy or a login page) is in the way.")
                         .arg(status),
                     u"HTTP %1 (redirect)"_s.arg(status))
            .withHttpStatus(status);
    }
    const QString message = Parsers::errorMessage(body);
    QString text;
    if (status == 404)
        text = DockerClient::tr("The Docker host does not know it: %1").arg(message);
    else if (status == 409)
        text = DockerClient::tr("The Docker host refused because of the container's state: %1").arg(message);
    else
        text = DockerClient::tr("The Docker host answered %1: %2").arg(status).arg(message);
    return Error(Error::Code::Remote, text, u"HTTP %1: %2"_s.arg(status).arg(message)).withHttpStatus(status);
}

} // namespace

DockerRequest DockerRequest::get(const QString &path, const QUrlQuery &query)
{
    DockerRequest r;
    r.path = path;
    r.query = query;
    return r;
}

DockerRequest DockerRequest::post(const QString &path, const QUrlQuery &query)
{
    DockerRequest r;
    r.method = "POST";
    r.path = path;
    r.query = query;
    return r;
}

// ---- DockerStream --------------------------------------------------------------------------------

DockerStream::DockerStream(QObject *parent)
    : QObject(parent)
    , m_parser(std::make_unique<HttpResponseParser>())
{}

DockerStream::~DockerStream()
{
    if (m_device)
        m_device->close();
}

QByteArray DockerStream::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void DockerStream::begin(DockerClient *client, const QByteArray &requestBytes, bool headRequest)
{
    m_parser = std::make_unique<HttpResponseParser>(headRequest);
    m_request = requestBytes;
    QPointer<DockerStream> self(this);
    DockerTransport::Callbacks callbacks;
    callbacks.opened = [self] {
        // Queued: a local socket may connect synchronously, before open() has even returned the device.
        if (!self)
            return;
        QTimer::singleShot(0, self, [self] {
            if (self && self->m_device && !self->m_done)
                self->m_device->write(self->m_request);
        });
    };
    callbacks.closed = [self](std::optional<Error> error) {
        if (self)
            self->onClosed(std::move(error));
    };
    QPointer<DockerClient> owner(client);
    whenDone(client->transport().prepare(), this, [this, owner, callbacks](const Result<void> &ready) {
        if (m_done)
            return;
        if (!ready) {
            end(ready.error());
            return;
        }
        if (!owner) {
            end(Error(Error::Code::Cancelled, tr("Cancelled.")));
            return;
        }
        m_device = owner->transport().open(this, callbacks);
        if (!m_device) {
            end(Error(Error::Code::Unsupported, DockerClient::tr("This connection to Docker cannot stream.")));
            return;
        }
        connect(m_device, &QIODevice::readyRead, this, &DockerStream::onReadable);
    });
}

void DockerStream::onReadable()
{
    if (m_done || !m_device)
        return;
    const QByteArray data = m_device->readAll();
    if (data.isEmpty())
        return;
    if (!m_parser->feed(data)) {
        end(Error(Error::Code::Parse, DockerClient::tr("The Docker host sent an answer KryNet cannot read."),
                  m_parser->errorString()));
        return;
    }
    if (m_parser->headersComplete() && m_status == 0) {
        m_status = m_parser->status();
        m_headers = m_parser->headers();
        if (!isFailureStatus(m_status)) {
            m_established = true;
            Q_EMIT established();
        }
    }
    if (m_done)
        return;
    QByteArray body = m_parser->takeBody();
    if (!body.isEmpty()) {
        if (isFailureStatus(m_status)) {
            if (m_errorBody.size() < 64 * 1024)
                m_errorBody.append(body);
        } else {
            Q_EMIT bodyData(body);
        }
    }
    if (!m_done && m_parser->isComplete())
        end(std::nullopt);
}

void DockerStream::onClosed(std::optional<Error> error)
{
    if (m_done)
        return;
    if (m_device && m_device->bytesAvailable() > 0)
        onReadable();
    if (m_done)
        return;
    if (error) {
        end(error->withContext(u"Docker connection"_s));
        return;
    }
    m_parser->finishInput();
    if (m_parser->failed()) {
        end(Error(Error::Code::Network, tr("The connection to the Docker host closed before the answer was complete."),
                  m_parser->errorString()));
        return;
    }
    QByteArray body = m_parser->takeBody();
    if (!body.isEmpty()) {
        if (isFailureStatus(m_status))
            m_errorBody.append(body);
        else
            Q_EMIT bodyData(body);
    }
    if (!m_done)
        end(std::nullopt);
}

void DockerStream::end(std::optional<Error> error)
{
    if (m_done)
        return;
    m_done = true;
    if (!error && isFailureStatus(m_status))
        error = remoteError(m_status, m_errorBody);
    if (m_device) {
        disconnect(m_device, nullptr, this, nullptr);
        m_device->close();
    }
    if (error)
        Q_EMIT failed(*error);
    else
        Q_EMIT finished();
    deleteLater();
}

void DockerStream::cancel()
{
    end(Error(Error::Code::Cancelled, tr("Cancelled.")));
}

// ---- DockerClient --------------------------------------------------------------------------------

struct DockerClient::Pending
{
    DockerRequest request;
    QString path;
    std::shared_ptr<QPromise<Result<DockerResponse>>> promise;
};

/// One connection to the daemon (an SSH channel, a local socket) that may carry several one-shot
/// requests one after another. The exchange using it sets the handlers; an idle one has none.
struct DockerClient::Connection
{
    QPointer<QObject> owner; ///< the client
    QPointer<QIODevice> device;
    bool opened = false;
    bool closed = false;
    std::optional<Error> closeError;
    QElapsedTimer idleSince;
    std::function<void()> onOpened;
    std::function<void()> onReadable;
    std::function<void()> onClosed;

    explicit Connection(QObject *client)
        : owner(client)
    {}
    Q_DISABLE_COPY_MOVE(Connection)
    ~Connection()
    {
        // Nothing of it runs now: every handler holds a strong reference while it runs.
        onOpened = nullptr;
        onReadable = nullptr;
        onClosed = nullptr;
        closeDevice();
    }

    [[nodiscard]] bool usable() const { return !closed && device && device->isOpen(); }
    /// Drops the handlers. One of them may be running right now (an exchange ends from inside
    /// onReadable), so they are destroyed on the next event-loop turn, not under its feet.
    void clearHandlers()
    {
        if (!onOpened && !onReadable && !onClosed)
            return;
        auto old = std::make_shared<std::array<std::function<void()>, 3>>(std::array<std::function<void()>, 3>{
            std::exchange(onOpened, nullptr), std::exchange(onReadable, nullptr), std::exchange(onClosed, nullptr)});
        if (owner)
            QTimer::singleShot(0, owner.data(), [old] {});
    }
    void close()
    {
        clearHandlers();
        closeDevice();
    }
    void closeDevice()
    {
        if (QIODevice *d = device.data()) {
            device.clear();
            QObject::disconnect(d, nullptr, nullptr, nullptr);
            d->close();
            d->deleteLater();
        }
    }
};

DockerClient::DockerClient(std::unique_ptr<DockerTransport> transport, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, [this] { closeIdle(false); });
}

DockerClient::~DockerClient()
{
    for (auto &queue : m_queues) {
        for (const auto &pending : std::as_const(queue)) {
            pending->promise->addResult(Result<DockerResponse>(Error(Error::Code::Cancelled, tr("Cancelled."))));
            pending->promise->finish();
        }
        queue.clear();
    }
    m_idle.clear();
    for (const auto &c : std::exchange(m_busy, {}))
        c->close(); // their exchanges end with the timers (children) that hold them
    const auto waiters = std::exchange(m_negotiationWaiters, {});
    for (const auto &waiter : waiters)
        waiter(Error(Error::Code::Cancelled, tr("Cancelled.")));
}

Result<DockerClient *> DockerClient::forSession(LabSession &session, QObject *parent, int environment)
{
    const Profile &profile = session.profile();
    const bool viaSsh = environment == 0 || (environment < 0 && !profile.ssh().host.isEmpty());
    if (viaSsh) {
        auto ssh = session.ssh();
        if (!ssh)
            return ssh.error();
        const QString socket =
            profile.ssh().dockerSocket.isEmpty() ? u"/var/run/docker.sock"_s : profile.ssh().dockerSocket;
        // ssh.extra.dockerAccess: "auto" (socket, else `docker system dial-stdio`), "socket", "dial-stdio";
        // ssh.extra.dockerDialCommand: the dial-stdio argv (default docker system dial-stdio).
        const QJsonObject &extra = profile.ssh().extra;
        QStringList dial;
        for (const QJsonValue &v : extra.value(u"dockerDialCommand"_s).toArray())
            dial.append(v.toString());
        dial.removeAll(QString());
        return new DockerClient(
            std::make_unique<SshSocketTransport>(
                *ssh, socket, SshSocketTransport::modeFromString(extra.value(u"dockerAccess"_s).toString()), dial),
            parent);
    }
    if (ServiceClient *portainer = session.service(u"portainer"_s)) {
        const int configured = profile.services().value(u"portainer"_s).extra.value(u"environment"_s).toInt();
        return new DockerClient(
            std::make_unique<PortainerTransport>(portainer, environment > 0 ? environment : configured), parent);
    }
    return Error(Error::Code::Config,
                 tr("This profile has neither an SSH host nor a Portainer service, so KryNet cannot reach Docker. "
                    "Add the server's SSH settings (or Portainer) to the profile."));
}

QByteArray DockerClient::buildRequest(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                                      bool keepAlive)
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += method + ' ' + pathAndQuery.toUtf8() + " HTTP/1.1\r\n";
    out += "Host: docker\r\nUser-Agent: KryNet-Control\r\nAccept: application/json\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        if (!body.isEmpty())
            out += "Content-Type: application/json\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

QString DockerClient::containerPath(const QString &idOrName, const QString &suffix)
{
    if (!Parsers::isValidContainerName(idOrName) && !Parsers::isValidContainerId(idOrName))
        return {};
    QString name = idOrName;
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    return u"/containers/"_s + name + suffix;
}

QString DockerClient::pathFor(const DockerRequest &request) const
{
    QString path = request.path;
    if (request.versioned && !m_apiVersion.isEmpty())
        path = u"/v"_s + m_apiVersion + path;
    const QString query = request.query.toString(QUrl::FullyEncoded);
    if (!query.isEmpty())
        path += u'?' + query;
    return path;
}

QFuture<Result<QString>> DockerClient::negotiate()
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> future = promise->future();
    whenNegotiated([promise](const Result<QString> &result) {
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

void DockerClient::whenNegotiated(std::function<void(const Result<QString> &)> then)
{
    if (!m_apiVersion.isEmpty()) {
        then(m_apiVersion);
        return;
    }
    m_negotiationWaiters.append(std::move(then));
    if (m_negotiating)
        return;
    m_negotiating = true;
    DockerRequest ping = DockerRequest::get(u"/_ping"_s);
    ping.versioned = false;
    ping.priority = DockerRequest::Priority::Interactive; // everything else waits for it
    ping.timeout = std::chrono::milliseconds(15000);
    whenDone(requestNow(ping), this, [this](const Result<DockerResponse> &answer) {
        if (!answer) {
            finishNegotiation(answer.error());
            return;
        }
        const QString offered = QString::fromLatin1(answer->header("Api-Version")).trimmed();
        if (Parsers::versionNumber(offered) > 0) {
            finishNegotiation(offered);
            return;
        }
        DockerRequest version = DockerRequest::get(u"/version"_s);
        version.versioned = false;
        version.priority = DockerRequest::Priority::Interactive;
        whenDone(requestNow(version), this, [this](const Result<DockerResponse> &v) {
            if (!v) {
                finishNegotiation(v.error());
                return;
            }
            const auto parsed = Parsers::version(v->body);
            finishNegotiation(parsed ? Result<QString>(parsed->apiVersion) : Result<QString>(parsed.error()));
        });
    });
}

void DockerClient::finishNegotiation(const Result<QString> &result)
{
    m_negotiating = false;
    Result<QString> outcome = result;
    if (result) {
        const int offered = Parsers::versionNumber(*result);
        m_apiVersion = offered < Parsers::versionNumber(maxApiVersion) ? *result : maxApiVersion;
        outcome = m_apiVersion;
        qCDebug(lcCore) << "Docker API" << m_apiVersion << "via" << m_transport->describe();
    }
    const auto waiters = std::exchange(m_negotiationWaiters, {});
    for (const auto &waiter : waiters)
        waiter(outcome);
}

QFuture<Result<DockerResponse>> DockerClient::request(const DockerRequest &request)
{
    if (m_retiring)
        return readyResult(Result<DockerResponse>(Error(Error::Code::Cancelled, tr("Cancelled."))));
    if (!request.versioned || !m_apiVersion.isEmpty())
        return requestNow(request);
    auto promise = std::make_shared<QPromise<Result<DockerResponse>>>();
    promise->start();
    QFuture<Result<DockerResponse>> future = promise->future();
    whenNegotiated([this, promise, request](const Result<QString> &negotiated) {
        if (!negotiated) {
            promise->addResult(Result<DockerResponse>(negotiated.error()));
            promise->finish();
            return;
        }
        whenDone(requestNow(request), this, [promise](const Result<DockerResponse> &r) {
            promise->addResult(r);
            promise->finish();
        });
    });
    return future;
}

QFuture<Result<QByteArray>> DockerClient::getBody(const QString &path, const QUrlQuery &query)
{
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    QFuture<Result<QByteArray>> future = promise->future();
    whenDone(request(DockerRequest::get(path, query)), this, [promise](const Result<DockerResponse> &r) {
        promise->addResult(r ? Result<QByteArray>(r->body) : Result<QByteArray>(r.error()));
        promise->finish();
    });
    return future;
}

QFuture<Result<DockerResponse>> DockerClient::requestNow(const DockerRequest &request)
{
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->path = pathFor(request);
    pending->promise = std::make_shared<QPromise<Result<DockerResponse>>>();
    pending->promise->start();
    QFuture<Result<DockerResponse>> future = pending->promise->future();
    m_queues[int(request.priority)].append(pending);
    pump();
    return future;
}

int DockerClient::queuedCount() const
{
    int n = 0;
    for (const auto &queue : m_queues)
        n += int(queue.size());
    return n;
}

void DockerClient::pump()
{
    auto &interactive = m_queues[int(DockerRequest::Priority::Interactive)];
    auto &normal = m_queues[int(DockerRequest::Priority::Normal)];
    auto &background = m_queues[int(DockerRequest::Priority::Background)];
    // Calls nobody wants any more (stats of a panel left) are dropped here, unsent, instead of taking a slot.
    const auto wanted = [](const std::shared_ptr<Pending> &pending) {
        if (!pending->request.wanted || pending->request.wanted())
            return true;
        pending->promise->addResult(Result<DockerResponse>(Error(Error::Code::Cancelled, tr("Cancelled."))));
        pending->promise->finish();
        return false;
    };
    while (m_activeForeground < maxConcurrent && !(interactive.isEmpty() && normal.isEmpty())) {
        auto next = (interactive.isEmpty() ? normal : interactive).takeFirst();
        if (wanted(next))
            startOne(next);
    }
    // Background work only in its own slots, and never while a foreground call waits for one.
    while (interactive.isEmpty() && normal.isEmpty() && m_activeBackground < maxBackground && !background.isEmpty()) {
        auto next = background.takeFirst();
        if (wanted(next))
            startOne(next);
    }
}

void DockerClient::startOne(const std::shared_ptr<Pending> &pending)
{
    const bool isBackground = pending->request.priority == DockerRequest::Priority::Background;
    ++(isBackground ? m_activeBackground : m_activeForeground);
    auto settled = std::make_shared<bool>(false);
    const Settle settle = [this, pending, settled, isBackground](Result<DockerResponse> result) {
        if (std::exchange(*settled, true))
            return;
        --(isBackground ? m_activeBackground : m_activeForeground);
        pending->promise->addResult(std::move(result));
        pending->promise->finish();
        if (m_retiring && m_activeForeground == 0 && m_activeBackground == 0)
            deleteLater();
        else
            QTimer::singleShot(0, this, &DockerClient::pump);
    };

    if (!m_transport->canStream()) {
        ++m_counters.requests;
        Q_EMIT requestSent(pending->request.method, pending->path);
        whenDone(m_transport->send(pending->request.method, pending->path, pending->request.body), this,
                 [settle](const Result<DockerResponse> &r) { settle(r); });
        return;
    }
    whenDone(m_transport->prepare(), this, [this, pending, settle](const Result<void> &ready) {
        if (!ready)
            return settle(ready.error());
        exchange(pending, true, settle);
    });
}

std::shared_ptr<DockerClient::Connection> DockerClient::openConnection()
{
    auto connection = std::make_shared<Connection>(this);
    const std::weak_ptr<Connection> weak = connection;
    DockerTransport::Callbacks callbacks;
    callbacks.opened = [weak] {
        if (const auto c = weak.lock()) {
            c->opened = true;
            if (c->onOpened)
                c->onOpened();
        }
    };
    callbacks.closed = [this, weak](std::optional<Error> error) {
        const auto c = weak.lock();
        if (!c || c->closed)
            return;
        c->closed = true;
        c->closeError = std::move(error);
        if (c->onClosed)
            c->onClosed();
        else
            m_idle.removeAll(c); // an idle connection the daemon (or sshd) closed
    };
    connection->device = m_transport->open(this, callbacks);
    ++m_counters.connectionsOpened;
    if (QIODevice *device = connection->device.data()) {
        connect(device, &QIODevice::readyRead, this, [this, weak] {
            const auto c = weak.lock();
            if (!c)
                return;
            if (c->onReadable) {
                c->onReadable();
                return;
            }
            // Bytes on an idle connection belong to no request: it cannot be trusted any more.
            m_idle.removeAll(c);
            c->close();
        });
    }
    return connection;
}

std::shared_ptr<DockerClient::Connection> DockerClient::takeIdle(bool leaveOne)
{
    m_idle.removeIf([](const std::shared_ptr<Connection> &c) {
        if (c->usable() && !c->idleSince.hasExpired(idleTimeout.count()))
            return false;
        c->close();
        return true;
    });
    if (m_idle.isEmpty() || (leaveOne && m_idle.size() < 2))
        return nullptr;
    return m_idle.takeLast();
}

void DockerClient::release(const std::shared_ptr<Connection> &connection, bool keep)
{
    m_busy.removeAll(connection);
    connection->clearHandlers();
    if (!keep || m_retiring || !connection->usable() || m_idle.size() >= maxIdle) {
        connection->close();
        return;
    }
    connection->idleSince.start();
    m_idle.append(connection);
    m_idleTimer->start(idleTimeout);
}

void DockerClient::closeIdle(bool all)
{
    QList<std::shared_ptr<Connection>> keep;
    for (const auto &c : std::as_const(m_idle)) {
        if (!all && c->usable() && !c->idleSince.hasExpired(idleTimeout.count()))
            keep.append(c);
        else
            c->close();
    }
    m_idle = keep;
    if (!m_idle.isEmpty())
        m_idleTimer->start(idleTimeout);
}

void DockerClient::exchange(const std::shared_ptr<Pending> &pending, bool mayReuse, const Settle &settle)
{
    const DockerRequest &request = pending->request;
    // Only reads ride on kept-alive connections: a write is sent once, on a connection of its own.
    const bool keepAlive = request.method == "GET" || request.method == "HEAD";
    // Background calls leave the last idle connection to the next foreground call (the list, an action).
    std::shared_ptr<Connection> connection =
        keepAlive && mayReuse ? takeIdle(request.priority == DockerRequest::Priority::Background) : nullptr;
    const bool reused = connection != nullptr;
    if (!connection)
        connection = openConnection();
    if (!connection->device)
        return settle(Error(Error::Code::Unsupported, tr("This connection to Docker cannot carry requests.")));
    m_busy.append(connection);

    struct State
    {
        HttpResponseParser parser;
        DockerResponse response;
        bool answered = false; ///< any answer byte arrived
        QByteArray errorBody;
        explicit State(bool head)
            : parser(head)
        {}
    };
    auto state = std::make_shared<State>(request.method == "HEAD");
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(request.timeout);
    auto done = std::make_shared<bool>(false);
    const std::weak_ptr<Connection> weak = connection;
    // Ends the exchange: the connection goes back to the pool (or is closed), the caller gets @p result.
    auto finish = [this, weak, timer, done, settle](Result<DockerResponse> result, bool keep) {
        if (std::exchange(*done, true))
            return;
        timer->stop();
        timer->deleteLater();
        if (const auto c = weak.lock())
            release(c, keep);
        settle(std::move(result));
    };
    auto complete = [state, keepAlive, finish] {
        state->response.status = state->parser.status();
        state->response.headers = state->parser.headers();
        const bool keep =
            keepAlive && state->parser.isComplete() && !state->parser.header("Connection").toLower().contains("close");
        if (isFailureStatus(state->response.status))
            return finish(remoteError(state->response.status, state->response.body), keep);
        finish(state->response, keep);
    };
    connection->onReadable = [weak, state, timer, complete, finish] {
        const auto c = weak.lock();
        if (!c || !c->device)
            return;
        const QByteArray data = c->device->readAll();
        if (data.isEmpty())
            return;
        state->answered = true;
        timer->start();
        if (!state->parser.feed(data))
            return finish(Error(Error::Code::Parse, tr("The Docker host sent an answer KryNet cannot read."),
                                state->parser.errorString()),
                          false);
        state->response.body += state->parser.takeBody();
        if (state->parser.isComplete())
            complete();
    };
    connection->onClosed = [this, weak, state, reused, keepAlive, pending, settle, timer, done, complete, finish] {
        const auto c = weak.lock();
        if (c && c->device && c->device->bytesAvailable() > 0 && c->onReadable)
            c->onReadable();
        if (*done)
            return;
        if (reused && keepAlive && !state->answered) {
            // The kept-alive connection was closed before it carried this GET: send it on a new one.
            *done = true;
            timer->stop();
            timer->deleteLater();
            if (c)
                release(c, false);
            exchange(pending, false, settle);
            return;
        }
        if (c && c->closeError)
            return finish(c->closeError->withContext(u"Docker connection"_s), false);
        state->parser.finishInput();
        if (!state->parser.isComplete())
            return finish(Error(Error::Code::Network,
                                DockerStream::tr("The connection to the Docker host closed before the answer was "
                                                 "complete."),
                                state->parser.failed() ? state->parser.errorString() : pending->path),
                          false);
        state->response.body += state->parser.takeBody();
        complete();
    };
    connect(timer, &QTimer::timeout, this, [finish, pending] {
        finish(Error(Error::Code::Timeout,
                     tr("The Docker host did not answer within %1 s.").arg(pending->request.timeout.count() / 1000),
                     pending->path),
               false);
    });
    const QByteArray bytes = buildRequest(request.method, pending->path, request.body, keepAlive);
    auto write = [this, weak, bytes, pending, reused] {
        const auto c = weak.lock();
        if (!c || !c->device)
            return;
        ++m_counters.requests;
        if (reused)
            ++m_counters.reused;
        Q_EMIT requestSent(pending->request.method, pending->path);
        c->device->write(bytes);
    };
    timer->start();
    if (connection->opened) {
        write();
    } else {
        connection->onOpened = [weak, write] {
            // Queued: a local socket may connect synchronously, before open() has even returned the device.
            if (const auto c = weak.lock(); c && c->device)
                QTimer::singleShot(0, c->device, write);
        };
    }
    if (connection->closed && connection->onClosed) // closed synchronously while opening
        connection->onClosed();
}

void DockerClient::retire()
{
    m_retiring = true;
    for (auto &queue : m_queues) {
        const auto cancelled = std::exchange(queue, {});
        for (const auto &pending : cancelled) {
            pending->promise->addResult(Result<DockerResponse>(Error(Error::Code::Cancelled, tr("Cancelled."))));
            pending->promise->finish();
        }
    }
    closeIdle(true);
    const auto waiters = std::exchange(m_negotiationWaiters, {});
    for (const auto &waiter : waiters)
        waiter(Error(Error::Code::Cancelled, tr("Cancelled.")));
    if (m_activeForeground == 0 && m_activeBackground == 0)
        deleteLater();
}

DockerStream *DockerClient::stream(const DockerRequest &request, QObject *parent)
{
    if (!m_transport->canStream() || m_retiring)
        return nullptr;
    auto *stream = new DockerStream(parent);
    QPointer<DockerStream> guard(stream);
    QPointer<DockerClient> self(this);
    // Deferred, so the caller connects its slots before anything (even a synchronous failure) is emitted.
    QTimer::singleShot(0, stream, [self, guard, request] {
        if (!guard || guard->isFinished())
            return;
        if (!self || self->m_retiring) {
            guard->end(Error(Error::Code::Cancelled, tr("Cancelled.")));
            return;
        }
        self->whenNegotiated([self, guard, request](const Result<QString> &negotiated) {
            if (!guard || guard->isFinished())
                return;
            if (!negotiated || !self) {
                guard->end(negotiated ? Error(Error::Code::Cancelled, tr("Cancelled.")) : negotiated.error());
                return;
            }
            guard->begin(self.data(), buildRequest(request.method, self->pathFor(request), request.body),
                         request.method == "HEAD");
        });
    });
    return stream;
}

} // namespace KryNet::Docker
