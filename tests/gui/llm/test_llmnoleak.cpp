#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/llm/keyrotation.h"
#include "core/llm/llmstore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/llm/llmtesthelpers.h"
#include "tests/support/scriptedprompter.h"
#include "ui/panels/llm/llmpanel.h"
#include "ui/panels/llm/rotatekeydialog.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Test::Llm;

namespace
{

// Every log line of the process (all categories at debug level), for the scan at the end.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

/// Every text an item model exposes: all rows (recursively), columns and the usual text roles plus
/// the domain roles.
void collectModel(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                             int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole), int(Qt::EditRole)})
                out << index.data(role).toString();
            for (int role = Qt::UserRole; role < Qt::UserRole + 64; ++role)
                out << index.data(role).toString();
        }
        collectModel(model, model->index(row, 0, parent), out);
    }
}

/// Every visible text of @p root and its children: labels, fields, buttons, tooltips, titles, item views.
void collectWidgets(const QWidget *root, QStringList &out)
{
    QList<const QWidget *> widgets{root};
    for (const QWidget *w : root->findChildren<QWidget *>())
        widgets << w;
    for (const QWidget *w : std::as_const(widgets)) {
        out << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle() << w->statusTip();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            out << label->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            out << edit->text() << edit->placeholderText() << edit->displayText();
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            out << button->text();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model())
            collectModel(view->model(), {}, out);
    }
}

QModelIndex credentialIndex(const QAbstractItemModel *model, const QString &name)
{
    for (int p = 0; p < model->rowCount(); ++p) {
        const QModelIndex provider = model->index(p, 0);
        for (int c = 0; c < model->rowCount(provider); ++c) {
            if (model->index(c, 0, provider).data().toString() == name)
                return model->index(c, 0, provider);
        }
    }
    return {};
}

} // namespace

