#pragma once

#include <functional>

#include <QList>
#include <QWidget>

namespace KryNet::Ui
{

/**
 * A small line of recent values (CPU %, memory) for detail panes: the newest value on the right, scaled
 * from zero to the largest value shown (or @p floor, so a calm 0.3 % does not look like a full load).
 * Not interactive; its tooltip and accessible description say the range in words.
 */
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    explicit Sparkline(QWidget *parent = nullptr);

    /// @p describe turns a value into text for the tooltip ("12.5 %", "410 MiB").
    void setValues(const QList<double> &values, double floor, const std::function<QString(double)> &describe);
    [[nodiscard]] const QList<double> &values() const { return m_values; }
    [[nodiscard]] QSize sizeHint() const override { return {180, 26}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    double m_floor = 1.0;
};

} // namespace KryNet::Ui
