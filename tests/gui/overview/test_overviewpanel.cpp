// The Overview and the tray against krynet-labsim: every tile from the session's shared stores (the
// Pools panel and the Overview read the same PoolStore), an injected fault (labsim control endpoint
// /faults) on the LiteLLM and VPN tiles after one refresh, the tray's menu listing the problem and its
// notification. Set KRYNET_SHOT_DIR to also save a grab of the panel.
#include <memory>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/profilestore.h"
#include "core/docker/containerstore.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/secrets/memorysecretstore.h"
#include "core/zfs/poolstore.h"
#include "tests/support/labcontrol.h"
#include "tests/support/scriptedprompter.h"
#include "ui/panels/overview/overviewpanel.h"
#include "ui/panels/overview/overviewtile.h"
#include "ui/panels/pools/poolspanel.h"
#include "ui/shell/actionlogview.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/trayicon.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

Ui::OverviewTile *tile(QWidget &panel, const QString &id)
{
    return panel.findChild<Ui::OverviewTile *>(u"tile_"_s + id);
}

QStringList menuTexts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        out << a->text();
    return out;
}

/// What the tray cases share: a session on the lab, the main window (no session set yet) and its tray
/// icon, which follows the window's session and keeps its settings in a file of its own.
class TrayRig
{
public:
    explicit TrayRig(const DemoLabSetup &setup)
        : m_settings(m_dir.filePath(u"krynet.ini"_s), QSettings::IniFormat)
    {
        DemoLab::storeSecrets(setup, m_secrets);
        m_session = std::make_unique<LabSession>(setup.profile, m_secrets, m_network, m_actions);
        QObject::connect(&m_window, &Ui::MainWindow::sessionChanged, &m_tray, &Ui::TrayIcon::setSession);
    }

    struct Parts
    {
        QSettings &settings;
        LabSession &session;
        Ui::MainWindow &window;
        Ui::TrayIcon &tray;
    };
    Parts parts() { return {m_settings, *m_session, m_window, m_tray}; }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    std::unique_ptr<LabSession> m_session; // made once the secrets are stored; outlives the window
    ProfileStore m_profiles{QString()};
    Test::ScriptedPrompter m_prompter = Test::ScriptedPrompter::accepting();
    Ui::MainWindow m_window{m_profiles, m_secrets, m_prompter};
    Ui::TrayIcon m_tray{m_window, m_prompter, &m_settings};
};

} // namespace

