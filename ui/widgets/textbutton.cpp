#include "ui/widgets/textbutton.h"

#include <QToolButton>

namespace KryNet::Ui
{

QToolButton *textToolButton(QWidget *parent, const QString &objectName, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace KryNet::Ui
