#pragma once

#include <QWidget>

#include "core/zfs/scrubplan.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace KryNet::Ui
{

/**
 * The form that edits one pool's scrub schedule (issue 7): presets (weekly, monthly on the n-th weekday,
 * every N days) or an advanced cron field, threshold days, enabled. Validates the cron text as it is
 * typed (core CronSchedule) and emits edited() with the new schedule; nothing is sent from here.
 *
 * On TrueNAS the n-th weekday preset is not offered: its cron (Debian's) treats a day range and a weekday
 * as either/or. Every N days uses a daily run with threshold N-1 on TrueNAS (the threshold does the
 * spacing), and a day-of-month step on plain Linux.
 */
class ScheduleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleEditor)

public:
    explicit ScheduleEditor(QWidget *parent = nullptr);

    /// Shows @p schedule of @p pool (nullptr: the pool has none yet); @p trueNas picks the host's rules.
    void setSchedule(const QString &pool, const Zfs::ScrubSchedule *schedule, bool trueNas);
    [[nodiscard]] QString pool() const { return m_pool; }

Q_SIGNALS:
    void edited(const KryNet::Zfs::ScrubSchedule &schedule);
    void removeRequested(const QString &pool);

private:
    void presetChanged();
    void emitEdited();
    [[nodiscard]] QString cronText() const;

    QString m_pool;
    Zfs::ScrubSchedule m_base;
    bool m_trueNas = true;
    QLabel *m_title;
    QComboBox *m_preset;
    QComboBox *m_weekday;
    QComboBox *m_nth;
    QSpinBox *m_everyDays;
    QTimeEdit *m_time;
    QLineEdit *m_cron;
    QLabel *m_cronProblem;
    QSpinBox *m_threshold;
    QCheckBox *m_enabled;
    QPushButton *m_use;
    QPushButton *m_remove;
};

} // namespace KryNet::Ui
