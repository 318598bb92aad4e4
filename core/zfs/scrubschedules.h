#pragma once

#include <memory>

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include "core/common/result.h"
#include "core/common/sameturn.h"
#include "core/ssh/remotecommand.h"
#include "core/zfs/scrubplan.h"

namespace KryNet
{
class ActionLog;
}

namespace KryNet::Ssh
{
class SshConnection;
}

namespace KryNet::Zfs
{

/// Where the plain-Linux schedules live. root is "" on a real host; tests point it at a test directory.
struct PlainLinuxPaths
{
    QString root; ///< prefix of every path below; with a root, systemctl runs as `systemctl --root=ROOT`
    QString zfsutilsCron = QStringLiteral("/etc/cron.d/zfsutils-linux");
    QString ownCron = QStringLiteral("/etc/cron.d/krynet-zfs-scrub"); ///< the file this app writes
    QString timerWants = QStringLiteral("/etc/systemd/system/timers.target.wants");
    QString zpool = QStringLiteral("/sbin/zpool"); ///< program named in the cron lines written

    [[nodiscard]] QString path(const QString &p) const { return root + p; }
};

// Pure parsers (fuzzed and unit-tested).

/// `midclt call pool.scrub.query` → schedules (source TrueNas). Parse error on anything but a list of tasks.
[[nodiscard]] Result<QList<ScrubSchedule>> parseTrueNasScrubTasks(const QByteArray &json);
/// `midclt call pool.query [] {"select":["id","name"]}` → name → id.
[[nodiscard]] Result<QHash<QString, int>> parseTrueNasPoolIds(const QByteArray &json);
/// `midclt call smart.test.query` (LONG tests only), `cloudsync.query`, `replication.query` → other tasks.
[[nodiscard]] QList<OtherTask> parseTrueNasOtherTasks(const QByteArray &json, OtherTask::Kind kind);
/**
 * A cron.d file → the scrub schedules in it: lines `m h dom mon dow user command` whose command runs
 * `zpool scrub POOL…` or zfsutils' scrub script (every pool). The zfsutils form
 * `24 0 8-14 * * root if [ $(date +\%w) -eq 0 ] && …` (a day range plus a weekday test in the shell) becomes
 * "24 0 * * 0#2" (the second Sunday). Unrelated lines (TRIM, comments, variables) are ignored.
 */
[[nodiscard]] QList<ScrubSchedule> parseCronFile(const QString &origin, const QByteArray &text);
/// Names in timers.target.wants (one per line) → zfs-scrub-weekly@/monthly@ schedules (systemd escapes undone).
[[nodiscard]] QList<ScrubSchedule> parseScrubTimers(const QString &origin, const QByteArray &listing);
/// systemd instance-name escaping of a pool name ("my pool" → "my\x20pool", "-" → "\x2d").
[[nodiscard]] QString systemdEscape(const QString &name);
[[nodiscard]] QString systemdUnescape(const QString &escaped);
/// The time zone name from `cat /etc/timezone`, `timedatectl … --value` or `readlink -f /etc/localtime`.
[[nodiscard]] QTimeZone parseTimeZone(const QByteArray &output);

/// One change to send to the server, with the exact command (shown in the review step).
struct ScheduleChange
{
    enum class Kind {
        Create,       ///< pool.scrub.create
        Update,       ///< pool.scrub.update ID
        Delete,       ///< pool.scrub.delete ID
        EnableTimer,  ///< systemctl enable (--now) zfs-scrub-…@POOL.timer
        DisableTimer, ///< systemctl disable (--now)
        WriteCron,    ///< rewrite the app's cron file
    };
    Kind kind = Kind::Create;
    QString pool;
    QString description; ///< translated, one line
    Ssh::RemoteCommand command;
    bool needsConsent = false; ///< a write as root on a plain Linux host (asked first)
    QJsonObject payload;       ///< TrueNAS: the JSON argument(s) sent
};

/**
 * The scrub schedules of one server (issue 7): read over its SSH connection, changed with the user's
 * review, re-read after every change, and the last applied change undoable.
 *
 * Contracts:
 *  - refresh() tries `midclt call pool.scrub.query` (TrueNAS: also pool ids, system.general.config's
 *    time zone and, when readable, SMART long tests, cloud sync and replication schedules); when midclt
 *    is missing it reads the zfsutils cron file, the app's own cron file and the enabled
 *    zfs-scrub-*@.timer units, and the zone from /etc/timezone (or /etc/localtime's link). A server
 *    read as TrueNAS before is asked all of it at once (one round trip); a refresh asked for in the turn
 *    that started the running one joins it.
 *  - changesTo() diffs the current schedules against the wanted ones; every change carries the exact
 *    RemoteCommand (JSON built with QJsonDocument and passed as ONE argv element; never a shell string).
 *  - apply() runs the changes in order, once each (no retry), stops at the first failure, writes each to
 *    the ActionLog, then re-reads. A failed change leaves the rest unsent and is reported with the server's
 *    words. Plain-Linux writes need @p consent (else Config error, nothing sent); they use `sudo -n`
 *    unless logged in as root or working in a test root.
 *  - undo() applies the changes that bring the server back to the schedules before the last apply().
 */
class ScrubScheduleStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrubScheduleStore)

