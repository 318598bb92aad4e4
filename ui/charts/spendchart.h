#pragma once

#include <QWidget>

#include "core/llm/spendseries.h"

namespace KryNet::Ui
{

/**
 * LiteLLM spend over time (issue 10): one stacked bar per day, a colour per model or virtual key
 * (SpendSeries), the legend with each series' total, and the axis labelled in US dollars (LiteLLM's
 * unit). Custom-painted; the accessible description lists the totals for screen readers.
 * An empty series shows a one-line explanation instead of an empty frame.
 */
class SpendChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendChart)

public:
    explicit SpendChart(QWidget *parent = nullptr);

    void setSeries(const KryNet::Llm::SpendSeries &series);
    [[nodiscard]] const KryNet::Llm::SpendSeries &series() const { return m_series; }
    /// Shown when there is no spend in the range (e.g. "No spend in the last 30 days").
    void setEmptyText(const QString &text);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] QColor colorOf(qsizetype index) const;

    KryNet::Llm::SpendSeries m_series;
    QString m_emptyText;
};

} // namespace KryNet::Ui
