// Data safety (issue 14): the files the app writes survive a kill -9 at any point of a write. A helper
// process (crashwriter) writes in a loop through the real core class; the test kills it with SIGKILL at
// random moments — often in the middle of writing — and after every kill the file must open cleanly
// (nothing moved aside as corrupt) with every write that completed, each intact, none twice:
//  - profiles.json (ProfileStore, atomic replace);
//  - actions.jsonl (ActionLog, appended lines): complete lines kept, an unfinished last line skipped and
//    the next append on a new line;
//  - uptime-<profile>.sqlite (HistoryCache, one transaction per batch): PRAGMA integrity_check passes.
// And a file overwritten with garbage is moved aside as ".corrupt-<time>" (bytes kept) and reported.
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/config/profilestore.h"
#include "core/lab/actionlog.h"
#include "core/metrics/historycache.h"

using namespace Qt::StringLiterals;

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    // The number in the last complete "<word> N" line of @p output; 0 when none.
    static int lastSaved(const QByteArray &output, const QByteArray &word = "saved ")
    {
        int n = 0;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith(word))
                n = line.mid(word.size()).toInt();
        }
        return n;
    }

    // Starts the writer with @p arguments, waits until it confirmed at least @p wanted writes, lets it run
    // 0–3 ms into the next one and kills it (SIGKILL). Returns the last confirmed number, -1 on failure.
    static int runAndKill(const QStringList &arguments, const QByteArray &word, int wanted, QRandomGenerator &random)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(qEnvironmentVariable("KRYNET_CRASHWRITER"), arguments);
        if (!process.waitForStarted(10000))
            return -1;
        QByteArray output;
        QElapsedTimer patience;
        patience.start();
        while (lastSaved(output, word) < wanted && patience.elapsed() < 30000) {
            if (process.waitForReadyRead(1000))
                output += process.readAllStandardOutput();
            if (process.state() != QProcess::Running) {
                qWarning("writer exited early with %d", process.exitCode());
                return -1;
            }
        }
        if (lastSaved(output, word) < wanted) {
            qWarning("the writer made no progress within 30 s");
            process.kill();
            process.waitForFinished(10000);
            return -1;
        }
        QElapsedTimer spin;
        spin.start();
        const qint64 delayNs = qint64(random.bounded(3000)) * 1000;
        while (spin.nsecsElapsed() < delayNs) {
        }
        process.kill(); // SIGKILL
        if (!process.waitForFinished(10000))
            return -1;
        output += process.readAllStandardOutput();
        return lastSaved(output, word);
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Writes @p garbage over the start of @p path (the whole file when it is longer).
    static bool overwriteStart(const QString &path, const QByteArray &garbage)
    {
        QFile file(path);
        return file.open(QIODevice::ReadWrite) && file.write(garbage) == garbage.size();
    }

    // Bytes no text file holds: NULs, invalid UTF-8, every byte value.
    static QByteArray garbage(int size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QByteArray bytes(size, '\0');
        for (int i = 0; i < size; ++i)
            bytes[i] = char(i % 3 == 0 ? 0 : random.bounded(256));
        bytes[1] = char(0xff);
        return bytes;
    }

    static QString corruptSibling(const QString &path)
    {
        const QFileInfo info(path);
        const QStringList found = info.dir().entryList({info.fileName() + u".corrupt-*"_s}, QDir::Files | QDir::Hidden);
        return found.size() == 1 ? info.dir().filePath(found.first()) : QString();
    }

