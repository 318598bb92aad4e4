#include "app/labsim/faults.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

bool FaultSettings::isNone() const
{
    return latencyMs == 0 && errorStatus == 0 && !htmlLogin && !truncate && !hang;
}

QJsonObject FaultSettings::toJson() const
{
    return {{u"latencyMs"_s, latencyMs},
            {u"errorStatus"_s, errorStatus},
            {u"htmlLogin"_s, htmlLogin},
            {u"truncate"_s, truncate},
            {u"hang"_s, hang}};
}

FaultSettings FaultSettings::fromJson(const QJsonObject &json)
{
    FaultSettings s;
    s.latencyMs = qBound(0, json.value(u"latencyMs"_s).toInt(s.latencyMs), 600000);
    s.errorStatus = json.value(u"errorStatus"_s).toInt(s.errorStatus);
    s.htmlLogin = json.value(u"htmlLogin"_s).toBool(s.htmlLogin);
    s.truncate = json.value(u"truncate"_s).toBool(s.truncate);
    s.hang = json.value(u"hang"_s).toBool(s.hang);
    return s;
}

Faults::Faults(QObject *parent)
    : QObject(parent)
{}

FaultSettings Faults::forService(const QString &id) const
{
    const auto it = m_settings.constFind(id);
    if (it != m_settings.cend())
        return *it;
    return m_settings.value(u"*"_s);
}

void Faults::set(const QString &id, const FaultSettings &settings)
{
    if (settings.isNone())
        m_settings.remove(id);
    else
        m_settings.insert(id, settings);
    Q_EMIT changed(id);
}

void Faults::clear()
{
    m_settings.clear();
    Q_EMIT changed(u"*"_s);
}

QJsonObject Faults::toJson() const
{
    QJsonObject out;
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it)
        out.insert(it.key(), it->toJson());
    return out;
}

} // namespace KryNet::LabSim
