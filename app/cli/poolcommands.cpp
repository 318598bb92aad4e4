// krynetctl pools / scrub / parse: the pool health of core/zfs from the command line (issue 6).
#include "app/cli/poolcommands.h"

#include <cstdio>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "core/common/futurewatch.h"
#include "core/common/terminaltext.h"
#include "core/config/profilestore.h"
#include "core/secrets/secretstore.h"
#include "core/ssh/profileoptions.h"
#include "core/ssh/sshconnection.h"
#include "core/zfs/parsers.h"
#include "core/zfs/poolhealth.h"
#include "core/zfs/poolstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

using namespace KryNet::Zfs;

QJsonValue optNumber(const std::optional<quint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonObject vdevJson(const Vdev &v, const PoolStore *store)
{
    QJsonObject o{
        {u"name"_s, v.name}, {u"type"_s, Words::typeName(v.type)}, {u"class"_s, Words::className(v.vdevClass)}};
    if (v.state)
        o.insert(u"state"_s, Words::stateWord(*v.state));
    if (v.hasCounters) {
        o.insert(u"read"_s, double(v.readErrors));
        o.insert(u"write"_s, double(v.writeErrors));
        o.insert(u"checksum"_s, double(v.checksumErrors));
    }
    if (!v.note.isEmpty())
        o.insert(u"note"_s, v.note);
    if (!v.was.isEmpty())
        o.insert(u"was"_s, v.was);
    if (v.repairedBytes)
        o.insert(u"repairedBytes"_s, double(*v.repairedBytes));
    const SmartInfo *smart = store && v.isLeaf() ? store->smartFor(v) : nullptr;
    o.insert(u"health"_s, HealthText::id(PoolHealth::vdev(v, smart).health));
    if (smart) {
        QJsonObject s{{u"available"_s, smart->available}, {u"model"_s, smart->model}, {u"serial"_s, smart->serial}};
        if (smart->passed)
            s.insert(u"passed"_s, *smart->passed);
        if (smart->temperatureC)
            s.insert(u"temperatureC"_s, *smart->temperatureC);
        if (smart->powerOnHours)
            s.insert(u"powerOnHours"_s, double(*smart->powerOnHours));
        if (smart->reallocatedSectors)
            s.insert(u"reallocated"_s, double(*smart->reallocatedSectors));
        if (smart->pendingSectors)
            s.insert(u"pending"_s, double(*smart->pendingSectors));
        if (smart->offlineUncorrectable)
            s.insert(u"offlineUncorrectable"_s, double(*smart->offlineUncorrectable));
        if (!smart->lastSelfTest.isEmpty())
            s.insert(u"lastSelfTest"_s, smart->lastSelfTest);
        if (!smart->message.isEmpty())
            s.insert(u"message"_s, smart->message);
        o.insert(u"smart"_s, s);
    }
    QJsonArray children;
    for (const Vdev &c : v.children)
        children << vdevJson(c, store);
    if (!children.isEmpty())
        o.insert(u"children"_s, children);
    return o;
}

QJsonObject scanJson(const ScanStatus &s)
{
    QJsonObject o{{u"function"_s, Words::functionName(s.function)}, {u"state"_s, Words::scanStateName(s.state)}};
    const auto date = [](const QDateTime &d) {
        return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    if (s.startTime.isValid())
        o.insert(u"start"_s, date(s.startTime));
    if (s.endTime.isValid())
        o.insert(u"end"_s, date(s.endTime));
    if (s.pausedTime.isValid())
        o.insert(u"pausedSince"_s, date(s.pausedTime));
    if (s.percentDone)
        o.insert(u"percent"_s, *s.percentDone);
    if (s.secondsToGo)
        o.insert(u"secondsToGo"_s, double(*s.secondsToGo));
    if (s.errors)
        o.insert(u"errors"_s, double(*s.errors));
    if (s.repairedBytes)
        o.insert(u"repairedBytes"_s, double(*s.repairedBytes));
    if (s.scannedBytes)
        o.insert(u"scannedBytes"_s, double(*s.scannedBytes));
    if (s.issuedBytes)
        o.insert(u"issuedBytes"_s, double(*s.issuedBytes));
    if (s.totalBytes)
        o.insert(u"totalBytes"_s, double(*s.totalBytes));
    if (!s.raw.isEmpty())
        o.insert(u"text"_s, s.raw);
    return o;
}

QJsonObject poolJson(const Pool &p, const PoolStore *store)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const HealthVerdict h = PoolHealth::pool(p, now);
    QJsonObject o{{u"name"_s, p.name},
                  {u"state"_s, Words::stateWord(p.state)},
                  {u"health"_s, HealthText::id(h.health)},
                  {u"healthReason"_s, h.reason},
                  {u"size"_s, optNumber(p.size)},
                  {u"allocated"_s, optNumber(p.allocated)},
                  {u"free"_s, optNumber(p.free)},
                  {u"scan"_s, scanJson(p.scan)},
                  {u"vdevs"_s, vdevJson(p.root, store).value(u"children"_s)},
                  {u"errors"_s, p.errorsText}};
    if (const auto pct = p.capacityPercent())
        o.insert(u"capacityPercent"_s, *pct);
    if (p.fragmentation)
        o.insert(u"fragmentationPercent"_s, *p.fragmentation);
    if (p.dedupRatio)
        o.insert(u"dedupRatio"_s, *p.dedupRatio);
    if (p.datasetUsed)
        o.insert(u"datasetUsed"_s, double(*p.datasetUsed));
    if (p.datasetAvailable)
        o.insert(u"datasetAvailable"_s, double(*p.datasetAvailable));
    if (!p.status.isEmpty())
        o.insert(u"status"_s, p.status);
    if (!p.action.isEmpty())
        o.insert(u"action"_s, p.action);
    if (!p.see.isEmpty())
        o.insert(u"see"_s, p.see);
    if (p.dataErrors)
        o.insert(u"dataErrors"_s, double(*p.dataErrors));
    if (!p.permanentErrors.isEmpty())
        o.insert(u"permanentErrors"_s, QJsonArray::fromStringList(p.permanentErrors));
    return o;
}

void printProblems(QTextStream &out, const Vdev &v, const PoolStore *store, int depth)
{
    const SmartInfo *smart = store && v.isLeaf() ? store->smartFor(v) : nullptr;
    const HealthVerdict h = PoolHealth::vdev(v, smart);
    if (h.health == Health::Warning || h.health == Health::Critical)
        out << QString(depth * 2 + 4, u' ') << TerminalText::cell(v.name) << u": "_s << HealthText::word(h.health)
            << u" — "_s << TerminalText::cell(h.reason)
            << (v.was.isEmpty() ? QString() : u" (was %1)"_s.arg(TerminalText::cell(v.was))) << Qt::endl;
    for (const Vdev &c : v.children)
        printProblems(out, c, store, depth + 1);
}

/// One line of SMART facts for a disk: health, temperature, hours, bad sectors, last self-test.
QString smartText(const SmartInfo &s)
{
    if (!s.available)
        return s.message.isEmpty() ? Text::tr("no SMART") : Text::tr("no SMART (%1)").arg(s.message.simplified());
    QStringList parts;
    parts << (s.passed ? Text::tr("SMART %1").arg(*s.passed ? Text::tr("passed") : Text::tr("FAILED"))
                       : Text::tr("SMART health unknown"));
    if (s.temperatureC)
        parts << Text::tr("%1 °C").arg(*s.temperatureC);
    if (s.powerOnHours)
        parts << Text::tr("%1 power-on hours").arg(*s.powerOnHours);
    if (s.reallocatedSectors.value_or(0) > 0)
        parts << Text::tr("%1 reallocated sectors").arg(*s.reallocatedSectors);
    if (s.pendingSectors.value_or(0) > 0)
        parts << Text::tr("%1 pending sectors").arg(*s.pendingSectors);
    if (s.offlineUncorrectable.value_or(0) > 0)
        parts << Text::tr("%1 offline uncorrectable").arg(*s.offlineUncorrectable);
    if (s.mediaErrors.value_or(0) > 0)
        parts << Text::tr("%1 media errors").arg(*s.mediaErrors);
    if (!s.lastSelfTest.isEmpty())
        parts << Text::tr("last self-test: %1").arg(s.lastSelfTest);
    return parts.join(u", "_s);
}

/// The SMART lines of a pool's disks (text output): "sda  WDC … (serial X): SMART passed, 34 °C, …".
void printSmart(QTextStream &out, const Pool &p, const PoolStore *store)
{
    if (!store)
        return;
    bool heading = false;
    for (const Vdev *leaf : p.leaves()) {
        const SmartInfo *s = store->smartFor(*leaf);
        if (!s)
            continue;
        if (!heading)
            out << u"    "_s << Text::tr("Disks (SMART):") << Qt::endl;
        heading = true;
        QString who = leaf->name;
        if (!s->model.isEmpty())
            who += u"  "_s + s->model;
        if (!s->serial.isEmpty())
            who += u" "_s + Text::tr("(serial %1)").arg(s->serial);
        // Model and serial are whatever the disk's firmware reports: one cell, one line.
        out << u"      "_s << TerminalText::cell(who) << u": "_s << TerminalText::cell(smartText(*s)) << Qt::endl;
    }
}

void printPools(Invocation &inv, const QList<Pool> &pools, const PoolStore *store)
{
    if (inv.json()) {
        QJsonArray array;
        for (const Pool &p : pools)
            array << poolJson(p, store);
        inv.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"pools"_s, array}}).toJson(QJsonDocument::Compact))
                  << Qt::endl;
        return;
    }
    if (pools.isEmpty()) {
        inv.out() << Text::tr("No pools on this server.") << Qt::endl;
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Pool &p : pools) {
        const HealthVerdict h = PoolHealth::pool(p, now);
        const auto pct = p.capacityPercent();
        inv.out() << TerminalText::cell(p.name).leftJustified(16) << u' ' << Words::stateWord(p.state).leftJustified(9)
                  << u' ' << HealthText::word(h.health).leftJustified(8) << u' '
                  << (pct ? Text::tr("%1 % full").arg(*pct, 0, 'f', 0) : Text::tr("size unknown")).leftJustified(10)
                  << u' ' << Words::scanSummary(p.scan, now) << Qt::endl;
        if (h.health != Health::Ok && h.health != Health::Busy)
            inv.out() << u"    "_s << TerminalText::cell(h.reason) << Qt::endl;
        printProblems(inv.out(), p.root, store, 0);
        if (!p.permanentErrors.isEmpty())
            inv.out() << u"    "_s << Text::tr("Permanent errors in %n file(s)", nullptr, int(p.permanentErrors.size()))
                      << Qt::endl;
        printSmart(inv.out(), p, store);
    }
    if (store && store->capabilities()) {
        const Capabilities &caps = *store->capabilities();
        if (!caps.smartctl)
            inv.out() << Text::tr("No SMART: smartctl is not installed on the server.") << Qt::endl;
        else if (!caps.root && !caps.sudo)
            inv.out() << Text::tr("No SMART: smartctl needs root or passwordless sudo (sudo -n) on the server.")
                      << Qt::endl;
    }
}

void poolsCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show the ZFS pools of the profile's server: state, health, capacity, "
                                              "last scrub, failing devices (--json: the whole tree with SMART)."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    parser.addOptions({profile, accept});
    if (!inv.parse(parser))
        return;
    Ssh::SshConnection *connection = inv.sshConnection(parser.value(profile), parser.value(accept));
    if (!connection)
        return;
    auto *store = new PoolStore(connection, nullptr, parser.value(profile), &inv);
    whenDone(store->refresh(), &inv, [&inv, store](const Result<void> &r) {
        if (!r)
            return inv.fail(r.error());
        // SMART is read after the pools, one smartctl per disk: wait for those answers, then print.
        whenDone(store->smartSettled(), &inv, [&inv, store](const Result<void> &) {
            printPools(inv, store->pools(), store);
            inv.finish(ExitOk);
        });
    });
}

void scrubCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Start (or resume), pause or stop a scrub of POOL. Asks first on a "
                                              "terminal; without one, pass --yes. Never retried."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption yes{u"yes"_s, Text::tr("Do it without asking.")};
    parser.addOptions({profile, accept, yes});
    if (!inv.parse(parser, u"POOL start|pause|stop"_s))
        return;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return inv.usageError(Text::tr("Name the pool and the action: POOL start|pause|stop."));
    const QString pool = args.at(0);
    const QString verb = args.at(1);
    ScrubAction action;
    if (verb == u"start"_s || verb == u"resume"_s)
        action = ScrubAction::Start;
    else if (verb == u"pause"_s)
        action = ScrubAction::Pause;
    else if (verb == u"stop"_s)
        action = ScrubAction::Stop;
    else
        return inv.usageError(Text::tr("Unknown action “%1”: use start, pause or stop.").arg(verb));
    if (!isValidPoolName(pool))
        return inv.usageError(Text::tr("“%1” is not a valid pool name.").arg(pool));
    if (!parser.isSet(yes)) {
        if (!Invocation::stdinIsTerminal())
            return inv.usageError(Text::tr("Not asking without a terminal: add --yes to %1 on pool %2.")
                                      .arg(PoolStore::actionName(action).toLower(), pool));
        if (!inv.confirm(Text::tr("%1 on pool %2?").arg(PoolStore::actionName(action), pool))) {
            inv.err() << Text::tr("Nothing done.") << Qt::endl;
            return inv.finish(ExitFailure);
        }
    }
    Ssh::SshConnection *connection = inv.sshConnection(parser.value(profile), parser.value(accept));
    if (!connection)
        return;
    auto *store = new PoolStore(connection, nullptr, parser.value(profile), &inv);
    whenDone(store->scrub(pool, action), &inv, [&inv, store, pool, action](const Result<void> &r) {
        if (!r)
            return inv.fail(r.error());
        // scrub() re-reads the pools; print the pool's scan state from that read.
        whenDone(store->refresh(), &inv, [&inv, store, pool, action](const Result<void> &) {
            const Pool *p = store->pool(pool);
            if (inv.json()) {
                QJsonObject o{{u"pool"_s, pool}, {u"action"_s, PoolStore::actionName(action)}, {u"ok"_s, true}};
                if (p)
                    o.insert(u"scan"_s, scanJson(p->scan));
                inv.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
            } else {
                inv.out() << Text::tr("%1 on pool %2: done.").arg(PoolStore::actionName(action), pool) << Qt::endl;
                if (p)
                    inv.out() << u"  "_s << Words::scanSummary(p->scan, QDateTime::currentDateTimeUtc()) << Qt::endl;
            }
            inv.finish(ExitOk);
        });
    });
}

void parseCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Parse a pasted command output from stdin and print what KryNet "
                                              "understands of it. KIND: zpool-status (text or -j JSON, any ZFS "
                                              "generation), zpool-list (-H/-Hp text or -j JSON), smartctl (-j -a)."));
    const QCommandLineOption offset{u"utc-offset"_s, Text::tr("The server's offset from UTC for text dates (+0100)."),
                                    u"±HHMM"_s};
    parser.addOption(offset);
    if (!inv.parse(parser, u"zpool-status|zpool-list|smartctl < FILE"_s))
        return;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return inv.usageError(Text::tr("Name what to parse: zpool-status, zpool-list or smartctl."));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return inv.fail(Error(Error::Code::Config, Text::tr("Cannot read stdin.")));
    const QByteArray input = in.readAll();
    const bool json = input.trimmed().startsWith('{') || input.trimmed().startsWith('[');
    const QString kind = args.constFirst();
    if (kind == u"zpool-status"_s) {
        TextOptions options;
        const QString o = parser.value(offset);
        if (o.size() == 5 && (o.at(0) == u'+' || o.at(0) == u'-'))
            options.utcOffsetSeconds =
                (o.at(0) == u'-' ? -1 : 1) * (o.mid(1, 2).toInt() * 3600 + o.mid(3, 2).toInt() * 60);
        const auto pools = json ? parseStatusJson(input) : parseStatusText(input, options);
        if (!pools)
            return inv.fail(pools.error());
        printPools(inv, *pools, nullptr);
        return inv.finish(ExitOk);
    }
    if (kind == u"zpool-list"_s) {
        const auto list = json ? parseListJson(input) : parseListText(input);
        if (!list)
            return inv.fail(list.error());
        QJsonArray array;
        for (const PoolListEntry &e : *list) {
            QJsonObject o{{u"name"_s, e.name},
                          {u"health"_s, Words::stateWord(e.health)},
                          {u"size"_s, optNumber(e.size)},
                          {u"allocated"_s, optNumber(e.allocated)},
                          {u"free"_s, optNumber(e.free)}};
            if (e.capacity)
                o.insert(u"capacityPercent"_s, *e.capacity);
            if (e.fragmentation)
                o.insert(u"fragmentationPercent"_s, *e.fragmentation);
            if (e.dedupRatio)
                o.insert(u"dedupRatio"_s, *e.dedupRatio);
            array << o;
            if (!inv.json())
                inv.out() << TerminalText::cell(e.name).leftJustified(16) << u' '
                          << Words::stateWord(e.health).leftJustified(9) << u' '
                          << (e.size ? formatSize(*e.size) : u"-"_s).leftJustified(8) << u' '
                          << (e.capacity ? u"%1 %"_s.arg(*e.capacity) : u"-"_s) << Qt::endl;
        }
        if (inv.json())
            inv.out() << QString::fromUtf8(
                             QJsonDocument(QJsonObject{{u"pools"_s, array}}).toJson(QJsonDocument::Compact))
                      << Qt::endl;
        return inv.finish(ExitOk);
    }
    if (kind == u"smartctl"_s) {
        const auto s = parseSmartctlJson(input);
        if (!s)
            return inv.fail(s.error());
        Vdev leaf;
        leaf.name = s->device;
        leaf.path = s->device;
        leaf.type = VdevType::Disk;
        const HealthVerdict h = PoolHealth::vdev(leaf, &*s);
        if (inv.json()) {
            QJsonObject o{{u"device"_s, s->device},
                          {u"available"_s, s->available},
                          {u"model"_s, s->model},
                          {u"serial"_s, s->serial},
                          {u"health"_s, HealthText::id(h.health)}};
            if (s->passed)
                o.insert(u"passed"_s, *s->passed);
            if (s->temperatureC)
                o.insert(u"temperatureC"_s, *s->temperatureC);
            if (s->powerOnHours)
                o.insert(u"powerOnHours"_s, double(*s->powerOnHours));
            if (s->reallocatedSectors)
                o.insert(u"reallocated"_s, double(*s->reallocatedSectors));
            if (s->pendingSectors)
                o.insert(u"pending"_s, double(*s->pendingSectors));
            if (s->offlineUncorrectable)
                o.insert(u"offlineUncorrectable"_s, double(*s->offlineUncorrectable));
            if (!s->lastSelfTest.isEmpty())
                o.insert(u"lastSelfTest"_s, s->lastSelfTest);
            if (!s->message.isEmpty())
                o.insert(u"message"_s, s->message);
            inv.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else if (!s->available) {
            inv.out() << TerminalText::cell(Text::tr("%1: no SMART (%2)").arg(s->device, s->message)) << Qt::endl;
        } else {
            inv.out() << TerminalText::cell(
                             Text::tr("%1 %2 (serial %3): %4").arg(s->device, s->model, s->serial, smartText(*s)))
                      << Qt::endl;
        }
        return inv.finish(ExitOk);
    }
    inv.usageError(Text::tr("Unknown kind “%1”: use zpool-status, zpool-list or smartctl.").arg(kind));
}

} // namespace

void registerPoolCommands(CommandRegistry &registry)
{
    registry.add({u"pools"_s, Text::tr("Show ZFS pools: health, capacity, scrubs, failing disks."), poolsCommand});
    registry.add({u"scrub"_s, Text::tr("Start, pause or stop a scrub of a pool."), scrubCommand});
    registry.add({u"parse"_s, Text::tr("Parse a pasted zpool/smartctl output from stdin."), parseCommand});
}

} // namespace KryNet::Cli
