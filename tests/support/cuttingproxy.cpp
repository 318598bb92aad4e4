#include "tests/support/cuttingproxy.h"

#include <memory>

#include <sys/socket.h>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace KryNet::Test
{

CuttingProxy::CuttingProxy(quint16 backendPort, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_backendPort(backendPort)
{
    connect(m_server, &QTcpServer::newConnection, this, &CuttingProxy::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

CuttingProxy::~CuttingProxy() = default;

bool CuttingProxy::isListening() const
{
    return m_server->isListening();
}

quint16 CuttingProxy::port() const
{
    return m_server->serverPort();
}

void CuttingProxy::passThrough()
{
    m_mode = Mode::PassThrough;
    ++m_epoch;
}

void CuttingProxy::cutAfter(qint64 responseBytes, How how)
{
    m_mode = Mode::Cut;
    m_cutAfter = responseBytes;
    m_how = how;
    ++m_epoch;
}

void CuttingProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        client->setParent(this);
        struct State
        {
            quint64 epoch = 0;
            qint64 relayed = 0; ///< response bytes relayed since the mode last changed
            bool done = false;
        };
        auto state = std::make_shared<State>();
        state->epoch = m_epoch;
        auto *backend = new QTcpSocket(client);

        const auto drop = [this, client, backend, state] {
            state->done = true;
            ++m_cuts;
            backend->abort();
            if (m_how == How::Reset) {
                // Linger 0: close() sends RST instead of FIN.
                const linger hard{1, 0};
                ::setsockopt(int(client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                client->abort();
            } else {
                client->disconnectFromHost();
            }
        };

        connect(client, &QTcpSocket::readyRead, backend, [client, backend, state] {
            if (state->done) {
                client->readAll();
                return;
            }
            // Bytes sent before the backend connected stay in the client socket until then.
            if (backend->state() == QAbstractSocket::ConnectedState)
                backend->write(client->readAll());
        });
        connect(backend, &QTcpSocket::connected, client, [client, backend] {
            if (client->bytesAvailable() > 0)
                backend->write(client->readAll());
        });
        connect(backend, &QTcpSocket::readyRead, client, [this, client, backend, state, drop] {
            if (state->done)
                return;
            if (state->epoch != m_epoch) {
                state->epoch = m_epoch;
                state->relayed = 0;
            }
            QByteArray bytes = backend->readAll();
            if (m_mode == Mode::Cut && state->relayed + bytes.size() >= m_cutAfter) {
                bytes.truncate(m_cutAfter - state->relayed);
                if (!bytes.isEmpty())
                    client->write(bytes);
                client->flush();
                drop();
                return;
            }
            state->relayed += bytes.size();
            client->write(bytes);
        });
        connect(backend, &QTcpSocket::disconnected, client, [client, state] {
            if (!state->done)
                client->disconnectFromHost();
        });
        connect(backend, &QTcpSocket::errorOccurred, client, [client, backend](QAbstractSocket::SocketError) {
            if (backend->state() != QAbstractSocket::ConnectedState)
                client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, [client, backend] {
            backend->disconnectFromHost();
            client->deleteLater();
        });
        backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
    }
}

} // namespace KryNet::Test
