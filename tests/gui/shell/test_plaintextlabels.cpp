// Hostile names in labels (issue 14): a server-provided name is shown as the characters it is, never
// rendered as rich text — whatever label of the app shows it.
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QVBoxLayout>

#include "core/config/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/plaintextlabels.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

const QString Hostile = u"<h1 style=\"font-size:200px\">pwn</h1><img src=\"file:///etc/passwd\"><a href=\"x\">"
                        u"click</a>\u202Eevil\n$(reboot)`id`;'\"\x1b[2J"_s;

class NoPrompter final : public Ui::Prompter
{
public:
    void confirm(QWidget *, const QString &, const QString &, const QString &, std::function<void(bool)> done) override
    {
        done(false);
    }
    void warn(QWidget *, const QString &, const QString &) override {}
    void askSecret(QWidget *, const QString &, const QString &,
                   std::function<void(std::optional<QString>)> done) override
    {
        done(std::nullopt);
    }
};

} // namespace

class TestPlainTextLabels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Ui::installPlainTextLabels(QCoreApplication::instance()); }

    void testServerTextIsShownAsPlainText()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *name = new QLabel(Hostile, &window);
        auto *later = new QLabel(&window);
        auto *rich = new QLabel(u"<b>%1</b>"_s.arg(Hostile.toHtmlEscaped()), &window);
        rich->setTextFormat(Qt::RichText);
        layout->addWidget(name);
        layout->addWidget(later);
        layout->addWidget(rich);
        QCOMPARE(name->textFormat(), Qt::AutoText);
        window.resize(640, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(name->textFormat(), Qt::PlainText);
        QCOMPARE(later->textFormat(), Qt::PlainText);
        later->setText(Hostile); // text set after the label was shown stays plain too
        QCOMPARE(later->textFormat(), Qt::PlainText);
        QCOMPARE(rich->textFormat(), Qt::RichText); // a label that chose rich text keeps it
        // Shown as typed: the markup's characters take the place of the 200 px heading it describes.
        QVERIFY2(name->sizeHint().height() < 150, qPrintable(QString::number(name->sizeHint().height())));
        QCOMPARE(name->text(), Hostile);
    }

    void testMessageBoxesOfThePrompterArePlain()
    {
        // Confirmations name containers, pools and keys: DialogPrompter makes them plain text itself.
        QWidget parent;
        parent.show();
        Ui::DialogPrompter prompter;
        bool answered = false;
        prompter.confirm(&parent, u"Restart"_s, Hostile, u"Restart"_s, [&answered](bool) { answered = true; });
        QMessageBox *box = parent.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->text(), Hostile);
        box->reject();
        QTRY_VERIFY(answered);
    }

    void testEveryLabelOfTheMainWindowIsDecided()
    {
        // The shell's own labels (empty states, status bar, banner) with no profile: after show, none
        // is left in AutoText.
        ProfileStore profiles(QString{});
        MemorySecretStore secrets;
        NoPrompter prompter;
        Ui::MainWindow window(profiles, secrets, prompter);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(labels.size() > 3);
        for (QLabel *label : labels) {
            label->ensurePolished();
            QVERIFY2(!Ui::isPlainTextCandidate(label),
                     qPrintable(u"label %1 (“%2”) would render rich text"_s.arg(label->objectName(), label->text())));
        }
    }
};

QTEST_MAIN(TestPlainTextLabels)
#include "test_plaintextlabels.moc"
