#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

namespace KryNet::Test
{

/**
 * A loopback HTTP CONNECT proxy that maps host names to local ports: the test-only stand-in for the
 * lab's DNS. Set it as the QNetworkAccessManager's proxy and a client asks for
 * https://sonarr.local.test/ exactly as it would in production: the TLS handshake (SNI, certificate
 * host check, pin lookup) and the Host header all carry the real name, while the bytes go to
 * 127.0.0.1:<mapped port> (e.g. the nginx peer). No production code knows about it.
 *
 * A host that is not mapped gets "502 Bad Gateway" (the client sees a proxy error, i.e. unreachable).
 */
class ConnectProxy final : public QObject
{
public:
    explicit ConnectProxy(QObject *parent = nullptr);
    ~ConnectProxy() override;
    Q_DISABLE_COPY_MOVE(ConnectProxy)

    [[nodiscard]] quint16 port() const;
    /// Tunnels CONNECT @p host:<any port> to 127.0.0.1:@p port.
    void map(const QString &host, quint16 port);
    /// Every CONNECT target asked for, "host:port", in order.
    [[nodiscard]] const QStringList &targets() const { return m_targets; }

private:
    void onNewConnection();

    QTcpServer *m_server;
    QHash<QString, quint16> m_map;
    QStringList m_targets;
};

} // namespace KryNet::Test
