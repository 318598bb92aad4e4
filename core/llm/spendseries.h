#pragma once

#include <functional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "core/llm/llmtypes.h"

namespace KryNet::Llm
{

/**
 * Spend per day, split by model or by virtual key, for the AI keys panel's chart and `krynetctl llm
 * spend`. Pure: built from SpendRow values (of /spend/logs or /global/spend/report).
 *
 * Contracts:
 *  - days runs from..to inclusive, one entry per day (UTC dates of startTime); rows outside are ignored.
 *  - series are ordered by total spend, largest first; beyond @p maxSeries the rest is summed as one
 *    "Other" series, so the chart stays readable; every series has days.size() values.
 *  - Labels never hold a secret: models by their model_group (or model), keys through @p keyLabel
 *    (alias or masked name) — a hash with no label becomes "key " + its first 8 hex characters.
 */
struct SpendSeries
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Llm::SpendSeries)

public:
    enum class GroupBy {
        Model,
        Key
    };

    struct Series
    {
        QString label;
        QList<double> values; ///< per day
        double total = 0;
    };

    QList<QDate> days;
    QList<Series> series;
    double total = 0;

    /// The largest stacked day total (0 when there is no spend).
    [[nodiscard]] double maxDayTotal() const;

    [[nodiscard]] static SpendSeries build(const QList<SpendRow> &rows, const QDate &from, const QDate &to, GroupBy by,
                                           const std::function<QString(const QString &keyHash)> &keyLabel = {},
                                           int maxSeries = 6);
};

} // namespace KryNet::Llm
