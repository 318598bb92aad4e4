#pragma once

#include <memory>
#include <vector>

#include <QString>

#include "app/labsim/monitoring/metricstore.h"

namespace KryNet::LabSim
{

struct PromNode;

/// A series with its samples (a range vector, or one series of a query_range result).
struct PromRangeSeries
{
    PromLabels labels;
    std::vector<PromSample> samples;
};

/// One element of an instant vector.
struct PromInstant
{
    PromLabels labels;
    double v = 0;
};

/// The value of an expression at one time.
struct PromValue
{
    enum class Type {
        Scalar,
        Vector,
        Matrix
    };
    Type type = Type::Scalar;
    double scalar = 0;
    std::vector<PromInstant> vector;
    std::vector<PromRangeSeries> matrix;
};

/**
 * The PromQL subset labsim's Prometheus evaluates, with Prometheus' semantics where it has them:
 *
 *  - number literals (incl. Inf, NaN), parentheses;
 *  - selectors `name{label="v", label!="v", label=~"re", label!~"re"}` (regexes fully anchored, at least
 *    one matcher that does not match ""), range selectors `sel[5m]` (left-open window);
 *  - rate, irate, increase (counter resets, extrapolation as Prometheus' extrapolatedRate),
 *    avg/min/max/sum/count/last_over_time, abs, time(), vector(s);
 *  - aggregations sum, avg, min, max, count with `by (…)` / `without (…)` before or after the argument;
 *  - binary + - * / % ^ between scalars and vectors (vector/vector one-to-one on all labels but the
 *    name), comparisons == != > < >= <= as filters (vector/scalar) or with `bool`;
 *  - unary minus;
 *  - `or` (every left element, and the right ones whose labels but the name match none on the left) and
 *    label_replace(v, dst, replacement, src, regex), which the uptime store uses to read every host chart
 *    in one query.
 * Anything else (offset, @, subqueries, on/ignoring/group_left, and/unless, other functions and
 * aggregations) is a parse error naming what labsim does not support, so a panel that needs more
 * finds out at once rather than getting wrong numbers.
 */
class PromQuery final
{
public:
    ~PromQuery();
    PromQuery(const PromQuery &) = delete;
    PromQuery &operator=(const PromQuery &) = delete;

    /// nullptr with @p error ("1:7: parse error: …") when the text is not in the subset.
    [[nodiscard]] static std::unique_ptr<PromQuery> parse(const QString &text, QString *error);

    /// The expression's type: Scalar, Vector (instant vector), Matrix (a range selector).
    [[nodiscard]] PromValue::Type type() const;
    /// Evaluates at @p tMs with the lab's current time @p nowMs; false with @p error for execution
    /// errors (e.g. duplicate label sets).
    /// @p sorted: order the result by labels (query_range sorts once at the end instead).
    [[nodiscard]] bool evaluate(const MetricStore &store, qint64 tMs, qint64 nowMs, PromValue *out, QString *error,
                                bool sorted = true) const;
    /// For a bare selector (series, labels discovery): every stored series it matches, with or without
    /// samples now; false when the expression is not a selector.
    [[nodiscard]] bool matchingSeries(const MetricStore &store, std::vector<const MetricSeries *> *out) const;

private:
    PromQuery() = default;
    std::unique_ptr<PromNode> m_root;
};

/// Prometheus' duration syntax ("1h30m", "5m", "250ms"); -1 when invalid.
[[nodiscard]] qint64 parsePromDuration(const QString &text);
/// A sample value as Prometheus writes it: shortest decimal, "NaN", "+Inf", "-Inf".
[[nodiscard]] QString formatPromValue(double v);

} // namespace KryNet::LabSim
