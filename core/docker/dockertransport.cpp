#include "core/docker/dockertransport.h"

#include <memory>

#include <QLocalSocket>
#include <QPromise>
#include <QUrl>
#include <QUrlQuery>

#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/docker/containerenvironments.h"
#include "core/docker/dockerparsers.h"
#include "core/http/serviceclient.h"
#include "core/ssh/sshconnection.h"
#include "core/ssh/sshunixsocket.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

namespace
{

template <typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

QByteArray DockerResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QFuture<Result<DockerResponse>> DockerTransport::send(const QByteArray &, const QString &, const QByteArray &)
{
    return readyFuture(
        Result<DockerResponse>(Error(Error::Code::Unsupported, u"request-only call on a stream transport"_s)));
}

QFuture<Result<void>> DockerTransport::prepare()
{
    return readyFuture(Result<void>());
}

struct SshSocketTransport::Probe
{
    Mode mode = Mode::Auto;
    bool probing = false;
    QList<std::shared_ptr<QPromise<Result<void>>>> waiters;

    void finish(const Result<void> &result)
    {
        probing = false;
        const auto all = std::exchange(waiters, {});
        for (const auto &w : all) {
            w->addResult(result);
            w->finish();
        }
    }
};

SshSocketTransport::SshSocketTransport(Ssh::SshConnection *connection, QString socketPath, Mode mode,
                                       QStringList dialCommand)
    : m_connection(connection)
    , m_path(std::move(socketPath))
    , m_dialCommand(dialCommand.isEmpty() ? defaultDialCommand() : std::move(dialCommand))
    , m_probe(std::make_shared<Probe>())
{
    m_probe->mode = mode;
}

QStringList SshSocketTransport::defaultDialCommand()
{
    return {u"docker"_s, u"system"_s, u"dial-stdio"_s};
}

SshSocketTransport::Mode SshSocketTransport::modeFromString(const QString &text)
{
    if (text == u"socket"_s)
        return Mode::Socket;
    if (text == u"dial-stdio"_s)
        return Mode::DialStdio;
    return Mode::Auto;
}

SshSocketTransport::Mode SshSocketTransport::mode() const
{
    return m_probe->mode;
}

QFuture<Result<void>> SshSocketTransport::prepare()
{
    if (!m_connection)
        return readyFuture(Result<void>(Error(Error::Code::Cancelled, u"SSH connection gone"_s)));
    if (m_probe->mode != Mode::Auto)
        return m_connection->connectToHost(); // at once when connected
    // Auto: connect, then try the socket once; refused → dial-stdio from now on. Callers meanwhile wait.
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    const std::shared_ptr<Probe> probe = m_probe;
    probe->waiters.append(promise);
    if (probe->probing)
        return future;
    probe->probing = true;
    QPointer<Ssh::SshConnection> connection = m_connection;
    whenDone(connection->connectToHost(), connection.data(),
             [probe, connection, path = m_path](const Result<void> &up) {
                 if (!up)
                     return probe->finish(up);
                 if (!connection)
                     return probe->finish(Error(Error::Code::Cancelled, u"SSH connection gone"_s));
                 Ssh::SshUnixSocket *socket = connection->openUnixSocket(path, connection.data());
                 auto decided = std::make_shared<bool>(false);
                 const auto refused = [probe, socket, decided](const QString &why) {
                     if (std::exchange(*decided, true))
                         return;
                     qCInfo(lcCore) << "Docker socket not forwarded:" << why << "- using docker system dial-stdio";
                     probe->mode = Mode::DialStdio;
                     socket->deleteLater();
                     probe->finish({});
                 };
                 QObject::connect(socket, &Ssh::SshUnixSocket::connected, socket, [probe, socket, decided] {
                     if (std::exchange(*decided, true))
                         return;
                     probe->mode = Mode::Socket;
                     socket->close();
                     socket->deleteLater();
                     probe->finish({});
                 });
                 QObject::connect(socket, &Ssh::SshUnixSocket::errorOccurred, socket,
                                  [refused](const Error &e) { refused(e.toString()); });
                 QObject::connect(socket, &Ssh::SshUnixSocket::disconnected, socket,
                                  [refused] { refused(u"closed before it opened"_s); });
             });
    return future;
}

QString SshSocketTransport::describe() const
{
    if (!m_connection)
        return m_path;
    const auto &endpoint = m_connection->options().target;
    if (m_probe->mode == Mode::DialStdio)
        return u"ssh://%1 (%2)"_s.arg(endpoint.host, m_dialCommand.join(u' '));
    return u"ssh://%1%2"_s.arg(endpoint.host, m_path);
}

QIODevice *SshSocketTransport::open(QObject *parent, Callbacks callbacks)
{
    if (!m_connection)
        return nullptr;
    Ssh::SshUnixSocket *socket = m_probe->mode == Mode::DialStdio
                                     ? m_connection->openExecStream(Ssh::RemoteCommand(m_dialCommand), parent)
                                     : m_connection->openUnixSocket(m_path, parent);
    auto error = std::make_shared<std::optional<Error>>();
    QObject::connect(socket, &Ssh::SshUnixSocket::connected, socket, [opened = callbacks.opened] { opened(); });
    QObject::connect(socket, &Ssh::SshUnixSocket::errorOccurred, socket, [error](const Error &e) { *error = e; });
    QObject::connect(socket, &Ssh::SshUnixSocket::disconnected, socket,
                     [error, closed = callbacks.closed] { closed(*error); });
    return socket;
}

LocalSocketTransport::LocalSocketTransport(QString socketPath)
    : m_path(std::move(socketPath))
{}

QString LocalSocketTransport::describe() const
{
    return u"unix://"_s + m_path;
}

QIODevice *LocalSocketTransport::open(QObject *parent, Callbacks callbacks)
{
    auto *socket = new QLocalSocket(parent);
    auto done = std::make_shared<bool>(false);
    auto finish = [done, closed = callbacks.closed](std::optional<Error> error) {
        if (std::exchange(*done, true))
            return;
        closed(std::move(error));
    };
    QObject::connect(socket, &QLocalSocket::connected, socket, [opened = callbacks.opened] { opened(); });
    QObject::connect(socket, &QLocalSocket::disconnected, socket, [finish] { finish(std::nullopt); });
    QObject::connect(socket, &QLocalSocket::errorOccurred, socket,
                     [socket, finish, path = m_path](QLocalSocket::LocalSocketError code) {
                         if (code == QLocalSocket::PeerClosedError)
                             return; // disconnected() follows
                         finish(Error(Error::Code::Network,
                                      QCoreApplication::translate("KryNet::Docker::DockerClient",
                                                                  "Cannot reach the Docker socket %1: is the daemon "
                                                                  "running?")
                                          .arg(path),
                                      socket->errorString()));
                     });
    socket->connectToServer(m_path);
    return socket;
}

PortainerTransport::PortainerTransport(ServiceClient *client, int environmentId)
    : m_client(client)
    , m_environmentId(environmentId)
{}

PortainerTransport::PortainerTransport(ServiceClient *client, QString environment)
    : m_client(client)
    , m_wanted(std::move(environment))
{}

QString PortainerTransport::describe() const
{
    if (m_environmentId > 0)
        return u"portainer environment %1"_s.arg(m_environmentId);
    return m_wanted.isEmpty() ? u"portainer"_s : u"portainer environment %1"_s.arg(m_wanted);
}

QFuture<Result<DockerResponse>> PortainerTransport::send(const QByteArray &method, const QString &pathAndQuery,
                                                         const QByteArray &body)
{
    if (!m_client)
        return readyFuture(Result<DockerResponse>(
            Error(Error::Code::Config, tr("This profile has no Portainer service configured."))));
    if (m_environmentId > 0)
        return sendTo(m_environmentId, method, pathAndQuery, body);
    // First use: resolve the wanted environment, or pick the first Docker environment Portainer lists.
    QUrlQuery query;
    if (m_wanted.isEmpty())
        query.addQueryItem(u"excludeSnapshots"_s, u"true"_s);
    auto promise = std::make_shared<QPromise<Result<DockerResponse>>>();
    promise->start();
    QFuture<Result<DockerResponse>> future = promise->future();
    whenDone(m_client->send(HttpRequest::get(u"api/endpoints"_s, query)), m_client.data(),
             [this, promise, method, pathAndQuery, body](const Result<HttpResponse> &answer) {
                 auto fail = [promise](const Error &e) {
                     promise->addResult(Result<DockerResponse>(e));
                     promise->finish();
                 };
                 if (!answer)
                     return fail(answer.error());
                 const auto environments = Parsers::portainerEnvironments(answer->body);
                 if (!environments)
                     return fail(environments.error());
                 if (!m_wanted.isEmpty()) {
                     const auto wanted = ContainerEnvironments::resolve(*environments, m_wanted);
                     if (!wanted)
                         return fail(wanted.error());
                     if (!wanted->isDocker()) {
                         ContainerEnvironments::Entry entry;
                         entry.name = wanted->name;
                         entry.kind = wanted->kind();
                         return fail(Error(Error::Code::Unsupported, ContainerEnvironments::unsupportedText(entry)));
                     }
                     m_environmentId = wanted->id;
                     m_wanted.clear();
                 }
                 for (const PortainerEnvironment &e : *environments) {
                     if (m_environmentId > 0)
                         break;
                     if (e.isDocker())
                         m_environmentId = e.id;
                 }
                 if (m_environmentId <= 0)
                     return fail(Error(Error::Code::Unsupported,
                                       tr("Portainer lists no Docker environment. Add one in Portainer first.")));
                 whenDone(sendTo(m_environmentId, method, pathAndQuery, body), m_client.data(),
                          [promise](const Result<DockerResponse> &r) {
                              promise->addResult(r);
                              promise->finish();
                          });
             });
    return future;
}

QFuture<Result<DockerResponse>> PortainerTransport::sendTo(int environmentId, const QByteArray &method,
                                                           const QString &pathAndQuery, const QByteArray &body)
{
    const QUrl url(u"http://x"_s + pathAndQuery);
    const QString path = u"api/endpoints/%1/docker%2"_s.arg(environmentId).arg(url.path(QUrl::FullyEncoded));
    const QUrlQuery query(url);
    HttpRequest request;
    request.path = path;
    request.query = query;
    request.body = body;
    if (method == "POST")
        request.method = HttpMethod::Post;
    else if (method == "DELETE")
        request.method = HttpMethod::Delete;
    else if (method == "PUT")
        request.method = HttpMethod::Put;
    else
        request.method = HttpMethod::Get;
    if (request.method == HttpMethod::Post && request.body.isEmpty())
        request.contentType = "application/json";
    auto promise = std::make_shared<QPromise<Result<DockerResponse>>>();
    promise->start();
    QFuture<Result<DockerResponse>> future = promise->future();
    whenDone(m_client->send(request), m_client.data(), [promise](const Result<HttpResponse> &answer) {
        if (answer) {
            promise->addResult(Result<DockerResponse>(DockerResponse{answer->status, answer->headers, answer->body}));
        } else if (answer.error().httpStatus() == 304) {
            promise->addResult(Result<DockerResponse>(DockerResponse{304, {}, {}})); // already in that state
        } else {
            promise->addResult(Result<DockerResponse>(answer.error()));
        }
        promise->finish();
    });
    return future;
}

} // namespace KryNet::Docker
