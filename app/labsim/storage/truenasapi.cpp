#include "app/labsim/storage/truenasapi.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include "app/labsim/storage/zfsformat.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Storage
{

namespace
{

QJsonValue date(qint64 secs)
{
    return QJsonObject{{u"$date"_s, secs * 1000}};
}

QJsonValue fieldValue(const QJsonObject &row, const QString &path)
{
    QJsonValue v = row;
    for (const QString &part : path.split(u'.')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

int compareValues(const QJsonValue &a, const QJsonValue &b, bool *comparable)
{
    *comparable = true;
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString());
    *comparable = false;
    return 0;
}

bool matchOne(const QJsonObject &row, const QJsonArray &filter, QString *error)
{
    if (filter.size() != 3 || !filter.at(0).isString() || !filter.at(1).isString()) {
        *error = u"[EINVAL] query-filters: Invalid filter %1"_s.arg(
            QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact)));
        return false;
    }
    const QJsonValue a = fieldValue(row, filter.at(0).toString());
    const QString op = filter.at(1).toString();
    const QJsonValue b = filter.at(2);
    bool comparable = false;
    if (op == u"="_s)
        return a == b;
    if (op == u"!="_s)
        return a != b;
    if (op == u">"_s || op == u">="_s || op == u"<"_s || op == u"<="_s) {
        const int c = compareValues(a, b, &comparable);
        if (!comparable)
            return false;
        return op == u">"_s ? c > 0 : op == u">="_s ? c >= 0 : op == u"<"_s ? c < 0 : c <= 0;
    }
    if (op == u"~"_s) {
        const QRegularExpression re(b.toString());
        return re.isValid() && a.isString() && re.match(a.toString()).hasMatch();
    }
    if (op == u"in"_s || op == u"nin"_s) {
        const bool in = b.isArray() && b.toArray().contains(a);
        return op == u"in"_s ? in : !in;
    }
    if (op == u"rin"_s || op == u"rnin"_s) {
        const bool in = (a.isArray() && a.toArray().contains(b)) ||
                        (a.isString() && b.isString() && a.toString().contains(b.toString()));
        return op == u"rin"_s ? in : !in;
    }
    if (op == u"^"_s || op == u"!^"_s) {
        const bool starts = a.isString() && a.toString().startsWith(b.toString());
        return op == u"^"_s ? starts : !starts;
    }
    if (op == u"$"_s || op == u"!$"_s) {
        const bool ends = a.isString() && a.toString().endsWith(b.toString());
        return op == u"$"_s ? ends : !ends;
    }
    *error = u"[EINVAL] query-filters: Invalid operation: %1"_s.arg(op);
    return false;
}

bool matchAll(const QJsonObject &row, const QJsonArray &filters, QString *error);

bool matchFilter(const QJsonObject &row, const QJsonValue &filter, QString *error)
{
    const QJsonArray f = filter.toArray();
    if (f.size() == 2 && f.at(0).toString() == u"OR"_s && f.at(1).isArray()) {
        for (const QJsonValue &alternative : f.at(1).toArray()) {
            const QJsonArray alt = alternative.toArray();
            const bool ok =
                !alt.isEmpty() && alt.at(0).isArray() ? matchAll(row, alt, error) : matchOne(row, alt, error);
            if (!error->isEmpty())
                return false;
            if (ok)
                return true;
        }
        return false;
    }
    return matchOne(row, f, error);
}

bool matchAll(const QJsonObject &row, const QJsonArray &filters, QString *error)
{
    for (const QJsonValue &filter : filters) {
        if (!filter.isArray()) {
            *error = u"[EINVAL] query-filters: Input should be a valid list"_s;
            return false;
        }
        if (!matchFilter(row, filter, error))
            return false;
    }
    return true;
}

QString pythonString(const QString &s)
{
    QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString pythonJsonString(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            return QString::number(v.toInteger());
        QString s = QString::number(d, 'g', 17);
        if (!s.contains(u'.') && !s.contains(u'e'))
            s += u".0"_s;
        return s;
    }
    case QJsonValue::String:
        return pythonString(v.toString());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << pythonJsonString(e);
        return u'[' + parts.join(u", "_s) + u']';
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << pythonString(it.key()) + u": "_s + pythonJsonString(it.value());
        return u'{' + parts.join(u", "_s) + u'}';
    }
    }
    return u"null"_s;
}

