#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include "core/lab/labsummary.h"

class QSettings;

namespace KryNet
{

/**
 * Turns successive problem lists (LabSummary::problems()) into desktop notifications on transitions:
 * a problem that appears (pool degraded, scrub finished with errors, container unhealthy or exited,
 * request stuck, certificate expiring, VPN down, monitor down) and a monitor that comes back up. The
 * same problem seen again is not repeated. No widgets: the tray shows what notify() hands it, tests
 * read the signal.
 *
 * Per-kind mute and a snooze (until a time) are settings, persisted in the QSettings given (group
 * "notifications"); the default is the application's QSettings. More than MaxSingle new problems at
 * once become one summary notification, so a first look at a broken lab does not flood the desktop.
 */
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    struct Notification
    {
        LabSummary::Kind kind = LabSummary::Kind::ServiceDown;
        Health health = Health::Warning;
        QString title;
        QString text;
        QStringList keys; ///< the problems it is about
    };

    static constexpr int MaxSingle = 3;

    /// @p settings: where mutes and the snooze are kept (not owned; nullptr: the application's QSettings).
    explicit Notifier(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~Notifier() override;

    /// Compares @p problems with the previous call's and notifies what appeared (and monitors back up).
    void update(const QList<LabSummary::Problem> &problems);
    /// Forgets the previous problems (new profile): the next update() notifies everything again.
    void reset();

    [[nodiscard]] bool isMuted(LabSummary::Kind kind) const;
    void setMuted(LabSummary::Kind kind, bool muted);
    /// No notifications until now + @p duration (persisted).
    void snooze(std::chrono::minutes duration);
    void resume();
    /// Invalid when not snoozed.
    [[nodiscard]] QDateTime snoozedUntil() const;
    [[nodiscard]] bool isSnoozed() const;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void notify(const KryNet::Notifier::Notification &notification);
    void settingsChanged();

private:
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool allowed(LabSummary::Kind kind) const;

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    QHash<QString, LabSummary::Problem> m_previous;
    std::function<QDateTime()> m_clock;
};

} // namespace KryNet
Q_DECLARE_METATYPE(KryNet::Notifier::Notification)
