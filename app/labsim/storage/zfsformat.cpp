#include "app/labsim/storage/zfsformat.h"

#include <cmath>
#include <cstdio>

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Storage
{

namespace
{

constexpr int SpaVersion = 5000;
constexpr int ZplVersion = 5;

/// A number in JSON: integer (--json-int), exact string (-p), or humanised string.
QJsonValue jsonNumber(qint64 value, const NumberStyle &style, bool bytes)
{
    if (style.jsonInt)
        return value;
    if (style.parsable)
        return QString::number(value);
    return niceNum(value, bytes);
}

QJsonValue jsonTime(qint64 secs, const NumberStyle &style, const QString &zone)
{
    if (style.jsonInt)
        return secs;
    if (style.parsable)
        return QString::number(secs);
    return secs == 0 ? u"-"_s : ctimeString(secs, zone);
}

QString scanFunction(const ScanStats &s)
{
    switch (s.function) {
    case ScanStats::Function::Scrub:
        return u"SCRUB"_s;
    case ScanStats::Function::Resilver:
        return u"RESILVER"_s;
    case ScanStats::Function::None:
        break;
    }
    return u"NONE"_s;
}

QString scanState(const ScanStats &s)
{
    switch (s.state) {
    case ScanStats::State::Scanning:
        return u"SCANNING"_s;
    case ScanStats::State::Finished:
        return u"FINISHED"_s;
    case ScanStats::State::Canceled:
        return u"CANCELED"_s;
    case ScanStats::State::None:
        break;
    }
    return u"NONE"_s;
}

QString scanText(const StorageState &state, const Pool &pool)
{
    const ScanStats &s = pool.scan;
    const QString zone = state.timeZone();
    const QString what = s.function == ScanStats::Function::Resilver ? u"resilver"_s : u"scrub"_s;
    switch (s.state) {
    case ScanStats::State::None:
        return u"  scan: none requested\n"_s;
    case ScanStats::State::Finished:
        if (s.function == ScanStats::Function::Resilver)
            return u"  scan: resilvered %1 in %2 with %3 errors on %4\n"_s
                .arg(niceNum(s.repaired, true), durationString(s.endTime - s.startTime - s.spentPaused))
                .arg(s.errors)
                .arg(ctimeString(s.endTime, zone));
        return u"  scan: scrub repaired %1 in %2 with %3 errors on %4\n"_s
            .arg(niceNum(s.repaired, true), durationString(s.endTime - s.startTime - s.spentPaused))
            .arg(s.errors)
            .arg(ctimeString(s.endTime, zone));
    case ScanStats::State::Canceled:
        return u"  scan: %1 canceled on %2\n"_s.arg(what, ctimeString(s.endTime, zone));
    case ScanStats::State::Scanning:
        break;
    }
    const QString total = niceNum(s.toExamine, true);
    const QString repairedWord = s.function == ScanStats::Function::Resilver ? u"resilvered"_s : u"repaired"_s;
    if (s.isPaused()) {
        return u"  scan: %1 paused since %2\n\t%1 started on %3\n\t%4 / %5 scanned, %6 / %5 issued\n"
               "\t%7 %8, %9% done\n"_s.arg(what, ctimeString(s.pauseTime, zone), ctimeString(s.startTime, zone),
                                           niceNum(s.examined, true), total, niceNum(s.issued, true),
                                           niceNum(s.repaired, true), repairedWord,
                                           QString::number(s.percent(), 'f', 2));
    }
    const qint64 elapsed = qMax<qint64>(1, state.now() - s.startTime - s.spentPaused);
    const qint64 scanRate = s.examined / elapsed;
    const qint64 issueRate = s.issued / elapsed;
    QString line2 = u"\t%1 / %2 scanned"_s.arg(niceNum(s.examined, true), total);
    if (scanRate > 0)
        line2 += u" at %1/s"_s.arg(niceNum(scanRate, true));
    line2 += u", %1 / %2 issued"_s.arg(niceNum(s.issued, true), total);
    if (issueRate > 0)
        line2 += u" at %1/s"_s.arg(niceNum(issueRate, true));
    QString line3 =
        u"\t%1 %2, %3% done"_s.arg(niceNum(s.repaired, true), repairedWord, QString::number(s.percent(), 'f', 2));
    if (issueRate < 10 * 1024 * 1024 || s.issued == 0)
        line3 += u", no estimated completion time"_s;
    else
        line3 += u", %1 to go"_s.arg(durationString((s.toExamine - s.skipped - s.issued) / issueRate));
    return u"  scan: %1 in progress since %2\n"_s.arg(what, ctimeString(s.startTime, zone)) + line2 + u'\n' + line3 +
           u'\n';
}

bool isRepairing(const Pool &pool, const Disk &disk)
{
    return pool.scan.isRunning() && !pool.scan.isPaused() && disk.checksumErrors > 0;
}

qint64 repDevSize(const Disk &d)
{
    return (d.sizeBytes - 2LL * 1024 * 1024 * 1024) / (4 * 1024 * 1024) * (4 * 1024 * 1024);
}

QString devid(const Disk &d)
{
    QString model = d.model;
    model.replace(u' ', u'_');
    return u"ata-%1_%2-part1"_s.arg(model, d.serial);
}

QJsonObject diskJson(const StorageState &state, const Pool &pool, const Disk &d, const StatusOptions &o, bool topLevel)
{
    const NumberStyle &n = o.numbers;
    QJsonObject v{{u"name"_s, o.fullPaths ? d.path() : d.partUuid},
                  {u"vdev_type"_s, u"disk"_s},
                  {u"guid"_s, jsonNumber(d.guid, NumberStyle{true, n.jsonInt}, false)},
                  {u"path"_s, d.path()},
                  {u"devid"_s, devid(d)},
                  {u"class"_s, u"normal"_s},
                  {u"state"_s, d.vdevState},
                  {u"rep_dev_size"_s, jsonNumber(repDevSize(d), n, true)},
                  {u"phys_space"_s, jsonNumber(d.sizeBytes, n, true)},
                  {u"read_errors"_s, jsonNumber(d.readErrors, n, false)},
                  {u"write_errors"_s, jsonNumber(d.writeErrors, n, false)},
                  {u"checksum_errors"_s, jsonNumber(d.checksumErrors, n, false)},
                  {u"slow_ios"_s, jsonNumber(0, n, false)}};
    if (topLevel) {
        v.insert(u"alloc_space"_s, jsonNumber(pool.allocated, n, true));
        v.insert(u"total_space"_s, jsonNumber(pool.size, n, true));
        v.insert(u"def_space"_s, jsonNumber(pool.size, n, true));
    }
    if (isRepairing(pool, d))
        v.insert(u"scan_processed"_s, jsonNumber(pool.scan.repaired, n, true));
    Q_UNUSED(state);
    return v;
}

QString rowCounter(qint64 value, bool parsable)
{
    return parsable ? QString::number(value) : niceNum(value, false);
}

QString padRight(const QString &s, qsizetype width)
{
    return s.size() >= width ? s : s + QString(width - s.size(), u' ');
}

QString padLeft(const QString &s, qsizetype width)
{
    return s.size() >= width ? s : QString(width - s.size(), u' ') + s;
}

struct Column
{
    QString header;
    bool rightAligned;
};

QByteArray table(const QList<Column> &columns, const QList<QStringList> &rows, bool scripted)
{
    QString out;
    if (scripted) {
        for (const QStringList &row : rows)
            out += row.join(u'\t') + u'\n';
        return out.toUtf8();
    }
    QList<qsizetype> widths;
    for (const Column &c : columns)
        widths << c.header.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QString l;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                l += u"  "_s;
            const bool last = i == cells.size() - 1;
            if (columns.at(i).rightAligned)
                l += padLeft(cells.at(i), widths.at(i));
            else
                l += last ? cells.at(i) : padRight(cells.at(i), widths.at(i));
        }
        return l + u'\n';
    };
    QStringList headers;
    for (const Column &c : columns)
        headers << c.header;
    out += line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out.toUtf8();
}

