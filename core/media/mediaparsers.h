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
/// GET /api/v3/history (paged object) or /history/since (array); eventType as the camelCase string or the int.
[[nodiscard]] Result<QList<HistoryEvent>> parseArrHistory(const QJsonDocument &document, bool sonarr);
/// GET /api/v3/calendar (array): Sonarr episodes or Radarr movies.
[[nodiscard]] Result<QList<CalendarEntry>> parseArrCalendar(const QJsonDocument &document, bool sonarr);
[[nodiscard]] Result<QList<MissingEpisode>> parseSonarrMissing(const QJsonDocument &document);
/// page, pageSize and totalRecords of a paged *arr answer (queue, history, wanted/missing).
[[nodiscard]] Result<ArrPage> parseArrPage(const QJsonDocument &document);
/// Applies one sync/maindata answer to @p sync (full_update replaces, otherwise merges and removes).
[[nodiscard]] Result<void> applyTorrentSync(TorrentSync &sync, const QJsonDocument &document);
[[nodiscard]] QList<Torrent> torrentsOf(const TorrentSync &sync);
/// mode=queue or mode=history.
[[nodiscard]] Result<QList<SabJob>> parseSabJobs(const QJsonDocument &document);
/// mode=history with last_history_update: {"history": false} when unchanged; numbers may be strings.
[[nodiscard]] Result<SabHistory> parseSabHistory(const QJsonDocument &document);
/// /api/movies/wanted or /api/episodes/wanted.
[[nodiscard]] Result<QList<SubtitleWant>> parseBazarrWanted(const QJsonDocument &document);
/// /Items or /Items/Latest (object with Items, or array).
[[nodiscard]] Result<QList<JellyfinItem>> parseJellyfinItems(const QJsonDocument &document);
/// Jellyfin /Sessions (array): the sessions with a NowPlayingItem.
[[nodiscard]] Result<QList<PlaybackSession>> parseJellyfinSessions(const QJsonDocument &document);
/// {"version": …} (*arr system/status, Seerr status, SABnzbd mode=version, Gluetun v1/version), Jellyfin's
/// {"Version": …}, Bazarr's {"data": {"bazarr_version": …}}.
[[nodiscard]] Result<QString> parseVersion(const QJsonDocument &document);
/// *arr/Prowlarr /health: [{type, message}] → worst type and the messages ("warning: …").
[[nodiscard]] Result<ServiceHealth> parseArrHealth(const QJsonDocument &document);
/// Bazarr /api/system/health: {"data": [{object, issue}]}.
[[nodiscard]] Result<ServiceHealth> parseBazarrHealth(const QJsonDocument &document);
/// Prowlarr /api/v1/indexer → id → name.
[[nodiscard]] Result<QHash<int, QString>> parseProwlarrIndexers(const QJsonDocument &document);
/// Prowlarr /api/v1/indexerstatus: indexers backed off at @p now (disabledTill in the future) as warnings.
[[nodiscard]] Result<ServiceHealth> parseProwlarrIndexerStatus(const QJsonDocument &document,
                                                               const QHash<int, QString> &names, const QDateTime &now);
/// Gluetun /v1/vpn/status → "running"…; /v1/publicip/ip → the address ("" before the first lookup).
[[nodiscard]] Result<QString> parseGluetunStatus(const QJsonDocument &document);
[[nodiscard]] Result<QString> parseGluetunPublicIp(const QJsonDocument &document);
/// *arr/Seerr timestamps (ISO 8601, with or without fraction); invalid when absent.
[[nodiscard]] QDateTime parseTime(const QJsonValue &value);

} // namespace KryNet::Media
