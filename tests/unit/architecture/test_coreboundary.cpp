#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

// GUI modules and the GUI classes most likely to sneak in by their own header name.
const QStringList GuiModules{u"QtGui"_s,           u"QtWidgets"_s, u"QtCharts"_s, u"QtSvg"_s,   u"QtOpenGL"_s,
                             u"QtOpenGLWidgets"_s, u"QtQuick"_s,   u"QtQml"_s,    u"QtGraphs"_s};
const QStringList GuiClasses{u"QWidget"_s,
                             u"QApplication"_s,
                             u"QGuiApplication"_s,
                             u"QPainter"_s,
                             u"QIcon"_s,
                             u"QColor"_s,
                             u"QPixmap"_s,
                             u"QImage"_s,
                             u"QFont"_s,
                             u"QBrush"_s,
                             u"QPalette"_s,
                             u"QAction"_s,
                             u"QKeySequence"_s,
                             u"QChart"_s,
                             u"QChartView"_s,
                             u"QMessageBox"_s,
                             u"QDesktopServices"_s,
                             u"QClipboard"_s,
                             u"QStandardItemModel"_s};

// Returns "file:line: include" for every GUI include in @p text.
QStringList guiIncludes(const QString &fileName, const QString &text)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s,
                                            QRegularExpression::MultilineOption);
    QStringList found;
    auto it = include.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString header = match.captured(1);
        const QString first = header.section(u'/', 0, 0);
        const QString last = header.section(u'/', -1);
        const bool bad = GuiModules.contains(first) || GuiModules.contains(last) ||
                         (GuiClasses.contains(last) && !header.contains(u'.'));
        if (bad) {
            const int line = int(text.left(match.capturedStart()).count(u'\n')) + 1;
            found.append(u"%1:%2: %3"_s.arg(fileName).arg(line).arg(header));
        }
    }
    return found;
}

} // namespace

class TestCoreBoundary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testScannerCatchesGuiIncludes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("violations");
        QTest::newRow("widgets module") << u"#include <QtWidgets/QLabel>\n"_s << 1;
        QTest::newRow("gui class") << u"#include <QColor>\n"_s << 1;
        QTest::newRow("charts") << u"#  include <QtCharts>\n"_s << 1;
        QTest::newRow("icon in quotes") << u"#include \"QIcon\"\n"_s << 1;
        QTest::newRow("core only") << u"#include <QString>\n#include <QtCore/QObject>\n#include \"core/x.h\"\n"_s << 0;
        QTest::newRow("network") << u"#include <QNetworkReply>\n#include <QtNetwork>\n"_s << 0;
        QTest::newRow("two") << u"#include <QWidget>\nint x;\n#include <QPainter>\n"_s << 2;
    }

    void testScannerCatchesGuiIncludes()
    {
        QFETCH(QString, text);
        QFETCH(int, violations);
        QCOMPARE(guiIncludes(u"sample.cpp"_s, text).size(), violations);
    }

    void testCoreIncludesNoGuiHeaders()
    {
        const QString coreDir = qEnvironmentVariable("KRYNET_SOURCE_DIR") + u"/core"_s;
        QVERIFY2(QFileInfo(coreDir).isDir(), qPrintable(coreDir));
        QStringList violations;
        int files = 0;
        QDirIterator it(coreDir, {u"*.h"_s, u"*.cpp"_s, u"*.hpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            violations += guiIncludes(path.mid(coreDir.size() - 4), QString::fromUtf8(file.readAll()));
            ++files;
        }
        QVERIFY2(files > 10, "the core sources were not found");
        QVERIFY2(violations.isEmpty(), qPrintable(u"core/ includes GUI headers:\n"_s + violations.join(u'\n')));
    }

    void testCoreLinksNoGuiModule()
    {
        QFile file(qEnvironmentVariable("KRYNET_CORE_LINK_FILE"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString libraries = QString::fromUtf8(file.readAll());
        QVERIFY2(libraries.contains(u"Qt6::Core"_s), qPrintable(libraries));
        for (const char *module : {"Qt6::Gui", "Qt6::Widgets", "Qt6::Charts", "Qt6::Svg", "Qt6::OpenGL"})
            QVERIFY2(!libraries.contains(QString::fromLatin1(module)), qPrintable(libraries));
    }

    void testCliBinaryLoadsNoGuiLibrary()
    {
        // krynetctl links only krynet_core: whatever the core pulls in shows up in its DT_NEEDED entries.
        QProcess readelf;
        readelf.start(u"readelf"_s, {u"-d"_s, qEnvironmentVariable("KRYNET_CLI_BINARY")});
        QVERIFY(readelf.waitForFinished(30000));
        QCOMPARE(readelf.exitCode(), 0);
        const QString dynamic = QString::fromUtf8(readelf.readAllStandardOutput());
        QVERIFY2(dynamic.contains(u"libQt6Core.so"_s), qPrintable(dynamic));
        for (const char *lib : {"libQt6Gui", "libQt6Widgets", "libQt6Charts", "libQt6Svg", "libQt6OpenGL"})
            QVERIFY2(!dynamic.contains(QString::fromLatin1(lib)), qPrintable(dynamic));
    }
};

QTEST_GUILESS_MAIN(TestCoreBoundary)
#include "test_coreboundary.moc"
