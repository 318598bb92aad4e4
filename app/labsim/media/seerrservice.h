#pragma once

#include <memory>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Media
{

/**
 * Seerr 3.1 (the Jellyseerr/Overseerr API, /api/v1): status, settings/public, settings/jobs,
 * request (take/skip/filter/sort/mediaType, pageInfo), request/count, request/{id},
 * request/{id}/approve|decline (POST, updates the MediaState), media (take/skip/filter), media/{id},
 * service/radarr|sonarr. Status codes as the code defines them: request 1 pending, 2 approved,
 * 3 declined, 5 completed; media 1 unknown … 5 available. serviceId 0 is the one Radarr/Sonarr;
 * externalServiceId is the *arr id once the title was added. X-Api-Key only; without it 403
 * {"status":403,"error":"You do not have permission to access this endpoint"}.
 */
class SeerrService final : public SimService
{
public:
    explicit SeerrService(std::shared_ptr<MediaState> state);

    [[nodiscard]] QString id() const override { return QStringLiteral("seerr"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

    [[nodiscard]] int requestStatus(int jobIndex, qint64 now) const;
    [[nodiscard]] int mediaStatus(const Title &title, qint64 now) const;

private:
    [[nodiscard]] QJsonObject user(int userId) const;
    [[nodiscard]] QJsonObject media(const Title &title, qint64 now) const;
    [[nodiscard]] QJsonObject request(int jobIndex, qint64 now) const;
    [[nodiscard]] HttpResponse listRequests(const HttpRequest &request, qint64 now) const;
    [[nodiscard]] HttpResponse listMedia(const HttpRequest &request, qint64 now) const;

    std::shared_ptr<MediaState> m_state;
};

} // namespace KryNet::LabSim::Media
