#include "app/labsim/media/sabnzbdservice.h"

#include <algorithm>

#include <QJsonArray>
#include <QUrlQuery>

#include "app/labsim/media/mediautil.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Media
{

namespace
{

constexpr qint64 kPostProcessSecs = 30;

QString megabytes(double bytes)
{
    return QString::number(bytes / 1048576.0, 'f', 2);
}

QString humanSize(double bytes)
{
    if (bytes >= 1073741824.0)
        return QString::number(bytes / 1073741824.0, 'f', 1) + u" GB"_s;
    if (bytes >= 1048576.0)
        return QString::number(bytes / 1048576.0, 'f', 1) + u" MB"_s;
    return QString::number(bytes / 1024.0, 'f', 1) + u" KB"_s;
}

QString category(const MediaState &state, const Job &job)
{
    return state.titles()[job.titleIndex].kind == MediaKind::Movie ? u"movies"_s : u"tv"_s;
}

} // namespace

SabnzbdService::SabnzbdService(std::shared_ptr<MediaState> state)
    : m_state(std::move(state))
{}

QJsonObject SabnzbdService::credentials() const
{
    return {{u"apiKey"_s, m_state->apiKey(id())}};
}

int SabnzbdService::historyVersion(qint64 now) const
{
    int version = 1;
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        if (jobs[j].protocol != Protocol::Usenet)
            continue;
        const JobTimes t = m_state->times(j, now);
        if (t.doneAt <= now)
            ++version;
        if (t.doneAt + kPostProcessSecs <= now)
            ++version;
        // A retried job leaves the history (and comes back when done): the version only grows.
        if (jobs[j].retriedAt <= now)
            version += 3;
    }
    return version;
}

HttpResponse SabnzbdService::handle(const HttpRequest &request)
{
    const qint64 now = m_state->now();
    if (request.path != u"/api"_s && request.path != u"/sabnzbd/api"_s)
        return HttpResponse::text("Not Found", 404);
    // Form fields of a POST count like query parameters.
    QUrlQuery params = request.query;
    if (request.method == "POST") {
        const QUrlQuery form = formBody(request);
        for (const auto &item : form.queryItems(QUrl::FullyDecoded))
            params.addQueryItem(item.first, item.second);
    }
    auto param = [&params](const QString &name) { return params.queryItemValue(name, QUrl::FullyDecoded); };
    const QString mode = param(u"mode"_s);
    if (mode == u"version"_s)
        return HttpResponse::json(QJsonObject{{u"version"_s, u"4.5.3"_s}});
    if (mode == u"auth"_s) {
        return HttpResponse::json(
            QJsonObject{{u"auth"_s, param(u"key"_s) == m_state->apiKey(id()) ? u"apikey"_s : u"badkey"_s}});
    }
    const QString key = param(u"apikey"_s);
    if (key.isEmpty())
        return HttpResponse::text("API Key Required", 403);
    if (key != m_state->apiKey(id()))
        return HttpResponse::text("API Key Incorrect", 403);

    const QString name = param(u"name"_s);
    const QString value = param(u"value"_s);
    auto forJobs = [&](const QStringList &ids, bool stop) {
        QJsonArray touched;
        const QList<Job> &jobs = m_state->jobs();
        for (int j = 0; j < jobs.size(); ++j) {
            if (jobs[j].protocol != Protocol::Usenet || !ids.contains(jobs[j].nzoId))
                continue;
            if (stop)
                m_state->stopDownload(j, now);
            else
                m_state->startDownload(j, now);
            touched.append(jobs[j].nzoId);
        }
        return touched;
    };
    if (mode == u"queue"_s && (name == u"pause"_s || name == u"resume"_s)) {
        const QJsonArray touched = forJobs(value.split(u',', Qt::SkipEmptyParts), name == u"pause"_s);
        return HttpResponse::json(QJsonObject{{u"status"_s, !touched.isEmpty()}, {u"nzo_ids"_s, touched}});
    }
    if (mode == u"queue"_s && name == u"delete"_s)
        return HttpResponse::json(QJsonObject{{u"status"_s, false}, {u"nzo_ids"_s, QJsonArray{}}});
    if (mode == u"queue"_s)
        return HttpResponse::json(QJsonObject{{u"queue"_s, queue(request, now)}});
    if (mode == u"history"_s) {
        bool ok = false;
        const int since = param(u"last_history_update"_s).toInt(&ok);
        if (ok && since == historyVersion(now))
            return HttpResponse::json(QJsonObject{{u"history"_s, false}});
        return HttpResponse::json(QJsonObject{{u"history"_s, history(request, now)}});
    }
    if (mode == u"pause"_s || mode == u"resume"_s) {
        QStringList all;
        for (const Job &job : m_state->jobs())
            all.append(job.nzoId);
        forJobs(all, mode == u"pause"_s);
        m_pausedAt = mode == u"pause"_s ? now : kNever;
        return HttpResponse::json(QJsonObject{{u"status"_s, true}});
    }
    if (mode == u"retry"_s) {
        // A failed history job is re-queued and downloads again; anything else fails.
        return HttpResponse::json(QJsonObject{{u"status"_s, m_state->retryDownload(value, now)}});
    }
    if (mode == u"warnings"_s)
        return HttpResponse::json(QJsonObject{{u"warnings"_s, QJsonArray{}}});
    return HttpResponse::json(QJsonObject{{u"status"_s, false}, {u"error"_s, u"not implemented"_s}});
}

