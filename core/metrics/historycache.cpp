#include "core/metrics/historycache.h"

#include <atomic>

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

constexpr int SchemaVersion = 1;

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

/// Opens (and creates) the database; false when the file is not a healthy cache of ours.
bool openHealthy(QSqlDatabase &db, QSqlError *error)
{
    if (!db.open()) {
        *error = db.lastError();
        return false;
    }
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() || check.value(0).toString() != u"ok"_s) {
        *error = check.lastError();
        return false;
    }
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        *error = version.lastError();
        return false;
    }
    const int found = version.value(0).toInt();
    if (found != 0 && found != SchemaVersion)
        return false;
    if (found == 0) {
        if (!exec(db,
                  u"CREATE TABLE IF NOT EXISTS monitors (name TEXT PRIMARY KEY, type TEXT, url TEXT, "
                  "status INTEGER, ping REAL, cert_days INTEGER, cert_valid INTEGER)"_s,
                  error) ||
            !exec(db,
                  u"CREATE TABLE IF NOT EXISTS samples (monitor TEXT NOT NULL, t INTEGER NOT NULL, "
                  "status INTEGER NOT NULL, PRIMARY KEY (monitor, t)) WITHOUT ROWID"_s,
                  error) ||
            !exec(db, u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"_s, error) ||
            !exec(db, u"PRAGMA user_version = %1"_s.arg(SchemaVersion), error))
            return false;
    }
    return true;
}

/// Opens @p connection's database; a corrupt file is moved aside (reported in @p warning) and replaced.
Result<void> openOrRecover(Connection &connection, const QString &path, QString *warning)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = connection.db();
    QSqlError error;
    if (openHealthy(db, &error))
        return success();
    db.close();
    if (QFileInfo::exists(path)) {
        const QString aside = path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s);
        if (!QFile::rename(path, aside))
            return Error(
                Error::Code::Config,
                HistoryCache::tr("The local uptime history %1 is damaged and could not be moved aside.").arg(path),
                error.text());
        QFile::remove(path + u"-journal"_s);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        if (warning)
            *warning = HistoryCache::tr("The local uptime history was damaged; it was kept as %1 and a new one "
                                        "was started.")
                           .arg(aside);
    }
    if (!openHealthy(db, &error))
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
    QSqlQuery samples(db);
    samples.setForwardOnly(true);
    samples.prepare(u"SELECT monitor, t, status FROM samples WHERE t >= ? ORDER BY monitor, t"_s);
    samples.addBindValue(sinceSecs);
    if (!samples.exec())
        return dbError(tr("The local uptime history could not be read."), samples.lastError());
    QString current;
    std::vector<StatusSample> *list = nullptr;
    while (samples.next()) {
        const QString name = samples.value(0).toString();
        if (!list || name != current) {
            current = name;
            list = &out.history[name];
        }
        list->push_back({samples.value(1).toLongLong(), MonitorStatus(samples.value(2).toInt())});
    }
    QSqlQuery meta(db);
    if (meta.exec(u"SELECT value FROM meta WHERE key = 'as_of'"_s) && meta.next())
        out.asOf = QDateTime::fromString(meta.value(0).toString(), Qt::ISODate);
    return out;
}

Result<void> HistoryCache::save(const QList<MonitorInfo> &monitors,
                                const QHash<QString, std::vector<StatusSample>> &samples, const QDateTime &asOf,
                                qint64 pruneBeforeSecs) const
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
    QSqlQuery insertSample(db);
    insertSample.prepare(u"INSERT OR REPLACE INTO samples (monitor, t, status) VALUES (?, ?, ?)"_s);
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        for (const StatusSample &s : it.value()) {
            insertSample.bindValue(0, it.key());
            insertSample.bindValue(1, s.t);
            insertSample.bindValue(2, int(s.status));
            if (!insertSample.exec())
                return fail(insertSample.lastError());
        }
    }
    QSqlQuery prune(db);
    prune.prepare(u"DELETE FROM samples WHERE t < ?"_s);
    prune.addBindValue(pruneBeforeSecs);
    if (!prune.exec())
        return fail(prune.lastError());
    QSqlQuery meta(db);
    meta.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', ?)"_s);
    meta.addBindValue(asOf.toUTC().toString(Qt::ISODate));
    if (!meta.exec())
        return fail(meta.lastError());
    if (!db.commit())
        return fail(db.lastError());
    return success();
}

Result<qint64> HistoryCache::exportCsv(const QString &target, const QHash<QString, std::vector<StatusSample>> &history,
                                       qint64 fromSecs, qint64 toSecs)
{
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error(Error::Code::Config, tr("%1 could not be written: %2").arg(target, file.errorString()));
    auto quoted = [](QString text) {
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
            text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
        return text;
    };
    file.write("monitor,time_utc,unix_seconds,status\n");
    QStringList names = history.keys();
    names.sort(Qt::CaseInsensitive);
    qint64 rows = 0;
    for (const QString &name : std::as_const(names)) {
        const QByteArray monitor = quoted(name).toUtf8();
        for (const StatusSample &s : history.value(name)) {
            if (s.t < fromSecs || s.t >= toSecs)
                continue;
            QByteArray line = monitor;
            line += ',';
            line += QDateTime::fromSecsSinceEpoch(s.t, Qt::UTC).toString(Qt::ISODate).toLatin1();
            line += ',';
            line += QByteArray::number(s.t);
            line += ',';
            line += statusId(s.status).toLatin1();
            line += '\n';
            file.write(line);
            ++rows;
        }
    }
    if (!file.commit())
        return Error(Error::Code::Config, tr("%1 could not be written: %2").arg(target, file.errorString()));
    return rows;
}

} // namespace KryNet::Metrics
