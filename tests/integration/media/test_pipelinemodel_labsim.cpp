#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/media/pipelinemodel.h"
#include "core/secrets/memorysecretstore.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Media;

// The media pipeline against the simulated lab (clock stopped): stuck cases with their reasons, the
// clock moving requests forward, and an approve action logged once.
class TestPipelineModelLabsim final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;
    QNetworkAccessManager m_control;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ActionLog> m_actions;
    std::unique_ptr<LabSession> m_session;

    bool control(const QByteArray &method, const QString &path)
    {
        QNetworkRequest request(m_setup.controlUrl.resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + m_setup.controlToken.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_control.sendCustomRequest(request, method, QByteArray()));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 5000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

    static void refreshAndWait(PipelineModel &model)
    {
        QSignalSpy refreshed(&model, &PipelineModel::refreshed);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
    }

    static QStringList reasons(const PipelineModel &model)
    {
        QStringList out;
        for (const PipelineRow &row : model.rows())
            out.append(row.title + u" ["_s + PipelineTracker::stageId(row.stage) + u"] "_s + row.reason);
        return out;
    }

    static bool anyReason(const PipelineModel &model, const QString &prefix)
    {
        for (const PipelineRow &row : model.rows()) {
            if (row.stuck && row.reason.startsWith(prefix) && row.health >= Health::Warning)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        m_setup = future.result().value();
        m_secrets = std::make_unique<MemorySecretStore>();
        DemoLab::storeSecrets(m_setup, *m_secrets);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_actions = std::make_unique<ActionLog>();
        m_session = std::make_unique<LabSession>(m_setup.profile, *m_secrets, *m_network, *m_actions);
    }

    void testStuckCasesAreReportedWithReasons()
    {
        PipelineModel model(*m_session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.hasMediaServices());
        refreshAndWait(model);
        QVERIFY2(model.errors().isEmpty(), qPrintable(QStringList(model.errors().values()).join(u"; "_s)));
        QVERIFY(model.rowCount() >= 10);
        const QString all = reasons(model).join(u"\n"_s);
        QVERIFY2(anyReason(model, u"No release found since"_s), qPrintable(all));
        QVERIFY2(anyReason(model, u"Stalled"_s), qPrintable(all));
        QVERIFY2(anyReason(model, u"Import blocked: "_s), qPrintable(all));
        QVERIFY2(anyReason(model, u"Missing subtitles: "_s), qPrintable(all));
        QVERIFY2(anyReason(model, u"Awaiting approval"_s) || all.contains(u"Awaiting approval"_s), qPrintable(all));
        const QModelIndex health = model.index(0, PipelineModel::HealthColumn);
        QVERIFY(health.data(Roles::HealthRole).isValid());
        QVERIFY(!model.index(0, 0).data(PipelineModel::ChainRole).toStringList().isEmpty());
    }

    void testClockMovesRequestsForward()
    {
        PipelineModel model(*m_session);
        refreshAndWait(model);
        QHash<QString, int> before;
        for (const PipelineRow &row : model.rows()) {
            if (!row.stuck && row.stage >= Stage::Approved && row.stage < Stage::Available)
                before.insert(row.key, int(row.stage));
        }
        QVERIFY2(!before.isEmpty(), qPrintable(reasons(model).join(u"\n"_s)));
        QVERIFY(control("POST", u"/clock/advance?seconds=7200"_s));
        refreshAndWait(model);
        int moved = 0;
        for (const PipelineRow &row : model.rows()) {
            if (before.contains(row.key) && int(row.stage) > before.value(row.key))
                ++moved;
        }
        QVERIFY2(moved >= 1, qPrintable(reasons(model).join(u"\n"_s)));
    }

    void testApproveIsLoggedAndReRead()
    {
        PipelineModel model(*m_session);
        refreshAndWait(model);
        int pending = -1;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.canRun(PipelineModel::Action::Approve, i)) {
                pending = i;
                break;
            }
        }
        if (pending < 0)
            QSKIP("no pending request in this seed");
        const int requestId = model.rows().at(pending).requestId;
        const qsizetype logged = m_actions->records().size();
        QSignalSpy finished(&model, &PipelineModel::actionFinished);
        QSignalSpy refreshed(&model, &PipelineModel::refreshed);
        model.run(PipelineModel::Action::Approve, pending);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(m_actions->records().size(), logged + 1);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000);
        for (const PipelineRow &row : model.rows()) {
            if (row.requestId == requestId)
                QVERIFY(row.stage != Stage::Requested);
        }
    }
};

QTEST_GUILESS_MAIN(TestPipelineModelLabsim)
#include "test_pipelinemodel_labsim.moc"
