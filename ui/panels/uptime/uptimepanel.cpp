#include "ui/panels/uptime/uptimepanel.h"

#include <utility>

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/common/health.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/metrics/monitortablemodel.h"
#include "core/metrics/uptimestore.h"
#include "ui/charts/timechart.h"
#include "ui/panels/uptime/monitordetails.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/prompter.h"
#include "ui/widgets/textbutton.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

UptimePanel::UptimePanel(Prompter *prompter, QWidget *parent)
    : LabPanel(parent)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<DialogPrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_pending(new QComboBox(this))
    , m_refreshButton(textToolButton(this, u"uptimeRefreshButton"_s, tr("Refresh"), tr("Read the monitors again (F5)")))
    , m_exportButton(textToolButton(this, u"uptimeExportButton"_s, tr("Export CSV…"),
                                    tr("Save the status history of the chosen range, or the monthly availability, "
                                       "as CSV")))
    , m_slugRow(new QWidget(this))
    , m_slug(new QLineEdit(this))
    , m_details(new MonitorDetails(this))
    , m_hostPage(new QWidget(this))
{
    setObjectName(u"uptimePanel"_s);
    m_table->setObjectName(u"uptimeMonitorTable"_s);
    m_table->setAccessibleName(tr("Monitors"));
    m_summary->setObjectName(u"uptimeSummary"_s);
    m_error->setObjectName(u"uptimeError"_s);
    m_range->setObjectName(u"uptimeRange"_s);
    m_range->setAccessibleName(tr("Time range"));
    m_pending->setObjectName(u"uptimePending"_s);
    m_pending->setAccessibleName(tr("How pending checks count"));
    m_slug->setObjectName(u"uptimeSlugEdit"_s);
    m_slug->setAccessibleName(tr("Status page slug"));
    m_tabs->setObjectName(u"uptimeTabs"_s);
    m_hostPage->setObjectName(u"uptimeHostPage"_s);

    const QList<QPair<QString, qint64>> ranges = {{tr("1 hour"), 3600},        {tr("6 hours"), 6 * 3600},
                                                  {tr("24 hours"), 86400},     {tr("7 days"), 7 * 86400},
                                                  {tr("30 days"), 30 * 86400}, {tr("90 days"), 90 * 86400}};
    for (const auto &[label, secs] : ranges)
        m_range->addItem(label, secs);
    m_range->setCurrentIndex(2);
    m_range->setToolTip(tr("Time range of the charts"));
    m_pending->addItem(tr("Pending counts as down"), int(Metrics::PendingPolicy::AsDown));
    m_pending->addItem(tr("Pending counts as up"), int(Metrics::PendingPolicy::AsUp));
    m_pending->addItem(tr("Pending not counted"), int(Metrics::PendingPolicy::Excluded));
    m_pending->setToolTip(tr("How beats while Uptime Kuma retries count in the uptime percentages"));

    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(Metrics::MonitorTableModel::StatusColumn, new HealthDelegate(m_table));
    m_table->setItemDelegateForColumn(Metrics::MonitorTableModel::CertificateColumn, new HealthDelegate(m_table));
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Status history of the range…"), this, [this] { chooseExportFile(false); });
    exportMenu->addAction(tr("Monthly availability…"), this, [this] { chooseExportFile(true); });
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);

    auto *title = new QLabel(tr("Uptime"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_pending);
    header->addWidget(m_range);
    header->addWidget(m_exportButton);
    header->addWidget(m_refreshButton);

    auto *slugLayout = new QHBoxLayout(m_slugRow);
    slugLayout->setContentsMargins(0, 0, 0, 0);
    auto *slugButton = new QPushButton(tr("Read status page"), m_slugRow);
    slugButton->setObjectName(u"uptimeSlugButton"_s);
    m_slug->setPlaceholderText(tr("status page slug, e.g. homelab"));
    slugLayout->addWidget(new QLabel(tr("Without Prometheus, read Uptime Kuma's published status page:"), m_slugRow));
    slugLayout->addWidget(m_slug, 1);
    slugLayout->addWidget(slugButton);
    m_slugRow->hide();
    m_error->setWordWrap(true);
    m_error->hide();

    auto *monitorsPage = new QSplitter(Qt::Vertical, this);
    monitorsPage->addWidget(m_table);
    monitorsPage->addWidget(m_details);
    monitorsPage->setStretchFactor(0, 1);
    monitorsPage->setStretchFactor(1, 1);

    auto *hostScroll = new QScrollArea(this);
    hostScroll->setWidgetResizable(true);
    hostScroll->setWidget(m_hostPage);
    new QGridLayout(m_hostPage);

    m_tabs->addTab(monitorsPage, tr("Monitors"));
    m_tabs->addTab(hostScroll, tr("Host"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_tabs, 1);

    m_empty->setIcon(QIcon(u":/icons/services.svg"_s));
    m_empty->setTitle(tr("Uptime"));
    connect(m_empty, &EmptyState::actionTriggered, this, &UptimePanel::refresh);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_slugRow);
    layout->addWidget(m_stack, 1);

    connect(m_refreshButton, &QToolButton::clicked, this, &UptimePanel::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_store)
            return;
        m_store->setRange(m_range->currentData().toLongLong());
        refresh();
        updateDetails();
    });
    connect(m_pending, &QComboBox::currentIndexChanged, this, [this] {
        if (m_store)
            m_store->setPendingPolicy(Metrics::PendingPolicy(m_pending->currentData().toInt()));
    });
    auto readSlug = [this] {
        if (!m_store)
            return;
        m_store->setStatusPageSlug(m_slug->text().trimmed());
        m_store->refresh();
    };
    connect(slugButton, &QPushButton::clicked, this, readSlug);
    connect(m_slug, &QLineEdit::returnPressed, this, readSlug);
    setSession(nullptr);
}

