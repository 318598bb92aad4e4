#pragma once

namespace KryNet::Cli
{

class CommandRegistry;

/**
 * Registers the container commands of issue 8 (the same core/docker client and ContainerStore as the
 * Containers panel):
 *  - `krynetctl containers [--profile NAME] [--json]`: every container grouped by compose project with
 *    state, health, network parent and dependants (`--json`: the inspect facts too);
 *  - `krynetctl restart [--profile NAME] [--yes] [--alone] NAME…`: dependency-aware like the panel —
 *    restarting a network parent (gluetun) restarts it, waits until it is healthy, then restarts the
 *    containers sharing its network; the plan is printed first. Asks on a terminal; without one only
 *    with --yes. Runs once, never retried, written to the ActionLog; stops at the first failure;
 *  - `krynetctl container start|stop|restart|pause|unpause [--yes] NAME…`: one action per container
 *    (stop, restart and pause ask first; start and unpause do not);
 *  - `krynetctl logs [--profile NAME] NAME [--follow] [--tail N] [--timestamps]`: stdout lines to stdout,
 *    stderr lines to stderr (demultiplexed; TTY containers raw); `--json` prints one object per line.
 *  - `krynetctl recreate [--profile NAME] [--yes] NAME`: pull-and-recreate of the container's compose
 *    service (`docker compose … up -d --pull always SERVICE` over SSH in the stack's directory, from
 *    its labels), compose's output printed as it arrives; asks first like restart.
 * The profile's SSH host is used (the Docker socket forwarded over SSH), else its Portainer service.
 * Exit codes: 0 ok (an unhealthy container is not a failure), 1 failure, 2 usage.
 */
void registerContainerCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
