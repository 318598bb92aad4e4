#include "app/labsim/hostilenames.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

QList<HostileName> hostileNames(const QString &marker)
{
    // Each name starts with a plain word, so a reader (and a test) can tell which one a row shows.
    QString longName = u"long-"_s;
    while (longName.size() < 10000)
        longName += u"0123456789"_s;
    longName.truncate(10000);
    return {
        {u"subst"_s, u"subst $(touch %1)"_s.arg(marker)},
        {u"semicolon"_s, u"semicolon ; rm -rf ~/krynet-hostile-canary ; touch %1"_s.arg(marker)},
        {u"backtick"_s, u"backtick `touch %1`"_s.arg(marker)},
        {u"quotes"_s, u"quotes ' \" '\"'\"' \\\""_s},
        {u"markup"_s, u"markup <b>bold</b><img src=x>"_s},
        {u"newline"_s, u"newline first\nsecond\rthird"_s},
        {u"escapes"_s, u"escapes \x1b[2Jclear \x1b]0;title\x07 \x1b[31mred"_s},
        {u"rtl"_s, u"rtl \u202Egnp.exe"_s},
        {u"long"_s, longName},
        {u"invalid"_s, u"invalid "_s + QChar(0xDC80) + u" end"_s},
    };
}

QString defaultHostileMarker()
{
    return QDir::tempPath() + u"/krynet-hostile-pwned"_s;
}

QByteArray hostileBytes(const QString &text)
{
    QByteArray out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            out += QStringView(text).mid(start, i - start).toUtf8();
            out += "\xff\xfe";
            start = i + 1;
        }
    }
    out += QStringView(text).mid(start).toUtf8();
    return out;
}

} // namespace KryNet::LabSim
