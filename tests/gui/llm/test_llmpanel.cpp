#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <QCheckBox>
#include <QComboBox>
#include <QTreeWidget>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/llm/keyrotation.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/llm/llmtesthelpers.h"
#include "tests/support/scriptedprompter.h"
#include "ui/charts/spendchart.h"
#include "ui/panels/llm/llmpanel.h"
#include "ui/panels/llm/newkeybanner.h"
#include "ui/panels/llm/rotatekeydialog.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using Test::PromptKind;

namespace
{

// The index of the row whose first column reads @p text, anywhere in a tree.
QModelIndex findInTree(QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
        const QModelIndex inner = findInTree(model, text, index);
        if (inner.isValid())
            return inner;
    }
    return {};
}

int rowOf(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// With KRYNET_SCREENSHOT_DIR set, saves what the panel looks like (for a person to look at).
void grab(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KRYNET_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestLlmPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result());
        m_setup = future.result().value();
    }

    void testEmptyWithoutSession()
    {
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::LlmPanel panel(&prompter);
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QVERIFY(empty->isVisibleTo(&panel));
        QVERIFY2(empty->text().contains(u"server profile"_s), qPrintable(empty->text()));
    }

    void testWrongMasterKeyShowsErrorWithRetry()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        auto wrong = secrets.write(m_setup.profile.secretKey(u"litellm.master-key"_s), u"sk-wrong-master"_s);
        QVERIFY(wrong.isFinished());
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::LlmPanel panel(&prompter);
        panel.setSession(&session);
        auto *empty = panel.findChild<Ui::EmptyState *>();
        QVERIFY(empty->text().contains(u"Reading"_s));
        QTRY_VERIFY_WITH_TIMEOUT(empty->text().contains(u"rejected"_s), 15000);
    }

    void testKeysWorkflow()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::LlmPanel panel(&prompter);
        panel.resize(1200, 750);
        panel.show();
        panel.setSession(&session);

        auto *keys = panel.findChild<QTableView *>(u"llmKeysTable"_s);
        auto *models = panel.findChild<QTableView *>(u"llmModelsTable"_s);
        auto *tree = panel.findChild<QTreeView *>(u"llmCredentialTree"_s);
        QTRY_VERIFY_WITH_TIMEOUT(models->model()->rowCount() == 9, 15000);
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->model()->rowCount(), 3);

        // Health check: confirmed first (real provider calls), then gemini models are critical.
        auto *health = panel.findChild<QToolButton *>(u"llmHealthButton"_s);
        health->click();
        QCOMPARE(prompter.count(PromptKind::Confirm), 1);
        QVERIFY(prompter.texts(PromptKind::Confirm).constLast().contains(u"real request"_s));
        auto *summary = panel.findChild<QLabel *>(u"llmSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"unhealthy"_s), 15000);
        grab(panel, u"llm-credentials"_s);

        // Block panel-ci, confirmed and logged once.
        auto *tabs = panel.findChild<QTabWidget *>(u"llmTabs"_s);
        tabs->setCurrentIndex(2);
        const int row = rowOf(keys->model(), 0, u"panel-ci"_s);
        QVERIFY(row >= 0);
        keys->setCurrentIndex(keys->model()->index(row, 0));
        auto *block = panel.findChild<QToolButton *>(u"blockKeyButton"_s);
        QVERIFY(block->isEnabled());
        const qsizetype before = actions.records().size();
        block->click();
        QVERIFY(prompter.texts(PromptKind::Confirm).constLast().contains(u"panel-ci"_s));
        QTRY_COMPARE_WITH_TIMEOUT(actions.records().size(), before + 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(actions.records().last().outcome == ActionRecord::Outcome::Succeeded, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(keys->model(), 0, u"panel-ci"_s) >= 0 &&
                                     keys->model()
                                         ->index(rowOf(keys->model(), 0, u"panel-ci"_s), 6)
                                         .data()
                                         .toString()
                                         .startsWith(u"Blocked"_s),
                                 15000);

        // Declined: nothing happens.
        prompter.confirmAnswer = false;
        keys->setCurrentIndex(keys->model()->index(rowOf(keys->model(), 0, u"openwebui"_s), 0));
        panel.findChild<QToolButton *>(u"deleteKeyButton"_s)->click();
        QCOMPARE(actions.records().size(), before + 1);
        prompter.confirmAnswer = true;

        // Generate: the key is shown once in the banner, copied, and gone after dismissing.
        panel.findChild<QToolButton *>(u"generateKeyButton"_s)->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<QDialog *>(u"generateKeyDialog"_s)) != nullptr);
        dialog->findChild<QLineEdit *>(u"keyAliasEdit"_s)->setText(u"gui-test"_s);
        dialog->accept();
        auto *edit = panel.findChild<QLineEdit *>(u"newKeyEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(edit->text().startsWith(u"sk-"_s), 15000);
        QVERIFY(panel.findChild<QWidget *>(u"newKeyBanner"_s)->isVisible());
        const QString key = edit->text();
        grab(panel, u"llm-newkey"_s);
        panel.findChild<QPushButton *>(u"copyNewKeyButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), key);
        panel.findChild<QPushButton *>(u"dismissNewKeyButton"_s)->click();
        QVERIFY(edit->text().isEmpty());
        QVERIFY(QApplication::clipboard()->text() != key);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(keys->model(), 0, u"gui-test"_s) >= 0, 15000);

        // No view shows the full key anywhere.
        for (QAbstractItemModel *model : {keys->model(), models->model(), tree->model()}) {
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c)
                    QVERIFY(!model->index(r, c).data().toString().contains(key.left(key.size() - 4)));
            }
        }
        QCOMPARE(prompter.count(PromptKind::Warn), 0);
    }

    void testClipboardIsClearedAfterTheInterval()
    {
        Ui::NewKeyBanner banner;
        QCOMPARE(banner.clipboardClearInterval(), 30 * 1000); // the documented 30 s
        banner.setClipboardClearInterval(300);
        const QString key = Test::Llm::freshKey(u"sk-"_s, 22);
        banner.showKey(key, u"clip"_s);
        banner.findChild<QPushButton *>(u"copyNewKeyButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), key);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text() != key, 5000);
        banner.dismiss();
    }

    void testRotationWizardRevertsAFailedKey()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::LlmPanel panel(&prompter);
        panel.resize(1200, 750);
        panel.show();
        panel.setSession(&session);
        auto *tree = panel.findChild<QTreeView *>(u"llmCredentialTree"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() == 3, 15000);

        auto *rotate = panel.findChild<QToolButton *>(u"rotateKeyButton"_s);
        QVERIFY(!rotate->isEnabled()); // nothing selected
        const QModelIndex anthropic = findInTree(tree->model(), u"anthropic-main"_s);
        QVERIFY(anthropic.isValid());
        tree->setCurrentIndex(anthropic);
        QVERIFY(rotate->isEnabled());
        rotate->click();
        Ui::RotateKeyDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel.findChild<Ui::RotateKeyDialog *>(u"rotateKeyDialog"_s)) != nullptr);
        auto *models = dialog->findChild<QTreeWidget *>(u"rotationModels"_s);
        QCOMPARE(models->topLevelItemCount(), 1); // claude-3-5-haiku; the config model has an inline key
        auto *edit = dialog->findChild<QLineEdit *>(u"newProviderKeyEdit"_s);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->findChild<QCheckBox *>(u"keepInKeychainCheck"_s)->isChecked());
        auto *start = dialog->findChild<QPushButton *>(u"rotateButton"_s);
        QVERIFY(!start->isEnabled());

        const QString key = Test::Llm::freshKey(u"sk-ant-api03-"_s, 40);
        QVERIFY(Test::Llm::rejectProviderKey(m_setup, network, key));
        edit->setText(key);
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(edit->text().isEmpty()); // gone from the field at once
        auto *revert = dialog->findChild<QPushButton *>(u"revertRotationButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->rotation().state() == Llm::KeyRotation::State::Failed, 30000);
        QVERIFY(revert->isVisible() && revert->isEnabled());
        QVERIFY(models->topLevelItem(0)->text(1).startsWith(u"Failed"_s));
        auto *status = dialog->findChild<QLabel *>(u"rotationStatus"_s);
        QVERIFY2(status->text().contains(u"anthropic-main"_s), qPrintable(status->text()));
        grab(*dialog, u"llm-rotation-failed"_s);

        revert->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->rotation().state() == Llm::KeyRotation::State::Reverted, 30000);
        QVERIFY(!revert->isVisible());
        QCOMPARE(models->topLevelItem(0)->text(1), u"Healthy"_s);
        // Not in the keychain: the user did not ask.
        auto stored = secrets.read(m_setup.profile.secretKey(u"litellm.provider.anthropic-main"_s));
        QTRY_VERIFY(stored.isFinished());
        QVERIFY(!stored.result() || !stored.result()->has_value());
        dialog->findChild<QPushButton *>(u"closeRotationButton"_s)->click();
        QCOMPARE(prompter.count(PromptKind::Warn), 0);
    }

    void testConfigModelsReadOnlyAndSpendChart()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        auto prompter = Test::ScriptedPrompter::accepting();
        Ui::LlmPanel panel(&prompter);
        panel.resize(1200, 750);
        panel.show();
        panel.setSession(&session);
        auto *models = panel.findChild<QTableView *>(u"llmModelsTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(models->model()->rowCount() >= 9, 15000);
        auto *tabs = panel.findChild<QTabWidget *>(u"llmTabs"_s);
        tabs->setCurrentIndex(1);
        auto *edit = panel.findChild<QToolButton *>(u"editModelButton"_s);
        auto *remove = panel.findChild<QToolButton *>(u"deleteModelButton"_s);
        models->setCurrentIndex(models->model()->index(rowOf(models->model(), 0, u"gpt-4o"_s), 0));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY2(edit->toolTip().contains(u"config"_s), qPrintable(edit->toolTip()));
        models->setCurrentIndex(models->model()->index(rowOf(models->model(), 0, u"gpt-4o-mini"_s), 0));
        QVERIFY(edit->isEnabled());
        QVERIFY(edit->toolTip().isEmpty());

        // Spend: read when the tab is first shown (labsim has no Enterprise licence: from the logs).
        tabs->setCurrentIndex(3);
        auto *chart = panel.findChild<Ui::SpendChart *>(u"llmSpendChart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->series().series.isEmpty(), 15000);
        QCOMPARE(chart->series().days.size(), 30);
        QVERIFY(chart->series().total > 0);
        auto *summary = panel.findChild<QLabel *>(u"spendSummary"_s);
        QVERIFY2(summary->text().contains(u"request logs"_s), qPrintable(summary->text()));
        const QString firstModelSeries = chart->series().series.first().label;
        auto *group = panel.findChild<QComboBox *>(u"spendGroupCombo"_s);
        group->setCurrentIndex(1); // by key: labelled by alias
        QStringList aliases;
        for (const auto &s : chart->series().series)
            aliases << s.label;
        QVERIFY2(aliases.contains(u"openwebui"_s), qPrintable(aliases.join(u", "_s)));
        QVERIFY(!aliases.contains(firstModelSeries));
        panel.findChild<QComboBox *>(u"spendRangeCombo"_s)->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(chart->series().days.size(), 7, 15000);
        grab(panel, u"llm-spend"_s);
        QCOMPARE(prompter.count(PromptKind::Warn), 0);
    }
};

QTEST_MAIN(TestLlmPanel)
#include "test_llmpanel.moc"
