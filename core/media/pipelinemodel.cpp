#include "core/media/pipelinemodel.h"

#include <algorithm>

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include "core/common/futurewatch.h"
#include "core/lab/actionlog.h"
#include "core/lab/labsession.h"

using namespace Qt::StringLiterals;

namespace KryNet::Media
{

PipelineModel::PipelineModel(LabSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (ServiceClient *c = session.service(u"seerr"_s))
        m_seerr = std::make_unique<SeerrClient>(c);
    if (ServiceClient *c = session.service(u"radarr"_s))
        m_radarr = std::make_unique<ArrClient>(c, false);
    if (ServiceClient *c = session.service(u"sonarr"_s))
        m_sonarr = std::make_unique<ArrClient>(c, true);
    if (ServiceClient *c = session.service(u"qbittorrent"_s))
        m_qbittorrent = std::make_unique<QBittorrentClient>(c);
    if (ServiceClient *c = session.service(u"sabnzbd"_s))
        m_sabnzbd = std::make_unique<SabnzbdClient>(c);
    if (ServiceClient *c = session.service(u"bazarr"_s))
        m_bazarr = std::make_unique<BazarrClient>(c);
    if (ServiceClient *c = session.service(u"jellyfin"_s))
        m_jellyfin = std::make_unique<JellyfinClient>(c);
    if (ServiceClient *c = session.service(u"prowlarr"_s))
        m_prowlarr = std::make_unique<ProwlarrClient>(c);
    if (ServiceClient *c = session.service(u"gluetun"_s))
        m_gluetun = std::make_unique<GluetunClient>(c);
    connect(&m_timer, &QTimer::timeout, this, &PipelineModel::refresh);
    connect(&session, &LabSession::windowVisibilityChanged, this, [this] { updateInterval(); });
    updateInterval();
}

PipelineModel::~PipelineModel() = default;

bool PipelineModel::hasMediaServices() const
{
    return m_seerr || m_radarr || m_sonarr || m_qbittorrent || m_sabnzbd;
}

void PipelineModel::updateInterval()
{
    m_timer.start(m_session.isWindowVisible() ? VisibleIntervalMs : HiddenIntervalMs);
}

template <typename T>
void PipelineModel::fetch(const QString &service, QFuture<Result<T>> future, std::optional<T> MediaSnapshot::*slot,
                          bool append)
{
    ++m_pending;
    const quint64 generation = m_generation;
    // whenDone, not then(this): the model may go before the request (Qt 6.4 aborts on a dead context).
    whenDone(future, this, [this, service, slot, append, generation](const Result<T> &result) {
        if (generation != m_generation)
            return;
        if (result) {
            std::optional<T> &target = m_next.*slot;
            if (append && target)
                target->append(*result);
            else
                target = *result;
        } else {
            m_next.errors.insert(service, result.error().toString());
        }
        finishPart();
    });
}

void PipelineModel::refresh()
{
    if (m_pending > 0) {
        // One round at a time; the next starts when this one ends. Asked for again in the turn that
        // started the running round (the Overview's Refresh and F5 here): that round answers both.
        if (!m_refreshTurn.isMarked())
            m_refreshAgain = true;
        return;
    }
    m_refreshTurn.mark(this);
    ++m_generation;
    m_next = MediaSnapshot{};
    m_pending = 1; // guard until every request is sent
    Q_EMIT loadingChanged(true);
    if (m_seerr)
        fetch(u"seerr"_s, m_seerr->requests(), &MediaSnapshot::requests);
    if (m_radarr) {
        fetch(u"radarr"_s, m_radarr->titles(), &MediaSnapshot::movies);
        fetch(u"radarr"_s, m_radarr->queue(), &MediaSnapshot::radarrQueue);
        fetch(u"radarr"_s, m_radarr->history(), &MediaSnapshot::radarrHistory);
        fetch(u"radarr"_s, m_radarr->calendar(m_clock()), &MediaSnapshot::radarrCalendar);
    }
    if (m_sonarr) {
        fetch(u"sonarr"_s, m_sonarr->titles(), &MediaSnapshot::series);
        fetch(u"sonarr"_s, m_sonarr->queue(), &MediaSnapshot::sonarrQueue);
        fetch(u"sonarr"_s, m_sonarr->history(), &MediaSnapshot::sonarrHistory);
        fetch(u"sonarr"_s, m_sonarr->calendar(m_clock()), &MediaSnapshot::sonarrCalendar);
        // Every page of wanted/missing (a capped read is noted, never silent).
        ++m_pending;
        whenDone(m_sonarr->missingEpisodes(), this,
                 [this, generation = m_generation](const Result<MissingEpisodes> &result) {
                     if (generation != m_generation)
                         return;
                     if (result) {
                         m_next.missingEpisodes = result->episodes;
                         if (result->truncated())
                             m_next.notes.insert(u"sonarr"_s, tr("wanted/missing: read %1 of %2 episodes (%n page(s))",
                                                                 nullptr, result->pages)
                                                                  .arg(result->episodes.size())
                                                                  .arg(result->totalRecords));
                     } else {
                         m_next.errors.insert(u"sonarr"_s, result.error().toString());
                     }
                     finishPart();
                 });
    }
    if (m_qbittorrent)
        fetch(u"qbittorrent"_s, m_qbittorrent->sync(), &MediaSnapshot::torrents);
    if (m_sabnzbd) {
        fetch(u"sabnzbd"_s, m_sabnzbd->jobs(false), &MediaSnapshot::sabJobs, true);
        fetch(u"sabnzbd"_s, m_sabnzbd->historyJobs(), &MediaSnapshot::sabJobs, true);
    }
    if (m_bazarr) {
        fetch(u"bazarr"_s, m_bazarr->wanted(false), &MediaSnapshot::subtitles, true);
        fetch(u"bazarr"_s, m_bazarr->wanted(true), &MediaSnapshot::subtitles, true);
    }
    if (m_jellyfin) {
        fetch(u"jellyfin"_s, m_jellyfin->items(), &MediaSnapshot::jellyfin);
        fetch(u"jellyfin"_s, m_jellyfin->sessions(), &MediaSnapshot::sessions);
    }
    if (m_gluetun) {
        m_next.homeIp = m_session.profile().services().value(u"gluetun"_s).extra.value(u"homeIp"_s).toString();
        fetch(u"gluetun"_s, m_gluetun->vpnStatus(), &MediaSnapshot::vpnStatus);
        fetch(u"gluetun"_s, m_gluetun->publicIp(), &MediaSnapshot::publicIp);
    }
    if (m_refreshCount++ % HealthEvery == 0)
        refreshHealth();
    finishPart();
}

namespace
{

// Unknown (nothing read yet) gives way to whatever was read; otherwise the worse of the two.
Health combined(Health a, Health b)
{
    if (a == Health::Unknown)
        return b;
    if (b == Health::Unknown)
        return a;
    return std::max(a, b);
}

} // namespace

ServiceHealth &PipelineModel::healthEntry(const QString &service)
{
    for (ServiceHealth &entry : m_nextHealth) {
        if (entry.service == service)
            return entry;
    }
    m_nextHealth.append(ServiceHealth{service, QString(), Health::Unknown, {}});
    return m_nextHealth.last();
}

void PipelineModel::fetchVersion(const QString &service, QFuture<Result<QString>> future)
{
    ++m_healthPending;
    whenDone(future, this, [this, service](const Result<QString> &result) {
        ServiceHealth &entry = healthEntry(service);
        if (result) {
            entry.version = *result;
            entry.health = combined(entry.health, Health::Ok);
        } else {
            entry.health = Health::Critical;
            entry.messages.append(u"error: "_s + result.error().toString());
        }
        if (--m_healthPending == 0) {
            m_health = std::move(m_nextHealth);
            m_nextHealth.clear();
            Q_EMIT healthChanged();
        }
    });
}

void PipelineModel::fetchHealth(const QString &service, QFuture<Result<ServiceHealth>> future)
{
    ++m_healthPending;
    whenDone(future, this, [this, service](const Result<ServiceHealth> &result) {
        ServiceHealth &entry = healthEntry(service);
        if (result) {
            entry.health = combined(entry.health, result->health);
            entry.messages.append(result->messages);
        } else {
            entry.health = Health::Critical;
            entry.messages.append(u"error: "_s + result.error().toString());
        }
        if (--m_healthPending == 0) {
            m_health = std::move(m_nextHealth);
            m_nextHealth.clear();
            Q_EMIT healthChanged();
        }
    });
}

void PipelineModel::refreshHealth()
{
    if (m_healthPending > 0)
        return;
    m_nextHealth.clear();
    // Entries in pipeline order, whatever answers first.
    const std::pair<QString, bool> order[] = {
        {u"seerr"_s, bool(m_seerr)},       {u"radarr"_s, bool(m_radarr)},           {u"sonarr"_s, bool(m_sonarr)},
        {u"prowlarr"_s, bool(m_prowlarr)}, {u"qbittorrent"_s, bool(m_qbittorrent)}, {u"gluetun"_s, bool(m_gluetun)},
        {u"sabnzbd"_s, bool(m_sabnzbd)},   {u"bazarr"_s, bool(m_bazarr)},           {u"jellyfin"_s, bool(m_jellyfin)}};
    for (const auto &[service, present] : order) {
        if (present)
            healthEntry(service);
    }
    m_healthPending = 1; // guard
    if (m_seerr)
        fetchVersion(u"seerr"_s, m_seerr->version());
    if (m_radarr) {
        fetchVersion(u"radarr"_s, m_radarr->version());
        fetchHealth(u"radarr"_s, m_radarr->health());
    }
    if (m_sonarr) {
        fetchVersion(u"sonarr"_s, m_sonarr->version());
        fetchHealth(u"sonarr"_s, m_sonarr->health());
    }
    if (m_prowlarr) {
        fetchVersion(u"prowlarr"_s, m_prowlarr->version());
        fetchHealth(u"prowlarr"_s, m_prowlarr->health());
        fetchHealth(u"prowlarr"_s, m_prowlarr->indexerHealth(m_clock()));
    }
    if (m_qbittorrent)
        fetchVersion(u"qbittorrent"_s, m_qbittorrent->webApiVersion());
    if (m_gluetun)
        fetchVersion(u"gluetun"_s, m_gluetun->version());
    if (m_sabnzbd)
        fetchVersion(u"sabnzbd"_s, m_sabnzbd->version());
    if (m_bazarr) {
        fetchVersion(u"bazarr"_s, m_bazarr->version());
        fetchHealth(u"bazarr"_s, m_bazarr->health());
    }
    if (m_jellyfin) {
        fetchVersion(u"jellyfin"_s, m_jellyfin->version());
        fetchHealth(u"jellyfin"_s, m_jellyfin->health());
    }
    if (--m_healthPending == 0) {
        m_health = std::move(m_nextHealth);
        m_nextHealth.clear();
        Q_EMIT healthChanged();
    }
}

void PipelineModel::finishPart()
{
    if (--m_pending > 0)
        return;
    m_snapshot = std::move(m_next);
    m_next = MediaSnapshot{};
    m_updatedAt = QDateTime::currentDateTimeUtc();
    // The join runs on a worker thread (tens of milliseconds with 10,000 torrents); the round stays
    // pending until its rows are published, so that a refresh asked meanwhile follows it.
    m_pending = 1;
    auto join = [snapshot = m_snapshot, now = m_clock()] {
        return Result<QList<PipelineRow>>(PipelineTracker::join(snapshot, now));
    };
    whenDone(QtConcurrent::run(std::move(join)), this, [this](const Result<QList<PipelineRow>> &rows) {
        m_pending = 0;
        if (rows)
            publish(*rows);
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            QTimer::singleShot(0, this, &PipelineModel::refresh);
        }
    });
}

