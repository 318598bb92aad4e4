// Data safety (issue 14): the profiles file survives a kill -9 at any point of a save. A helper process
// (crashwriter) saves profiles in a loop through the real ProfileStore; the test kills it with SIGKILL
// at random moments — often in the middle of writing — and after every kill the file must load cleanly
// (nothing moved aside as corrupt) with every save that completed, each profile intact.
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/config/profilestore.h"

using namespace Qt::StringLiterals;

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private:
    // The number in the last complete "saved N" line of @p output; 0 when none.
    static int lastSaved(const QByteArray &output)
    {
        int n = 0;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("saved "))
                n = line.mid(6).toInt();
        }
        return n;
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
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
