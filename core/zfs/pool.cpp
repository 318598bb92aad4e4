#include "core/zfs/pool.h"

#include <cmath>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

std::optional<double> Pool::capacityPercent() const
{
    if (capacity)
        return double(*capacity);
    if (size && allocated && *size > 0)
        return 100.0 * double(*allocated) / double(*size);
    if (datasetUsed && datasetAvailable && *datasetUsed + *datasetAvailable > 0)
        return 100.0 * double(*datasetUsed) / double(*datasetUsed + *datasetAvailable);
    return std::nullopt;
}

namespace
{
void collectLeaves(const Vdev &v, QList<const Vdev *> &out)
{
    if (v.isLeaf())
        out << &v;
    for (const Vdev &c : v.children)
        collectLeaves(c, out);
}
} // namespace

QList<const Vdev *> Pool::leaves() const
{
    QList<const Vdev *> out;
    collectLeaves(root, out);
    return out;
}

std::optional<DeviceState> Words::parseState(QStringView word)
{
    static const QHash<QString, DeviceState> states{
        {u"ONLINE"_s, DeviceState::Online},   {u"DEGRADED"_s, DeviceState::Degraded},
        {u"FAULTED"_s, DeviceState::Faulted}, {u"OFFLINE"_s, DeviceState::Offline},
        {u"UNAVAIL"_s, DeviceState::Unavail}, {u"CANT_OPEN"_s, DeviceState::Unavail},
        {u"REMOVED"_s, DeviceState::Removed}, {u"SUSPENDED"_s, DeviceState::Suspended},
        {u"AVAIL"_s, DeviceState::Avail},     {u"INUSE"_s, DeviceState::InUse},
        {u"SPLIT"_s, DeviceState::Split},     {u"UNKNOWN"_s, DeviceState::Unknown},
        {u"CLOSED"_s, DeviceState::Unavail},
    };
    const auto it = states.constFind(word.toString());
    if (it == states.constEnd())
        return std::nullopt;
    return *it;
}

QString Words::stateWord(DeviceState state)
{
    switch (state) {
    case DeviceState::Online:
        return u"ONLINE"_s;
    case DeviceState::Degraded:
        return u"DEGRADED"_s;
    case DeviceState::Faulted:
        return u"FAULTED"_s;
    case DeviceState::Offline:
        return u"OFFLINE"_s;
    case DeviceState::Unavail:
        return u"UNAVAIL"_s;
    case DeviceState::Removed:
        return u"REMOVED"_s;
    case DeviceState::Suspended:
        return u"SUSPENDED"_s;
    case DeviceState::Avail:
        return u"AVAIL"_s;
    case DeviceState::InUse:
        return u"INUSE"_s;
    case DeviceState::Split:
        return u"SPLIT"_s;
    case DeviceState::Unknown:
        break;
    }
    return u"UNKNOWN"_s;
}

QString Words::typeName(VdevType type)
{
    switch (type) {
    case VdevType::Root:
        return u"root"_s;
    case VdevType::Group:
        return u"group"_s;
    case VdevType::Mirror:
        return u"mirror"_s;
    case VdevType::Raidz:
        return u"raidz"_s;
    case VdevType::Draid:
        return u"draid"_s;
    case VdevType::Spare:
        return u"spare"_s;
    case VdevType::Replacing:
        return u"replacing"_s;
    case VdevType::Disk:
        return u"disk"_s;
    case VdevType::File:
        return u"file"_s;
    case VdevType::Indirect:
        return u"indirect"_s;
    case VdevType::Other:
        break;
    }
    return u"other"_s;
}

QString Words::className(VdevClass cls)
{
    switch (cls) {
    case VdevClass::Normal:
        return u"normal"_s;
    case VdevClass::Log:
        return u"logs"_s;
    case VdevClass::Cache:
        return u"cache"_s;
    case VdevClass::Spare:
        return u"spares"_s;
    case VdevClass::Special:
        return u"special"_s;
    case VdevClass::Dedup:
        return u"dedup"_s;
    }
    return u"normal"_s;
}

