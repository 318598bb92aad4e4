#pragma once

#include <memory>

#include "app/labsim/media/mediastate.h"
#include "app/labsim/simservice.h"

namespace KryNet::LabSim::Media
{

/**
 * Jellyfin 10.11 (PascalCase JSON, 32-hex ids): /health, /System/Ping, /System/Info/Public without
 * auth; /System/Info, /Users, /Items (recursive, includeItemTypes, fields, startIndex/limit,
 * searchTerm, ids, parentId, hasTmdbId…), /Items/Latest (userId required with an API key, else 404;
 * also the older /Users/{id}/Items/Latest), /Sessions (one transcoding playback, one idle client),
 * /ScheduledTasks, POST /Library/Refresh (204; the scan finds what the library monitor missed). Auth:
 * `Authorization: MediaBrowser Token="…"`, or the
 * legacy X-Emby-Token / X-MediaBrowser-Token / ApiKey / api_key forms 10.11 still accepts; 401 with an
 * empty body otherwise. Items appear a minute after their import; ProviderIds carry the title's ids.
 */
class JellyfinService final : public SimService
{
public:
    explicit JellyfinService(std::shared_ptr<MediaState> state);

    [[nodiscard]] QString id() const override { return QStringLiteral("jellyfin"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    struct Item
    {
        const Title *title = nullptr;
        const Episode *episode = nullptr; ///< episodes only
        qint64 created = 0;
    };

    [[nodiscard]] bool authorized(const HttpRequest &request) const;
    [[nodiscard]] QList<Item> items(qint64 now) const;
    [[nodiscard]] QJsonObject itemDto(const Item &item, const QStringList &fields, bool userData, qint64 now) const;
    [[nodiscard]] QJsonObject publicInfo() const;
    [[nodiscard]] QJsonArray users() const;
    [[nodiscard]] QJsonArray sessions(qint64 now) const;
    [[nodiscard]] HttpResponse latest(const HttpRequest &request, const QString &userId, qint64 now) const;
    [[nodiscard]] HttpResponse listItems(const HttpRequest &request, qint64 now) const;

    std::shared_ptr<MediaState> m_state;
};

} // namespace KryNet::LabSim::Media
