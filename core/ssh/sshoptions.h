#pragma once

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"

namespace KryNet::Ssh
{

/// One hop of an SSH route: where to connect and how to authenticate there.
struct SshEndpoint
{
    QString host;
    quint16 port = 22;
    QString user;
    /// Private key file; empty = no key file (agent only). Encrypted keys ask the passphrase provider.
    QString identityFile;

    friend bool operator==(const SshEndpoint &, const SshEndpoint &) = default;
};

/**
 * Everything an SshConnection needs, as a plain value (copied into the worker thread).
 *
 * Contract:
 *  - knownHostsFile is mandatory: libssh never looks up HOME or ~/.ssh itself (kio-extras needed an
 *    LD_PRELOAD shim for that). The app passes the user's ~/.ssh/known_hosts or its own file.
 *  - Every session is opened with NODELAY=1 (Nagle costs ~40 ms per round trip), PROCESS_CONFIG=0
 *    (no ~/.ssh/config surprises) and GLOBAL_KNOWNHOSTS=/dev/null.
 *  - jump, when set, is connected first; the target is reached through a direct-tcpip channel on it.
 *  - validate() reports the first invalid field as an Error::Code::Config.
 */
struct SshOptions
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Ssh::SshOptions)

public:
    SshEndpoint target;
    std::optional<SshEndpoint> jump;

    /// Try keys held by an ssh-agent first.
    bool useAgent = true;
    /// Agent socket; empty = SSH_AUTH_SOCK of the process environment.
    QString agentSocket;

    /// known_hosts file consulted and (only after the user accepts and saveAcceptedHostKeys) appended to.
    QString knownHostsFile;
    /// Append accepted unknown host keys to knownHostsFile (false: trust for this connection only).
    bool saveAcceptedHostKeys = true;
    /// A SHA256 fingerprint ("SHA256:…") the user already approved out of band (krynetctl --accept-host-key):
    /// an unknown key with exactly this fingerprint is accepted without asking. Never overrides a CHANGED key.
    QString preapprovedFingerprint;

    std::chrono::milliseconds connectTimeout{10000};
    /// Per command; 0 = no limit.
    std::chrono::milliseconds commandTimeout{60000};
    /// Liveness probe while connected: a probe the server leaves unanswered for a whole interval declares
    /// the connection dead (then reconnect); 0 = off.
    std::chrono::milliseconds keepaliveInterval{30000};

    /// Reconnect after a drop: first delay, doubled per failed attempt up to reconnectMaxDelay, +-25 % jitter.
    bool autoReconnect = true;
    std::chrono::milliseconds reconnectInitialDelay{1000};
    std::chrono::milliseconds reconnectMaxDelay{60000};

    /// Prefix commands that ask for it with `sudo -n` (never prompts; fails if a password is needed).
    bool useSudo = false;
    /// Combined stdout+stderr cap per command; beyond it the channel is closed and the command fails.
    qint64 maxOutputBytes = 16 * 1024 * 1024;

    [[nodiscard]] Result<void> validate() const;

    /// "user@host:port" (and " via jump") for logs and messages.
    [[nodiscard]] QString displayName() const;
};

} // namespace KryNet::Ssh
