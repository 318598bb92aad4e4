#include "core/common/health.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

QString HealthText::word(Health health)
{
    switch (health) {
    case Health::Ok:
        return tr("OK");
    case Health::Busy:
        return tr("Busy");
    case Health::Unknown:
        return tr("Unknown");
    case Health::Stale:
        return tr("Stale");
    case Health::Warning:
        return tr("Warning");
    case Health::Critical:
        return tr("Critical");
    }
    return {};
}

QString HealthText::id(Health health)
{
    switch (health) {
    case Health::Ok:
        return u"ok"_s;
    case Health::Busy:
        return u"busy"_s;
    case Health::Unknown:
        return u"unknown"_s;
    case Health::Stale:
        return u"stale"_s;
    case Health::Warning:
        return u"warning"_s;
    case Health::Critical:
        return u"critical"_s;
    }
    return u"unknown"_s;
}

} // namespace KryNet
