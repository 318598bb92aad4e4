#include "core/common/terminaltext.h"

namespace KryNet::TerminalText
{

namespace
{

constexpr char16_t Escape = 0x1b;

bool needsEscape(char16_t c, bool keepLayout)
{
    if (c == u'\t' || c == u'\n' || c == 0x2028 || c == 0x2029) // line/paragraph separators break a cell too
        return !keepLayout;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
}

// Length of an SGR sequence (ESC [ [0-9;:]* m) starting at @p at, or 0 when none starts there.
qsizetype sgrLength(QStringView text, qsizetype at)
{
    if (at + 2 >= text.size() || text.at(at) != QChar(Escape) || text.at(at + 1) != u'[')
        return 0;
    for (qsizetype i = at + 2; i < text.size() && i < at + 64; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'm')
            return i - at + 1;
        if (!((c >= u'0' && c <= u'9') || c == u';' || c == u':'))
            return 0;
    }
    return 0;
}

QString filter(QStringView text, bool keepLayout)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode(), keepLayout))
        ++first;
    if (first == text.size())
        return text.toString();

    static constexpr char16_t Hex[] = u"0123456789ABCDEF";
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.left(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c, keepLayout)) {
            out.append(QChar(c));
            continue;
        }
        if (const qsizetype sgr = sgrLength(text, i); sgr > 0) {
            i += sgr - 1;
            continue;
        }
        const char16_t escaped[] = {u'\\',       u'u', Hex[(c >> 12) & 0xf], Hex[(c >> 8) & 0xf], Hex[(c >> 4) & 0xf],
                                    Hex[c & 0xf]};
        out.append(QStringView(escaped, 6));
    }
    return out;
}

} // namespace

bool isBidiControl(char16_t c)
{
    return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString inert(QStringView text)
{
    return filter(text, true);
}

QString cell(QStringView text)
{
    return filter(text, false);
}

} // namespace KryNet::TerminalText
