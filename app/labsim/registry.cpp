#include "app/labsim/registry.h"

#include "app/labsim/lab.h"
#include "app/labsim/media/mediaservices.h"
#include "app/labsim/monitoring/monitoringservices.h"

namespace KryNet::LabSim
{

bool registerLabServices(Lab &lab, QString *error)
{
    // Each domain adds its services here: addMediaServices(lab), addStorageServer(lab), …
    addMediaServices(lab);
    addMonitoringAndAiServices(lab);
    Q_UNUSED(error);
    return true;
}

} // namespace KryNet::LabSim
