#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/common/error.h"
#include "core/common/health.h"
#include "core/ssh/sshconnection.h"

namespace KryNet
{

class LabSession;
class ServiceDirectory;

/**
 * The connection state of one profile, SSH and HTTP together, as the status bar and the window's error
 * banner show it (issue 12, "Connection UX").
 *
 * Contracts:
 *  - State is derived, never stored twice: from the SSH connection's state machine and last error, and
 *    from the services directory's latest checks. describe() is the pure mapping (tests drive it).
 *  - SSH problems win over HTTP ones: without the shell, pools and containers are blind whatever the
 *    web services do. With SSH fine, refused credentials beat unreachable services beat partial outages.
 *  - Offline always says how long ago the last success was (SSH connected or a service answered), or
 *    that there was none in this session.
 *  - retry() asks the SSH connection to connect again (which asks about an untrusted host key again)
 *    and re-checks the services; it never re-runs a command.
 */
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    enum class State {
        NotConnected,   ///< nothing tried yet
        Connecting,     ///< SSH connecting or authenticating, or the first service checks running
        HostKeyNeeded,  ///< waiting for the user to confirm an unknown host key
        Connected,      ///< SSH up (if configured) and every checked service answering
        Degraded,       ///< SSH up, some web services not answering
        AuthFailed,     ///< SSH login or a service's credentials refused
        HostKeyProblem, ///< the host key was not trusted, or it CHANGED
        Offline,        ///< the server cannot be reached
        Misconfigured,  ///< the profile's settings cannot work; retrying does not help
    };
    Q_ENUM(State)

    /// What the services directory reported, summed up.
    struct Services
    {
        int total = 0;
        int checked = 0; ///< with at least one finished check
        int up = 0;
        int refused = 0; ///< reachable, credentials refused
        int down = 0;
        bool checking = false;
        QString firstRefused; ///< display name and message of the first service that refused its key
        QString firstDown;    ///< display name and message of the first unreachable service
    };

    struct Inputs
    {
        bool hasSsh = true;
        Error sshConfigError; ///< when the profile's SSH settings cannot work (hasSsh false)
        Ssh::SshConnection::State ssh = Ssh::SshConnection::State::Disconnected;
        Error sshError;
        QString sshTarget; ///< "user@host" for messages
        Services services;
        QDateTime lastSuccess; ///< UTC; invalid when nothing succeeded yet
    };

    struct Status
    {
        State state = State::NotConnected;
        Health health = Health::Unknown;
        QString summary; ///< one line for the status bar: "SSH connected · 15 of 16 services up"
        QString problem; ///< what went wrong and how to fix it (empty when nothing did)
        bool canRetry = false;
        bool showBanner = false; ///< worth a banner over the panels
    };

    explicit ConnectionMonitor(LabSession &session, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] QDateTime lastSuccess() const { return m_lastSuccess; }

    void retry();

    [[nodiscard]] static Status describe(const Inputs &inputs, const QDateTime &now);
    [[nodiscard]] static QString stateName(State state);

Q_SIGNALS:
    void statusChanged();

private:
    void bindServices();
    void update();
    [[nodiscard]] Services summarizeServices() const;

    LabSession &m_session;
    QPointer<Ssh::SshConnection> m_ssh;
    QPointer<ServiceDirectory> m_services;
    Error m_sshConfigError;
    QDateTime m_lastSuccess;
    Status m_status;
    QTimer m_ageTimer; ///< keeps "last connected 3 min ago" current while offline
};

} // namespace KryNet
