#include "ui/widgets/healthstyle.h"

#include <array>

#include <QPalette>

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

QColor HealthStyle::color(Health health, const QPalette &palette)
{
    // Darker shades on light backgrounds, lighter ones on dark: both keep a readable contrast.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (health) {
    case Health::Ok:
        return dark ? QColor(0x6c, 0xcb, 0x6c) : QColor(0x1e, 0x7d, 0x32);
    case Health::Warning:
    case Health::Stale:
        return dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xa8, 0x5d, 0x00);
    case Health::Critical:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Health::Busy:
        return dark ? QColor(0x6f, 0xb1, 0xff) : QColor(0x15, 0x65, 0xc0);
    case Health::Unknown:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QIcon HealthStyle::icon(Health health)
{
    // One QIcon per status for the whole process. A new QIcon per call parsed the SVG again and, being a
    // new icon, got new QPixmapCache entries for every pixmap asked of it: every tile render and delegate
    // paint added one, until the cache's limit (10 MiB) was full. That was most of the memory growth of a
    // soak of full refreshes (performance.md). Used on the GUI thread only; created on first use.
    static const std::array<QIcon, 6> icons = [] {
        std::array<QIcon, 6> made;
        made[size_t(Health::Ok)] = QIcon(u":/icons/health-ok.svg"_s);
        made[size_t(Health::Warning)] = QIcon(u":/icons/health-warning.svg"_s);
        made[size_t(Health::Critical)] = QIcon(u":/icons/health-critical.svg"_s);
        made[size_t(Health::Stale)] = QIcon(u":/icons/health-stale.svg"_s);
        made[size_t(Health::Busy)] = QIcon(u":/icons/health-busy.svg"_s);
        made[size_t(Health::Unknown)] = QIcon(u":/icons/health-unknown.svg"_s);
        return made;
    }();
    const auto index = size_t(health);
    return index < icons.size() ? icons[index] : icons[size_t(Health::Unknown)];
}

} // namespace KryNet::Ui
