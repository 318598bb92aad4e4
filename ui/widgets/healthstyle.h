#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "core/common/health.h"

class QPalette;

namespace KryNet::Ui
{

/**
 * How a Health value looks (DESIGN.md §7): a colour that works on the current palette (light or dark),
 * an icon whose shape differs per status (never colour alone), and the translated word. Delegates and
 * badges use this; nothing else in ui picks status colours.
 */
class HealthStyle final
{
public:
    HealthStyle() = delete;

    [[nodiscard]] static QColor color(Health health, const QPalette &palette);
    [[nodiscard]] static QIcon icon(Health health);
    [[nodiscard]] static QString word(Health health) { return HealthText::word(health); }
};

} // namespace KryNet::Ui
