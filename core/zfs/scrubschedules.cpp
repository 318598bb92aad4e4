#include "core/zfs/scrubschedules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>

#include "core/common/futurewatch.h"
#include "core/lab/actionlog.h"
#include "core/ssh/sshconnection.h"

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

namespace
{

QString jsonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

Error parseError(const QString &what, const QString &detail)
{
    return Error(
        Error::Code::Parse,
        QCoreApplication::translate("KryNet::Zfs::ScrubScheduleStore", "The server's %1 could not be read.").arg(what),
        detail);
}

QString compactJson(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return jsonString(v);
}

/// Splits a POSIX shell word list with single and double quotes (as RemoteCommand::quote writes them).
QStringList shellWords(const QString &text)
{
    QStringList out;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\'') {
            const qsizetype end = text.indexOf(u'\'', i + 1);
            if (end < 0)
                return out;
            word += text.mid(i + 1, end - i - 1);
            i = end;
            inWord = true;
        } else if (c == u'"') {
            const qsizetype end = text.indexOf(u'"', i + 1);
            if (end < 0)
                return out;
            word += text.mid(i + 1, end - i - 1);
            i = end;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        out << word;
    return out;
}

/// The schedule that decides where a pool's runs come from when the user edits it on a plain host.
bool sameSchedule(const ScrubSchedule &a, const ScrubSchedule &b)
{
    return a.cron == b.cron && a.thresholdDays == b.thresholdDays && a.description == b.description &&
           a.enabled == b.enabled;
}

} // namespace

// ---- parsers ------------------------------------------------------------------------------------------------

Result<QList<ScrubSchedule>> parseTrueNasScrubTasks(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return parseError(u"pool.scrub.query"_s, error.errorString());
    QList<ScrubSchedule> out;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        const QJsonObject s = o.value(u"schedule"_s).toObject();
        if (o.isEmpty() || s.isEmpty())
            return parseError(u"pool.scrub.query"_s, u"entry without schedule"_s);
        auto cron = CronSchedule::fromFields(s.value(u"minute"_s).toString(u"00"_s),
                                             s.value(u"hour"_s).toString(u"00"_s), s.value(u"dom"_s).toString(u"*"_s),
                                             s.value(u"month"_s).toString(u"*"_s), s.value(u"dow"_s).toString(u"7"_s));
        if (!cron)
            return cron.error();
        ScrubSchedule sched;
        sched.source = ScheduleSource::TrueNas;
        sched.id = o.value(u"id"_s).toInt();
        sched.poolId = o.value(u"pool"_s).toInt();
        sched.pool = o.value(u"pool_name"_s).toString();
        sched.thresholdDays = o.value(u"threshold"_s).toInt(35);
        sched.description = o.value(u"description"_s).toString();
        sched.enabled = o.value(u"enabled"_s).toBool(true);
        sched.cron = *cron;
        sched.origin = u"pool.scrub.query id %1"_s.arg(sched.id);
        if (!isValidPoolName(sched.pool))
            return parseError(u"pool.scrub.query"_s, u"invalid pool name"_s);
        out.append(sched);
    }
    return out;
}

Result<QHash<QString, int>> parseTrueNasPoolIds(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return parseError(u"pool.query"_s, error.errorString());
    QHash<QString, int> out;
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        if (o.value(u"id"_s).isDouble() && isValidPoolName(o.value(u"name"_s).toString()))
            out.insert(o.value(u"name"_s).toString(), o.value(u"id"_s).toInt());
    }
    return out;
}

