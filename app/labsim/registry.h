#pragma once

#include <QString>

namespace KryNet::LabSim
{

class Lab;

/// Adds every simulated service and server of the lab (one line per domain, see registry.cpp).
[[nodiscard]] bool registerLabServices(Lab &lab, QString *error);

} // namespace KryNet::LabSim
