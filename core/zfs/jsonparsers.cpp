// JSON of OpenZFS ≥ 2.3: `zpool status -j` and `zpool list -j` (any number style).
#include <cmath>
#include <functional>

#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include "core/zfs/jsonsupport.h"
#include "core/zfs/parsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

namespace Json
{

std::optional<quint64> number(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < 0 || d >= 1.8e19)
            return std::nullopt;
        return quint64(d);
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty() || s == u"-"_s)
            return std::nullopt;
        return parseSize(s);
    }
    return std::nullopt;
}

std::optional<double> real(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        QString s = value.toString().trimmed();
        if (s.endsWith(u'x') || s.endsWith(u'%'))
            s.chop(1);
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return {};
}

Error error(const QString &what, const QString &detail)
{
    return Error(Error::Code::Parse,
                 QCoreApplication::translate("KryNet::Zfs::Words",
                                             "The %1 output could not be read: it is not the JSON this version "
                                             "understands. Copy the raw output for support.")
                     .arg(what),
                 detail);
}

namespace
{
/// Depth of the deepest nesting, bailing out early: QJsonDocument recurses per level.
bool nestingWithin(const QByteArray &json, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > limit)
                return false;
        } else if (c == '}' || c == ']')
            --depth;
    }
    return true;
}
} // namespace

Result<QJsonDocument> parse(const QByteArray &json, const QString &what)
{
    if (json.size() > MaxInput)
        return error(what, u"output of %1 bytes is over the limit"_s.arg(json.size()));
    if (json.trimmed().isEmpty())
        return error(what, u"empty output"_s);
    if (!nestingWithin(json, 64))
        return error(what, u"JSON nested too deeply"_s);
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return error(what, u"%1 at offset %2"_s.arg(pe.errorString()).arg(pe.offset));
    return doc;
}

} // namespace Json

namespace
{

Result<QJsonObject> envelope(const QByteArray &json, const QString &command)
{
    auto doc = Json::parse(json, command);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Json::error(command, u"top level is not an object"_s);
    const QJsonObject top = doc->object();
    const QJsonObject version = top.value(u"output_version"_s).toObject();
    if (version.isEmpty())
        return Json::error(command, u"no output_version"_s);
    if (version.value(u"command"_s).toString() != command)
        return Json::error(command, u"output of \"%1\", expected \"%2\""_s.arg(
                                        version.value(u"command"_s).toString().left(40), command));
    if (version.value(u"vers_major"_s).toInt(-1) != 0)
        return Json::error(command, u"unsupported output version %1"_s.arg(version.value(u"vers_major"_s).toInt(-1)));
    if (!top.value(u"pools"_s).isObject() && !top.value(u"pools"_s).isUndefined())
        return Json::error(command, u"\"pools\" is not an object"_s);
    return top;
}

VdevType typeOf(const QString &type, const QString &name, int *parity)
{
    if (type == u"root"_s)
        return VdevType::Root;
    if (type == u"mirror"_s)
        return VdevType::Mirror;
    if (type == u"raidz"_s || type == u"draid"_s) {
        // The parity is only in the name: raidz2-0, draid1:2d:4c:1s-0.
        const QString digits = name.mid(5).section(u'-', 0, 0).section(u':', 0, 0);
        bool ok = false;
        const int p = digits.toInt(&ok);
        *parity = ok ? p : 1;
        return type == u"raidz"_s ? VdevType::Raidz : VdevType::Draid;
    }
    if (type == u"spare"_s)
        return VdevType::Spare;
    if (type == u"replacing"_s)
        return VdevType::Replacing;
    if (type == u"disk"_s)
        return VdevType::Disk;
    if (type == u"file"_s)
        return VdevType::File;
    if (type == u"indirect"_s)
        return VdevType::Indirect;
    return VdevType::Other;
}

Result<Vdev> vdevFromJson(const QJsonObject &o, VdevClass cls, int level)
{
    if (level > 32)
        return Json::error(u"zpool status"_s, u"vdev tree nested too deeply"_s);
    Vdev v;
    v.name = o.value(u"name"_s).toString();
    if (v.name.isEmpty())
        return Json::error(u"zpool status"_s, u"a vdev without a name"_s);
    int parity = 0;
    v.type = typeOf(o.value(u"vdev_type"_s).toString(), v.name, &parity);
    v.parity = parity;
    v.vdevClass = cls;
    const QString stateWord = o.value(u"state"_s).toString();
    const auto state = Words::parseState(stateWord);
    if (!state)
        return Json::error(u"zpool status"_s,
                           u"vdev \"%1\": unknown state \"%2\""_s.arg(v.name.left(80), stateWord.left(40)));
    v.state = state;
    v.path = o.value(u"path"_s).toString();
    v.guid = Json::text(o.value(u"guid"_s));
    v.was = o.value(u"was"_s).toString();
    const auto r = Json::number(o.value(u"read_errors"_s));
    const auto w = Json::number(o.value(u"write_errors"_s));
    const auto c = Json::number(o.value(u"checksum_errors"_s));
    v.hasCounters = r || w || c;
    v.readErrors = r.value_or(0);
    v.writeErrors = w.value_or(0);
    v.checksumErrors = c.value_or(0);
    QStringList notes;
    if (!v.was.isEmpty())
        notes << u"was "_s + v.was;
    if (const QString aux = o.value(u"aux"_s).toString(); !aux.isEmpty())
        notes << aux;
    if (o.contains(u"used_by"_s))
        notes << u"in use by pool '%1'"_s.arg(o.value(u"used_by"_s).toString());
    if (o.contains(u"trim_state"_s))
        v.trim = o.value(u"trim_state"_s).toString();
    if (const auto healed = Json::number(o.value(u"self_healed"_s)); healed && *healed > 0)
        v.repairedBytes = healed;
    v.note = notes.join(u", "_s);
    const QJsonValue children = o.value(u"vdevs"_s);
    if (!children.isUndefined()) {
        if (!children.isObject())
            return Json::error(u"zpool status"_s, u"vdev \"%1\": \"vdevs\" is not an object"_s.arg(v.name.left(80)));
        const QJsonObject map = children.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isObject())
                return Json::error(u"zpool status"_s, u"vdev \"%1\" is not an object"_s.arg(it.key().left(80)));
            auto child = vdevFromJson(it.value().toObject(), cls, level + 1);
            if (!child)
                return child.error();
            v.children << std::move(*child);
        }
    }
    return v;
}

