#include "core/lab/actionlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringDecoder>

#include <optional>

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

std::optional<ActionRecord::Outcome> outcomeFromId(const QString &id)
{
    for (const auto outcome : {ActionRecord::Outcome::Running, ActionRecord::Outcome::Succeeded,
                               ActionRecord::Outcome::Failed, ActionRecord::Outcome::Unknown}) {
        if (outcomeId(outcome) == id)
            return outcome;
    }
    return std::nullopt;
}

/// A record written by append(), or nothing.
std::optional<ActionRecord> parseLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject json = doc.object();
    ActionRecord record;
    record.startedAt = QDateTime::fromString(json.value(u"started"_s).toString(), Qt::ISODateWithMs);
    record.finishedAt = QDateTime::fromString(json.value(u"finished"_s).toString(), Qt::ISODateWithMs);
    const auto outcome = outcomeFromId(json.value(u"outcome"_s).toString());
    if (!record.startedAt.isValid() || !outcome || !json.value(u"action"_s).isString() ||
        !json.value(u"target"_s).isString())
        return std::nullopt;
    record.outcome = *outcome;
    record.profile = json.value(u"profile"_s).toString();
    record.target = json.value(u"target"_s).toString();
    record.action = json.value(u"action"_s).toString();
    record.answer = json.value(u"answer"_s).toString();
    return record;
}

/// The unfinished beginning of a record line: text that starts like one (a crash cut it short).
bool looksLikeTornRecord(const QByteArray &line)
{
    if (!line.startsWith("{\"") || line.contains('\0'))
        return false;
    // A cut may split the last UTF-8 sequence; anything else that does not decode is not ours.
    for (qsizetype cut = 0; cut <= 3 && cut < line.size(); ++cut) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(QByteArrayView(line).chopped(cut));
        if (!utf8.hasError())
            return true;
    }
    return false;
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

Result<void> ActionLog::load()
{
    m_skipped = 0;
    m_movedAside.clear();
    if (m_filePath.isEmpty())
        return success();
    QFile file(m_filePath);
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCore) << "cannot read the action log" << m_filePath << file.errorString();
        return Error(Error::Code::Config,
                     tr("The action log %1 could not be read: %2").arg(m_filePath, file.errorString()));
    }
    const QByteArray content = file.readAll();
    file.close();
    QList<ActionRecord> loaded;
    QList<QByteArray> lines = content.split('\n');
    const int count = int(lines.size());
    bool damaged = false;
    for (int i = 0; i < count && !damaged; ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (auto record = parseLine(line)) {
            loaded.append(*record);
            continue;
        }
        // A line cut short by a crash; the next append ended it with a newline.
        if (looksLikeTornRecord(line)) {
            ++m_skipped;
            continue;
        }
        damaged = true;
    }
    if (damaged) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        QString target = m_filePath + u".corrupt-"_s + stamp;
        for (int n = 1; QFileInfo::exists(target); ++n)
            target = m_filePath + u".corrupt-"_s + stamp + u'-' + QString::number(n);
        if (!QFile::rename(m_filePath, target)) {
            m_readOnly = true;
            return Error(Error::Code::Config,
                         tr("The action log %1 is damaged and could not be moved aside; KryNet will not write to it "
                            "until it is fixed or removed.")
                             .arg(m_filePath));
        }
        m_movedAside = target;
        qCWarning(lcCore) << "moved damaged action log aside:" << m_filePath << "->" << target;
        return Error(Error::Code::Config,
                     tr("The action log was damaged; it was kept as %1 and a new one was started.").arg(target));
    }
    if (m_skipped > 0)
        qCInfo(lcCore) << "action log:" << m_skipped << "unfinished line(s) skipped";
    for (ActionRecord &record : loaded)
        record.id = m_nextId++;
    m_records = loaded + m_records;
    return success();
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
    if (m_filePath.isEmpty() || m_readOnly)
        return;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QFile file(m_filePath);
    // One JSON object per line, appended with one write(): a crash loses at most the line being written.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
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
    QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    // A crash may have left an unfinished last line: end it first, so this record is a line of its own.
    char last = '\n';
    if (const qint64 size = file.size(); size > 0 && file.seek(size - 1) && !file.getChar(&last))
        last = '\n';
    if (last != '\n')
        line.prepend('\n');
    if (file.write(line) != line.size())
        qCWarning(lcCore) << "cannot append to the action log" << m_filePath << file.errorString();
}

} // namespace KryNet
