#pragma once

#include <memory>

#include <QPointer>

#include "ui/widgets/labpanel.h"

class QComboBox;
class QLabel;
class QLineEdit;
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
class MonitorDetails;
class Prompter;
class TimeChart;

/**
 * The Uptime panel (issue 11): every Uptime Kuma monitor in a grid with the down ones first, and for
 * the selected one its heartbeat bar, response time (min / avg / max per pixel column), uptime badges
 * over 24 h / 7 d / 30 d / 90 d, certificate days, incidents with MTTR and the monthly (SLA) table
 * (MonitorDetails); without a selection the chart overlays every monitor. A range picker (1 h … 90 d),
 * zoom (wheel) and pan (drag) on the chart that read finer data, CSV export of the status history and
 * of the monthly tables, and a Host tab with node exporter's CPU, memory (ZFS ARC apart),
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
    /// Writes the status history (runs) in the chosen range to @p path (the Export menu asks for it).
    void exportTo(const QString &path);
    /// Writes the monthly table of every monitor to @p path.
    void exportMonthlyTo(const QString &path);
    [[nodiscard]] MonitorDetails *details() const { return m_details; }

private:
    void updateState();
    void updateDetails();
    void rebuildHostCharts();
    void chooseExportFile(bool monthly);
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
    MonitorDetails *m_details;
    QString m_keepSelected; ///< the selected monitor while the model resets
    QWidget *m_hostPage;
    QList<TimeChart *> m_hostCharts;
};

} // namespace KryNet::Ui
