#include "app/labsim/media/qbittorrentservice.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QUrl>

#include "app/labsim/media/mediautil.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

constexpr qint64 kInfiniteEta = 8640000;
constexpr qint64 kManualSize = 754974720;
const QString kManualName = u"debian-13.1.0-amd64-netinst.iso"_s;

QString trackerFor(const QString &indexer)
{
    if (indexer.startsWith(u"ShelfLife"_s))
        return u"https://tracker.shelflife.example/announce/6f1d0c5e"_s;
    return u"udp://tracker.lumen.example:1337/announce"_s;
}

/// A small, repeatable wobble around a speed, so that polls see values move.
double wobble(qint64 now, int salt)
{
    return 0.85 + 0.3 * (0.5 + 0.5 * std::sin(double(now) / 7.0 + salt));
}

/// A finished torrent that only seeds: the one added by hand, and the library of the scale scenarios.
struct Seeding
{
    QString hash;
    QString name;
    qint64 size = 0;
    qint64 addedAt = 0;
    QString category;
    QString tags;
    double ratio = 0;
    int swarmSeeds = 0;
};

QJsonObject seedingTorrent(const Seeding &t, qint64 now, bool stopped)
{
    return QJsonObject{{u"added_on"_s, t.addedAt},
                       {u"amount_left"_s, 0},
                       {u"auto_tmm"_s, false},
                       {u"availability"_s, -1},
                       {u"category"_s, t.category},
                       {u"comment"_s, u""_s},
                       {u"completed"_s, t.size},
                       {u"completion_on"_s, t.addedAt + 95},
                       {u"content_path"_s, QString(u"/data/downloads/"_s + t.name)},
                       {u"dl_limit"_s, 0},
                       {u"dlspeed"_s, 0},
                       {u"download_path"_s, u""_s},
                       {u"downloaded"_s, t.size},
                       {u"downloaded_session"_s, 0},
                       {u"eta"_s, kInfiniteEta},
                       {u"f_l_piece_prio"_s, false},
                       {u"force_start"_s, false},
                       {u"has_metadata"_s, true},
                       {u"inactive_seeding_time_limit"_s, -2},
                       {u"infohash_v1"_s, t.hash},
                       {u"infohash_v2"_s, u""_s},
                       {u"last_activity"_s, now - 240},
                       {u"magnet_uri"_s, QString(u"magnet:?xt=urn:btih:"_s + t.hash + u"&dn="_s + t.name)},
                       {u"max_inactive_seeding_time"_s, -1},
                       {u"max_ratio"_s, -1},
                       {u"max_seeding_time"_s, -1},
                       {u"name"_s, t.name},
                       {u"num_complete"_s, t.swarmSeeds},
                       {u"num_incomplete"_s, 4},
                       {u"num_leechs"_s, 0},
                       {u"num_seeds"_s, 0},
                       {u"popularity"_s, 0},
                       {u"priority"_s, 0},
                       {u"private"_s, false},
                       {u"progress"_s, 1},
                       {u"ratio"_s, t.ratio},
                       {u"ratio_limit"_s, -2},
                       {u"reannounce"_s, 1800 - (now - t.addedAt) % 1800},
                       {u"root_path"_s, u""_s},
                       {u"save_path"_s, u"/data/downloads"_s},
                       {u"seeding_time"_s, now - t.addedAt - 95},
                       {u"seeding_time_limit"_s, -2},
                       {u"seen_complete"_s, now - 60},
                       {u"seq_dl"_s, false},
                       {u"size"_s, t.size},
                       {u"state"_s, stopped ? u"stoppedUP"_s : u"stalledUP"_s},
                       {u"super_seeding"_s, false},
                       {u"tags"_s, t.tags},
                       {u"time_active"_s, now - t.addedAt},
                       {u"total_size"_s, t.size},
                       {u"tracker"_s, u"http://bttracker.debian.org:6969/announce"_s},
                       {u"trackers_count"_s, 1},
                       {u"up_limit"_s, 0},
                       {u"uploaded"_s, qint64(t.size * t.ratio)},
                       {u"uploaded_session"_s, 0},
                       {u"upspeed"_s, 0}};
}

} // namespace

