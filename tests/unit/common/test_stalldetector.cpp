// StallDetector, proportionalSetSizeKiB and anonymousMemoryKiB: the probes the benchmark harness reads from
// the app; releaseFreeHeapMemory, which keeps the soak's memory from growing.
#include <cstring>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include "core/common/processmemory.h"
#include "core/common/stalldetector.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestStallDetector final : public QObject
{
    Q_OBJECT

private:
    // Keeps the event loop from running for @p ms: the stall under measurement.
    static void blockEventLoop(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms)
            QThread::usleep(500);
    }

private Q_SLOTS:
    void testMeasuresABlockedEventLoop()
    {
        StallDetector detector(nullptr, 5);
        detector.start();
        QTest::qWait(30); // the loop runs freely: a few ticks, at most jitter
        detector.reset();
        blockEventLoop(150);
        // The first tick after the block sees it.
        QTRY_VERIFY_WITH_TIMEOUT(detector.longestStallMs() >= 120, 5000);
        QVERIFY(detector.stallsOver(100) >= 1);
        QCOMPARE(detector.stallsOver(10000), 0);
    }

    void testResetForgets()
    {
        StallDetector detector(nullptr, 5);
        detector.start();
        blockEventLoop(80);
        QTRY_VERIFY_WITH_TIMEOUT(detector.longestStallMs() >= 50, 5000);
        detector.reset();
        QCOMPARE(detector.longestStallMs(), 0.0);
        QCOMPARE(detector.stallsOver(0), 0);
    }

    void testStoppedDetectorSeesNothing()
    {
        StallDetector detector(nullptr, 5);
        detector.start();
        detector.stop();
        blockEventLoop(60);
        QTest::qWait(30);
        QCOMPARE(detector.longestStallMs(), 0.0);
    }

    void testProportionalSetSize()
    {
        const qint64 self = proportionalSetSizeKiB();
        QVERIFY2(self > 100, qPrintable(QString::number(self)));                   // a Qt process is megabytes
        QVERIFY(proportionalSetSizeKiB(QCoreApplication::applicationPid()) > 100); // by PID, as the harness reads it
        QCOMPARE(proportionalSetSizeKiB(999999999), qint64(-1));                   // no such process
    }

    void testAnonymousMemoryFollowsAllocations()
    {
        const qint64 before = anonymousMemoryKiB();
        QVERIFY2(before > 100, qPrintable(QString::number(before)));
        // 64 MiB written (so resident) shows as anonymous memory; it is the process's own.
        QByteArray block(64 * 1024 * 1024, 'x');
        const qint64 with = anonymousMemoryKiB();
        QVERIFY2(with - before >= 60 * 1024, qPrintable(u"%1 → %2 KiB"_s.arg(before).arg(with)));
        block.clear();
        block.squeeze();
        QCOMPARE(anonymousMemoryKiB(999999999), qint64(-1));
    }

    void testReleaseFreeHeapMemoryGivesPagesBack()
    {
        // 32 MiB in small blocks (below any mmap threshold: they come from the heap), written so they are
        // resident, then freed, with a block allocated after them still in use so that the allocator
        // cannot simply shrink its heap from the top: the freed pages stay with the process until
        // releaseFreeHeapMemory() hands them back (the app's growth over a soak; performance.md).
        constexpr int blocks = 2048;
        constexpr size_t blockSize = 16 * 1024;
        std::vector<std::unique_ptr<char[]>> heap;
        heap.reserve(blocks);
        for (int i = 0; i < blocks; ++i) {
            heap.push_back(std::make_unique<char[]>(blockSize));
            std::memset(heap.back().get(), i & 0xff, blockSize);
        }
        auto pin = std::make_unique<char[]>(64);
        std::memset(pin.get(), 1, 64);
        const qint64 used = anonymousMemoryKiB();
        heap.clear();
        heap.shrink_to_fit();
        releaseFreeHeapMemory();
        const qint64 released = anonymousMemoryKiB();
        QVERIFY2(used - released >= 16 * 1024, qPrintable(u"%1 → %2 KiB"_s.arg(used).arg(released)));
        QCOMPARE(pin[0], char(1));
    }
};

QTEST_GUILESS_MAIN(TestStallDetector)
#include "test_stalldetector.moc"
