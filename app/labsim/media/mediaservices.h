#pragma once

#include <memory>
#include <vector>

#include <QString>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

class Lab;
class LabClock;

namespace Media
{
class MediaState;
}

/// The media services of the lab around one shared state; tests build them without a Lab's listeners.
struct MediaServices
{
    std::shared_ptr<Media::MediaState> state;
    std::vector<std::unique_ptr<SimService>> services;

    /// The service with @p id ("sonarr", "qbittorrent"…), or nullptr.
    [[nodiscard]] SimService *service(const QString &id) const;
};

/// Builds Seerr, Sonarr, Radarr, Prowlarr, Bazarr, qBittorrent, SABnzbd and Jellyfin over one MediaState.
[[nodiscard]] MediaServices createMediaServices(LabClock &clock, quint32 seed, Media::MediaScale scale = {},
                                                const QStringList &hostileTitles = {});

/// Adds the media services to the lab (registry.cpp), each counting its requests; control route
/// GET /media/calls lists the counts per service and "METHOD /path", DELETE /media/calls resets them.
void addMediaServices(Lab &lab);

} // namespace KryNet::LabSim