QBittorrentService::QBittorrentService(std::shared_ptr<MediaState> state)
    : m_state(std::move(state))
{
    QString hash;
    for (int i = 0; i < 40; ++i)
        hash += QChar(u"0123456789abcdef"[m_state->random().bounded(16)]);
    m_manualHash = hash;
}

QJsonObject QBittorrentService::credentials() const
{
    return {{u"username"_s, m_state->qbUser()}, {u"password"_s, m_state->qbPassword()}};
}

HttpResponse QBittorrentService::handle(const HttpRequest &request)
{
    const qint64 now = m_state->now();
    const QString path = request.path;
    if (!path.startsWith(u"/api/v2/"_s))
        return HttpResponse::text("Not Found", 404);

    // CSRF: an Origin (else Referer) must name the host the request was sent to.
    const QByteArray origin = request.hasHeader("Origin") ? request.header("Origin") : request.header("Referer");
    if (!origin.isEmpty()) {
        const QUrl url(QString::fromUtf8(origin));
        const QString host = QString::fromUtf8(request.header("Host"));
        const QString originHost = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
        if (originHost != host)
            return HttpResponse::text("Unauthorized", 401);
    }

    if (path == u"/api/v2/auth/login"_s) {
        if (request.method != "POST")
            return HttpResponse::text("Method Not Allowed", 405);
        const QUrlQuery form = formBody(request);
        if (form.queryItemValue(u"username"_s, QUrl::FullyDecoded) != m_state->qbUser() ||
            form.queryItemValue(u"password"_s, QUrl::FullyDecoded) != m_state->qbPassword())
            return HttpResponse::text("Fails.");
        QString sid;
        for (int i = 0; i < 32; ++i)
            sid += QChar(
                u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[m_state->random().bounded(64)]);
        m_sessions.insert(sid, Session{});
        return HttpResponse::text("Ok.").withHeader("Set-Cookie",
                                                    "SID=" + sid.toLatin1() + "; HttpOnly; SameSite=Strict; path=/");
    }

    // Every other call needs the session cookie.
    QString sid;
    const QList<QByteArray> cookies = request.header("Cookie").split(';');
    for (const QByteArray &cookie : cookies) {
        const QByteArray trimmed = cookie.trimmed();
        if (trimmed.startsWith("SID="))
            sid = QString::fromLatin1(trimmed.mid(4));
    }
    auto session = m_sessions.find(sid);
    if (sid.isEmpty() || session == m_sessions.end())
        return HttpResponse::text("Forbidden", 403);

    const bool get = request.method == "GET" || request.method == "POST";
    if (path == u"/api/v2/auth/logout"_s) {
        if (request.method != "POST")
            return HttpResponse::text("Method Not Allowed", 405);
        m_sessions.erase(session);
        return HttpResponse::text("");
    }
    if (get && path == u"/api/v2/app/version"_s)
        return HttpResponse::text("v5.1.2");
    if (get && path == u"/api/v2/app/webapiVersion"_s)
        return HttpResponse::text("2.11.4");
    if (get && path == u"/api/v2/transfer/info"_s)
        return HttpResponse::json(transferInfo(torrents(now)));
    if (get && path == u"/api/v2/torrents/info"_s)
        return torrentsInfo(request, now);
    if (get && path == u"/api/v2/torrents/categories"_s)
        return HttpResponse::json(categories());
    if (get && path == u"/api/v2/sync/maindata"_s)
        return syncMaindata(*session, request, now);
    const QString actionName = path.mid(QStringLiteral("/api/v2/torrents/").size());
    if (path.startsWith(u"/api/v2/torrents/"_s) &&
        QStringList{u"stop"_s, u"start"_s, u"recheck"_s, u"reannounce"_s}.contains(actionName)) {
        if (request.method != "POST")
            return HttpResponse::text("Method Not Allowed", 405);
        return action(actionName, request, now);
    }
    return HttpResponse::text("Not Found", 404);
}

