#include "core/metrics/historycache.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace KryNet::Metrics
{

namespace
{

/// 1: one row per sample (the first release). 2: status runs (StatusHistory).
constexpr int SchemaVersion = 2;

/// One connection for the lifetime of a call, removed afterwards (QSqlDatabase is per thread).
class Connection final
{
public:
    explicit Connection(const QString &path)
    {
        static std::atomic<int> counter{0};
        m_name = u"krynet-uptime-%1"_s.arg(counter.fetch_add(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

Error dbError(const QString &message, const QSqlError &error)
{
    return Error(Error::Code::Config, message, error.text());
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return false;
    }
    return true;
}

enum class CacheState {
    Healthy,
    Damaged, ///< not a database, quick_check failed, or the conversion from schema 1 failed
    Foreign, ///< a schema this version does not know (a newer KryNet wrote it)
};

bool createSchema(QSqlDatabase &db, QSqlError *error)
{
    return exec(db,
                u"CREATE TABLE IF NOT EXISTS monitors (name TEXT PRIMARY KEY, type TEXT, url TEXT, "
                "status INTEGER, ping REAL, cert_days INTEGER, cert_valid INTEGER)"_s,
                error) &&
           exec(db,
                u"CREATE TABLE IF NOT EXISTS histories (monitor TEXT PRIMARY KEY, interval INTEGER NOT NULL, "
                "start_t INTEGER NOT NULL, last_t INTEGER NOT NULL, last_status INTEGER NOT NULL, "
                "samples INTEGER NOT NULL)"_s,
                error) &&
           exec(db,
                u"CREATE TABLE IF NOT EXISTS runs (monitor TEXT NOT NULL, start_t INTEGER NOT NULL, "
                "end_t INTEGER NOT NULL, status INTEGER NOT NULL, PRIMARY KEY (monitor, start_t)) WITHOUT ROWID"_s,
                error) &&
           exec(db, u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"_s, error);
}

/// Writes @p history of @p monitor: its meta row and the runs given (callers delete what they replace).
bool writeHistory(QSqlDatabase &db, const QString &monitor, const StatusHistory &history, QSqlError *error)
{
    const StatusHistory::Meta meta = history.meta();
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT OR REPLACE INTO histories (monitor, interval, start_t, last_t, last_status, samples) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    upsert.addBindValue(monitor);
    upsert.addBindValue(meta.interval);
    upsert.addBindValue(meta.start);
    upsert.addBindValue(meta.lastSample);
    upsert.addBindValue(int(meta.lastStatus));
    upsert.addBindValue(meta.samples);
    if (!upsert.exec()) {
        *error = upsert.lastError();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT OR REPLACE INTO runs (monitor, start_t, end_t, status) VALUES (?, ?, ?, ?)"_s);
    for (const StatusRun &run : history.runs()) {
        insert.bindValue(0, monitor);
        insert.bindValue(1, run.start);
        insert.bindValue(2, run.end);
        insert.bindValue(3, int(run.status));
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
    }
    return true;
}

/// Schema 1 → 2 in one transaction: each monitor's samples become runs (their median spacing as the
/// interval, as the availability of schema 1 was computed).
bool migrateFromSamples(QSqlDatabase &db, QSqlError *error)
{
    if (!db.transaction()) {
        *error = db.lastError();
        return false;
    }
    auto fail = [&db] {
        db.rollback();
        return false;
    };
    if (!createSchema(db, error))
        return fail();
    QSqlQuery samples(db);
    samples.setForwardOnly(true);
    if (!samples.exec(u"SELECT monitor, t, status FROM samples ORDER BY monitor, t"_s)) {
        *error = samples.lastError();
        return fail();
    }
    QString current;
    std::vector<StatusSample> list;
    auto flush = [&]() {
        if (current.isEmpty() && list.empty())
            return true;
        const bool ok = writeHistory(db, current, StatusHistory::fromSamples(list), error);
        list.clear();
        return ok;
    };
    while (samples.next()) {
        const QString name = samples.value(0).toString();
        if (name != current) {
            if (!flush())
                return fail();
            current = name;
        }
        list.push_back({samples.value(1).toLongLong(), MonitorStatus(samples.value(2).toInt())});
    }
    if (!flush())
        return fail();
    samples.finish();
    if (!exec(db, u"DROP TABLE samples"_s, error) || !exec(db, u"PRAGMA user_version = %1"_s.arg(SchemaVersion), error))
        return fail();
    if (!db.commit()) {
        *error = db.lastError();
        return fail();
    }
    return true;
}

/// Opens (and creates, or converts from schema 1) the database.
CacheState openHealthy(QSqlDatabase &db, QSqlError *error)
{
    if (!db.open()) {
        *error = db.lastError();
        return CacheState::Damaged;
    }
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok"_s) {
        *error = check.lastError();
        return CacheState::Damaged;
    }
    check.finish();
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        *error = version.lastError();
        return CacheState::Damaged;
    }
    const int found = version.value(0).toInt();
    version.finish();
    if (found == SchemaVersion)
        return CacheState::Healthy;
    if (found == 1)
        return migrateFromSamples(db, error) ? CacheState::Healthy : CacheState::Damaged;
    if (found != 0)
        return CacheState::Foreign;
    if (!createSchema(db, error) || !exec(db, u"PRAGMA user_version = %1"_s.arg(SchemaVersion), error))
        return CacheState::Damaged;
    return CacheState::Healthy;
}

/// Opens @p connection's database; a damaged or foreign file is moved aside (reported in @p warning)
/// and a new one started.
Result<void> openOrRecover(Connection &connection, const QString &path, QString *warning)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = connection.db();
    QSqlError error;
    const CacheState health = openHealthy(db, &error);
    if (health == CacheState::Healthy)
        return success();
    db.close();
    if (QFileInfo::exists(path)) {
        const QString aside = path + (health == CacheState::Foreign ? u".unsupported-"_s : u".corrupt-"_s) +
                              QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
        if (!QFile::rename(path, aside))
            return Error(
                Error::Code::Config,
                HistoryCache::tr("The local uptime history %1 is damaged and could not be moved aside.").arg(path),
                error.text());
        QFile::remove(path + u"-journal"_s);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        if (warning)
            *warning = health == CacheState::Foreign
                           ? HistoryCache::tr("The local uptime history was written by a newer version of KryNet; "
                                              "it was kept as %1 and a new one was started.")
                                 .arg(aside)
                           : HistoryCache::tr("The local uptime history was damaged; it was kept as %1 and a new one "
                                              "was started.")
                                 .arg(aside);
    }
    if (openHealthy(db, &error) != CacheState::Healthy)
        return dbError(HistoryCache::tr("The local uptime history could not be opened."), error);
    return success();
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

HistoryCache::HistoryCache(QString path)
    : m_path(std::move(path))
{}

QString HistoryCache::defaultPath(const QString &profileId)
{
    QString id = profileId;
    id.replace(u'/', u'_');
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/uptime-"_s + id + u".sqlite"_s;
}

QString HistoryCache::statusId(MonitorStatus status)
{
    switch (status) {
    case MonitorStatus::Up:
        return u"up"_s;
    case MonitorStatus::Down:
        return u"down"_s;
    case MonitorStatus::Pending:
        return u"pending"_s;
    case MonitorStatus::Maintenance:
        return u"maintenance"_s;
    case MonitorStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

Result<HistoryCache::Snapshot> HistoryCache::load(qint64 sinceSecs) const
{
    Snapshot out;
    if (!QFileInfo::exists(m_path))
        return out;
    Connection connection(m_path);
    if (auto opened = openOrRecover(connection, m_path, &out.warning); !opened)
        return opened.error();
    QSqlDatabase db = connection.db();
    QSqlQuery monitors(db);
    if (!monitors.exec(u"SELECT name, type, url, status, ping, cert_days, cert_valid FROM monitors ORDER BY name"_s))
        return dbError(tr("The local uptime history could not be read."), monitors.lastError());
    while (monitors.next()) {
        MonitorInfo info;
        info.name = monitors.value(0).toString();
        info.type = monitors.value(1).toString();
        info.url = monitors.value(2).toString();
        info.status = MonitorStatus(monitors.value(3).toInt());
        if (!monitors.value(4).isNull())
            info.pingMs = monitors.value(4).toDouble();
        if (!monitors.value(5).isNull())
            info.certDaysRemaining = monitors.value(5).toInt();
        if (!monitors.value(6).isNull())
            info.certValid = monitors.value(6).toBool();
        out.monitors.append(info);
    }
    QHash<QString, StatusHistory::Meta> metas;
    QSqlQuery histories(db);
    if (!histories.exec(u"SELECT monitor, interval, start_t, last_t, last_status, samples FROM histories"_s))
        return dbError(tr("The local uptime history could not be read."), histories.lastError());
    while (histories.next()) {
        StatusHistory::Meta meta;
        meta.interval = histories.value(1).toLongLong();
        meta.start = std::max(histories.value(2).toLongLong(), sinceSecs);
        meta.lastSample = histories.value(3).toLongLong();
        meta.lastStatus = MonitorStatus(histories.value(4).toInt());
        meta.samples = histories.value(5).toLongLong();
        metas.insert(histories.value(0).toString(), meta);
    }
    QSqlQuery runs(db);
    runs.setForwardOnly(true);
    runs.prepare(u"SELECT monitor, start_t, end_t, status FROM runs WHERE end_t > ? ORDER BY monitor, start_t"_s);
    runs.addBindValue(sinceSecs);
    if (!runs.exec())
        return dbError(tr("The local uptime history could not be read."), runs.lastError());
    QHash<QString, std::vector<StatusRun>> lists;
    QString current;
    std::vector<StatusRun> *list = nullptr;
    while (runs.next()) {
        const QString name = runs.value(0).toString();
        if (!list || name != current) {
            current = name;
            list = &lists[name];
        }
        list->push_back({std::max(runs.value(1).toLongLong(), sinceSecs), runs.value(2).toLongLong(),
                         MonitorStatus(runs.value(3).toInt())});
    }
    for (auto it = metas.cbegin(); it != metas.cend(); ++it) {
        // A history whose newest sample is older than the window has nothing left to show.
        if (it->lastSample < sinceSecs && !lists.contains(it.key()))
            continue;
        out.history.insert(it.key(), StatusHistory::fromRuns(lists.take(it.key()), *it));
    }
    QSqlQuery meta(db);
    if (meta.exec(u"SELECT value FROM meta WHERE key = 'as_of'"_s) && meta.next())
        out.asOf = QDateTime::fromString(meta.value(0).toString(), Qt::ISODate);
    return out;
}

Result<void> HistoryCache::save(const QList<MonitorInfo> &monitors, const QHash<QString, Change> &changes,
                                const QDateTime &asOf, qint64 pruneBeforeSecs) const
{
    Connection connection(m_path);
    if (auto opened = openOrRecover(connection, m_path, nullptr); !opened)
        return opened.error();
    QSqlDatabase db = connection.db();
    if (!db.transaction())
        return dbError(tr("The local uptime history could not be saved."), db.lastError());
    auto fail = [&db](const QSqlError &error) {
        db.rollback();
        return Result<void>(dbError(tr("The local uptime history could not be saved."), error));
    };
    QSqlQuery clear(db);
    if (!clear.exec(u"DELETE FROM monitors"_s))
        return fail(clear.lastError());
    QSqlQuery insertMonitor(db);
    insertMonitor.prepare(u"INSERT INTO monitors (name, type, url, status, ping, cert_days, cert_valid) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const MonitorInfo &m : monitors) {
        insertMonitor.addBindValue(m.name);
        insertMonitor.addBindValue(m.type);
        insertMonitor.addBindValue(m.url);
        insertMonitor.addBindValue(int(m.status));
        insertMonitor.addBindValue(optionalValue(m.pingMs));
        insertMonitor.addBindValue(m.certDaysRemaining ? QVariant(*m.certDaysRemaining) : QVariant());
        insertMonitor.addBindValue(m.certValid ? QVariant(int(*m.certValid)) : QVariant());
        if (!insertMonitor.exec())
            return fail(insertMonitor.lastError());
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        QSqlQuery replace(db);
        replace.prepare(u"DELETE FROM runs WHERE monitor = ? AND start_t >= ?"_s);
        replace.addBindValue(it.key());
        replace.addBindValue(it->from);
        if (!replace.exec())
            return fail(replace.lastError());
        QSqlError error;
        if (!writeHistory(db, it.key(), it->tail, &error))
            return fail(error);
    }
    QSqlQuery prune(db);
    prune.prepare(u"DELETE FROM runs WHERE end_t <= ?"_s);
    prune.addBindValue(pruneBeforeSecs);
    if (!prune.exec())
        return fail(prune.lastError());
    QSqlQuery clip(db);
    clip.prepare(u"UPDATE runs SET start_t = ? WHERE start_t < ?"_s);
    clip.addBindValue(pruneBeforeSecs);
    clip.addBindValue(pruneBeforeSecs);
    if (!clip.exec())
        return fail(clip.lastError());
    QSqlQuery pruneHistories(db);
    pruneHistories.prepare(u"DELETE FROM histories WHERE last_t < ? AND monitor NOT IN (SELECT monitor FROM runs)"_s);
    pruneHistories.addBindValue(pruneBeforeSecs);
    if (!pruneHistories.exec())
        return fail(pruneHistories.lastError());
    QSqlQuery clipHistories(db);
    clipHistories.prepare(u"UPDATE histories SET start_t = ? WHERE start_t < ?"_s);
    clipHistories.addBindValue(pruneBeforeSecs);
    clipHistories.addBindValue(pruneBeforeSecs);
    if (!clipHistories.exec())
        return fail(clipHistories.lastError());
    QSqlQuery meta(db);
    meta.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', ?)"_s);
    meta.addBindValue(asOf.toUTC().toString(Qt::ISODate));
    if (!meta.exec())
        return fail(meta.lastError());
    if (!db.commit())
        return fail(db.lastError());
    return success();
}

namespace
{

QByteArray csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text.toUtf8();
}

QByteArray isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate).toLatin1();
}

} // namespace

Result<qint64> HistoryCache::exportCsv(const QString &target, const QHash<QString, StatusHistory> &history,
                                       qint64 fromSecs, qint64 toSecs)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error(Error::Code::Config, tr("%1 could not be written: %2").arg(target, file.errorString()));
    file.write("monitor,start_utc,end_utc,start_unix,end_unix,seconds,status\n");
    QStringList names = history.keys();
    names.sort(Qt::CaseInsensitive);
    qint64 rows = 0;
    for (const QString &name : std::as_const(names)) {
        const QByteArray monitor = csvField(name);
        const StatusHistory &h = *history.constFind(name);
        for (size_t i = h.firstRunEndingAfter(fromSecs); i < h.runs().size(); ++i) {
            const StatusRun &run = h.runs()[i];
            if (run.start >= toSecs)
                break;
            const qint64 a = std::max(run.start, fromSecs);
            const qint64 b = std::min(run.end, toSecs);
            QByteArray line = monitor;
            line += ',' + isoTime(a) + ',' + isoTime(b) + ',' + QByteArray::number(a) + ',' + QByteArray::number(b) +
                    ',' + QByteArray::number(b - a) + ',' + statusId(run.status).toLatin1() + '\n';
            file.write(line);
            ++rows;
        }
    }
    if (!file.commit())
        return Error(Error::Code::Config, tr("%1 could not be written: %2").arg(target, file.errorString()));
    return rows;
}

Result<qint64> HistoryCache::exportMonthlyCsv(const QString &target,
                                              const QHash<QString, QList<MonthAvailability>> &tables)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error(Error::Code::Config, tr("%1 could not be written: %2").arg(target, file.errorString()));
    file.write("monitor,month,uptime_percent,up_seconds,down_seconds,pending_seconds,maintenance_seconds,"
               "unknown_seconds,incidents,mttr_seconds\n");
    QStringList names = tables.keys();
    names.sort(Qt::CaseInsensitive);
    qint64 rows = 0;
    for (const QString &name : std::as_const(names)) {
        const QByteArray monitor = csvField(name);
        for (const MonthAvailability &row : *tables.constFind(name)) {
            const Availability &a = row.availability;
            QByteArray line = monitor + ',';
            line += QByteArray::number(row.year) + '-' + QByteArray::number(row.month).rightJustified(2, '0') + ',';
            // Floored like the panel shows it: an outage never reads 100.0000.
            line += (a.ratio ? QByteArray::number(std::floor(*a.ratio * 1e6) / 1e4, 'f', 4) : QByteArray()) + ',';
            line += QByteArray::number(a.upSecs) + ',' + QByteArray::number(a.downSecs) + ',' +
                    QByteArray::number(a.pendingSecs) + ',' + QByteArray::number(a.maintenanceSecs) + ',' +
                    QByteArray::number(a.unknownSecs) + ',' + QByteArray::number(a.incidents.size()) + ',' +
                    (a.mttrSecs ? QByteArray::number(*a.mttrSecs) : QByteArray()) + '\n';
            file.write(line);
            ++rows;
        }
    }
    if (!file.commit())
        return Error(Error::Code::Config, tr("%1 could not be written: %2").arg(target, file.errorString()));
    return rows;
}

} // namespace KryNet::Metrics
