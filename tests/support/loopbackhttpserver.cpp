#include "tests/support/loopbackhttpserver.h"

#include <memory>

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace KryNet::Test
{

namespace
{

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QString RecordedRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return QString::fromUtf8(q < 0 ? target : target.left(q));
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

CannedReply CannedReply::json(const QByteArray &body, int status)
{
    CannedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
    return reply;
}

CannedReply CannedReply::text(const QByteArray &body, int status, const QByteArray &contentType)
{
    CannedReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return reply;
}

CannedReply CannedReply::redirect(const QByteArray &location, int status)
{
    CannedReply reply;
    reply.status = status;
    reply.headers.append(qMakePair(QByteArray("Location"), location));
    return reply;
}

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    const auto sockets = m_sockets.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool LoopbackHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()));
}

void LoopbackHttpServer::route(const QString &path, Handler handler)
{
    m_routes.prepend({path, std::move(handler)});
}

void LoopbackHttpServer::route(const QString &path, const CannedReply &reply)
{
    route(path, [reply](const RecordedRequest &) { return reply; });
}

int LoopbackHttpServer::count(const QString &path) const
{
    int n = 0;
    for (const RecordedRequest &request : m_requests) {
        if (request.path() == path)
            ++n;
    }
    return n;
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_sockets.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_sockets.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_sockets[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    RecordedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append(qMakePair(name, value));
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // body still coming
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    m_requests.append(request);

    CannedReply reply;
    reply.status = 404;
    reply.body = "not found";
    const QString path = request.path();
    for (const auto &route : std::as_const(m_routes)) {
        if (route.first == path) {
            reply = route.second(request);
            break;
        }
    }
    answer(socket, reply);
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const CannedReply &reply)
{
    if (reply.mode == CannedReply::Mode::Hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &header : reply.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (reply.sendContentLength)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);

    switch (reply.mode) {
    case CannedReply::Mode::Normal:
        socket->write(reply.body);
        socket->disconnectFromHost();
        return;
    case CannedReply::Mode::Truncate:
        socket->write(reply.body.left(reply.truncateAt));
        socket->disconnectFromHost();
        return;
    case CannedReply::Mode::Slow: {
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard, timer, offset, reply] {
            if (!guard)
                return;
            guard->write(reply.body.mid(*offset, reply.chunkSize));
            *offset += reply.chunkSize;
            if (*offset >= reply.body.size()) {
                timer->stop();
                guard->disconnectFromHost();
            }
        });
        timer->start(reply.chunkInterval);
        return;
    }
    case CannedReply::Mode::Hang:
        return;
    }
}

} // namespace KryNet::Test
