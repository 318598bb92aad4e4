// `krynetctl --demo scrub-plan` end to end: the real binary against krynet-labsim's simulated TrueNAS,
// JSON and text output, and the --days usage check.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScrubPlanCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    QProcess *run(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KRYNET_CONFIG_DIR"_s, m_config.path());
        p->setProcessEnvironment(env);
        p->setProgram(qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/cli/krynetctl"_s);
        p->setArguments(args);
        p->start();
        return p;
    }

private Q_SLOTS:
    void testJsonPlan()
    {
        QProcess *p = run({u"--demo"_s, u"--json"_s, u"scrub-plan"_s, u"--days"_s, u"60"_s});
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 60000);
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        QCOMPARE(o.value(u"timeZone"_s).toString(), u"Europe/Berlin"_s);
        const QJsonArray pools = o.value(u"pools"_s).toArray();
        QCOMPARE(pools.size(), 3);
        QJsonObject comet;
        for (const QJsonValue &v : pools) {
            if (v.toObject().value(u"pool"_s).toString() == u"comet"_s)
                comet = v.toObject();
        }
        QCOMPARE(comet.value(u"schedules"_s).toArray().at(0).toObject().value(u"origin"_s).toString(),
                 u"pool.scrub.query id 3"_s);
        QVERIFY(comet.value(u"estimateSeconds"_s).toDouble() > 0);
        // comet's task is disabled: all its runs are skipped, and it has no next run.
        QVERIFY(comet.value(u"nextRun"_s).isNull());
        int cometRuns = 0;
        for (const QJsonValue &v : o.value(u"runs"_s).toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(u"pool"_s).toString() == u"comet"_s) {
                ++cometRuns;
                QVERIFY(r.value(u"skipped"_s).toBool());
            }
        }
        QVERIFY(cometRuns >= 8); // weekly on Wednesdays over 60 days
    }

    void testTextAndUsage()
    {
        QProcess *p = run({u"--demo"_s, u"scrub-plan"_s, u"--days"_s, u"14"_s});
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 60000);
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.contains(u"Europe/Berlin"_s) && out.contains(u"andromeda"_s) && out.contains(u"skipped"_s),
                 qPrintable(out));
        QProcess *bad = run({u"--demo"_s, u"scrub-plan"_s, u"--days"_s, u"0"_s});
        QTRY_VERIFY_WITH_TIMEOUT(bad->state() == QProcess::NotRunning, 60000);
        QCOMPARE(bad->exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScrubPlanCli)
#include "test_scrubplan_cli.moc"