private Q_SLOTS:
    void testKillDuringSaveLosesNothing()
    {
        const QString writer = qEnvironmentVariable("KRYNET_CRASHWRITER");
        QVERIFY2(QFile::exists(writer), "KRYNET_CRASHWRITER must name the crashwriter binary");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"profiles.json"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        int confirmed = 0;
        int killedMidWrite = 0;
        for (int round = 0; round < 25; ++round) {
            QProcess process;
            process.setProcessChannelMode(QProcess::SeparateChannels);
            process.start(writer, {file});
            QVERIFY(process.waitForStarted(10000));
            // Let it complete a few saves (a readiness poll on its output), then kill it at a random moment.
            const int wanted = confirmed + 1 + int(random.bounded(4));
            QByteArray output;
            QElapsedTimer patience;
            patience.start();
            while (lastSaved(output) < wanted && patience.elapsed() < 30000) {
                if (process.waitForReadyRead(1000))
                    output += process.readAllStandardOutput();
                QVERIFY2(process.state() == QProcess::Running,
                         qPrintable(u"writer exited early with %1"_s.arg(process.exitCode())));
            }
            QVERIFY2(lastSaved(output) >= wanted, "the writer made no progress within 30 s");
            QElapsedTimer spin;
            spin.start();
            const qint64 delayNs = qint64(random.bounded(3000)) * 1000; // 0–3 ms into the next save
            while (spin.nsecsElapsed() < delayNs) {
            }
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            output += process.readAllStandardOutput();
            const int saved = lastSaved(output);

            KryNet::ProfileStore check(file);
            const auto loaded = check.load();
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
            QVERIFY2(check.movedAsidePath().isEmpty(), "a kill during save left a corrupt profiles file");
            const int count = int(check.profiles().size());
            // Every confirmed save is there; the one in flight is either all there or not at all.
            QVERIFY2(count == saved || count == saved + 1,
                     qPrintable(u"round %1: %2 profiles after %3 confirmed saves"_s.arg(round).arg(count).arg(saved)));
            if (count == saved)
                ++killedMidWrite; // killed before the in-flight save replaced the file
            for (int i = 0; i < count; ++i) {
                const KryNet::Profile &p = check.profiles().at(i);
                QCOMPARE(p.name(), u"host-%1"_s.arg(i + 1));
                QCOMPARE(p.ssh().host, u"nas-%1.lan"_s.arg(i + 1));
                QCOMPARE(p.cfAccessClientId().size(), 4096);
            }
            confirmed = count;
        }
        qInfo("25 kills, %d of them before the save in flight had replaced the file", killedMidWrite);
    }

    void testKillDuringActionLogAppend()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("KRYNET_CRASHWRITER")),
                 "KRYNET_CRASHWRITER must name the crashwriter binary");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"actions.jsonl"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        int confirmed = 0;
        int injected = 0; // unfinished lines the test left at the end (a kill inside write() is rare)
        int tornByKill = 0;
        for (int round = 0; round < 25; ++round) {
            const int wanted = confirmed + 1 + int(random.bounded(4));
            const int logged = runAndKill({u"--actions"_s, file}, "logged ", wanted, random);
            QVERIFY2(logged >= wanted, "the writer failed (see its output above)");

            KryNet::ActionLog check(file);
            const auto loaded = check.load();
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
            QVERIFY2(check.movedAsidePath().isEmpty(), "a kill during an append left a damaged action log");
            const auto &records = check.records();
            const int count = int(records.size());
            // Every confirmed record is there once; the one in flight is there complete or not at all.
            QVERIFY2(count == logged || count == logged + 1,
                     qPrintable(u"round %1: %2 records after %3 confirmed"_s.arg(round).arg(count).arg(logged)));
            QVERIFY2(check.skippedLines() >= injected,
                     qPrintable(u"%1 skipped, %2 injected"_s.arg(check.skippedLines()).arg(injected)));
            tornByKill = check.skippedLines() - injected;
            for (int i = 0; i < count; ++i) {
                const int n = i + 1;
                QCOMPARE(records.at(i).target, u"item %1"_s.arg(n));
                QCOMPARE(records.at(i).outcome, KryNet::ActionRecord::Outcome::Succeeded);
                QCOMPARE(records.at(i).answer, QString(std::min(n * 37, 4000), QChar(u'a' + n % 26)));
            }
            confirmed = count;
            // Every third round, leave an unfinished record at the end, as a crash inside write() (or a
            // full disk) would: the next writer must skip it and start its first record on a new line.
            if (round % 3 == 1) {
                QFile log(file);
                QVERIFY(log.open(QIODevice::Append));
                const QByteArray line =
                    "{\"action\":\"Restart\",\"answer\":\"x\",\"finished\":\"2026-01-01T00:00:00Z\","
                    "\"outcome\":\"succeeded\",\"profile\":\"lab\",\"started\":"
                    "\"2026-01-01T00:00:00Z\",\"target\":\"torn \xc3\xbc\"}";
                log.write(line.left(2 + int(random.bounded(int(line.size()) - 3))));
                ++injected;
            }
        }
        QVERIFY(injected > 0);
        qInfo("25 kills, %d unfinished lines injected, %d left by a kill", injected, tornByKill);
    }

    void testKillDuringHistoryCommit()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("KRYNET_CRASHWRITER")),
                 "KRYNET_CRASHWRITER must name the crashwriter binary");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"uptime-lab.sqlite"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        int confirmed = 0;
        int killedMidCommit = 0;
        for (int round = 0; round < 20; ++round) {
            const int wanted = confirmed + 1 + int(random.bounded(3));
            const int committed = runAndKill({u"--history"_s, file}, "committed ", wanted, random);
            QVERIFY2(committed >= wanted, "the writer failed (see its output above)");
            {
                // The database opens and is whole (a hot journal is rolled back here).
                const QString name = u"check-%1"_s.arg(round);
                {
                    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                    db.setDatabaseName(file);
                    QVERIFY(db.open());
                    QSqlQuery integrity(db);
                    QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s));
                    QVERIFY(integrity.next());
                    QCOMPARE(integrity.value(0).toString(), u"ok"_s);
                    integrity.finish();
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            }
            const KryNet::Metrics::HistoryCache cache(file);
            const auto snapshot = cache.load(0);
            QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
            QVERIFY2(snapshot->warning.isEmpty(), qPrintable(snapshot->warning));
            QVERIFY(corruptSibling(file).isEmpty());
            const int count = int(snapshot->history.size());
            QVERIFY2(count == committed || count == committed + 1,
                     qPrintable(u"round %1: %2 batches after %3 committed"_s.arg(round).arg(count).arg(committed)));
            if (count == committed)
                ++killedMidCommit;
            QCOMPARE(int(snapshot->monitors.size()), count);
            for (int n = 1; n <= count; ++n) {
                const QString monitor = u"m-%1"_s.arg(n);
                QVERIFY2(snapshot->history.contains(monitor), qPrintable(monitor));
                QCOMPARE(int(snapshot->history.value(monitor).runs().size()), n * 20);
            }
            confirmed = count;
        }
        qInfo("20 kills, %d of them before the batch in flight had committed", killedMidCommit);
    }

    void testDamagedActionLogIsKeptAside_data()
    {
        QTest::addColumn<bool>("whole");
        QTest::newRow("garbage over the start") << false;
        QTest::newRow("garbage only") << true;
    }

    void testDamagedActionLogIsKeptAside()
    {
        QFETCH(bool, whole);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"actions.jsonl"_s);
        {
            KryNet::ActionLog log(file);
            for (int i = 0; i < 5; ++i)
                log.succeed(log.begin(u"lab"_s, u"item %1"_s.arg(i), u"Restart"_s), u"done"_s);
        }
        if (whole)
            QVERIFY(QFile::remove(file));
        QVERIFY(overwriteStart(file, garbage(300, 14)));
        const QByteArray damaged = readAll(file);

        KryNet::ActionLog log(file);
        const auto loaded = log.load();
        QVERIFY(!loaded);
        const QString aside = corruptSibling(file);
        QVERIFY2(!aside.isEmpty(), "the damaged log was not kept as actions.jsonl.corrupt-<time>");
        QCOMPARE(log.movedAsidePath(), aside);
        QVERIFY2(loaded.error().message().contains(aside), qPrintable(loaded.error().message()));
        QCOMPARE(readAll(aside), damaged); // kept byte for byte
        QVERIFY(!QFile::exists(file));
        QVERIFY(log.records().isEmpty());

        // The log goes on in a new file; the damaged one is not touched again.
        log.succeed(log.begin(u"lab"_s, u"after"_s, u"Restart"_s), u"ok"_s);
        KryNet::ActionLog reread(file);
        QVERIFY(reread.load());
        QCOMPARE(reread.records().size(), 1);
        QCOMPARE(reread.records().first().target, u"after"_s);
        QCOMPARE(readAll(aside), damaged);
    }

    void testDamagedHistoryCacheIsKeptAside_data()
    {
        QTest::addColumn<bool>("whole");
        QTest::newRow("garbage over the header") << false;
        QTest::newRow("garbage only") << true;
    }

    void testDamagedHistoryCacheIsKeptAside()
    {
        using namespace KryNet::Metrics;
        QFETCH(bool, whole);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"uptime-lab.sqlite"_s);
        const HistoryCache cache(file);
        MonitorInfo info;
        info.name = u"web"_s;
        QVERIFY(cache.save({info}, {}, QDateTime::currentDateTimeUtc(), 0));
        if (whole)
            QVERIFY(QFile::remove(file));
        QVERIFY(overwriteStart(file, garbage(whole ? 8192 : 200, 41)));
        const QByteArray damaged = readAll(file);

        const auto snapshot = cache.load(0);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
        const QString aside = corruptSibling(file);
        QVERIFY2(!aside.isEmpty(), "the damaged cache was not kept as .corrupt-<time>");
        QVERIFY2(snapshot->warning.contains(aside), qPrintable(snapshot->warning));
        QCOMPARE(readAll(aside), damaged);
        QVERIFY(snapshot->monitors.isEmpty());
        // A new, healthy cache took its place.
        QVERIFY(cache.save({info}, {}, QDateTime::currentDateTimeUtc(), 0));
        const auto again = cache.load(0);
        QVERIFY(again && again->warning.isEmpty());
        QCOMPARE(again->monitors.size(), 1);
        QCOMPARE(readAll(aside), damaged);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
