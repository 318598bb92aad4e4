#pragma once

#include <memory>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Media
{

/**
 * Bazarr 1.5 (/api): system/ping without auth; system/status and system/health ({"data": …}), badges,
 * episodes/wanted and movies/wanted ({"data": […], "total": n}, start/length paging), episodes/history
 * and movies/history, PATCH series|movies?…&action=search-missing (204). Auth by X-API-KEY header,
 * apikey query or form field; 401 {"message": …} otherwise. Ids are the *arr ids (sonarrSeriesId,
 * sonarrEpisodeId, radarrId); an item is wanted from shortly after its import until its subtitles are
 * found (the missing-subtitles case: never).
 */
class BazarrService final : public SimService
{
public:
    explicit BazarrService(std::shared_ptr<MediaState> state);

    [[nodiscard]] QString id() const override { return QStringLiteral("bazarr"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    /// Languages still missing for a job's files at @p now (empty: none, or not known to Bazarr yet).
    [[nodiscard]] QStringList missing(int jobIndex, qint64 now) const;
    [[nodiscard]] QJsonArray wanted(bool movies, qint64 now) const;
    [[nodiscard]] QJsonArray historyRows(bool movies, qint64 now) const;

    std::shared_ptr<MediaState> m_state;
};

} // namespace KryNet::LabSim::Media
