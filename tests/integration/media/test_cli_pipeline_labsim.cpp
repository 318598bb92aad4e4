// krynetctl pipeline --json end to end against krynet-labsim (--demo): stuck rows with a download carry
// that download's *arr history, read only for them (issue 9).
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/integration/docker/clirunner.h"

using namespace Qt::StringLiterals;
using KryNet::Test::Cli;
using KryNet::Test::CliRun;

class TestCliPipelineLabsim final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Cli m_cli{m_dir};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(m_cli.program()).isExecutable(), qPrintable(m_cli.program()));
    }

    void testJsonStuckRowsCarryTheirDownloadHistory()
    {
        const CliRun r = m_cli.run({u"--demo"_s, u"--json"_s, u"pipeline"_s}, 90000);
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonArray rows = r.outObject().value(u"rows"_s).toArray();
        QVERIFY(rows.size() >= 10);
        int withHistory = 0;
        bool blockedGrab = false;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            if (!row.value(u"stuck"_s).toBool() || row.value(u"downloadIds"_s).toArray().isEmpty()) {
                QVERIFY2(!row.contains(u"history"_s), qPrintable(row.value(u"key"_s).toString()));
                continue;
            }
            QVERIFY2(row.contains(u"history"_s), qPrintable(row.value(u"key"_s).toString()));
            QVERIFY(!row.contains(u"historyError"_s));
            ++withHistory;
            const QString downloadId = row.value(u"downloadIds"_s).toArray().first().toString();
            const QJsonArray history = row.value(u"history"_s).toArray();
            QVERIFY(!history.isEmpty());
            for (const QJsonValue &event : history)
                QCOMPARE(event[u"downloadId"_s].toString(), downloadId);
            if (row.value(u"reason"_s).toString().startsWith(u"Import blocked: "_s)) {
                const QJsonObject grab = history.last().toObject(); // oldest last
                QCOMPARE(grab.value(u"eventType"_s).toString(), u"grabbed"_s);
                QVERIFY2(grab.value(u"indexer"_s).toString().endsWith(u" (Prowlarr)"_s),
                         qPrintable(grab.value(u"indexer"_s).toString()));
                QVERIFY(!grab.value(u"sourceTitle"_s).toString().isEmpty());
                QVERIFY(QDateTime::fromString(grab.value(u"date"_s).toString(), Qt::ISODate).isValid());
                blockedGrab = true;
            }
        }
        QVERIFY(withHistory >= 2); // the import-blocked movie and the stalled season pack
        QVERIFY(blockedGrab);
        QVERIFY(!r.outObject().contains(u"notes"_s)); // wanted/missing read in full
    }
};

QTEST_GUILESS_MAIN(TestCliPipelineLabsim)
#include "test_cli_pipeline_labsim.moc"
