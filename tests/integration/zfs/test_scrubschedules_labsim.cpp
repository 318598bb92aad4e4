// core/zfs ScrubScheduleStore against krynet-labsim's simulated TrueNAS (midclt over its SSH server):
// the exact JSON that create/update/delete send (read back from labsim's call log), re-read after apply,
// undo, and a failing midclt call that leaves the schedules unchanged and says why.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "core/zfs/scrubschedules.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Zfs;

namespace
{
constexpr int kWait = 20000;
} // namespace

class TestScrubSchedulesLabsim final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    DemoLabSetup m_setup;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    std::unique_ptr<LabSession> m_session;
    std::unique_ptr<ScrubScheduleStore> m_store;

    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_lab.request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact)).json();
    }

    Result<void> wait(QFuture<Result<void>> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, kWait))
            return Error(Error::Code::Timeout, u"timeout"_s);
        return future.result();
    }

    const ScrubSchedule *find(const QString &pool) const
    {
        for (const ScrubSchedule &s : m_store->schedules()) {
            if (s.pool == pool)
                return &s;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start({}); // the lab's clock runs (no --speed 0)
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
        DemoLab::storeSecrets(m_setup, m_secrets);
        m_session = std::make_unique<LabSession>(m_setup.profile, m_secrets, m_network, m_actions);
        auto ssh = m_session->ssh();
        QVERIFY(ssh);
        m_store = std::make_unique<ScrubScheduleStore>(*ssh, &m_actions, m_setup.profile.name());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_session.reset();
        m_lab.stop();
    }

    void testReadsTasksZoneAndPoolIds()
    {
        const auto r = wait(m_store->refresh());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(m_store->isTrueNas());
        QCOMPARE(m_store->schedules().size(), 3);
        QCOMPARE(m_store->zone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE(m_store->poolIds().value(u"orion"_s), 2);
        QCOMPARE(find(u"orion"_s)->cron.expression(), u"30 01 1-7 * 6"_s);
        QCOMPARE(find(u"orion"_s)->source, ScheduleSource::TrueNas);
        QVERIFY(!find(u"comet"_s)->enabled);
    }

    void testRoundTripsOverASlowLink()
    {
        // Over a slow link (issue 15): `id -u` (only for later writes) goes beside pool.scrub.query. A store
        // that has not read this server yet asks pool.scrub.query, then the five TrueNAS queries at once: a
        // dependent chain of 2. Once it knows the server is TrueNAS, all seven go at once: a chain of 1.
        QCOMPARE(control("PUT", u"/faults/ssh"_s, {{u"latencyMs"_s, 50}})
                     .value(u"ssh"_s)
                     .toObject()
                     .value(u"latencyMs"_s)
                     .toInt(),
                 50);
        const auto measure = [this](ScrubScheduleStore &store) {
            control("POST", u"/traffic/start"_s);
            const auto r = wait(store.refresh());
            const QJsonObject traffic = control("POST", u"/traffic/stop"_s);
            if (!r)
                qWarning().noquote() << r.error().toString();
            return r ? traffic : QJsonObject();
        };
        auto ssh = m_session->ssh();
        QVERIFY(ssh);
        ScrubScheduleStore fresh(*ssh, &m_actions, m_setup.profile.name());
        const QJsonObject first = measure(fresh);
        const QJsonObject second = measure(fresh);
        control("DELETE", u"/faults"_s);
        const auto chain = [](const QJsonObject &t) {
            return QJsonDocument(t.value(u"chain"_s).toArray()).toJson(QJsonDocument::Compact);
        };
        QCOMPARE(first.value(u"sshCommands"_s).toInt(), 7);
        QVERIFY2(first.value(u"chainDepth"_s).toInt() == 2, chain(first).constData());
        QCOMPARE(second.value(u"sshCommands"_s).toInt(), 7);
        QVERIFY2(second.value(u"chainDepth"_s).toInt() == 1, chain(second).constData());
        QVERIFY(fresh.isTrueNas());
        QCOMPARE(fresh.schedules().size(), 3);
        QCOMPARE(fresh.poolIds().value(u"orion"_s), 2);
    }

    void testRefreshTwiceInOneTurnReadsOnce()
    {
        // The Overview's Refresh and F5 on the panel in the same turn: one read answers both.
        control("POST", u"/traffic/start"_s);
        QFuture<Result<void>> a = m_store->refresh();
        QFuture<Result<void>> b = m_store->refresh();
        const auto ra = wait(a);
        const auto rb = wait(b);
        const QJsonObject traffic = control("POST", u"/traffic/stop"_s);
        QVERIFY2(ra, qPrintable(ra ? QString() : ra.error().toString()));
        QVERIFY(rb);
        QCOMPARE(traffic.value(u"byRequest"_s).toObject().value(u"ssh 'midclt' 'call' 'pool.scrub.query'"_s).toInt(),
                 1);
        QCOMPARE(traffic.value(u"sshCommands"_s).toInt(), 7);

        // A refresh asked for in a later turn, while the first still runs, is a read of its own.
        control("POST", u"/traffic/start"_s);
        QFuture<Result<void>> c = m_store->refresh();
        QCoreApplication::processEvents();
        QFuture<Result<void>> d = m_store->refresh();
        QVERIFY(wait(c));
        QVERIFY(wait(d));
        const QJsonObject later = control("POST", u"/traffic/stop"_s);
        QCOMPARE(later.value(u"byRequest"_s).toObject().value(u"ssh 'midclt' 'call' 'pool.scrub.query'"_s).toInt(), 2);
    }

    void testUpdateSendsExactJson()
    {
        QList<ScrubSchedule> wanted = m_store->schedules();
        for (ScrubSchedule &s : wanted) {
            if (s.pool == u"andromeda"_s) {
                s.cron = *CronSchedule::parse(u"0 3 * * 6"_s);
                s.thresholdDays = 20;
            }
        }
        const QList<ScheduleChange> changes = m_store->changesTo(wanted);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, ScheduleChange::Kind::Update);
        // The review shows exactly the argv that goes out: the JSON is one argument.
        QCOMPARE(
            changes.at(0).command.argv(),
            (QStringList{u"midclt"_s, u"call"_s, u"pool.scrub.update"_s, u"1"_s,
                         u"{\"schedule\":{\"dom\":\"*\",\"dow\":\"6\",\"hour\":\"3\",\"minute\":\"0\",\"month\":\"*\"},"
                         "\"threshold\":20}"_s}));
        const qsizetype logged = m_actions.records().size();
        const auto r = wait(m_store->apply(changes, false));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        // After apply the store re-read (pool.scrub.query…), so look the update up in the log.
        QJsonObject update;
        for (const QJsonValue &v : control("GET", u"/ssh/commands"_s).value(u"midclt"_s).toArray()) {
            if (v.toObject().value(u"method"_s).toString() == u"pool.scrub.update"_s)
                update = v.toObject();
        }
        const QJsonArray expected{1, QJsonObject{{u"schedule"_s, QJsonObject{{u"minute"_s, u"0"_s},
                                                                             {u"hour"_s, u"3"_s},
                                                                             {u"dom"_s, u"*"_s},
                                                                             {u"month"_s, u"*"_s},
                                                                             {u"dow"_s, u"6"_s}}},
                                                 {u"threshold"_s, 20}}};
        QCOMPARE(update.value(u"params"_s).toArray(), expected);
        QVERIFY(update.value(u"ok"_s).toBool());
        // Re-read: the server's state.
        QCOMPARE(find(u"andromeda"_s)->cron.expression(), u"0 3 * * 6"_s);
        QCOMPARE(find(u"andromeda"_s)->thresholdDays, 20);
        QCOMPARE(m_actions.records().size(), logged + 1);
        QCOMPARE(m_actions.records().constLast().outcome, ActionRecord::Outcome::Succeeded);
    }

    void testUndoRestoresTheLastChange()
    {
        QVERIFY(m_store->canUndo());
        const QList<ScheduleChange> undo = m_store->undoChanges();
        QCOMPARE(undo.size(), 1);
        QVERIFY(undo.at(0).description.contains(u"0 3 * * 6"_s));
        const auto r = wait(m_store->undo(false));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(find(u"andromeda"_s)->cron.expression(), u"00 00 * * 7"_s);
        QCOMPARE(find(u"andromeda"_s)->thresholdDays, 35);
    }

    void testDeleteAndCreateSendExactJson()
    {
        QList<ScrubSchedule> wanted;
        for (const ScrubSchedule &s : m_store->schedules()) {
            if (s.pool != u"comet"_s)
                wanted.append(s);
        }
        QList<ScheduleChange> changes = m_store->changesTo(wanted);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, ScheduleChange::Kind::Delete);
        auto r = wait(m_store->apply(changes, false));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(!find(u"comet"_s));
        QJsonObject del;
        for (const QJsonValue &v : control("GET", u"/ssh/commands"_s).value(u"midclt"_s).toArray()) {
            if (v.toObject().value(u"method"_s).toString() == u"pool.scrub.delete"_s)
                del = v.toObject();
        }
        QCOMPARE(del.value(u"params"_s).toArray(), QJsonArray{3});

        ScrubSchedule comet;
        comet.pool = u"comet"_s;
        comet.cron = *CronSchedule::parse(u"15 2 * * 0"_s);
        comet.thresholdDays = 25;
        comet.description = u"Sundays; it's \"scratch\" $(rm -rf /)"_s;
        wanted.append(comet);
        changes = m_store->changesTo(wanted);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, ScheduleChange::Kind::Create);
        r = wait(m_store->apply(changes, false));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QJsonObject create;
        for (const QJsonValue &v : control("GET", u"/ssh/commands"_s).value(u"midclt"_s).toArray()) {
            if (v.toObject().value(u"method"_s).toString() == u"pool.scrub.create"_s)
                create = v.toObject();
        }
        const QJsonArray expected{QJsonObject{{u"pool"_s, 3},
                                              {u"threshold"_s, 25},
                                              {u"description"_s, comet.description},
                                              {u"schedule"_s, QJsonObject{{u"minute"_s, u"15"_s},
                                                                          {u"hour"_s, u"2"_s},
                                                                          {u"dom"_s, u"*"_s},
                                                                          {u"month"_s, u"*"_s},
                                                                          {u"dow"_s, u"0"_s}}},
                                              {u"enabled"_s, true}}};
        QCOMPARE(create.value(u"params"_s).toArray(), expected);
        QVERIFY(find(u"comet"_s));
        QCOMPARE(find(u"comet"_s)->description, comet.description);
    }

    void testFailedCallLeavesPlanUnchangedAndSaysWhy()
    {
        const QJsonObject set = control(
            "POST", u"/ssh/midclt-fail"_s,
            {{u"method"_s, u"pool.scrub.update"_s}, {u"error"_s, u"[EFAULT] Failed to write the cron table"_s}});
        QVERIFY(set.value(u"failures"_s).toObject().contains(u"pool.scrub.update"_s));
        const QList<ScrubSchedule> before = m_store->schedules();
        QList<ScrubSchedule> wanted = before;
        wanted[0].thresholdDays = 3;
        const auto r = wait(m_store->apply(m_store->changesTo(wanted), false));
        QVERIFY(!r);
        QVERIFY2(r.error().message().contains(u"[EFAULT] Failed to write the cron table"_s),
                 qPrintable(r.error().toString()));
        QCOMPARE(m_store->schedules(), before);
        QCOMPARE(m_actions.records().constLast().outcome, ActionRecord::Outcome::Failed);
        control("POST", u"/ssh/midclt-fail"_s, {{u"method"_s, u"pool.scrub.update"_s}, {u"error"_s, u""_s}});
    }
};

QTEST_GUILESS_MAIN(TestScrubSchedulesLabsim)
#include "test_scrubschedules_labsim.moc"
