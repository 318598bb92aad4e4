#pragma once

#include <QMetaType>
#include <QString>

namespace KryNet::Ssh
{

/// An SSH host key the known_hosts file does not know yet, as shown to the user for a decision.
struct HostKeyInfo
{
    QString host;
    quint16 port = 22;
    /// "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"…
    QString keyType;
    /// "SHA256:…" exactly as `ssh-keygen -l` and OpenSSH print it.
    QString fingerprint;
    /// True when the key belongs to the jump host, not the target server.
    bool jumpHost = false;
};

/// The user's answer to an unknown host key. There is deliberately no answer for a CHANGED key.
enum class HostKeyDecision {
    Reject,
    AcceptOnce,    ///< trust for the life of this SshConnection only
    AcceptAndSave, ///< trust and append to the known_hosts file
};

} // namespace KryNet::Ssh

Q_DECLARE_METATYPE(KryNet::Ssh::HostKeyInfo)
