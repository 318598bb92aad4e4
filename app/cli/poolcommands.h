#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/**
 * Registers the pool commands of issue 6:
 *  - `krynetctl pools [--profile NAME]`: every pool with state, health, capacity, last scan and
 *    problem devices (`--json` for the full tree, SMART included);
 *  - `krynetctl scrub [--profile NAME] [--yes] POOL start|pause|stop`: asks on a terminal; without one
 *    only with --yes. Runs once, never retried; prints the pool's scan state afterwards;
 *  - `krynetctl parse zpool-status|zpool-list|smartctl < FILE`: parses a pasted output (text or JSON,
 *    either ZFS generation) and prints what the app understands of it — for support and tests.
 * Exit codes: 0 ok, 1 failure (also: pool unhealthy is NOT a failure), 2 usage.
 */
void registerPoolCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
