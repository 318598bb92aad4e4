<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HealthText</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::AccessModeDetector</name>
    <message>
        <source>Profile “%1” has no service reached through the lab&apos;s domain: the access mode cannot be detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered: this computer is on the lab&apos;s LAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tailscale command is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer (%2), %3 did (%4): using Tailscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 (%2) nor %3 (%4; %5) answered: using the public address through Cloudflare Access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::AccessModes</name>
    <message>
        <source>LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (Cloudflare Access)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::ActionLog</name>
    <message>
        <source>The action log %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action log %1 is damaged and could not be moved aside; KryNet will not write to it until it is fixed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action log was damaged; it was kept as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::ConnectionMonitor</name>
    <message>
        <source>not reached since KryNet started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last reached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>checking %n service(s)…</source>
        <translation>
            <numerusform>checking %n service…</numerusform>
            <numerusform>checking %n services…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) not checked yet</source>
        <translation>
            <numerusform>%n service not checked yet</numerusform>
            <numerusform>%n services not checked yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) refused the key</source>
        <translation>
            <numerusform>%n service refused the key</numerusform>
            <numerusform>%n services refused the key</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 services up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host key needs your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a host key KryNet has not seen before: compare its fingerprint in the dialog with the server&apos;s before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host key not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH offline, reconnecting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH offline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service of the lab answers. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::DemoLab</name>
    <message>
        <source>Could not generate an SSH key for the demo lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo lab&apos;s SSH key to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the demo lab&apos;s public SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab simulator (krynet-labsim) was not found next to KryNet. Reinstall KryNet Control, or set KRYNET_LABSIM to its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab did not start within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab stopped unexpectedly (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab answered something KryNet does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab announced an invalid address for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo lab announced an incomplete SSH server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ComposeRecreate</name>
    <message>
        <source>Pull and recreate %1 (stack %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not started by docker compose (no compose labels), so it cannot be recreated from its stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose labels of %1 name an invalid project or service (“%2”, “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose labels of %1 do not say where its compose file is (working_dir, config_files): recreate it where the stack was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose working directory of %1 is not a plain absolute path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compose file of %1 is not a plain absolute path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no SSH connection to run docker compose on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull and recreate is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::Container</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerEnvironments</name>
    <message>
        <source>This profile has no Portainer service configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer lists no environment “%1” (it lists none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer lists no environment “%1”. It has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Kubernetes environment. KryNet starts, stops and recreates Docker containers (standalone hosts and Swarm); Kubernetes runs pods, which its own controllers restart. Manage the workloads of %1 in Portainer or with kubectl, and choose a Docker environment here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Docker environment, so KryNet cannot show or manage its containers. Choose a Docker environment here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerLogs</name>
    <message>
        <source>“%1” is not a valid container name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerModel</name>
    <message>
        <source>an action is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting again and again (restart count %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created, never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) need attention</source>
        <translation>
            <numerusform>%n container needs attention</numerusform>
            <numerusform>%n containers need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>all running containers fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3 running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::ContainerStore</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the network of %2, which is %3. Restarting %1 alone will not bring it back; restart %2 and its dependants instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container %1 on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was already in that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container disappeared while KryNet waited for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped after the restart (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not become healthy within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until %1 is healthy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not restarted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::DockerClient</name>
    <message>
        <source>The Docker host does not know it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host refused because of the container&apos;s state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection to Docker cannot stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host sent an answer KryNet cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has neither an SSH host nor a Portainer service, so KryNet cannot reach Docker. Add the server&apos;s SSH settings (or Portainer) to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Docker socket %1: is the daemon running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection to Docker cannot carry requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host answered with a redirect (HTTP %1) instead of an answer: something other than Docker (a proxy or a login page) is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::DockerStream</name>
    <message>
        <source>The connection to the Docker host closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::Parsers</name>
    <message>
        <source>The Docker host sent %1 that KryNet cannot read. Is it a Docker Engine API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of stacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::PortainerTransport</name>
    <message>
        <source>This profile has no Portainer service configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer lists no Docker environment. Add one in Portainer first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Docker::StackRecreate</name>
    <message>
        <source>%1 was not started by docker compose (no compose labels), so it cannot be recreated from its stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose labels of %1 name an invalid project or service (“%2”, “%3”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull and recreate needs the server&apos;s SSH access (docker compose) or Portainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack %1 was not deployed by Portainer, so Portainer cannot redeploy it, and KryNet runs docker compose only on the profile&apos;s own server over SSH. Recreate %2 where the stack was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KryNet runs on the server, once:

%1

The image is pulled and %2 is replaced by a new container from it; it is unavailable meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull and redeploy stack %1 through Portainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack %1 belongs to Portainer, so Portainer redeploys it, once: it pulls %2 (%3) again, pulls every image of the stack and recreates all of its services (%4), not only %5. They are unavailable meanwhile; this can take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack %1 belongs to Portainer, so Portainer redeploys it, once, from the stack file it keeps: it pulls every image of the stack and recreates all of its services (%2), not only %3. They are unavailable meanwhile; this can take minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer could not say whether it owns stack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer could not be asked whether it owns stack %1 (%2), so KryNet uses docker compose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no Portainer service configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer pulls the images of stack %1 and redeploys it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer redeployed stack %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stack file of %1 from Portainer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer returned no stack file for %1, so nothing was redeployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull and recreate is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer redeployed the stack with fresh images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::HttpErrors</name>
    <message>
        <source>%1 does not resolve: is Tailscale connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: are you on the LAN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: check the lab&apos;s domain and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: is the service (or its reverse proxy) running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not talk to %1: the connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: the service may be overloaded or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). If it is your own self-signed certificate, check its SHA-256 fingerprint %3 and pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 changed: it does not match the pinned fingerprint. This may be an attack; the connection was refused. Presented certificate: SHA-256 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the credentials (HTTP %2): wrong key for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 for %2 is stored for profile “%3”: set it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the user name or password: wrong password for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found for %2: wrong base URL or API version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a server error (HTTP %2): check the service&apos;s logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned an HTML page where JSON was expected: a login page or a proxy error page? Check the URL and the reverse proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare Access blocked the request: set a service token (CF-Access-Client-Id and its secret) in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 was cut off before its end: try again, and check the reverse proxy if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not valid JSON: wrong URL or an incompatible version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is larger than the limit of %2 MiB: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to another site (%2): not followed. A login page or a wrong URL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it (or allow KryNet Control) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so secrets cannot be stored. Start a Secret Service provider (GNOME Keyring or KWallet) in your desktop session, or keep secrets in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::LabSession</name>
    <message>
        <source>Profile “%1” has no SSH host: set one to read pools and containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 needs a passphrase: store it with `krynetctl secret set ssh.passphrase`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::LabSummary</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN (Gluetun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor down or up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN down or leaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zpool status over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZFS answered, but no pool is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last scrub of %1 found %n error(s)</source>
        <translation>
            <numerusform>The last scrub of %1 found %n error</numerusform>
            <numerusform>The last scrub of %1 found %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Pool %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s), all online</source>
        <translation>
            <numerusform>%n pool, all online</numerusform>
            <numerusform>%n pools, all online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pool(s) online</source>
        <translation>
            <numerusform>%1 of %n pool online</numerusform>
            <numerusform>%1 of %n pools online</numerusform>
        </translation>
    </message>
    <message>
        <source>fullest %1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>oldest scrub %n day(s) ago</source>
        <translation>
            <numerusform>oldest scrub %n day ago</numerusform>
            <numerusform>oldest scrub %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 of %n running</numerusform>
            <numerusform>%1 of %n running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unhealthy · %2 stopped · %3 restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Seerr, Radarr, Sonarr… to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seerr, the *arrs and the download clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is stuck: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) not answering: %1</source>
        <translation>
            <numerusform>%n service not answering: %1</numerusform>
            <numerusform>%n services not answering: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the pipeline</source>
        <translation>
            <numerusform>%n request in the pipeline</numerusform>
            <numerusform>%n requests in the pipeline</numerusform>
        </translation>
    </message>
    <message>
        <source>No services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lab&apos;s services to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n answer</source>
        <translation>
            <numerusform>The %n service answers</numerusform>
            <numerusform>All %n answer</numerusform>
        </translation>
    </message>
    <message>
        <source>No VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no Gluetun service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluetun&apos;s control server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluetun does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluetun does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads have no tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN is not running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bypass the tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reach the internet around Gluetun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, no exit address yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluetun has not looked up its public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, not leaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LiteLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no LiteLLM service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Healthy, %n model(s)</source>
        <translation>
            <numerusform>Healthy, %n model</numerusform>
            <numerusform>Healthy, %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual key(s) blocked, expired or over budget</source>
        <translation>
            <numerusform>%n virtual key blocked, expired or over budget</numerusform>
            <numerusform>%n virtual keys blocked, expired or over budget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual key(s)</source>
        <translation>
            <numerusform>%n virtual key</numerusform>
            <numerusform>%n virtual keys</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitor %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n up</source>
        <translation>
            <numerusform>%n up</numerusform>
            <numerusform>All %n up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No certificate expires within %n day(s)</source>
        <translation>
            <numerusform>No certificate expires within %n day</numerusform>
            <numerusform>No certificate expires within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring soon</source>
        <translation>
            <numerusform>%n certificate expiring soon</numerusform>
            <numerusform>%n certificates expiring soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the last data read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Uptime Kuma&apos;s monitors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Kuma could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Uptime Kuma or Prometheus to the profile to see monitors and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expired %n day(s) ago (%2)</source>
        <translation>
            <numerusform>The certificate of %1 expired %n day ago (%2)</numerusform>
            <numerusform>The certificate of %1 expired %n days ago (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s) (%2)</source>
        <translation>
            <numerusform>The certificate of %1 expires in %n day (%2)</numerusform>
            <numerusform>The certificate of %1 expires in %n days (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::CredentialTreeModel</name>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used by %n model(s)</source>
        <translation>
            <numerusform>Used by %n model</numerusform>
            <numerusform>Used by %n models</numerusform>
        </translation>
    </message>
    <message>
        <source>Inline keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys set on the model itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider / credential / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::KeyRotation</name>
    <message>
        <source>credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary: key rotation of %1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) failed the health check with the new key; the credential was not changed.</source>
        <translation>
            <numerusform>%n model failed the health check with the new key; the credential was not changed.</numerusform>
            <numerusform>%n models failed the health check with the new key; the credential was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the proxy&apos;s health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) healthy with the new key</source>
        <translation>
            <numerusform>%n model healthy with the new key</numerusform>
            <numerusform>%n models healthy with the new key</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert key rotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::LiteLlmClient</name>
    <message>
        <source>This profile has no LiteLLM service: add it to the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LiteLLM proxy keeps its models in its config file only: set STORE_MODEL_IN_DB=True in its environment to add or edit models here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is defined in the proxy&apos;s config file and cannot be changed through the API: edit config.yaml on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend report needs a LiteLLM Enterprise licence; using the spend logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::ModelTable</name>
    <message>
        <source>inline key (not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.yaml (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::Parsers</name>
    <message>
        <source>LiteLLM sent an answer that could not be understood (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined in the proxy&apos;s config.yaml: change it there (LiteLLM&apos;s API cannot edit it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::SpendSeries</name>
    <message>
        <source>(unknown model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::Store</name>
    <message>
        <source>Blocked: every request with it is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget used up: requests are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of its budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (run a health check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Llm::VirtualKeyModel</name>
    <message>
        <source>(no alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may use every model of the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Media</name>
    <message>
        <source>Unexpected media service answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SABnzbd did not retry the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Media::PipelineModel</name>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action does not apply to the selected request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force recheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume torrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry SABnzbd job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Jellyfin library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcoding (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wanted/missing: read %1 of %2 episodes (%n page(s))</source>
        <translation>
            <numerusform>wanted/missing: read %1 of %2 episodes (%n page)</numerusform>
            <numerusform>wanted/missing: read %1 of %2 episodes (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Grabbed %1 ago: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grabbed %1 ago from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 ago: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed %1 ago: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored %1 ago: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ago: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Media::PipelineTracker</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grabbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movie (TMDB %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series (TMDB %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 · %2 · media status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subtitles wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wanted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be sent to %1 (retry possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing subtitles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, not in Jellyfin yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release found since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last search %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not monitored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 / %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (delay profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled: no seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metadata since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torrent error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torrent files missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused in qBittorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 seeds · %4 KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SABnzbd failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-processing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grabbed but not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in this download</source>
        <translation>
            <numerusform>%n episode in this download</numerusform>
            <numerusform>%n episodes in this download</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded but not imported for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN %1: downloads blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN leak: public IP %1 is the home IP; downloads blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 ago, not in Jellyfin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked by Radarr/Sonarr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grabbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: %1 %2 ago · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed %1 ago: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading (no longer in %1&apos;s queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grabbed %1 ago, not in %2 and not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grabbed %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not aired yet: S%1E%2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::HistoryCache</name>
    <message>
        <source>The local uptime history %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history was damaged; it was kept as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history was written by a newer version of KryNet; it was kept as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::MonitorTableModel</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s); %1 h without data</source>
        <translation>
            <numerusform>%n incident; %1 h without data</numerusform>
            <numerusform>%n incidents; %1 h without data</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::MonthlyTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1 · pending %2 · maintenance %3 · no data %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::PromParsers</name>
    <message>
        <source>Prometheus sent an answer this version of KryNet does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Kuma&apos;s status page sent an answer this version of KryNet does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus refused the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Kuma refused the status page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::PrometheusClient</name>
    <message>
        <source>This profile has no Prometheus service: add it to the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart asked for too many points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Prometheus label name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no Uptime Kuma service: add it to the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status-page slug (lower-case letters, digits and dashes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Metrics::UptimeStore</name>
    <message>
        <source>This profile has no Prometheus service. Enter the slug of a published Uptime Kuma status page to read it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has neither Prometheus nor Uptime Kuma. Add one with
krynetctl profile set NAME --service prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: applications and ZFS ARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZFS ARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk I/O per device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Notifier</name>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new problem(s) in the lab</source>
        <translation>
            <numerusform>%n new problem in the lab</numerusform>
            <numerusform>%n new problems in the lab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::NpmClient</name>
    <message>
        <source>user and password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::NpmParsers</name>
    <message>
        <source>Nginx Proxy Manager answered something other than a list for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nginx Proxy Manager asks for a two-factor code for this user: KryNet needs a user without 2FA to read certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nginx Proxy Manager accepted the login but returned no token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Profile</name>
    <message>
        <source>%1 is not part of profile “%2”: add it with --service %3=URL or enable it in the profile settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sub-domain in the lab&apos;s DNS plan: set its URL in profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no domain: set the lab&apos;s DOMAIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port %1 is out of range (1-65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of %1 must be an absolute http(s) URL, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has an unknown access mode “%2” (expected local, tail or public).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint: expected 64 hexadecimal digits, as `openssl x509 -noout -fingerprint -sha256` prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid service name. Known services: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::ProfileStore</name>
    <message>
        <source>%1 Could not move it aside either, so KryNet will not write over it: fix or remove %2 and restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It was kept as %2 and KryNet started without profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profiles file %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 is implausibly large (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer KryNet (schema %2; this version reads %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 is not a KryNet profiles file (no schema or profile list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 holds an invalid profile (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saving: the existing profiles file %1 could not be read and would be lost. Fix or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the configuration folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the profiles file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1: %2. The previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1”: no profiles exist yet. Create one with `krynetctl profile add NAME --host HOST`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1”. Known profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is configured. Create one with `krynetctl profile add NAME --host HOST`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several profiles exist: choose one with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1” to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::ProfileTransfer</name>
    <message>
        <source>Profile “%1” cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no SSH host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH host name or alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid jump host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file path holds control characters or is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker socket must be an absolute path on the server, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cloudflare Access client id is not a valid token id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists more than %1 services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid sub-domain for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL of %1 holds a password; secrets belong in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a profile export (%1 bytes; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it is not a KryNet profile export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2): it is damaged or not a KryNet profile export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a KryNet profile export: its top level is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a KryNet profile export (format “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export has no valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export was written by a newer KryNet (format version %1; this version reads %2): update KryNet Control first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a KryNet profile export: it has neither a “format” nor a “schema” member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export has no list of profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export holds no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export holds %1 profiles; at most %2 can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the profile export is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the profile export is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored %1 in profile “%2”: secrets are never imported; enter them again in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile export holds two profiles named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” had no usable id; it got a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” named the known_hosts file %2, outside your home folder; it uses ~/.ssh/known_hosts instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: profiles named %1 already exist. Rename them in the file, or replace the existing ones explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a profile export (more than %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::ServiceCatalog</name>
    <message>
        <source>Jellyfin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seerr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonarr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radarr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bazarr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prowlarr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qBittorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SABnzbd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WebUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homarr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Kuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dozzle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GoAccess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nginx Proxy Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueNAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluetun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::ServiceClient</name>
    <message>
        <source>No secret store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login: too many failed attempts may have banned this address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::ServiceDirectory</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proxy host(s)</source>
        <translation>
            <numerusform>%n proxy host</numerusform>
            <numerusform>%n proxy hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificate %1 expired %n day(s) ago</source>
        <translation>
            <numerusform>certificate %1 expired %n day ago</numerusform>
            <numerusform>certificate %1 expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>certificate %1 expires first, in %n day(s)</source>
        <translation>
            <numerusform>certificate %1 expires first, in %n day</numerusform>
            <numerusform>certificate %1 expires first, in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::SessionCoordinator</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ssh::CommandResult</name>
    <message>
        <source>The command &quot;%1&quot; was not found on the server (exit status 127). Is it installed and in the PATH of the SSH user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; was killed on the server (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; failed on the server with exit status %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ssh::SshConnection</name>
    <message>
        <source>The SSH connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for host key confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key %1 is encrypted (or unreadable) and no passphrase is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: is Tailscale (or your VPN) connected and the name spelled right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the SSH connection on port %2: is sshd running there and the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: is the server up and reachable (Tailscale connected)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 through the jump host failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create an SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid SSH settings for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no usable host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fingerprint the host key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of %1 has CHANGED (it is now %2 %3). This may be an attack: someone could be intercepting the connection. It can also mean the server was reinstalled. The connection was refused. Only if you are sure the change is expected, remove the old key of %1 from %4 and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the known hosts file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 is not trusted (%2 %3), so no connection was made. Compare the fingerprint with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and accept it if it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the SSH login as &quot;%2&quot;. Tried: %3. The server accepts: %4. Is the public key in the server&apos;s authorized_keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys in the ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlock the SSH key %1: wrong passphrase, or not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 refused to forward the connection to %2 (AllowTcpForwarding?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the jump host tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while the command was running. It was not run again: check its effect before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1; reconnecting in %2 s. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; did not finish within %2 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create an SSH channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to run &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the output of &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; produced more than %2 of output and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: connect before opening a socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to connect to the socket %1: does it exist, and does sshd allow stream-local forwarding (AllowStreamLocalForwarding)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the remote socket failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to open an SSH channel (MaxSessions reached, or sessions not allowed for this user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no SSH host: set one with `krynetctl profile set %1 --host HOST`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.ssh/config reaches %1 through a ProxyCommand/ProxyJump, which KryNet does not run. Set the jump host in the profile instead (krynetctl profile set %2 --jump HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped answering over SSH (no reply within %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: connect before starting a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a new SSH channel (too many open sessions?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command %1 on the server ended with status %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ssh::SshOptions</name>
    <message>
        <source>The %1 host name &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 SSH port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 user name &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known_hosts file is configured for SSH host key checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SSH key file or enable the SSH agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host key fingerprint must look like SHA256:… (as printed by ssh-keygen -l).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH timeouts must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH reconnect delays are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH output limit must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::SshConfig</name>
    <message>
        <source>No SSH host given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not initialise libssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid SSH host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the SSH client configuration %1: check its syntax with `ssh -G %2`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::TailscaleStatus</name>
    <message>
        <source>Tailscale is connected as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale is running but this device is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale needs a login (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale state is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailscale is not connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`tailscale status --json` printed something that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::AccessPage</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach the web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab publishes each service as SERVICE.local.DOMAIN on the LAN, SERVICE.tail.DOMAIN over Tailscale and SERVICE.DOMAIN behind Cloudflare Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service whose addresses Detect tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…access (service token client id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare Access client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare Access client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sonarr, for example, would be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a domain, give each service its address on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying %1&apos;s addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service to try</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ActionLogView</name>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions run from KryNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a panel, container, pool or service, or run an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now? Whatever it is doing is interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers using its network need a restart afterwards: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ConnectionBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect again and check the services again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ConnectionIndicator</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ContainerDetails</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines (regular expression)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a container to see its details and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares the network of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, restarted %n time(s)</source>
        <translation>
            <numerusform>%1, restarted %n time</numerusform>
            <numerusform>%1, restarted %n times</numerusform>
        </translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (without page cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>End of the log (%n line(s)).</source>
        <translation>
            <numerusform>End of the log (%n line).</numerusform>
            <numerusform>End of the log (%n lines).</numerusform>
        </translation>
    </message>
    <message>
        <source>The log stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>err</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last lines of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter log lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ContainersPanel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart dependants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, image or stack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a profile to see the containers of its Docker host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading containers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the container list from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Check that the SSH user may use the Docker socket (root or the docker group) and that sshd allows unix-socket forwarding (AllowStreamLocalForwarding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker host has no containers yet. Containers you create (docker compose up, Portainer) appear here at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polled every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last known state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1 and its dependants?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restarts %1, waits until it is running and healthy, then restarts, one after another: %2. They share its network, so they lose their connections meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n containers</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be unavailable until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n selected containers will be unavailable until they are back.</source>
        <translation>
            <numerusform>The %n selected container will be unavailable until it is back.</numerusform>
            <numerusform>All %n selected containers will be unavailable until they are back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Containers sharing its network are not restarted; use “%1” for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 The current state was read again; nothing was retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted %1 and its dependants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull and recreate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Docker containers to manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the image of this compose service and recreate its container: Portainer redeploys a stack it owns, other stacks get docker compose up -d over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which containers to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::CredentialDialog</name>
    <message>
        <source>Also keep a copy in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credential “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: keep the current key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the proxy only; never shown again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::EnvironmentSelector</name>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Docker host to show: this server over SSH or an environment Portainer manages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::FinishPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the profile and check the summary. Finish stores it; you can change it later with krynetctl profile set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: %1@%2, port %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain: %1; access: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) will be stored in %1.</source>
        <translation>
            <numerusform>%n secret will be stored in %1.</numerusform>
            <numerusform>%n secrets will be stored in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile, without any secret, will be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::GenerateKeyDialog</name>
    <message>
        <source>Generate a virtual key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. laptop-alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the key may use every model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models the key may use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::HealthBadge</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::HeartbeatBar</name>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::HostKeyPrompt</name>
    <message>
        <source>the jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KryNet has never connected to %1 %2:%3 before. Its %4 host key has the fingerprint

%5

Compare it with the server&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::LlmPanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read models and keys again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a real request to every provider: costs tokens and counts against limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers, credentials and the models using them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LiteLLM proxy&apos;s provider keys, the models using each, and the virtual keys Open WebUI and others use.

Choose a server profile to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no LiteLLM service. Add it with
krynetctl profile set %1 --service litellm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading models, credentials and virtual keys from LiteLLM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the last data read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual key(s), %1 need attention</source>
        <translation>
            <numerusform>%n virtual key, %1 need attention</numerusform>
            <numerusform>%n virtual keys, %1 need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a health check?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LiteLLM will send a real request to every provider for each of the %n model(s): this costs tokens and counts against rate limits.</source>
        <translation>
            <numerusform>LiteLLM will send a real request to the provider of the %n model: this costs tokens and counts against rate limits.</numerusform>
            <numerusform>LiteLLM will send a real request to every provider for each of the %n models: this costs tokens and counts against rate limits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check: %1 healthy, %2 unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block key “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock key “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request made with “%1” will be refused until it is unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests made with “%1” will be accepted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stops working at once and cannot be restored; its spend history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new provider key once, check the models using it, revert if any fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By virtual key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete credential “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) use this credential and will fail until they get another key.</source>
        <translation>
            <numerusform>%n model uses this credential and will fail until it gets another key.</numerusform>
            <numerusform>%n models use this credential and will fail until they get another key.</numerusform>
        </translation>
    </message>
    <message>
        <source>No model uses this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients asking for “%1” get an error from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading spend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spend between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the spend report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the request logs (the spend report needs an Enterprise licence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total $%1 in %n day(s), %2</source>
        <translation>
            <numerusform>Total $%1 in %n day, %2</numerusform>
            <numerusform>Total $%1 in %n days, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Group spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::MainWindow</name>
    <message>
        <source>The server profile the panels show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anything wrong, and what to do about it: pools, containers, downloads, monitors, certificates and the VPN at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health, capacity and scrubs of every ZFS pool, down to the failing disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each pool is scrubbed, on a calendar, with clashes and skipped runs shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every container and compose stack, live, with one-click restarts and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each media request traced from Seerr to Jellyfin, with the stage it is stuck at and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM models, provider credentials and virtual keys, without ever showing a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and response times of every monitor, plus the server&apos;s own metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service of the lab with its address for the current access mode, its version and its container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;KryNet Control %1&lt;/h3&gt;&lt;p&gt;A native control panel for a self-hosted homelab: ZFS pools, containers, the media pipeline, AI keys and uptime in one window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”, secrets in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

KryNet can keep the secrets you enter in memory until it quits. They are never written to disk, and you will have to enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in memory for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lab — KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the server profiles as JSON, without any secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is configured yet. Set one up with File ▸ Set up a server…, or with
krynetctl profile add NAME --host HOST --domain DOMAIN
and it appears in the Server list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo lab: simulated servers on this computer. To add your own server, start KryNet without --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::MediaPanel</name>
    <message>
        <source>Stuck only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every media service again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the pending request in Seerr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the pending request in Seerr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to search the indexers for this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, reason, requester…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request from Seerr traced through Radarr/Sonarr, the download clients, Bazarr and Jellyfin, with the step it is stuck at and why.

Choose a server profile to see its requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no media services (Seerr, Radarr, Sonarr, qBittorrent, SABnzbd). Add them with
krynetctl profile set %1 --service seerr --service radarr …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Seerr, Radarr, Sonarr, the download clients, Bazarr and Jellyfin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media services could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Requests made in Seerr and downloads of Radarr/Sonarr appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see each service&apos;s view of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1&apos;s request for “%2”? Seerr sends it to Radarr/Sonarr, which start searching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline %1&apos;s request for “%2”? This cannot be undone from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to import the finished download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qBittorrent verifies every piece on disk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (stop) the torrent in qBittorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (start) the torrent in qBittorrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask SABnzbd to retry the failed job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Bazarr to search the missing subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Jellyfin to scan its libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stuck</source>
        <translation>
            <numerusform>%n stuck</numerusform>
            <numerusform>%n stuck</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to import the finished download of “%2” again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recheck “%1”? qBittorrent reads every piece from disk again; the torrent does not download or seed until the check ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the torrent of “%1” in qBittorrent? It stays paused until resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jellyfin: nothing playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Jellyfin: %n playing</source>
        <translation>
            <numerusform>Jellyfin: %n playing</numerusform>
            <numerusform>Jellyfin: %n playing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcoding</source>
        <translation>
            <numerusform>%n transcoding</numerusform>
            <numerusform>%n transcoding</numerusform>
        </translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events for this download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ModelDialog</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name clients ask for, e.g. gpt-4o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s model, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 (%2, key %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a key for this model only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the proxy only; never shown again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::MonitorDetails</name>
    <message>
        <source>Availability per calendar month (UTC) over the kept history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a monitor for its heartbeats, uptime, incidents and monthly availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time of every monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime  24 h: %1   7 days: %2   30 days: %3   90 days: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certificate expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform>Certificate expires in %n day</numerusform>
            <numerusform>Certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Response time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: down for %2, still down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: down for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::NewKeyBanner</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the key; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key “%1”: copy it now. It will not be shown again — LiteLLM keeps only its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New virtual key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::OverviewPanel</name>
    <message>
        <source>Refresh all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every area now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every area again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a server profile to see how the lab is doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) need attention.</source>
        <translation>
            <numerusform>%n problem needs attention.</numerusform>
            <numerusform>%n problems need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::OverviewTile</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::PoolCard</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or resume scrub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause scrub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scrub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no estimate yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::PoolsPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a disk to see its SMART data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pools panel shows the ZFS pools of a server: health, capacity, scrubs and failing disks.

Choose a server profile with an SSH host to see its pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for zpool status, capacity and SMART over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pools on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZFS answered, but there is no imported pool. Create or import one (zpool create, zpool import), then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s) on %1</source>
        <translation>
            <numerusform>%n pool on %1</numerusform>
            <numerusform>%n pools on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last read at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problem reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files with permanent errors (restore them from a backup):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing; was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMART data (file vdevs, virtual disks and some USB bridges have none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature (°C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power-on hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reallocated sectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline uncorrectable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last self-test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a scrub of pool %1 (or resume a paused one)? ZFS reads every block and repairs what it can; the pool stays usable but slower until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the scrub of pool %1? It can be resumed later from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the scrub of pool %1? A new scrub starts again from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on pool %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools, vdevs and disks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ProfileFiles</name>
    <message>
        <source>Export profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no server profiles to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profiles (without secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without secrets.</source>
        <translation>
            <numerusform>Exported %n profile to %1, without secrets.</numerusform>
            <numerusform>Exported %n profiles to %1, without secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KryNet profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2. Secrets are not part of an export: enter the API keys again (File ▸ Set up a server…, or krynetctl secret set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing profiles?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles named %1 already exist. Importing replaces their settings with the file&apos;s; their secrets in the keychain stay. Nothing is changed if you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace %n profile(s)</source>
        <translation>
            <numerusform>Replace %n profile</numerusform>
            <numerusform>Replace %n profiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::RecreateFlow</name>
    <message>
        <source>Finding out how stack %1 was deployed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 Nothing was retried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::RotateKeyDialog</name>
    <message>
        <source>Also keep a copy in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New provider key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health with the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points the models back at the credential&apos;s previous key and removes the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is stored as a temporary credential and checked with a real request for each model below before “%1” itself changes. If any model fails, Revert puts everything back in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model uses this credential yet: the new key is only stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) will be checked with the new key.</source>
        <translation>
            <numerusform>%n model will be checked with the new key.</numerusform>
            <numerusform>%n models will be checked with the new key.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the new key and switching the models to it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking each model with a real request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models healthy: writing the new key into “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: “%1” now holds the new key and every model is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” still holds its previous key. Revert to point the models back at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted: the models use the previous key of “%1” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models using this credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ScheduleEditor</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the n-th weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 0 3 * * 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled run scrubs only when the last scrub finished at least this many days before (TrueNAS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pool to edit its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schedule yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ScrubCalendar</name>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (length unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ScrubsPanel</name>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark scrubs that run into these hours (Monday to Friday, server time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Review changes&lt;/b&gt; — these commands will run on the server, in this order, once each. The schedules are read again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub schedules cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scrub schedule shows when each ZFS pool is scrubbed, how long it takes, which scheduled runs are skipped and what clashes.

Choose a server profile with an SSH host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub schedules could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scrub schedules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its scrub tasks, time zone and pools over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pools on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no imported ZFS pool to scrub. Create or import one, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrubs on %1 (server time: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsent changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet.</source>
        <translation>
            <numerusform>%n change not sent yet.</numerusform>
            <numerusform>%n changes not sent yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scrub schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run comes from %1, which scrubs every pool; it is not changed from here. Give the pool its own schedule in the form instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow writing the host&apos;s cron and timer files (as root, with sudo -n when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Applying %n change…</numerusform>
            <numerusform>Applying %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied. The schedules shown are the server&apos;s, read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the schedules back as they were before the last change?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a scrub of pool %1 now? ZFS reads every block and repairs what it can; the pool stays usable but slower until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub of %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools and their scrub schedules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ServerPage</name>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent (keys loaded with ssh-add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KryNet reads pools and containers over SSH, like `ssh user@host` does. Enter the server, then connect once to check the settings and the server&apos;s host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nas.lan, 192.168.1.10 or an alias of ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases from ~/.ssh/config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root, admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: ~/.ssh/id_ed25519, id_ecdsa or id_rsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated homelab on this computer: nothing of yours is read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server at hand, or just looking? The demo lab shows every panel with a simulated homelab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ~/.ssh/config: %1 is %2, port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings changed: connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the host key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected as %1; the host key was already trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected as %1; host key %2 trusted and saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ServicesPage</name>
    <message>
        <source>Detect services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services of the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the services your lab runs and enter their keys. Test tries each key against the service; keys are stored in the keychain only when you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every service&apos;s address whether something answers there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, e.g. https://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of %1 must be an absolute http(s) URL, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works (HTTP %1 in %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>works: signed in, %n proxy host(s)</source>
        <translation>
            <numerusform>works: signed in, %n proxy host</numerusform>
            <numerusform>works: signed in, %n proxy hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::ServicesPanel</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every service again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every service of the lab with its address, whether it answers, and its version.

Choose a server profile to see its services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” lists no web services yet. Add them with
krynetctl profile set %1 --service sonarr --service jellyfin …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n service(s)…</source>
        <translation>
            <numerusform>Checking %n service…</numerusform>
            <numerusform>Checking %n services…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 answer; %n need attention</source>
        <translation>
            <numerusform>%1 of %2 answer; %n needs attention</numerusform>
            <numerusform>%1 of %2 answer; %n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n service(s) answer</source>
        <translation>
            <numerusform>%n service answers</numerusform>
            <numerusform>All %n services answer</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::SetupWizard</name>
    <message>
        <source>Set up KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secrets in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 could not be stored: %2 Nothing was saved; fix this and click Finish again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::Sparkline</name>
    <message numerus="yes">
        <source>Last %n sample(s): from %1 to %2, now %3</source>
        <translation>
            <numerusform>Last %n sample: from %1 to %2, now %3</numerusform>
            <numerusform>Last %n samples: from %1 to %2, now %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::SpendChart</name>
    <message>
        <source>Spend per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total %1 over %n day(s). </source>
        <translation>
            <numerusform>Total %1 over %n day. </numerusform>
            <numerusform>Total %1 over %n days. </numerusform>
        </translation>
    </message>
    <message>
        <source>No spend in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::TimeChart</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: min %2 · avg %3 · max %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::TrayIcon</name>
    <message>
        <source>KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KryNet Control — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KryNet Control — %n problem(s)</source>
        <translation>
            <numerusform>KryNet Control — %n problem</numerusform>
            <numerusform>KryNet Control — %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Show KryNet Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (snoozed until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n hour(s)</source>
        <translation>
            <numerusform>Snooze for %n hour</numerusform>
            <numerusform>Snooze for %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now? Whatever it is doing is interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Ui::UptimePanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the monitors again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range of the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending counts as down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending counts as up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How beats while Uptime Kuma retries count in the uptime percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read status page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status page slug, e.g. homelab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Prometheus, read Uptime Kuma&apos;s published status page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and response times of every Uptime Kuma monitor, and the server&apos;s CPU, memory and disks, from Prometheus.

Choose a server profile to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has neither Prometheus nor Uptime Kuma. Add one with
krynetctl profile set %1 --service prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading monitors and their history from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Kuma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no Uptime Kuma series (monitor_status). Add Uptime Kuma&apos;s /metrics as a scrape target, or read its status page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the data of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n monitor</numerusform>
            <numerusform>%n monitors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n down</numerusform>
            <numerusform>%n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within 14 days</source>
        <translation>
            <numerusform>%n certificate expires within 14 days</numerusform>
            <numerusform>%n certificates expire within 14 days</numerusform>
        </translation>
    </message>
    <message>
        <source>offline, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the status page, as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export uptime history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the status history of the chosen range, or the monthly availability, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history of the range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export monthly availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n status run(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How pending checks count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status page slug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::CronSchedule</name>
    <message>
        <source>The cron field %1 does not understand &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cron shortcut &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A cron schedule has five fields (minute hour day month weekday); &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>A cron schedule has five fields (minute hour day month weekday); &quot;%1&quot; has %n.</numerusform>
            <numerusform>A cron schedule has five fields (minute hour day month weekday); &quot;%1&quot; has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::PoolHealth</name>
    <message>
        <source>capacity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resilver running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrub running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrub paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never scrubbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last scrub canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last scan ended with %n error(s)</source>
        <translation>
            <numerusform>last scan ended with %n error</numerusform>
            <numerusform>last scan ended with %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last scrub %n day(s) ago</source>
        <translation>
            <numerusform>last scrub %n day ago</numerusform>
            <numerusform>last scrub %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>scan state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrubbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, %2 write, %3 checksum errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART health check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART reports bad sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool DEGRADED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent data errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device error(s)</source>
        <translation>
            <numerusform>%n device error</numerusform>
            <numerusform>%n device errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::PoolModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data from %1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::PoolStore</name>
    <message>
        <source>The pool view was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SSH connection to read pools from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no zpool command: is ZFS installed, and on the PATH of non-interactive SSH sessions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid pool name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZFS version cannot pause a scrub; stop it instead (a new scrub starts from the beginning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SSH connection to the pool&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pool “%1” on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::ScrubPlanner</name>
    <message>
        <source>unknown: no finished scrub to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the last scrub&apos;s duration is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last scrub took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last scrub took %1 for %2, now %3 allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scan is still running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last scrub ended %n day(s) before; the threshold is %1 days</source>
        <translation>
            <numerusform>the last scrub ended %n day before; the threshold is %1 days</numerusform>
            <numerusform>the last scrub ended %n days before; the threshold is %1 days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 scrubs at the same time as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is resilvering until about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still scrubbing until about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still scrubbing at %2, inside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule (%1) has several days; change its days in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueNAS scrub task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another pool&apos;s scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resilver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART long test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud sync task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::ScrubScheduleStore</name>
    <message>
        <source>The server&apos;s %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH connection for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a scrub task for %1: %2, threshold %3 days%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1 → %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the scrub task of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scrub task of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 with no scrub lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another schedule change is still being applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the host&apos;s cron or timer files needs your consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KryNet::Zfs::Words</name>
    <message>
        <source>The %1 output could not be read: it is not the JSON this version understands. Copy the raw output for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Resilver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never scrubbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 finished %2, %n error(s)</source>
        <translation>
            <numerusform>%1 finished %2, %n error</numerusform>
            <numerusform>%1 finished %2, %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 canceled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool status could not be read: the output is not what zpool prints. Copy the raw output for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool list could not be read: the output is not what zpool list prints. Copy the raw output for support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>krynetctl</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>krynetctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>krynetctl %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;krynetctl %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: krynetctl [--json] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration: $KRYNET_CONFIG_DIR, else $XDG_CONFIG_HOME/krynet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;krynetctl COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>krynetctl: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host name, address or ~/.ssh/config alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate with ssh-agent (SSH_AUTH_SOCK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump host, [user@]host[:port] (like ssh -J).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run privileged commands through `sudo -n`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker socket on the server (default /var/run/docker.sock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s DOMAIN (services are SUB.local.DOMAIN, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode: local, tail or public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service of the lab, optionally with its base URL (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a service from the lab (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare Access service-token client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust HOST&apos;s self-signed certificate by its SHA-256 fingerprint (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove HOST&apos;s certificate pin (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number between 1 and 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--docker-socket needs an absolute path on the server, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be local, tail or public, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service “%1”. Known services: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of %1 must be an absolute http(s) URL, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin needs HOST=SHA256:FINGERPRINT, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no certificate pin in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List server profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: krynetctl profile add NAME --host HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one profile, with the URL of each service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name (optional when only one exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:      %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH:          %1@%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>              (~/.ssh/config: %1 → %2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump host:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sudo:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access mode:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no URL: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS pin:      %1 SHA256:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a server profile. Its secrets stay in the keychain until cleared with `krynetctl secret clear`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a profile and its service URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a server profile (also --pin/--unpin certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (optional when only one exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the secret is for, e.g. sonarr.api-key. Known keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one KEY (the secret itself is read from stdin or a prompt, never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown secret key “%1”. Known keys: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 for profile “%2” in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1 for profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a secret in the system keychain. The value is read from stdin when piped, otherwise asked for on the terminal without echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty: nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a secret from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a secret (read from stdin or a prompt) in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”, access mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ok    %1  %2  HTTP %3  %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FAIL  %1  %2  %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>        if you recognise it: krynetctl profile set %1 --pin %2=SHA256:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every web service of a profile: URL, status, latency, and the exact error (with the certificate fingerprint for TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one SERVICE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no service “%2”. Its services: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no web services to check: add them with `krynetctl profile set %1 --service NAME`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s web services: URL, status, latency, exact error (TLS fingerprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --json (machine-readable output), --demo (run against the simulated demo lab), --version, --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host needs a host name, address or ~/.ssh/config alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust an unknown host key if its fingerprint is exactly this (as printed by a failed attempt or `ssh-keygen -lf`), and add it to known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2:%3 presents an unknown host key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust it and add it to known_hosts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is the right key, run again with --accept-host-key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key %1 is encrypted and no passphrase is stored: run `krynetctl secret set` for ssh.passphrase, or use a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command on the profile&apos;s server over SSH. Each ARG arrives as exactly one argument (no shell interpretation). Prints its output and exits with its exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run through `sudo -n` (never prompts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the command after SECONDS (default 60, 0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the command to run after --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the SSH connection of a profile: connect, host key, login and one command round trip, with timings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH to %1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  host key   verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  login      ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  connect    %1 ms (TCP, key exchange, login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  round trip %1 ms (one command; the first took %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command on the server over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SSH: connect, host key, login, round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pools on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Permanent errors in %n file(s)</source>
        <translation>
            <numerusform>Permanent errors in %n file</numerusform>
            <numerusform>Permanent errors in %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the ZFS pools of the profile&apos;s server: state, health, capacity, last scrub, failing devices (--json: the whole tree with SMART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (or resume), pause or stop a scrub of POOL. Asks first on a terminal; without one, pass --yes. Never retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the pool and the action: POOL start|pause|stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”: use start, pause or stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid pool name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to %1 on pool %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on pool %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on pool %2: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse a pasted command output from stdin and print what KryNet understands of it. KIND: zpool-status (text or -j JSON, any ZFS generation), zpool-list (-H/-Hp text or -j JSON), smartctl (-j -a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s offset from UTC for text dates (+0100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what to parse: zpool-status, zpool-list or smartctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no SMART (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use zpool-status, zpool-list or smartctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ZFS pools: health, capacity, scrubs, failing disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or stop a scrub of a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse a pasted zpool/smartctl output from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every media request traced from Seerr to Jellyfin: stage, health and, when stuck, the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requests that are stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no media services (seerr, radarr, sonarr, qbittorrent, sabnzbd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show media requests from Seerr to Jellyfin, with stuck reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s models (deployments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inline key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  read-only (config.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s virtual keys (masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s models, their provider and credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the LiteLLM proxy&apos;s virtual keys (masked), spend and budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: krynetctl %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMART (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART health unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 power-on hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reallocated sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offline uncorrectable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last self-test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks (SMART):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(serial %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMART: smartctl is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMART: smartctl needs root or passwordless sudo (sudo -n) on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (serial %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scrub schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, threshold %4 days%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last: %1, next: %2, estimate: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrub until about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrub (duration unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scrub is planned in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next scrubs of every pool with their estimated length, the runs the threshold skips, and clashes (two pools at once, resilver, SMART long tests, cloud sync, replication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days ahead (default 35).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a number of days from 1 to 3660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the planned scrubs, skipped runs and clashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no LiteLLM service: krynetctl profile set %1 --service litellm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days back from today, today included (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend of the LiteLLM proxy per model and per virtual key, per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend %1 to %2: $%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per virtual key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend of the LiteLLM proxy per model and per virtual key [--days N].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a compose project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the network of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Docker containers of the profile&apos;s server, grouped by compose project: state, health, shared networks (--json: inspect facts too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was retried; the state was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid container name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container %1 on this host. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 share its network and lose it while it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart containers, dependency-aware: a container whose network others share (gluetun) is restarted, awaited until healthy, then its dependants are restarted in order. Asks first on a terminal; without one, pass --yes. Never retried; written to the action log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart only the named containers, not their dependants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, stop, restart, pause or resume (unpause) containers, one after another. Stop, restart and pause ask first on a terminal; without one, pass --yes. Never retried; written to the action log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With restart: only the named containers, not their dependants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the action: start, stop, restart, pause or unpause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”: use start, stop, restart, pause or unpause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a container&apos;s log: its stdout on stdout, its stderr on stderr (--json: one object per line). --follow keeps printing until the container stops or you press Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep printing new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last N lines (default 100; “all” for every line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix each line with its time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tail takes a number of lines or “all”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container %1 on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Docker containers by compose project: state, health, dependants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart containers (and what shares their network) safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, stop, restart, pause or resume containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (or follow) a container&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asking without a terminal: add --yes to recreate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull a compose service&apos;s image and recreate its container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the availability of every Uptime Kuma monitor (from Prometheus, or a status page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window of the range column and incidents (e.g. 24h, 30d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Kuma status page to read when there is no Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How pending beats count: down, up or excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range needs a duration from 10m to 90d, such as 24h or 30d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pending is one of down, up, excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitor data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the availability table of every Uptime Kuma monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write server profiles to FILE as JSON, without any secret (&quot;-&quot;: standard output). API keys and passphrases stay in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file to write (or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no profiles to export. Create one with `krynetctl profile add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 (no secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read server profiles from a JSON export (&quot;-&quot;: standard input). An existing profile of the same name is never replaced unless --replace is given; secrets are not part of an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to read, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file&apos;s only profile under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing profiles of the same name (their secrets stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file to read (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as needs a file with exactly one profile; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. Store their secrets again with `krynetctl secret set --profile NAME PURPOSE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profiles as JSON, without secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profiles from a JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this Portainer environment (its name or id) instead of the profile&apos;s own Docker host: another Docker host or a Swarm manager Portainer manages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no Portainer service, and --environment chooses among Portainer&apos;s environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the images of a compose service and recreate its container: a stack Portainer deployed is redeployed by Portainer (all of its services, with fresh images); any other runs docker compose up -d --pull always SERVICE over SSH in the stack&apos;s directory (from the container&apos;s compose labels), printing compose&apos;s output as it comes. The plan is printed first; asks on a terminal, without one pass --yes. Never retried; written to the action log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KryNet Control: your homelab at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with this server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the simulated demo lab instead of your servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this panel: overview, pools, scrubs, containers, media, llm, uptime or services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>krynet: unknown panel “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as every panel shows its first data, printing start-up timings as JSON (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --exit-when-ready: keep refreshing every panel for this many seconds before quitting, reporting memory growth (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: the simulated lab answers every request and SSH command this many milliseconds late, like a slow link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in this language (de, en…) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: a bigger simulated lab for load tests, e.g. containers=1000,torrents=10000,disks=200,requests=500,monitors=50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
