#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include "core/common/error.h"
#include "core/common/result.h"

namespace KryNet
{

/// One action the user started on a server: what, on what, when, and how it ended.
struct ActionRecord
{
    enum class Outcome {
        Running,
        Succeeded,
        Failed,
        Unknown, ///< the connection dropped mid-way: the action may or may not have happened
    };

    quint64 id = 0;
    QDateTime startedAt;  ///< UTC
    QDateTime finishedAt; ///< UTC, invalid while running
    QString profile;      ///< profile name
    QString target;       ///< "pool andromeda", "container sonarr"…
    QString action;       ///< translated description ("Start scrub", "Restart")
    Outcome outcome = Outcome::Running;
    QString answer; ///< the server's answer or the error, redacted
};

/**
 * Every action the user started (DESIGN.md §4: destructive actions ask first, run once, and are
 * logged). Kept in memory for the session and appended as JSON lines to `actions.jsonl` in the data
 * directory when a path is set; answers pass through Redaction first. Never retries anything: an
 * ambiguous failure is recorded as Unknown and the caller re-reads the state.
 *
 * Data safety (security.md): each record is one `write()` of one line, so a kill -9 loses at most the
 * line being written. load() keeps every complete line; an unfinished last line (a line that begins
 * like a record but is not one, left by a crash or a full disk) is skipped, and the next append starts
 * on a new line. A file that is not an action log (binary bytes, lines that are not records) is moved
 * aside as "<file>.corrupt-<UTC time>" and reported, never overwritten; if it cannot be moved, nothing
 * more is written to it.
 */
class ActionLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionLog)

public:
    /// @p filePath empty: memory only.
    explicit ActionLog(QString filePath = {}, QObject *parent = nullptr);

    /// $XDG_DATA_HOME/krynet/actions.jsonl (platform data location).
    [[nodiscard]] static QString defaultFilePath();

    /// Reads the records of earlier sessions from the file (before this session's records). An error
    /// (translated, naming where the file was kept) when the file was damaged and moved aside.
    [[nodiscard]] Result<void> load();
    /// Where load() moved a damaged file; empty when it did not.
    [[nodiscard]] const QString &movedAsidePath() const { return m_movedAside; }
    /// Unfinished lines load() skipped.
    [[nodiscard]] int skippedLines() const { return m_skipped; }

    quint64 begin(const QString &profile, const QString &target, const QString &action);
    void succeed(quint64 id, const QString &answer = {});
    /// Records @p error; a Network/Timeout/Cancelled error mid-action is recorded as Outcome::Unknown.
    void fail(quint64 id, const Error &error);

    [[nodiscard]] const QList<ActionRecord> &records() const { return m_records; }

Q_SIGNALS:
    void recordAdded(const KryNet::ActionRecord &record);
    void recordChanged(const KryNet::ActionRecord &record);

private:
    void finish(quint64 id, ActionRecord::Outcome outcome, const QString &answer);
    void append(const ActionRecord &record);

    QString m_filePath;
    QString m_movedAside;
    bool m_readOnly = false; ///< a damaged file could not be moved aside: never write into it
    int m_skipped = 0;
    QList<ActionRecord> m_records;
    quint64 m_nextId = 1;
};

} // namespace KryNet
