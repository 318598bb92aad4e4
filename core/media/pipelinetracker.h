#pragma once

#include <functional>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/health.h"
#include "core/media/mediatypes.h"

namespace KryNet::Media
{

/// The pipeline steps a request walks through (plus the two ends outside it).
enum class Stage {
    Unknown,
    Requested,
    Approved,
    Searching,
    Grabbed,
    Downloading,
    Importing,
    Subtitles,
    Available,
    Declined,
    Failed,
};

/// One service's view of a request, for the details pane ("Radarr", "Movie #7 · monitored · no file").
struct ChainLink
{
    QString service;
    QString text;
    /// Formats the linked record's raw fields; run only when a details view or the JSON output asks, so a
    /// join of thousands of rows does not format fields nobody reads.
    std::function<QStringList()> rawFields;

    /// The linked record's raw fields, "name=value", for the details view.
    [[nodiscard]] QStringList fields() const { return rawFields ? rawFields() : QStringList(); }
};

/// One request (or a download that belongs to no request), joined across the services.
struct PipelineRow
{
    QString key; ///< "request:42", "download:<downloadId>"
    QString title;
    QString mediaType; ///< "movie" / "tv"
    QString requestedBy;
    QDateTime requestedAt;
    Stage stage = Stage::Unknown;
    bool stuck = false;
    QString reason; ///< words: "No release found since 2 days", "Stalled: no seeds"
    Health health = Health::Unknown;
    double progress = -1; ///< 0…1 while downloading, else -1
    qint64 etaSecs = -1;
    QString client; ///< "qBittorrent" / "SABnzbd"
    QString indexer;
    int requestId = 0;
    int requestStatus = 0;
    int arrId = 0;
    QStringList downloadIds;
    QList<ChainLink> chain;
    QStringList services; ///< service ids with a record of this row ("seerr", "radarr", "qbittorrent"…)
    // What the remedies act on (empty / false when not applicable).
    QString torrentHash;  ///< lower case
    QString torrentState; ///< qBittorrent state
    QString sabId;        ///< nzo_id
    bool sabFailed = false;
    bool importStuck = false;      ///< import blocked / downloaded but not imported: retry import
    bool missingSubtitles = false; ///< Bazarr wants subtitles: Bazarr search
    bool notInLibrary = false;     ///< imported, Jellyfin does not list it: library scan
    bool vpnBlocked = false;       ///< Gluetun down or leaking
};

/**
 * Joins the services' data into one row per request, following PIPELINE-LINKS.md §3-§5: Seerr request →
 * *arr title (externalServiceId, else tmdbId/tvdbId) → queue records (by title, grouped by downloadId) →
 * qBittorrent (hash case-insensitive, hybrid v1/v2) / SABnzbd (nzo_id) → Bazarr wanted (*arr ids) →
 * Jellyfin (ProviderIds as strings). The stage follows §4's order; a stuck stage gets its reason in words
 * and a Health by age. Services missing from the snapshot leave their stages unknown, never guessed.
 * Queue items that belong to no request are rows of their own, and so are client items no *arr tracks
 * (incomplete or failed torrents / SABnzbd jobs added by hand). Gluetun down or leaking the home IP
 * blocks torrent downloads (a stuck reason). Pure: same snapshot and time, same rows.
 */
class PipelineTracker final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Media::PipelineTracker)

public:
    PipelineTracker() = delete;

    [[nodiscard]] static QList<PipelineRow> join(const MediaSnapshot &snapshot, const QDateTime &now);
    /// Why downloads are blocked by the VPN ("VPN stopped…", "VPN leak…"), empty when not (or unknown).
    [[nodiscard]] static QString vpnBlockReason(const MediaSnapshot &snapshot);
    /// How long a finished download may wait for its import before it counts as stuck.
    static constexpr qint64 ImportGraceSecs = 30 * 60;
    /// Translated stage name ("Downloading").
    [[nodiscard]] static QString stageName(Stage stage);
    /// Stable identifier ("downloading") for JSON.
    [[nodiscard]] static QString stageId(Stage stage);
    /// "3 days", "5 h", "12 min".
    [[nodiscard]] static QString ageText(qint64 secs);
};

} // namespace KryNet::Media
