#pragma once
// Shared by the benchmark programs (tests/bench): medians of repeated runs, and one machine-readable
// line per figure for scripts/bench:
//   KRYNET-BENCH {"id":"zfs.status200.text","label":"…","value":0.37,"unit":"ms","budget":2,"runs":200}
// Human-readable output stays as each program prints it; the harness reads only these lines.

#include <algorithm>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace KryNet::Bench
{

/// Median of @p values (the upper one of the two middle values for even counts); 0 when empty.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Milliseconds since @p timer started, with sub-millisecond precision.
inline double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Prints one figure for scripts/bench. @p budget < 0: the figure has no budget of its own.
inline void reportFigure(const QString &id, const QString &label, double value, const QString &unit, double budget,
                         int runs)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("label"), label},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("runs"), runs}};
    if (budget >= 0)
        o.insert(QStringLiteral("budget"), budget);
    QTextStream(stdout) << "KRYNET-BENCH " << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace KryNet::Bench