QJsonObject vdevStats(const Pool &pool, qint64 seed, bool top, qint64 readErrors, qint64 writeErrors,
                      qint64 checksumErrors)
{
    const qint64 reads = 1000000 + (seed % 9000000);
    const qint64 writes = 2000000 + ((seed / 7) % 9000000);
    QJsonObject stats{{u"timestamp"_s, 4713000000000LL + (seed % 1000000)},
                      {u"read_errors"_s, readErrors},
                      {u"write_errors"_s, writeErrors},
                      {u"checksum_errors"_s, checksumErrors},
                      {u"ops"_s, QJsonArray{0, reads, writes, 0, 0, 0, 0}},
                      {u"bytes"_s, QJsonArray{0, reads * 98304, writes * 45056, 0, 0, 0, 0}},
                      {u"size"_s, top ? pool.size : 0},
                      {u"allocated"_s, top ? pool.allocated : 0},
                      {u"fragmentation"_s, top ? pool.fragmentation : 0},
                      {u"self_healed"_s, 0},
                      {u"configured_ashift"_s, 12},
                      {u"logical_ashift"_s, 9},
                      {u"physical_ashift"_s, 12}};
    return stats;
}

QJsonObject diskVdev(const Pool &pool, const Disk &d, bool top)
{
    return {{u"name"_s, d.partUuid},
            {u"type"_s, u"DISK"_s},
            {u"path"_s, d.path()},
            {u"guid"_s, QString::number(d.guid)},
            {u"status"_s, d.vdevState},
            {u"stats"_s, vdevStats(pool, d.guid, top, d.readErrors, d.writeErrors, d.checksumErrors)},
            {u"children"_s, QJsonArray()},
            {u"device"_s, QString(d.dev + u'1')},
            {u"disk"_s, d.dev},
            {u"unavail_disk"_s, QJsonValue::Null}};
}

bool parseInt(const QJsonValue &v, int *out)
{
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        return false;
    *out = v.toInt();
    return true;
}

QByteArray traceback(const QString &kind, const QString &message)
{
    return QByteArray("Traceback (most recent call last):\n"
                      "  File \"/usr/lib/python3/dist-packages/middlewared/api/base/server/ws_handler/rpc.py\", "
                      "line 323, in process_method_call\n"
                      "    result = await method.call(app, id_, params)\n") +
           QString(kind + u": "_s + message + u'\n').toUtf8();
}

} // namespace

QueryResult applyQuery(const QJsonArray &rows, const QJsonValue &filters, const QJsonValue &options)
{
    QueryResult r;
    if (!filters.isUndefined() && !filters.isNull() && !filters.isArray()) {
        r.error = u"[EINVAL] query-filters: Input should be a valid list"_s;
        return r;
    }
    if (!options.isUndefined() && !options.isNull() && !options.isObject()) {
        r.error = u"[EINVAL] query-options: Input should be a valid dictionary"_s;
        return r;
    }
    QList<QJsonObject> matched;
    for (const QJsonValue &row : rows) {
        QString error;
        const bool ok = matchAll(row.toObject(), filters.toArray(), &error);
        if (!error.isEmpty()) {
            r.error = error;
            return r;
        }
        if (ok)
            matched << row.toObject();
    }
    const QJsonObject o = options.toObject();
    const QJsonArray orderBy = o.value(u"order_by"_s).toArray();
    for (qsizetype i = orderBy.size() - 1; i >= 0; --i) {
        QString key = orderBy.at(i).toString();
        key.remove(u"nulls_first:"_s).remove(u"nulls_last:"_s);
        const bool desc = key.startsWith(u'-');
        if (desc)
            key = key.mid(1);
        std::stable_sort(matched.begin(), matched.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            bool comparable = false;
            const int c = compareValues(fieldValue(a, key), fieldValue(b, key), &comparable);
            return desc ? c > 0 : c < 0;
        });
    }
    const int offset = qMax(0, o.value(u"offset"_s).toInt());
    const int limit = o.value(u"limit"_s).toInt();
    matched = matched.mid(qMin<qsizetype>(offset, matched.size()), limit > 0 ? limit : -1);
    if (o.value(u"count"_s).toBool()) {
        r.value = int(matched.size());
        return r;
    }
    const QJsonArray select = o.value(u"select"_s).toArray();
    if (!select.isEmpty()) {
        for (QJsonObject &row : matched) {
            QJsonObject picked;
            for (const QJsonValue &s : select) {
                const QString key = s.isArray() ? s.toArray().at(0).toString() : s.toString();
                const QString as = s.isArray() ? s.toArray().at(1).toString() : key;
                const QJsonValue v = fieldValue(row, key);
                if (!v.isUndefined())
                    picked.insert(as, v);
            }
            row = picked;
        }
    }
    if (o.value(u"get"_s).toBool()) {
        if (matched.isEmpty())
            r.notFound = true;
        else
            r.value = matched.constFirst();
        return r;
    }
    QJsonArray out;
    for (const QJsonObject &row : matched)
        out.append(row);
    r.value = out;
    return r;
}

