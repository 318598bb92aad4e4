#include "core/zfs/cron.h"

#include <algorithm>

#include <QSet>

using namespace Qt::StringLiterals;

namespace KryNet::Zfs
{

namespace
{

const QStringList kMonthNames = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                 u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
const QStringList kDayNames = {u"sun"_s, u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s};

struct FieldSpec
{
    int min;
    int max;
    const QStringList *names; ///< names[i] is min + i (months from 1, days from 0)
    int nameBase;
};

std::optional<int> parseValue(QStringView token, const FieldSpec &spec)
{
    bool ok = false;
    const int n = token.toInt(&ok);
    if (ok && !token.isEmpty() && token.front().isDigit())
        return (n >= spec.min && n <= spec.max) ? std::optional<int>(n) : std::nullopt;
    if (spec.names) {
        const qsizetype i = spec.names->indexOf(token.toString().toLower());
        if (i >= 0)
            return int(i) + spec.nameBase;
    }
    return std::nullopt;
}

/// Parses one comma element into the values it selects (before the DoW 7 → 0 fold).
bool parseElement(QStringView element, const FieldSpec &spec, QList<int> *out)
{
    QStringView base = element;
    int step = 1;
    bool explicitStep = false;
    if (const qsizetype slash = element.indexOf(u'/'); slash >= 0) {
        base = element.left(slash);
        bool ok = false;
        step = element.mid(slash + 1).toInt(&ok);
        if (!ok || step <= 0 || step > spec.max)
            return false;
        explicitStep = true;
    }
    int from = 0;
    int to = 0;
    if (base == u"*") {
        from = spec.min;
        to = spec.max;
    } else if (const qsizetype dash = base.indexOf(u'-'); dash > 0) {
        const auto a = parseValue(base.left(dash), spec);
        const auto b = parseValue(base.mid(dash + 1), spec);
        if (!a || !b || *a > *b)
            return false;
        from = *a;
        to = *b;
    } else {
        const auto a = parseValue(base, spec);
        if (!a)
            return false;
        from = *a;
        to = explicitStep ? spec.max : *a;
    }
    for (int v = from; v <= to; v += step)
        out->append(v);
    return true;
}

Error fieldError(const QString &field, const QString &token)
{
    return Error(Error::Code::Parse,
                 CronSchedule::tr("The cron field %1 does not understand \"%2\".").arg(field, token),
                 u"cron field %1: %2"_s.arg(field, token));
}

QDate lastDayOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

} // namespace

Result<CronSchedule> CronSchedule::parse(const QString &expression)
{
    const QString text = expression.simplified();
    static const QHash<QString, QString> shortcuts = {
        {u"@yearly"_s, u"0 0 1 1 *"_s}, {u"@annually"_s, u"0 0 1 1 *"_s}, {u"@monthly"_s, u"0 0 1 * *"_s},
        {u"@weekly"_s, u"0 0 * * 0"_s}, {u"@daily"_s, u"0 0 * * *"_s},    {u"@midnight"_s, u"0 0 * * *"_s},
        {u"@hourly"_s, u"0 * * * *"_s},
    };
    if (text.startsWith(u'@')) {
        const auto it = shortcuts.constFind(text.toLower());
        if (it == shortcuts.constEnd())
            return Error(Error::Code::Parse, tr("Unknown cron shortcut \"%1\".").arg(text), text);
        return parse(*it);
    }
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 5)
        return Error(Error::Code::Parse,
                     tr("A cron schedule has five fields (minute hour day month weekday); \"%1\" has %n.", nullptr,
                        int(parts.size()))
                         .arg(text),
                     text);
    return fromFields(parts.at(0), parts.at(1), parts.at(2), parts.at(3), parts.at(4));
}

Result<CronSchedule> CronSchedule::fromFields(const QString &minute, const QString &hour, const QString &dom,
                                              const QString &month, const QString &dow)
{
    CronSchedule s;
    s.m_fields = {minute.trimmed(), hour.trimmed(), dom.trimmed(), month.trimmed(), dow.trimmed()};
    s.m_expression = s.m_fields.join(u' ');
    const QStringList labels = {tr("minute"), tr("hour"), tr("day of month"), tr("month"), tr("day of week")};
    const FieldSpec specs[5] = {
        {0, 59, nullptr, 0}, {0, 23, nullptr, 0}, {1, 31, nullptr, 0}, {1, 12, &kMonthNames, 1}, {0, 7, &kDayNames, 0},
    };
    for (int f = 0; f < 5; ++f) {
        const QString &text = s.m_fields.at(f);
        if (text.isEmpty() || text.contains(u' '))
            return fieldError(labels.at(f), text);
        for (const QString &element : text.split(u',')) {
            if (f == 2 && element.compare(u"L"_s, Qt::CaseInsensitive) == 0) {
                s.m_domLast = true;
                continue;
            }
            if (f == 4) {
                if (const qsizetype hash = element.indexOf(u'#'); hash > 0) {
                    const auto d = parseValue(QStringView(element).left(hash), specs[4]);
                    bool ok = false;
                    const int n = QStringView(element).mid(hash + 1).toInt(&ok);
                    if (!d || !ok || n < 1 || n > 5)
                        return fieldError(labels.at(f), element);
                    s.m_dowNth.set(std::size_t((*d % 7) * 6 + n));
                    continue;
                }
                if (element.size() > 1 && element.endsWith(u'L', Qt::CaseInsensitive)) {
                    const auto d = parseValue(QStringView(element).chopped(1), specs[4]);
                    if (!d)
                        return fieldError(labels.at(f), element);
                    s.m_dowLast.set(std::size_t(*d % 7));
                    continue;
                }
            }
            QList<int> values;
            if (!parseElement(element, specs[f], &values))
                return fieldError(labels.at(f), element);
            for (const int v : std::as_const(values)) {
                switch (f) {
                case 0:
                    s.m_minutes.set(std::size_t(v));
                    break;
                case 1:
                    s.m_hours.set(std::size_t(v));
                    break;
                case 2:
                    s.m_dom.set(std::size_t(v));
                    break;
                case 3:
                    s.m_months.set(std::size_t(v));
                    break;
                default:
                    s.m_dow.set(std::size_t(v % 7));
                    break;
                }
            }
        }
    }
    s.m_domStar = dom.trimmed().startsWith(u'*');
    s.m_dowStar = dow.trimmed().startsWith(u'*');
    s.m_hourStar = hour.trimmed().startsWith(u'*');
    return s;
}