public:
    enum class State {
        Idle,
        Loading,
        Ready,
        Failed,
    };
    Q_ENUM(State)

    ScrubScheduleStore(Ssh::SshConnection *connection, ActionLog *actions, QString profileName,
                       QObject *parent = nullptr);
    ~ScrubScheduleStore() override;

    void setPaths(const PlainLinuxPaths &paths) { m_paths = paths; }
    [[nodiscard]] const PlainLinuxPaths &paths() const { return m_paths; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isTrueNas() const { return m_trueNas; }
    [[nodiscard]] const QList<ScrubSchedule> &schedules() const { return m_schedules; }
    [[nodiscard]] const QList<OtherTask> &otherTasks() const { return m_otherTasks; }
    [[nodiscard]] const QHash<QString, int> &poolIds() const { return m_poolIds; }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    QFuture<Result<void>> refresh();
    [[nodiscard]] QList<ScheduleChange> changesTo(const QList<ScrubSchedule> &wanted) const;
    QFuture<Result<void>> apply(const QList<ScheduleChange> &changes, bool consent);
    [[nodiscard]] bool canUndo() const { return m_undoTarget.has_value(); }
    [[nodiscard]] QList<ScheduleChange> undoChanges() const;
    QFuture<Result<void>> undo(bool consent);

    /// The TrueNAS schedule object {"minute","hour","dom","month","dow"} of @p cron.
    [[nodiscard]] static QJsonObject scheduleJson(const CronSchedule &cron);
    /// The app's cron file for the plain-Linux cron schedules in @p schedules.
    [[nodiscard]] static QByteArray cronFileText(const QList<ScrubSchedule> &schedules, const PlainLinuxPaths &paths);

Q_SIGNALS:
    void aboutToUpdate();
    void updated();
    void failed(const KryNet::Error &error);
    void stateChanged(KryNet::Zfs::ScrubScheduleStore::State state);
    void busyChanged(bool busy);

private:
    struct Read;
    Ssh::RemoteCommand command(QStringList argv) const;
    Ssh::RemoteCommand writeCommand(QStringList argv) const;
    void setState(State state);
    void setBusy(bool busy);
    void readTrueNas(const std::shared_ptr<Read> &read);
    void readPlain(const std::shared_ptr<Read> &read);
    /// One query of @p read ended: finishes it after the last (or reads the files when midclt is missing).
    void settle(const std::shared_ptr<Read> &read);
    void finishRead(const std::shared_ptr<Read> &read);
    void runNext(const std::shared_ptr<QList<ScheduleChange>> &changes, int index,
                 const std::shared_ptr<QPromise<Result<void>>> &promise);

    QPointer<Ssh::SshConnection> m_connection;
    QPointer<ActionLog> m_actions;
    QString m_profileName;
    PlainLinuxPaths m_paths;
    State m_state = State::Idle;
    bool m_trueNas = false;
    std::shared_ptr<Read> m_reading; ///< the running read, until it finishes
    SameTurn m_readTurn;             ///< marked while the running read was asked for in this event-loop turn
    bool m_root = false;
    bool m_busy = false;
    QList<ScrubSchedule> m_schedules;
    QList<OtherTask> m_otherTasks;
    QHash<QString, int> m_poolIds;
    QTimeZone m_zone = QTimeZone::utc();
    Error m_lastError;
    std::optional<QList<ScrubSchedule>> m_undoTarget;
    std::optional<QList<ScrubSchedule>> m_beforeApply;
};

} // namespace KryNet::Zfs