QJsonArray poolQueryRows(const StorageState &state)
{
    QJsonArray rows;
    for (const Pool &p : state.pools()) {
        const PoolProblem problem = poolProblem(state, p);
        const ScanStats &s = p.scan;
        QJsonValue scan = QJsonValue::Null;
        if (s.state != ScanStats::State::None) {
            const bool running = s.state == ScanStats::State::Scanning;
            const qint64 elapsed = qMax<qint64>(1, state.now() - s.startTime - s.spentPaused);
            const qint64 rate = s.issued / elapsed;
            QJsonValue left = QJsonValue::Null;
            if (running && !s.isPaused() && rate > 0)
                left = (s.toExamine - s.skipped - s.issued) / rate;
            scan = QJsonObject{
                {u"function"_s, s.function == ScanStats::Function::Resilver ? u"RESILVER"_s : u"SCRUB"_s},
                {u"state"_s,
                 running ? u"SCANNING"_s : (s.state == ScanStats::State::Canceled ? u"CANCELED"_s : u"FINISHED"_s)},
                {u"start_time"_s, date(s.startTime)},
                {u"end_time"_s, running ? QJsonValue(QJsonValue::Null) : date(s.endTime)},
                {u"percentage"_s, s.percent()},
                // Swapped on purpose: TrueNAS keeps them swapped for legacy compatibility.
                {u"bytes_to_process"_s, s.examined},
                {u"bytes_processed"_s, s.toExamine},
                {u"bytes_issued"_s, s.issued},
                {u"pause"_s, s.isPaused() ? date(s.pauseTime) : QJsonValue(QJsonValue::Null)},
                {u"errors"_s, s.errors},
                {u"total_secs_left"_s, left}};
        }
        QJsonArray data;
        if (p.mirror) {
            QJsonArray children;
            for (const int index : p.disks)
                children.append(diskVdev(p, state.disks().at(index), false));
            data.append(QJsonObject{{u"name"_s, u"mirror-0"_s},
                                    {u"type"_s, u"MIRROR"_s},
                                    {u"path"_s, QJsonValue::Null},
                                    {u"guid"_s, QString::number(p.topGuid)},
                                    {u"status"_s, u"ONLINE"_s},
                                    {u"stats"_s, vdevStats(p, p.topGuid, true, 0, 0, 0)},
                                    {u"children"_s, children},
                                    {u"unavail_disk"_s, QJsonValue::Null}});
        } else {
            for (const int index : p.disks)
                data.append(diskVdev(p, state.disks().at(index), true));
        }
        const bool healthy = problem.statusCode == u"OK"_s || problem.statusCode == u"FEAT_DISABLED"_s;
        QJsonValue detail = QJsonValue::Null;
        if (!problem.status.isEmpty())
            detail =
                QString(problem.status.section(u'.', 0, 0).replace(u"\n\t"_s, u" "_s).replace(u"  "_s, u" "_s) + u'.');
        rows.append(QJsonObject{{u"id"_s, p.id},
                                {u"name"_s, p.name},
                                {u"guid"_s, QString::number(p.guid)},
                                {u"path"_s, QString(u"/mnt/"_s + p.name)},
                                {u"status"_s, u"ONLINE"_s},
                                {u"healthy"_s, healthy},
                                {u"warning"_s, problem.statusCode == u"FEAT_DISABLED"_s},
                                {u"status_code"_s, problem.statusCode},
                                {u"status_detail"_s, detail},
                                {u"scan"_s, scan},
                                {u"expand"_s, QJsonValue::Null},
                                {u"is_upgraded"_s, !p.featuresDisabled},
                                {u"size"_s, p.size},
                                {u"allocated"_s, p.allocated},
                                {u"free"_s, p.free()},
                                {u"freeing"_s, 0},
                                {u"fragmentation"_s, QString::number(p.fragmentation)},
                                {u"size_str"_s, QString::number(p.size)},
                                {u"allocated_str"_s, QString::number(p.allocated)},
                                {u"free_str"_s, QString::number(p.free())},
                                {u"freeing_str"_s, u"0"_s},
                                {u"dedup_table_size"_s, 0},
                                {u"dedup_table_quota"_s, u"0"_s},
                                {u"autotrim"_s, QJsonObject{{u"parsed"_s, u"off"_s},
                                                            {u"rawvalue"_s, u"off"_s},
                                                            {u"source"_s, u"DEFAULT"_s},
                                                            {u"value"_s, u"off"_s}}},
                                {u"topology"_s, QJsonObject{{u"data"_s, data},
                                                            {u"log"_s, QJsonArray()},
                                                            {u"cache"_s, QJsonArray()},
                                                            {u"spare"_s, QJsonArray()},
                                                            {u"special"_s, QJsonArray()},
                                                            {u"dedup"_s, QJsonArray()}}}});
    }
    return rows;
}

