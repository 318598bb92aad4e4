#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/**
 * Registers the SSH commands of issue 3:
 *  - `krynetctl exec [--profile NAME] [--timeout S] [--sudo] -- CMD ARGS…`: runs CMD on the server, each
 *    ARG arriving as exactly one argument; prints its stdout/stderr and exits with its exit status;
 *  - `krynetctl ssh-check [--profile NAME] [--accept-host-key SHA256:…]`: connect, host key, auth and a
 *    round trip, with timings.
 * Both ask about an unknown host key on a terminal; without one they fail and print the fingerprint,
 * unless --accept-host-key names exactly that fingerprint. A CHANGED key always fails.
 */
void registerSshCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
