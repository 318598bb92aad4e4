// TrueNAS middleware JSON: `midclt call pool.query` and `disk.query` (TRUENAS-NOTES.md).
#include <functional>

#include <QJsonArray>
#include <QTimeZone>

#include "core/zfs/jsonsupport.h"
#include "core/zfs/parsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

namespace
{

QDateTime midDate(const QJsonValue &v)
{
    const auto ms = Json::number(v.toObject().value(u"$date"_s));
    if (!ms || *ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(*ms), Qt::UTC);
}

Result<QJsonArray> rows(const QByteArray &json, const QString &what)
{
    auto doc = Json::parse(json, what);
    if (!doc)
        return doc.error();
    if (doc->isArray())
        return doc->array();
    if (doc->isObject())
        return QJsonArray{doc->object()}; // {"get": true}
    return Json::error(what, u"neither a list nor an object"_s);
}

VdevType midType(const QString &type, int *parity)
{
    if (type == u"MIRROR"_s)
        return VdevType::Mirror;
    if (type.startsWith(u"RAIDZ"_s)) {
        *parity = type.mid(5).toInt();
        if (*parity == 0)
            *parity = 1;
        return VdevType::Raidz;
    }
    if (type == u"DRAID"_s)
        return VdevType::Draid;
    if (type == u"DISK"_s)
        return VdevType::Disk;
    if (type == u"FILE"_s)
        return VdevType::File;
    if (type == u"SPARE"_s)
        return VdevType::Spare;
    if (type == u"REPLACING"_s)
        return VdevType::Replacing;
    return VdevType::Other;
}

Result<Vdev> midVdev(const QJsonObject &o, VdevClass cls, int level)
{
    if (level > 32)
        return Json::error(u"pool.query"_s, u"topology nested too deeply"_s);
    Vdev v;
    v.name = o.value(u"name"_s).toString();
    int parity = 0;
    v.type = midType(o.value(u"type"_s).toString(), &parity);
    v.parity = parity;
    v.vdevClass = cls;
    v.state = Words::parseState(o.value(u"status"_s).toString()).value_or(DeviceState::Unknown);
    v.path = o.value(u"path"_s).toString();
    v.guid = Json::text(o.value(u"guid"_s));
    const QJsonObject stats = o.value(u"stats"_s).toObject();
    v.hasCounters = !stats.isEmpty();
    v.readErrors = Json::number(stats.value(u"read_errors"_s)).value_or(0);
    v.writeErrors = Json::number(stats.value(u"write_errors"_s)).value_or(0);
    v.checksumErrors = Json::number(stats.value(u"checksum_errors"_s)).value_or(0);
    if (const QString disk = o.value(u"disk"_s).toString(); !disk.isEmpty())
        v.note = disk;
    for (const QJsonValue &c : o.value(u"children"_s).toArray()) {
        auto child = midVdev(c.toObject(), cls, level + 1);
        if (!child)
            return child.error();
        v.children << std::move(*child);
    }
    return v;
}

} // namespace

