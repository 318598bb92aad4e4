// The Containers panel offscreen against labsim's simulated Docker host (through labsim's SSH server):
// the grouped tree, the dependant-restart action wording, a confirmed restart (pre-answered Prompter)
// logged in the ActionLog, the detail pane and logs, the no-profile state; the environment selector
// (Portainer's second Docker host, the Kubernetes explanation, the choice remembered per profile) and a
// Portainer stack redeploy. Set KRYNET_SHOT_DIR to also save grabs of the panel.
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "core/docker/containermodel.h"
#include "core/docker/containerstore.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "ui/panels/containers/containerspanel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthbadge.h"
#include "ui/widgets/prompter.h"
#include "ui/widgets/sparkline.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

namespace
{

/// What the cases watch: confirmations and save prompts, in the order they were asked.
constexpr Test::PromptKinds Watched = PromptKind::Confirm | PromptKind::SaveFile;

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KRYNET_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layouts (a detail form rebuilt just now), as a paint would
    w->grab().save(dir + u'/' + name);
}

} // namespace

class TestContainersPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testNoSession()
    {
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::ContainersPanel panel(prompter);
        auto *state = panel.findChild<Ui::EmptyState *>(u"containersState"_s);
        QVERIFY(state);
        QCOMPARE(state->title(), u"No server profile"_s);
    }

    void testDemoLab()
    {
        DemoLab lab(qEnvironmentVariable("KRYNET_LABSIM"));
        lab.setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = lab.start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result());
        const DemoLabSetup setup = future.result().value();
        MemorySecretStore secrets;
        DemoLab::storeSecrets(setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(setup.profile, secrets, network, actions);

        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::ContainersPanel panel(prompter);
        panel.resize(1100, 750);
        panel.show();
        panel.setSession(&session);
        auto *view = panel.findChild<QTreeView *>(u"containersView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && view->model()->rowCount() >= 4, 20000);
        Docker::ContainerStore *store = panel.store();
        QTRY_VERIFY_WITH_TIMEOUT(store->isLive(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            store->find(u"qbittorrent"_s) && store->networkParent(store->find(u"qbittorrent"_s)->id), 20000);

        // Select gluetun: the toolbar offers exactly what it will do.
        auto *model =
            qobject_cast<Docker::ContainerModel *>(qobject_cast<QAbstractProxyModel *>(view->model())->sourceModel());
        const QModelIndex gluetun = qobject_cast<QAbstractProxyModel *>(view->model())
                                        ->mapFromSource(model->indexOfContainer(store->find(u"gluetun"_s)->id));
        view->setCurrentIndex(gluetun);
        view->selectionModel()->select(gluetun, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *dependants = panel.findChild<QAction *>(u"restartDependantsAction"_s);
        QVERIFY(dependants->isVisible());
        QCOMPARE(dependants->text(), u"Restart qbittorrent and sabnzbd after gluetun"_s);
        auto *log = panel.findChild<QPlainTextEdit *>(u"logView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!log->toPlainText().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(store->find(u"gluetun"_s)->stats.has_value(), 20000);
        // The memory sparkline appears once two samples exist (the second follows the first within a second).
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<Ui::Sparkline *>(u"memorySparkline"_s) != nullptr, 20000);
        QVERIFY(panel.findChild<Ui::Sparkline *>(u"memorySparkline"_s)->values().size() >= 2);
        QVERIFY(!panel.findChild<Ui::Sparkline *>(u"memorySparkline"_s)->toolTip().isEmpty());
        shot(&panel, u"containers-gluetun.png"_s);

        // Save the shown log (filtered by a regex) to a file chosen through the Prompter.
        auto *filterField = panel.findChild<QLineEdit *>(u"logFilter"_s);
        QTemporaryDir saveDir;
        const QString savePath = saveDir.filePath(u"gluetun.log"_s);
        prompter.fileAnswer = savePath;
        filterField->setText(u"."_s);
        QTRY_VERIFY(!log->toPlainText().isEmpty());
        const QString shown = log->toPlainText();
        panel.findChild<QPushButton *>(u"logSave"_s)->click();
        QVERIFY(prompter.count(Watched) > 0);
        QVERIFY(prompter.asked(Watched).constLast().kind == PromptKind::SaveFile);
        QVERIFY(prompter.asked(Watched).constLast().text.startsWith(u"gluetun-"_s));
        QFile saved(savePath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), shown + u'\n');
        QVERIFY(panel.findChild<QLabel *>(u"logStatus"_s)->text().startsWith(u"Saved "_s));
        filterField->clear();
        prompter.questions.clear();

        // Restart gluetun alone: confirmed (pre-answered), run once, logged.
        panel.findChild<QAction *>(u"restartAction"_s)->trigger();
        QCOMPARE(prompter.count(Watched), 1);
        QCOMPARE(prompter.asked(Watched).constFirst().acceptLabel, u"Restart gluetun"_s);
        QVERIFY(prompter.asked(Watched).constFirst().text.contains(u"Restart qbittorrent and sabnzbd after gluetun"_s));
        auto *message = panel.findChild<QLabel *>(u"containersMessage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), u"Restarted gluetun."_s, 20000);
        QVERIFY(!actions.records().isEmpty());
        QCOMPARE(actions.records().last().action, u"Restart gluetun"_s);
        QCOMPARE(actions.records().last().outcome, ActionRecord::Outcome::Succeeded);

        // Declined: nothing is sent.
        prompter.confirmAnswer = false;
        const qsizetype before = actions.records().size();
        panel.findChild<QAction *>(u"stopAction"_s)->trigger();
        QCOMPARE(actions.records().size(), before);

        // Pull and recreate sonarr: the confirmation shows the exact command; compose's output streams in.
        prompter.confirmAnswer = true;
        const QModelIndex sonarr = qobject_cast<QAbstractProxyModel *>(view->model())
                                       ->mapFromSource(model->indexOfContainer(store->find(u"sonarr"_s)->id));
        view->setCurrentIndex(sonarr);
        view->selectionModel()->select(sonarr, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *recreate = panel.findChild<QAction *>(u"recreateAction"_s);
        QTRY_VERIFY(recreate->isEnabled());
        recreate->trigger(); // asks once it knows how: media is not Portainer's, so docker compose over SSH
        QTRY_VERIFY_WITH_TIMEOUT(prompter.count(Watched) > 0 && prompter.asked(Watched).constLast().acceptLabel ==
                                                                    u"Pull and recreate sonarr (stack media)"_s,
                                 20000);
        QVERIFY(prompter.asked(Watched).constLast().text.contains(u"docker compose -p media"_s));
        auto *output = panel.findChild<QPlainTextEdit *>(u"recreateOutput"_s);
        QTRY_VERIFY(output->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), u"Pull and recreate sonarr (stack media): done."_s, 20000);
        QVERIFY2(output->toPlainText().contains(u"sonarr Pulled"_s), qPrintable(output->toPlainText()));
        QCOMPARE(actions.records().last().action, u"Pull and recreate sonarr (stack media)"_s);
        shot(&panel, u"containers-recreate.png"_s);
        // The CPU column is never blank for a running container: a value or the measuring placeholder.
        const QModelIndex cpu =
            model->indexOfContainer(store->find(u"sonarr"_s)->id).siblingAtColumn(Docker::ContainerModel::CpuColumn);
        QVERIFY(store->find(u"sonarr"_s)->isRunning());
        QVERIFY2(!cpu.data().toString().isEmpty(), "a running container's CPU cell is a value or “…”");

        // Problems filter.
        auto *filter = panel.findChild<QComboBox *>(u"categoryFilter"_s);
        filter->setCurrentIndex(1);
        QTRY_VERIFY(view->model()->rowCount() >= 1);
        shot(&panel, u"containers-problems.png"_s);
        panel.setSession(nullptr);
    }

    void testEnvironmentSelector()
    {
        QStandardPaths::setTestModeEnabled(true); // the remembered choice goes to a test location
        DemoLab lab(qEnvironmentVariable("KRYNET_LABSIM"));
        lab.setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = lab.start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result());
        const DemoLabSetup setup = future.result().value();
        QSettings().remove(u"containers/environment/"_s + setup.profile.id());
        MemorySecretStore secrets;
        DemoLab::storeSecrets(setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        auto session = std::make_unique<LabSession>(setup.profile, secrets, network, actions);

        auto prompter = Test::ScriptedPrompter::accepting();
        auto panel = std::make_unique<Ui::ContainersPanel>(prompter);
        panel->resize(1100, 750);
        panel->show();
        panel->setSession(session.get());
        auto *view = panel->findChild<QTreeView *>(u"containersView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && view->model()->rowCount() >= 4, 20000);
        // Portainer manages several environments: the selector appears, the SSH host chosen.
        auto *selector = panel->findChild<QComboBox *>(u"environmentSelector"_s);
        QVERIFY(selector);
        QTRY_VERIFY_WITH_TIMEOUT(selector->isVisible() && selector->count() == 5, 20000);
        QCOMPARE(selector->currentText(), u"127.0.0.1 over SSH"_s);
        QCOMPARE(selector->itemText(4), u"k3s (Kubernetes)"_s);
        QVERIFY(selector->itemData(4, Qt::ToolTipRole).toString().contains(u"kubectl"_s));

        // The second Docker host: its containers, polled through Portainer.
        selector->setCurrentIndex(selector->findText(u"garage-pi (Docker)"_s));
        Docker::ContainerStore *store = panel->store();
        QTRY_VERIFY_WITH_TIMEOUT(store->find(u"homeassistant"_s) && view->isVisible(), 20000);
        QVERIFY(!store->find(u"sonarr"_s));
        QTRY_VERIFY(
            panel->findChild<Ui::HealthBadge *>(u"liveBadge"_s)->text().endsWith(u"polled every few seconds"_s));
        shot(panel.get(), u"containers-environment.png"_s);

        // Kubernetes: explained in place of the tree, not an error; the button leads back.
        selector->setCurrentIndex(selector->findText(u"k3s (Kubernetes)"_s));
        auto *state = panel->findChild<Ui::EmptyState *>(u"containersState"_s);
        QTRY_VERIFY(state->isVisible());
        QCOMPARE(state->title(), u"k3s has no Docker containers to manage"_s);
        QVERIFY(state->text().contains(u"Kubernetes"_s));
        QVERIFY(store->find(u"homeassistant"_s)); // the store still reads garage-pi
        shot(panel.get(), u"containers-kubernetes.png"_s);
        auto *back = state->findChild<QPushButton *>();
        QVERIFY(back && back->isVisible());
        QCOMPARE(back->text(), u"Show garage-pi (Docker)"_s);
        back->click();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(selector->currentText(), u"garage-pi (Docker)"_s);

        // Remembered for the profile: a new session of it opens on garage-pi.
        panel.reset();
        session = std::make_unique<LabSession>(setup.profile, secrets, network, actions);
        panel = std::make_unique<Ui::ContainersPanel>(prompter);
        panel->show();
        panel->setSession(session.get());
        selector = panel->findChild<QComboBox *>(u"environmentSelector"_s);
        QTRY_VERIFY_WITH_TIMEOUT(selector->isVisible(), 20000);
        QCOMPARE(selector->currentText(), u"garage-pi (Docker)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel->store()->find(u"homeassistant"_s), 20000);

        // Pull and recreate of a stack Portainer owns: Portainer's redeploy, confirmed with what it does.
        view = panel->findChild<QTreeView *>(u"containersView"_s);
        auto *model =
            qobject_cast<Docker::ContainerModel *>(qobject_cast<QAbstractProxyModel *>(view->model())->sourceModel());
        const QModelIndex zigbee =
            qobject_cast<QAbstractProxyModel *>(view->model())
                ->mapFromSource(model->indexOfContainer(panel->store()->find(u"zigbee2mqtt"_s)->id));
        view->setCurrentIndex(zigbee);
        view->selectionModel()->select(zigbee, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *recreate = panel->findChild<QAction *>(u"recreateAction"_s);
        QTRY_VERIFY(recreate->isEnabled());
        prompter.questions.clear();
        recreate->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(prompter.count(Watched), 1, 20000);
        QCOMPARE(prompter.asked(Watched).constFirst().acceptLabel, u"Pull and redeploy stack home through Portainer"_s);
        QVERIFY2(prompter.asked(Watched).constFirst().text.contains(u"(homeassistant, mosquitto, zigbee2mqtt)"_s),
                 qPrintable(prompter.asked(Watched).constFirst().text));
        auto *message = panel->findChild<QLabel *>(u"containersMessage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), u"Pull and redeploy stack home through Portainer: done."_s, 20000);
        QCOMPARE(actions.records().last().action, u"Pull and redeploy stack home through Portainer"_s);
        QCOMPARE(actions.records().last().outcome, ActionRecord::Outcome::Succeeded);
        panel->setSession(nullptr);
        QSettings().remove(u"containers/environment/"_s + setup.profile.id());
    }
};

QTEST_MAIN(TestContainersPanel)
#include "test_containerspanel.moc"
