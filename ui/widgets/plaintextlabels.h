#pragma once

class QCoreApplication;
class QLabel;

namespace KryNet::Ui
{

/**
 * Makes every QLabel of the application show plain text unless its code chose a format (issue 14,
 * hostile server data). Labels carry server-provided names and messages, and QLabel's default
 * (Qt::AutoText) would render a name such as `<h1>x</h1>` or `<img src=…>` as rich text. A label that
 * wants rich text says so with setTextFormat(Qt::RichText) and escapes what it embeds. Qt's own labels
 * (message box text, tooltips, objectNames starting "qt_") are left alone: our message boxes set
 * plain text themselves (DialogPrompter).
 *
 * Works by an application event filter on QEvent::Polish, i.e. before a label is first shown.
 * Calling it again is harmless.
 */
void installPlainTextLabels(QCoreApplication *app);

/// The rule above for one label: true when it would be switched to plain text.
[[nodiscard]] bool isPlainTextCandidate(const QLabel *label);

} // namespace KryNet::Ui