void PipelineModel::publish(QList<PipelineRow> rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key == m_rows.at(i).key;
    if (sameKeys) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PipelineRow &row = m_rows.at(index.row());
    switch (role) {
    case Roles::HealthRole:
        return int(row.health);
    case Roles::HealthReasonRole:
        return row.reason;
    case Roles::UpdatedAtRole:
        return m_updatedAt;
    case Roles::IdRole:
        return row.key;
    case StageRole:
        return int(row.stage);
    case ProgressRole:
        return row.progress;
    case StuckRole:
        return row.stuck;
    case ChainRole: {
        QStringList lines;
        for (const ChainLink &link : row.chain)
            lines.append(link.service + u": "_s + link.text);
        return lines;
    }
    case RequestIdRole:
        return row.requestId;
    case RequestStatusRole:
        return row.requestStatus;
    case ArrIdRole:
        return row.arrId;
    case MediaTypeRole:
        return row.mediaType;
    case EtaRole:
        return row.etaSecs;
    case ServicesRole:
        return row.services;
    case StageCountRole:
        return stepsDone(row.stage);
    case Roles::SortRole:
        switch (index.column()) {
        case StageColumn:
            return int(row.stage);
        case HealthColumn:
            return int(row.health);
        case RequestedAtColumn:
            return row.requestedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == HealthColumn ? row.reason : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case StageColumn:
            if (row.stage == Stage::Downloading && row.progress >= 0)
                return tr("%1 %2 %").arg(PipelineTracker::stageName(row.stage)).arg(int(row.progress * 100));
            return PipelineTracker::stageName(row.stage);
        case HealthColumn:
            return HealthText::word(row.health);
        case ReasonColumn:
            return row.reason;
        case RequestedByColumn:
            return row.requestedBy;
        case RequestedAtColumn:
            return row.requestedAt.isValid() ? QLocale().toString(row.requestedAt.toLocalTime(), QLocale::ShortFormat)
                                             : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StageColumn:
        return tr("Stage");
    case HealthColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case RequestedByColumn:
        return tr("Requested by");
    case RequestedAtColumn:
        return tr("Requested");
    default:
        return {};
    }
}

int PipelineModel::stepsDone(Stage stage)
{
    switch (stage) {
    case Stage::Requested:
    case Stage::Approved:
    case Stage::Searching:
    case Stage::Grabbed:
    case Stage::Downloading:
    case Stage::Importing:
    case Stage::Subtitles:
    case Stage::Available:
        return int(stage) - int(Stage::Requested) + 1;
    case Stage::Unknown:
    case Stage::Declined:
    case Stage::Failed:
        break;
    }
    return 0;
}

bool PipelineModel::hasDownloadHistory(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).downloadIds.isEmpty())
        return false;
    return m_rows.at(row).mediaType == u"movie"_s ? bool(m_radarr) : bool(m_sonarr);
}

