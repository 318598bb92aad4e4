#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/// Registers `krynetctl uptime [--profile NAME] [--json] [--range 30d] [--slug SLUG] [--pending …]` (issue 11).
void registerUptimeCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
