// Hostile server data end to end in the GUI (issue 14): the main window on krynet-labsim --hostile-names
// (containers, a pool and its disk, monitors, torrents and requests named with markup, newlines,
// terminal escapes, an RTL override, 10,000 characters, invalid Unicode, shell payloads). Every panel is
// visited: no label renders a name as rich text, no view row grows tall with a multi-line or long name,
// the window's minimum width stays that of a laptop screen, and nothing ran the shell payloads.
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMetaEnum>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "app/gui/guiapp.h"
#include "app/gui/sessioncoordinator.h"
#include "core/config/profilestore.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/scriptedprompter.h"
#include "tests/support/testenv.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/trayicon.h"
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
        Test::IsolatedHome home;
        Test::DecliningPrompter prompter;
        ProfileStore profiles{QString()};
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        Ui::MainWindow window(profiles, secrets, prompter);
        window.setDemoMode(true);
        GuiApp::installPanels(window, prompter);
        const auto tray = GuiApp::installShell(window, prompter);
        SessionCoordinator sessions(window, profiles, secrets, prompter, QString());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(profiles.add(m_setup.profile));
        QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 10000);

        QStringList problems;
        int measured = 0;
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
                problems.append(
                    name +
                    u": window %1 px wide, minimum %2 px"_s.arg(window.width()).arg(window.minimumSizeHint().width()));
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
        }
        qInfo("measured %d cells", measured);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(measured > 100); // the panels' rows were there to measure
        QVERIFY(!QFile::exists(m_marker));
    }

    void cleanupTestCase() { m_lab.reset(); }
};

QTEST_MAIN(TestHostileLab)
#include "test_hostilelab.moc"