class TestOverviewPanel final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    DemoLabSetup m_setup;

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
    }

    void cleanup() { QVERIFY(m_lab.clearFaults()); }

    void testNoSession()
    {
        Ui::OverviewPanel panel;
        QCOMPARE(tile(panel, u"pools"_s)->state().headline, u"No server chosen"_s);
        QVERIFY(!panel.hasFirstAnswer());
    }

    void testTilesFromSharedStores()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);

        Ui::OverviewPanel overview;
        overview.resize(1080, 740);
        overview.show();
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::PoolsPanel pools(prompter);
        overview.setSession(&session);
        pools.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(overview.hasFirstAnswer(), 30000);

        // One store per session: the panel shows the very PoolStore the Overview sums up.
        auto shared = session.stores().pools();
        QVERIFY(shared);
        QCOMPARE(pools.store(), *shared);

        for (const QString &id : {u"pools"_s, u"containers"_s, u"media"_s, u"monitors"_s, u"vpn"_s, u"llm"_s}) {
            const auto state = tile(overview, id)->state();
            QVERIFY2(state.present && state.loaded(), qPrintable(id));
            QVERIFY2(!state.headline.isEmpty(), qPrintable(id));
        }
        QTRY_COMPARE_WITH_TIMEOUT(tile(overview, u"vpn"_s)->state().health, Health::Ok, 20000);
        QCOMPARE(tile(overview, u"vpn"_s)->state().headline, u"Up, not leaking"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tile(overview, u"llm"_s)->state().health, Health::Ok, 20000);
        QVERIFY(tile(overview, u"pools"_s)->state().headline.contains(u"pool"_s));
        QTRY_VERIFY_WITH_TIMEOUT(tile(overview, u"containers"_s)->state().headline.contains(u"running"_s), 20000);
        QVERIFY(tile(overview, u"llm"_s)->state().updatedAt.isValid());
        QVERIFY(overview.findChild<QLabel *>(u"tileAge_llm"_s)->text().startsWith(u"updated "_s));
        // The Overview fits 1280×800 (minus sidebar and chrome) without scrolling.
        QVERIFY(overview.minimumSizeHint().height() <= 740);
        if (const QString dir = qEnvironmentVariable("KRYNET_SHOT_DIR"); !dir.isEmpty())
            overview.grab().save(dir + u"/overview.png"_s);
    }

    void testInjectedFaultShowsWithinOneRefresh()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        Ui::OverviewPanel overview;
        overview.show();
        overview.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(overview.hasFirstAnswer(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(tile(overview, u"llm"_s)->state().health, Health::Ok, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(tile(overview, u"vpn"_s)->state().health, Health::Ok, 20000);

        QVERIFY(m_lab.setFault(u"litellm"_s, QJsonObject({{u"errorStatus"_s, 503}})));
        QVERIFY(m_lab.setFault(u"gluetun"_s, QJsonObject({{u"errorStatus"_s, 500}})));
        overview.refresh(); // one refresh (F5)
        QTRY_COMPARE_WITH_TIMEOUT(tile(overview, u"llm"_s)->state().health, Health::Critical, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(tile(overview, u"vpn"_s)->state().health, Health::Critical, 20000);
        QCOMPARE(tile(overview, u"llm"_s)->state().headline, u"Not answering"_s);
        auto *problems = overview.findChild<QListWidget *>(u"problemList"_s);
        QStringList texts;
        for (int i = 0; i < problems->count(); ++i)
            texts << problems->item(i)->text();
        QVERIFY2(texts.join(u'\n').contains(u"LiteLLM does not answer"_s), qPrintable(texts.join(u'\n')));
        QVERIFY(texts.join(u'\n').contains(u"Gluetun does not answer"_s));
    }

    void testNpmCertificateExpiringShows()
    {
        // Nginx Proxy Manager's public wildcard certificate (no Uptime Kuma monitor watches it) is about
        // to lapse: after one refresh the certificates tile counts it, named as NPM's; the request
        // certificate both NPM and Uptime Kuma report stays one entry naming both.
        QVERIFY(m_lab.clearFaults());
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        Ui::OverviewPanel overview;
        overview.show();
        overview.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(overview.hasFirstAnswer(), 30000);

        QVERIFY(m_lab.request("PUT", u"/npm/certificates/3?expiresInDays=5"_s).ok());
        overview.refresh();
        // The lab's own domain (its certificates' names): NPM's admin user is admin@<domain>.
        const QString domain =
            m_setup.profile.services().value(u"npm"_s).extra.value(u"username"_s).toString().section(u'@', 1);
        QVERIFY(!domain.isEmpty());
        const QString wildcard = u"*."_s + domain;
        const QString request = u"request."_s + domain;
        auto *problems = overview.findChild<QListWidget *>(u"problemList"_s);
        QVERIFY(problems);
        const auto texts = [problems] {
            QStringList out;
            for (int i = 0; i < problems->count(); ++i)
                out << problems->item(i)->text();
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(texts().join(u'\n').contains(wildcard), 30000);
        const QStringList shown = texts();
        const auto line = [&shown](const QString &name) {
            const auto it = std::find_if(shown.cbegin(), shown.cend(),
                                         [&name](const QString &t) { return t.contains(u" "_s + name + u" "_s); });
            return it == shown.cend() ? QString() : *it;
        };
        QVERIFY2(line(wildcard).contains(u"(Nginx Proxy Manager)"_s), qPrintable(shown.join(u'\n')));
        QVERIFY2(line(wildcard).contains(u"5 day"_s), qPrintable(line(wildcard)));
        QVERIFY2(line(request).contains(u"(Nginx Proxy Manager, Uptime Kuma)"_s), qPrintable(shown.join(u'\n')));
        QCOMPARE(shown.filter(request).size(), 1); // deduplicated by domain
        const LabSummary::TileState monitors = tile(overview, u"monitors"_s)->state();
        QVERIFY(monitors.health == Health::Warning || monitors.health == Health::Critical); // a monitor may be down
        QVERIFY2(monitors.detail.contains(u"2 certificate"_s), qPrintable(monitors.detail));
        if (!qEnvironmentVariableIsEmpty("KRYNET_SHOT_DIR"))
            overview.grab().save(qEnvironmentVariable("KRYNET_SHOT_DIR") + u"/overview-npm-cert.png"_s);
        QVERIFY(m_lab.request("PUT", u"/npm/certificates/3?expiresInDays=74"_s).ok());
    }

    void testOneSummaryComputationPerChange()
    {
        // Issue 15 (GUI-thread stall with 1,000 containers): the Overview, the tray and its notifier all
        // read the summary on each change; they share one computation instead of five.
        TrayRig rig(m_setup);
        auto [settings, session, window, tray] = rig.parts();
        Ui::OverviewPanel overview;
        overview.setSession(&session);
        window.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(overview.hasFirstAnswer(), 30000);

        LabSummary &summary = session.stores().summary();
        int changes = 0;
        int computations = 0;
        // Counted after every other reader of the change has run (this connection is the last one made).
        QObject::connect(&summary, &LabSummary::changed, &summary, [&] {
            ++changes;
            computations = summary.computations();
        });
        const int before = summary.computations();
        summary.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(changes >= 3, 30000);
        QVERIFY2(computations - before <= changes,
                 qPrintable(u"%1 computations for %2 changes"_s.arg(computations - before).arg(changes)));
        // Within one pass the readers share it; the next pass works it out again (ages move with time).
        const int now = summary.computations();
        QCOMPARE(summary.tiles().size(), 6);
        (void)summary.problems();
        (void)summary.overall();
        QVERIFY(summary.computations() <= now + 1);
        const int afterReads = summary.computations();
        QTest::qWait(0);
        (void)summary.tiles();
        QVERIFY(summary.computations() > afterReads);
        window.setSession(nullptr);
    }

    void testTrayListsProblem()
    {
        TrayRig rig(m_setup);
        auto [settings, session, window, tray] = rig.parts();
        QVERIFY(m_lab.setFault(u"litellm"_s, QJsonObject({{u"errorStatus"_s, 503}})));
        window.setSession(&session);

        QTRY_VERIFY_WITH_TIMEOUT(menuTexts(tray.menu()).join(u'\n').contains(u"LiteLLM does not answer"_s), 30000);
        // Notified once, on the transition.
        const auto shown = tray.shown();
        const auto notified = std::count_if(shown.cbegin(), shown.cend(), [](const Notifier::Notification &n) {
            return n.keys.contains(u"litellm:down"_s);
        });
        QCOMPARE(notified, 1);

        // Snoozing from the menu is remembered in the settings.
        auto *snooze = tray.menu()->findChild<QAction *>(u"traySnooze4"_s);
        QVERIFY(snooze);
        snooze->trigger();
        QVERIFY(tray.notifier().isSnoozed());
        QVERIFY(settings.value(u"notifications/snoozedUntil"_s).toDateTime() > QDateTime::currentDateTimeUtc());

        // The fault healed: the next refresh drops it from the menu.
        QVERIFY(m_lab.clearFaults());
        session.stores().summary().refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!menuTexts(tray.menu()).join(u'\n').contains(u"LiteLLM does not answer"_s), 30000);
        window.setSession(nullptr);
    }

    void testPaletteFindsAndRestartsContainer()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        ProfileStore profiles{QString()};
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::MainWindow window(profiles, secrets, prompter);
        window.show();
        Ui::CommandPalette palette(window, prompter);
        palette.setSession(&session);
        auto containers = session.stores().containers();
        QVERIFY(containers);
        QTRY_VERIFY_WITH_TIMEOUT((*containers)->find(u"sonarr"_s) != nullptr, 30000);

        palette.open();
        QVERIFY(palette.isVisible());
        auto *search = palette.findChild<QLineEdit *>(u"paletteSearch"_s);
        QTest::keyClicks(search, u"restart sonarr"_s);
        QCOMPARE(palette.visibleEntries(), QStringList{u"Restart sonarr"_s});
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!palette.isVisible());

        // The same confirmed, logged action path as the Containers panel.
        QCOMPARE(prompter.titles(Test::PromptKind::Confirm), QStringList{u"Restart sonarr"_s});
        QTRY_VERIFY_WITH_TIMEOUT(
            !actions.records().isEmpty() && actions.records().last().outcome != ActionRecord::Outcome::Running, 30000);
        QCOMPARE(actions.records().last().action, u"Restart sonarr"_s);
        QCOMPARE(actions.records().last().outcome, ActionRecord::Outcome::Succeeded);

        // The action log viewer shows it: target, result, the server's answer.
        Ui::ActionLogView log;
        log.setLog(&actions);
        QTableWidget *table = log.table();
        QVERIFY(table->rowCount() >= 1);
        QCOMPARE(table->item(0, 2)->text(), actions.records().last().target);
        QCOMPARE(table->item(0, 3)->text(), u"Restart sonarr"_s);
        QCOMPARE(table->item(0, 4)->text(), u"Done"_s);

        // Panels are found by name too.
        palette.open();
        QTest::keyClicks(search, u"go to pools"_s);
        QCOMPARE(palette.visibleEntries(), QStringList{u"Go to Pools"_s});
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.currentPanel(), Ui::MainWindow::Panel::Pools);
    }
};

QTEST_MAIN(TestOverviewPanel)
#include "test_overviewpanel.moc"