// Issue 10: over a run of everything the LiteLLM parts do — the panel's views, generating a key,
// adding a credential, a rotation that succeeds and one that is reverted, the spend chart, and the
// CLI's models/keys/spend in text and JSON — no test key appears anywhere beyond its last 4
// characters: not in any log line (every category at debug level), any item model (every role), any
// visible widget text, the ActionLog, or krynetctl's output.
class TestLlmNoLeak final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;
    QStringList m_texts; ///< what was captured besides the log

    struct Run
    {
        int exitCode = -1;
        QString out;
    };

    Run krynetctl(const QStringList &args)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/cli/krynetctl"_s, args);
        Run run;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAll());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY(future.result());
        m_setup = future.result().value();
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void testPanelWorkflows()
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
        auto *tree = panel.findChild<QTreeView *>(u"llmCredentialTree"_s);
        QTRY_VERIFY_WITH_TIMEOUT(models->model()->rowCount() == 9, 15000);
        auto *tabs = panel.findChild<QTabWidget *>(u"llmTabs"_s);

        // A virtual key: shown once, then dismissed.
        panel.findChild<QToolButton *>(u"generateKeyButton"_s)->click();
        QDialog *generate = nullptr;
        QTRY_VERIFY((generate = panel.findChild<QDialog *>(u"generateKeyDialog"_s)) != nullptr);
        generate->accept();
        auto *newKey = panel.findChild<QLineEdit *>(u"newKeyEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(newKey->text().startsWith(u"sk-"_s), 15000);
        const QString generated = newKey->text();
        panel.findChild<QPushButton *>(u"dismissNewKeyButton"_s)->click();
        QVERIFY(newKey->text().isEmpty());

        // A new credential with a typed key, through the panel's dialog (kept in the keychain: asked).
        const QString credentialKey = freshKey(u"sk-proj-"_s, 48);
        tabs->setCurrentIndex(0);
        panel.findChild<QToolButton *>(u"addCredentialButton"_s)->click();
        QDialog *add = nullptr;
        QTRY_VERIFY((add = panel.findChild<QDialog *>(u"credentialDialog"_s)) != nullptr);
        add->findChild<QLineEdit *>(u"credentialNameEdit"_s)->setText(u"leak-check"_s);
        add->findChild<QLineEdit *>(u"credentialKeyEdit"_s)->setText(credentialKey);
        add->findChild<QCheckBox *>(u"keepCredentialKeyCheck"_s)->setChecked(true);
        add->accept();
        QTRY_VERIFY_WITH_TIMEOUT(credentialIndex(tree->model(), u"leak-check"_s).isValid(), 15000);
        // MemorySecretStore answers at once: read again until the panel's write has landed.
        auto kept = [&] {
            auto read = secrets.read(m_setup.profile.secretKey(u"litellm.provider.leak-check"_s));
            return read.isFinished() && read.result() ? read.result()->value_or(QString()) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(kept(), credentialKey, 15000);

        // A rotation that succeeds (gemini) and one that is reverted (openai), through the wizard.
        for (const auto &[name, key, reject] : {std::tuple{u"google-aistudio"_s, freshKey(u"AIzaSy"_s, 33), false},
                                                std::tuple{u"openai-main"_s, freshKey(u"sk-proj-"_s, 48), true}}) {
            if (reject)
                QVERIFY(rejectProviderKey(m_setup, network, key));
            tabs->setCurrentIndex(0);
            QTRY_VERIFY_WITH_TIMEOUT(credentialIndex(tree->model(), name).isValid(), 15000);
            tree->setCurrentIndex(credentialIndex(tree->model(), name));
            panel.findChild<QToolButton *>(u"rotateKeyButton"_s)->click();
            Ui::RotateKeyDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = panel.findChild<Ui::RotateKeyDialog *>(u"rotateKeyDialog"_s)) != nullptr);
            dialog->findChild<QLineEdit *>(u"newProviderKeyEdit"_s)->setText(key);
            dialog->findChild<QPushButton *>(u"rotateButton"_s)->click();
            using State = Llm::KeyRotation::State;
            QTRY_VERIFY_WITH_TIMEOUT(
                dialog->rotation().state() == State::Done || dialog->rotation().state() == State::Failed, 30000);
            QCOMPARE(dialog->rotation().state(), reject ? State::Failed : State::Done);
            collectWidgets(dialog, m_texts);
            if (reject) {
                dialog->findChild<QPushButton *>(u"revertRotationButton"_s)->click();
                QTRY_VERIFY_WITH_TIMEOUT(dialog->rotation().state() == State::Reverted, 30000);
                collectWidgets(dialog, m_texts);
            }
            dialog->findChild<QPushButton *>(u"closeRotationButton"_s)->click();
            QTRY_VERIFY(!panel.findChild<Ui::RotateKeyDialog *>(u"rotateKeyDialog"_s));
        }

        // Health check and spend, then every tab's texts.
        panel.findChild<QToolButton *>(u"llmHealthButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QToolButton *>(u"llmHealthButton"_s)->isEnabled(), 15000);
        tabs->setCurrentIndex(3);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.findChild<QLabel *>(u"spendSummary"_s)->text().contains(u"Reading"_s), 15000);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            collectWidgets(&panel, m_texts);
        }
        for (const ActionRecord &r : actions.records())
            m_texts << r.target << r.action << r.answer;
        m_texts << prompter.shownStrings();

        // The test keys are among what labsim knows (so the scan below looks for them).
        const QStringList known = liteLlmSecrets(m_setup, network);
        QVERIFY(known.contains(generated));
        QVERIFY(known.contains(credentialKey));
    }

    void testCliOutput()
    {
        // krynetctl --demo runs its own labsim with the same seed: the same master and provider keys.
        for (const QStringList &args : {QStringList{u"llm"_s, u"models"_s}, QStringList{u"llm"_s, u"keys"_s},
                                        QStringList{u"llm"_s, u"spend"_s}}) {
            for (const bool json : {false, true}) {
                QStringList full{u"--demo"_s};
                if (json)
                    full << u"--json"_s;
                full << args;
                const Run run = krynetctl(full);
                QVERIFY2(run.exitCode == 0, qPrintable(full.join(u' ') + u": "_s + run.out));
                QVERIFY(!run.out.trimmed().isEmpty());
                m_texts << run.out;
            }
        }
    }

    void testNoKeyBeyondItsLastFour()
    {
        QNetworkAccessManager network;
        const QStringList secrets = liteLlmSecrets(m_setup, network);
        QVERIFY(secrets.size() >= 10); // master, three provider keys, five virtual keys and the test's own
        // The scan finds a key when one is there.
        QVERIFY(!leaksIn(u"Bearer "_s + secrets.first(), secrets).isEmpty());
        QVERIFY(leaksIn(u"…"_s + secrets.first().right(4), secrets).isEmpty());

        QStringList all = m_texts;
        {
            QMutexLocker lock(&logMutex);
            all << logLines;
        }
        QVERIFY(all.size() > 1000); // it did capture something
        for (const QString &text : std::as_const(all)) {
            const QStringList leaked = leaksIn(text, secrets);
            QVERIFY2(leaked.isEmpty(), qPrintable(u"key …"_s + leaked.value(0) + u" leaked in: "_s + text.left(300)));
        }
    }
};

QTEST_MAIN(TestLlmNoLeak)
#include "test_llmnoleak.moc"