Result<QList<Pool>> parsePoolQuery(const QByteArray &json)
{
    const QString what = u"pool.query"_s;
    auto list = rows(json, what);
    if (!list)
        return list.error();
    QList<Pool> out;
    for (const QJsonValue &value : std::as_const(*list)) {
        if (!value.isObject())
            return Json::error(what, u"a pool row is not an object"_s);
        const QJsonObject o = value.toObject();
        Pool pool;
        pool.source = Source::TrueNas;
        pool.name = o.value(u"name"_s).toString();
        if (pool.name.isEmpty())
            return Json::error(what, u"a pool without a name"_s);
        const auto state = Words::parseState(o.value(u"status"_s).toString());
        if (!state)
            return Json::error(what, u"pool \"%1\": unknown status"_s.arg(pool.name.left(80)));
        pool.state = *state;
        pool.guid = Json::text(o.value(u"guid"_s));
        pool.status = o.value(u"status_detail"_s).toString();
        pool.size = Json::number(o.value(u"size"_s));
        pool.allocated = Json::number(o.value(u"allocated"_s));
        pool.free = Json::number(o.value(u"free"_s));
        if (const auto f = Json::real(o.value(u"fragmentation"_s)))
            pool.fragmentation = int(*f);
        pool.root.name = pool.name;
        pool.root.type = VdevType::Root;
        pool.root.state = pool.state;

        const QJsonObject scan = o.value(u"scan"_s).toObject();
        if (!scan.isEmpty()) {
            ScanStatus &s = pool.scan;
            const QString fn = scan.value(u"function"_s).toString();
            s.function = fn == u"SCRUB"_s      ? ScanStatus::Function::Scrub
                         : fn == u"RESILVER"_s ? ScanStatus::Function::Resilver
                                               : ScanStatus::Function::Unknown;
            const QString st = scan.value(u"state"_s).toString();
            s.startTime = midDate(scan.value(u"start_time"_s));
            s.endTime = midDate(scan.value(u"end_time"_s));
            s.pausedTime = midDate(scan.value(u"pause"_s));
            if (st == u"SCANNING"_s)
                s.state = s.pausedTime.isValid() ? ScanStatus::State::Paused : ScanStatus::State::InProgress;
            else if (st == u"FINISHED"_s)
                s.state = ScanStatus::State::Finished;
            else if (st == u"CANCELED"_s)
                s.state = ScanStatus::State::Canceled;
            else
                s.state = ScanStatus::State::Unknown;
            // bytes_processed / bytes_to_process are swapped by the middleware: use percentage only.
            s.percentDone = Json::real(scan.value(u"percentage"_s));
            s.errors = Json::number(scan.value(u"errors"_s));
            if (const auto left = Json::real(scan.value(u"total_secs_left"_s)))
                s.secondsToGo = qint64(*left);
            if (s.startTime.isValid() && s.endTime.isValid())
                s.durationSeconds = s.startTime.secsTo(s.endTime);
        }

        const QJsonObject topology = o.value(u"topology"_s).toObject();
        const std::pair<const char16_t *, VdevClass> sections[] = {
            {u"data", VdevClass::Normal},  {u"dedup", VdevClass::Dedup}, {u"special", VdevClass::Special},
            {u"log", VdevClass::Log},      {u"cache", VdevClass::Cache}, {u"spare", VdevClass::Spare},
            {u"spares", VdevClass::Spare},
        };
        for (const auto &[key, cls] : sections) {
            const QJsonArray vdevs = topology.value(QString::fromUtf16(key)).toArray();
            if (vdevs.isEmpty())
                continue;
            Vdev group;
            group.type = VdevType::Group;
            group.vdevClass = cls;
            group.name = Words::className(cls);
            for (const QJsonValue &v : vdevs) {
                auto vd = midVdev(v.toObject(), cls, 1);
                if (!vd)
                    return vd.error();
                (cls == VdevClass::Normal ? pool.root.children : group.children) << std::move(*vd);
            }
            if (cls != VdevClass::Normal)
                pool.root.children << std::move(group);
        }
        pool.errorsText = o.value(u"healthy"_s).toBool() ? u"No known data errors"_s : QString();
        out << std::move(pool);
    }
    return out;
}

Result<QHash<QString, QString>> parsePoolQueryDeviceMap(const QByteArray &json)
{
    auto list = rows(json, u"pool.query"_s);
    if (!list)
        return list.error();
    QHash<QString, QString> map;
    std::function<void(const QJsonArray &, int)> walk = [&](const QJsonArray &vdevs, int level) {
        if (level > 32)
            return;
        for (const QJsonValue &v : vdevs) {
            const QJsonObject o = v.toObject();
            const QString disk = o.value(u"disk"_s).toString();
            if (!disk.isEmpty()) {
                map.insert(o.value(u"name"_s).toString(), disk);
                const QString path = o.value(u"path"_s).toString();
                if (!path.isEmpty()) {
                    map.insert(path, disk);
                    map.insert(path.section(u'/', -1), disk);
                }
            }
            walk(o.value(u"children"_s).toArray(), level + 1);
        }
    };
    for (const QJsonValue &p : std::as_const(*list)) {
        const QJsonObject topology = p.toObject().value(u"topology"_s).toObject();
        for (auto it = topology.begin(); it != topology.end(); ++it)
            walk(it.value().toArray(), 0);
    }
    return map;
}

Result<QList<DiskInfo>> parseDiskQuery(const QByteArray &json)
{
    const QString what = u"disk.query"_s;
    auto list = rows(json, what);
    if (!list)
        return list.error();
    QList<DiskInfo> out;
    for (const QJsonValue &value : std::as_const(*list)) {
        if (!value.isObject())
            return Json::error(what, u"a disk row is not an object"_s);
        const QJsonObject o = value.toObject();
        DiskInfo d;
        d.name = o.value(u"name"_s).toString();
        if (d.name.isEmpty())
            d.name = o.value(u"devname"_s).toString();
        if (d.name.isEmpty())
            return Json::error(what, u"a disk without a name"_s);
        d.serial = o.value(u"serial"_s).toString();
        d.model = o.value(u"model"_s).toString();
        d.size = Json::number(o.value(u"size"_s));
        d.type = o.value(u"type"_s).toString();
        d.zfsGuid = Json::text(o.value(u"zfs_guid"_s));
        d.pool = o.value(u"pool"_s).toString();
        if (const auto t = Json::number(o.value(u"temperature"_s)); t && *t < 200)
            d.temperatureC = int(*t);
        out << d;
    }
    return out;
}

} // namespace KryNet::Zfs
