// `smartctl -j -a` (smartmontools ≥ 7.0 JSON), ATA, NVMe and SCSI.
#include <QJsonArray>

#include "core/zfs/jsonsupport.h"
#include "core/zfs/parsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

Result<SmartInfo> parseSmartctlJson(const QByteArray &json)
{
    const QString what = u"smartctl"_s;
    auto doc = Json::parse(json, what);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Json::error(what, u"top level is not an object"_s);
    const QJsonObject o = doc->object();
    if (!o.value(u"smartctl"_s).isObject() && !o.value(u"json_format_version"_s).isArray())
        return Json::error(what, u"not smartctl JSON (no \"smartctl\" object)"_s);

    SmartInfo s;
    const QJsonObject device = o.value(u"device"_s).toObject();
    s.device = device.value(u"name"_s).toString();
    s.model = o.value(u"model_name"_s).toString();
    if (s.model.isEmpty())
        s.model =
            QString(o.value(u"scsi_vendor"_s).toString() + u' ' + o.value(u"scsi_product"_s).toString()).trimmed();
    s.serial = o.value(u"serial_number"_s).toString();
    s.firmware = o.value(u"firmware_version"_s).toString();
    s.capacityBytes = Json::number(o.value(u"user_capacity"_s).toObject().value(u"bytes"_s));

    QStringList messages;
    for (const QJsonValue &m : o.value(u"smartctl"_s).toObject().value(u"messages"_s).toArray())
        messages << m.toObject().value(u"string"_s).toString();
    s.message = messages.join(u'\n');

    const QJsonObject status = o.value(u"smart_status"_s).toObject();
    if (status.contains(u"passed"_s))
        s.passed = status.value(u"passed"_s).toBool();
    const QJsonObject support = o.value(u"smart_support"_s).toObject();
    const bool supportSaysNo = support.contains(u"available"_s) && !support.value(u"available"_s).toBool();
    if (const auto t = Json::number(o.value(u"temperature"_s).toObject().value(u"current"_s)); t && *t < 200)
        s.temperatureC = int(*t);
    if (const auto h = Json::number(o.value(u"power_on_time"_s).toObject().value(u"hours"_s)))
        s.powerOnHours = qint64(*h);

    // ATA attributes: 5 reallocated, 197 pending, 198 offline uncorrectable (raw values).
    for (const QJsonValue &a : o.value(u"ata_smart_attributes"_s).toObject().value(u"table"_s).toArray()) {
        const QJsonObject attr = a.toObject();
        const int id = attr.value(u"id"_s).toInt();
        const auto raw = Json::number(attr.value(u"raw"_s).toObject().value(u"value"_s));
        if (!raw)
            continue;
        if (id == 5)
            s.reallocatedSectors = qint64(*raw);
        else if (id == 197)
            s.pendingSectors = qint64(*raw);
        else if (id == 198)
            s.offlineUncorrectable = qint64(*raw);
    }
    // NVMe health log.
    const QJsonObject nvme = o.value(u"nvme_smart_health_information_log"_s).toObject();
    if (!nvme.isEmpty()) {
        if (!s.temperatureC)
            if (const auto t = Json::number(nvme.value(u"temperature"_s)); t && *t < 200)
                s.temperatureC = int(*t);
        if (!s.powerOnHours)
            if (const auto h = Json::number(nvme.value(u"power_on_hours"_s)))
                s.powerOnHours = qint64(*h);
        if (const auto e = Json::number(nvme.value(u"media_errors"_s)))
            s.mediaErrors = qint64(*e);
    }
    // SCSI grown defects count as reallocated.
    if (const auto g = Json::number(o.value(u"scsi_grown_defect_list"_s)); g && !s.reallocatedSectors)
        s.reallocatedSectors = qint64(*g);

    // Last self-test (newest first in both logs).
    const QJsonArray ata =
        o.value(u"ata_smart_self_test_log"_s).toObject().value(u"standard"_s).toObject().value(u"table"_s).toArray();
    const QJsonArray nvmeTests = o.value(u"nvme_self_test_log"_s).toObject().value(u"table"_s).toArray();
    const QJsonObject last =
        !ata.isEmpty() ? ata.first().toObject() : (!nvmeTests.isEmpty() ? nvmeTests.first().toObject() : QJsonObject());
    if (!last.isEmpty()) {
        const QJsonValue type = last.contains(u"type"_s) ? last.value(u"type"_s) : last.value(u"self_test_code"_s);
        const QJsonValue result =
            last.contains(u"status"_s) ? last.value(u"status"_s) : last.value(u"self_test_result"_s);
        s.lastSelfTest = QString(type.toObject().value(u"string"_s).toString() + u": "_s +
                                 result.toObject().value(u"string"_s).toString())
                             .trimmed();
        if (result.toObject().contains(u"passed"_s))
            s.lastSelfTestPassed = result.toObject().value(u"passed"_s).toBool();
        else if (const auto v = Json::number(result.toObject().value(u"value"_s)))
            s.lastSelfTestPassed = *v == 0;
        if (const auto h = Json::number(last.value(u"lifetime_hours"_s)))
            s.lastSelfTestHours = qint64(*h);
        else if (const auto h2 = Json::number(last.value(u"power_on_hours"_s)))
            s.lastSelfTestHours = qint64(*h2);
    }

    s.available = s.passed.has_value() && !supportSaysNo;
    if (!s.available && s.message.isEmpty())
        s.message =
            supportSaysNo ? u"SMART support is not available on this device"_s : u"smartctl reported no SMART health"_s;
    return s;
}

} // namespace KryNet::Zfs
