#pragma once

#include <memory>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace KryNet::Metrics
{
class MonthlyTableModel;
class UptimeStore;
} // namespace KryNet::Metrics

namespace KryNet::Ui
{

class HealthBadge;
class HeartbeatBar;
class TimeChart;

/**
 * The lower half of the Uptime panel: for one monitor its heartbeat bar, uptime badges, certificate,
 * response-time chart, incidents with MTTR and the SLA-style monthly table (month, uptime, downtime,
 * incidents); without one, every monitor's response time in one chart.
 *
 * Zooming or panning the chart asks the store for finer response times of the visible window
 * (UptimeStore::requestDetail, a step from the chart's pixel width) once the user pauses for
 * DetailDelayMs; the coarse series stay on screen until the answer arrives, then the finer points
 * replace them inside that window. A refresh keeps the user's zoom.
 */
class MonitorDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorDetails)

public:
    static constexpr int DetailDelayMs = 250;

    explicit MonitorDetails(QWidget *parent = nullptr);
    ~MonitorDetails() override;

    /// The store to show (nullptr: nothing).
    void setStore(Metrics::UptimeStore *store);
    /// Shows monitor @p name ("" for every monitor) and reads everything again from the store.
    void showMonitor(const QString &name);
    [[nodiscard]] const QString &monitor() const { return m_monitor; }
    [[nodiscard]] TimeChart *chart() const { return m_chart; }

private:
    void reload();
    void applySeries();
    void requestDetail();

    QPointer<Metrics::UptimeStore> m_store;
    std::unique_ptr<Metrics::MonthlyTableModel> m_monthly;
    QString m_monitor;
    qint64 m_shownSpan = 0;
    QLabel *m_title;
    HealthBadge *m_health;
    HeartbeatBar *m_heartbeats;
    QLabel *m_badges;
    QLabel *m_certificate;
    TimeChart *m_chart;
    QListWidget *m_incidents;
    QTableView *m_monthlyTable;
    QTimer m_detailTimer;
};

} // namespace KryNet::Ui
