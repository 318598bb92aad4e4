#pragma once

#include <bitset>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include "core/common/result.h"

namespace KryNet::Zfs
{

/**
 * A five-field cron schedule (minute hour day-of-month month day-of-week) as TrueNAS and Debian's cron
 * use it, evaluated in the server's time zone.
 *
 * Syntax: `*`, single values, ranges `a-b`, lists `a,b`, steps `*\/n`, `a-b/n` and `a/n` (a to the
 * field's maximum), month names jan…dec and weekday names sun…sat (any case, also in ranges), weekday 0 and
 * 7 both Sunday, and the shortcuts @yearly/@annually, @monthly, @weekly, @daily/@midnight, @hourly.
 * Extensions croniter accepts (TrueNAS validates with croniter): `L` as day of month (last day), `D#n`
 * (the n-th weekday D of the month, n 1-5) and `DL` (the last weekday D of the month) as day of week.
 *
 * Day semantics of Vixie cron: when both day fields are restricted (neither starts with `*`), a day
 * matches if EITHER matches; otherwise both must (so `*\/2` counts as unrestricted, as in Vixie cron).
 *
 * Time-zone semantics of Debian's cron (Vixie cron 3 with the DST patch), which runs the jobs:
 *  - a fixed time inside a spring-forward gap runs once, at the moment the clocks jump;
 *  - a fixed time inside the repeated hour of a fall-back change runs once, at its first occurrence;
 *    a job with a wildcard hour runs in both copies of the hour.
 */
class CronSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Zfs::CronSchedule)

public:
    CronSchedule() = default;

    /// Parses "m h dom mon dow" (or an @shortcut); a Parse error names the field and the token.
    [[nodiscard]] static Result<CronSchedule> parse(const QString &expression);
    /// Parses the five fields given separately (TrueNAS's schedule object).
    [[nodiscard]] static Result<CronSchedule> fromFields(const QString &minute, const QString &hour, const QString &dom,
                                                         const QString &month, const QString &dow);

    /// The expression as parsed ("0 3 * * 7"), normalised whitespace.
    [[nodiscard]] const QString &expression() const { return m_expression; }
    [[nodiscard]] QString field(int index) const { return m_fields.value(index); }

    /// Whether the local date @p day is a run day.
    [[nodiscard]] bool matchesDay(const QDate &day) const;
    /// Whether local wall time @p time (minute resolution) is a run time on a run day.
    [[nodiscard]] bool matchesTime(const QTime &time) const;

    /// Every run instant in [from, to) in @p zone, ascending (UTC instants as QDateTime in @p zone).
    /// At most @p limit results.
    [[nodiscard]] QList<QDateTime> occurrences(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                               int limit = 10000) const;
    /// The first run at or after @p from; nullopt when there is none within 5 years (e.g. "0 0 30 2 *").
    [[nodiscard]] std::optional<QDateTime> next(const QDateTime &from, const QTimeZone &zone) const;

    /// The typical distance between runs in days (the median gap over the next year), for the
    /// "scrub overdue" rule; nullopt when it runs less than twice a year.
    [[nodiscard]] std::optional<double> periodDays(const QDateTime &from, const QTimeZone &zone) const;

    friend bool operator==(const CronSchedule &a, const CronSchedule &b) { return a.m_expression == b.m_expression; }

private:
    QString m_expression;
    QList<QString> m_fields;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_dom;       ///< 1-31
    std::bitset<13> m_months;    ///< 1-12
    std::bitset<7> m_dow;        ///< 0-6, Sunday 0
    std::bitset<7> m_dowLast;    ///< "DL": last D of the month
    std::bitset<7 * 6> m_dowNth; ///< "D#n": index d*6+n
    bool m_domLast = false;
    bool m_domStar = false;
    bool m_dowStar = false;
    bool m_hourStar = false;
};

/// Resolves the local wall time @p local in @p zone to UTC instants following the cron DST rules above:
/// one instant normally, the jump moment for a time inside a gap, the first (or, with @p both, both)
/// instants of a repeated time.
[[nodiscard]] QList<QDateTime> resolveLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone, bool both);

} // namespace KryNet::Zfs
