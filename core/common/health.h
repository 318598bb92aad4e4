#pragma once

#include <QCoreApplication>
#include <QString>

namespace KryNet
{

/**
 * The one status vocabulary of the app (DESIGN.md §7), shared by every model as a role and turned
 * into colour + icon + word only in ui (never colour alone):
 *  - Ok: working as it should;  Warning: needs attention soon;  Critical: broken or about to be;
 *  - Unknown: no data (never fetched, not applicable);  Stale: data older than its refresh period;
 *  - Busy: an action is running on it.
 * Values are ordered by severity for worst(): Ok < Busy < Unknown < Stale < Warning < Critical.
 */
enum class Health {
    Ok,
    Busy,
    Unknown,
    Stale,
    Warning,
    Critical,
};

/// Item-model roles every core model uses for the shared vocabulary (Qt::UserRole based).
namespace Roles
{
enum : int {
    HealthRole = 0x0100 + 1,       ///< Health, as int
    HealthReasonRole,              ///< QString: why this health ("capacity 91 %", "last scrub 48 days ago")
    UpdatedAtRole,                 ///< QDateTime (UTC) of the data shown
    SortRole,                      ///< value to sort by where the display text would sort wrongly
    IdRole,                        ///< stable id of the item (pool name, container id…)
    FirstDomainRole = 0x0100 + 32, ///< models add their own roles from here
};
} // namespace Roles

class HealthText final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::HealthText)

public:
    HealthText() = delete;

    /// Translated word for a status ("OK", "Warning", "Critical", "Unknown", "Stale", "Busy").
    [[nodiscard]] static QString word(Health health);
    /// Stable identifier ("ok", "warning"…) for JSON output.
    [[nodiscard]] static QString id(Health health);
    [[nodiscard]] static Health worst(Health a, Health b) { return int(a) >= int(b) ? a : b; }
};

} // namespace KryNet
