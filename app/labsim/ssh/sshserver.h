#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include "app/labsim/ssh/labshell.h"

class QIODevice;
class QTcpServer;

struct ssh_bind_struct;

namespace KryNet::LabSim
{

class Faults;
class Traffic;
class SshChannelDevice;
struct SshSessionLink;

/**
 * The lab's SSH server (libssh server mode) on 127.0.0.1: an ed25519 host key kept in the state dir
 * (reused when present), public-key authentication against an authorized_keys file (any user name;
 * everything else gets the real "Permission denied (publickey)"), exec channels run through a LabShell
 * callback with stdout, stderr and exit-status, several channels per session at once, and
 * direct-streamlocal channels (and `docker system dial-stdio` exec channels) handed to a stream callback
 * as a QIODevice (the simulated /var/run/docker.sock).
 *
 * Threading: every SSH session runs in its own thread that alone touches its ssh_session; commands and
 * stream bytes cross to this object's thread by queued calls, answers go back through a locked inbox
 * plus an eventfd wake-up. Nothing here blocks the Qt event loop that serves HTTP.
 *
 * libssh 0.10 does not parse direct-streamlocal@openssh.com opens (the socket path is dropped), so
 * every such channel reaches the stream callback whatever path the client named.
 *
 * Faults (Faults::forService("ssh")): latencyMs before each exec answer, hang = never answer an exec.
 * dropAll() cuts every connection (as a network loss would), rotateHostKey() changes the key for new
 * connections.
 */
class SshServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshServer)

public:
    using ExecHandler = std::function<CommandOutput(const QByteArray &commandLine)>;
    using StreamHandler = std::function<void(QIODevice *device)>;

    SshServer(QString stateDir, QString authorizedKeysFile, const Faults *faults, ExecHandler exec,
              StreamHandler stream, QObject *parent = nullptr);
    ~SshServer() override;

    /// Loads or creates the host key and listens on 127.0.0.1 (port 0: chosen by the OS).
    [[nodiscard]] bool start(QString *error, quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    /// "SHA256:…" as OpenSSH prints it.
    [[nodiscard]] QString hostKeyFingerprint() const { return m_fingerprint; }
    [[nodiscard]] QString hostKeyType() const { return QStringLiteral("ssh-ed25519"); }
    /// {"port", "user", "hostKeySha256", "hostKeyType"} for the start-up JSON.
    [[nodiscard]] QJsonObject describe() const;

    /// Cuts every open SSH connection at the TCP level; returns how many there were.
    int dropAll();
    /// Generates a new host key (saved over the old one); connections made afterwards see it.
    [[nodiscard]] bool rotateHostKey(QString *error);
    /// Every exec request so far: {"time", "user", "command"} (newest last, at most 1000).
    [[nodiscard]] const QJsonArray &commandLog() const { return m_log; }
    [[nodiscard]] int sessionCount() const { return int(m_sessions.size()); }
    /// Counts every exec request from now on (arrival, and the answer after any latency fault).
    void setTraffic(Traffic *traffic) { m_traffic = traffic; }

private:
    friend class SshSessionWorker;
    friend class SshListener;

    struct Session;
    void accept(qintptr fd);
    // Called on this thread, posted by session threads.
    void onAuthenticated(quint64 session, const QString &user);
    void onExec(quint64 session, quint32 channel, const QByteArray &line);
    void onStreamOpened(quint64 session, quint32 channel);
    void onStreamData(quint64 session, quint32 channel, const QByteArray &data);
    void onChannelClosed(quint64 session, quint32 channel);
    void onSessionEnded(quint64 session);
    void openStream(quint64 session, quint32 channel);

    QString m_stateDir;
    QString m_authorizedKeysFile;
    const Faults *m_faults;
    Traffic *m_traffic = nullptr;
    ExecHandler m_exec;
    StreamHandler m_stream;
    QTcpServer *m_listener = nullptr;
    ssh_bind_struct *m_bind = nullptr;
    QString m_fingerprint;
    QHash<quint64, std::shared_ptr<Session>> m_sessions;
    quint64 m_nextSession = 1;
    QJsonArray m_log;
};

} // namespace KryNet::LabSim
