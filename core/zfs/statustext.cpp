// `zpool status` text of both generations (OpenZFS 2.x and zfs-fuse / pool v23).
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/zfs/parsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

namespace
{

constexpr int MaxDepthLevels = 32;

Error parseError(const QString &detail)
{
    return Error(Error::Code::Parse,
                 QCoreApplication::translate("KryNet::Zfs::Words",
                                             "The pool status could not be read: the output is not what zpool "
                                             "prints. Copy the raw output for support."),
                 detail);
}

/// One config table row before the tree is built.
struct Row
{
    int depth = 0;
    Vdev vdev;
    int line = 0;
};

QDateTime parseDate(QString text, const TextOptions &options)
{
    // ctime() format: "Sun Nov 23 02:37:46 2025", single-digit days padded with a space.
    text = text.simplified();
    const QDateTime local = QLocale::c().toDateTime(text, u"ddd MMM d HH:mm:ss yyyy"_s);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), QTimeZone(options.utcOffsetSeconds));
}

/// "02:13:45", "1 days 03:04:05" (OpenZFS) or "0h0m", "1h23m" (zfs-fuse) → seconds.
std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression modern(u"^(?:(\\d+) days? )?(\\d+):(\\d{2}):(\\d{2})$"_s);
    static const QRegularExpression legacy(u"^(\\d+)h(\\d+)m$"_s);
    const QString t = text.trimmed();
    if (const auto m = modern.match(t); m.hasMatch())
        return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 +
               m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
    if (const auto m = legacy.match(t); m.hasMatch())
        return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60;
    return std::nullopt;
}

ScanStatus::Function functionOf(QStringView word)
{
    if (word == u"scrub" || word == u"thorough scrub")
        return ScanStatus::Function::Scrub;
    if (word.startsWith(u"resilver"))
        return ScanStatus::Function::Resilver;
    if (word == u"error scrub")
        return ScanStatus::Function::ErrorScrub;
    return ScanStatus::Function::Unknown;
}

/// Progress lines of a running/paused OpenZFS scan.
void parseProgress(const QString &line, ScanStatus &scan)
{
    // "1.45T / 2.00T scanned at 512M/s, 1.10T / 2.00T issued at 400M/s"
    // "1.45T scanned at 512M/s, 1.10T issued at 400M/s, 2.00T total" (OpenZFS 0.8-2.1)
    static const QRegularExpression scanned(
        u"([\\d.]+[BKMGTPEZ]?)(?: / ([\\d.]+[BKMGTPEZ]?))? scanned(?: at ([\\d.]+[BKMGTPEZ]?/s))?"_s);
    static const QRegularExpression issued(
        u"([\\d.]+[BKMGTPEZ]?)(?: / ([\\d.]+[BKMGTPEZ]?))? issued(?: at ([\\d.]+[BKMGTPEZ]?/s))?"_s);
    static const QRegularExpression total(u"([\\d.]+[BKMGTPEZ]?) total"_s);
    static const QRegularExpression repaired(u"([\\d.]+[BKMGTPEZ]?) (?:repaired|resilvered)"_s);
    static const QRegularExpression percent(u"([\\d.]+)% done"_s);
    static const QRegularExpression togo(u"((?:\\d+ days? )?\\d+:\\d{2}:\\d{2}|\\d+h\\d+m) to go"_s);
    if (const auto m = scanned.match(line); m.hasMatch()) {
        scan.scannedBytes = parseSize(m.capturedView(1));
        if (m.hasCaptured(2) && !m.capturedView(2).isEmpty())
            scan.totalBytes = parseSize(m.capturedView(2));
        if (m.hasCaptured(3) && !m.capturedView(3).isEmpty())
            scan.scanRate = parseRate(m.capturedView(3));
    }
    if (const auto m = issued.match(line); m.hasMatch()) {
        scan.issuedBytes = parseSize(m.capturedView(1));
        if (m.hasCaptured(2) && !m.capturedView(2).isEmpty())
            scan.totalBytes = parseSize(m.capturedView(2));
        if (m.hasCaptured(3) && !m.capturedView(3).isEmpty())
            scan.issueRate = parseRate(m.capturedView(3));
    }
    if (const auto m = total.match(line); m.hasMatch())
        scan.totalBytes = parseSize(m.capturedView(1));
    if (const auto m = repaired.match(line); m.hasMatch())
        scan.repairedBytes = parseSize(m.capturedView(1));
    if (const auto m = percent.match(line); m.hasMatch()) {
        bool ok = false;
        const double p = m.captured(1).toDouble(&ok);
        if (ok && p >= 0 && p <= 100)
            scan.percentDone = p;
    }
    if (const auto m = togo.match(line); m.hasMatch())
        scan.secondsToGo = parseDuration(m.captured(1));
}

} // namespace

