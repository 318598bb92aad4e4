#pragma once

#include <QString>
#include <QStringView>

namespace KryNet::TerminalText
{

/**
 * Text that may come from a server (names, log lines, error details) made inert for a terminal, so
 * that printing it can never move the cursor, clear the screen, retitle the window, write to the
 * clipboard, or hide and reorder what is printed around it (issue 14, hostile server data).
 *
 *  - SGR colour sequences (ESC [ digits/semicolons m), common in container logs, are dropped.
 *  - Every other C0 control except tab and newline, DEL, every C1 control (U+0080–U+009F) and the
 *    Unicode bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) become visible
 *    `\uXXXX` escapes. Inside a JSON string that spelling is the standard escape of the same character,
 *    so JSON output stays valid and decodes to the original text.
 *  - Everything else, including any printable Unicode, is kept as is.
 */
[[nodiscard]] QString inert(QStringView text);

/// Whether @p c is one of the Unicode bidirectional controls inert() escapes.
[[nodiscard]] bool isBidiControl(char16_t c);

/// inert(), and tab, newline and the Unicode line and paragraph separators (U+2028, U+2029) escaped too:
/// for one cell of a table line, which must stay one line.
[[nodiscard]] QString cell(QStringView text);

} // namespace KryNet::TerminalText
