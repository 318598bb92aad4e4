#pragma once

#include <QString>

class QToolButton;
class QWidget;

namespace KryNet::Ui
{

/// A panel toolbar button that shows its text only (no icon), with an object name for tests and
/// accessibility tools, and an optional tooltip saying what it does.
QToolButton *textToolButton(QWidget *parent, const QString &objectName, const QString &text,
                            const QString &toolTip = {});

} // namespace KryNet::Ui
