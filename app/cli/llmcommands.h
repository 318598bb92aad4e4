#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/// Registers `krynetctl llm models|keys|spend [--profile NAME] [--json]` (issue 10).
void registerLlmCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