ScanStatus scanFromJson(const QJsonObject &s)
{
    ScanStatus scan;
    const QString fn = s.value(u"function"_s).toString();
    const QString st = s.value(u"state"_s).toString();
    if (fn == u"SCRUB"_s)
        scan.function = ScanStatus::Function::Scrub;
    else if (fn == u"RESILVER"_s)
        scan.function = ScanStatus::Function::Resilver;
    else if (fn == u"ERRORSCRUB"_s)
        scan.function = ScanStatus::Function::ErrorScrub;
    else if (fn == u"NONE"_s || fn.isEmpty())
        scan.function = ScanStatus::Function::None;
    else
        scan.function = ScanStatus::Function::Unknown;
    const auto epoch = [&s](const QString &key) -> QDateTime {
        const auto v = Json::number(s.value(key));
        if (!v || *v == 0)
            return {};
        return QDateTime::fromSecsSinceEpoch(qint64(*v), Qt::UTC);
    };
    scan.startTime = epoch(u"start_time"_s);
    scan.endTime = epoch(u"end_time"_s);
    const auto paused = Json::number(s.value(u"scrub_pause"_s));
    if (st == u"SCANNING"_s || st == u"ERRORSCRUBBING"_s)
        scan.state = paused && *paused ? ScanStatus::State::Paused : ScanStatus::State::InProgress;
    else if (st == u"FINISHED"_s)
        scan.state = ScanStatus::State::Finished;
    else if (st == u"CANCELED"_s)
        scan.state = ScanStatus::State::Canceled;
    else if (st == u"NONE"_s || st.isEmpty())
        scan.state = ScanStatus::State::None;
    else
        scan.state = ScanStatus::State::Unknown;
    if (scan.state == ScanStatus::State::Paused)
        scan.pausedTime = epoch(u"scrub_pause"_s);
    const auto toExamine = Json::number(s.value(u"to_examine"_s));
    const auto skipped = Json::number(s.value(u"skipped"_s));
    scan.totalBytes = toExamine;
    scan.scannedBytes = Json::number(s.value(u"examined"_s));
    scan.issuedBytes = Json::number(s.value(u"issued"_s));
    scan.repairedBytes = Json::number(s.value(u"processed"_s));
    scan.errors = Json::number(s.value(u"errors"_s));
    if (scan.startTime.isValid() && scan.endTime.isValid())
        scan.durationSeconds = scan.startTime.secsTo(scan.endTime);
    if (scan.state == ScanStatus::State::Finished) {
        scan.percentDone = 100.0;
    } else if (toExamine && scan.issuedBytes) {
        const quint64 denominator = *toExamine - qMin(*toExamine, skipped.value_or(0));
        if (denominator > 0)
            scan.percentDone = qMin(100.0, 100.0 * double(*scan.issuedBytes) / double(denominator));
    }
    if (scan.state == ScanStatus::State::InProgress) {
        // The current pass, so callers can derive rates and the time to go (fillEstimates()).
        scan.passStart = epoch(u"pass_start"_s);
        scan.passIssuedBytes = Json::number(s.value(u"issued_bytes_per_scan"_s));
        scan.passPausedSeconds = qint64(Json::number(s.value(u"scrub_spent_paused"_s)).value_or(0) / 1000);
    }
    return scan;
}

} // namespace

