#include "core/lab/notifier.h"

#include <QMetaEnum>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{
QString kindKey(LabSummary::Kind kind)
{
    return u"notifications/mute/"_s +
           QString::fromLatin1(QMetaEnum::fromType<LabSummary::Kind>().valueToKey(int(kind)));
}
const QString SnoozeKey = u"notifications/snoozedUntil"_s;
} // namespace

Notifier::Notifier(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
}

Notifier::~Notifier() = default;

QDateTime Notifier::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool Notifier::isMuted(LabSummary::Kind kind) const
{
    return m_settings->value(kindKey(kind), false).toBool();
}

void Notifier::setMuted(LabSummary::Kind kind, bool muted)
{
    if (muted)
        m_settings->setValue(kindKey(kind), true);
    else
        m_settings->remove(kindKey(kind));
    m_settings->sync();
    Q_EMIT settingsChanged();
}

void Notifier::snooze(std::chrono::minutes duration)
{
    m_settings->setValue(SnoozeKey, now().addSecs(qint64(duration.count()) * 60));
    m_settings->sync();
    Q_EMIT settingsChanged();
}

void Notifier::resume()
{
    m_settings->remove(SnoozeKey);
    m_settings->sync();
    Q_EMIT settingsChanged();
}

QDateTime Notifier::snoozedUntil() const
{
    const QDateTime until = m_settings->value(SnoozeKey).toDateTime();
    return until.isValid() && until > now() ? until : QDateTime();
}

bool Notifier::isSnoozed() const
{
    return snoozedUntil().isValid();
}

bool Notifier::allowed(LabSummary::Kind kind) const
{
    return !isSnoozed() && !isMuted(kind);
}

void Notifier::reset()
{
    m_previous.clear();
}

void Notifier::update(const QList<LabSummary::Problem> &problems)
{
    QHash<QString, LabSummary::Problem> current;
    QList<LabSummary::Problem> appeared;
    for (const LabSummary::Problem &p : problems) {
        current.insert(p.key, p);
        if (!m_previous.contains(p.key) && allowed(p.kind))
            appeared.append(p);
    }
    QList<Notification> out;
    for (auto it = m_previous.cbegin(); it != m_previous.cend(); ++it) {
        // A monitor back up is news too; other problems simply leave the tray's list.
        if (!current.contains(it.key()) && it->kind == LabSummary::Kind::MonitorDown && allowed(it->kind))
            out.append({it->kind, Health::Ok, tr("Back up"), tr("Resolved: %1").arg(it->text), {it.key()}});
    }
    m_previous = current;

    if (appeared.size() > MaxSingle) {
        Notification summary;
        summary.kind = appeared.first().kind;
        summary.health = appeared.first().health;
        summary.title = tr("%n new problem(s) in the lab", nullptr, int(appeared.size()));
        QStringList lines;
        for (const auto &p : std::as_const(appeared)) {
            summary.keys << p.key;
            if (lines.size() < MaxSingle)
                lines << p.text;
        }
        lines << tr("…and %n more", nullptr, int(appeared.size()) - MaxSingle);
        summary.text = lines.join(u'\n');
        out.append(summary);
    } else {
        for (const auto &p : std::as_const(appeared))
            out.append({p.kind, p.health, LabSummary::kindName(p.kind), p.text, {p.key}});
    }
    for (const Notification &n : std::as_const(out))
        Q_EMIT notify(n);
}

} // namespace KryNet
