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

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/panels/llm/llmpanel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

// Answers every question at once and records it.
class ScriptedPrompter final : public Ui::Prompter
{
public:
    bool accept = true;
    QStringList confirmations;
    QStringList warnings;

    void confirm(QWidget *, const QString &title, const QString &text, const QString &,
                 std::function<void(bool)> done) override
    {
        confirmations.append(title + u"\n"_s + text);
        done(accept);
    }
    void warn(QWidget *, const QString &title, const QString &text) override
    {
        warnings.append(title + u": "_s + text);
    }
    void askSecret(QWidget *, const QString &, const QString &,
                   std::function<void(std::optional<QString>)> done) override
    {
        done(std::nullopt);
    }
};

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
        ScriptedPrompter prompter;
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
        ScriptedPrompter prompter;
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
        ScriptedPrompter prompter;
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
        QCOMPARE(prompter.confirmations.size(), 1);
        QVERIFY(prompter.confirmations.last().contains(u"real request"_s));
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
        QVERIFY(prompter.confirmations.last().contains(u"panel-ci"_s));
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
        prompter.accept = false;
        keys->setCurrentIndex(keys->model()->index(rowOf(keys->model(), 0, u"openwebui"_s), 0));
        panel.findChild<QToolButton *>(u"deleteKeyButton"_s)->click();
        QCOMPARE(actions.records().size(), before + 1);
        prompter.accept = true;

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
        QVERIFY(prompter.warnings.isEmpty());
    }
};

QTEST_MAIN(TestLlmPanel)
#include "test_llmpanel.moc"