QJsonObject SabnzbdService::queue(const HttpRequest &request, qint64 now) const
{
    const QStringList filterIds = request.queryValue(u"nzo_ids"_s).split(u',', Qt::SkipEmptyParts);
    const QString categoryFilter =
        request.query.hasQueryItem(u"category"_s) ? request.queryValue(u"category"_s) : request.queryValue(u"cat"_s);
    const int start = std::max(0, request.queryValue(u"start"_s).toInt());
    const int limit = request.queryValue(u"limit"_s).toInt();
    QJsonArray slots;
    double totalBytes = 0;
    double leftBytes = 0;
    double speed = 0;
    qint64 timeLeft = 0;
    int matched = 0;
    int total = 0;
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs[j];
        if (job.protocol != Protocol::Usenet)
            continue;
        const JobTimes t = m_state->times(j, now);
        if (t.grabAt > now || t.doneAt <= now)
            continue;
        ++total;
        const double size = double(job.size);
        const double left = size * (1.0 - t.progress);
        const bool paused = t.paused;
        const double bytesPerSec = paused ? 0 : size / std::max(1, job.downloadSecs);
        const qint64 secs = paused ? 0 : qint64(left / std::max(1.0, bytesPerSec));
        totalBytes += size;
        leftBytes += left;
        speed += bytesPerSec;
        timeLeft += secs;
        if (!filterIds.isEmpty() && !filterIds.contains(job.nzoId))
            continue;
        if (!categoryFilter.isEmpty() && categoryFilter != category(*m_state, job))
            continue;
        ++matched;
        if (matched - 1 < start || (limit > 0 && slots.size() >= limit))
            continue;
        slots.append(QJsonObject{{u"index"_s, matched - 1},
                                 {u"nzo_id"_s, job.nzoId},
                                 {u"unpackopts"_s, u"3"_s},
                                 {u"priority"_s, u"Normal"_s},
                                 {u"script"_s, u"None"_s},
                                 {u"filename"_s, job.releaseTitle},
                                 {u"labels"_s, QJsonArray{}},
                                 {u"password"_s, u""_s},
                                 {u"cat"_s, category(*m_state, job)},
                                 {u"mbleft"_s, megabytes(left)},
                                 {u"mb"_s, megabytes(size)},
                                 {u"mbmissing"_s, u"0.00"_s},
                                 {u"size"_s, humanSize(size)},
                                 {u"sizeleft"_s, humanSize(left)},
                                 {u"percentage"_s, QString::number(int(t.progress * 100))},
                                 {u"status"_s, paused ? u"Paused"_s : u"Downloading"_s},
                                 {u"timeleft"_s, sabTimeLeft(secs)},
                                 {u"time_added"_s, t.grabAt},
                                 {u"avg_age"_s, u"412d"_s},
                                 {u"direct_unpack"_s, QJsonValue()}});
    }
    const bool paused = m_pausedAt <= now;
    return {{u"version"_s, u"4.5.3"_s},
            {u"paused"_s, paused},
            {u"paused_all"_s, false},
            {u"pause_int"_s, u"0"_s},
            {u"status"_s, paused ? u"Paused"_s : (speed > 0 ? u"Downloading"_s : u"Idle"_s)},
            {u"kbpersec"_s, QString::number(speed / 1024.0, 'f', 2)},
            {u"speed"_s, QString(QString::number(speed / 1048576.0, 'f', 1) + u" M"_s)},
            {u"speedlimit"_s, u"100"_s},
            {u"speedlimit_abs"_s, u""_s},
            {u"mb"_s, megabytes(totalBytes)},
            {u"mbleft"_s, megabytes(leftBytes)},
            {u"size"_s, humanSize(totalBytes)},
            {u"sizeleft"_s, humanSize(leftBytes)},
            {u"timeleft"_s, sabTimeLeft(timeLeft)},
            {u"noofslots"_s, matched},
            {u"noofslots_total"_s, total},
            {u"start"_s, start},
            {u"limit"_s, limit},
            {u"finish"_s, 0},
            {u"diskspace1"_s, u"1222.31"_s},
            {u"diskspace2"_s, u"1222.31"_s},
            {u"diskspacetotal1"_s, u"3629.62"_s},
            {u"diskspacetotal2"_s, u"3629.62"_s},
            {u"diskspace1_norm"_s, u"1.2 T"_s},
            {u"diskspace2_norm"_s, u"1.2 T"_s},
            {u"have_warnings"_s, u"0"_s},
            {u"finishaction"_s, QJsonValue()},
            {u"quota"_s, u"0 "_s},
            {u"left_quota"_s, u"0 "_s},
            {u"have_quota"_s, false},
            {u"cache_art"_s, u"0"_s},
            {u"cache_size"_s, u"0 B"_s},
            {u"slots"_s, slots}};
}