QHash<QString, QJsonObject> QBittorrentService::torrents(qint64 now) const
{
    QHash<QString, QJsonObject> out;
    const QList<Job> &jobs = m_state->jobs();
    int queuePosition = 0;
    for (int j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs[j];
        if (job.protocol != Protocol::Torrent)
            continue;
        const JobTimes t = m_state->times(j, now);
        if (t.grabAt > now)
            continue;
        const Title &title = m_state->titles()[job.titleIndex];
        const bool movie = title.kind == MediaKind::Movie;
        const bool stopped = job.pausedAt <= now;
        const bool complete = t.doneAt <= now;
        const bool metadata = now >= t.downloadStart;
        const double progress = complete ? 1.0 : (metadata ? t.progress : 0.0);
        const qint64 left = qint64(double(job.size) * (1.0 - progress));
        const double baseSpeed = job.downloadSecs > 0 ? double(job.size) / job.downloadSecs : 0;
        QString state;
        qint64 dlspeed = 0;
        qint64 upspeed = 0;
        qint64 eta = kInfiniteEta;
        int seeds = 0;
        int swarmSeeds = 0;
        int leechs = 0;
        double availability = -1;
        if (complete) {
            const bool fresh = now - t.doneAt < 1800;
            state = stopped ? u"stoppedUP"_s : (fresh ? u"uploading"_s : u"stalledUP"_s);
            upspeed = stopped || !fresh ? 0 : qint64(350000 * wobble(now, j));
            swarmSeeds = 12 + j;
        } else if (stopped) {
            state = u"stoppedDL"_s;
            availability = 0;
        } else if (!metadata) {
            state = u"metaDL"_s;
            swarmSeeds = 9 + j;
            availability = 0;
        } else if (t.stalled) {
            state = u"stalledDL"_s;
            availability = job.stallProgress;
        } else {
            state = u"downloading"_s;
            dlspeed = qint64(baseSpeed * wobble(now, j));
            upspeed = qint64(dlspeed * 0.04);
            eta = qint64(double(left) / std::max(1.0, baseSpeed));
            seeds = 6 + j % 20;
            swarmSeeds = 25 + j * 3;
            leechs = 2 + j % 5;
            availability = 3.0 + (j % 7) / 10.0;
        }
        const double seeding = complete ? double(now - t.doneAt) : 0.0;
        const double ratio = complete ? std::min(2.0, seeding / 86400.0 * 0.7) : 0.02 * progress;
        const QString category = movie ? u"radarr"_s : u"tv-sonarr"_s;
        const QString savePath = u"/data/downloads/"_s + category;
        QString magnet = u"magnet:?xt=urn:btih:"_s + job.infohashV1;
        if (!job.infohashV2.isEmpty())
            magnet += u"&xt=urn:btmh:1220"_s + job.infohashV2;
        magnet += u"&dn="_s + job.releaseTitle + u"&tr="_s +
                  QString::fromLatin1(QUrl::toPercentEncoding(trackerFor(job.indexer)));
        if (!complete && !stopped)
            ++queuePosition;
        const qint64 addedOn = t.grabAt;
        QJsonObject torrent{{u"added_on"_s, addedOn},
                            {u"amount_left"_s, left},
                            {u"auto_tmm"_s, false},
                            {u"availability"_s, availability},
                            {u"category"_s, category},
                            {u"comment"_s, u""_s},
                            {u"completed"_s, job.size - left},
                            {u"completion_on"_s, complete ? t.doneAt : qint64(-1)},
                            {u"content_path"_s, QString(savePath + u'/' + job.releaseTitle)},
                            {u"dl_limit"_s, 0},
                            {u"dlspeed"_s, dlspeed},
                            {u"download_path"_s, u""_s},
                            {u"downloaded"_s, job.size - left},
                            {u"downloaded_session"_s, job.size - left},
                            {u"eta"_s, eta},
                            {u"f_l_piece_prio"_s, false},
                            {u"force_start"_s, false},
                            {u"has_metadata"_s, metadata},
                            {u"inactive_seeding_time_limit"_s, -2},
                            {u"infohash_v1"_s, job.infohashV1},
                            {u"infohash_v2"_s, job.infohashV2},
                            {u"last_activity"_s, state == u"stalledDL"_s
                                                     ? t.downloadStart + qint64(job.stallProgress * job.downloadSecs)
                                                     : now},
                            {u"magnet_uri"_s, magnet},
                            {u"max_inactive_seeding_time"_s, -1},
                            {u"max_ratio"_s, -1},
                            {u"max_seeding_time"_s, -1},
                            {u"name"_s, job.releaseTitle},
                            {u"num_complete"_s, swarmSeeds},
                            {u"num_incomplete"_s, leechs + 3},
                            {u"num_leechs"_s, leechs},
                            {u"num_seeds"_s, seeds},
                            {u"popularity"_s, 0},
                            {u"priority"_s, complete || stopped ? 0 : queuePosition},
                            {u"private"_s, job.indexer.startsWith(u"ShelfLife"_s)},
                            {u"progress"_s, progress},
                            {u"ratio"_s, std::round(ratio * 1000) / 1000},
                            {u"ratio_limit"_s, -2},
                            {u"reannounce"_s, 1800 - (now - addedOn) % 1800},
                            {u"root_path"_s, QString(savePath + u'/' + job.releaseTitle)},
                            {u"save_path"_s, savePath},
                            {u"seeding_time"_s, qint64(seeding)},
                            {u"seeding_time_limit"_s, -2},
                            {u"seen_complete"_s, complete ? t.doneAt : qint64(swarmSeeds > 0 ? now - 60 : -1)},
                            {u"seq_dl"_s, false},
                            {u"size"_s, job.size},
                            {u"state"_s, state},
                            {u"super_seeding"_s, false},
                            {u"tags"_s, u""_s},
                            {u"time_active"_s, now - addedOn},
                            {u"total_size"_s, job.size},
                            {u"tracker"_s, swarmSeeds > 0 || complete ? trackerFor(job.indexer) : u""_s},
                            {u"trackers_count"_s, 1},
                            {u"up_limit"_s, 0},
                            {u"uploaded"_s, qint64(ratio * double(job.size))},
                            {u"uploaded_session"_s, qint64(ratio * double(job.size))},
                            {u"upspeed"_s, upspeed}};
        out.insert(job.hash, torrent);
    }

    // Added by hand: no category, no *arr knows it.
    const qint64 added = m_state->epoch() - 20 * 86400;
    const bool stopped = m_manualStoppedAt <= now;
    Seeding manual{m_manualHash, kManualName, kManualSize, added, u""_s, u"linux"_s, 4.218, 212};
    out.insert(m_manualHash, seedingTorrent(manual, now, stopped));
    // The library's finished torrents of the scale scenarios: seeding, no *arr tracks them.
    for (const SeedingTorrent &t : m_state->seedingTorrents()) {
        const Seeding library{t.hash, t.name, t.size, t.addedAt, u"radarr"_s, u""_s, 1.5, 40};
        out.insert(t.hash, seedingTorrent(library, now, false));
    }
    return out;
}

