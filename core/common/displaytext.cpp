#include "core/common/displaytext.h"

#include <QChar>

#include "core/common/terminaltext.h"

using namespace Qt::StringLiterals;

namespace KryNet::DisplayText
{

namespace
{

constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;
constexpr char16_t Ellipsis = 0x2026;

// @p text cut to @p maxLength characters in the middle, never between the halves of a surrogate pair.
QString elided(QStringView text, qsizetype maxLength)
{
    maxLength = qMax<qsizetype>(maxLength, 3);
    if (text.size() <= maxLength)
        return text.toString();
    qsizetype head = (maxLength - 1) * 2 / 3;
    qsizetype tail = text.size() - (maxLength - 1 - head);
    if (head > 0 && text.at(head - 1).isHighSurrogate() && text.at(head).isLowSurrogate())
        --head;
    if (tail < text.size() && text.at(tail).isLowSurrogate() && text.at(tail - 1).isHighSurrogate())
        ++tail;
    return text.left(head).toString() + QChar(Ellipsis) + text.mid(tail);
}

bool hasRightToLeft(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Direction d = QChar::direction(c);
        if (d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN)
            return true;
    }
    return false;
}

// TerminalText::inert() on @p text, except that balanced FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE pairs
// around right-to-left text with no other bidi control (what name() wraps a name in) stay: such an
// isolate cannot reorder anything outside it, and nothing inside it can be reordered either. Any other
// isolate control is escaped, so none can hide in a name that reads left to right.
QString inertKeepingIsolates(QStringView text)
{
    QString out;
    qsizetype done = 0;
    for (qsizetype open = text.indexOf(QChar(FirstStrongIsolate)); open >= 0;
         open = text.indexOf(QChar(FirstStrongIsolate), done)) {
        qsizetype close = open + 1;
        while (close < text.size() && !TerminalText::isBidiControl(text.at(close).unicode()))
            ++close;
        if (close == text.size() || text.at(close) != QChar(PopDirectionalIsolate) ||
            !hasRightToLeft(text.mid(open + 1, close - open - 1))) {
            // Not one of ours: escaped with what follows it.
            out += TerminalText::inert(text.mid(done, close - done));
            done = close;
            continue;
        }
        out += TerminalText::inert(text.mid(done, open - done));
        out += QChar(FirstStrongIsolate) + TerminalText::inert(text.mid(open + 1, close - open - 1)) +
               QChar(PopDirectionalIsolate);
        done = close + 1;
    }
    out += TerminalText::inert(text.mid(done));
    return out;
}

QString isolated(QString text)
{
    if (!hasRightToLeft(text))
        return text;
    return QChar(FirstStrongIsolate) + text + QChar(PopDirectionalIsolate);
}

} // namespace

QString name(QStringView text, qsizetype maxLength)
{
    // Already a name made safe and isolated here (passed twice): kept, not escaped a second time.
    if (text.size() >= 2 && text.size() <= maxLength + 2 && text.front() == QChar(FirstStrongIsolate) &&
        text.back() == QChar(PopDirectionalIsolate)) {
        const QStringView inner = text.mid(1, text.size() - 2);
        if (hasRightToLeft(inner) && TerminalText::cell(inner) == inner)
            return text.toString();
    }
    return isolated(TerminalText::cell(elided(text, maxLength)));
}

QString text(QStringView text, qsizetype maxLength)
{
    const QString shown = inertKeepingIsolates(elided(text, maxLength));
    return shown.contains(QChar(FirstStrongIsolate)) ? shown : isolated(shown);
}

} // namespace KryNet::DisplayText