QString Words::functionName(ScanStatus::Function function)
{
    switch (function) {
    case ScanStatus::Function::None:
        return u"none"_s;
    case ScanStatus::Function::Scrub:
        return u"scrub"_s;
    case ScanStatus::Function::Resilver:
        return u"resilver"_s;
    case ScanStatus::Function::ErrorScrub:
        return u"errorscrub"_s;
    case ScanStatus::Function::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString Words::scanStateName(ScanStatus::State state)
{
    switch (state) {
    case ScanStatus::State::None:
        return u"none"_s;
    case ScanStatus::State::InProgress:
        return u"in-progress"_s;
    case ScanStatus::State::Paused:
        return u"paused"_s;
    case ScanStatus::State::Finished:
        return u"finished"_s;
    case ScanStatus::State::Canceled:
        return u"canceled"_s;
    case ScanStatus::State::Unknown:
        break;
    }
    return u"unknown"_s;
}

namespace
{
QString ageText(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return Words::tr("at an unknown time");
    const qint64 secs = then.secsTo(now);
    if (secs < 0)
        return Words::tr("just now");
    if (secs < 3600)
        return Words::tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < 2 * 86400)
        return Words::tr("%n hour(s) ago", nullptr, int(secs / 3600));
    return Words::tr("%n day(s) ago", nullptr, int(secs / 86400));
}
} // namespace

QString Words::scanSummary(const ScanStatus &scan, const QDateTime &now)
{
    const bool resilver = scan.function == ScanStatus::Function::Resilver;
    const QString what = resilver ? tr("Resilver") : tr("Scrub");
    switch (scan.state) {
    case ScanStatus::State::None:
        return scan.function == ScanStatus::Function::None ? tr("Never scrubbed") : tr("No scan information");
    case ScanStatus::State::InProgress:
        if (scan.percentDone)
            return tr("%1 running, %2 % done").arg(what).arg(*scan.percentDone, 0, 'f', 1);
        return tr("%1 running").arg(what);
    case ScanStatus::State::Paused:
        return tr("%1 paused %2").arg(what, ageText(scan.pausedTime, now));
    case ScanStatus::State::Finished:
        return tr("%1 finished %2, %n error(s)", nullptr, int(qMin<quint64>(scan.errors.value_or(0), INT_MAX)))
            .arg(what, ageText(scan.endTime, now));
    case ScanStatus::State::Canceled:
        return tr("%1 canceled %2").arg(what, ageText(scan.endTime, now));
    case ScanStatus::State::Unknown:
        break;
    }
    return scan.raw;
}

void fillEstimates(ScanStatus &scan, const QDateTime &now)
{
    if (scan.state != ScanStatus::State::InProgress || !scan.passStart.isValid() || !scan.passIssuedBytes)
        return;
    const qint64 elapsed = scan.passStart.secsTo(now) - scan.passPausedSeconds;
    if (elapsed <= 0)
        return;
    if (!scan.issueRate)
        scan.issueRate = double(*scan.passIssuedBytes) / double(elapsed);
    // zpool prints no estimate below 10 MiB/s; keep the same rule.
    if (!scan.secondsToGo && scan.totalBytes && scan.issuedBytes && *scan.issueRate >= 10.0 * 1024 * 1024 &&
        *scan.totalBytes >= *scan.issuedBytes)
        scan.secondsToGo = qint64(double(*scan.totalBytes - *scan.issuedBytes) / *scan.issueRate);
}

std::optional<quint64> parseSize(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 32)
        return std::nullopt;
    static const QString units = u"BKMGTPEZ"_s;
    int unit = 0;
    QStringView number = text;
    const QChar last = text.back();
    if (last.isLetter()) {
        const qsizetype idx = units.indexOf(last.toUpper());
        if (idx < 0)
            return std::nullopt;
        unit = int(idx);
        number = text.chopped(1);
        if (!number.isEmpty() && number.back() == u'i') // "KiB"-less forms only, but tolerate "Ki"
            return std::nullopt;
    }
    if (number.isEmpty())
        return std::nullopt;
    for (QChar c : number) {
        if (!c.isDigit() && c != u'.')
            return std::nullopt;
    }
    bool ok = false;
    if (unit == 0 && !number.contains(u'.')) {
        const quint64 v = number.toULongLong(&ok);
        return ok ? std::optional<quint64>(v) : std::nullopt;
    }
    const double v = number.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return std::nullopt;
    const double bytes = v * std::pow(1024.0, unit);
    if (bytes >= 1.8e19)
        return std::nullopt;
    return quint64(std::llround(bytes));
}

std::optional<double> parseRate(QStringView text)
{
    text = text.trimmed();
    if (!text.endsWith(u"/s"))
        return std::nullopt;
    const auto bytes = parseSize(text.chopped(2));
    if (!bytes)
        return std::nullopt;
    return double(*bytes);
}

QString formatSize(quint64 bytes)
{
    static const char units[] = "BKMGTPE";
    double v = double(bytes);
    int unit = 0;
    while (v >= 1024.0 && unit < 6) {
        v /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return QString::number(bytes) + u'B';
    const int decimals = v < 10 ? 2 : (v < 100 ? 1 : 0);
    return QString::number(v, 'f', decimals) + QLatin1Char(units[unit]);
}

bool isValidPoolName(const QString &name)
{
    static const QRegularExpression grammar(u"^[A-Za-z][A-Za-z0-9_.: -]{0,254}$"_s);
    static const QStringList reserved{u"mirror"_s, u"raidz"_s, u"draid"_s, u"spare"_s};
    if (!grammar.match(name).hasMatch() || name == u"log"_s)
        return false;
    for (const QString &word : reserved) {
        if (name.startsWith(word))
            return false;
    }
    return !name.endsWith(u' ');
}

} // namespace KryNet::Zfs