UptimePanel::~UptimePanel() = default;

void UptimePanel::setSession(LabSession *session)
{
    resetFirstAnswer();
    m_table->setModel(nullptr);
    m_details->setStore(nullptr);
    m_model.reset();
    if (m_store)
        disconnect(m_store.data(), nullptr, this, nullptr);
    m_store = nullptr;
    m_slugRow->hide();
    m_empty->setAction({});
    if (!session) {
        m_empty->setText(tr("Availability and response times of every Uptime Kuma monitor, and the server's "
                            "CPU, memory and disks, from Prometheus.\n\nChoose a server profile to see them."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_store = session->stores().metrics(); // shared with the Overview and the tray
    if (!m_store) {
        m_empty->setText(tr("Profile “%1” has neither Prometheus nor Uptime Kuma. Add one with\n"
                            "krynetctl profile set %1 --service prometheus")
                             .arg(session->profile().name()));
        m_stack->setCurrentWidget(m_empty);
        markFirstAnswer();
        return;
    }
    m_store->setRange(m_range->currentData().toLongLong());
    m_store->setPendingPolicy(Metrics::PendingPolicy(m_pending->currentData().toInt()));
    m_store->setPixelWidth(std::max(600, m_details->chart()->plotWidth()));
    m_model = std::make_unique<Metrics::MonitorTableModel>(*m_store);
    m_table->setModel(m_model.get());
    // Every refresh resets the model: keep the monitor the user chose (and with it the chart's zoom).
    connect(m_model.get(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = currentMonitor(); });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        const QString name = std::exchange(m_keepSelected, QString());
        for (int row = 0; !name.isEmpty() && row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, Metrics::MonitorTableModel::NameColumn);
            if (index.data(Roles::IdRole).toString() == name) {
                m_table->setCurrentIndex(index);
                break;
            }
        }
    });
    m_details->setStore(m_store);
    connect(m_store.data(), &Metrics::UptimeStore::changed, this, &UptimePanel::updateState);
    connect(m_store.data(), &Metrics::UptimeStore::loadingChanged, this, &UptimePanel::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UptimePanel::updateDetails);
    m_slugRow->setVisible(!m_store->hasPrometheus());
    m_store->refresh();
    updateState();
}

void UptimePanel::refresh()
{
    if (!m_store)
        return;
    // The step Prometheus is asked for follows the chart's width once it is on screen.
    if (m_details->chart()->isVisible())
        m_store->setPixelWidth(m_details->chart()->plotWidth());
    m_store->refresh();
}

Metrics::UptimeStore *UptimePanel::store() const
{
    return m_store.data();
}

bool UptimePanel::isLoading() const
{
    return m_store && m_store->isLoading();
}

QString UptimePanel::currentMonitor() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(Roles::IdRole).toString() : QString();
}