void PipelineModel::readDownloadHistory(int row)
{
    if (!hasDownloadHistory(row))
        return;
    const PipelineRow &r = m_rows.at(row);
    const QString downloadId = r.downloadIds.first();
    DownloadHistory &entry = m_downloadHistory[r.key];
    if (entry.loading && entry.downloadId == downloadId)
        return;
    entry = DownloadHistory{downloadId, true, {}, {}};
    ArrClient &arr = r.mediaType == u"movie"_s ? *m_radarr : *m_sonarr;
    whenDone(arr.history(downloadId), this, [this, key = r.key, downloadId](const Result<QList<HistoryEvent>> &result) {
        DownloadHistory &done = m_downloadHistory[key];
        if (done.downloadId != downloadId)
            return; // a newer read for another download of the row
        done.loading = false;
        if (result)
            done.events = *result;
        else
            done.error = result.error().toString();
        Q_EMIT downloadHistoryRead(key);
    });
}

const PipelineModel::DownloadHistory *PipelineModel::downloadHistory(const QString &key) const
{
    const auto it = m_downloadHistory.constFind(key);
    return it == m_downloadHistory.cend() ? nullptr : &it.value();
}

QString PipelineModel::historyText(const HistoryEvent &event, const QDateTime &now)
{
    const QString age =
        PipelineTracker::ageText(event.date.isValid() ? std::max<qint64>(0, event.date.secsTo(now)) : 0);
    const QString detail = event.message.isEmpty() ? event.sourceTitle : event.message;
    switch (event.type) {
    case HistoryEvent::Type::Grabbed:
        return event.indexer.isEmpty() ? tr("Grabbed %1 ago: %2").arg(age, event.sourceTitle)
                                       : tr("Grabbed %1 ago from %2: %3").arg(age, event.indexer, event.sourceTitle);
    case HistoryEvent::Type::Imported:
        return tr("Imported %1 ago: %2").arg(age, event.sourceTitle);
    case HistoryEvent::Type::Failed:
        return tr("Download failed %1 ago: %2").arg(age, detail);
    case HistoryEvent::Type::Ignored:
        return tr("Ignored %1 ago: %2").arg(age, detail);
    case HistoryEvent::Type::Other:
        break;
    }
    return tr("%1 %2 ago: %3").arg(event.eventType, age, event.sourceTitle);
}