QJsonObject SabnzbdService::history(const HttpRequest &request, qint64 now) const
{
    const QStringList filterIds = request.queryValue(u"nzo_ids"_s).split(u',', Qt::SkipEmptyParts);
    const QString categoryFilter =
        request.query.hasQueryItem(u"category"_s) ? request.queryValue(u"category"_s) : request.queryValue(u"cat"_s);
    const bool failedOnly = request.queryValue(u"failed_only"_s) == u"1"_s;
    const int start = std::max(0, request.queryValue(u"start"_s).toInt());
    const int limit = request.queryValue(u"limit"_s).toInt();

    struct Row
    {
        qint64 order;
        bool postProcessing;
        QJsonObject slot;
    };
    QList<Row> rows;
    double totalBytes = 0;
    const QList<Job> &jobs = m_state->jobs();
    for (int j = 0; j < jobs.size(); ++j) {
        const Job &job = jobs[j];
        if (job.protocol != Protocol::Usenet)
            continue;
        const JobTimes t = m_state->times(j, now);
        if (t.doneAt > now)
            continue;
        totalBytes += double(job.size);
        const bool pp = now < t.doneAt + kPostProcessSecs;
        const bool failed = t.failedAt <= now;
        const bool failing = t.failedAt < kNever; // repairs, then fails
        if (failedOnly && !failed)
            continue;
        if (!filterIds.isEmpty() && !filterIds.contains(job.nzoId))
            continue;
        if (!categoryFilter.isEmpty() && categoryFilter != category(*m_state, job))
            continue;
        const qint64 completed = t.doneAt + kPostProcessSecs;
        const QString storage = u"/data/downloads/complete/%1/%2"_s.arg(category(*m_state, job), job.releaseTitle);
        QJsonArray stageLog{QJsonObject{
            {u"name"_s, u"Download"_s},
            {u"actions"_s,
             QJsonArray{u"Downloaded in %1 at an average of %2"_s.arg(
                 sabTimeLeft(job.downloadSecs), QString(humanSize(double(job.size) / job.downloadSecs) + u"/s"_s))}}}};
        if (failed) {
            stageLog.append(QJsonObject{
                {u"name"_s, u"Repair"_s},
                {u"actions"_s, QJsonArray{u"[%1] %2"_s.arg(job.releaseTitle, MediaState::sabFailMessage())}}});
        } else if (!pp) {
            stageLog.append(QJsonObject{{u"name"_s, u"Repair"_s},
                                        {u"actions"_s, QJsonArray{u"[%1] Quick Check OK"_s.arg(job.releaseTitle)}}});
            stageLog.append(QJsonObject{
                {u"name"_s, u"Unpack"_s},
                {u"actions"_s, QJsonArray{u"[%1] Unpacked 1 files/folders in 12 seconds"_s.arg(job.releaseTitle)}}});
        }
        QJsonObject slot{{u"id"_s, 100 + j},
                         {u"completed"_s, pp ? 0 : completed},
                         {u"name"_s, job.releaseTitle},
                         {u"nzb_name"_s, QString(job.releaseTitle + u".nzb"_s)},
                         {u"category"_s, category(*m_state, job)},
                         {u"pp"_s, u"D"_s},
                         {u"script"_s, u"None"_s},
                         {u"report"_s, u""_s},
                         {u"url"_s, QString(job.releaseTitle + u".nzb"_s)},
                         {u"status"_s, failed ? u"Failed"_s
                                       : pp   ? (failing ? u"Repairing"_s : u"Extracting"_s)
                                              : u"Completed"_s},
                         {u"nzo_id"_s, job.nzoId},
                         {u"storage"_s, storage},
                         {u"path"_s, QString(u"/data/downloads/incomplete/"_s + job.releaseTitle)},
                         {u"script_log"_s, u""_s},
                         {u"script_line"_s, u""_s},
                         {u"download_time"_s, job.downloadSecs},
                         {u"postproc_time"_s, pp ? 0 : kPostProcessSecs},
                         {u"stage_log"_s, stageLog},
                         {u"downloaded"_s, job.size},
                         {u"completeness"_s, QJsonValue()},
                         {u"fail_message"_s, failed ? MediaState::sabFailMessage() : QString()},
                         {u"url_info"_s, u""_s},
                         {u"bytes"_s, job.size},
                         {u"meta"_s, QJsonValue()},
                         {u"series"_s, u""_s},
                         {u"md5sum"_s, QString::number(stableHash(job.nzoId), 16)},
                         {u"duplicate_key"_s, u""_s},
                         {u"archive"_s, false},
                         {u"password"_s, u""_s},
                         {u"action_line"_s, pp ? (failing ? u"Repairing: 62%"_s : u"Unpacking: 1/1"_s) : u""_s},
                         {u"loaded"_s, pp},
                         {u"retry"_s, failed},
                         {u"size"_s, humanSize(double(job.size))},
                         {u"time_added"_s, t.grabAt}};
        rows.append({completed, pp, slot});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.postProcessing != b.postProcessing)
            return a.postProcessing;
        return a.order > b.order;
    });
    QJsonArray slots;
    int ppslots = 0;
    for (int i = 0; i < rows.size(); ++i) {
        ppslots += rows[i].postProcessing ? 1 : 0;
        if (i >= start && (limit <= 0 || slots.size() < limit))
            slots.append(rows[i].slot);
    }
    const QString total = humanSize(totalBytes);
    return {{u"noofslots"_s, int(rows.size())},
            {u"ppslots"_s, ppslots},
            {u"day_size"_s, u"0 B"_s},
            {u"week_size"_s, total},
            {u"month_size"_s, total},
            {u"total_size"_s, total},
            {u"last_history_update"_s, historyVersion(now)},
            {u"version"_s, u"4.5.3"_s},
            {u"slots"_s, slots}};
}

} // namespace KryNet::LabSim::Media
