#include "core/docker/dockerclient.h"

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

Error remoteError(int status, const QByteArray &body)
{
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

void DockerStream::begin(DockerTransport &transport, const QByteArray &requestBytes, bool headRequest)
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
    DockerTransport *t = &transport;
    whenDone(transport.prepare(), this, [this, t, callbacks](const Result<void> &ready) {
        if (m_done)
            return;
        if (!ready) {
            end(ready.error());
            return;
        }
        m_device = t->open(this, callbacks);
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
        if (m_status < 400) {
            m_established = true;
            Q_EMIT established();
        }
    }
    if (m_done)
        return;
    QByteArray body = m_parser->takeBody();
    if (!body.isEmpty()) {
        if (m_status >= 400) {
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
        if (m_status >= 400)
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
    if (!error && m_status >= 400)
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

DockerClient::DockerClient(std::unique_ptr<DockerTransport> transport, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
{}

DockerClient::~DockerClient()
{
    for (const auto &pending : std::as_const(m_queue)) {
        pending->promise->addResult(Result<DockerResponse>(Error(Error::Code::Cancelled, tr("Cancelled."))));
        pending->promise->finish();
    }
    const auto waiters = std::exchange(m_negotiationWaiters, {});
    for (const auto &waiter : waiters)
        waiter(Error(Error::Code::Cancelled, tr("Cancelled.")));
}

Result<DockerClient *> DockerClient::forSession(LabSession &session, QObject *parent)
{
    const Profile &profile = session.profile();
    if (!profile.ssh().host.isEmpty()) {
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
        const int environment = profile.services().value(u"portainer"_s).extra.value(u"environment"_s).toInt();
        return new DockerClient(std::make_unique<PortainerTransport>(portainer, environment), parent);
    }
    return Error(Error::Code::Config,
                 tr("This profile has neither an SSH host nor a Portainer service, so KryNet cannot reach Docker. "
                    "Add the server's SSH settings (or Portainer) to the profile."));
}

QByteArray DockerClient::buildRequest(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += method + ' ' + pathAndQuery.toUtf8() + " HTTP/1.1\r\n";
    out += "Host: docker\r\nUser-Agent: KryNet-Control\r\nAccept: application/json\r\nConnection: close\r\n";
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
    m_queue.append(pending);
    pump();
    return future;
}

void DockerClient::pump()
{
    while (m_active < maxConcurrent && !m_queue.isEmpty())
        startOne(m_queue.takeFirst());
}

void DockerClient::startOne(const std::shared_ptr<Pending> &pending)
{
    ++m_active;
    auto settled = std::make_shared<bool>(false);
    auto settle = [this, pending, settled](Result<DockerResponse> result) {
        if (std::exchange(*settled, true))
            return;
        --m_active;
        pending->promise->addResult(std::move(result));
        pending->promise->finish();
        QTimer::singleShot(0, this, &DockerClient::pump);
    };

    if (!m_transport->canStream()) {
        whenDone(m_transport->send(pending->request.method, pending->path, pending->request.body), this,
                 [settle](const Result<DockerResponse> &r) { settle(r); });
        return;
    }

    auto *stream = new DockerStream(this);
    auto response = std::make_shared<DockerResponse>();
    auto *timer = new QTimer(stream);
    timer->setSingleShot(true);
    timer->setInterval(pending->request.timeout);
    connect(timer, &QTimer::timeout, stream, [stream, pending] {
        stream->end(
            Error(Error::Code::Timeout,
                  tr("The Docker host did not answer within %1 s.").arg(pending->request.timeout.count() / 1000),
                  pending->path));
    });
    connect(stream, &DockerStream::bodyData, stream, [response, timer](const QByteArray &data) {
        response->body.append(data);
        timer->start();
    });
    connect(stream, &DockerStream::finished, this, [stream, response, settle] {
        response->status = stream->status();
        response->headers = stream->m_headers;
        settle(*response);
    });
    connect(stream, &DockerStream::failed, this, [settle](const Error &error) { settle(error); });
    stream->begin(*m_transport, buildRequest(pending->request.method, pending->path, pending->request.body),
                  pending->request.method == "HEAD");
    timer->start();
}

DockerStream *DockerClient::stream(const DockerRequest &request, QObject *parent)
{
    if (!m_transport->canStream())
        return nullptr;
    auto *stream = new DockerStream(parent);
    QPointer<DockerStream> guard(stream);
    // Deferred, so the caller connects its slots before anything (even a synchronous failure) is emitted.
    QTimer::singleShot(0, stream, [this, guard, request] {
        whenNegotiated([this, guard, request](const Result<QString> &negotiated) {
            if (!guard || guard->isFinished())
                return;
            if (!negotiated) {
                guard->end(negotiated.error());
                return;
            }
            guard->begin(*m_transport, buildRequest(request.method, pathFor(request), request.body),
                         request.method == "HEAD");
        });
    });
    return stream;
}

} // namespace KryNet::Docker
