#include "app/labsim/registry.h"

#include "app/labsim/lab.h"

namespace KryNet::LabSim
{

bool registerLabServices(Lab &lab, QString *error)
{
    // Each domain adds its services here: addMediaServices(lab), addStorageServer(lab), …
    Q_UNUSED(lab);
    Q_UNUSED(error);
    return true;
}

} // namespace KryNet::LabSim
