#pragma once

#include <QString>

namespace KryNet::LabSim
{

class Lab;

/**
 * Adds the storage and container side of the lab: the SSH server (zpool, zfs, smartctl, midclt, the
 * forwarded /var/run/docker.sock), the simulated Docker host behind it, Portainer ("portainer") in front
 * of the same host and of three more environments, and the control routes
 *
 *   POST /ssh/drop              → {"dropped": N}   cuts every SSH connection
 *   POST /ssh/rotate-host-key   → {"hostKeySha256": …}
 *   GET  /ssh/commands          → {"commands": [...], "midclt": [...]}   every exec and midclt call
 *   GET  /portainer/redeploys   → {"redeploys": [...]}   every stack redeploy Portainer received
 *
 * The start-up JSON gains {"ssh": {"host", "port", "user", "hostKeySha256", "hostKeyType"}}.
 */
[[nodiscard]] bool addStorageAndContainers(Lab &lab, QString *error);

} // namespace KryNet::LabSim
