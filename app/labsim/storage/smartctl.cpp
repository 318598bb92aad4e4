// smartctl 7.4 output for the simulated disks (declared in truenasapi.h).
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include "app/labsim/storage/truenasapi.h"
#include "app/labsim/storage/zfsformat.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Storage
{

namespace
{

struct Attribute
{
    int id;
    const char *name;
    int flags;
    int value;
    int worst;
    int thresh;
    qint64 raw;
    QString rawString;
};

QJsonObject flagsJson(int f)
{
    QString s;
    s += (f & 0x01) ? u'P' : u'-';
    s += (f & 0x02) ? u'O' : u'-';
    s += (f & 0x04) ? u'S' : u'-';
    s += (f & 0x08) ? u'R' : u'-';
    s += (f & 0x10) ? u'C' : u'-';
    s += (f & 0x20) ? u'K' : u'-';
    s += u' ';
    return {{u"value"_s, f},
            {u"string"_s, s},
            {u"prefailure"_s, bool(f & 0x01)},
            {u"updated_online"_s, bool(f & 0x02)},
            {u"performance"_s, bool(f & 0x04)},
            {u"error_rate"_s, bool(f & 0x08)},
            {u"event_count"_s, bool(f & 0x10)},
            {u"auto_keep"_s, bool(f & 0x20)}};
}

QList<Attribute> attributes(const Disk &d)
{
    const int tempRaw = d.temperature;
    return {{1, "Raw_Read_Error_Rate", 0x2f, 200, 200, 51, 0, u"0"_s},
            {3, "Spin_Up_Time", 0x27, 175, 172, 21, 4241, u"4241"_s},
            {4, "Start_Stop_Count", 0x32, 100, 100, 0, d.powerCycles + 12, QString::number(d.powerCycles + 12)},
            {5, "Reallocated_Sector_Ct", 0x33, d.reallocated > 0 ? 199 : 200, d.reallocated > 0 ? 199 : 200, 140,
             d.reallocated, QString::number(d.reallocated)},
            {7, "Seek_Error_Rate", 0x2e, 100, 253, 0, 0, u"0"_s},
            {9, "Power_On_Hours", 0x32, qMax(1, 100 - d.powerOnHours / 876), qMax(1, 100 - d.powerOnHours / 876), 0,
             d.powerOnHours, QString::number(d.powerOnHours)},
            {10, "Spin_Retry_Count", 0x32, 100, 253, 0, 0, u"0"_s},
            {12, "Power_Cycle_Count", 0x32, 100, 100, 0, d.powerCycles, QString::number(d.powerCycles)},
            {193, "Load_Cycle_Count", 0x32, 200, 200, 0, d.loadCycles, QString::number(d.loadCycles)},
            {194, "Temperature_Celsius", 0x22, 116 - d.temperature, 100, 0, tempRaw,
             u"%1 (Min/Max 19/%2)"_s.arg(d.temperature).arg(d.temperature + 9)},
            {197, "Current_Pending_Sector", 0x32, 200, 200, 0, d.pending, QString::number(d.pending)},
            {198, "Offline_Uncorrectable", 0x30, 100, 253, 0, d.offlineUncorrectable,
             QString::number(d.offlineUncorrectable)},
            {199, "UDMA_CRC_Error_Count", 0x32, 200, 200, 0, d.udmaCrcErrors, QString::number(d.udmaCrcErrors)}};
}

QString zoneAbbreviation(const StorageState &state)
{
    const QTimeZone zone(state.timeZone().toUtf8());
    return zone.isValid() ? zone.abbreviation(QDateTime::fromSecsSinceEpoch(state.now(), zone)) : u"UTC"_s;
}

int exitStatus(const Disk &d)
{
    int status = 0;
    if (d.errorLogCount > 0)
        status |= 64;
    if (d.lastSelfTestFailed)
        status |= 128;
    return status;
}

QJsonObject selfTestLog(const Disk &d)
{
    QJsonArray table;
    const int newest = d.powerOnHours - d.lastSelfTestHoursAgo;
    if (d.lastSelfTestFailed) {
        table.append(QJsonObject{{u"type"_s, QJsonObject{{u"value"_s, 1}, {u"string"_s, u"Short offline"_s}}},
                                 {u"status"_s, QJsonObject{{u"value"_s, 121},
                                                           {u"string"_s, u"Completed: read failure"_s},
                                                           {u"remaining_percent"_s, 90},
                                                           {u"passed"_s, false}}},
                                 {u"lifetime_hours"_s, newest},
                                 {u"lba"_s, d.lastSelfTestFailedLba}});
    } else {
        table.append(QJsonObject{
            {u"type"_s, QJsonObject{{u"value"_s, 2}, {u"string"_s, u"Extended offline"_s}}},
            {u"status"_s,
             QJsonObject{{u"value"_s, 0}, {u"string"_s, u"Completed without error"_s}, {u"passed"_s, true}}},
            {u"lifetime_hours"_s, newest}});
    }
    for (int i = 1; i <= 3; ++i) {
        table.append(QJsonObject{
            {u"type"_s, QJsonObject{{u"value"_s, 1}, {u"string"_s, u"Short offline"_s}}},
            {u"status"_s,
             QJsonObject{{u"value"_s, 0}, {u"string"_s, u"Completed without error"_s}, {u"passed"_s, true}}},
            {u"lifetime_hours"_s, newest - 168 * i}});
    }
    return {{u"standard"_s, QJsonObject{{u"revision"_s, 1},
                                        {u"table"_s, table},
                                        {u"count"_s, int(table.size())},
                                        {u"error_count_total"_s, d.lastSelfTestFailed ? 1 : 0},
                                        {u"error_count_outdated"_s, 0}}}};
}

QJsonObject smartJson(const StorageState &state, const Disk &d, const QStringList &argv)
{
    QJsonArray table;
    for (const Attribute &a : attributes(d)) {
        table.append(QJsonObject{{u"id"_s, a.id},
                                 {u"name"_s, QString::fromLatin1(a.name)},
                                 {u"value"_s, a.value},
                                 {u"worst"_s, a.worst},
                                 {u"thresh"_s, a.thresh},
                                 {u"when_failed"_s, u""_s},
                                 {u"flags"_s, flagsJson(a.flags)},
                                 {u"raw"_s, QJsonObject{{u"value"_s, a.raw}, {u"string"_s, a.rawString}}}});
    }
    const QJsonObject speed{{u"sata_value"_s, 3},
                            {u"string"_s, u"6.0 Gb/s"_s},
                            {u"units_per_second"_s, 60},
                            {u"bits_per_unit"_s, 100000000}};
    const QJsonObject selfTestStatus =
        d.lastSelfTestFailed
            ? QJsonObject{{u"value"_s, 121},
                          {u"string"_s, u"the read element of the last self-test failed"_s},
                          {u"remaining_percent"_s, 90},
                          {u"passed"_s, false}}
            : QJsonObject{{u"value"_s, 0}, {u"string"_s, u"completed without error"_s}, {u"passed"_s, true}};
    return {{u"json_format_version"_s, QJsonArray{1, 0}},
            {u"smartctl"_s, QJsonObject{{u"version"_s, QJsonArray{7, 4}},
                                        {u"pre_release"_s, false},
                                        {u"svn_revision"_s, u"5530"_s},
                                        {u"platform_info"_s, u"x86_64-linux-6.12.15-production+truenas"_s},
                                        {u"build_info"_s, u"(local build)"_s},
                                        {u"argv"_s, QJsonArray::fromStringList(argv)},
                                        {u"drive_database_version"_s, QJsonObject{{u"string"_s, u"7.3/5528"_s}}},
                                        {u"exit_status"_s, exitStatus(d)}}},
            {u"local_time"_s, QJsonObject{{u"time_t"_s, state.now()},
                                          {u"asctime"_s, QString(ctimeString(state.now(), state.timeZone()) + u' ' +
                                                                 zoneAbbreviation(state))}}},
            {u"device"_s, QJsonObject{{u"name"_s, QString(u"/dev/"_s + d.dev)},
                                      {u"info_name"_s, u"/dev/%1 [SAT]"_s.arg(d.dev)},
                                      {u"type"_s, u"sat"_s},
                                      {u"protocol"_s, u"ATA"_s}}},
            {u"model_family"_s, d.family},
            {u"model_name"_s, d.model},
            {u"serial_number"_s, d.serial},
            {u"wwn"_s, QJsonObject{{u"naa"_s, 5},
                                   {u"oui"_s, d.lunid.mid(1, 6).toLongLong(nullptr, 16)},
                                   {u"id"_s, d.lunid.mid(7).toLongLong(nullptr, 16)}}},
            {u"firmware_version"_s, d.firmware},
            {u"user_capacity"_s, QJsonObject{{u"blocks"_s, d.sizeBytes / 512}, {u"bytes"_s, d.sizeBytes}}},
            {u"logical_block_size"_s, 512},
            {u"physical_block_size"_s, 4096},
            {u"rotation_rate"_s, d.rpm},
            {u"form_factor"_s, QJsonObject{{u"ata_value"_s, 2}, {u"name"_s, u"3.5 inches"_s}}},
            {u"trim"_s, QJsonObject{{u"supported"_s, false}}},
            {u"in_smartctl_database"_s, true},
            {u"ata_version"_s, QJsonObject{{u"string"_s, u"ACS-3 T13/2161-D revision 5"_s},
                                           {u"major_value"_s, 2040},
                                           {u"minor_value"_s, 109}}},
            {u"sata_version"_s, QJsonObject{{u"string"_s, u"SATA 3.1"_s}, {u"value"_s, 127}}},
            {u"interface_speed"_s, QJsonObject{{u"max"_s, speed}, {u"current"_s, speed}}},
            {u"smart_support"_s, QJsonObject{{u"available"_s, true}, {u"enabled"_s, true}}},
            {u"smart_status"_s, QJsonObject{{u"passed"_s, true}}},
            {u"ata_smart_data"_s,
             QJsonObject{{u"offline_data_collection"_s,
                          QJsonObject{{u"status"_s, QJsonObject{{u"value"_s, 130},
                                                                {u"string"_s, u"was completed without error"_s},
                                                                {u"passed"_s, true}}},
                                      {u"completion_seconds"_s, d.rpm > 7000 ? 89 : 44400}}},
                         {u"self_test"_s, QJsonObject{{u"status"_s, selfTestStatus},
                                                      {u"polling_minutes"_s,
                                                       QJsonObject{{u"short"_s, 1},
                                                                   {u"extended"_s, int(d.sizeBytes / 8000000000LL)}}}}},
                         {u"capabilities"_s, QJsonObject{{u"values"_s, QJsonArray{123, 3}},
                                                         {u"exec_offline_immediate_supported"_s, true},
                                                         {u"self_tests_supported"_s, true},
                                                         {u"conveyance_self_test_supported"_s, true},
                                                         {u"selective_self_test_supported"_s, true}}}}},
            {u"ata_smart_attributes"_s, QJsonObject{{u"revision"_s, 16}, {u"table"_s, table}}},
            {u"power_on_time"_s, QJsonObject{{u"hours"_s, d.powerOnHours}}},
            {u"power_cycle_count"_s, d.powerCycles},
            {u"temperature"_s, QJsonObject{{u"current"_s, d.temperature}}},
            {u"ata_smart_error_log"_s,
             QJsonObject{{u"summary"_s, QJsonObject{{u"revision"_s, 1}, {u"count"_s, d.errorLogCount}}}}},
            {u"ata_smart_self_test_log"_s, selfTestLog(d)}};
}

QByteArray smartText(const StorageState &state, const Disk &d)
{
    QString out = u"smartctl 7.4 2023-08-01 r5530 [x86_64-linux-6.12.15-production+truenas] (local build)\n"
                  "Copyright (C) 2002-23, Bruce Allen, Christian Franke, www.smartmontools.org\n\n"
                  "=== START OF INFORMATION SECTION ===\n"_s;
    out += u"Model Family:     %1\nDevice Model:     %2\nSerial Number:    %3\nFirmware Version: %4\n"_s.arg(
        d.family, d.model, d.serial, d.firmware);
    out += u"User Capacity:    %1 bytes\nRotation Rate:    %2 rpm\nLocal Time is:    %3\n\n"_s
               .arg(QLocale::c().toString(d.sizeBytes))
               .arg(d.rpm)
               .arg(ctimeString(state.now(), state.timeZone()));
    out += u"=== START OF READ SMART DATA SECTION ===\nSMART overall-health self-assessment test result: PASSED\n\n"_s;
    out += u"ID# ATTRIBUTE_NAME          FLAGS    VALUE WORST THRESH FAIL RAW_VALUE\n"_s;
    for (const Attribute &a : attributes(d)) {
        out += u"%1 %2 %3   %4   %5   %6    -    %7\n"_s.arg(a.id, 3)
                   .arg(QString::fromLatin1(a.name), -23)
                   .arg(flagsJson(a.flags).value(u"string"_s).toString().trimmed(), -6)
                   .arg(a.value, 3, 10, QLatin1Char('0'))
                   .arg(a.worst, 3, 10, QLatin1Char('0'))
                   .arg(a.thresh, 3, 10, QLatin1Char('0'))
                   .arg(a.rawString);
    }
    return out.toUtf8();
}

} // namespace

CommandOutput smartctl(const StorageState &state, const QStringList &argv)
{
    bool json = false;
    bool scan = false;
    QString device;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (a == u"-j"_s || a.startsWith(u"--json"_s))
            json = true;
        else if (a == u"--scan"_s || a == u"--scan-open"_s)
            scan = true;
        else if (a == u"-V"_s || a == u"--version"_s)
            return CommandOutput::ok("smartctl 7.4 2023-08-01 r5530 [x86_64-linux-6.12.15-production+truenas] "
                                     "(local build)\n");
        else if (a == u"-d"_s || a == u"--device"_s || a == u"-n"_s || a == u"--nocheck"_s)
            ++i;
        else if (a.startsWith(u'-'))
            continue; // -a, -x, -i, -H, -A, --all…: everything is printed
        else
            device = a;
    }
    if (scan) {
        QJsonArray devices;
        QByteArray text;
        for (const Disk &d : state.disks()) {
            devices.append(QJsonObject{{u"name"_s, QString(u"/dev/"_s + d.dev)},
                                       {u"info_name"_s, QString(u"/dev/"_s + d.dev)},
                                       {u"type"_s, u"scsi"_s},
                                       {u"protocol"_s, u"SCSI"_s}});
            text += "/dev/" + d.dev.toUtf8() + " -d scsi # /dev/" + d.dev.toUtf8() + ", SCSI device\n";
        }
        if (json)
            return CommandOutput::ok(QJsonDocument(QJsonObject{{u"devices"_s, devices}}).toJson());
        return CommandOutput::ok(text);
    }
    const Disk *disk = device.startsWith(u"/dev/"_s) ? state.disk(device.mid(5)) : nullptr;
    if (!disk) {
        const QString message = device.isEmpty() ? u"ERROR: smartctl requires a device name as the final command-line "
                                                   "argument."_s
                                                 : u"Smartctl open device: %1 failed: No such device"_s.arg(device);
        const int status = device.isEmpty() ? 1 : 2;
        if (json) {
            const QJsonObject out{
                {u"json_format_version"_s, QJsonArray{1, 0}},
                {u"smartctl"_s, QJsonObject{{u"version"_s, QJsonArray{7, 4}},
                                            {u"argv"_s, QJsonArray::fromStringList(argv)},
                                            {u"messages"_s, QJsonArray{QJsonObject{{u"string"_s, message},
                                                                                   {u"severity"_s, u"error"_s}}}},
                                            {u"exit_status"_s, status}}}};
            return CommandOutput{QJsonDocument(out).toJson(), {}, status, false};
        }
        return CommandOutput{
            "smartctl 7.4 2023-08-01 r5530 [x86_64-linux-6.12.15-production+truenas] (local build)\n\n" +
                message.toUtf8() + '\n',
            {},
            status,
            false};
    }
    const int status = exitStatus(*disk);
    if (json)
        return CommandOutput{QJsonDocument(smartJson(state, *disk, argv)).toJson(), {}, status, false};
    return CommandOutput{smartText(state, *disk), {}, status, false};
}

} // namespace KryNet::LabSim::Storage
