#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/metrics/historycache.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Metrics;

// The local SQLite history: round trip, replacement of equal times, pruning, a corrupt file moved aside
// (never silently replaced), and the CSV export.
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
        QHash<QString, std::vector<StatusSample>> samples;
        samples[u"Jellyfin"_s] = {{100, MonitorStatus::Up}, {160, MonitorStatus::Down}, {220, MonitorStatus::Up}};
        samples[u"Backup, offsite"_s] = {{100, MonitorStatus::Down}};
        const QDateTime asOf = QDateTime::fromSecsSinceEpoch(230, Qt::UTC);
        QVERIFY(cache.save(infos(), samples, asOf, 0));
        // A later write replaces equal times and prunes older samples.
        QHash<QString, std::vector<StatusSample>> more;
        more[u"Jellyfin"_s] = {{220, MonitorStatus::Pending}, {280, MonitorStatus::Up}};
        QVERIFY(cache.save(infos(), more, asOf.addSecs(60), 150));

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
        const auto &history = loaded->history.value(u"Jellyfin"_s);
        QCOMPARE(history.size(), size_t(3));
        QCOMPARE(history[0].t, 160);
        QCOMPARE(history[1].status, MonitorStatus::Pending);
        QCOMPARE(history[2].t, 280);
        QVERIFY(!loaded->history.contains(u"Backup, offsite"_s)); // pruned
        QCOMPARE(cache.load(200)->history.value(u"Jellyfin"_s).size(), size_t(2));
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
        QHash<QString, std::vector<StatusSample>> history;
        history[u"Backup, offsite"_s] = {{0, MonitorStatus::Down}, {60, MonitorStatus::Maintenance}};
        history[u"Jellyfin"_s] = {{0, MonitorStatus::Up}, {60, MonitorStatus::Pending}, {120, MonitorStatus::Up}};
        const QString path = m_dir.filePath(u"export.csv"_s);
        const auto rows = HistoryCache::exportCsv(path, history, 0, 120);
        QVERIFY(rows);
        QCOMPARE(*rows, 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("monitor,time_utc,unix_seconds,status"));
        QCOMPARE(lines.at(1), QByteArray("\"Backup, offsite\",1970-01-01T00:00:00Z,0,down"));
        QCOMPARE(lines.at(2), QByteArray("\"Backup, offsite\",1970-01-01T00:01:00Z,60,maintenance"));
        QCOMPARE(lines.at(4), QByteArray("Jellyfin,1970-01-01T00:01:00Z,60,pending"));
        QVERIFY(!HistoryCache::exportCsv(m_dir.filePath(u"missing/dir/x.csv"_s), history, 0, 1));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCache)
#include "test_historycache.moc"
