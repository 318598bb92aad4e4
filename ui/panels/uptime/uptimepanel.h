#pragma once

#include <memory>

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QToolButton;
class QWidget;

namespace KryNet::Metrics
{
class MonitorTableModel;
class UptimeStore;
} // namespace KryNet::Metrics

namespace KryNet::Ui
{

class EmptyState;
class HealthBadge;
class HeartbeatBar;
class Prompter;
class TimeChart;

/**
 * The Uptime panel (issue 11): every Uptime Kuma monitor in a grid with the down ones first, and for
 * the selected one its heartbeat bar, response time (min / avg / max per pixel column), uptime badges
 * over 24 h / 7 d / 30 d / 90 d, certificate days and incidents with MTTR; without a selection the
 * chart overlays every monitor. A range picker (1 h … 90 d), zoom (wheel) and pan (drag) on the chart,
 * CSV export of the raw history, and a Host tab with node exporter's CPU, memory (ZFS ARC apart),
 * load, disk, network and temperatures. Data comes from Metrics::UptimeStore (Prometheus, or a
 * published status page, or the local cache while offline: "as of 14:02").
 */
class UptimePanel final : public LabPanel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UptimePanel)

public:
    explicit UptimePanel(Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~UptimePanel() override;

    void setSession(KryNet::LabSession *session) override;
    void refresh() override;
    [[nodiscard]] bool isLoading() const override;

    /// The store of the current session (nullptr without one); for the overview and tests.
    [[nodiscard]] Metrics::UptimeStore *store() const;
    /// Writes the raw history in the chosen range to @p path (the Export button asks for the path).
    void exportTo(const QString &path);

private:
    void updateState();
    void updateDetails();
    void rebuildHostCharts();
    void chooseExportFile();
    [[nodiscard]] QString currentMonitor() const;

    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    QPointer<Metrics::UptimeStore> m_store; ///< the session's shared store (LabStores)
    std::unique_ptr<Metrics::MonitorTableModel> m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_error;
    QComboBox *m_range;
    QComboBox *m_pending;
    QToolButton *m_refreshButton;
    QToolButton *m_exportButton;
    QWidget *m_slugRow;
    QLineEdit *m_slug;
    QLabel *m_detailTitle;
    HealthBadge *m_detailHealth;
    HeartbeatBar *m_heartbeats;
    QLabel *m_badges;
    QLabel *m_certificate;
    TimeChart *m_chart;
    QListWidget *m_incidents;
    QWidget *m_hostPage;
    QList<TimeChart *> m_hostCharts;
};

} // namespace KryNet::Ui
