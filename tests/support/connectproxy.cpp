#include "tests/support/connectproxy.h"

#include <memory>

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace KryNet::Test
{

ConnectProxy::ConnectProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ConnectProxy::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

ConnectProxy::~ConnectProxy() = default;

quint16 ConnectProxy::port() const
{
    return m_server->serverPort();
}

void ConnectProxy::map(const QString &host, quint16 port)
{
    m_map.insert(host.toLower(), port);
}

void ConnectProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        auto upstream = std::make_shared<QPointer<QTcpSocket>>();
        connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            if (*upstream)
                (*upstream)->disconnectFromHost();
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, upstream] {
            if (*upstream) {
                (*upstream)->write(client->readAll());
                return;
            }
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QByteArray early = buffer->mid(end + 4);
            const QString target = QString::fromUtf8(requestLine.value(1));
            m_targets.append(target);
            const QString host = target.section(u':', 0, -2).toLower();
            if (requestLine.value(0) != "CONNECT" || !m_map.contains(host)) {
                client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            auto *server = new QTcpSocket(client);
            *upstream = server;
            connect(server, &QTcpSocket::connected, client, [client, server, early] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!early.isEmpty())
                    server->write(early);
            });
            connect(server, &QTcpSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
            connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(server, &QTcpSocket::errorOccurred, client, [client, server](QAbstractSocket::SocketError) {
                if (server->state() != QAbstractSocket::ConnectedState)
                    client->disconnectFromHost();
            });
            server->connectToHost(QHostAddress::LocalHost, m_map.value(host));
        });
    }
}

} // namespace KryNet::Test