QJsonObject QBittorrentService::categories() const
{
    return {
        {u"radarr"_s, QJsonObject{{u"name"_s, u"radarr"_s}, {u"savePath"_s, u"/data/downloads/radarr"_s}}},
        {u"tv-sonarr"_s, QJsonObject{{u"name"_s, u"tv-sonarr"_s}, {u"savePath"_s, u"/data/downloads/tv-sonarr"_s}}}};
}

QJsonObject QBittorrentService::transferInfo(const QHash<QString, QJsonObject> &torrents) const
{
    qint64 down = 0;
    qint64 up = 0;
    for (const QJsonObject &torrent : torrents) {
        down += torrent[u"dlspeed"_s].toInteger();
        up += torrent[u"upspeed"_s].toInteger();
    }
    return {{u"connection_status"_s, u"connected"_s},
            {u"dht_nodes"_s, 372},
            {u"dl_info_data"_s, 48213377024LL},
            {u"dl_info_speed"_s, down},
            {u"dl_rate_limit"_s, 0},
            {u"up_info_data"_s, 91733205811LL},
            {u"up_info_speed"_s, up},
            {u"up_rate_limit"_s, 0}};
}

QJsonObject QBittorrentService::serverState(const QHash<QString, QJsonObject> &torrents) const
{
    QJsonObject state = transferInfo(torrents);
    state.insert(u"alltime_dl"_s, 2804413327360LL);
    state.insert(u"alltime_ul"_s, 6918325043200LL);
    state.insert(u"average_time_queue"_s, 0);
    state.insert(u"free_space_on_disk"_s, 1312470016000LL);
    state.insert(u"global_ratio"_s, u"2.47"_s); // a string in qBittorrent's answer
    state.insert(u"last_external_address_v4"_s, u"185.213.154.71"_s);
    state.insert(u"last_external_address_v6"_s, u""_s);
    state.insert(u"queued_io_jobs"_s, 0);
    state.insert(u"queueing"_s, true);
    state.insert(u"read_cache_hits"_s, u"0"_s);
    state.insert(u"read_cache_overload"_s, u"0"_s);
    state.insert(u"refresh_interval"_s, 1500);
    state.insert(u"total_buffers_size"_s, 0);
    state.insert(u"total_peer_connections"_s, 41);
    state.insert(u"total_queued_size"_s, 0);
    state.insert(u"total_wasted_session"_s, 1838201);
    state.insert(u"use_alt_speed_limits"_s, false);
    state.insert(u"use_subcategories"_s, false);
    state.insert(u"write_cache_overload"_s, u"0"_s);
    return state;
}

