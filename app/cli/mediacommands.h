#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/**
 * Registers `krynetctl pipeline [--profile NAME] [--stuck] [--json]` (issue 9; `media` is an alias): every
 * media request of the profile traced across Seerr, Radarr/Sonarr, the download clients, Gluetun, Bazarr
 * and Jellyfin, with its stage bar, health and the stuck reason, then the service health strip — the same
 * rows as the Media panel (PipelineModel). Services that cannot
 * be read are named on stderr; their stages stay unknown. Exit codes: 0 ok (stuck requests are not a
 * failure), 1 failure, 2 usage.
 */
void registerMediaCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
