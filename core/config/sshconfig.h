#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/common/result.h"

namespace KryNet
{

/// What ~/.ssh/config says about one host alias.
struct SshHostConfig
{
    QString alias;
    QString hostName; ///< the real host (HostName), or the alias when the config does not rename it
    int port = 22;
    QString user; ///< empty when the config names none
    /// The IdentityFile libssh tries first (with several, the last one the file lists: libssh puts each
    /// new one first), with ~ and the %d %h %p %r %u %% tokens expanded as ssh_config(5) says; empty
    /// when the file names none (never libssh's built-in default keys).
    QString identityFile;
    QString proxyCommand; ///< ProxyCommand (libssh turns ProxyJump into one), empty when none
};

/**
 * Resolves an SSH host alias through an OpenSSH client config file with libssh's own parser, so
 * `krynet` understands the same aliases as `ssh` does.
 *
 * Contracts: only the given file is read (never /etc/ssh/ssh_config behind the caller's back); a
 * missing file resolves the alias to itself; values not set by the file stay empty/default.
 */
class SshConfig final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::SshConfig)

public:
    SshConfig() = delete;

    /// ~/.ssh/config of the current user.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] static Result<SshHostConfig> resolve(const QString &alias, const QString &configPath = defaultPath());
    /**
     * The host aliases @p configPath defines (`Host` lines, and those of files it `Include`s), in file
     * order without duplicates; patterns (`*`, `?`, `!negated`) are not aliases and are left out. A missing
     * or unreadable file gives an empty list: offering aliases is a convenience, never an error.
     */
    [[nodiscard]] static QStringList aliases(const QString &configPath = defaultPath());
};

} // namespace KryNet
