#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/// Registers `krynetctl http-check [--profile NAME] [SERVICE] [--json]` (issue 4).
void registerHttpCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
