// TerminalText (issue 14): server-provided text printed by krynetctl can never drive the terminal.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/common/terminaltext.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestTerminalText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testInert_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"jellyfin"_s << u"jellyfin"_s;
        QTest::newRow("unicode kept") << u"Amélie – 映画 🎬"_s << u"Amélie – 映画 🎬"_s;
        QTest::newRow("tab and newline kept") << u"a\tb\nc"_s << u"a\tb\nc"_s;
        QTest::newRow("sgr colours dropped")
            << u"\x1b[32mINFO\x1b[0m ready \x1b[1;31;48;5;16mX\x1b[m"_s << u"INFO ready X"_s;
        QTest::newRow("clear screen escaped") << u"x\x1b[2Jy"_s << u"x\\u001B[2Jy"_s;
        QTest::newRow("window title (OSC)") << u"\x1b]0;pwned\x07name"_s << u"\\u001B]0;pwned\\u0007name"_s;
        QTest::newRow("carriage return") << u"ok\rFAKE"_s << u"ok\\u000DFAKE"_s;
        QTest::newRow("backspace and NUL") << QString(u"a\bb"_s + QChar(0) + u"c"_s) << u"a\\u0008b\\u0000c"_s;
        QTest::newRow("DEL and C1 CSI") << u"a\x7f\u009b2Jb"_s << u"a\\u007F\\u009B2Jb"_s;
        QTest::newRow("RTL override") << u"invoice\u202Efdp.exe"_s << u"invoice\\u202Efdp.exe"_s;
        QTest::newRow("bidi isolates and marks")
            << u"\u2066a\u2069\u200Eb\u061C"_s << u"\\u2066a\\u2069\\u200Eb\\u061C"_s;
        QTest::newRow("unterminated sgr escaped") << u"\x1b[31"_s << u"\\u001B[31"_s;
        QTest::newRow("lone escape at end") << u"end\x1b"_s << u"end\\u001B"_s;
    }

    void testInert()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TerminalText::inert(input), expected);
    }

    void testCellKeepsOneLine()
    {
        QCOMPARE(TerminalText::cell(u"two\nlines\tand tab"_s), u"two\\u000Alines\\u0009and tab"_s);
        QCOMPARE(TerminalText::cell(u"plain"_s), u"plain"_s);
        // Unicode's own line and paragraph separators would break a cell in an item view just the same.
        QCOMPARE(TerminalText::cell(u"a\u2028b\u2029c"_s), u"a\\u2028b\\u2029c"_s);
        QCOMPARE(TerminalText::inert(u"a\u2028b"_s), u"a\u2028b"_s);
    }

    void testJsonStaysValidAndDecodesBack()
    {
        // What --json prints passes through the same filter: the escapes it adds are JSON's own.
        const QString hostile = u"name\u202E\u0085\x1b]0;t\x07"_s;
        const QByteArray json = QJsonDocument(QJsonObject{{u"name"_s, hostile}}).toJson(QJsonDocument::Compact);
        const QString filtered = TerminalText::inert(QString::fromUtf8(json));
        for (const QChar c : filtered)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f) &&
                         c.unicode() != 0x202e,
                     qPrintable(u"control U+"_s + QString::number(c.unicode(), 16) + u" left in output"_s));
        QJsonParseError error{};
        const QJsonDocument back = QJsonDocument::fromJson(filtered.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object().value(u"name"_s).toString(), hostile);
    }

    void testLongInputIsLinear()
    {
        const QString name(10000, u'\x1b');
        const QString out = TerminalText::inert(name);
        QCOMPARE(out.size(), 60000);
        QVERIFY(!out.contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "test_terminaltext.moc"