bool CronSchedule::matchesDay(const QDate &day) const
{
    if (!day.isValid() || !m_months.test(std::size_t(day.month())))
        return false;
    const bool domMatch = m_dom.test(std::size_t(day.day())) || (m_domLast && day == lastDayOfMonth(day));
    const int wd = day.dayOfWeek() % 7; // Qt: 1 = Monday … 7 = Sunday
    const int nth = (day.day() - 1) / 7 + 1;
    const bool dowMatch = m_dow.test(std::size_t(wd)) || m_dowNth.test(std::size_t(wd * 6 + nth)) ||
                          (m_dowLast.test(std::size_t(wd)) && day.addDays(7).month() != day.month());
    if (m_domStar || m_dowStar)
        return domMatch && dowMatch;
    return domMatch || dowMatch;
}

bool CronSchedule::matchesTime(const QTime &time) const
{
    return time.isValid() && m_hours.test(std::size_t(time.hour())) && m_minutes.test(std::size_t(time.minute()));
}

QList<QDateTime> resolveLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone, bool both)
{
    // The wall time read as if it were UTC; a real instant is that minus the offset in force then.
    const qint64 wall = QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
    QSet<int> offsets;
    for (const qint64 probe : {wall - 16 * 3600, wall, wall + 16 * 3600})
        offsets.insert(zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, QTimeZone::utc())));
    QList<qint64> instants;
    for (const int offset : std::as_const(offsets)) {
        const qint64 utc = wall - offset;
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc())) == offset)
            instants.append(utc);
    }
    std::sort(instants.begin(), instants.end());
    QList<QDateTime> out;
    if (instants.isEmpty()) {
        // Inside a gap: the clocks jumped over this time; cron runs it when they land.
        const QTimeZone::OffsetData t =
            zone.nextTransition(QDateTime::fromSecsSinceEpoch(wall - 16 * 3600, QTimeZone::utc()));
        if (t.atUtc.isValid())
            out.append(t.atUtc.toTimeZone(zone));
        return out;
    }
    for (qsizetype i = 0; i < instants.size(); ++i) {
        if (i > 0 && !both)
            break;
        out.append(QDateTime::fromSecsSinceEpoch(instants.at(i), zone));
    }
    return out;
}

QList<QDateTime> CronSchedule::occurrences(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                           int limit) const
{
    QList<QDateTime> out;
    if (m_expression.isEmpty() || !from.isValid() || !to.isValid() || from >= to)
        return out;
    const QDate first = from.toTimeZone(zone).date().addDays(-1);
    const QDate last = to.toTimeZone(zone).date().addDays(1);
    QList<QTime> times;
    for (int h = 0; h < 24; ++h) {
        if (!m_hours.test(std::size_t(h)))
            continue;
        for (int m = 0; m < 60; ++m) {
            if (m_minutes.test(std::size_t(m)))
                times.append(QTime(h, m));
        }
    }
    for (QDate day = first; day <= last && out.size() < limit; day = day.addDays(1)) {
        if (!matchesDay(day))
            continue;
        for (const QTime &t : std::as_const(times)) {
            if (out.size() >= limit)
                break;
            for (const QDateTime &at : resolveLocalTime(day, t, zone, m_hourStar)) {
                if (at >= from && at < to && (out.isEmpty() || out.constLast() != at))
                    out.append(at);
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

std::optional<QDateTime> CronSchedule::next(const QDateTime &from, const QTimeZone &zone) const
{
    QDateTime windowStart = from;
    for (int year = 0; year < 5; ++year) {
        const QDateTime windowEnd = windowStart.addDays(366);
        const QList<QDateTime> found = occurrences(windowStart, windowEnd, zone, 1);
        if (!found.isEmpty())
            return found.constFirst();
        windowStart = windowEnd;
    }
    return std::nullopt;
}

std::optional<double> CronSchedule::periodDays(const QDateTime &from, const QTimeZone &zone) const
{
    const QList<QDateTime> runs = occurrences(from, from.addDays(366), zone, 2000);
    if (runs.size() < 2)
        return std::nullopt;
    QList<qint64> gaps;
    for (qsizetype i = 1; i < runs.size(); ++i)
        gaps.append(runs.at(i - 1).secsTo(runs.at(i)));
    std::sort(gaps.begin(), gaps.end());
    return double(gaps.at(gaps.size() / 2)) / 86400.0;
}

} // namespace KryNet::Zfs