ScanStatus parseScanText(const QString &text, const TextOptions &options)
{
    ScanStatus scan;
    scan.raw = text;
    const QStringList lines = text.split(u'\n');
    const QString first = lines.value(0).trimmed();
    const QString datePattern = u"(\\w{3} \\w{3} +\\d+ \\d{2}:\\d{2}:\\d{2} \\d{4})"_s;
    const QString fn = u"(thorough scrub|error scrub|scrub|resilver(?: \\([^)]*\\))?)"_s;

    static const QRegularExpression none(u"^none requested$"_s);
    static const QRegularExpression repaired(
        uR"(^(thorough scrub|scrub) repaired (\S+) in (.+?) with (\d+) errors on (.+)$)"_s);
    static const QRegularExpression resilvered(
        uR"(^resilvered(?: \([^)]*\))? (\S+) in (.+?) with (\d+) errors on (.+)$)"_s);
    static const QRegularExpression errorScrubbed(uR"(^scrubbed (\d+) error blocks in (.+?) on (.+)$)"_s);
    static const QRegularExpression canceled(u"^"_s + fn + u" canceled on (.+)$"_s);
    static const QRegularExpression inProgress(u"^"_s + fn + u" in progress since (.+)$"_s);
    static const QRegularExpression paused(u"^"_s + fn + u" paused since (.+)$"_s);
    // zfs-fuse / pool v23
    static const QRegularExpression legacyProgress(
        uR"(^(scrub|resilver) in progress for (\S+), ([\d.]+)% done, (\S+) to go$)"_s);
    static const QRegularExpression legacyDone(
        uR"(^(scrub|resilver) (completed|stopped) after (\S+) with (\d+) errors on (.+)$)"_s);
    Q_UNUSED(datePattern)

    if (none.match(first).hasMatch()) {
        scan.function = ScanStatus::Function::None;
        scan.state = ScanStatus::State::None;
        return scan;
    }
    if (const auto m = repaired.match(first); m.hasMatch()) {
        scan.function = ScanStatus::Function::Scrub;
        scan.state = ScanStatus::State::Finished;
        scan.repairedBytes = parseSize(m.capturedView(2));
        scan.durationSeconds = parseDuration(m.captured(3));
        scan.errors = m.captured(4).toULongLong();
        scan.endTime = parseDate(m.captured(5), options);
        if (scan.endTime.isValid() && scan.durationSeconds)
            scan.startTime = scan.endTime.addSecs(-*scan.durationSeconds);
        scan.percentDone = 100.0;
        return scan;
    }
    if (const auto m = resilvered.match(first); m.hasMatch()) {
        scan.function = ScanStatus::Function::Resilver;
        scan.state = ScanStatus::State::Finished;
        scan.repairedBytes = parseSize(m.capturedView(1));
        scan.durationSeconds = parseDuration(m.captured(2));
        scan.errors = m.captured(3).toULongLong();
        scan.endTime = parseDate(m.captured(4), options);
        if (scan.endTime.isValid() && scan.durationSeconds)
            scan.startTime = scan.endTime.addSecs(-*scan.durationSeconds);
        scan.percentDone = 100.0;
        return scan;
    }
    if (const auto m = errorScrubbed.match(first); m.hasMatch()) {
        scan.function = ScanStatus::Function::ErrorScrub;
        scan.state = ScanStatus::State::Finished;
        scan.durationSeconds = parseDuration(m.captured(2));
        scan.endTime = parseDate(m.captured(3), options);
        return scan;
    }
    if (const auto m = canceled.match(first); m.hasMatch()) {
        scan.function = functionOf(m.capturedView(1));
        scan.state = ScanStatus::State::Canceled;
        scan.endTime = parseDate(m.captured(2), options);
        return scan;
    }
    if (const auto m = inProgress.match(first); m.hasMatch()) {
        scan.function = functionOf(m.capturedView(1));
        scan.state = ScanStatus::State::InProgress;
        scan.startTime = parseDate(m.captured(2), options);
        for (qsizetype i = 1; i < lines.size(); ++i)
            parseProgress(lines.at(i), scan);
        return scan;
    }
    if (const auto m = paused.match(first); m.hasMatch()) {
        scan.function = functionOf(m.capturedView(1));
        scan.state = ScanStatus::State::Paused;
        scan.pausedTime = parseDate(m.captured(2), options);
        static const QRegularExpression started(uR"(started on (.+)$)"_s);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (const auto s = started.match(lines.at(i).trimmed()); s.hasMatch())
                scan.startTime = parseDate(s.captured(1), options);
            else
                parseProgress(lines.at(i), scan);
        }
        return scan;
    }
    if (const auto m = legacyProgress.match(first); m.hasMatch()) {
        scan.function = functionOf(m.capturedView(1));
        scan.state = ScanStatus::State::InProgress;
        const auto elapsed = parseDuration(m.captured(2));
        scan.durationSeconds = elapsed;
        scan.percentDone = m.captured(3).toDouble();
        scan.secondsToGo = parseDuration(m.captured(4));
        return scan;
    }
    if (const auto m = legacyDone.match(first); m.hasMatch()) {
        scan.function = functionOf(m.capturedView(1));
        scan.state = m.captured(2) == u"completed"_s ? ScanStatus::State::Finished : ScanStatus::State::Canceled;
        scan.durationSeconds = parseDuration(m.captured(3));
        scan.errors = m.captured(4).toULongLong();
        scan.endTime = parseDate(m.captured(5), options);
        if (scan.endTime.isValid() && scan.durationSeconds)
            scan.startTime = scan.endTime.addSecs(-*scan.durationSeconds);
        if (scan.state == ScanStatus::State::Finished)
            scan.percentDone = 100.0;
        return scan;
    }
    scan.function = ScanStatus::Function::Unknown;
    scan.state = ScanStatus::State::Unknown;
    return scan;
}

