#pragma once

namespace KryNet::LabSim
{

class Lab;

/// Adds the lab's monitoring (Uptime Kuma, Prometheus), AI (LiteLLM, Open WebUI) and small services
/// (Gluetun, Nginx Proxy Manager, Immich, cloudflared, Homarr, Dozzle, GoAccess). Uptime Kuma and
/// Prometheus share one generated history.
void addMonitoringAndAiServices(Lab &lab);

} // namespace KryNet::LabSim