QList<OtherTask> parseTrueNasOtherTasks(const QByteArray &json, OtherTask::Kind kind)
{
    QList<OtherTask> out;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject o = value.toObject();
        if (kind == OtherTask::Kind::SmartLongTest && o.value(u"type"_s).toString() != u"LONG"_s)
            continue;
        const QJsonObject s = o.value(u"schedule"_s).toObject();
        if (s.isEmpty())
            continue; // replication after a snapshot task, or no schedule
        auto cron = CronSchedule::fromFields(s.value(u"minute"_s).toString(u"00"_s),
                                             s.value(u"hour"_s).toString(u"*"_s), s.value(u"dom"_s).toString(u"*"_s),
                                             s.value(u"month"_s).toString(u"*"_s), s.value(u"dow"_s).toString(u"*"_s));
        if (!cron)
            continue;
        OtherTask t;
        t.kind = kind;
        t.cron = *cron;
        t.enabled = o.value(u"enabled"_s).toBool(true);
        t.name = o.value(u"description"_s).toString(o.value(u"desc"_s).toString(o.value(u"name"_s).toString()));
        if (t.name.isEmpty())
            t.name = u"#%1"_s.arg(o.value(u"id"_s).toInt());
        // SMART long tests of multi-TB disks take hours; the others are assumed to take an hour.
        t.durationSeconds = kind == OtherTask::Kind::SmartLongTest ? 8 * 3600 : 3600;
        out.append(t);
    }
    return out;
}

QList<ScrubSchedule> parseCronFile(const QString &origin, const QByteArray &text)
{
    QList<ScrubSchedule> out;
    static const QRegularExpression zpoolScrub(u"(?:^|[\\s/;&|])zpool\\s+scrub\\s+(.+?)\\s*(?:;|&&|\\|\\||$)"_s);
    static const QRegularExpression weekdayTest(u"date \\+\\\\?%w\\)?\\s*\"?\\s*-eq\\s*([0-7])"_s);
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n).trimmed();
        // The app writes a disabled schedule as a comment with this marker, so it survives a re-read.
        const bool disabled = line.startsWith(u"#disabled# "_s);
        if (disabled)
            line = line.mid(11).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(QRegularExpression(u"\\s+"_s));
        if (parts.size() < 7 || parts.at(0).contains(u'='))
            continue;
        const QString command = parts.mid(6).join(u' ');
        QStringList pools;
        bool allPools = false;
        if (command.contains(u"zfs-linux/scrub"_s) || command.contains(u"zfsutils-linux/scrub"_s)) {
            allPools = true;
        } else if (command.contains(u"zpool"_s)) {
            auto it = zpoolScrub.globalMatch(command);
            while (it.hasNext()) {
                const auto m = it.next();
                for (const QString &p : shellWords(m.captured(1))) {
                    if (!p.startsWith(u'-') && isValidPoolName(p))
                        pools << p;
                }
            }
            if (pools.isEmpty())
                continue;
        } else {
            continue;
        }
        QString dom = parts.at(2);
        QString dow = parts.at(4);
        // "8-14 … date +%w -eq 0": the shell narrows a week of days to one weekday: the n-th such weekday.
        if (const auto w = weekdayTest.match(command); w.hasMatch() && dow == u"*"_s) {
            static const QRegularExpression week(u"^(\\d+)-(\\d+)$"_s);
            if (const auto r = week.match(dom); r.hasMatch() && r.captured(2).toInt() - r.captured(1).toInt() == 6 &&
                                                (r.captured(1).toInt() - 1) % 7 == 0) {
                dow = u"%1#%2"_s.arg(w.captured(1).toInt() % 7).arg((r.captured(1).toInt() - 1) / 7 + 1);
                dom = u"*"_s;
            } else {
                dow = w.captured(1);
                // both restricted would mean OR in cron; the shell test means AND: keep the weekday only
                // when the day range is the whole month.
            }
        }
        auto cron = CronSchedule::fromFields(parts.at(0), parts.at(1), dom, parts.at(3), dow);
        if (!cron)
            continue;
        const QString where = u"%1:%2"_s.arg(origin).arg(n + 1);
        if (allPools)
            pools = QStringList{QString()};
        for (const QString &p : std::as_const(pools)) {
            ScrubSchedule s;
            s.pool = p;
            s.source = ScheduleSource::CronFile;
            s.origin = where;
            s.cron = *cron;
            s.enabled = !disabled;
            out.append(s);
        }
    }
    return out;
}