QString zpoolHeader(const QString &column)
{
    static const QHash<QString, QString> headers{
        {u"name"_s, u"NAME"_s},          {u"size"_s, u"SIZE"_s},          {u"allocated"_s, u"ALLOC"_s},
        {u"free"_s, u"FREE"_s},          {u"checkpoint"_s, u"CKPOINT"_s}, {u"expandsize"_s, u"EXPANDSZ"_s},
        {u"fragmentation"_s, u"FRAG"_s}, {u"capacity"_s, u"CAP"_s},       {u"dedupratio"_s, u"DEDUP"_s},
        {u"health"_s, u"HEALTH"_s},      {u"altroot"_s, u"ALTROOT"_s},    {u"guid"_s, u"GUID"_s}};
    return headers.value(column, column.toUpper());
}

QString zpoolValue(const Pool &p, const QString &column, bool parsable)
{
    if (column == u"name"_s)
        return p.name;
    if (column == u"size"_s)
        return parsable ? QString::number(p.size) : niceNum(p.size);
    if (column == u"allocated"_s)
        return parsable ? QString::number(p.allocated) : niceNum(p.allocated);
    if (column == u"free"_s)
        return parsable ? QString::number(p.free()) : niceNum(p.free());
    if (column == u"checkpoint"_s || column == u"expandsize"_s)
        return u"-"_s;
    if (column == u"fragmentation"_s)
        return parsable ? QString::number(p.fragmentation) : QString::number(p.fragmentation) + u'%';
    if (column == u"capacity"_s)
        return parsable ? QString::number(p.capacity()) : QString::number(p.capacity()) + u'%';
    if (column == u"dedupratio"_s)
        return parsable ? p.dedupRatio : p.dedupRatio + u'x';
    if (column == u"health"_s)
        return u"ONLINE"_s;
    if (column == u"altroot"_s)
        return u"/mnt"_s;
    if (column == u"guid"_s)
        return QString::number(p.guid);
    return u"-"_s;
}

