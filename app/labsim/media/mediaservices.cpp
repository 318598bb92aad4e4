#include "app/labsim/media/mediaservices.h"

#include "app/labsim/lab.h"
#include "app/labsim/media/arrservice.h"
#include "app/labsim/media/bazarrservice.h"
#include "app/labsim/media/jellyfinservice.h"
#include "app/labsim/media/mediastate.h"
#include "app/labsim/media/prowlarrservice.h"
#include "app/labsim/media/qbittorrentservice.h"
#include "app/labsim/media/sabnzbdservice.h"
#include "app/labsim/media/seerrservice.h"

namespace KryNet::LabSim
{

SimService *MediaServices::service(const QString &id) const
{
    for (const auto &service : services) {
        if (service->id() == id)
            return service.get();
    }
    return nullptr;
}

MediaServices createMediaServices(LabClock &clock, quint32 seed)
{
    MediaServices out;
    out.state = std::make_shared<Media::MediaState>(clock, seed);
    out.services.push_back(std::make_unique<Media::SeerrService>(out.state));
    out.services.push_back(std::make_unique<Media::ArrService>(Media::MediaKind::Series, out.state));
    out.services.push_back(std::make_unique<Media::ArrService>(Media::MediaKind::Movie, out.state));
    out.services.push_back(std::make_unique<Media::ProwlarrService>(out.state));
    out.services.push_back(std::make_unique<Media::BazarrService>(out.state));
    out.services.push_back(std::make_unique<Media::QBittorrentService>(out.state));
    out.services.push_back(std::make_unique<Media::SabnzbdService>(out.state));
    out.services.push_back(std::make_unique<Media::JellyfinService>(out.state));
    return out;
}

void addMediaServices(Lab &lab)
{
    MediaServices media = createMediaServices(lab.clock(), lab.options().seed);
    for (auto &service : media.services)
        lab.addService(std::move(service));
}

} // namespace KryNet::LabSim
