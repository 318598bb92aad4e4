#pragma once

#include <memory>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Media
{

/**
 * Sonarr v3 or Radarr v3 over the shared MediaState: /ping, system/status, health, queue (+status,
 * details), history (+since), wanted/missing, calendar, series/episode or movie, command, indexer,
 * downloadclient. Auth as the real ones: apikey query, X-Api-Key header or Bearer; 401 with an empty
 * body otherwise. Queue and history page with a default pageSize of 10; queue downloadId is the
 * upper-cased torrent hash or the SABnzbd nzo_id; Sonarr lists one record per episode.
 */
class ArrService final : public SimService
{
public:
    ArrService(MediaKind kind, std::shared_ptr<MediaState> state);

    [[nodiscard]] QString id() const override;
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    [[nodiscard]] bool sonarr() const { return m_kind == MediaKind::Series; }
    [[nodiscard]] QJsonObject systemStatus(qint64 now) const;
    [[nodiscard]] QJsonArray health(qint64 now) const;
    [[nodiscard]] QJsonArray queueRecords(const HttpRequest &request, qint64 now) const;
    [[nodiscard]] QJsonArray historyRecords(const HttpRequest &request, qint64 now) const;
    [[nodiscard]] QJsonObject seriesResource(const Title &title, qint64 now) const;
    [[nodiscard]] QJsonObject episodeResource(const Title &title, const Episode &episode, qint64 now,
                                              bool includeSeries) const;
    [[nodiscard]] QJsonObject movieResource(const Title &title, qint64 now) const;
    [[nodiscard]] QJsonObject commandResource(const Command &command, qint64 now) const;
    [[nodiscard]] QJsonObject quality(const QString &name) const;
    [[nodiscard]] HttpResponse postCommand(const HttpRequest &request, qint64 now);
    [[nodiscard]] QJsonArray indexers() const;
    [[nodiscard]] QJsonArray downloadClients() const;

    MediaKind m_kind;
    std::shared_ptr<MediaState> m_state;
};

} // namespace KryNet::LabSim::Media