QString systemdEscape(const QString &name)
{
    QString out;
    const QByteArray utf8 = name.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
                           c == '_' || (c == '.' && i > 0);
        if (c == '/')
            out += u'-';
        else if (plain)
            out += QLatin1Char(char(c));
        else
            out += u"\\x%1"_s.arg(c, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString systemdUnescape(const QString &escaped)
{
    QByteArray out;
    const QByteArray in = escaped.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '\\' && i + 3 < in.size() + 0 && in.at(i + 1) == 'x') {
            bool ok = false;
            const int v = in.mid(i + 2, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 3;
                continue;
            }
        }
        out += in.at(i) == '-' ? '/' : in.at(i);
    }
    return QString::fromUtf8(out);
}

QList<ScrubSchedule> parseScrubTimers(const QString &origin, const QByteArray &listing)
{
    QList<ScrubSchedule> out;
    static const QRegularExpression unit(u"^zfs-scrub-(weekly|monthly)@(.+)\\.timer$"_s);
    for (const QString &raw : QString::fromUtf8(listing).split(u'\n')) {
        const QString name = raw.trimmed().section(u'/', -1);
        const auto m = unit.match(name);
        if (!m.hasMatch())
            continue;
        const QString pool = systemdUnescape(m.captured(2));
        if (!isValidPoolName(pool))
            continue;
        ScrubSchedule s;
        s.pool = pool;
        s.source = ScheduleSource::SystemdTimer;
        s.timerKind = m.captured(1);
        s.origin = origin + u'/' + name;
        // OnCalendar=weekly is Monday 00:00, monthly the 1st at 00:00 (plus up to RandomizedDelaySec=1h).
        s.cron = *CronSchedule::parse(s.timerKind == u"weekly"_s ? u"0 0 * * 1"_s : u"0 0 1 * *"_s);
        out.append(s);
    }
    return out;
}

QTimeZone parseTimeZone(const QByteArray &output)
{
    QString text = QString::fromUtf8(output).trimmed().section(u'\n', 0, 0).trimmed();
    if (text.startsWith(u"Timezone="_s))
        text = text.mid(9);
    if (const qsizetype i = text.indexOf(u"zoneinfo/"_s); i >= 0)
        text = text.mid(i + 9);
    if (text.isEmpty())
        return {};
    return QTimeZone(text.toUtf8());
}

// ---- store --------------------------------------------------------------------------------------------------

struct ScrubScheduleStore::Read
{
    std::shared_ptr<QPromise<Result<void>>> promise;
    bool trueNas = false;
    QList<ScrubSchedule> schedules;
    QList<OtherTask> other;
    QHash<QString, int> poolIds;
    QTimeZone zone = QTimeZone::utc();
    int pending = 0;
    std::optional<Error> error;
    bool notTrueNas = false; ///< midclt is missing: the plain-Linux files are read once every query ended
    bool idPending = false;  ///< `id -u` (for later writes) not answered yet
    bool readDone = false;   ///< the schedules are read; finishRead waits for `id -u`
};

