#include "core/llm/spendseries.h"

#include <algorithm>

#include <QHash>

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

double SpendSeries::maxDayTotal() const
{
    double best = 0;
    for (qsizetype day = 0; day < days.size(); ++day) {
        double sum = 0;
        for (const Series &s : series)
            sum += s.values.value(day);
        best = std::max(best, sum);
    }
    return best;
}

SpendSeries SpendSeries::build(const QList<SpendRow> &rows, const QDate &from, const QDate &to, GroupBy by,
                               const std::function<QString(const QString &)> &keyLabel, int maxSeries)
{
    SpendSeries out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    const qint64 dayCount = std::min<qint64>(from.daysTo(to) + 1, 366);
    for (qint64 i = 0; i < dayCount; ++i)
        out.days.append(from.addDays(i));

    QHash<QString, Series> byLabel;
    for (const SpendRow &row : rows) {
        const QDate day = row.startTime.toUTC().date();
        const qint64 index = from.daysTo(day);
        if (!day.isValid() || index < 0 || index >= dayCount)
            continue;
        QString label;
        if (by == GroupBy::Model) {
            label = row.modelGroup.isEmpty() ? row.model : row.modelGroup;
            if (label.isEmpty())
                label = tr("(unknown model)");
        } else {
            label = keyLabel ? keyLabel(row.keyHash) : QString();
            if (label.isEmpty())
                label = row.keyHash.isEmpty() ? tr("(no key)") : tr("key %1").arg(row.keyHash.left(8));
        }
        Series &s = byLabel[label];
        if (s.values.isEmpty()) {
            s.label = label;
            s.values.fill(0.0, dayCount);
        }
        s.values[index] += row.spend;
        s.total += row.spend;
        out.total += row.spend;
    }
    QList<Series> all = byLabel.values();
    std::sort(all.begin(), all.end(), [](const Series &a, const Series &b) {
        return a.total != b.total ? a.total > b.total : a.label < b.label;
    });
    const qsizetype keep = std::max(1, maxSeries);
    if (all.size() > keep) {
        Series other;
        other.label = tr("Other");
        other.values.fill(0.0, dayCount);
        for (qsizetype i = keep - 1; i < all.size(); ++i) {
            for (qint64 d = 0; d < dayCount; ++d)
                other.values[d] += all[i].values[d];
            other.total += all[i].total;
        }
        all.resize(keep - 1);
        all.append(other);
    }
    out.series = all;
    return out;
}

} // namespace KryNet::Llm
