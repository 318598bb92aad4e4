// The Media panel offscreen: empty state without a profile, then against krynet-labsim at 1280×800:
// rows with stuck reasons, every column inside the view (the "Requested" column used to be cut off),
// the service health strip, the service / stage / stuck-only filters, the details pane with raw
// fields, the remedy buttons shown only where they apply, and an approval confirmed through a
// pre-answered Prompter and logged once. KRYNET_SCREENSHOT_DIR=<dir> saves the panel as media-1280.png.
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/media/pipelinemodel.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "ui/panels/media/mediapanel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

class TestMediaPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEmptyWithoutProfile()
    {
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::MediaPanel panel(&prompter);
        auto *stack = panel.findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *empty = qobject_cast<Ui::EmptyState *>(stack->currentWidget());
        QVERIFY(empty);
        QVERIFY(empty->text().contains(u"Choose a server profile"_s));
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
        Ui::MediaPanel panel(&prompter);
        panel.resize(1280, 800);
        panel.setSession(&session);
        panel.show();

        auto *table = panel.findChild<QTableView *>(u"mediaTable"_s);
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 10, 20000);
        const int all = table->model()->rowCount();
        // Stuck first (sorted by health), with the reason in words.
        const QString firstReason = table->model()->index(0, Media::PipelineModel::ReasonColumn).data().toString();
        QVERIFY2(!firstReason.isEmpty(), qPrintable(firstReason));
        QVERIFY(table->model()->index(0, 0).data(Media::PipelineModel::StuckRole).toBool());

        auto *stuckOnly = panel.findChild<QCheckBox *>(u"stuckOnlyCheck"_s);
        stuckOnly->setChecked(true);
        QVERIFY(table->model()->rowCount() < all);
        for (int i = 0; i < table->model()->rowCount(); ++i)
            QVERIFY(table->model()->index(i, 0).data(Media::PipelineModel::StuckRole).toBool());
        stuckOnly->setChecked(false);

        // Every column fits in the view at 1280 px, the requested time is not cut off.
        QHeaderView *header = table->horizontalHeader();
        const int requested = Media::PipelineModel::RequestedAtColumn;
        QTRY_VERIFY(header->sectionViewportPosition(requested) + header->sectionSize(requested) <=
                    table->viewport()->width());
        QVERIFY2(header->sectionSize(requested) >=
                     static_cast<QAbstractItemView *>(table)->sizeHintForColumn(requested),
                 qPrintable(u"%1 < %2"_s.arg(header->sectionSize(requested))
                                .arg(static_cast<QAbstractItemView *>(table)->sizeHintForColumn(requested))));
        QVERIFY(header->sectionSize(Media::PipelineModel::ReasonColumn) >= 150);
        // Nothing (health strip, summary, buttons) makes the panel wider than 1280 px.
        QVERIFY2(panel.minimumSizeHint().width() <= 1280, qPrintable(QString::number(panel.minimumSizeHint().width())));
        QCOMPARE(panel.width(), 1280);

        // The health strip: each service with its version.
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QWidget *>(u"health_prowlarr"_s), 20000);
        auto *radarr = panel.findChild<QWidget *>(u"health_radarr"_s);
        QVERIFY(radarr);
        QVERIFY2(radarr->findChild<QLabel *>(u"healthText"_s)->text().startsWith(u"Radarr 5."_s),
                 qPrintable(radarr->findChild<QLabel *>(u"healthText"_s)->text()));
        QVERIFY(panel.findChild<QWidget *>(u"health_prowlarr"_s)->toolTip().contains(u"Tidepool"_s));
        QTRY_VERIFY(panel.findChild<QWidget *>(u"health_jellyfin"_s)->isVisible());
        // Jellyfin's sessions: labsim's Mira watches a library movie on the TV, transcoded.
        auto *sessions = panel.findChild<QLabel *>(u"jellyfinSessions"_s);
        QVERIFY(sessions);
        QTRY_VERIFY(sessions->isVisible());
        QVERIFY2(sessions->text().contains(u"mira: "_s) && sessions->text().contains(u"transcoding"_s) &&
                     sessions->text().contains(u"Living Room TV"_s),
                 qPrintable(sessions->text()));
        QVERIFY2(panel.minimumSizeHint().width() <= 1280, qPrintable(QString::number(panel.minimumSizeHint().width())));
        QCOMPARE(panel.width(), 1280);
        if (const QString dir = qEnvironmentVariable("KRYNET_SCREENSHOT_DIR"); !dir.isEmpty())
            panel.grab().save(dir + u"/media-1280.png"_s);

        // Filter by service and by stage.
        auto *service = panel.findChild<QComboBox *>(u"mediaServiceFilter"_s);
        service->setCurrentIndex(service->findData(u"sabnzbd"_s));
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < all);
        for (int i = 0; i < table->model()->rowCount(); ++i)
            QVERIFY(table->model()
                        ->index(i, 0)
                        .data(Media::PipelineModel::ServicesRole)
                        .toStringList()
                        .contains(u"sabnzbd"_s));
        service->setCurrentIndex(0);
        auto *stage = panel.findChild<QComboBox *>(u"mediaStageFilter"_s);
        stage->setCurrentIndex(stage->findData(int(Media::Stage::Downloading)));
        QVERIFY(table->model()->rowCount() > 0);
        for (int i = 0; i < table->model()->rowCount(); ++i)
            QCOMPARE(table->model()->index(i, 0).data(Media::PipelineModel::StageRole).toInt(),
                     int(Media::Stage::Downloading));
        // A torrent row offers recheck; the SABnzbd retry is hidden (no failed job there).
        bool torrentRow = false;
        for (int i = 0; i < table->model()->rowCount() && !torrentRow; ++i) {
            table->selectRow(i);
            torrentRow = panel.findChild<QToolButton *>(u"recheckTorrentButton"_s)->isVisibleTo(&panel);
        }
        QVERIFY(torrentRow);
        QVERIFY(!panel.findChild<QToolButton *>(u"retrySabButton"_s)->isVisibleTo(&panel));
        stage->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), all);

        // Details of the selected request: each linked record with its raw fields.
        table->selectRow(0);
        auto *details = panel.findChild<QTextBrowser *>(u"mediaDetails"_s);
        QVERIFY(details->toPlainText().contains(u"Seerr"_s) || details->toPlainText().contains(u"Radarr"_s) ||
                details->toPlainText().contains(u"Sonarr"_s));
        QVERIFY2(details->toPlainText().contains(u"="_s), qPrintable(details->toPlainText()));
        // A stuck row with a download: selecting it reads the download's *arr history (the grab, its indexer).
        bool historyShown = false;
        for (int i = 0; i < table->model()->rowCount() && !historyShown; ++i) {
            if (!table->model()->index(i, 0).data(Media::PipelineModel::StuckRole).toBool())
                continue;
            table->selectRow(i);
            if (!details->toPlainText().contains(u"History"_s))
                continue; // no download, or no *arr for it
            QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(u"Grabbed "_s),
                                      qPrintable(details->toPlainText()), 10000);
            QVERIFY2(details->toPlainText().contains(u"(Prowlarr)"_s), qPrintable(details->toPlainText()));
            historyShown = true;
        }
        QVERIFY(historyShown);

        // Approve a pending request: confirmed, logged once.
        int pending = -1;
        for (int i = 0; i < table->model()->rowCount(); ++i) {
            if (table->model()
                    ->index(i, Media::PipelineModel::StageColumn)
                    .data(Media::PipelineModel::StageRole)
                    .toInt() == int(Media::Stage::Requested)) {
                pending = i;
                break;
            }
        }
        QVERIFY(pending >= 0);
        table->selectRow(pending);
        auto *approve = panel.findChild<QToolButton *>(u"approveRequestButton"_s);
        QVERIFY(approve->isEnabled());
        approve->click();
        QCOMPARE(prompter.count(PromptKind::Confirm), 1);
        QTRY_COMPARE_WITH_TIMEOUT(actions.records().size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(actions.records().first().finishedAt.isValid(), 10000);
    }
};

QTEST_MAIN(TestMediaPanel)
#include "test_mediapanel.moc"
