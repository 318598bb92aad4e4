#pragma once

#include <QObject>

class QTcpServer;

namespace KryNet::Test
{

/**
 * A loopback TCP proxy that can drop connections mid-response (fault injection, issue 14): listens on
 * 127.0.0.1 (port 0), forwards every connection to 127.0.0.1:backendPort, and relays both ways.
 *
 *  - PassThrough: relays everything, closes when either side does.
 *  - Cut: once a connection has relayed cutAfter() bytes from the backend (the response) since the mode
 *    was set, the client connection ends — reset (RST, as a crashed middlebox or a dropped NAT entry) or
 *    closed (FIN, as a server that died mid-write). 0: dropped when the first response byte arrives (the
 *    request did reach the backend).
 *  - The mode applies at once, to kept-alive connections too (a client's idle connection from before
 *    is cut on its next answer); passThrough() heals what comes next, the way a network that is back does.
 *  - Counts connections and the ones it cut, so a test can tell the fault really happened.
 */
class CuttingProxy final : public QObject
{
public:
    enum class Mode {
        PassThrough,
        Cut,
    };
    enum class How {
        Reset, ///< abort(): RST
        Close, ///< disconnectFromHost(): FIN after what was relayed
    };

    explicit CuttingProxy(quint16 backendPort, QObject *parent = nullptr);
    ~CuttingProxy() override;
    Q_DISABLE_COPY_MOVE(CuttingProxy)

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;

    void passThrough();
    void cutAfter(qint64 responseBytes, How how);
    [[nodiscard]] Mode mode() const { return m_mode; }

    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] int cuts() const { return m_cuts; }

private:
    void onNewConnection();

    QTcpServer *m_server;
    quint16 m_backendPort;
    Mode m_mode = Mode::PassThrough;
    qint64 m_cutAfter = 0;
    How m_how = How::Reset;
    quint64 m_epoch = 0; ///< +1 per mode change: byte counts restart
    int m_connections = 0;
    int m_cuts = 0;
};

} // namespace KryNet::Test