QJsonArray diskQueryRows(const StorageState &state, bool withPools)
{
    QJsonArray rows;
    int number = 2048;
    for (const Disk &d : state.disks()) {
        QJsonObject row{{u"identifier"_s, u"{serial_lunid}%1_%2"_s.arg(d.serial, d.lunid)},
                        {u"name"_s, d.dev},
                        {u"devname"_s, d.dev},
                        {u"number"_s, number},
                        {u"serial"_s, d.serial},
                        {u"lunid"_s, d.lunid},
                        {u"size"_s, d.sizeBytes},
                        {u"description"_s, u""_s},
                        {u"transfermode"_s, u"Auto"_s},
                        {u"hddstandby"_s, u"ALWAYS ON"_s},
                        {u"advpowermgmt"_s, u"DISABLED"_s},
                        {u"expiretime"_s, QJsonValue::Null},
                        {u"model"_s, d.model},
                        {u"rotationrate"_s, d.rpm},
                        {u"type"_s, u"HDD"_s},
                        {u"zfs_guid"_s, QString::number(d.guid)},
                        {u"bus"_s, u"ATA"_s},
                        {u"subsystem"_s, u"scsi"_s},
                        {u"enclosure"_s, QJsonValue::Null}};
        if (withPools) {
            QJsonValue pool = QJsonValue::Null;
            for (const Pool &p : state.pools()) {
                for (const int index : p.disks) {
                    if (state.disks().at(index).dev == d.dev)
                        pool = p.name;
                }
            }
            row.insert(u"pool"_s, pool);
        }
        rows.append(row);
        number += 16;
    }
    return rows;
}

QJsonArray scrubTaskRows(const StorageState &state)
{
    QJsonArray rows;
    for (const ScrubTask &t : state.scrubTasks()) {
        const Pool *p = state.poolById(t.pool);
        rows.append(t.toJson(p ? p->name : QString()));
    }
    return rows;
}

QByteArray pythonJson(const QJsonValue &value)
{
    return pythonJsonString(value).toUtf8();
}

Midclt::Midclt(StorageState &state)
    : m_state(state)
{}

