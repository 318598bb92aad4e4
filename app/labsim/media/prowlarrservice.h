#pragma once

#include <memory>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Media
{

/**
 * Prowlarr v1: /ping, system/status, health, indexer, indexerstatus, indexerstats. Five indexers
 * (two public/private torrent trackers, two usenet, one torrent tracker that has been failing for hours:
 * backed off in indexerstatus and reported by health). Auth as Sonarr/Radarr; 401 with an empty body.
 * The *arrs name these indexers "<name> (Prowlarr)" with baseUrl …/<id>/.
 */
class ProwlarrService final : public SimService
{
public:
    explicit ProwlarrService(std::shared_ptr<MediaState> state);

    [[nodiscard]] QString id() const override { return QStringLiteral("prowlarr"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    [[nodiscard]] QJsonArray indexers() const;
    [[nodiscard]] QJsonObject failure(qint64 now) const;

    std::shared_ptr<MediaState> m_state;
};

} // namespace KryNet::LabSim::Media