QString zfsHeader(const QString &column)
{
    static const QHash<QString, QString> headers{{u"name"_s, u"NAME"_s},
                                                 {u"used"_s, u"USED"_s},
                                                 {u"available"_s, u"AVAIL"_s},
                                                 {u"referenced"_s, u"REFER"_s},
                                                 {u"mountpoint"_s, u"MOUNTPOINT"_s},
                                                 {u"type"_s, u"TYPE"_s}};
    return headers.value(column, column.toUpper());
}

const Pool *poolOf(const StorageState &state, const Dataset &d)
{
    return state.pool(d.name.section(u'/', 0, 0));
}

} // namespace

QString niceNum(qint64 value, bool bytes)
{
    static const char units[] = {'B', 'K', 'M', 'G', 'T', 'P', 'E'};
    const quint64 n = quint64(qMax<qint64>(0, value));
    int index = 0;
    quint64 divisor = 1;
    while (index < 6 && n >= divisor * 1024) {
        divisor *= 1024;
        ++index;
    }
    if (index == 0)
        return bytes ? QString::number(n) + u'B' : QString::number(n);
    const QChar unit = QLatin1Char(units[index]);
    if (n % divisor == 0)
        return QString::number(n / divisor) + unit;
    const double v = double(n) / double(divisor);
    // snprintf("%.*f") as zfs_nicenum_format() does: glibc rounds exact ties to even (3.625 → "3.62").
    QString out;
    for (int precision = 2; precision >= 0; --precision) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", precision, v);
        out = QString::fromLatin1(buffer) + unit;
        if (out.size() <= 5)
            break;
    }
    return out;
}

QString ctimeString(qint64 secs, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime t = zone.isValid() ? QDateTime::fromSecsSinceEpoch(secs, zone)
                                       : QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    const QLocale c = QLocale::c();
    return u"%1 %2 %3"_s.arg(c.toString(t, u"ddd MMM"_s), padLeft(QString::number(t.date().day()), 2),
                             c.toString(t, u"HH:mm:ss yyyy"_s));
}

