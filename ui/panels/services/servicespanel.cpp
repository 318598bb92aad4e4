#include "ui/panels/services/servicespanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/common/health.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/lab/servicedirectory.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/healthstyle.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

ServicesPanel::ServicesPanel(QWidget *parent)
    : LabPanel(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_checkButton(new QToolButton(this))
    , m_openButton(new QToolButton(this))
{
    setObjectName(u"servicesPanel"_s);
    m_table->setObjectName(u"servicesTable"_s);
    m_summary->setObjectName(u"servicesSummary"_s);
    m_checkButton->setObjectName(u"checkServicesButton"_s);
    m_openButton->setObjectName(u"openServiceButton"_s);

    m_proxy->setSortRole(Roles::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceDirectory::ServiceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setItemDelegateForColumn(ServiceDirectory::StatusColumn, new HealthDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Services"));
    connect(m_table, &QTableView::customContextMenuRequested, this, &ServicesPanel::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &ServicesPanel::openCurrent);

    m_checkButton->setText(tr("Check now"));
    m_checkButton->setToolTip(tr("Check every service again (F5)"));
    m_checkButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_checkButton, &QToolButton::clicked, this, &ServicesPanel::refresh);
    m_openButton->setText(tr("Open in browser"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QToolButton::clicked, this, &ServicesPanel::openCurrent);

    auto *title = new QLabel(tr("Services"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_openButton);
    header->addWidget(m_checkButton);

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(header);
    tableLayout->addWidget(m_table, 1);

    m_empty->setIcon(QIcon(u":/icons/services.svg"_s));
    m_empty->setTitle(tr("Services"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(tablePage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setSession(nullptr);
}

ServicesPanel::~ServicesPanel() = default;

void ServicesPanel::setSession(LabSession *session)
{
    m_proxy->setSourceModel(nullptr);
    if (m_directory)
        disconnect(m_directory.data(), nullptr, this, nullptr);
    m_directory = nullptr;
    resetFirstAnswer();
    if (!session) {
        m_empty->setText(tr("Every service of the lab with its address, whether it answers, and its version.\n\n"
                            "Choose a server profile to see its services."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_directory = session->stores().services(); // shared with the Overview and the palette
    if (m_directory->services().isEmpty()) {
        m_empty->setText(tr("Profile “%1” lists no web services yet. Add them with\n"
                            "krynetctl profile set %1 --service sonarr --service jellyfin …")
                             .arg(session->profile().name()));
        m_stack->setCurrentWidget(m_empty);
        markFirstAnswer();
        return;
    }
    m_proxy->setSourceModel(m_directory.data());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ServiceDirectory::StatusColumn, QHeaderView::Stretch);
    connect(m_directory.data(), &QAbstractItemModel::dataChanged, this, &ServicesPanel::updateSummary);
    connect(m_directory.data(), &ServiceDirectory::checkingChanged, this, [this](bool checking) {
        m_checkButton->setEnabled(!checking);
        if (!checking) {
            m_table->resizeColumnToContents(ServiceDirectory::VersionColumn);
            markFirstAnswer();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_openButton->setEnabled(currentSourceIndex().isValid()); });
    m_stack->setCurrentIndex(1);
    m_checkButton->setEnabled(!m_directory->isChecking());
    if (!m_directory->isChecking()) // the shared directory may have answered before this panel got it
        markFirstAnswer();
    updateSummary();
}

bool ServicesPanel::isLoading() const
{
    return m_directory && m_directory->isChecking();
}

void ServicesPanel::refresh()
{
    if (m_directory)
        m_directory->refresh();
}

void ServicesPanel::updateSummary()
{
    if (!m_directory)
        return;
    int ok = 0;
    int problems = 0;
    int checking = 0;
    for (const ServiceStatus &s : m_directory->services()) {
        if (s.checking)
            ++checking;
        else if (s.health == Health::Ok)
            ++ok;
        else if (s.health == Health::Warning || s.health == Health::Critical)
            ++problems;
    }
    const int total = int(m_directory->services().size());
    if (checking > 0)
        m_summary->setText(tr("Checking %n service(s)…", nullptr, checking));
    else if (problems > 0)
        m_summary->setText(tr("%1 of %2 answer; %n need attention", nullptr, problems).arg(ok).arg(total));
    else
        m_summary->setText(tr("All %n service(s) answer", nullptr, total));
}

QModelIndex ServicesPanel::currentSourceIndex() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current) : QModelIndex();
}

void ServicesPanel::openCurrent()
{
    const QModelIndex index = currentSourceIndex();
    const QUrl url = index.data(ServiceDirectory::UrlRole).toUrl();
    if (url.isValid() && !url.isEmpty())
        QDesktopServices::openUrl(url);
}

void ServicesPanel::copyCurrent()
{
    const QUrl url = currentSourceIndex().data(ServiceDirectory::UrlRole).toUrl();
    if (url.isValid())
        QApplication::clipboard()->setText(url.toString());
}

void ServicesPanel::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open in browser"), this, &ServicesPanel::openCurrent);
    menu.addAction(tr("Copy address"), this, &ServicesPanel::copyCurrent);
    const QString certificate = currentSourceIndex().data(ServiceDirectory::CertificateRole).toString();
    if (!certificate.isEmpty()) {
        menu.addAction(tr("Copy certificate fingerprint"), this,
                       [certificate] { QApplication::clipboard()->setText(u"SHA256:"_s + certificate); });
    }
    menu.addSeparator();
    menu.addAction(tr("Check again"), this, &ServicesPanel::refresh);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace KryNet::Ui