namespace
{

VdevType typeOfName(const QString &name, int depth, int *parity)
{
    static const QRegularExpression grouping(
        u"^(mirror|raidz(\\d)?|draid(\\d)?(?::[^-]*)?|spare|replacing|indirect)-\\d+$"_s);
    if (depth == 0)
        return VdevType::Root;
    if (const auto m = grouping.match(name); m.hasMatch()) {
        const QString kind = m.captured(1);
        if (kind == u"mirror"_s)
            return VdevType::Mirror;
        if (kind.startsWith(u"raidz"_s)) {
            *parity = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            return VdevType::Raidz;
        }
        if (kind.startsWith(u"draid"_s)) {
            *parity = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
            return VdevType::Draid;
        }
        if (kind == u"spare"_s)
            return VdevType::Spare;
        if (kind == u"replacing"_s)
            return VdevType::Replacing;
        return VdevType::Indirect;
    }
    if (name.startsWith(u'/') && !name.startsWith(u"/dev/"_s))
        return VdevType::File;
    return VdevType::Disk;
}

std::optional<VdevClass> groupClass(const QString &word)
{
    if (word == u"logs"_s)
        return VdevClass::Log;
    if (word == u"cache"_s)
        return VdevClass::Cache;
    if (word == u"spares"_s)
        return VdevClass::Spare;
    if (word == u"special"_s)
        return VdevClass::Special;
    if (word == u"dedup"_s)
        return VdevClass::Dedup;
    return std::nullopt;
}

/// The suffix after the counters: "was /dev/x", "46.5M repaired", "(resilvering)", "(100% trimmed…)".
void applyNote(Vdev &v, const QString &note)
{
    v.note = note;
    static const QRegularExpression was(u"(?:^|\\s)was (\\S.*)$"_s);
    static const QRegularExpression repaired(u"(?:^|\\s)([\\d.]+[BKMGTPEZ]?) repaired"_s);
    static const QRegularExpression resilvered(u"(?:^|\\s)([\\d.]+[BKMGTPEZ]?) resilvered"_s);
    static const QRegularExpression trim(u"\\(([^)]*trim[^)]*)\\)"_s);
    if (const auto m = was.match(note); m.hasMatch())
        v.was = m.captured(1).trimmed();
    if (const auto m = repaired.match(note); m.hasMatch())
        v.repairedBytes = parseSize(m.capturedView(1));
    if (const auto m = resilvered.match(note); m.hasMatch())
        v.resilveredBytes = parseSize(m.capturedView(1));
    if (const auto m = trim.match(note); m.hasMatch())
        v.trim = m.captured(1);
}

/// Parses one config row (the leading TAB already removed). @p stateColumn is where the header's
/// STATE starts (after its TAB), used so a name containing spaces still parses.
Result<Row> parseRow(const QString &line, qsizetype stateColumn, int lineNo)
{
    Row row;
    row.line = lineNo;
    qsizetype depth = 0;
    while (depth < line.size() && line.at(depth) == u' ')
        ++depth;
    if (depth >= line.size())
        return parseError(u"line %1: empty config row"_s.arg(lineNo));
    row.depth = int(depth);

    QString name;
    QString rest;
    // Preferred: the header's STATE column (names may contain single spaces).
    if (stateColumn > depth && stateColumn < line.size() && line.at(stateColumn - 1) == u' ' &&
        line.at(stateColumn) != u' ') {
        const QString candidate = line.mid(stateColumn).section(u' ', 0, 0, QString::SectionSkipEmpty);
        if (Words::parseState(candidate)) {
            name = line.mid(depth, stateColumn - depth).trimmed();
            rest = line.mid(stateColumn);
        }
    }
    if (name.isEmpty()) {
        const qsizetype end = line.indexOf(u' ', depth);
        name = end < 0 ? line.mid(depth) : line.mid(depth, end - depth);
        rest = end < 0 ? QString() : line.mid(end);
    }
    name = name.trimmed();
    row.vdev.name = name;
    const QStringList fields = rest.split(u' ', Qt::SkipEmptyParts);
    if (fields.isEmpty()) {
        // A class heading ("logs", "cache", "spares"…) has no state.
        const auto cls = groupClass(name);
        if (!cls)
            return parseError(u"line %1: config row \"%2\" has no state"_s.arg(lineNo).arg(name.left(80)));
        row.vdev.type = VdevType::Group;
        row.vdev.vdevClass = *cls;
        return row;
    }
    const auto state = Words::parseState(fields.at(0));
    if (!state)
        return parseError(u"line %1: unknown state \"%2\""_s.arg(lineNo).arg(fields.at(0).left(40)));
    row.vdev.state = state;
    int parity = 0;
    row.vdev.type = typeOfName(name, row.depth, &parity);
    row.vdev.parity = parity;
    if (name.startsWith(u'/'))
        row.vdev.path = name;
    // Counters: three numbers (exact or abbreviated). Spares print none.
    qsizetype used = 1;
    if (fields.size() >= 4) {
        const auto r = parseSize(fields.at(1));
        const auto w = parseSize(fields.at(2));
        const auto c = parseSize(fields.at(3));
        if (r && w && c) {
            row.vdev.readErrors = *r;
            row.vdev.writeErrors = *w;
            row.vdev.checksumErrors = *c;
            row.vdev.hasCounters = true;
            used = 4;
        }
    }
    if (!row.vdev.hasCounters && *state != DeviceState::Avail && *state != DeviceState::InUse && fields.size() > 1) {
        // Allow state-only rows (spares); anything else must be counters.
        const auto maybe = parseSize(fields.at(1));
        if (maybe)
            return parseError(u"line %1: incomplete error counters"_s.arg(lineNo));
    }
    // The note keeps its own spacing: take the text after the used fields.
    if (fields.size() > used) {
        qsizetype pos = 0;
        for (qsizetype i = 0; i < used; ++i) {
            pos = rest.indexOf(fields.at(i), pos);
            pos += fields.at(i).size();
        }
        applyNote(row.vdev, rest.mid(pos).trimmed());
    }
    return row;
}

/// Builds children of rows[i-1] (the parent at @p parentDepth) from rows[i…].
Result<QList<Vdev>> buildChildren(QList<Row> &rows, qsizetype &i, int parentDepth, int level, VdevClass cls)
{
    QList<Vdev> out;
    if (level > MaxDepthLevels)
        return parseError(u"vdev tree nested too deeply"_s);
    int childDepth = -1;
    while (i < rows.size() && rows.at(i).depth > parentDepth) {
        Row &row = rows[i];
        if (childDepth < 0)
            childDepth = row.depth;
        if (row.depth != childDepth)
            return parseError(u"line %1: inconsistent indentation"_s.arg(row.line));
        ++i;
        Vdev v = std::move(row.vdev);
        if (v.type != VdevType::Group)
            v.vdevClass = cls;
        auto children = buildChildren(rows, i, childDepth, level + 1, cls);
        if (!children)
            return children.error();
        v.children = std::move(*children);
        out << std::move(v);
    }
    return out;
}

struct PoolBlock
{
    Pool pool;
    bool hasState = false;
    bool hasConfig = false;
    bool hasErrors = false;
    QString lastKey;
    QString scanText;
    QList<Row> rows;
    qsizetype stateColumn = -1;
    bool inConfig = false;
    bool inPermanent = false;
};

Result<Pool> finishBlock(PoolBlock &b, const TextOptions &options)
{
    if (!b.hasState)
        return parseError(u"pool \"%1\": no state line"_s.arg(b.pool.name.left(80)));
    if (!b.hasConfig || b.rows.isEmpty())
        return parseError(u"pool \"%1\": no config table (truncated?)"_s.arg(b.pool.name.left(80)));
    if (!b.hasErrors)
        return parseError(u"pool \"%1\": no errors line (truncated?)"_s.arg(b.pool.name.left(80)));
    if (b.rows.constFirst().depth != 0)
        return parseError(u"pool \"%1\": the config table does not start with the pool"_s.arg(b.pool.name.left(80)));
    b.pool.scan = parseScanText(b.scanText, options);
    qsizetype i = 1;
    Vdev root = std::move(b.rows.first().vdev);
    root.type = VdevType::Root;
    auto data = buildChildren(b.rows, i, 0, 1, VdevClass::Normal);
    if (!data)
        return data.error();
    root.children = std::move(*data);
    // Class headings are at depth 0 after the pool's own subtree.
    while (i < b.rows.size()) {
        Row &row = b.rows[i];
        if (row.depth != 0 || row.vdev.type != VdevType::Group)
            return parseError(u"line %1: unexpected row \"%2\" at depth %3"_s.arg(row.line)
                                  .arg(row.vdev.name.left(80))
                                  .arg(row.depth));
        ++i;
        Vdev group = std::move(row.vdev);
        auto children = buildChildren(b.rows, i, 0, 1, group.vdevClass);
        if (!children)
            return children.error();
        group.children = std::move(*children);
        root.children << std::move(group);
    }
    if (root.name != b.pool.name)
        return parseError(
            u"pool \"%1\": the config table names \"%2\""_s.arg(b.pool.name.left(80), root.name.left(80)));
    b.pool.root = std::move(root);
    b.pool.status = b.pool.status.trimmed();
    b.pool.action = b.pool.action.trimmed();
    return b.pool;
}

} // namespace