ScrubScheduleStore::ScrubScheduleStore(Ssh::SshConnection *connection, ActionLog *actions, QString profileName,
                                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_actions(actions)
    , m_profileName(std::move(profileName))
{}

ScrubScheduleStore::~ScrubScheduleStore() = default;

Ssh::RemoteCommand ScrubScheduleStore::command(QStringList argv) const
{
    return Ssh::RemoteCommand(std::move(argv));
}

Ssh::RemoteCommand ScrubScheduleStore::writeCommand(QStringList argv) const
{
    // A test root is the SSH user's own directory; a real host needs root for /etc.
    return Ssh::RemoteCommand(std::move(argv)).withSudo(!m_root && m_paths.root.isEmpty());
}

void ScrubScheduleStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ScrubScheduleStore::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QFuture<Result<void>> ScrubScheduleStore::refresh()
{
    // Asked for again in the turn that started the running read (the Overview's Refresh and F5 on the
    // panel): nothing of it is sent yet, so it answers this call too.
    if (m_reading && m_readTurn.isMarked())
        return m_reading->promise->future();
    auto read = std::make_shared<Read>();
    read->promise = std::make_shared<QPromise<Result<void>>>();
    read->promise->start();
    QFuture<Result<void>> future = read->promise->future();
    if (!m_connection) {
        read->promise->addResult(Error(Error::Code::Config, tr("No SSH connection for this profile.")));
        read->promise->finish();
        return future;
    }
    if (m_state != State::Ready)
        setState(State::Loading);
    m_reading = read;
    m_readTurn.mark(this);
    // `id -u` only decides sudo for later writes: asked beside the reads, not before them (one round trip
    // less per refresh over a slow link; performance.md § Round trips).
    read->idPending = true;
    whenDone(m_connection->run(command({u"id"_s, u"-u"_s})), this, [this, read](const Result<Ssh::CommandResult> &id) {
        m_root = id && QString::fromUtf8(id->stdOut).trimmed() == u"0"_s;
        read->idPending = false;
        if (read->readDone)
            finishRead(read);
    });
    // A server read as TrueNAS before is asked everything at once (one round trip); otherwise
    // pool.scrub.query first finds out whether it is TrueNAS at all.
    const bool knownTrueNas = m_trueNas;
    read->pending = 1;
    whenDone(m_connection->run(command({u"midclt"_s, u"call"_s, u"pool.scrub.query"_s})), this,
             [this, read, knownTrueNas](const Result<Ssh::CommandResult> &r) {
                 if (!r && r.error().exitCode() == 127) {
                     read->notTrueNas = true;
                 } else if (!r) {
                     read->error = r.error();
                 } else if (!r->succeeded()) {
                     read->error = r->toError(u"midclt"_s);
                 } else if (auto tasks = parseTrueNasScrubTasks(r->stdOut); !tasks) {
                     read->error = tasks.error();
                 } else {
                     read->trueNas = true;
                     read->schedules += *tasks;
                     if (!knownTrueNas)
                         readTrueNas(read);
                 }
                 settle(read);
             });
    if (knownTrueNas)
        readTrueNas(read);
    return future;
}

void ScrubScheduleStore::settle(const std::shared_ptr<Read> &read)
{
    if (--read->pending > 0)
        return;
    if (read->notTrueNas) {
        // No midclt (any more): what the TrueNAS queries asked beside it found nothing; read the files.
        read->notTrueNas = false;
        read->trueNas = false;
        read->error.reset();
        read->schedules.clear();
        read->other.clear();
        read->poolIds.clear();
        readPlain(read);
        return;
    }
    finishRead(read);
}

void ScrubScheduleStore::readTrueNas(const std::shared_ptr<Read> &read)
{
    struct Query
    {
        QStringList argv;
        std::function<void(const Ssh::CommandResult &)> take;
        bool required;
    };
    const QList<Query> queries = {
        {{u"midclt"_s, u"call"_s, u"pool.query"_s, u"[]"_s, u"{\"select\":[\"id\",\"name\"]}"_s},
         [read](const Ssh::CommandResult &r) {
             auto ids = parseTrueNasPoolIds(r.stdOut);
             if (ids)
                 read->poolIds = *ids;
             else
                 read->error = ids.error();
         },
         true},
        {{u"midclt"_s, u"call"_s, u"system.general.config"_s},
         [read](const Ssh::CommandResult &r) {
             const QJsonObject o = QJsonDocument::fromJson(r.stdOut).object();
             const QTimeZone zone(o.value(u"timezone"_s).toString().toUtf8());
             if (zone.isValid())
                 read->zone = zone;
         },
         false},
        // Readable only on some releases (SMART moved to cron jobs in 25.10): best effort.
        {{u"midclt"_s, u"call"_s, u"smart.test.query"_s},
         [read](const Ssh::CommandResult &r) {
             read->other += parseTrueNasOtherTasks(r.stdOut, OtherTask::Kind::SmartLongTest);
         },
         false},
        {{u"midclt"_s, u"call"_s, u"cloudsync.query"_s},
         [read](const Ssh::CommandResult &r) {
             read->other += parseTrueNasOtherTasks(r.stdOut, OtherTask::Kind::CloudSync);
         },
         false},
        {{u"midclt"_s, u"call"_s, u"replication.query"_s},
         [read](const Ssh::CommandResult &r) {
             read->other += parseTrueNasOtherTasks(r.stdOut, OtherTask::Kind::Replication);
         },
         false},
    };
    read->pending += int(queries.size());
    for (const Query &q : queries) {
        whenDone(m_connection->run(command(q.argv)), this, [this, read, q](const Result<Ssh::CommandResult> &r) {
            if (r && r->succeeded())
                q.take(*r);
            else if (q.required && !read->error)
                read->error = r ? r->toError(u"midclt"_s) : r.error();
            settle(read);
        });
    }
}

void ScrubScheduleStore::readPlain(const std::shared_ptr<Read> &read)
{
    struct Query
    {
        QStringList argv;
        std::function<void(const Ssh::CommandResult &)> take;
    };
    const PlainLinuxPaths paths = m_paths;
    const QList<Query> queries = {
        {{u"cat"_s, paths.path(paths.zfsutilsCron)},
         [read, paths](const Ssh::CommandResult &r) {
             read->schedules += parseCronFile(paths.zfsutilsCron, r.stdOut);
         }},
        {{u"cat"_s, paths.path(paths.ownCron)},
         [read, paths](const Ssh::CommandResult &r) { read->schedules += parseCronFile(paths.ownCron, r.stdOut); }},
        {{u"ls"_s, u"-1"_s, paths.path(paths.timerWants)},
         [read, paths](const Ssh::CommandResult &r) {
             read->schedules += parseScrubTimers(paths.timerWants, r.stdOut);
         }},
        {{u"cat"_s, u"/etc/timezone"_s},
         [read](const Ssh::CommandResult &r) {
             const QTimeZone zone = parseTimeZone(r.stdOut);
             if (zone.isValid())
                 read->zone = zone;
         }},
    };
    read->pending += int(queries.size());
    for (const Query &q : queries) {
        whenDone(m_connection->run(command(q.argv)), this, [this, read, q](const Result<Ssh::CommandResult> &r) {
            // A missing file or folder is "no schedule there", not an error.
            if (r && r->succeeded())
                q.take(*r);
            if (!r && r.error().code() != Error::Code::Remote && !read->error)
                read->error = r.error();
            settle(read);
        });
    }
}

void ScrubScheduleStore::finishRead(const std::shared_ptr<Read> &read)
{
    read->readDone = true;
    if (read->idPending)
        return; // finished when `id -u` answers, so a write right after the refresh knows about sudo
    if (m_reading == read)
        m_reading.reset();
    if (read->error) {
        m_lastError = read->error->withContext(u"reading scrub schedules"_s);
        setState(State::Failed);
        Q_EMIT failed(m_lastError);
        read->promise->addResult(m_lastError);
        read->promise->finish();
        return;
    }
    // Stable order: by pool, then source.
    std::stable_sort(read->schedules.begin(), read->schedules.end(),
                     [](const ScrubSchedule &a, const ScrubSchedule &b) { return a.pool < b.pool; });
    Q_EMIT aboutToUpdate();
    m_trueNas = read->trueNas;
    m_schedules = read->schedules;
    m_otherTasks = read->other;
    m_poolIds = read->poolIds;
    m_zone = read->zone;
    m_lastError = {};
    setState(State::Ready);
    Q_EMIT updated();
    read->promise->addResult(Result<void>());
    read->promise->finish();
}

QJsonObject ScrubScheduleStore::scheduleJson(const CronSchedule &cron)
{
    return QJsonObject{{u"minute"_s, cron.field(0)},
                       {u"hour"_s, cron.field(1)},
                       {u"dom"_s, cron.field(2)},
                       {u"month"_s, cron.field(3)},
                       {u"dow"_s, cron.field(4)}};
}

QByteArray ScrubScheduleStore::cronFileText(const QList<ScrubSchedule> &schedules, const PlainLinuxPaths &paths)
{
    QByteArray out = "# Scrub schedules written by KryNet Control. Edit them in its Scrub schedule panel.\n"
                     "PATH=/usr/bin:/bin:/usr/sbin:/sbin\n";
    for (const ScrubSchedule &s : schedules) {
        if (s.source != ScheduleSource::CronFile || s.origin.section(u':', 0, 0) != paths.ownCron || s.pool.isEmpty())
            continue;
        if (!s.description.isEmpty())
            out += "# " + s.description.simplified().toUtf8() + '\n';
        // Debian's cron has no D#n: write the week's day range and test the weekday in the shell, as zfsutils
        // does (parseCronFile reads it back as D#n).
        QString timing = s.cron.expression();
        QByteArray guard;
        static const QRegularExpression nth(u"^([0-7])#([1-5])$"_s);
        if (const auto m = nth.match(s.cron.field(4)); m.hasMatch() && s.cron.field(2) == u"*"_s) {
            const int n = m.captured(2).toInt();
            timing = u"%1 %2 %3-%4 %5 *"_s.arg(s.cron.field(0), s.cron.field(1))
                         .arg(7 * n - 6)
                         .arg(7 * n)
                         .arg(s.cron.field(3));
            guard = "[ \"$(date +\\%w)\" -eq " + QByteArray::number(m.captured(1).toInt() % 7) + " ] && ";
        }
        out += (s.enabled ? QByteArray() : QByteArray("#disabled# ")) + timing.toUtf8() + " root " + guard +
               paths.zpool.toUtf8() + " scrub " + Ssh::RemoteCommand::quote(s.pool).toUtf8() + '\n';
    }
    return out;
}

QList<ScheduleChange> ScrubScheduleStore::changesTo(const QList<ScrubSchedule> &wanted) const
{
    QList<ScheduleChange> out;
    const auto find = [](const QList<ScrubSchedule> &list, const QString &pool,
                         std::optional<ScheduleSource> source = std::nullopt) -> const ScrubSchedule * {
        for (const ScrubSchedule &s : list) {
            if (s.pool == pool && (!source || s.source == *source))
                return &s;
        }
        return nullptr;
    };
    if (m_trueNas) {
        for (const ScrubSchedule &w : wanted) {
            const ScrubSchedule *cur = find(m_schedules, w.pool);
            ScheduleChange c;
            c.pool = w.pool;
            if (!cur) {
                QJsonObject data{{u"pool"_s, w.poolId ? w.poolId : m_poolIds.value(w.pool)},
                                 {u"threshold"_s, w.thresholdDays},
                                 {u"description"_s, w.description},
                                 {u"schedule"_s, scheduleJson(w.cron)},
                                 {u"enabled"_s, w.enabled}};
                c.kind = ScheduleChange::Kind::Create;
                c.payload = data;
                c.command = command({u"midclt"_s, u"call"_s, u"pool.scrub.create"_s, compactJson(data)});
                c.description = tr("Create a scrub task for %1: %2, threshold %3 days%4")
                                    .arg(w.pool, w.cron.expression())
                                    .arg(w.thresholdDays)
                                    .arg(w.enabled ? QString() : tr(", disabled"));
                out.append(c);
                continue;
            }
            if (sameSchedule(*cur, w))
                continue;
            QJsonObject data;
            QStringList what;
            if (!(cur->cron == w.cron)) {
                data.insert(u"schedule"_s, scheduleJson(w.cron));
                what << tr("schedule %1 → %2").arg(cur->cron.expression(), w.cron.expression());
            }
            if (cur->thresholdDays != w.thresholdDays) {
                data.insert(u"threshold"_s, w.thresholdDays);
                what << tr("threshold %1 → %2 days").arg(cur->thresholdDays).arg(w.thresholdDays);
            }
            if (cur->description != w.description) {
                data.insert(u"description"_s, w.description);
                what << tr("description \"%1\"").arg(w.description);
            }
            if (cur->enabled != w.enabled) {
                data.insert(u"enabled"_s, w.enabled);
                what << (w.enabled ? tr("enable") : tr("disable"));
            }
            c.kind = ScheduleChange::Kind::Update;
            c.payload = data;
            c.command =
                command({u"midclt"_s, u"call"_s, u"pool.scrub.update"_s, QString::number(cur->id), compactJson(data)});
            c.description = tr("Update the scrub task of %1: %2").arg(w.pool, what.join(u", "_s));
            out.append(c);
        }
        for (const ScrubSchedule &cur : m_schedules) {
            if (find(wanted, cur.pool))
                continue;
            ScheduleChange c;
            c.kind = ScheduleChange::Kind::Delete;
            c.pool = cur.pool;
            c.command = command({u"midclt"_s, u"call"_s, u"pool.scrub.delete"_s, QString::number(cur.id)});
            c.description = tr("Delete the scrub task of %1 (%2)").arg(cur.pool, cur.cron.expression());
            out.append(c);
        }
        return out;
    }

    // Plain Linux: timers are switched on and off; any other schedule goes into the app's cron file.
    const auto systemctl = [this](const QString &verb, const QString &unit) {
        QStringList argv{u"systemctl"_s};
        if (!m_paths.root.isEmpty())
            argv << u"--root=%1"_s.arg(m_paths.root);
        argv << verb;
        if (m_paths.root.isEmpty())
            argv << u"--now"_s;
        argv << unit;
        return writeCommand(argv);
    };
    QList<ScrubSchedule> ownCron;
    for (const ScrubSchedule &w : wanted) {
        const ScrubSchedule *curTimer = find(m_schedules, w.pool, ScheduleSource::SystemdTimer);
        if (w.source == ScheduleSource::SystemdTimer) {
            if (!curTimer && w.enabled) {
                const QString unit = u"zfs-scrub-%1@%2.timer"_s.arg(w.timerKind, systemdEscape(w.pool));
                out.append({ScheduleChange::Kind::EnableTimer,
                            w.pool,
                            tr("Enable %1").arg(unit),
                            systemctl(u"enable"_s, unit),
                            true,
                            {}});
            }
        } else if (w.source == ScheduleSource::CronFile && w.origin.section(u':', 0, 0) == m_paths.ownCron) {
            ownCron.append(w);
        }
    }
    for (const ScrubSchedule &cur : m_schedules) {
        if (cur.source != ScheduleSource::SystemdTimer)
            continue;
        const ScrubSchedule *w = find(wanted, cur.pool, ScheduleSource::SystemdTimer);
        if (!w || !w->enabled) {
            const QString unit = u"zfs-scrub-%1@%2.timer"_s.arg(cur.timerKind, systemdEscape(cur.pool));
            out.append({ScheduleChange::Kind::DisableTimer,
                        cur.pool,
                        tr("Disable %1").arg(unit),
                        systemctl(u"disable"_s, unit),
                        true,
                        {}});
        }
    }
    QList<ScrubSchedule> currentOwn;
    for (const ScrubSchedule &cur : m_schedules) {
        if (cur.source == ScheduleSource::CronFile && cur.origin.section(u':', 0, 0) == m_paths.ownCron)
            currentOwn.append(cur);
    }
    const QByteArray before = cronFileText(currentOwn, m_paths);
    const QByteArray after = cronFileText(ownCron, m_paths);
    if (before != after) {
        QStringList pools;
        for (const ScrubSchedule &s : std::as_const(ownCron))
            pools << u"%1 (%2)"_s.arg(s.pool, s.cron.expression());
        const QString target = m_paths.path(m_paths.ownCron);
        // The file's text and path are separate argv elements: sh receives them as $1 and $2, never parsed.
        ScheduleChange c{
            ScheduleChange::Kind::WriteCron,
            {},
            pools.isEmpty() ? tr("Write %1 with no scrub lines").arg(m_paths.ownCron)
                            : tr("Write %1: %2").arg(m_paths.ownCron, pools.join(u", "_s)),
            writeCommand({u"sh"_s, u"-c"_s, u"printf '%s' \"$1\" > \"$2.tmp\" && mv -f \"$2.tmp\" \"$2\""_s, u"sh"_s,
                          QString::fromUtf8(after), target}),
            true,
            {}};
        out.append(c);
    }
    return out;
}

QFuture<Result<void>> ScrubScheduleStore::apply(const QList<ScheduleChange> &changes, bool consent)
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    const bool needsConsent =
        std::any_of(changes.cbegin(), changes.cend(), [](const ScheduleChange &c) { return c.needsConsent; });
    if (!m_connection || m_busy || (needsConsent && !consent)) {
        promise->addResult(Error(Error::Code::Config,
                                 !m_connection ? tr("No SSH connection for this profile.")
                                 : m_busy      ? tr("Another schedule change is still being applied.")
                                               : tr("Writing the host's cron or timer files needs your consent."),
                                 {}));
        promise->finish();
        return future;
    }
    m_beforeApply = m_schedules;
    setBusy(true);
    runNext(std::make_shared<QList<ScheduleChange>>(changes), 0, promise);
    return future;
}

