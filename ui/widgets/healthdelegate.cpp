#include "ui/widgets/healthdelegate.h"

#include "core/common/health.h"
#include "ui/widgets/healthstyle.h"

namespace KryNet::Ui
{

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(Roles::HealthRole);
    if (!value.isValid())
        return;
    const auto health = Health(value.toInt());
    option->icon = HealthStyle::icon(health);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(option->fontMetrics.height(), option->fontMetrics.height());
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, HealthStyle::color(health, option->palette));
}

} // namespace KryNet::Ui
