#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/**
 * Registers `krynetctl scrub-plan [--profile NAME] [--json] [--days N]` (issue 7): reads the server's
 * scrub schedules (TrueNAS tasks, or the zfsutils cron file and zfs-scrub timers) and its pools, and
 * prints per pool the source of its schedule, the last and next real run, the duration estimate, then
 * every planned run of the next N days (default 35) with the skipped ones and the clashes.
 * Exit codes: 0 ok (clashes are information, not failure), 1 failure, 2 usage.
 */
void registerScrubPlanCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
