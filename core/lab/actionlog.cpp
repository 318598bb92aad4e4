#include "core/lab/actionlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include "core/common/logging.h"
#include "core/common/redaction.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

QString outcomeId(ActionRecord::Outcome outcome)
{
    switch (outcome) {
    case ActionRecord::Outcome::Running:
        return u"running"_s;
    case ActionRecord::Outcome::Succeeded:
        return u"succeeded"_s;
    case ActionRecord::Outcome::Failed:
        return u"failed"_s;
    case ActionRecord::Outcome::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

} // namespace

ActionLog::ActionLog(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{}

QString ActionLog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/krynet/actions.jsonl"_s;
}

quint64 ActionLog::begin(const QString &profile, const QString &target, const QString &action)
{
    ActionRecord record;
    record.id = m_nextId++;
    record.startedAt = QDateTime::currentDateTimeUtc();
    record.profile = profile;
    record.target = Redaction::redact(target);
    record.action = Redaction::redact(action);
    m_records.append(record);
    Q_EMIT recordAdded(record);
    return record.id;
}

void ActionLog::succeed(quint64 id, const QString &answer)
{
    finish(id, ActionRecord::Outcome::Succeeded, answer);
}

void ActionLog::fail(quint64 id, const Error &error)
{
    const bool ambiguous = error.code() == Error::Code::Network || error.code() == Error::Code::Timeout ||
                           error.code() == Error::Code::Cancelled;
    finish(id, ambiguous ? ActionRecord::Outcome::Unknown : ActionRecord::Outcome::Failed, error.toString());
}

void ActionLog::finish(quint64 id, ActionRecord::Outcome outcome, const QString &answer)
{
    for (ActionRecord &record : m_records) {
        if (record.id != id || record.outcome != ActionRecord::Outcome::Running)
            continue;
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.outcome = outcome;
        record.answer = Redaction::redact(answer.left(4000));
        append(record);
        Q_EMIT recordChanged(record);
        return;
    }
}

void ActionLog::append(const ActionRecord &record)
{
    if (m_filePath.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    // One JSON object per line, appended: a crash loses at most the line being written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcCore) << "cannot append to the action log" << m_filePath << file.errorString();
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject json{{u"started"_s, record.startedAt.toString(Qt::ISODateWithMs)},
                           {u"finished"_s, record.finishedAt.toString(Qt::ISODateWithMs)},
                           {u"profile"_s, record.profile},
                           {u"target"_s, record.target},
                           {u"action"_s, record.action},
                           {u"outcome"_s, outcomeId(record.outcome)},
                           {u"answer"_s, record.answer}};
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace KryNet
