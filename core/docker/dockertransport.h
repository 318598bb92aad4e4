#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "core/common/result.h"

class QIODevice;
class QObject;

namespace KryNet
{
class ServiceClient;
namespace Ssh
{
class SshConnection;
}
} // namespace KryNet

namespace KryNet::Docker
{

/// A complete answer of the Docker daemon (any status).
struct DockerResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/**
 * How DockerClient reaches a daemon. Two kinds:
 *  - byte-stream transports (open() returns a device) carry raw HTTP/1.1, one connection per request,
 *    and can stream (/events, followed logs): the SSH-forwarded unix socket, a local unix socket;
 *  - request-only transports (send()) forward whole requests through another API and cannot stream:
 *    Portainer's Docker proxy.
 * Transports live on the client's thread.
 */
class DockerTransport
{
public:
    struct Callbacks
    {
        std::function<void()> opened;                     ///< ready for the request bytes
        std::function<void(std::optional<Error>)> closed; ///< once: nullopt for a clean end
    };

    virtual ~DockerTransport() = default;
    [[nodiscard]] virtual QString describe() const = 0;
    [[nodiscard]] virtual bool canStream() const { return true; }
    /// Resolves when open() can be called (e.g. the SSH connection is up); an Error fails the call.
    virtual QFuture<Result<void>> prepare();
    /// A new connection to the daemon, owned by @p parent; nullptr for request-only transports.
    virtual QIODevice *open(QObject *parent, Callbacks callbacks)
    {
        Q_UNUSED(parent)
        Q_UNUSED(callbacks)
        return nullptr;
    }
    /// Request-only transports: sends @p method on @p pathAndQuery (already versioned).
    virtual QFuture<Result<DockerResponse>> send(const QByteArray &method, const QString &pathAndQuery,
                                                 const QByteArray &body);
    /// The Portainer environment behind this transport; 0 when it is not Portainer's proxy (or before a
    /// Portainer transport has picked its default environment).
    [[nodiscard]] virtual int portainerEnvironment() const { return 0; }
};

/**
 * /var/run/docker.sock (or any unix socket path) on the server, through SSH direct-streamlocal forwarding;
 * or, where the socket cannot be forwarded (sudo-only hosts: the login user may not open it), through
 * `[sudo -n] docker system dial-stdio` on an SSH exec channel (SshConnection::openExecStream), which
 * carries the same HTTP bytes. Mode Auto (the default) probes the socket once after connecting and
 * falls back to dial-stdio when the server refuses it; Socket and DialStdio force one way. The sudo
 * prefix comes from the profile's SshSettings::useSudo, as for every command.
 */
class SshSocketTransport final : public DockerTransport
{
public:
    enum class Mode {
        Auto,
        Socket,
        DialStdio,
    };

    SshSocketTransport(Ssh::SshConnection *connection, QString socketPath, Mode mode = Mode::Auto,
                       QStringList dialCommand = defaultDialCommand());
    [[nodiscard]] QString describe() const override;
    QFuture<Result<void>> prepare() override;
    QIODevice *open(QObject *parent, Callbacks callbacks) override;

    /// The mode in use: Auto until the first prepare() has probed the socket.
    [[nodiscard]] Mode mode() const;
    /// {"docker", "system", "dial-stdio"}.
    [[nodiscard]] static QStringList defaultDialCommand();
    /// "auto" (or empty), "socket", "dial-stdio" (the profile's ssh.extra.dockerAccess).
    [[nodiscard]] static Mode modeFromString(const QString &text);

private:
    struct Probe;

    QPointer<Ssh::SshConnection> m_connection;
    QString m_path;
    QStringList m_dialCommand;
    std::shared_ptr<Probe> m_probe;
};

/// A local unix socket (tests, a local Docker).
class LocalSocketTransport final : public DockerTransport
{
public:
    explicit LocalSocketTransport(QString socketPath);
    [[nodiscard]] QString describe() const override;
    QIODevice *open(QObject *parent, Callbacks callbacks) override;

private:
    QString m_path;
};

/**
 * Portainer's Docker proxy: every Engine call goes to /api/endpoints/{id}/docker/<path> through the
 * profile's "portainer" ServiceClient (X-API-Key). The environment is the one given (by id, or by name
 * or id resolved against GET /api/endpoints on first use: krynetctl --environment), or the first
 * Docker environment Portainer lists. An environment that is not Docker (Kubernetes) fails every call
 * with Error::Code::Unsupported and the reason. No streaming: the store polls instead of following
 * /events.
 */
class PortainerTransport final : public DockerTransport
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Docker::PortainerTransport)

public:
    explicit PortainerTransport(ServiceClient *client, int environmentId = 0);
    /// @p environment: a name or an id, resolved on first use.
    PortainerTransport(ServiceClient *client, QString environment);
    [[nodiscard]] QString describe() const override;
    [[nodiscard]] bool canStream() const override { return false; }
    QFuture<Result<DockerResponse>> send(const QByteArray &method, const QString &pathAndQuery,
                                         const QByteArray &body) override;
    [[nodiscard]] int environmentId() const { return m_environmentId; }
    [[nodiscard]] int portainerEnvironment() const override { return m_environmentId; }

private:
    QFuture<Result<DockerResponse>> sendTo(int environmentId, const QByteArray &method, const QString &pathAndQuery,
                                           const QByteArray &body);

    QPointer<ServiceClient> m_client;
    int m_environmentId = 0;
    QString m_wanted; ///< name or id still to resolve
};

} // namespace KryNet::Docker
