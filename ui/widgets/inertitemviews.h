#pragma once

#include <QStyledItemDelegate>

class QCoreApplication;

namespace KryNet::Ui
{

/**
 * The text of an item view cell drawn inert (issue 14, hostile server data): displayText() passes
 * through TerminalText::cell(), so a line break, a terminal escape or a bidi override in a container,
 * pool, monitor or torrent name shows as a visible \uXXXX escape instead of splitting the row or
 * reversing what the name appears to say ("gnp.exe" drawn as "exe.png"). A cell's tooltip is shown
 * through DisplayText::text() the same way (helpEvent()). Only what is drawn changes: the model's data,
 * sorting, filtering and copying keep the original text.
 */
class InertTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    [[nodiscard]] QString displayText(const QVariant &value, const QLocale &locale) const override;
    /// At most maxColumnWidth() wide: a 10,000-character name is elided, its column stays narrow.
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Tooltips: the cell's Qt::ToolTipRole text through DisplayText::text().
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

/**
 * Every item view of the application gets an InertTextDelegate in place of Qt's default delegate, so no
 * column grows wider than maxColumnWidth() when sized to its contents (a 10,000-character name would
 * make it 10,000 characters wide). Views whose code set a delegate of a class of their own keep it
 * (a plain QStyledItemDelegate cannot be told from Qt's default one, and is replaced).
 * Works by an application event filter on QEvent::Polish, like installPlainTextLabels(); calling it
 * again is harmless.
 */
void installInertItemViews(QCoreApplication *app);

/**
 * Server text (or a sentence holding server names) made safe for a tooltip: DisplayText::text(), and, as
 * QToolTip renders anything that looks like markup as rich text, text that might be taken for rich
 * text is escaped into a paragraph of HTML that shows it literally ("<b>x</b>" stays those characters).
 */
[[nodiscard]] QString plainToolTip(const QString &text);

/// The widest a column may be sized to its contents: about 60 characters of @p averageCharWidth.
[[nodiscard]] int maxColumnWidth(int averageCharWidth);

} // namespace KryNet::Ui