Result<QList<Pool>> parseStatusText(const QByteArray &text, const TextOptions &options)
{
    if (text.size() > MaxInput)
        return parseError(u"output of %1 bytes is over the limit"_s.arg(text.size()));
    const QString all = QString::fromUtf8(text);
    if (all.trimmed().isEmpty())
        return parseError(u"empty output"_s);
    const QStringList lines = all.split(u'\n');
    QList<Pool> pools;
    std::optional<PoolBlock> block;
    static const QRegularExpression header(u"^ *(pool|state|status|action|see|scan|scrub|config|errors|remove|"
                                           u"checkpoint|expand|trim|rebuild): ?(.*)$"_s);
    static const QRegularExpression dataErrors(u"^(\\d+) data errors"_s);
    bool sawLegacyScrub = false;
    bool sawOnlyNotes = true;

    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int lineNo = int(n + 1);
        if (line.contains(QChar(0)))
            return parseError(u"line %1: NUL byte"_s.arg(lineNo));

        if (block && block->inConfig) {
            if (line.trimmed().isEmpty()) {
                if (!block->rows.isEmpty())
                    block->inConfig = false; // the blank line after the table
                continue;
            }
            if (line.startsWith(u'\t')) {
                const QString body = line.mid(1);
                if (block->stateColumn < 0) {
                    if (!body.trimmed().startsWith(u"NAME"_s))
                        return parseError(u"line %1: config table without its header"_s.arg(lineNo));
                    block->stateColumn = body.indexOf(u"STATE"_s);
                    continue;
                }
                qsizetype end = body.size();
                while (end > 0 && body.at(end - 1).isSpace())
                    --end;
                auto row = parseRow(body.left(end), block->stateColumn, lineNo);
                if (!row)
                    return row.error();
                block->rows << std::move(*row);
                continue;
            }
            block->inConfig = false; // fall through: a header line
        }
        if (block && block->inPermanent) {
            if (line.trimmed().isEmpty()) {
                if (!block->pool.permanentErrors.isEmpty())
                    block->inPermanent = false;
                continue;
            }
            if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !line.startsWith(u"  pool: "_s)) {
                block->pool.permanentErrors << line.trimmed();
                continue;
            }
            block->inPermanent = false;
        }

        const auto m = header.match(line);
        if (m.hasMatch()) {
            sawOnlyNotes = false;
            const QString key = m.captured(1);
            const QString value = m.captured(2);
            if (key == u"pool"_s) {
                if (block) {
                    auto pool = finishBlock(*block, options);
                    if (!pool)
                        return pool.error();
                    pools << std::move(*pool);
                }
                block.emplace();
                block->pool.name = value.trimmed();
                if (block->pool.name.isEmpty())
                    return parseError(u"line %1: pool without a name"_s.arg(lineNo));
                continue;
            }
            if (!block)
                return parseError(u"line %1: \"%2:\" before any pool"_s.arg(lineNo).arg(key));
            block->lastKey = key;
            if (key == u"state"_s) {
                const auto state = Words::parseState(value.trimmed());
                if (!state)
                    return parseError(u"line %1: unknown pool state \"%2\""_s.arg(lineNo).arg(value.left(40)));
                block->pool.state = *state;
                block->hasState = true;
            } else if (key == u"status"_s) {
                block->pool.status = value.trimmed();
            } else if (key == u"action"_s) {
                block->pool.action = value.trimmed();
            } else if (key == u"see"_s) {
                block->pool.see = value.trimmed();
            } else if (key == u"scan"_s || key == u"scrub"_s) {
                block->scanText = value.trimmed();
                if (key == u"scrub"_s)
                    sawLegacyScrub = true;
            } else if (key == u"config"_s) {
                block->hasConfig = true;
                block->inConfig = true;
            } else if (key == u"errors"_s) {
                block->hasErrors = true;
                block->pool.errorsText = value.trimmed();
                if (value.startsWith(u"No known data errors"_s)) {
                    block->pool.dataErrors = 0;
                } else if (const auto d = dataErrors.match(value); d.hasMatch()) {
                    block->pool.dataErrors = d.captured(1).toULongLong();
                } else if (value.startsWith(u"Permanent errors"_s)) {
                    block->inPermanent = true;
                }
            }
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (block && line.startsWith(u'\t') && !block->lastKey.isEmpty()) {
            // Continuation of a multi-line header value.
            const QString cont = line.trimmed();
            if (block->lastKey == u"status"_s)
                block->pool.status += u' ' + cont;
            else if (block->lastKey == u"action"_s)
                block->pool.action += u' ' + cont;
            else if (block->lastKey == u"scan"_s || block->lastKey == u"scrub"_s)
                block->scanText += u'\n' + cont;
            continue;
        }
        const QString t = line.trimmed();
        if (!block && (t == u"no pools available"_s || t == u"all pools are healthy"_s ||
                       (t.startsWith(u"pool '"_s) && t.endsWith(u"' is healthy"_s)))) {
            continue;
        }
        return parseError(u"line %1: unexpected text \"%2\""_s.arg(lineNo).arg(t.left(80)));
    }
    if (block) {
        if (block->inConfig && block->rows.isEmpty())
            return parseError(u"pool \"%1\": the output ends inside the config table"_s.arg(block->pool.name.left(80)));
        auto pool = finishBlock(*block, options);
        if (!pool)
            return pool.error();
        pools << std::move(*pool);
    }
    Q_UNUSED(sawOnlyNotes)
    for (Pool &p : pools)
        p.source = sawLegacyScrub ? Source::LegacyText : Source::Text;
    return pools;
}

} // namespace KryNet::Zfs
