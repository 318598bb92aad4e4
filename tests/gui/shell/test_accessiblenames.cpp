// Accessible names audit: every visible interactive control of every panel of the demo lab, of each page
// of the setup assistant and of the main dialogs must have a name a screen reader can say — its
// accessibleName, or what Qt's accessibility derives from its visible text or its buddy label
// (QAccessibleInterface::text(QAccessible::Name)). Tool buttons showing only an icon need one set.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QTest>

#include "core/config/profilestore.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/llm/llmstore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/demowindow.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/panels/llm/generatekeydialog.h"
#include "ui/panels/llm/modeldialogs.h"
#include "ui/panels/llm/rotatekeydialog.h"
#include "ui/setup/setupwizard.h"
#include "ui/shell/actionlogview.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/labpanel.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

// A control a user operates (and so a screen reader must name), not a part of another control.
bool isInteractive(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false; // parts of a scroll area / a table, named by it
    if (parent && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent) ||
                   qobject_cast<const QLineEdit *>(parent)))
        return false; // a spin box's or combo box's editor, a line edit's clear button
    if (w->objectName().startsWith(u"qt_"_s))
        return false; // Qt's own internals (toolbar extension, scroll area corners…)
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path.prepend(p->objectName());
            if (p != w)
                break;
        }
    }
    return QString::fromLatin1(w->metaObject()->className()) + u" "_s + path.join(u'/');
}

} // namespace

class TestAccessibleNames final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;
    int m_checked = 0;
    QSet<const QWidget *> m_seen;

    // The unnamed visible controls under @p root (each control counted once over the whole test).
    QStringList unnamed(QWidget *root)
    {
        QStringList out;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || !isInteractive(w))
                continue;
            if (!m_seen.contains(w)) {
                m_seen.insert(w);
                ++m_checked;
            }
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                out.append(describe(w));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        m_setup = future.result().value();
    }

    void testEveryPanelAndDialog()
    {
        Test::DemoWindow demo(m_setup);
        QVERIFY(demo.open(m_setup));
        Ui::MainWindow &window = *demo.window;

        QStringList missing;
        const QMetaEnum panels = QMetaEnum::fromType<Ui::MainWindow::Panel>();
        for (int i = 0; i < panels.keyCount(); ++i) {
            const auto panel = Ui::MainWindow::Panel(panels.value(i));
            window.showPanel(panel);
            for (const auto &installed : window.installedPanels()) {
                auto *labPanel = qobject_cast<Ui::LabPanel *>(installed.second);
                if (installed.first == panel && labPanel) // controls appear with the data: wait for it
                    QTRY_VERIFY_WITH_TIMEOUT(labPanel->hasFirstAnswer(), 30000);
            }
            QTest::qWait(0);
            for (const QString &control : unnamed(&window))
                missing.append(QString::fromLatin1(panels.key(i)) + u": "_s + control);
        }

        // The command palette and the action log viewer.
        auto *palette = window.findChild<Ui::CommandPalette *>();
        QVERIFY(palette);
        palette->open();
        QTRY_VERIFY(palette->isVisible());
        for (const QString &control : unnamed(palette))
            missing.append(u"palette: "_s + control);
        palette->close();
        auto *log = window.findChild<Ui::ActionLogView *>();
        QVERIFY(log);
        log->setLog(&window.session()->actionLog());
        log->show();
        for (const QString &control : unnamed(log))
            missing.append(u"action log: "_s + control);
        log->close();

        // The LiteLLM dialogs, over the demo's credentials and models.
        Llm::Store *llm = window.session()->stores().llm();
        QVERIFY(llm);
        QTRY_VERIFY_WITH_TIMEOUT(!llm->credentials().isEmpty(), 20000);
        Ui::GenerateKeyDialog generate({u"gpt-4o"_s, u"claude"_s}, &window);
        Ui::ModelDialog model(llm->credentials(), nullptr, &window);
        Ui::CredentialDialog credential(nullptr, &window);
        Ui::RotateKeyDialog rotate(*llm, llm->credentials().first(), &window);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&generate, &model, &credential, &rotate}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            for (const QString &control : unnamed(dialog))
                missing.append(QString::fromLatin1(dialog->metaObject()->className()) + u": "_s + control);
            dialog->close();
        }

        qInfo("checked %d controls", m_checked);
        QVERIFY2(missing.isEmpty(), qPrintable(u"controls without an accessible name:\n"_s + missing.join(u'\n')));
        QVERIFY(m_checked > 50); // the audit saw the panels' controls, not an empty window
    }

    void testSetupAssistantPages()
    {
        Test::IsolatedHome home;
        Test::DecliningPrompter prompter;
        ProfileStore profiles;
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        Ui::SetupContext context;
        context.profiles = &profiles;
        context.secrets = &secrets;
        context.network = &network;
        context.prompter = &prompter;
        context.sshDir = home.path() + u"/.ssh"_s;
        context.sshConfigPath = context.sshDir + u"/config"_s;
        context.tailscaleProgram = u"/nonexistent/tailscale"_s;
        QStringList missing;
        const int before = m_checked;
        for (const int page : {int(Ui::SetupWizard::ServerPageId), int(Ui::SetupWizard::AccessPageId),
                               int(Ui::SetupWizard::ServicesPageId), int(Ui::SetupWizard::FinishPageId)}) {
            Ui::SetupWizard wizard(context);
            wizard.setStartId(page);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QCOMPARE(wizard.currentId(), page);
            for (const QString &control : unnamed(&wizard))
                missing.append(u"setup page %1: "_s.arg(page) + control);
        }
        qInfo("checked %d controls of the setup assistant", m_checked - before);
        QVERIFY2(missing.isEmpty(), qPrintable(u"controls without an accessible name:\n"_s + missing.join(u'\n')));
        QVERIFY(m_checked - before > 20);
    }

    void cleanupTestCase() { m_lab.reset(); }
};

QTEST_MAIN(TestAccessibleNames)
#include "test_accessiblenames.moc"
