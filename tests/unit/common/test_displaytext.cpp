// DisplayText (issue 14): a server-supplied name shown in a label, tooltip or title cannot reorder the
// text around it, break its line or fill the window.
#include <QTest>

#include "core/common/displaytext.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

const QChar Fsi(0x2068);
const QChar Pdi(0x2069);

} // namespace

class TestDisplayText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain unchanged") << u"jellyfin"_s << u"jellyfin"_s;
        QTest::newRow("left-to-right unicode unchanged") << u"Amélie – 映画 🎬"_s << u"Amélie – 映画 🎬"_s;
        QTest::newRow("markup kept as text") << u"<b>bold</b><img src=x>"_s << u"<b>bold</b><img src=x>"_s;
        QTest::newRow("RTL override escaped") << u"rtl \u202Egnp.exe"_s << u"rtl \\u202Egnp.exe"_s;
        QTest::newRow("every bidi control escaped")
            << u"\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C"_s
            << u"\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C"_s;
        QTest::newRow("line breaks escaped") << u"first\nsecond\rthird"_s << u"first\\u000Asecond\\u000Dthird"_s;
        QTest::newRow("tab and unicode separators escaped") << u"a\tb\u2028c"_s << u"a\\u0009b\\u2028c"_s;
        QTest::newRow("terminal escapes")
            << u"x \x1b[2Jclear \x1b]0;t\x07 \x1b[31mred"_s << u"x \\u001B[2Jclear \\u001B]0;t\\u0007 red"_s;
        QTest::newRow("C1 and DEL") << u"a\u0085b\x7f"_s << u"a\\u0085b\\u007F"_s;
        QTest::newRow("hebrew isolated") << u"שלום"_s << QString(Fsi + u"שלום"_s + Pdi);
        QTest::newRow("arabic isolated, its override escaped inside")
            << u"مرحبا\u202E.exe"_s << QString(Fsi + u"مرحبا\\u202E.exe"_s + Pdi);
        QTest::newRow("a name's own PDI cannot close the isolate")
            << u"א\u2069b"_s << QString(Fsi + u"א\\u2069b"_s + Pdi);
    }

    void testName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::name(input), expected);
    }

    void testLongNameElidedInTheMiddle()
    {
        const QString longName = u"long-"_s + QString(u"0123456789"_s).repeated(1000) + u".png"_s;
        const QString shown = DisplayText::name(longName);
        QCOMPARE(shown.size(), DisplayText::NameLength);
        QVERIFY(shown.startsWith(u"long-0123"_s));
        QVERIFY(shown.endsWith(u"789.png"_s)); // the end (an extension) stays visible
        QCOMPARE(shown.count(QChar(0x2026)), 1);
        QCOMPARE(DisplayText::name(u"abcdefghij"_s, 10), u"abcdefghij"_s);
        QCOMPARE(DisplayText::name(u"abcdefghijk"_s, 10), u"abcdef…ijk"_s);
    }

    void testElisionNeverSplitsASurrogatePair()
    {
        // Ten emoji (twenty UTF-16 units) cut at every length: no lone surrogate appears.
        const QString emoji = QString(u"🎬"_s).repeated(10);
        for (qsizetype length = 3; length < emoji.size(); ++length) {
            const QString shown = DisplayText::name(emoji, length);
            QVERIFY2(shown.size() <= length, qPrintable(QString::number(length)));
            for (qsizetype i = 0; i < shown.size(); ++i) {
                if (shown.at(i).isHighSurrogate())
                    QVERIFY(i + 1 < shown.size() && shown.at(++i).isLowSurrogate());
                else
                    QVERIFY2(!shown.at(i).isLowSurrogate(), qPrintable(u"length %1"_s.arg(length)));
            }
        }
    }

    void testTextKeepsLines()
    {
        QCOMPARE(DisplayText::text(u"line one\nline\ttwo\r\u202E"_s), u"line one\nline\ttwo\\u000D\\u202E"_s);
        QCOMPARE(DisplayText::text(QString(u"x"_s).repeated(5000)).size(), DisplayText::TextLength);
        QCOMPARE(DisplayText::text(u"שלום\nb"_s), QString(Fsi + u"שלום\nb"_s + Pdi));
    }

    void testTextKeepsTheIsolatesOfNames()
    {
        // A sentence holding a name already made safe passes again unchanged (a model's tooltip shown by
        // the item view's delegate).
        const QString sentence = u"Restart %1 and %2?"_s.arg(DisplayText::name(u"שלום\u202E"_s), u"plain"_s);
        QCOMPARE(sentence, QString(u"Restart "_s + Fsi + u"שלום\\u202E"_s + Pdi + u" and plain?"_s));
        QCOMPARE(DisplayText::text(sentence), sentence);
        // A name passed twice stays as the first pass made it; an isolate with a control inside does not.
        const QString once = DisplayText::name(u"מ\u202E\n"_s);
        QCOMPARE(DisplayText::name(once), once);
        QCOMPARE(DisplayText::name(QString(Fsi + u"a\nb"_s + Pdi)), QString(u"\\u2068a\\u000Ab\\u2069"_s));
        // Isolates that are not balanced, or hold another bidi control, are escaped.
        QCOMPARE(DisplayText::text(u"a\u2068b"_s), u"a\\u2068b"_s);
        QCOMPARE(DisplayText::text(u"a\u2069b"_s), u"a\\u2069b"_s);
        QCOMPARE(DisplayText::text(u"a\u2068b\u202Ec\u2069d"_s), u"a\\u2068b\\u202Ec\\u2069d"_s);
        QCOMPARE(DisplayText::text(u"\u2068\u2068א\u2069"_s), QString(u"\\u2068"_s + Fsi + u"א"_s + Pdi));
        // An isolate around left-to-right text is not one name() makes: escaped, it cannot hide in a name.
        QCOMPARE(DisplayText::text(u"a\u2068b\u2069"_s), u"a\\u2068b\\u2069"_s);
        QCOMPARE(DisplayText::name(u"\u2068abc\u2069"_s), u"\\u2068abc\\u2069"_s);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "test_displaytext.moc"