HttpResponse QBittorrentService::torrentsInfo(const HttpRequest &request, qint64 now) const
{
    const QHash<QString, QJsonObject> all = torrents(now);
    const QString filter = request.queryValue(u"filter"_s);
    const bool hasCategory = request.query.hasQueryItem(u"category"_s);
    const QString category = request.queryValue(u"category"_s);
    QStringList hashes;
    if (request.query.hasQueryItem(u"hashes"_s)) {
        const QStringList parts = request.queryValue(u"hashes"_s).split(u'|', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            hashes.append(part.toLower());
    }
    QList<QJsonObject> rows;
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject &torrent = it.value();
        const QString state = torrent[u"state"_s].toString();
        const bool complete = torrent[u"progress"_s].toDouble() >= 1.0;
        if (!hashes.isEmpty() && !hashes.contains(it.key()))
            continue;
        if (hasCategory && torrent[u"category"_s].toString() != category)
            continue;
        const bool stopped = state.startsWith(u"stopped"_s);
        const bool active = torrent[u"dlspeed"_s].toInteger() > 0 || torrent[u"upspeed"_s].toInteger() > 0;
        bool keep = true;
        if (filter == u"downloading"_s)
            keep = !complete && !stopped;
        else if (filter == u"seeding"_s)
            keep = complete && !stopped;
        else if (filter == u"completed"_s)
            keep = complete;
        else if (filter == u"stopped"_s)
            keep = stopped;
        else if (filter == u"running"_s)
            keep = !stopped;
        else if (filter == u"active"_s)
            keep = active;
        else if (filter == u"inactive"_s)
            keep = !active;
        else if (filter == u"stalled"_s)
            keep = state.startsWith(u"stalled"_s);
        else if (filter == u"stalled_downloading"_s)
            keep = state == u"stalledDL"_s;
        else if (filter == u"stalled_uploading"_s)
            keep = state == u"stalledUP"_s;
        else if (filter == u"errored"_s)
            keep = state == u"error"_s || state == u"missingFiles"_s;
        if (!keep)
            continue;
        QJsonObject row = torrent;
        row.insert(u"hash"_s, it.key());
        rows.append(row);
    }
    const QString sortKey = request.queryValue(u"sort"_s);
    const bool reverse = flag(request, u"reverse"_s, false);
    std::sort(rows.begin(), rows.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        if (!sortKey.isEmpty() && a.contains(sortKey)) {
            const QJsonValue x = a[sortKey];
            const QJsonValue y = b[sortKey];
            if (x != y)
                return x.isString() ? x.toString() < y.toString() : x.toDouble() < y.toDouble();
        }
        return a[u"added_on"_s].toInteger() < b[u"added_on"_s].toInteger() ||
               (a[u"added_on"_s].toInteger() == b[u"added_on"_s].toInteger() &&
                a[u"hash"_s].toString() < b[u"hash"_s].toString());
    });
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    int offset = request.queryValue(u"offset"_s).toInt();
    if (offset < 0)
        offset = std::max(0, int(rows.size()) + offset);
    const int limit = request.queryValue(u"limit"_s).toInt();
    QJsonArray out;
    for (int i = offset; i < rows.size() && (limit <= 0 || i < offset + limit); ++i)
        out.append(rows[i]);
    return HttpResponse::json(out);
}