CommandOutput Midclt::run(const QStringList &argv)
{
    bool quiet = false;
    qsizetype i = 1;
    for (; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (a == u"-q"_s || a == u"--quiet"_s)
            quiet = true;
        else if (a == u"-t"_s || a == u"--timeout"_s || a == u"-u"_s || a == u"-U"_s || a == u"-P"_s || a == u"-K"_s)
            ++i;
        else
            break;
    }
    const QString sub = argv.value(i);
    if (sub == u"ping"_s)
        return CommandOutput::ok("pong\n");
    if (sub != u"call"_s) {
        return CommandOutput::fail("usage: midclt [-h] [-q] [-u URI] [-U USERNAME] [-P PASSWORD] [-K API_KEY] [-t "
                                   "TIMEOUT] {call,ping,waitready,sql,subscribe} ...\nmidclt: error: argument name: "
                                   "invalid choice: '" +
                                       sub.toUtf8() + "'\n",
                                   2);
    }
    ++i;
    bool job = false;
    for (; i < argv.size() && argv.at(i).startsWith(u'-'); ++i) {
        if (argv.at(i) == u"-j"_s || argv.at(i) == u"--job"_s)
            job = true;
        else if (argv.at(i) == u"-jp"_s || argv.at(i) == u"--job-print"_s)
            job = true;
    }
    if (i >= argv.size())
        return CommandOutput::fail("usage: midclt call [-h] [-j] [-jp {progressbar,description}] method [args ...]\n"
                                   "midclt call: error: the following arguments are required: method, args\n",
                                   2);
    const QString method = argv.at(i);
    QJsonArray params;
    for (++i; i < argv.size(); ++i) {
        const QByteArray text = argv.at(i).toUtf8();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
        if (error.error == QJsonParseError::NoError && doc.array().size() == 1 && !text.trimmed().isEmpty())
            params.append(doc.array().at(0));
        else
            params.append(argv.at(i));
    }
    const Outcome outcome =
        m_failures.contains(method) ? Outcome{{}, m_failures.value(method)} : call(method, params, job);
    m_calls.append(
        QJsonObject{{u"time"_s, QDateTime::fromSecsSinceEpoch(m_state.now(), QTimeZone::utc()).toString(Qt::ISODate)},
                    {u"method"_s, method},
                    {u"params"_s, params},
                    {u"job"_s, job},
                    {u"ok"_s, outcome.error.isEmpty()}});
    if (!outcome.error.isEmpty()) {
        QByteArray err = outcome.error.toUtf8() + '\n';
        if (!quiet) {
            const QString kind = outcome.error.startsWith(u"[EINVAL]"_s)
                                     ? u"middlewared.service_exception.ValidationErrors"_s
                                     : u"middlewared.service_exception.CallError"_s;
            err += traceback(kind, outcome.error);
        }
        return CommandOutput::fail(err, 1);
    }
    const QJsonValue &r = outcome.result;
    if (r.isBool())
        return CommandOutput::ok(r.toBool() ? "True\n" : "False\n");
    if (r.isString())
        return CommandOutput::ok(r.toString().toUtf8() + '\n');
    if (r.isDouble() && r.toDouble() == double(r.toInteger()))
        return CommandOutput::ok(QByteArray::number(r.toInteger()) + '\n');
    return CommandOutput::ok(pythonJson(r) + '\n');
}

void Midclt::setFailure(const QString &method, const QString &error)
{
    if (error.isEmpty())
        m_failures.remove(method);
    else
        m_failures.insert(method, error);
}

