#pragma once

#include <QString>
#include <QStringView>

namespace KryNet::DisplayText
{

/// How many characters of a server-supplied name a label or tooltip shows before eliding it.
inline constexpr qsizetype NameLength = 80;
/// How many characters of a server-supplied multi-line text (an error detail, a healthcheck's output).
inline constexpr qsizetype TextLength = 2000;

/**
 * A server-supplied name (container, pool, monitor, disk model, media title…) made safe to show in a
 * label, tooltip, window title, message box or status-bar message (issue 14, hostile server data). Use it
 * on the value, not on the translated sentence around it: tr("Restart %1?").arg(DisplayText::name(n)).
 *
 *  - Control characters, line breaks and bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C)
 *    become visible `\uXXXX` escapes (TerminalText::cell(), the item views' filter), so "rtl U+202E gnp.exe"
 *    cannot show as "exe.png" and a name stays one line. Terminal colour sequences are dropped.
 *  - Longer than @p maxLength characters: elided in the middle with "…" (the start and the end, where an
 *    extension is, stay visible). A surrogate pair is never cut.
 *  - When the result holds right-to-left characters (Hebrew, Arabic, Arabic digits), it is wrapped in
 *    FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069): the name keeps its own direction,
 *    but the sentence around it keeps its order ("3 running" stays after the name, not before it).
 *    Names without such characters are returned as they are, so copying them gives the original text.
 *
 * Plain text: the result is meant for labels that show Qt::PlainText (installPlainTextLabels()).
 */
[[nodiscard]] QString name(QStringView text, qsizetype maxLength = NameLength);

/**
 * name() for server text of several lines (an error's detail, a healthcheck's output) and for a sentence
 * that already holds names (a tooltip of an item model): line breaks and tabs are kept
 * (TerminalText::inert()). A balanced U+2068 … U+2069 pair with no other bidi control inside, as name()
 * adds, is kept, so text(tr("… %1").arg(name(n))) == tr("… %1").arg(name(n)); any other isolate control
 * is escaped. Without such a pair the result is isolated as name()'s is.
 */
[[nodiscard]] QString text(QStringView text, qsizetype maxLength = TextLength);

} // namespace KryNet::DisplayText
