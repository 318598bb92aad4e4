// The Media panel offscreen: empty state without a profile, then against krynet-labsim: rows with
// stuck reasons, the stuck-only filter, the details pane, and an approval confirmed through a
// pre-answered Prompter and logged once.
#include <QCheckBox>
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
#include "ui/panels/media/mediapanel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

/// Answers every question at once, and remembers it.
class AnsweringPrompter final : public Ui::Prompter
{
public:
    QStringList asked;
    void confirm(QWidget *, const QString &, const QString &text, const QString &,
                 std::function<void(bool)> done) override
    {
        asked << text;
        done(true);
    }
    void warn(QWidget *, const QString &, const QString &) override {}
    void askSecret(QWidget *, const QString &, const QString &,
                   std::function<void(std::optional<QString>)> done) override
    {
        done(std::nullopt);
    }
};

} // namespace

class TestMediaPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testEmptyWithoutProfile()
    {
        AnsweringPrompter prompter;
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
        AnsweringPrompter prompter;
        Ui::MediaPanel panel(&prompter);
        panel.resize(1200, 700);
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

        // Details of the selected request: each service's view.
        table->selectRow(0);
        auto *details = panel.findChild<QTextBrowser *>(u"mediaDetails"_s);
        QVERIFY(details->toPlainText().contains(u"Seerr"_s) || details->toPlainText().contains(u"Radarr"_s) ||
                details->toPlainText().contains(u"Sonarr"_s));

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
        QCOMPARE(prompter.asked.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(actions.records().size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(actions.records().first().finishedAt.isValid(), 10000);
    }
};

QTEST_MAIN(TestMediaPanel)
#include "test_mediapanel.moc"
