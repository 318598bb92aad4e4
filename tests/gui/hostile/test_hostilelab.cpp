// Hostile server data end to end in the GUI (issue 14): the main window on krynet-labsim --hostile-names
// (containers, a pool and its disk, monitors, torrents and requests named with markup, newlines,
// terminal escapes, an RTL override, 10,000 characters, invalid Unicode, shell payloads). Every panel is
// visited: no label renders a name as rich text, no view row grows tall with a multi-line or long name,
// the window's minimum width stays that of a laptop screen, and nothing ran the shell payloads. Then
// every row of every view is selected in turn (opening its details pane): no label, tooltip (a widget's
// or a cell's, as the view shows it), window title or status-bar message carries a raw control or bidi
// character, the raw line break of a name, or a name's 10,000 characters unelided.
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMetaEnum>
#include <QPointer>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "tests/support/demowindow.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/labpanel.h"
#include "ui/widgets/plaintextlabels.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

/// Every index of @p model under @p parent, depth first (at most @p limit).
void collect(const QAbstractItemModel *model, const QModelIndex &parent, QList<QModelIndex> *out, int limit)
{
    for (int r = 0; r < model->rowCount(parent) && out->size() < limit; ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        out->append(index);
        collect(model, index, out, limit);
    }
}

/**
 * Why @p text may not be shown in a label, tooltip or title, or an empty string. Raw control characters
 * (other than the line breaks and tabs of our own layout) and bidi controls are refused; U+2068/U+2069
 * only as balanced pairs (the isolate a shown name may be wrapped in). The hostile names' own raw line
 * break and their 10,000-character name unelided are refused too.
 */
QString unsafeText(const QString &text)
{
    int depth = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == 0x2068) {
            ++depth;
            continue;
        }
        if (u == 0x2069) {
            if (--depth < 0)
                return u"unbalanced U+2069"_s;
            continue;
        }
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e ||
            u == 0x200f || (u >= 0x202a && u <= 0x202e) || u == 0x2066 || u == 0x2067 || u == 0x2028 || u == 0x2029)
            return u"raw U+%1"_s.arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    if (depth != 0)
        return u"unbalanced U+2068"_s;
    if (text.contains(u"first\nsecond"_s))
        return u"a name's raw line break"_s;
    if (text.contains(QString(u"0123456789"_s).repeated(30)))
        return u"a 10,000-character name not elided"_s;
    return QString();
}

/// Every label, tooltip, window title and status-bar message shown now that unsafeText() refuses.
QStringList unsafeWidgets(const QWidget *window)
{
    QStringList out;
    const auto note = [&out](const QString &where, const QString &text) {
        if (const QString why = unsafeText(text); !why.isEmpty())
            out.append(u"%1: %2 in “%3”"_s.arg(where, why, text.left(80)));
    };
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        note(u"window title"_s, top->windowTitle());
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                note(u"label "_s + label->objectName(), label->text());
            note(u"tooltip of "_s + w->objectName(), w->toolTip());
            if (auto *bar = qobject_cast<QStatusBar *>(w))
                note(u"status bar"_s, bar->currentMessage());
        }
    }
    Q_UNUSED(window);
    return out;
}

/// The widgets wider than a laptop screen that hold no such widget themselves (what to fix).
QString widest(const QWidget *window)
{
    QStringList out;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        // Hidden ones too: a stack is as wide as its widest page.
        if (w->minimumSizeHint().width() <= 1280)
            continue;
        bool inner = false;
        for (const QWidget *child : w->findChildren<QWidget *>())
            inner = inner || child->minimumSizeHint().width() > 1280;
        if (!inner) {
            const auto *label = qobject_cast<const QLabel *>(w);
            QString in; // the nearest named ancestor, to find it
            for (const QWidget *a = w->parentWidget(); a && in.isEmpty(); a = a->parentWidget())
                in = a->objectName();
            out.append(u"%1 %2 in %5: %3 px%4"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                           .arg(w->minimumSizeHint().width())
                           .arg(label ? u" “"_s + label->text().left(60) + u"”"_s : QString())
                           .arg(in));
        }
    }
    return out.join(u", "_s);
}