bool PipelineModel::isDestructive(Action action)
{
    // Approve/decline change the request for good; a recheck re-reads every piece from disk; pausing
    // stops a download; the others only ask a service to try again.
    return action == Action::Approve || action == Action::Decline || action == Action::Recheck ||
           action == Action::PauseTorrent || action == Action::RetryImport;
}

QString PipelineModel::actionName(Action action)
{
    switch (action) {
    case Action::Approve:
        return tr("Approve");
    case Action::Decline:
        return tr("Decline");
    case Action::Search:
        return tr("Search for releases");
    case Action::RetryImport:
        return tr("Retry import");
    case Action::Recheck:
        return tr("Force recheck");
    case Action::PauseTorrent:
        return tr("Pause torrent");
    case Action::ResumeTorrent:
        return tr("Resume torrent");
    case Action::RetrySab:
        return tr("Retry SABnzbd job");
    case Action::SubtitleSearch:
        return tr("Search subtitles");
    case Action::LibraryScan:
        return tr("Scan Jellyfin library");
    }
    return {};
}

QString PipelineModel::sessionText(const PlaybackSession &session)
{
    QString how;
    if (session.transcoding()) {
        QStringList details = session.transcodeReasons;
        if (!session.hardware.isEmpty())
            details.append(session.hardware);
        how = details.isEmpty() ? tr("transcoding") : tr("transcoding (%1)").arg(details.join(u", "_s));
    } else if (session.playMethod == u"DirectStream"_s) {
        how = tr("direct stream");
    } else {
        how = tr("direct play");
    }
    if (session.paused)
        how += u" · "_s + tr("paused");
    const QString device = session.device.isEmpty() ? session.client : session.device;
    return tr("%1: %2 · %3 · %4").arg(session.user, session.item, device, how);
}

