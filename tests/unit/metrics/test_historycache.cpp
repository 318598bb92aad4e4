#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/metrics/availability.h"
#include "core/metrics/historycache.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Metrics;

// The local SQLite history: runs round trip, replacement of a changed tail, pruning, the conversion of
// a first-schema cache (one row per sample), a corrupt or foreign file moved aside (never silently
// replaced, never fatal), and the CSV exports.
class TestHistoryCache final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<MonitorInfo> infos()
    {
        MonitorInfo a;
        a.name = u"Jellyfin"_s;
        a.type = u"http"_s;
        a.url = u"https://jf.example.test"_s;
        a.status = MonitorStatus::Up;
        a.pingMs = 42;
        a.certDaysRemaining = 9;
        a.certValid = true;
        MonitorInfo b;
        b.name = u"Backup, offsite"_s;
        b.status = MonitorStatus::Down;
        return {a, b};
    }

private Q_SLOTS:
    void testRoundTripAndPrune()
    {
        const HistoryCache cache(m_dir.filePath(u"a/uptime.sqlite"_s));
        StatusHistory jellyfin = StatusHistory::fromSamples(
            {{100, MonitorStatus::Up}, {160, MonitorStatus::Down}, {220, MonitorStatus::Up}}, 60);
        QHash<QString, HistoryCache::Change> changes;
        changes[u"Jellyfin"_s].tail = jellyfin;
        changes[u"Backup, offsite"_s].tail = StatusHistory::fromSamples({{100, MonitorStatus::Down}}, 60);
        const QDateTime asOf = QDateTime::fromSecsSinceEpoch(230, Qt::UTC);
        QVERIFY(cache.save(infos(), changes, asOf, 0));

        // A later write replaces the changed tail (from the last-but-one run on) and prunes older runs.
        const qint64 from = jellyfin.runs()[jellyfin.runs().size() - 2].start;
        jellyfin.append(220, MonitorStatus::Pending); // the same time again: replaces the up beat
        jellyfin.append(280, MonitorStatus::Up);
        QHash<QString, HistoryCache::Change> more;
        more[u"Jellyfin"_s] = {from, jellyfin.tailFrom(from)};
        QVERIFY(cache.save(infos(), more, asOf.addSecs(60), 170));

        const auto loaded = cache.load(0);
        QVERIFY(loaded);
        QVERIFY(loaded->warning.isEmpty());
        QCOMPARE(loaded->asOf, asOf.addSecs(60));
        QCOMPARE(loaded->monitors.size(), 2);
        const MonitorInfo &jf =
            loaded->monitors.at(1).name == u"Jellyfin"_s ? loaded->monitors.at(1) : loaded->monitors.at(0);
        QCOMPARE(*jf.pingMs, 42.0);
        QCOMPARE(*jf.certDaysRemaining, 9);
        QCOMPARE(jf.url, u"https://jf.example.test"_s);
        const StatusHistory &history = loaded->history.value(u"Jellyfin"_s);
        const std::vector<StatusRun> expected = {
            {170, 220, MonitorStatus::Down}, {220, 280, MonitorStatus::Pending}, {280, 340, MonitorStatus::Up}};
        QCOMPARE(history.runs(), expected);
        QCOMPARE(history.interval(), 60);
        QCOMPARE(history.lastSampleTime(), 280);
        QCOMPARE(history.lastStatus(), MonitorStatus::Up);
        QCOMPARE(history.startTime(), 170);
        QCOMPARE(history.sampleCount(), 5);
        QVERIFY(!loaded->history.contains(u"Backup, offsite"_s)); // pruned
        // Loading from a later time clips the runs there.
        QCOMPARE(cache.load(250)->history.value(u"Jellyfin"_s).runs().front(),
                 (StatusRun{250, 280, MonitorStatus::Pending}));
        // Appending after a load goes on exactly where the cached history ended.
        StatusHistory resumed = history;
        resumed.append(340, MonitorStatus::Up);
        QCOMPARE(resumed.runs().back(), (StatusRun{280, 400, MonitorStatus::Up}));
    }

    void testFirstSchemaIsConvertedToRuns()
    {
        // A cache written by the first release: one row per sample.
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE monitors (name TEXT PRIMARY KEY, type TEXT, url TEXT, status INTEGER, "
                           "ping REAL, cert_days INTEGER, cert_valid INTEGER)"_s));
            QVERIFY(q.exec(u"CREATE TABLE samples (monitor TEXT NOT NULL, t INTEGER NOT NULL, status INTEGER NOT "
                           "NULL, PRIMARY KEY (monitor, t)) WITHOUT ROWID"_s));
            QVERIFY(q.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO monitors (name, type, status) VALUES ('Sonarr', 'http', 1)"_s));
            QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('as_of', '2026-11-27T10:00:00Z')"_s));
            for (int i = 0; i < 100; ++i) {
                const int status = i >= 40 && i < 43 ? 0 : 1;
                if (i >= 70 && i < 75)
                    continue; // a gap
                QVERIFY(q.exec(u"INSERT INTO samples VALUES ('Sonarr', %1, %2)"_s.arg(1000 + i * 60).arg(status)));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        const auto loaded = HistoryCache(path).load(0);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY(loaded->warning.isEmpty()); // converted, not moved aside
        QCOMPARE(loaded->asOf, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
        const StatusHistory &sonarr = loaded->history.value(u"Sonarr"_s);
        QCOMPARE(sonarr.runs().size(), size_t(4)); // up, down, up, (gap), up
        QCOMPARE(sonarr.sampleCount(), 95);
        QCOMPARE(sonarr.lastSampleTime(), 1000 + 99 * 60);
        const Availability a = AvailabilityMath::computeRuns(sonarr.runs(), 1000, 7000);
        QCOMPARE(a.downSecs, 180);
        QCOMPARE(a.unknownSecs, 300);
        QVERIFY(QDir(m_dir.path()).entryList({u"v1.sqlite.*"_s}).filter(u"corrupt"_s).isEmpty());
    }

    void testNewerSchemaIsSetAside()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE spans (x INTEGER)"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 9"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        const auto loaded = HistoryCache(path).load(0);
        QVERIFY(loaded);
        QVERIFY(loaded->history.isEmpty());
        QVERIFY2(loaded->warning.contains(u"newer version"_s), qPrintable(loaded->warning));
        QCOMPARE(QDir(m_dir.path()).entryList({u"future.sqlite.unsupported-*"_s}).size(), 1);
        QVERIFY(HistoryCache(path).save(infos(), {}, QDateTime::currentDateTimeUtc(), 0));
    }

    void testCorruptFileMovedAside()
    {
        const QString path = m_dir.filePath(u"corrupt.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const HistoryCache cache(path);
        const auto loaded = cache.load(0);
        QVERIFY(loaded);
        QVERIFY(loaded->monitors.isEmpty());
        QVERIFY(!loaded->warning.isEmpty());
        const QStringList aside = QDir(m_dir.path()).entryList({u"corrupt.sqlite.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(4096, 'x')); // the damaged file is kept as it was
        QVERIFY(cache.save(infos(), {}, QDateTime::currentDateTimeUtc(), 0));
        QCOMPARE(cache.load(0)->monitors.size(), 2);
    }

    void testCsvExport()
    {
        QHash<QString, StatusHistory> history;
        history[u"Backup, offsite"_s] =
            StatusHistory::fromSamples({{0, MonitorStatus::Down}, {60, MonitorStatus::Maintenance}}, 60);
        history[u"Jellyfin"_s] = StatusHistory::fromSamples(
            {{0, MonitorStatus::Up}, {60, MonitorStatus::Pending}, {120, MonitorStatus::Up}, {180, MonitorStatus::Up}},
            60);
        const QString path = m_dir.filePath(u"export.csv"_s);
        const auto rows = HistoryCache::exportCsv(path, history, 0, 150);
        QVERIFY(rows);
        QCOMPARE(*rows, 5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("monitor,start_utc,end_utc,start_unix,end_unix,seconds,status"));
        QCOMPARE(lines.at(1), QByteArray("\"Backup, offsite\",1970-01-01T00:00:00Z,1970-01-01T00:01:00Z,0,60,60,down"));
        QCOMPARE(lines.at(2),
                 QByteArray("\"Backup, offsite\",1970-01-01T00:01:00Z,1970-01-01T00:02:00Z,60,120,60,maintenance"));
        QCOMPARE(lines.at(4), QByteArray("Jellyfin,1970-01-01T00:01:00Z,1970-01-01T00:02:00Z,60,120,60,pending"));
        // Clipped to the end of the range.
        QCOMPARE(lines.at(5), QByteArray("Jellyfin,1970-01-01T00:02:00Z,1970-01-01T00:02:30Z,120,150,30,up"));
        QVERIFY(!HistoryCache::exportCsv(m_dir.filePath(u"missing/dir/x.csv"_s), history, 0, 1));
    }

    void testMonthlyCsvExport()
    {
        // 2026-01-31 23:00 … 2026-02-01 01:00 UTC, down 00:30-00:40 on Feb 1st.
        const qint64 start = 1769900400;
        std::vector<StatusSample> s;
        for (qint64 t = start; t < start + 7200; t += 60)
            s.push_back({t, t >= start + 5400 && t < start + 6000 ? MonitorStatus::Down : MonitorStatus::Up});
        const StatusHistory h = StatusHistory::fromSamples(s);
        QHash<QString, QList<MonthAvailability>> tables;
        tables.insert(u"Jellyfin"_s, AvailabilityMath::monthlyRuns(h.runs(), start, start + 7200));
        const QString path = m_dir.filePath(u"monthly.csv"_s);
        const auto rows = HistoryCache::exportMonthlyCsv(path, tables);
        QVERIFY(rows);
        QCOMPARE(*rows, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("monitor,month,uptime_percent,up_seconds,down_seconds,pending_seconds,"
                                         "maintenance_seconds,unknown_seconds,incidents,mttr_seconds"));
        QCOMPARE(lines.at(1), QByteArray("Jellyfin,2026-01,100.0000,3600,0,0,0,0,0,"));
        QCOMPARE(lines.at(2), QByteArray("Jellyfin,2026-02,83.3333,3000,600,0,0,0,1,600"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCache)
#include "test_historycache.moc"