/// The tooltip @p view shows for @p index (through its delegate, as a hovering user would see it).
QString shownToolTip(QAbstractItemView *view, const QModelIndex &index)
{
    const QRect rect = view->visualRect(index);
    if (rect.isEmpty() || index.data(Qt::ToolTipRole).toString().isEmpty())
        return QString();
    QHelpEvent event(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(view->viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

class TestHostileLab final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_marker;
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;

    /// Labels that would render rich text while showing a hostile name's markup unescaped.
    static QStringList richLabels(QWidget *root)
    {
        QStringList out;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (Ui::isPlainTextCandidate(label) || (rich && label->text().contains(u"<img src=x>"_s)))
                out.append(label->objectName() + u": "_s + label->text().left(200));
        }
        return out;
    }

    /// Rows of the visible views taller than three lines of their font, and how many rows were measured.
    static QStringList tallRows(QWidget *root, int *measured)
    {
        QStringList out;
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || !view->model())
                continue;
            const int bound = 3 * view->fontMetrics().height();
            QList<QModelIndex> indexes;
            collect(view->model(), QModelIndex(), &indexes, 2000);
            for (const QModelIndex &index : std::as_const(indexes)) {
                const int columns = view->model()->columnCount(index.parent());
                for (int c = 0; c < columns; ++c) {
                    const QModelIndex cell = index.siblingAtColumn(c);
                    const QRect rect = view->visualRect(cell);
                    if (rect.isEmpty())
                        continue;
                    ++*measured;
                    // What the delegate draws: a line break or a bidi control in it would split the row
                    // or reorder what the name shows (an RTL override turning "gnp.exe" into "exe.png").
                    QString text = cell.data(Qt::DisplayRole).toString();
                    if (const auto *delegate =
                            qobject_cast<const QStyledItemDelegate *>(view->itemDelegateForIndex(cell)))
                        text = delegate->displayText(cell.data(Qt::DisplayRole), view->locale());
                    for (const QChar ch : text) {
                        const char16_t u = ch.unicode();
                        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e || u == 0x200f ||
                            (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 ||
                            u == 0x2029) {
                            out.append(u"%1 row %2 col %3 shows control U+%4 (“%5”)"_s.arg(view->objectName())
                                           .arg(index.row())
                                           .arg(c)
                                           .arg(uint(u), 4, 16, QLatin1Char('0'))
                                           .arg(text.left(60)));
                            break;
                        }
                    }
                    if (rect.height() > bound) {
                        out.append(u"%1 row %2 col %3: %4 px > %5 px (“%6”)"_s.arg(view->objectName())
                                       .arg(index.row())
                                       .arg(c)
                                       .arg(rect.height())
                                       .arg(bound)
                                       .arg(cell.data().toString().left(80)));
                    }
                }
            }
            // A 10,000-character name must not make its column 10,000 characters wide.
            const auto *tree = qobject_cast<const QTreeView *>(view);
            const auto *table = qobject_cast<const QTableView *>(view);
            const QHeaderView *header = tree ? tree->header() : table ? table->horizontalHeader() : nullptr;
            for (int section = 0; header && section < header->count(); ++section) {
                if (!header->isSectionHidden(section) && header->sectionSize(section) > 1280)
                    out.append(u"%1 column %2 is %3 px wide"_s.arg(view->objectName())
                                   .arg(section)
                                   .arg(header->sectionSize(section)));
            }
        }
        return out;
    }

    /// Selects every row of every visible view in @p window (opening its details pane) and reports what
    /// unsafeWidgets() and the cells' tooltips show; @p selected counts the rows.
    static QStringList unsafeDetails(QWidget *window, int *selected)
    {
        QStringList out;
        QList<QPointer<QAbstractItemView>> views;
        for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
            // Not the sidebar (it switches panels: each is visited by itself) nor the headers.
            if (view->isVisible() && view->model() && view->selectionModel() && !qobject_cast<QHeaderView *>(view) &&
                view->objectName() != u"sidebar"_s)
                views.append(view);
        }
        for (const QPointer<QAbstractItemView> &view : std::as_const(views)) {
            if (!view || !view->isVisible())
                continue;
            QList<QModelIndex> indexes;
            collect(view->model(), QModelIndex(), &indexes, 300);
            for (const QModelIndex &index : std::as_const(indexes)) {
                if (!view || !index.isValid())
                    break;
                view->setCurrentIndex(index);
                QCoreApplication::processEvents();
                ++*selected;
                for (const QString &problem : unsafeWidgets(window))
                    out.append(
                        u"%1 row %2: %3"_s.arg(view ? view->objectName() : QString()).arg(index.row()).arg(problem));
                for (int c = 0; view && c < view->model()->columnCount(index.parent()); ++c) {
                    const QString tip = shownToolTip(view, index.siblingAtColumn(c));
                    if (const QString why = unsafeText(tip); !why.isEmpty())
                        out.append(u"%1 row %2 col %3 tooltip: %4 in “%5”"_s.arg(view->objectName())
                                       .arg(index.row())
                                       .arg(c)
                                       .arg(why, tip.left(80)));
                }
            }
        }
        QToolTip::hideText();
        out.removeDuplicates();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_marker = m_dir.filePath(u"pwned"_s);
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s, u"--hostile-names"_s, u"--hostile-marker"_s, m_marker});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        m_setup = future.result().value();
        QCOMPARE(m_setup.description.value(u"hostileNames"_s).toString(), m_marker);
    }

    void testEveryPanelShowsHostileNamesInertly()
    {
        Test::DemoWindow demo(m_setup);
        QVERIFY(demo.open(m_setup));
        Ui::MainWindow &window = *demo.window;

        QStringList problems;
        QStringList details;
        int measured = 0;
        int selected = 0;
        const QMetaEnum panels = QMetaEnum::fromType<Ui::MainWindow::Panel>();
        for (int i = 0; i < panels.keyCount(); ++i) {
            const auto panel = Ui::MainWindow::Panel(panels.value(i));
            const QString name = QString::fromLatin1(panels.key(i));
            window.showPanel(panel);
            for (const auto &installed : window.installedPanels()) {
                auto *labPanel = qobject_cast<Ui::LabPanel *>(installed.second);
                if (installed.first == panel && labPanel)
                    QTRY_VERIFY_WITH_TIMEOUT(labPanel->hasFirstAnswer(), 30000);
            }
            QTest::qWait(0);
            for (const QString &label : richLabels(&window))
                problems.append(name + u": rich text label "_s + label);
            for (const QString &row : tallRows(&window, &measured))
                problems.append(name + u": "_s + row);
            if (window.minimumSizeHint().width() > 1280 || window.width() > 1280)
                problems.append(name + u": window %1 px wide, minimum %2 px (%3)"_s.arg(window.width())
                                           .arg(window.minimumSizeHint().width())
                                           .arg(widest(&window)));
            if (panel == Ui::MainWindow::Panel::Containers) {
                // The hostile containers are in the list; a picture to look at by eye.
                QAbstractItemView *view = nullptr;
                for (QAbstractItemView *v : window.findChildren<QAbstractItemView *>()) {
                    if (v->isVisible() && v->model() &&
                        !v->model()
                             ->match(v->model()->index(0, 0), Qt::DisplayRole, u"markup <b>bold</b>"_s, 1,
                                     Qt::MatchStartsWith | Qt::MatchRecursive)
                             .isEmpty())
                        view = v;
                }
                QVERIFY2(view, "no view of the containers panel lists the hostile containers");
                window.grab().save(QDir::tempPath() + u"/krynet-hostile-containers.png"_s);
            }
            for (const QString &problem : unsafeDetails(&window, &selected))
                details.append(name + u": "_s + problem);
        }
        qInfo("measured %d cells, selected %d rows", measured, selected);
        details.removeDuplicates();
        // One line each: QVERIFY2's message would be cut after about 1,000 characters.
        for (const QString &problem : QStringList(problems + details))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty() && details.isEmpty(),
                 qPrintable(u"%1 problems (listed above)"_s.arg(problems.size() + details.size())));
        QVERIFY(selected > 50);  // the details panes were opened
        QVERIFY(measured > 100); // the panels' rows were there to measure
        QVERIFY(!QFile::exists(m_marker));
    }

    void cleanupTestCase() { m_lab.reset(); }
};

QTEST_MAIN(TestHostileLab)
#include "test_hostilelab.moc"
