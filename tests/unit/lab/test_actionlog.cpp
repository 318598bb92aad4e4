#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/lab/actionlog.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestActionLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOutcomes()
    {
        ActionLog log;
        QSignalSpy added(&log, &ActionLog::recordAdded);
        QSignalSpy changed(&log, &ActionLog::recordChanged);
        const quint64 ok = log.begin(u"home"_s, u"pool andromeda"_s, u"Start scrub"_s);
        const quint64 refused = log.begin(u"home"_s, u"container sonarr"_s, u"Restart"_s);
        const quint64 dropped = log.begin(u"home"_s, u"container radarr"_s, u"Restart"_s);
        QCOMPARE(added.count(), 3);
        QCOMPARE(log.records().at(0).outcome, ActionRecord::Outcome::Running);

        log.succeed(ok, u"scrub started"_s);
        log.fail(refused, Error(Error::Code::Remote, u"no such container"_s).withHttpStatus(404));
        log.fail(dropped, Error(Error::Code::Network, u"connection reset"_s));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(log.records().at(0).outcome, ActionRecord::Outcome::Succeeded);
        QCOMPARE(log.records().at(0).answer, u"scrub started"_s);
        QCOMPARE(log.records().at(1).outcome, ActionRecord::Outcome::Failed);
        // A dropped connection leaves it open whether the action happened: Unknown, not Failed.
        QCOMPARE(log.records().at(2).outcome, ActionRecord::Outcome::Unknown);
        QVERIFY(log.records().at(2).finishedAt.isValid());

        // Finishing twice changes nothing.
        log.fail(ok, Error(Error::Code::Remote, u"late"_s));
        QCOMPARE(log.records().at(0).outcome, ActionRecord::Outcome::Succeeded);
        QCOMPARE(changed.count(), 3);
    }

    void testFileIsJsonLinesAndRedacted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/actions.jsonl"_s);
        ActionLog log(path);
        const quint64 a = log.begin(u"home"_s, u"key sk-abcdefgh12345678"_s, u"Delete key"_s);
        log.succeed(a, u"deleted, Authorization: Bearer sk-abcdefgh12345678"_s);
        const quint64 b = log.begin(u"home"_s, u"pool comet"_s, u"Stop scrub"_s);
        log.fail(b, Error(Error::Code::Remote, u"exit 1"_s));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(first.value(u"action"_s).toString(), u"Delete key"_s);
        QVERIFY(!lines.at(0).contains("abcdefgh12345678"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void testLoadKeepsEarlierSessions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"actions.jsonl"_s);
        {
            ActionLog first(path);
            first.succeed(first.begin(u"home"_s, u"pool andromeda"_s, u"Start scrub"_s), u"started"_s);
            first.fail(first.begin(u"home"_s, u"container sonarr"_s, u"Restart"_s),
                       Error(Error::Code::Network, u"reset"_s));
        }
        {
            // An unfinished line in the middle (a crash, then a later session ended it with a newline).
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"action\":\"Restart\",\"target\":\"cut");
        }
        ActionLog second(path);
        QVERIFY(second.load());
        QCOMPARE(second.skippedLines(), 1);
        QCOMPARE(second.records().size(), 2);
        QCOMPARE(second.records().at(0).target, u"pool andromeda"_s);
        QCOMPARE(second.records().at(0).outcome, ActionRecord::Outcome::Succeeded);
        QCOMPARE(second.records().at(1).outcome, ActionRecord::Outcome::Unknown);
        QVERIFY(second.records().at(1).finishedAt.isValid());
        const quint64 id = second.begin(u"home"_s, u"container radarr"_s, u"Stop"_s);
        QVERIFY(id > second.records().at(1).id); // ids go on after the loaded ones
        second.succeed(id, u"stopped"_s);

        ActionLog third(path);
        QVERIFY(third.load());
        QCOMPARE(third.records().size(), 3);
        QCOMPARE(third.records().at(2).target, u"container radarr"_s);
        QCOMPARE(third.skippedLines(), 1);
        QVERIFY(third.movedAsidePath().isEmpty());
    }

    void testLineThatIsNoRecordMeansDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"actions.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not an action log\n");
        }
        ActionLog log(path);
        const auto loaded = log.load();
        QVERIFY(!loaded);
        QVERIFY(log.movedAsidePath().startsWith(path + u".corrupt-"_s));
        QVERIFY(QFile::exists(log.movedAsidePath()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(loaded.error().message().contains(log.movedAsidePath()));
    }
};

QTEST_GUILESS_MAIN(TestActionLog)
#include "test_actionlog.moc"