QString durationString(qint64 secs)
{
    secs = qMax<qint64>(0, secs);
    const qint64 days = secs / 86400;
    const QString hms = u"%1:%2:%3"_s.arg((secs % 86400) / 3600, 2, 10, QLatin1Char('0'))
                            .arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'))
                            .arg(secs % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? u"%1 days %2"_s.arg(days).arg(hms) : hms;
}

PoolProblem poolProblem(const StorageState &state, const Pool &pool)
{
    for (const int index : pool.disks) {
        const Disk &d = state.disks().at(index);
        if (d.checksumErrors > 0 || d.readErrors > 0 || d.writeErrors > 0) {
            return {u"One or more devices has experienced an unrecoverable error.  An\n\tattempt was made to "
                    "correct the error.  Applications are unaffected.\n"_s,
                    u"Determine if the device needs to be replaced, and clear the errors\n\tusing 'zpool clear' or "
                    "replace the device with 'zpool replace'.\n"_s,
                    u"ZFS-8000-9P"_s, u"FAILING_DEV"_s};
        }
    }
    if (pool.featuresDisabled) {
        return {u"Some supported and requested features are not enabled on the pool.\n\tThe pool can still be "
                "used, but some features are unavailable.\n"_s,
                u"Enable all features using 'zpool upgrade'. Once this is done,\n\tthe pool may no longer be "
                "accessible by software that does not support\n\tthe features. See zpool-features(7) for details.\n"_s,
                {},
                u"FEAT_DISABLED"_s};
    }
    return {{}, {}, {}, u"OK"_s};
}

QByteArray zpoolStatusText(const StorageState &state, const QList<const Pool *> &pools, const StatusOptions &options)
{
    QString out;
    bool first = true;
    for (const Pool *p : pools) {
        if (!first)
            out += u'\n';
        first = false;
        out += u"  pool: "_s + p->name + u'\n';
        out += u" state: ONLINE\n"_s;
        const PoolProblem problem = poolProblem(state, *p);
        if (!problem.status.isEmpty()) {
            out += u"status: "_s + problem.status;
            out += u"action: "_s + problem.action;
            if (!problem.msgId.isEmpty())
                out += u"   see: https://openzfs.github.io/openzfs-docs/msg/"_s + problem.msgId + u'\n';
        }
        out += scanText(state, *p);
        out += u"config:\n\n"_s;

        struct Row
        {
            int depth;
            QString name;
            const Disk *disk;
        };
        QList<Row> rows{{0, p->name, nullptr}};
        if (p->mirror)
            rows.append({2, u"mirror-0"_s, nullptr});
        for (const int index : p->disks) {
            const Disk &d = state.disks().at(index);
            rows.append({p->mirror ? 4 : 2, options.fullPaths ? d.path() : d.partUuid, &d});
        }
        qsizetype width = 10;
        for (const Row &r : rows)
            width = qMax(width, r.depth + r.name.size());
        out += u"\t"_s + padRight(u"NAME"_s, width) + u"  "_s + padRight(u"STATE"_s, 8) + u" "_s +
               padLeft(u"READ"_s, 5) + u" "_s + padLeft(u"WRITE"_s, 5) + u" "_s + padLeft(u"CKSUM"_s, 5) + u'\n';
        for (const Row &r : rows) {
            const qint64 rd = r.disk ? r.disk->readErrors : 0;
            const qint64 wr = r.disk ? r.disk->writeErrors : 0;
            const qint64 ck = r.disk ? r.disk->checksumErrors : 0;
            QString line = u"\t"_s + QString(r.depth, u' ') + padRight(r.name, width - r.depth) + u"  "_s +
                           padRight(r.disk ? r.disk->vdevState : u"ONLINE"_s, 8) + u" "_s +
                           padLeft(rowCounter(rd, options.numbers.parsable), 5) + u" "_s +
                           padLeft(rowCounter(wr, options.numbers.parsable), 5) + u" "_s +
                           padLeft(rowCounter(ck, options.numbers.parsable), 5);
            if (r.disk && isRepairing(*p, *r.disk))
                line += u"  (repairing)"_s;
            out += line + u'\n';
        }
        out += u"\nerrors: No known data errors\n"_s;
    }
    if (pools.isEmpty())
        out = u"no pools available\n"_s;
    return out.toUtf8();
}

QJsonObject zpoolStatusJson(const StorageState &state, const QList<const Pool *> &pools, const StatusOptions &options)
{
    const NumberStyle &n = options.numbers;
    const NumberStyle exact{true, n.jsonInt};
    const QString zone = state.timeZone();
    QJsonObject poolsJson;
    for (const Pool *p : pools) {
        const ScanStats &s = p->scan;
        const qint64 elapsed = qMax<qint64>(1, (s.state == ScanStats::State::Scanning ? state.now() : s.endTime) -
                                                   s.startTime - s.spentPaused);
        QJsonObject scan{{u"function"_s, scanFunction(s)},
                         {u"state"_s, scanState(s)},
                         {u"start_time"_s, jsonTime(s.startTime, n, zone)},
                         {u"end_time"_s, jsonTime(s.state == ScanStats::State::Scanning ? 0 : s.endTime, n, zone)},
                         {u"to_examine"_s, jsonNumber(s.toExamine, n, true)},
                         {u"examined"_s, jsonNumber(s.examined, n, true)},
                         {u"skipped"_s, jsonNumber(s.skipped, n, true)},
                         {u"processed"_s, jsonNumber(s.repaired, n, true)},
                         {u"errors"_s, jsonNumber(s.errors, n, false)},
                         {u"bytes_per_scan"_s, jsonNumber(s.examined / elapsed, n, true)},
                         {u"pass_start"_s, jsonTime(s.startTime, n, zone)},
                         {u"scrub_pause"_s, jsonTime(s.pauseTime, n, zone)},
                         {u"scrub_spent_paused"_s, jsonNumber(s.spentPaused, exact, false)},
                         {u"issued_bytes_per_scan"_s, jsonNumber(s.issued / elapsed, n, true)},
                         {u"issued"_s, jsonNumber(s.issued, n, true)}};

        QJsonObject leaves;
        for (const int index : p->disks) {
            const Disk &d = state.disks().at(index);
            leaves.insert(options.fullPaths ? d.path() : d.partUuid, diskJson(state, *p, d, options, !p->mirror));
        }
        QJsonObject root{{u"name"_s, p->name},
                         {u"vdev_type"_s, u"root"_s},
                         {u"guid"_s, jsonNumber(p->guid, exact, false)},
                         {u"class"_s, u"normal"_s},
                         {u"state"_s, u"ONLINE"_s},
                         {u"alloc_space"_s, jsonNumber(p->allocated, n, true)},
                         {u"total_space"_s, jsonNumber(p->size, n, true)},
                         {u"def_space"_s, jsonNumber(p->size, n, true)},
                         {u"read_errors"_s, jsonNumber(0, n, false)},
                         {u"write_errors"_s, jsonNumber(0, n, false)},
                         {u"checksum_errors"_s, jsonNumber(0, n, false)}};
        if (p->mirror) {
            const Disk &first = state.disks().at(p->disks.constFirst());
            const QJsonObject mirror{{u"name"_s, u"mirror-0"_s},
                                     {u"vdev_type"_s, u"mirror"_s},
                                     {u"guid"_s, jsonNumber(p->topGuid, exact, false)},
                                     {u"class"_s, u"normal"_s},
                                     {u"state"_s, u"ONLINE"_s},
                                     {u"alloc_space"_s, jsonNumber(p->allocated, n, true)},
                                     {u"total_space"_s, jsonNumber(p->size, n, true)},
                                     {u"def_space"_s, jsonNumber(p->size, n, true)},
                                     {u"rep_dev_size"_s, jsonNumber(repDevSize(first), n, true)},
                                     {u"read_errors"_s, jsonNumber(0, n, false)},
                                     {u"write_errors"_s, jsonNumber(0, n, false)},
                                     {u"checksum_errors"_s, jsonNumber(0, n, false)},
                                     {u"vdevs"_s, leaves}};
            root.insert(u"vdevs"_s, QJsonObject{{u"mirror-0"_s, mirror}});
        } else {
            root.insert(u"vdevs"_s, leaves);
        }

        QJsonObject pool{{u"name"_s, p->name},
                         {u"state"_s, u"ONLINE"_s},
                         {u"pool_guid"_s, jsonNumber(p->guid, exact, false)},
                         {u"txg"_s, jsonNumber(p->txg, exact, false)},
                         {u"spa_version"_s, jsonNumber(SpaVersion, exact, false)},
                         {u"zpl_version"_s, jsonNumber(ZplVersion, exact, false)},
                         {u"vdevs"_s, QJsonObject{{p->name, root}}},
                         {u"error_count"_s, jsonNumber(0, exact, false)}};
        if (s.state != ScanStats::State::None)
            pool.insert(u"scan_stats"_s, scan);
        const PoolProblem problem = poolProblem(state, *p);
        if (!problem.status.isEmpty()) {
            pool.insert(u"status"_s, problem.status);
            pool.insert(u"action"_s, problem.action);
            if (!problem.msgId.isEmpty()) {
                pool.insert(u"msgid"_s, problem.msgId);
                pool.insert(u"moreinfo"_s, QString(u"https://openzfs.github.io/openzfs-docs/msg/"_s + problem.msgId));
            }
        }
        if (options.verbose)
            pool.insert(u"errors"_s, QJsonObject());
        poolsJson.insert(p->name, pool);
    }
    return {{u"output_version"_s,
             QJsonObject{{u"command"_s, u"zpool status"_s}, {u"vers_major"_s, 0}, {u"vers_minor"_s, 1}}},
            {u"pools"_s, poolsJson}};
}

QString canonicalZpoolColumn(const QString &column)
{
    static const QHash<QString, QString> aliases{{u"alloc"_s, u"allocated"_s},     {u"ckpoint"_s, u"checkpoint"_s},
                                                 {u"expandsz"_s, u"expandsize"_s}, {u"frag"_s, u"fragmentation"_s},
                                                 {u"cap"_s, u"capacity"_s},        {u"dedup"_s, u"dedupratio"_s}};
    const QString c = aliases.value(column, column);
    static const QStringList known{u"name"_s,       u"size"_s,       u"allocated"_s,     u"free"_s,
                                   u"checkpoint"_s, u"expandsize"_s, u"fragmentation"_s, u"capacity"_s,
                                   u"dedupratio"_s, u"health"_s,     u"altroot"_s,       u"guid"_s};
    return known.contains(c) ? c : QString();
}

QStringList defaultZpoolColumns()
{
    return {u"name"_s,          u"size"_s,     u"allocated"_s,  u"free"_s,   u"checkpoint"_s, u"expandsize"_s,
            u"fragmentation"_s, u"capacity"_s, u"dedupratio"_s, u"health"_s, u"altroot"_s};
}

QByteArray zpoolListText(const QList<const Pool *> &pools, const QStringList &columns, bool scripted, bool parsable)
{
    QList<Column> header;
    for (const QString &c : columns)
        header.append({zpoolHeader(c), c != u"name"_s && c != u"health"_s && c != u"altroot"_s});
    QList<QStringList> rows;
    for (const Pool *p : pools) {
        QStringList row;
        for (const QString &c : columns)
            row << zpoolValue(*p, c, parsable);
        rows << row;
    }
    if (rows.isEmpty() && !scripted)
        return "no pools available\n";
    return table(header, rows, scripted);
}

QJsonObject zpoolListJson(const QList<const Pool *> &pools, const QStringList &columns, const NumberStyle &numbers)
{
    const NumberStyle exact{true, numbers.jsonInt};
    QJsonObject out;
    for (const Pool *p : pools) {
        QJsonObject props;
        for (const QString &c : columns) {
            if (c == u"name"_s)
                continue;
            QJsonValue value;
            QString source = u"NONE"_s;
            if (c == u"size"_s)
                value = jsonNumber(p->size, numbers, false);
            else if (c == u"allocated"_s)
                value = jsonNumber(p->allocated, numbers, false);
            else if (c == u"free"_s)
                value = jsonNumber(p->free(), numbers, false);
            else if (c == u"fragmentation"_s)
                value =
                    numbers.jsonInt ? QJsonValue(p->fragmentation) : QJsonValue(zpoolValue(*p, c, numbers.parsable));
            else if (c == u"capacity"_s)
                value = numbers.jsonInt ? QJsonValue(p->capacity()) : QJsonValue(zpoolValue(*p, c, numbers.parsable));
            else if (c == u"guid"_s)
                value = jsonNumber(p->guid, exact, false);
            else
                value = zpoolValue(*p, c, numbers.parsable);
            if (c == u"altroot"_s)
                source = u"LOCAL"_s;
            props.insert(c, QJsonObject{{u"value"_s, value},
                                        {u"source"_s, QJsonObject{{u"type"_s, source}, {u"data"_s, u"-"_s}}}});
        }
        out.insert(p->name, QJsonObject{{u"name"_s, p->name},
                                        {u"type"_s, u"POOL"_s},
                                        {u"state"_s, u"ONLINE"_s},
                                        {u"pool_guid"_s, jsonNumber(p->guid, exact, false)},
                                        {u"txg"_s, jsonNumber(p->txg, exact, false)},
                                        {u"spa_version"_s, jsonNumber(SpaVersion, exact, false)},
                                        {u"zpl_version"_s, jsonNumber(ZplVersion, exact, false)},
                                        {u"properties"_s, props}});
    }
    return {
        {u"output_version"_s, QJsonObject{{u"command"_s, u"zpool list"_s}, {u"vers_major"_s, 0}, {u"vers_minor"_s, 1}}},
        {u"pools"_s, out}};
}

QString canonicalZfsColumn(const QString &column)
{
    static const QHash<QString, QString> aliases{{u"avail"_s, u"available"_s}, {u"refer"_s, u"referenced"_s}};
    const QString c = aliases.value(column, column);
    static const QStringList known{u"name"_s, u"used"_s, u"available"_s, u"referenced"_s, u"mountpoint"_s, u"type"_s};
    return known.contains(c) ? c : QString();
}

qint64 datasetAvailable(const Pool &pool)
{
    return qMax<qint64>(0, pool.free() - pool.size / 32);
}

QByteArray zfsListText(const StorageState &state, const QList<const Dataset *> &datasets, const QStringList &columns,
                       bool scripted, bool parsable)
{
    QList<Column> header;
    for (const QString &c : columns)
        header.append({zfsHeader(c), c == u"used"_s || c == u"available"_s || c == u"referenced"_s});
    QList<QStringList> rows;
    for (const Dataset *d : datasets) {
        const Pool *p = poolOf(state, *d);
        const auto number = [parsable](qint64 v) { return parsable ? QString::number(v) : niceNum(v); };
        QStringList row;
        for (const QString &c : columns) {
            if (c == u"name"_s)
                row << d->name;
            else if (c == u"used"_s)
                row << number(d->used);
            else if (c == u"available"_s)
                row << number(p ? datasetAvailable(*p) : 0);
            else if (c == u"referenced"_s)
                row << number(d->referenced);
            else if (c == u"mountpoint"_s)
                row << d->mountpoint;
            else
                row << u"filesystem"_s;
        }
        rows << row;
    }
    return table(header, rows, scripted);
}

QJsonObject zfsListJson(const StorageState &state, const QList<const Dataset *> &datasets, const QStringList &columns,
                        const NumberStyle &numbers)
{
    const NumberStyle exact{true, numbers.jsonInt};
    QJsonObject out;
    for (const Dataset *d : datasets) {
        const Pool *p = poolOf(state, *d);
        QJsonObject props;
        const auto prop = [&](const QString &key, const QJsonValue &value, const QString &source = u"NONE"_s) {
            props.insert(key, QJsonObject{{u"value"_s, value},
                                          {u"source"_s, QJsonObject{{u"type"_s, source}, {u"data"_s, u"-"_s}}}});
        };
        for (const QString &c : columns) {
            if (c == u"used"_s)
                prop(c, jsonNumber(d->used, numbers, false));
            else if (c == u"available"_s)
                prop(c, jsonNumber(p ? datasetAvailable(*p) : 0, numbers, false));
            else if (c == u"referenced"_s)
                prop(c, jsonNumber(d->referenced, numbers, false));
            else if (c == u"mountpoint"_s)
                prop(c, d->mountpoint, u"DEFAULT"_s);
            else if (c == u"type"_s)
                prop(c, u"filesystem"_s);
        }
        out.insert(d->name, QJsonObject{{u"name"_s, d->name},
                                        {u"type"_s, u"FILESYSTEM"_s},
                                        {u"pool"_s, d->name.section(u'/', 0, 0)},
                                        {u"createtxg"_s, jsonNumber(d->createTxg, exact, false)},
                                        {u"properties"_s, props}});
    }
    return {
        {u"output_version"_s, QJsonObject{{u"command"_s, u"zfs list"_s}, {u"vers_major"_s, 0}, {u"vers_minor"_s, 1}}},
        {u"datasets"_s, out}};
}

} // namespace KryNet::LabSim::Storage
