#pragma once

#include <QString>

#include "core/common/result.h"
#include "core/ssh/sshoptions.h"

namespace KryNet
{
class Profile;
}

namespace KryNet::Ssh
{

/**
 * The SshOptions of a server profile (the one mapping from core/config to core/ssh).
 *
 * Contract:
 *  - an ~/.ssh/config alias in the profile's host is resolved with SshConfig (HostName, Port, User,
 *    IdentityFile); values set in the profile win over the config file;
 *  - no identity anywhere → the first of id_ed25519, id_ecdsa, id_rsa that exists in @p sshDir;
 *  - known_hosts defaults to @p sshDir/known_hosts; "~/" in paths means the home directory;
 *  - jumpHost "[user@]host[:port]" becomes SshOptions::jump (same key; user defaults to the target's);
 *  - a ProxyCommand from the config file (libssh's form of ProxyJump) without a profile jump host is
 *    reported as Error::Code::Unsupported rather than silently ignored.
 * @p sshDir is a parameter so nothing here looks up HOME behind the caller's back.
 */
[[nodiscard]] Result<SshOptions> sshOptionsForProfile(const Profile &profile, const QString &sshDir);

/// Parses "[user@]host[:port]" (IPv6 as [addr]:port); the user is empty when not given.
[[nodiscard]] Result<SshEndpoint> parseEndpoint(const QString &text);

} // namespace KryNet::Ssh