HttpResponse QBittorrentService::syncMaindata(Session &session, const HttpRequest &request, qint64 now)
{
    const int rid = request.queryValue(u"rid"_s).toInt();
    const QHash<QString, QJsonObject> current = torrents(now);
    const QJsonObject currentCategories = categories();
    const QJsonObject currentState = serverState(current);
    QJsonObject currentTrackers;
    for (auto it = current.begin(); it != current.end(); ++it) {
        const QString tracker = it.value()[u"tracker"_s].toString();
        if (tracker.isEmpty())
            continue;
        QJsonArray hashes = currentTrackers.value(tracker).toArray();
        hashes.append(it.key());
        currentTrackers.insert(tracker, hashes);
    }

    QJsonObject out;
    const bool full = rid == 0 || rid != session.rid;
    if (full) {
        QJsonObject torrentMap;
        for (auto it = current.begin(); it != current.end(); ++it)
            torrentMap.insert(it.key(), it.value());
        out.insert(u"full_update"_s, true);
        out.insert(u"torrents"_s, torrentMap);
        out.insert(u"categories"_s, currentCategories);
        out.insert(u"tags"_s, QJsonArray{u"linux"_s});
        out.insert(u"trackers"_s, currentTrackers);
        out.insert(u"server_state"_s, currentState);
    } else {
        QJsonObject changedTorrents;
        for (auto it = current.begin(); it != current.end(); ++it) {
            const QJsonObject before = session.torrents.value(it.key());
            QJsonObject diff;
            for (auto field = it.value().begin(); field != it.value().end(); ++field) {
                if (before.value(field.key()) != field.value())
                    diff.insert(field.key(), field.value());
            }
            if (!diff.isEmpty())
                changedTorrents.insert(it.key(), diff);
        }
        QJsonArray removed;
        for (auto it = session.torrents.begin(); it != session.torrents.end(); ++it) {
            if (!current.contains(it.key()))
                removed.append(it.key());
        }
        if (!changedTorrents.isEmpty())
            out.insert(u"torrents"_s, changedTorrents);
        if (!removed.isEmpty())
            out.insert(u"torrents_removed"_s, removed);
        QJsonObject stateDiff;
        for (auto field = currentState.begin(); field != currentState.end(); ++field) {
            if (session.serverState.value(field.key()) != field.value())
                stateDiff.insert(field.key(), field.value());
        }
        if (!stateDiff.isEmpty())
            out.insert(u"server_state"_s, stateDiff);
        if (currentTrackers != session.trackers)
            out.insert(u"trackers"_s, currentTrackers);
    }
    session.rid = session.rid % 1000000 + 1;
    session.torrents = current;
    session.categories = currentCategories;
    session.serverState = currentState;
    session.trackers = currentTrackers;
    out.insert(u"rid"_s, session.rid);
    return HttpResponse::json(out);
}

HttpResponse QBittorrentService::action(const QString &name, const HttpRequest &request, qint64 now)
{
    const QUrlQuery form = formBody(request);
    const QString value = form.hasQueryItem(u"hashes"_s) ? form.queryItemValue(u"hashes"_s, QUrl::FullyDecoded)
                                                         : request.queryValue(u"hashes"_s);
    if (value.isEmpty())
        return HttpResponse::text("Bad Request", 400);
    const bool all = value == u"all"_s;
    QStringList hashes;
    const QStringList parts = value.split(u'|', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        hashes.append(part.toLower());
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        if (jobs[j].protocol != Protocol::Torrent || m_state->times(j, now).grabAt > now)
            continue;
        if (!all && !hashes.contains(jobs[j].hash))
            continue;
        if (name == u"stop"_s)
            m_state->stopDownload(j, now);
        else if (name == u"start"_s)
            m_state->startDownload(j, now);
    }
    if (all || hashes.contains(m_manualHash)) {
        if (name == u"stop"_s && m_manualStoppedAt > now)
            m_manualStoppedAt = now;
        else if (name == u"start"_s)
            m_manualStoppedAt = kNever;
    }
    return HttpResponse::text("");
}

} // namespace KryNet::LabSim::Media