QJsonObject Midclt::failures() const
{
    QJsonObject out;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

Midclt::Outcome Midclt::call(const QString &method, const QJsonArray &params, bool job)
{
    const auto query = [&](const QJsonArray &rows) {
        const QueryResult r = applyQuery(rows, params.at(0), params.at(1));
        if (!r.error.isEmpty())
            return Outcome{{}, r.error};
        if (r.notFound)
            return Outcome{{}, u"[ENOENT] None: Object not found (MatchNotFound)"_s};
        return Outcome{r.value, {}};
    };
    if (method == u"pool.query"_s)
        return query(poolQueryRows(m_state));
    if (method == u"disk.query"_s) {
        const bool pools = params.at(1).toObject().value(u"extra"_s).toObject().value(u"pools"_s).toBool();
        return query(diskQueryRows(m_state, pools));
    }
    if (method == u"pool.scrub.query"_s)
        return query(scrubTaskRows(m_state));
    if (method == u"pool.scrub.create"_s) {
        if (!params.at(0).isObject())
            return Outcome{{}, u"[EINVAL] pool_scrub_create: Input should be a valid dictionary"_s};
        QJsonArray errors;
        const QJsonObject entry = m_state.createTask(params.at(0).toObject(), &errors);
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const QJsonValue &e : errors)
                lines << u"[EINVAL] %1: %2"_s.arg(e.toArray().at(0).toString(), e.toArray().at(1).toString());
            return Outcome{{}, lines.join(u'\n')};
        }
        return Outcome{entry, {}};
    }
    if (method == u"pool.scrub.update"_s) {
        int id = 0;
        if (!parseInt(params.at(0), &id))
            return Outcome{{}, u"[EINVAL] pool_scrub_update.id: Input should be a valid integer"_s};
        if (!params.at(1).isObject())
            return Outcome{{}, u"[EINVAL] pool_scrub_update: Input should be a valid dictionary"_s};
        QJsonArray errors;
        bool notFound = false;
        const QJsonObject entry = m_state.updateTask(id, params.at(1).toObject(), &errors, &notFound);
        if (notFound)
            return Outcome{{}, u"[ENOENT] None: PoolScrub %1 does not exist"_s.arg(id)};
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const QJsonValue &e : errors)
                lines << u"[EINVAL] %1: %2"_s.arg(e.toArray().at(0).toString(), e.toArray().at(1).toString());
            return Outcome{{}, lines.join(u'\n')};
        }
        return Outcome{entry, {}};
    }
    if (method == u"pool.scrub.delete"_s) {
        int id = 0;
        if (!parseInt(params.at(0), &id))
            return Outcome{{}, u"[EINVAL] pool_scrub_delete.id: Input should be a valid integer"_s};
        if (!m_state.deleteTask(id))
            return Outcome{{}, u"[ENOENT] None: PoolScrub %1 does not exist"_s.arg(id)};
        return Outcome{true, {}};
    }
    if (method == u"pool.scrub.scrub"_s || method == u"pool.scrub.run"_s) {
        const QString name = params.at(0).toString();
        if (!m_state.pool(name))
            return Outcome{{}, u"[ENOENT] Pool %1 not found"_s.arg(name)};
        if (method == u"pool.scrub.run"_s) {
            const int threshold = params.size() > 1 ? params.at(1).toInt(35) : 35;
            const ScanStats &s = m_state.pool(name)->scan;
            const bool due =
                s.state != ScanStats::State::Finished || m_state.now() - s.endTime >= qint64(threshold) * 86400;
            if (due && !s.isRunning())
                (void)m_state.startScrub(name);
            return Outcome{QJsonValue::Null, {}};
        }
        const QString action = params.size() > 1 ? params.at(1).toString() : u"START"_s;
        StorageState::ScrubResult r = StorageState::ScrubResult::Ok;
        if (action == u"START"_s)
            r = m_state.startScrub(name);
        else if (action == u"STOP"_s)
            r = m_state.cancelScrub(name);
        else if (action == u"PAUSE"_s)
            r = m_state.pauseScrub(name);
        else
            return Outcome{{}, u"[EINVAL] pool.scrub.scrub.action: Input should be 'START', 'STOP' or 'PAUSE'"_s};
        if (job && r == StorageState::ScrubResult::AlreadyScrubbing)
            return Outcome{{}, u"[EBUSY] %1: a scrub is already running"_s.arg(name)};
        if (job && r == StorageState::ScrubResult::NoActiveScrub)
            return Outcome{{}, u"[ENOENT] %1: there is no active scrub"_s.arg(name)};
        if (job)
            return Outcome{QJsonValue::Null, {}};
        return Outcome{m_nextJobId++, {}};
    }
    if (method == u"disk.temperatures"_s) {
        QJsonArray names;
        if (params.at(0).isObject())
            names = params.at(0).toObject().value(u"name"_s).toArray();
        else
            names = params.at(0).toArray();
        QJsonObject out;
        for (const Disk &d : m_state.disks()) {
            if (names.isEmpty() || names.contains(d.dev))
                out.insert(d.dev, d.temperature);
        }
        return Outcome{out, {}};
    }
    if (method == u"system.version"_s)
        return Outcome{u"TrueNAS-25.04.2.4"_s, {}};
    if (method == u"system.info"_s || method == u"system.general.config"_s) {
        if (method == u"system.general.config"_s)
            return Outcome{QJsonObject{{u"id"_s, 1},
                                       {u"timezone"_s, m_state.timeZone()},
                                       {u"language"_s, u"en"_s},
                                       {u"kbdmap"_s, u"de"_s}},
                           {}};
        return Outcome{QJsonObject{{u"version"_s, u"25.04.2.4"_s},
                                   {u"hostname"_s, m_state.hostName()},
                                   {u"physmem"_s, 33554432000LL},
                                   {u"model"_s, u"Intel(R) Core(TM) i5-8500T CPU @ 2.10GHz"_s},
                                   {u"cores"_s, 6},
                                   {u"physical_cores"_s, 6},
                                   {u"loadavg"_s, QJsonArray{0.42, 0.51, 0.48}},
                                   {u"uptime_seconds"_s, 1734521.7},
                                   {u"system_serial"_s, u"S4M1L4B"_s},
                                   {u"system_product"_s, u"OptiPlex 3060"_s},
                                   {u"system_manufacturer"_s, u"Dell Inc."_s},
                                   {u"timezone"_s, m_state.timeZone()},
                                   {u"datetime"_s, date(m_state.now())},
                                   {u"boottime"_s, date(m_state.now() - 1734521)}},
                       {}};
    }
    return Outcome{{}, u"[ENOMETHOD] Method %1 not found"_s.arg(method)};
}

} // namespace KryNet::LabSim::Storage
