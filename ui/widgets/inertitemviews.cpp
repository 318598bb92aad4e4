#include "ui/widgets/inertitemviews.h"

#include <typeinfo>

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

#include "core/common/displaytext.h"
#include "core/common/terminaltext.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

class InertItemViewFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Polish || !watched->isWidgetType())
            return false;
        if (auto *view = qobject_cast<QAbstractItemView *>(watched)) {
            // Qt's own default delegate (exactly a QStyledItemDelegate) only: a delegate of a class of its
            // own, which the view's code chose, stays.
            QAbstractItemDelegate *current = view->itemDelegate();
            if (current && typeid(*current) == typeid(QStyledItemDelegate) && current->parent() == view) {
                view->setItemDelegate(new InertTextDelegate(view));
                current->deleteLater();
            }
        }
        return false;
    }
};

} // namespace

QString InertTextDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return TerminalText::cell(QStyledItemDelegate::displayText(value, locale));
}

QSize InertTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A column sized to its contents (resizeColumnToContents) asks this: a long name is elided instead.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMin(size.width(), maxColumnWidth(option.fontMetrics.averageCharWidth())));
    return size;
}

bool InertTextDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip || !view || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QVariant tip = index.data(Qt::ToolTipRole);
    if (tip.typeId() != QMetaType::QString) // numbers and dates: Qt's own formatting; no tooltip at all
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    if (tip.toString().isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    QToolTip::showText(event->globalPos(), plainToolTip(tip.toString()), view->viewport(), option.rect);
    return true;
}

QString plainToolTip(const QString &text)
{
    const QString shown = DisplayText::text(text);
    return Qt::mightBeRichText(shown) ? Qt::convertFromPlainText(shown, Qt::WhiteSpacePre) : shown;
}

int maxColumnWidth(int averageCharWidth)
{
    return 60 * qMax(1, averageCharWidth);
}

void installInertItemViews(QCoreApplication *app)
{
    // The filter has no meta object of its own (findChild would match any child): mark the app instead.
    static constexpr char Installed[] = "krynetInertItemViews";
    if (!app || app->property(Installed).toBool())
        return;
    app->setProperty(Installed, true);
    app->installEventFilter(new InertItemViewFilter(app));
}

} // namespace KryNet::Ui