void UptimePanel::updateState()
{
    if (!m_store)
        return;
    const auto &error = m_store->lastError();
    if (!m_store->hasLoaded()) {
        m_empty->setText(m_store->isLoading()
                             ? tr("Reading monitors and their history from %1…")
                                   .arg(m_store->hasPrometheus() ? tr("Prometheus") : tr("Uptime Kuma"))
                         : error ? error->message()
                                 : QString());
        m_empty->setAction(m_store->isLoading() || !error ? QString() : tr("Try again"));
        m_stack->setCurrentWidget(m_empty);
        if (!m_store->isLoading() && error)
            markFirstAnswer();
        return;
    }
    m_stack->setCurrentIndex(1);
    markFirstAnswer();
    if (m_store->monitors().isEmpty()) {
        m_error->setText(tr("Prometheus has no Uptime Kuma series (monitor_status). Add Uptime Kuma's /metrics "
                            "as a scrape target, or read its status page instead."));
        m_error->setVisible(true);
    } else {
        m_error->setVisible(error.has_value() || !m_store->cacheWarning().isEmpty());
        if (error)
            m_error->setText(tr("Showing the data of %1: %2")
                                 .arg(QLocale().toString(m_store->asOf().toLocalTime(), QLocale::ShortFormat),
                                      DisplayText::text(error->message())));
        else
            m_error->setText(DisplayText::text(m_store->cacheWarning()));
    }
    const QString as = QLocale().toString(m_store->asOf().toLocalTime().time(), QLocale::ShortFormat);
    QStringList parts;
    parts.append(tr("%n monitor(s)", nullptr, int(m_store->monitors().size())));
    parts.append(tr("%n down", nullptr, m_store->downCount()));
    const int certs = int(m_store->certsExpiringWithin(14).size());
    if (certs > 0)
        parts.append(tr("%n certificate(s) expire within 14 days", nullptr, certs));
    if (m_store->source() == Metrics::UptimeStore::Source::Cache)
        parts.append(tr("offline, as of %1").arg(as));
    else if (m_store->source() == Metrics::UptimeStore::Source::StatusPage)
        parts.append(tr("from the status page, as of %1").arg(as));
    else
        parts.append(tr("as of %1").arg(as));
    m_summary->setText(m_store->isLoading() ? tr("Refreshing…") : parts.join(u" · "_s));
    m_refreshButton->setEnabled(!m_store->isLoading());
    m_table->resizeColumnsToContents();
    rebuildHostCharts();
    updateDetails();
}

void UptimePanel::updateDetails()
{
    if (m_store)
        m_details->showMonitor(currentMonitor());
}

void UptimePanel::rebuildHostCharts()
{
    auto *grid = static_cast<QGridLayout *>(m_hostPage->layout());
    const auto &charts = m_store->hostCharts();
    while (m_hostCharts.size() > charts.size())
        delete m_hostCharts.takeLast();
    while (m_hostCharts.size() < charts.size()) {
        auto *chart = new TimeChart(m_hostPage);
        chart->setObjectName(u"uptimeHostChart"_s);
        chart->setMinimumHeight(200);
        grid->addWidget(chart, int(m_hostCharts.size()) / 2, int(m_hostCharts.size()) % 2);
        m_hostCharts.append(chart);
    }
    const qint64 now = m_store->now();
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const Metrics::HostChart &c = charts.at(i);
        TimeChart *chart = m_hostCharts.at(i);
        chart->setTitle(c.title);
        chart->setUnit(c.unit);
        chart->setRange((now - m_store->range()) * 1000, now * 1000);
        QList<ChartSeries> series;
        for (const Metrics::Series &s : c.series)
            series.append({s.labels.value(u"legend"_s), s.samples});
        chart->setSeries(series);
    }
}

void UptimePanel::chooseExportFile(bool monthly)
{
    auto *dialog = new QFileDialog(this, monthly ? tr("Export monthly availability") : tr("Export uptime history"),
                                   QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(
        (monthly ? u"uptime-monthly-%1.csv"_s : u"uptime-%1.csv"_s).arg(QDate::currentDate().toString(Qt::ISODate)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (monthly)
        connect(dialog, &QFileDialog::fileSelected, this, &UptimePanel::exportMonthlyTo);
    else
        connect(dialog, &QFileDialog::fileSelected, this, &UptimePanel::exportTo);
    dialog->open(); // window-modal, no nested event loop
}

void UptimePanel::exportTo(const QString &path)
{
    if (!m_store || path.isEmpty())
        return;
    const auto written = m_store->exportCsv(path);
    if (!written)
        m_prompter->warn(this, tr("Export uptime history"), written.error().message());
    else
        m_summary->setText(tr("%n status run(s) written to %1", nullptr, int(*written)).arg(path));
}

void UptimePanel::exportMonthlyTo(const QString &path)
{
    if (!m_store || path.isEmpty())
        return;
    const auto written = m_store->exportMonthlyCsv(path);
    if (!written)
        m_prompter->warn(this, tr("Export monthly availability"), written.error().message());
    else
        m_summary->setText(tr("%n month(s) written to %1", nullptr, int(*written)).arg(path));
}

} // namespace KryNet::Ui
