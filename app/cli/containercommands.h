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
 *    service: Portainer's stack redeploy (PullImage) when Portainer deployed the stack, otherwise
 *    `docker compose … up -d --pull always SERVICE` over SSH in the stack's directory (from its labels),
 *    the output printed as it arrives; the plan first; asks first like restart.
 * Every command takes `--environment NAME|ID`: a Portainer environment (another Docker host, a Swarm
 * manager) instead of the profile's own host; a Kubernetes environment is refused with the reason.
 * Without it the profile's SSH host is used (the Docker socket forwarded over SSH), else its Portainer
 * service.
 * Exit codes: 0 ok (an unhealthy container is not a failure), 1 failure, 2 usage.
 */
void registerContainerCommands(CommandRegistry &registry);

} // namespace KryNet::Cli