void ScrubScheduleStore::runNext(const std::shared_ptr<QList<ScheduleChange>> &changes, int index,
                                 const std::shared_ptr<QPromise<Result<void>>> &promise)
{
    const auto done = [this, promise](Result<void> outcome, bool anySent) {
        if (anySent && m_beforeApply)
            m_undoTarget = m_beforeApply;
        m_beforeApply.reset();
        // Re-read whatever happened: the server's state is the truth.
        whenDone(refresh(), this, [this, promise, outcome](const Result<void> &) {
            setBusy(false);
            promise->addResult(outcome);
            promise->finish();
        });
    };
    if (index >= changes->size()) {
        done(Result<void>(), index > 0);
        return;
    }
    const ScheduleChange change = changes->at(index);
    const quint64 logId =
        m_actions
            ? m_actions->begin(m_profileName, tr("pool %1").arg(change.pool.isEmpty() ? tr("(all)") : change.pool),
                               change.description)
            : 0;
    whenDone(m_connection->run(change.command), this,
             [this, changes, index, promise, change, logId, done](const Result<Ssh::CommandResult> &r) {
                 std::optional<Error> error;
                 if (!r)
                     error = r.error();
                 else if (!r->succeeded())
                     error = r->toError(change.command.argv().constFirst());
                 if (error) {
                     // The server's own words first: "[EINVAL] pool_scrub_create.pool: …".
                     Error e(error->code(), tr("%1 failed: %2").arg(change.description, error->detail()),
                             error->message());
                     if (error->exitCode())
                         e = e.withExitCode(*error->exitCode());
                     if (m_actions)
                         m_actions->fail(logId, e);
                     done(e, index > 0);
                     return;
                 }
                 if (m_actions)
                     m_actions->succeed(logId, QString::fromUtf8(r->stdOut).trimmed());
                 runNext(changes, index + 1, promise);
             });
}

QList<ScheduleChange> ScrubScheduleStore::undoChanges() const
{
    if (!m_undoTarget)
        return {};
    return changesTo(*m_undoTarget);
}

QFuture<Result<void>> ScrubScheduleStore::undo(bool consent)
{
    const QList<ScheduleChange> changes = undoChanges();
    auto future = apply(changes, consent);
    return future;
}

} // namespace KryNet::Zfs
