#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/media/pipelinemodel.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Media;

// The media pipeline against the simulated lab (clock stopped): stuck cases with their reasons, the
// clock moving requests forward, a request walking all eight stages, Gluetun down / leaking, the
// service health strip, and every remedy the lab offers sent exactly once (labsim counts the calls),
// logged and followed by a re-read.
class TestPipelineModelLabsim final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    DemoLabSetup m_setup;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ActionLog> m_actions;
    std::unique_ptr<LabSession> m_session;

    bool control(const QByteArray &method, const QString &path, QJsonObject *answer = nullptr,
                 const DemoLabSetup *setup = nullptr)
    {
        Test::LabControl other;
        Test::LabControl *lab = &m_lab;
        if (setup) {
            other.attach(*setup); // a lab a test started for itself
            lab = &other;
        }
        const Test::LabControl::Reply reply = lab->request(method, path);
        if (answer)
            *answer = reply.json();
        return reply.ok();
    }

    /// The lab's simulated time (its clock is stopped; tests move it).
    QDateTime labNow(const DemoLabSetup *setup = nullptr)
    {
        QJsonObject state;
        if (!control("GET", u"/state"_s, &state, setup))
            return {};
        return QDateTime::fromString(state.value(u"now"_s).toString(), Qt::ISODate);
    }

    /// How often labsim's @p service answered "METHOD path" since the last reset.
    int calls(const QString &service, const QString &call, const DemoLabSetup *setup = nullptr)
    {
        QJsonObject counts;
        if (!control("GET", u"/media/calls"_s, &counts, setup))
            return -1;
        return counts.value(service).toObject().value(call).toInt();
    }

    /// A lab of its own (the remedy walks move its clock by hours), with a session and a pipeline whose
    /// clock is the lab's.
    struct OwnLab
    {
        explicit OwnLab(QNetworkAccessManager &network)
            : lab(qEnvironmentVariable("KRYNET_LABSIM"))
            , network(network)
        {}
        DemoLab lab;
        QNetworkAccessManager &network;
        DemoLabSetup setup;
        MemorySecretStore secrets;
        ActionLog actions;
        std::unique_ptr<LabSession> session;
        std::unique_ptr<PipelineModel> model;
        QDateTime now;
    };

    bool startOwnLab(OwnLab &own)
    {
        own.lab.setExtraArguments({u"--speed"_s, u"0"_s});
        auto started = own.lab.start();
        if (!QTest::qWaitFor([&started] { return started.isFinished(); }, 15000) || !started.result())
            return false;
        own.setup = started.result().value();
        DemoLab::storeSecrets(own.setup, own.secrets);
        own.session = std::make_unique<LabSession>(own.setup.profile, own.secrets, own.network, own.actions);
        own.model = std::make_unique<PipelineModel>(*own.session);
        own.now = labNow(&own.setup);
        own.model->setClock([&own] { return own.now; });
        return own.now.isValid();
    }

    /// Moves @p own's clock by @p seconds and re-reads the pipeline.
    bool advance(OwnLab &own, int seconds)
    {
        if (!control("POST", u"/clock/advance?seconds=%1"_s.arg(seconds), nullptr, &own.setup))
            return false;
        own.now = labNow(&own.setup);
        QSignalSpy refreshed(own.model.get(), &PipelineModel::refreshed);
        own.model->refresh();
        return refreshed.wait(20000);
    }

    /// Runs @p action on the row with @p key once and waits for its result and the re-read.
    void runOnce(OwnLab &own, PipelineModel::Action action, const QString &key)
    {
        const int row = rowWhere(*own.model, [&key](const PipelineRow &r, int) { return r.key == key; });
        QVERIFY(row >= 0);
        QVERIFY(own.model->canRun(action, row));
        QVERIFY(control("DELETE", u"/media/calls"_s, nullptr, &own.setup));
        const qsizetype logged = own.actions.records().size();
        QSignalSpy finished(own.model.get(), &PipelineModel::actionFinished);
        QSignalSpy refreshed(own.model.get(), &PipelineModel::refreshed);
        own.model->run(action, row);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(own.actions.records().size(), logged + 1);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000); // the re-read
    }

    /// Advances @p own in @p step-second steps until the row @p key is Available (at most @p maxSteps),
    /// checking it never goes back a stage (nor is stuck, unless @p mayBeStuck); returns the stages seen.
    QList<Stage> walkToAvailable(OwnLab &own, const QString &key, int step, int maxSteps, QStringList &trail,
                                 bool mayBeStuck = false)
    {
        QList<Stage> seen;
        for (int i = 0; i < maxSteps && (seen.isEmpty() || seen.last() != Stage::Available); ++i) {
            const int row = rowWhere(*own.model, [&key](const PipelineRow &r, int) { return r.key == key; });
            if (row < 0) {
                trail.append(u"row gone"_s);
                return seen;
            }
            const PipelineRow &r = own.model->rows().at(row);
            if (r.stuck && !mayBeStuck) {
                trail.append(u"stuck again: "_s + r.reason);
                return seen;
            }
            if (seen.isEmpty() || seen.last() != r.stage) {
                if (!seen.isEmpty() && r.stage < seen.last()) {
                    trail.append(u"back to "_s + PipelineTracker::stageId(r.stage));
                    return seen;
                }
                seen.append(r.stage);
                trail.append(own.now.toString(Qt::ISODate) + u" "_s + PipelineTracker::stageId(r.stage) + u" "_s +
                             r.reason);
            }
            if (seen.last() != Stage::Available && !advance(own, step)) {
                trail.append(u"advance failed"_s);
                return seen;
            }
        }
        return seen;
    }

    static int rowWhere(const PipelineModel &model, const std::function<bool(const PipelineRow &, int)> &match)
    {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (match(model.rows().at(i), i))
                return i;
        }
        return -1;
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
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
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

    void testRemediesAreSentOnceLoggedAndReRead_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("call");
        QTest::newRow("recheck") << int(PipelineModel::Action::Recheck) << u"qbittorrent"_s
                                 << u"POST /api/v2/torrents/recheck"_s;
        // labsim's qBittorrent is 5.x (WebAPI 2.11.4): stop/start, not pause/resume.
        QTest::newRow("pause") << int(PipelineModel::Action::PauseTorrent) << u"qbittorrent"_s
                               << u"POST /api/v2/torrents/stop"_s;
        QTest::newRow("resume") << int(PipelineModel::Action::ResumeTorrent) << u"qbittorrent"_s
                                << u"POST /api/v2/torrents/start"_s;
        QTest::newRow("retry import") << int(PipelineModel::Action::RetryImport) << QString() // radarr or sonarr
                                      << u"POST /api/v3/command"_s;
        QTest::newRow("subtitles") << int(PipelineModel::Action::SubtitleSearch) << u"bazarr"_s << QString();
        QTest::newRow("search") << int(PipelineModel::Action::Search) << QString() << u"POST /api/v3/command"_s;
    }

    void testRemediesAreSentOnceLoggedAndReRead()
    {
        QFETCH(int, action);
        QFETCH(QString, service);
        QFETCH(QString, call);
        PipelineModel model(*m_session);
        const QDateTime now = labNow();
        model.setClock([now] { return now; });
        refreshAndWait(model);
        const int row = rowWhere(model, [&model, action](const PipelineRow &, int i) {
            return model.canRun(PipelineModel::Action(action), i);
        });
        QVERIFY2(row >= 0, qPrintable(reasons(model).join(u"\n"_s)));
        const PipelineRow target = model.rows().at(row);
        if (service.isEmpty())
            service = target.mediaType == u"movie"_s ? u"radarr"_s : u"sonarr"_s;
        if (call.isEmpty())
            call = target.mediaType == u"movie"_s ? u"PATCH /api/movies"_s : u"PATCH /api/series"_s;
        QVERIFY(control("DELETE", u"/media/calls"_s));
        const qsizetype logged = m_actions->records().size();
        QSignalSpy finished(&model, &PipelineModel::actionFinished);
        QSignalSpy refreshed(&model, &PipelineModel::refreshed);
        model.run(PipelineModel::Action(action), row);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(m_actions->records().size(), logged + 1);
        QVERIFY(m_actions->records().last().finishedAt.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 20000); // the re-read
        QCOMPARE(calls(service, call), 1);                       // sent exactly once, never retried
    }

    void testGluetunDownOrLeakingBlocksTorrents()
    {
        PipelineModel model(*m_session);
        const QDateTime now = labNow();
        model.setClock([now] { return now; });
        refreshAndWait(model);
        QCOMPARE(rowWhere(model, [](const PipelineRow &r, int) { return r.vpnBlocked; }), -1);
        QVERIFY(control("PUT", u"/gluetun/vpn?status=stopped"_s));
        refreshAndWait(model);
        int blocked = rowWhere(model, [](const PipelineRow &r, int) { return r.vpnBlocked; });
        QVERIFY2(blocked >= 0, qPrintable(reasons(model).join(u"\n"_s)));
        QCOMPARE(model.rows().at(blocked).reason, u"VPN stopped: downloads blocked"_s);
        QCOMPARE(model.rows().at(blocked).health, Health::Critical);
        QVERIFY(control("PUT", u"/gluetun/vpn?status=running"_s));
        QVERIFY(control("PUT", u"/gluetun/leak?on=1"_s));
        refreshAndWait(model);
        blocked = rowWhere(model, [](const PipelineRow &r, int) { return r.vpnBlocked; });
        QVERIFY2(blocked >= 0, qPrintable(reasons(model).join(u"\n"_s)));
        QCOMPARE(model.rows().at(blocked).reason,
                 u"VPN leak: public IP 203.0.113.77 is the home IP; downloads blocked"_s);
        QVERIFY(control("PUT", u"/gluetun/leak?on=0"_s));
        refreshAndWait(model);
        QCOMPARE(rowWhere(model, [](const PipelineRow &r, int) { return r.vpnBlocked; }), -1);
    }

    void testServiceHealthStrip()
    {
        PipelineModel model(*m_session);
        QSignalSpy health(&model, &PipelineModel::healthChanged);
        refreshAndWait(model);
        QTRY_VERIFY_WITH_TIMEOUT(health.count() >= 1, 20000);
        QStringList seen;
        for (const ServiceHealth &entry : model.serviceHealth()) {
            seen.append(entry.service);
            QVERIFY2(!entry.version.isEmpty(), qPrintable(entry.service + u": "_s + entry.messages.join(u"; "_s)));
            QVERIFY(entry.health != Health::Unknown);
        }
        QCOMPARE(seen, (QStringList{u"seerr"_s, u"radarr"_s, u"sonarr"_s, u"prowlarr"_s, u"qbittorrent"_s, u"gluetun"_s,
                                    u"sabnzbd"_s, u"bazarr"_s, u"jellyfin"_s}));
        // Prowlarr's health check and its backed-off indexer are in the strip.
        const ServiceHealth prowlarr = model.serviceHealth().at(3);
        QCOMPARE(prowlarr.health, Health::Critical);
        QVERIFY2(prowlarr.messages.join(u"\n"_s).contains(u"Tidepool"_s), qPrintable(prowlarr.messages.join(u"\n"_s)));
        QCOMPARE(model.serviceHealth().at(4).version, u"2.11.4"_s); // qBittorrent: the WebAPI version
    }

    void testRequestWalksAllEightStages()
    {
        // A lab of its own: the walk approves a request and moves the clock by hours.
        DemoLab lab(qEnvironmentVariable("KRYNET_LABSIM"));
        lab.setExtraArguments({u"--speed"_s, u"0"_s});
        auto started = lab.start();
        QTRY_VERIFY_WITH_TIMEOUT(started.isFinished(), 15000);
        QVERIFY(started.result());
        const DemoLabSetup setup = started.result().value();
        MemorySecretStore secrets;
        DemoLab::storeSecrets(setup, secrets);
        ActionLog actions;
        LabSession session(setup.profile, secrets, *m_network, actions);
        PipelineModel model(session);
        QDateTime now = labNow(&setup);
        model.setClock([&now] { return now; });
        refreshAndWait(model);
        // A pending movie request (torrent): approve it, then follow it.
        const int pending = rowWhere(model, [&model](const PipelineRow &r, int i) {
            return r.mediaType == u"movie"_s && model.canRun(PipelineModel::Action::Approve, i);
        });
        QVERIFY2(pending >= 0, qPrintable(reasons(model).join(u"\n"_s)));
        const QString key = model.rows().at(pending).key;
        QList<Stage> seen{Stage::Requested};
        QSignalSpy finished(&model, &PipelineModel::actionFinished);
        model.run(PipelineModel::Action::Approve, pending);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(finished.first().at(0).toBool());
        QStringList trail;
        for (int step = 0; step < 400 && seen.last() != Stage::Available; ++step) {
            refreshAndWait(model);
            const int row = rowWhere(model, [&key](const PipelineRow &r, int) { return r.key == key; });
            QVERIFY(row >= 0);
            const PipelineRow &r = model.rows().at(row);
            QVERIFY2(!r.stuck, qPrintable(trail.join(u"\n"_s) + u"\nstuck: "_s + r.reason));
            if (r.stage != seen.last()) {
                QVERIFY2(r.stage > seen.last(),
                         qPrintable(trail.join(u"\n"_s) + u"\nback to "_s + PipelineTracker::stageId(r.stage)));
                seen.append(r.stage);
                trail.append(now.toString(Qt::ISODate) + u" "_s + PipelineTracker::stageId(r.stage) + u" "_s +
                             r.reason);
            }
            // Small steps around the short stages, big ones through most of the download.
            const int seconds = r.stage == Stage::Downloading && r.progress < 0.85 ? 120 : 5;
            QVERIFY(control("POST", u"/clock/advance?seconds=%1"_s.arg(seconds), nullptr, &setup));
            now = labNow(&setup);
        }
        const QList<Stage> all = {Stage::Requested,   Stage::Approved,  Stage::Searching, Stage::Grabbed,
                                  Stage::Downloading, Stage::Importing, Stage::Subtitles, Stage::Available};
        QVERIFY2(seen == all, qPrintable(trail.join(u"\n"_s)));
        QCOMPARE(actions.records().size(), 1);
    }

    // A request's SABnzbd job fails its repair as the clock advances: the row says "SABnzbd failed: …",
    // the panel's "Retry SABnzbd job" (PipelineModel::run, as the panel and CLI run it) is sent exactly
    // once, and the re-queued job walks on through the import to Available.
    void testSabFailedRetryWalksOnToAvailable()
    {
        OwnLab own(*m_network);
        QVERIFY(startOwnLab(own));
        QSignalSpy first(own.model.get(), &PipelineModel::refreshed);
        own.model->refresh();
        QVERIFY(first.wait(20000));
        QCOMPARE(rowWhere(*own.model, [](const PipelineRow &r, int) { return r.sabFailed; }), -1);
        QString key;
        for (int step = 0; step < 60 && key.isEmpty(); ++step) {
            QVERIFY(advance(own, 30));
            const int row = rowWhere(*own.model, [](const PipelineRow &r, int) { return r.sabFailed; });
            if (row >= 0)
                key = own.model->rows().at(row).key;
        }
        QVERIFY2(!key.isEmpty(), qPrintable(reasons(*own.model).join(u"\n"_s)));
        const int row = rowWhere(*own.model, [&key](const PipelineRow &r, int) { return r.key == key; });
        const PipelineRow failed = own.model->rows().at(row);
        QVERIFY(failed.stuck);
        QCOMPARE(failed.health, Health::Critical);
        QCOMPARE(failed.reason, u"SABnzbd failed: Repair failed, not enough repair blocks (143 short)"_s);
        QVERIFY(failed.key.startsWith(u"request:"_s)); // the request's own row, not a stray download
        QVERIFY(!failed.sabId.isEmpty());
        QVERIFY(!own.model->canRun(PipelineModel::Action::RetryImport, row));
        // Time alone does not fix it.
        QVERIFY(advance(own, 3600));
        QVERIFY(own.model->rows()
                    .at(rowWhere(*own.model, [&key](const PipelineRow &r, int) { return r.key == key; }))
                    .sabFailed);

        runOnce(own, PipelineModel::Action::RetrySab, key);
        QCOMPARE(calls(u"sabnzbd"_s, u"POST /api"_s, &own.setup), 1); // the one retry, never repeated
        QCOMPARE(own.actions.records().last().action, PipelineModel::actionName(PipelineModel::Action::RetrySab));

        QStringList trail;
        const QList<Stage> seen = walkToAvailable(own, key, 15, 200, trail);
        const QList<Stage> expected = {Stage::Downloading, Stage::Importing, Stage::Subtitles, Stage::Available};
        QVERIFY2(seen == expected, qPrintable(trail.join(u"\n"_s)));
        QCOMPARE(calls(u"sabnzbd"_s, u"POST /api"_s, &own.setup), 1);
    }

    // An imported title Jellyfin does not list: "Imported N ago, not in Jellyfin" once the grace is over,
    // the Jellyfin library scan sent exactly once, and the row Available when the scan has found it.
    void testNotInJellyfinScanMakesItAvailable()
    {
        OwnLab own(*m_network);
        QVERIFY(startOwnLab(own));
        QSignalSpy first(own.model.get(), &PipelineModel::refreshed);
        own.model->refresh();
        QVERIFY(first.wait(20000));
        auto missing = [](const PipelineRow &r, int) {
            return r.stuck && r.notInLibrary && r.reason.endsWith(u" ago, not in Jellyfin"_s);
        };
        QString key;
        for (int step = 0; step < 60 && key.isEmpty(); ++step) {
            QVERIFY(advance(own, 120));
            if (const int row = rowWhere(*own.model, missing); row >= 0)
                key = own.model->rows().at(row).key;
        }
        QVERIFY2(!key.isEmpty(), qPrintable(reasons(*own.model).join(u"\n"_s)));
        const int row = rowWhere(*own.model, [&key](const PipelineRow &r, int) { return r.key == key; });
        QVERIFY(key.startsWith(u"request:"_s));
        QCOMPARE(own.model->rows().at(row).stage, Stage::Importing);
        QVERIFY(own.model->rows().at(row).health >= Health::Warning);

        runOnce(own, PipelineModel::Action::LibraryScan, key);
        QCOMPARE(calls(u"jellyfin"_s, u"POST /Library/Refresh"_s, &own.setup), 1);
        // The re-read right after the request: the scan is still running, the item not there yet.
        const int after = rowWhere(*own.model, [&key](const PipelineRow &r, int) { return r.key == key; });
        QVERIFY(own.model->rows().at(after).notInLibrary);

        QStringList trail;
        const QList<Stage> seen = walkToAvailable(own, key, 5, 40, trail, true); // stuck until the scan ends
        QVERIFY2(!seen.isEmpty() && seen.last() == Stage::Available, qPrintable(trail.join(u"\n"_s)));
        const int done = rowWhere(*own.model, [&key](const PipelineRow &r, int) { return r.key == key; });
        QVERIFY(own.model->rows().at(done).services.contains(u"jellyfin"_s));
        QVERIFY(!own.model->rows().at(done).notInLibrary);
        QCOMPARE(calls(u"jellyfin"_s, u"POST /Library/Refresh"_s, &own.setup), 1);
    }

    // A stuck row's download history is read on demand (not by refresh()): the grab with its indexer and
    // release, and — for the failed SABnzbd job — the failure with SABnzbd's message.
    void testStuckRowsDownloadHistoryOnDemand()
    {
        OwnLab own(*m_network);
        QVERIFY(startOwnLab(own));
        QSignalSpy first(own.model.get(), &PipelineModel::refreshed);
        own.model->refresh();
        QVERIFY(first.wait(20000));
        // Import blocked (a torrent): nothing read before it is asked for.
        int row = rowWhere(*own.model, [](const PipelineRow &r, int) { return r.stuck && r.importStuck; });
        QVERIFY2(row >= 0, qPrintable(reasons(*own.model).join(u"\n"_s)));
        QString key = own.model->rows().at(row).key;
        QVERIFY(own.model->hasDownloadHistory(row));
        QVERIFY(!own.model->downloadHistory(key));
        QSignalSpy read(own.model.get(), &PipelineModel::downloadHistoryRead);
        own.model->readDownloadHistory(row);
        QVERIFY(own.model->downloadHistory(key)->loading);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(0).toString(), key);
        const PipelineModel::DownloadHistory *history = own.model->downloadHistory(key);
        QVERIFY2(history->error.isEmpty(), qPrintable(history->error));
        QCOMPARE(history->downloadId, own.model->rows().at(row).downloadIds.first());
        QCOMPARE(history->events.size(), 1);
        const HistoryEvent grab = history->events.first();
        QCOMPARE(grab.type, HistoryEvent::Type::Grabbed);
        QCOMPARE(grab.downloadId, history->downloadId);
        QVERIFY2(grab.indexer.endsWith(u" (Prowlarr)"_s), qPrintable(grab.indexer));
        QVERIFY(!grab.sourceTitle.isEmpty());
        const QString text = PipelineModel::historyText(grab, own.now);
        QVERIFY2(text.startsWith(u"Grabbed "_s) && text.contains(grab.indexer) && text.contains(grab.sourceTitle),
                 qPrintable(text));
        // A refresh keeps what was read; it does not read it again.
        read.clear();
        QVERIFY(advance(own, 5));
        QCOMPARE(read.count(), 0);
        QCOMPARE(own.model->downloadHistory(key)->events.size(), 1);

        // The failed SABnzbd job: the failure event carries SABnzbd's message.
        row = -1;
        for (int step = 0; step < 60 && row < 0; ++step) {
            QVERIFY(advance(own, 30));
            row = rowWhere(*own.model, [](const PipelineRow &r, int) { return r.sabFailed; });
        }
        QVERIFY2(row >= 0, qPrintable(reasons(*own.model).join(u"\n"_s)));
        key = own.model->rows().at(row).key;
        read.clear();
        own.model->readDownloadHistory(row);
        QVERIFY(read.wait(10000));
        history = own.model->downloadHistory(key);
        QCOMPARE(history->events.size(), 2);
        QCOMPARE(history->events.at(0).type, HistoryEvent::Type::Failed);
        QCOMPARE(history->events.at(0).eventType, u"downloadFailed"_s);
        QCOMPARE(history->events.at(0).message, u"Repair failed, not enough repair blocks (143 short)"_s);
        QVERIFY(PipelineModel::historyText(history->events.at(0), own.now)
                    .endsWith(u"ago: Repair failed, not enough repair blocks (143 short)"_s));
        QCOMPARE(history->events.at(1).type, HistoryEvent::Type::Grabbed);
        QVERIFY(!history->events.at(1).indexer.isEmpty());
    }

    // Sonarr's wanted/missing read page after page: with a small page size labsim serves several pages
    // (one request each) and the result equals the one-page read; a page cap reads less and says so.
    void testWantedMissingIsReadPageByPage()
    {
        OwnLab own(*m_network); // at the lab's start: the requested seasons still miss their episodes
        QVERIFY(startOwnLab(own));
        ServiceClient *service = own.session->service(u"sonarr"_s);
        QVERIFY(service);
        ArrClient sonarr(service, true);
        auto whole = sonarr.missingEpisodes();
        QTRY_VERIFY_WITH_TIMEOUT(whole.isFinished(), 10000);
        QVERIFY2(whole.result(), qPrintable(whole.result() ? QString() : whole.result().error().toString()));
        const MissingEpisodes all = *whole.result();
        QCOMPARE(all.pages, 1);
        QVERIFY(!all.truncated());
        QCOMPARE(all.episodes.size(), all.totalRecords);
        QVERIFY2(all.totalRecords >= 3, qPrintable(QString::number(all.totalRecords)));

        const int pageSize = int(std::max<qint64>(1, all.totalRecords / 3));
        const int pages = int((all.totalRecords + pageSize - 1) / pageSize);
        QVERIFY(control("DELETE", u"/media/calls"_s, nullptr, &own.setup));
        auto paged = sonarr.missingEpisodes(pageSize);
        QTRY_VERIFY_WITH_TIMEOUT(paged.isFinished(), 10000);
        QVERIFY(paged.result());
        QCOMPARE(paged.result()->pages, pages);
        QCOMPARE(calls(u"sonarr"_s, u"GET /api/v3/wanted/missing"_s, &own.setup), pages); // one request per page
        QVERIFY(!paged.result()->truncated());
        QCOMPARE(paged.result()->episodes.size(), all.episodes.size());
        for (qsizetype i = 0; i < all.episodes.size(); ++i)
            QCOMPARE(paged.result()->episodes.at(i).id, all.episodes.at(i).id);

        auto capped = sonarr.missingEpisodes(pageSize, 2);
        QTRY_VERIFY_WITH_TIMEOUT(capped.isFinished(), 10000);
        QVERIFY(capped.result());
        QCOMPARE(capped.result()->pages, 2);
        QCOMPARE(capped.result()->episodes.size(), 2 * pageSize);
        QCOMPARE(capped.result()->totalRecords, all.totalRecords);
        QVERIFY(capped.result()->truncated());

        // The model reads all of it: nothing noted.
        refreshAndWait(*own.model);
        QVERIFY2(own.model->notes().isEmpty(), qPrintable(QStringList(own.model->notes().values()).join(u"; "_s)));
        QVERIFY(own.model->errors().isEmpty());
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

    // SABnzbd's history is re-read only when last_history_update changed; otherwise the kept jobs stand.
    void testSabHistoryIsReReadOnlyWhenChanged()
    {
        ServiceClient *service = m_session->service(u"sabnzbd"_s);
        QVERIFY(service);
        SabnzbdClient sab(service);
        QCOMPARE(sab.lastHistoryUpdate(), -1);
        auto first = sab.historyJobs();
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), 10000);
        QVERIFY2(first.result(), qPrintable(first.result() ? QString() : first.result().error().toString()));
        const qint64 version = sab.lastHistoryUpdate();
        QVERIFY(version > 0);
        QVERIFY(!first.result()->isEmpty()); // the lab has finished usenet jobs
        // Nothing changed: labsim answers {"history": false} and the client keeps the jobs it had.
        auto second = sab.historyJobs();
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 10000);
        QVERIFY(second.result());
        QCOMPARE(sab.lastHistoryUpdate(), version);
        QCOMPARE(second.result()->size(), first.result()->size());
        QCOMPARE(second.result()->first().nzoId, first.result()->first().nzoId);
    }
};

QTEST_GUILESS_MAIN(TestPipelineModelLabsim)
#include "test_pipelinemodel_labsim.moc"
