#pragma once

#include <QJsonDocument>

#include "core/common/result.h"
#include "core/media/mediatypes.h"

namespace KryNet::Media
{

/**
 * Pure parsers of the media services' answers (specs/media; PIPELINE-LINKS.md) into the typed values
 * of mediatypes.h. Each checks the shape it relies on and returns Error::Code::Parse for anything else
 * (wrong top-level type, a field of the wrong type, a torrent without a hash…); unknown fields are ignored.
 * SABnzbd's numbers arrive as strings and are converted here.
 */
[[nodiscard]] Result<QList<SeerrRequest>> parseSeerrRequests(const QJsonDocument &document);
[[nodiscard]] Result<QList<ArrTitle>> parseArrTitles(const QJsonDocument &document);
/// GET /api/v3/queue (paged object) or /queue/details (array).
[[nodiscard]] Result<QList<QueueRecord>> parseArrQueue(const QJsonDocument &document);
[[nodiscard]] Result<QList<MissingEpisode>> parseSonarrMissing(const QJsonDocument &document);
/// Applies one sync/maindata answer to @p sync (full_update replaces, otherwise merges and removes).
[[nodiscard]] Result<void> applyTorrentSync(TorrentSync &sync, const QJsonDocument &document);
[[nodiscard]] QList<Torrent> torrentsOf(const TorrentSync &sync);
/// mode=queue or mode=history.
[[nodiscard]] Result<QList<SabJob>> parseSabJobs(const QJsonDocument &document);
/// /api/movies/wanted or /api/episodes/wanted.
[[nodiscard]] Result<QList<SubtitleWant>> parseBazarrWanted(const QJsonDocument &document);
/// /Items or /Items/Latest (object with Items, or array).
[[nodiscard]] Result<QList<JellyfinItem>> parseJellyfinItems(const QJsonDocument &document);
/// *arr/Seerr timestamps (ISO 8601, with or without fraction); invalid when absent.
[[nodiscard]] QDateTime parseTime(const QJsonValue &value);

} // namespace KryNet::Media