Result<QList<Pool>> parseStatusJson(const QByteArray &json)
{
    const QString command = u"zpool status"_s;
    auto top = envelope(json, command);
    if (!top)
        return top.error();
    const QJsonObject pools = top->value(u"pools"_s).toObject();
    QList<Pool> out;
    for (auto it = pools.begin(); it != pools.end(); ++it) {
        if (!it.value().isObject())
            return Json::error(command, u"pool \"%1\" is not an object"_s.arg(it.key().left(80)));
        const QJsonObject o = it.value().toObject();
        Pool pool;
        pool.source = Source::Json;
        pool.name = o.value(u"name"_s).toString(it.key());
        const auto state = Words::parseState(o.value(u"state"_s).toString());
        if (!state)
            return Json::error(command, u"pool \"%1\": unknown state"_s.arg(pool.name.left(80)));
        pool.state = *state;
        pool.guid = Json::text(o.value(u"pool_guid"_s));
        if (pool.guid.isEmpty())
            pool.guid = Json::text(o.value(u"guid"_s));
        pool.status = o.value(u"status"_s).toString().simplified();
        pool.action = o.value(u"action"_s).toString().simplified();
        pool.see = o.value(u"moreinfo"_s).toString();
        pool.dataErrors = Json::number(o.value(u"error_count"_s));
        pool.errorsText = pool.dataErrors.value_or(0) == 0
                              ? u"No known data errors"_s
                              : u"%1 data errors, use '-v' for a list"_s.arg(*pool.dataErrors);
        const QJsonValue errors = o.value(u"errors"_s);
        if (errors.isArray()) {
            for (const QJsonValue &e : errors.toArray())
                pool.permanentErrors << (e.isObject() ? e.toObject().value(u"name"_s).toString() : e.toString());
        } else if (errors.isObject()) {
            const QJsonObject map = errors.toObject();
            for (auto e = map.begin(); e != map.end(); ++e)
                pool.permanentErrors << e.key();
        }
        if (!pool.permanentErrors.isEmpty())
            pool.errorsText = u"Permanent errors have been detected in the following files:"_s;
        if (o.value(u"scan_stats"_s).isObject())
            pool.scan = scanFromJson(o.value(u"scan_stats"_s).toObject());

        const QJsonObject vdevs = o.value(u"vdevs"_s).toObject();
        if (vdevs.isEmpty())
            return Json::error(command, u"pool \"%1\": no vdevs"_s.arg(pool.name.left(80)));
        const bool flat = vdevs.size() > 1;
        if (flat) {
            // --json-flat-vdevs: every vdev at one level, children name their parent.
            QHash<QString, Vdev> byName;
            QList<QPair<QString, QString>> order; // name, parent
            for (auto v = vdevs.begin(); v != vdevs.end(); ++v) {
                const QJsonObject vo = v.value().toObject();
                const QString cls = vo.value(u"class"_s).toString();
                VdevClass c = VdevClass::Normal;
                if (cls == u"log"_s)
                    c = VdevClass::Log;
                else if (cls == u"l2cache"_s)
                    c = VdevClass::Cache;
                else if (cls == u"spare"_s)
                    c = VdevClass::Spare;
                else if (cls == u"special"_s)
                    c = VdevClass::Special;
                else if (cls == u"dedup"_s)
                    c = VdevClass::Dedup;
                auto vd = vdevFromJson(vo, c, 0);
                if (!vd)
                    return vd.error();
                order << qMakePair(vd->name, vo.value(u"parent"_s).toString());
                byName.insert(vd->name, std::move(*vd));
            }
            // Attach children bottom-up by processing in reverse insertion order of depth.
            Vdev root;
            bool haveRoot = false;
            std::function<Vdev(const QString &, int)> assemble = [&](const QString &name, int level) -> Vdev {
                Vdev v = byName.value(name);
                if (level > 32)
                    return v;
                for (const auto &[child, parent] : std::as_const(order)) {
                    if (parent == name && child != name)
                        v.children << assemble(child, level + 1);
                }
                return v;
            };
            for (const auto &[name, parent] : std::as_const(order)) {
                if (byName.value(name).type == VdevType::Root) {
                    root = assemble(name, 0);
                    haveRoot = true;
                }
            }
            if (!haveRoot)
                return Json::error(command, u"pool \"%1\": no root vdev"_s.arg(pool.name.left(80)));
            // Top-level class vdevs have no parent; group them under headings.
            QList<Vdev> normal;
            QMap<int, Vdev> groups;
            for (Vdev &child : root.children) {
                if (child.vdevClass == VdevClass::Normal) {
                    normal << child;
                    continue;
                }
                Vdev &g = groups[int(child.vdevClass)];
                g.type = VdevType::Group;
                g.vdevClass = child.vdevClass;
                g.name = Words::className(child.vdevClass);
                g.children << child;
            }
            for (const auto &[name, parent] : std::as_const(order)) {
                const Vdev &v = byName[name];
                if (parent.isEmpty() && v.type != VdevType::Root && v.vdevClass != VdevClass::Normal) {
                    Vdev &g = groups[int(v.vdevClass)];
                    g.type = VdevType::Group;
                    g.vdevClass = v.vdevClass;
                    g.name = Words::className(v.vdevClass);
                    g.children << assemble(name, 1);
                }
            }
            root.children = normal;
            for (const Vdev &g : std::as_const(groups))
                root.children << g;
            pool.root = std::move(root);
        } else {
            auto root = vdevFromJson(vdevs.begin().value().toObject(), VdevClass::Normal, 0);
            if (!root)
                return root.error();
            root->type = VdevType::Root;
            const std::pair<const char16_t *, VdevClass> classes[] = {
                {u"dedup", VdevClass::Dedup},   {u"special", VdevClass::Special}, {u"logs", VdevClass::Log},
                {u"l2cache", VdevClass::Cache}, {u"spares", VdevClass::Spare},
            };
            for (const auto &[key, cls] : classes) {
                const QJsonValue section = o.value(QString::fromUtf16(key));
                if (!section.isObject())
                    continue;
                Vdev group;
                group.type = VdevType::Group;
                group.vdevClass = cls;
                group.name = Words::className(cls);
                const QJsonObject map = section.toObject();
                for (auto v = map.begin(); v != map.end(); ++v) {
                    auto child = vdevFromJson(v.value().toObject(), cls, 1);
                    if (!child)
                        return child.error();
                    group.children << std::move(*child);
                }
                root->children << std::move(group);
            }
            pool.root = std::move(*root);
        }
        pool.root.name = pool.name;
        pool.root.type = VdevType::Root;
        out << std::move(pool);
    }
    std::sort(out.begin(), out.end(), [](const Pool &a, const Pool &b) { return a.name < b.name; });
    return out;
}