bool PipelineModel::canRun(Action action, int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const PipelineRow &r = m_rows.at(row);
    const bool movie = r.mediaType == u"movie"_s;
    const bool paused = r.torrentState.startsWith(u"paused"_s) || r.torrentState.startsWith(u"stopped"_s);
    switch (action) {
    case Action::Approve:
    case Action::Decline:
        return m_seerr && r.requestId > 0 && r.requestStatus == int(RequestStatus::Pending);
    case Action::Search:
        return r.arrId > 0 && r.stage == Stage::Searching && (movie ? bool(m_radarr) : bool(m_sonarr));
    case Action::RetryImport:
        return r.importStuck && !r.downloadIds.isEmpty() && (movie ? bool(m_radarr) : bool(m_sonarr));
    case Action::Recheck:
        return m_qbittorrent && !r.torrentHash.isEmpty() && !r.torrentState.startsWith(u"checking"_s);
    case Action::PauseTorrent:
        return m_qbittorrent && !r.torrentHash.isEmpty() && !paused && r.stage == Stage::Downloading;
    case Action::ResumeTorrent:
        return m_qbittorrent && !r.torrentHash.isEmpty() && (paused || r.torrentState == u"error"_s);
    case Action::RetrySab:
        return m_sabnzbd && r.sabFailed && !r.sabId.isEmpty();
    case Action::SubtitleSearch:
        return m_bazarr && r.missingSubtitles && r.arrId > 0;
    case Action::LibraryScan:
        return m_jellyfin && r.notInLibrary;
    }
    return false;
}

void PipelineModel::run(Action action, int row)
{
    if (!canRun(action, row)) {
        Q_EMIT actionFinished(false, tr("This action does not apply to the selected request."));
        return;
    }
    const PipelineRow r = m_rows.at(row);
    const bool movie = r.mediaType == u"movie"_s;
    QString what = actionName(action);
    QFuture<Result<QJsonDocument>> future;
    switch (action) {
    case Action::Approve:
        what = tr("Approve request #%1").arg(r.requestId);
        future = m_seerr->approve(r.requestId);
        break;
    case Action::Decline:
        what = tr("Decline request #%1").arg(r.requestId);
        future = m_seerr->decline(r.requestId);
        break;
    case Action::Search:
        future = (movie ? m_radarr : m_sonarr)->search(r.arrId);
        break;
    case Action::RetryImport:
        future = (movie ? m_radarr : m_sonarr)->retryImport(r.downloadIds.first());
        break;
    case Action::Recheck:
        future = m_qbittorrent->torrentAction(QBittorrentClient::TorrentAction::Recheck, {r.torrentHash});
        break;
    case Action::PauseTorrent:
        future = m_qbittorrent->torrentAction(QBittorrentClient::TorrentAction::Pause, {r.torrentHash});
        break;
    case Action::ResumeTorrent:
        future = m_qbittorrent->torrentAction(QBittorrentClient::TorrentAction::Resume, {r.torrentHash});
        break;
    case Action::RetrySab:
        future = m_sabnzbd->retry(r.sabId);
        break;
    case Action::SubtitleSearch:
        future = m_bazarr->searchMissing(movie, r.arrId);
        break;
    case Action::LibraryScan:
        future = m_jellyfin->libraryScan();
        break;
    }
    ActionLog &log = m_session.actionLog();
    const quint64 id = log.begin(m_session.profile().name(), r.title, what);
    whenDone(future, this, [this, id, what, title = r.title](const Result<QJsonDocument> &result) {
        ActionLog &actions = m_session.actionLog();
        if (result) {
            actions.succeed(id);
            Q_EMIT actionFinished(true, tr("%1: done for “%2”.").arg(what, title));
        } else {
            actions.fail(id, result.error());
            Q_EMIT actionFinished(false, tr("%1 failed for “%2”: %3").arg(what, title, result.error().toString()));
        }
        refresh(); // re-read; never retried
    });
}

} // namespace KryNet::Media
