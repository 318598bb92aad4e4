#include "app/labsim/registry.h"

#include "app/labsim/lab.h"
#include "app/labsim/media/mediaservices.h"
#include "app/labsim/monitoring/monitoringservices.h"
#include "app/labsim/ssh/storageandcontainers.h"

namespace KryNet::LabSim
{

bool registerLabServices(Lab &lab, QString *error)
{
    // Each domain adds its services here: addMediaServices(lab), addStorageServer(lab), …
    addMediaServices(lab);
    addMonitoringAndAiServices(lab);
    if (!addStorageAndContainers(lab, error))
        return false;
    return true;
}

} // namespace KryNet::LabSim
