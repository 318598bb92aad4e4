#pragma once

#include <QStyledItemDelegate>

namespace KryNet::Ui
{

/**
 * Shows a cell as its row's status: the Health icon, and the text in the status colour (never colour
 * alone: the icon's shape and the word carry it too). Reads Roles::HealthRole from the same index.
 */
class HealthDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace KryNet::Ui