Result<QList<PoolListEntry>> parseListJson(const QByteArray &json)
{
    const QString command = u"zpool list"_s;
    auto top = envelope(json, command);
    if (!top)
        return top.error();
    const QJsonObject pools = top->value(u"pools"_s).toObject();
    QList<PoolListEntry> out;
    for (auto it = pools.begin(); it != pools.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QJsonObject props = o.value(u"properties"_s).toObject();
        if (!it.value().isObject() || props.isEmpty())
            return Json::error(command, u"pool \"%1\" has no properties"_s.arg(it.key().left(80)));
        const auto value = [&props](const QString &key) { return props.value(key).toObject().value(u"value"_s); };
        PoolListEntry e;
        e.name = o.value(u"name"_s).toString(it.key());
        e.size = Json::number(value(u"size"_s));
        e.allocated = Json::number(value(u"allocated"_s));
        e.free = Json::number(value(u"free"_s));
        if (const auto f = Json::real(value(u"fragmentation"_s)))
            e.fragmentation = int(*f);
        if (const auto c = Json::real(value(u"capacity"_s)))
            e.capacity = int(*c);
        e.dedupRatio = Json::real(value(u"dedupratio"_s));
        QString health = value(u"health"_s).toString();
        if (health.isEmpty())
            health = o.value(u"state"_s).toString();
        e.health = Words::parseState(health).value_or(DeviceState::Unknown);
        out << e;
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

} // namespace KryNet::Zfs
