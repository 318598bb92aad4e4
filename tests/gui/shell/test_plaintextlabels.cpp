// Hostile names in labels (issue 14): a server-provided name is shown as the characters it is, never
// rendered as rich text — whatever label of the app shows it.
#include <QAbstractButton>
#include <QApplication>
#include <QGlyphRun>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/config/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/inertitemviews.h"
#include "ui/widgets/plaintextlabels.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

const QString Hostile = u"<h1 style=\"font-size:200px\">pwn</h1><img src=\"file:///etc/passwd\"><a href=\"x\">"
                        u"click</a>\u202Eevil\n$(reboot)`id`;'\"\x1b[2J"_s;

class OwnDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
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

    void testItemViewsDrawServerTextOnOneLineInOrder()
    {
        // A name with a line break, an escape and an RTL override, and a 10,000-character one, in a view.
        Ui::installInertItemViews(QCoreApplication::instance());
        QStandardItemModel model;
        model.appendRow({new QStandardItem(u"rtl \u202Egnp.exe\nsecond \x1b[2J"_s), new QStandardItem(u"x"_s)});
        model.appendRow({new QStandardItem(QString(10000, u'w')), new QStandardItem(u"y"_s)});
        QTreeView view;
        view.setModel(&model);
        view.resize(800, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *delegate = qobject_cast<Ui::InertTextDelegate *>(view.itemDelegate());
        QVERIFY(delegate);
        const QString shown = delegate->displayText(model.index(0, 0).data(), view.locale());
        // (Qt's own displayText() turns the line break into U+2028 first; either way it shows as an escape.)
        QCOMPARE(shown, u"rtl \\u202Egnp.exe\\u2028second \\u001B[2J"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"rtl \u202Egnp.exe\nsecond \x1b[2J"_s); // the model keeps it
        const int rowHeight = view.visualRect(model.index(0, 0)).height();
        QVERIFY2(rowHeight < 2 * view.fontMetrics().height(), qPrintable(QString::number(rowHeight)));
        view.resizeColumnToContents(0);
        QVERIFY2(view.header()->sectionSize(0) <=
                     Ui::maxColumnWidth(view.fontMetrics().averageCharWidth()) + view.indentation(),
                 qPrintable(QString::number(view.header()->sectionSize(0))));
        // A delegate of a class of its own, which the code chose, is kept.
        QTreeView custom;
        auto *own = new OwnDelegate(&custom);
        custom.setItemDelegate(own);
        custom.setModel(&model);
        custom.show();
        QVERIFY(QTest::qWaitForWindowExposed(&custom));
        QCOMPARE(custom.itemDelegate(), static_cast<QAbstractItemDelegate *>(own));
    }

    void testMessageBoxesOfThePrompterArePlain()
    {
        // Confirmations name containers, pools and keys: DialogPrompter makes them plain text itself, and
        // shows title, text and button inert (the markup as characters, the override and ESC escaped, the
        // line break of the text kept).
        QWidget parent;
        parent.show();
        Ui::DialogPrompter prompter;
        bool answered = false;
        prompter.confirm(&parent, u"Restart \u202Egnp.exe"_s, Hostile, u"Restart \u202Egnp.exe\r"_s,
                         [&answered](bool) { answered = true; });
        QMessageBox *box = parent.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->text(), u"<h1 style=\"font-size:200px\">pwn</h1><img src=\"file:///etc/passwd\"><a href=\"x\">"
                              u"click</a>\\u202Eevil\n$(reboot)`id`;'\"\\u001B[2J"_s);
        QCOMPARE(box->windowTitle(), u"Restart \\u202Egnp.exe"_s);
        QStringList buttons;
        for (QAbstractButton *button : box->buttons())
            buttons.append(button->text());
        QVERIFY2(buttons.contains(u"Restart \\u202Egnp.exe\\u000D"_s), qPrintable(buttons.join(u" | "_s)));
        box->reject();
        QTRY_VERIFY(answered);
    }

    void testItemToolTipsAreInert()
    {
        // A cell's tooltip (a container's health check output) is shown through DisplayText, and markup in
        // it stays characters (QToolTip would render it as rich text).
        QStandardItemModel model;
        auto *item = new QStandardItem(u"web"_s);
        item->setToolTip(u"health check failing: rtl \u202Egnp.exe <b>bold</b>\r"_s);
        model.appendRow(item);
        QTreeView view;
        view.setModel(&model);
        view.setItemDelegate(new Ui::InertTextDelegate(&view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect rect = view.visualRect(model.index(0, 0));
        QHelpEvent event(QEvent::ToolTip, rect.center(), view.viewport()->mapToGlobal(rect.center()));
        QCoreApplication::sendEvent(view.viewport(), &event);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString shown = QToolTip::text();
        QVERIFY2(!shown.contains(QChar(0x202e)) && !shown.contains(u'\r'), qPrintable(shown));
        QVERIFY2(shown.contains(u"\\u202Egnp.exe"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s), qPrintable(shown)); // escaped into HTML: shown as typed
        QToolTip::hideText();
        QCOMPARE(Ui::plainToolTip(u"plain \u202E"_s), u"plain \\u202E"_s);
    }

    void testIsolatedNameKeepsTheSentenceInOrder()
    {
        // Why DisplayText isolates right-to-left names: in "Restart שלום: 3 running" the Unicode bidi
        // algorithm draws ": 3" as part of the Hebrew run, so the 3 lands left of the name. Inside
        // FSI…PDI (U+2068/U+2069) the name is one neutral unit for the sentence: Qt lays the 3 out after it.
        // Where the 3 and the name's letters are drawn (their glyphs' horizontal extent).
        struct Xs
        {
            qreal three;
            qreal nameLeft;
            qreal nameRight;
        };
        const auto measure = [](const QString &sentence) {
            QTextLayout layout(sentence, QApplication::font());
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(10000);
            layout.endLayout();
            const auto extent = [&line](qsizetype from, qsizetype length) {
                QRectF box;
                for (const QGlyphRun &run : line.glyphRuns(int(from), int(length)))
                    box |= run.boundingRect();
                return box;
            };
            const QRectF three = extent(sentence.indexOf(u'3'), 1);
            const QRectF name = extent(sentence.indexOf(QChar(0x05e9)), 4);
            return Xs{three.center().x(), name.left(), name.right()};
        };
        const QString hebrew = u"\u05e9\u05dc\u05d5\u05dd"_s;
        const Xs raw = measure(u"Restart %1: 3 running"_s.arg(hebrew));
        QVERIFY2(raw.three < raw.nameLeft, "without the isolate the 3 is drawn before the name (test premise)");
        const QString isolated = DisplayText::name(hebrew);
        QCOMPARE(isolated, QString(QChar(0x2068) + hebrew + QChar(0x2069)));
        const Xs kept = measure(u"Restart %1: 3 running"_s.arg(isolated));
        // The isolate controls themselves draw nothing (no box, no width).
        const auto width = [](const QString &text) {
            QTextLayout layout(text, QApplication::font());
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            return layout.lineAt(0).naturalTextWidth();
        };
        QVERIFY2(qAbs(width(isolated) - width(hebrew)) < 0.5,
                 qPrintable(u"%1 vs %2"_s.arg(width(isolated)).arg(width(hebrew))));
        QVERIFY2(kept.three > kept.nameRight,
                 qPrintable(u"3 at %1, name %2–%3"_s.arg(kept.three).arg(kept.nameLeft).arg(kept.nameRight)));
    }

    void testEveryLabelOfTheMainWindowIsDecided()
    {
        // The shell's own labels (empty states, status bar, banner) with no profile: after show, none
        // is left in AutoText.
        ProfileStore profiles(QString{});
        MemorySecretStore secrets;
        Test::DecliningPrompter prompter;
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
