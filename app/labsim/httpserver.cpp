#include "app/labsim/httpserver.h"

#include <utility>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include "app/labsim/faults.h"
#include "app/labsim/traffic.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;

QByteArray cloudflareLoginPage()
{
    return "<!DOCTYPE html><html><head><title>Sign in ・ Cloudflare Access</title></head>"
           "<body><h1>Sign in</h1><p>Get a login code emailed to you.</p></body></html>";
}

} // namespace

HttpConnection::HttpConnection(QIODevice *device, QString serviceId, HttpHandler handler, const Faults *faults,
                               Traffic *traffic, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_serviceId(std::move(serviceId))
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_traffic(traffic)
{
    connect(device, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(device, &QObject::destroyed, this, [this] {
        if (m_stream)
            m_stream->markClosed();
        deleteLater();
    });
    if (device->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

HttpConnection::~HttpConnection()
{
    if (m_stream)
        m_stream->markClosed();
}

void HttpConnection::onReadyRead()
{
    if (!m_device)
        return;
    m_buffer += m_device->readAll();
    processNext();
}

void HttpConnection::processNext()
{
    if (m_busy || m_stream)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            fail(431, "Request Header Fields Too Large");
        return;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, "Bad Request");
        return;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append(
            qMakePair(QByteArray(line.left(colon).trimmed()), QByteArray(line.mid(colon + 1).trimmed())));
    }
    if (request.header("Transfer-Encoding").contains("chunked")) {
        fail(411, "Length Required");
        return;
    }
    bool ok = true;
    const QByteArray lengthHeader = request.header("Content-Length");
    const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
    if (!ok || length < 0 || length > MaxBodyBytes) {
        fail(413, "Payload Too Large");
        return;
    }
    if (m_buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);

    const QUrl url(u"http://lab"_s + QString::fromLatin1(request.target));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    const QByteArray connection = request.header("Connection").toLower();
    m_closeAfter = connection.contains("close") || requestLine.at(2) == "HTTP/1.0";

    m_busy = true;
    if (m_traffic)
        m_record = m_traffic->arrived(Traffic::Kind::Http, m_serviceId,
                                      QString::fromLatin1(request.method + ' ' + request.path.toUtf8()));
    const FaultSettings faults = m_faults ? m_faults->forService(m_serviceId) : FaultSettings();
    if (faults.hang)
        return; // read, never answer
    if (faults.latencyMs > 0) {
        QTimer::singleShot(faults.latencyMs, this, [this, request] { answer(request); });
        return;
    }
    answer(request);
}

void HttpConnection::answer(const HttpRequest &request)
{
    const FaultSettings faults = m_faults ? m_faults->forService(m_serviceId) : FaultSettings();
    if (faults.htmlLogin) {
        HttpResponse login = HttpResponse::text(cloudflareLoginPage(), 302, "text/html; charset=utf-8");
        login.headers.append(qMakePair(
            QByteArray("Location"),
            QByteArray("https://krynet-lab.cloudflareaccess.com/cdn-cgi/access/login/" + m_serviceId.toLatin1())));
        send(login, false);
        return;
    }
    if (faults.errorStatus > 0) {
        send(HttpResponse::text(reasonPhrase(faults.errorStatus), faults.errorStatus), false);
        return;
    }
    HttpResponse response = m_handler(request);
    if (response.stream) {
        startStream(response);
        return;
    }
    if (request.method == "HEAD")
        response.body.clear();
    send(response, faults.truncate);
}

void HttpConnection::send(const HttpResponse &response, bool truncate)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (m_closeAfter || truncate)
        head += "Connection: close\r\n";
    head += "\r\n";
    writeRaw(head + (truncate ? response.body.left(response.body.size() / 2) : response.body));
    if (m_traffic)
        m_traffic->answered(std::exchange(m_record, -1));
    m_busy = false;
    if (m_closeAfter || truncate) {
        Q_EMIT closeRequested();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processNext);
}

void HttpConnection::startStream(const HttpResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Transfer-Encoding: chunked\r\n\r\n";
    writeRaw(head);
    if (m_traffic)
        m_traffic->answered(std::exchange(m_record, -1));
    m_stream = std::make_shared<ResponseStream>();
    connect(m_stream.get(), &ResponseStream::chunkReady, this, [this](const QByteArray &chunk) {
        writeRaw(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    });
    connect(m_stream.get(), &ResponseStream::finished, this, [this] {
        writeRaw("0\r\n\r\n");
        m_stream.reset();
        m_busy = false;
        if (m_closeAfter)
            Q_EMIT closeRequested();
        else if (!m_buffer.isEmpty())
            QTimer::singleShot(0, this, &HttpConnection::processNext);
    });
    response.stream(m_stream);
}

void HttpConnection::writeRaw(const QByteArray &bytes)
{
    if (m_device && m_device->isOpen())
        m_device->write(bytes);
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    m_closeAfter = true;
    send(HttpResponse::text(message, status), false);
}

HttpService::HttpService(QString id, HttpHandler handler, const Faults *faults, Traffic *traffic, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_traffic(traffic)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            auto *connection = new HttpConnection(socket, m_id, m_handler, m_faults, m_traffic, socket);
            connect(connection, &HttpConnection::closeRequested, socket, [socket] { socket->disconnectFromHost(); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

HttpService::~HttpService() = default;

bool HttpService::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 HttpService::port() const
{
    return m_server->serverPort();
}

QString HttpService::errorString() const
{
    return m_server->errorString();
}

} // namespace KryNet::LabSim
