// SameTurn: a mark that lasts until the event loop runs again (stores join a refresh asked for twice
// in one turn instead of reading the server twice).
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "core/common/sameturn.h"

using KryNet::SameTurn;

class TestSameTurn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMarkLastsUntilTheEventLoopRuns()
    {
        QObject owner;
        SameTurn turn;
        QVERIFY(!turn.isMarked());
        turn.mark(&owner);
        QVERIFY(turn.isMarked());
        QVERIFY(turn.isMarked()); // still the same turn: nothing ran in between
        QTRY_VERIFY(!turn.isMarked());
    }

    void testRemarkInALaterTurnKeepsItsOwnMark()
    {
        QObject owner;
        SameTurn turn;
        turn.mark(&owner);
        // A zero timer queued now runs after the first mark's clear: in that later turn the mark is
        // gone, a new one holds for the rest of that turn and clears in the next.
        bool markedInSecondTurn = false;
        QTimer::singleShot(0, &owner, [&] {
            QVERIFY(!turn.isMarked());
            turn.mark(&owner);
            markedInSecondTurn = turn.isMarked();
        });
        QTRY_VERIFY(markedInSecondTurn);
        QTRY_VERIFY(!turn.isMarked());
    }

    void testTwoMarksInOneTurnClearTogether()
    {
        QObject owner;
        SameTurn turn;
        turn.mark(&owner);
        turn.mark(&owner);
        QVERIFY(turn.isMarked());
        QTRY_VERIFY(!turn.isMarked());
    }

    void testDestroyedOwnerCancelsTheClear()
    {
        SameTurn turn;
        {
            QObject owner;
            turn.mark(&owner);
        }
        // The clearing call died with its owner: the mark stays, and nothing touches freed memory.
        QCoreApplication::processEvents();
        QVERIFY(turn.isMarked());
    }
};

QTEST_GUILESS_MAIN(TestSameTurn)
#include "test_sameturn.moc"
