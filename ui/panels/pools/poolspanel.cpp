#include "ui/panels/pools/poolspanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/zfs/poolmodel.h"
#include "core/zfs/poolstore.h"
#include "core/zfs/scrubschedules.h"
#include "ui/panels/pools/poolcard.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

using Zfs::PoolModel;
using Zfs::PoolStore;
using Zfs::ScrubAction;

PoolsPanel::PoolsPanel(Prompter &prompter, QWidget *parent)
    : LabPanel(parent)
    , m_prompter(prompter)
    , m_model(new PoolModel(this))
    , m_stack(new QStackedWidget(this))
    , m_loading(new EmptyState(this))
    , m_empty(new EmptyState(this))
    , m_error(new EmptyState(this))
    , m_data(new QWidget(this))
    , m_cards(new QGridLayout)
    , m_title(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_smart(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"poolsPanel"_s);
    m_loading->setObjectName(u"poolsLoading"_s);
    m_loading->setIcon(HealthStyle::icon(Health::Busy));
    m_empty->setObjectName(u"poolsEmpty"_s);
    m_error->setObjectName(u"poolsError"_s);
    m_error->setIcon(HealthStyle::icon(Health::Critical));
    m_error->setAction(tr("Try again"));
    connect(m_error, &EmptyState::actionTriggered, this, &PoolsPanel::refresh);

    // Data page: header, cards (scrolling), details tabs.
    m_title->setObjectName(u"poolsTitle"_s);
    m_updated->setObjectName(u"poolsUpdated"_s);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(u"poolsRefresh"_s);
    connect(refreshButton, &QPushButton::clicked, this, &PoolsPanel::refresh);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_updated);
    header->addWidget(refreshButton);
    auto *cardsHost = new QWidget(this);
    auto *cardsOuter = new QVBoxLayout(cardsHost);
    cardsOuter->addLayout(m_cards);
    cardsOuter->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(cardsHost);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tree->setObjectName(u"poolsTree"_s);
    m_tree->setAccessibleName(tr("Pools, vdevs and disks"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(PoolModel::StateColumn, new HealthDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDevice(current); });
    m_smart->setObjectName(u"poolsSmart"_s);
    m_smart->setWordWrap(true);
    m_smart->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_smart->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *devices = new QSplitter(Qt::Horizontal, this);
    devices->addWidget(m_tree);
    devices->addWidget(m_smart);
    devices->setStretchFactor(0, 3);
    devices->setStretchFactor(1, 1);
    devices->setSizes({700, 300});
    m_smart->setMinimumWidth(220);
    m_smart->setText(tr("Select a disk to see its SMART data."));

    m_status->setObjectName(u"poolsStatusText"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText); // built with every server value escaped (showSelected)
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *statusScroll = new QScrollArea(this);
    statusScroll->setWidgetResizable(true);
    statusScroll->setWidget(m_status);

    m_raw->setObjectName(u"poolsRaw"_s);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("Copy for support"), this);
    copy->setObjectName(u"poolsCopyRaw"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_store ? m_store->rawOutput() : QString()); });
    auto *rawPage = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->addWidget(m_raw);
    rawLayout->addWidget(copy, 0, Qt::AlignRight);

    auto *tabs = m_tabs;
    tabs->setObjectName(u"poolsDetails"_s);
    tabs->addTab(devices, tr("Devices"));
    tabs->addTab(statusScroll, tr("Status and errors"));
    tabs->addTab(rawPage, tr("Raw output"));
    connect(tabs, &QTabWidget::currentChanged, this, &PoolsPanel::showRawOutput);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // One row of cards always fits; more rows scroll.
    scroll->setMinimumHeight(PoolCard(QPersistentModelIndex()).sizeHint().height() + 24);
    auto *dataLayout = new QVBoxLayout(m_data);
    dataLayout->addLayout(header);
    dataLayout->addWidget(split, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_error);
    m_stack->addWidget(m_data);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &PoolsPanel::rebuildCards);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PoolsPanel::refreshViews);
    connect(m_model, &QAbstractItemModel::dataChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    setSession(nullptr);
}

PoolsPanel::~PoolsPanel()
{
    m_model->setStore(nullptr);
}

Zfs::PoolStore *PoolsPanel::store() const
{
    return m_store.data();
}

void PoolsPanel::setSession(LabSession *session)
{
    m_model->setStore(nullptr);
    m_schedules.reset();
    if (m_store)
        disconnect(m_store.data(), nullptr, this, nullptr);
    m_store = nullptr;
    m_session = session;
    resetFirstAnswer();
    if (session) {
        auto store = session->stores().pools(); // shared with the Overview and the tray
        if (!store) {
            m_error->setTitle(tr("Pools cannot be read"));
            m_error->setText(store.error().message());
            m_error->setAction(QString()); // a settings problem: retrying cannot help
            m_stack->setCurrentWidget(m_error);
            markFirstAnswer();
            return;
        }
        m_store = *store;
        connect(m_store.data(), &PoolStore::stateChanged, this, &PoolsPanel::showState);
        connect(m_store.data(), &PoolStore::updated, this, &PoolsPanel::showState);
        m_model->setStore(m_store.data());
        // The scrub schedules (issue 7): the scrub-age warning uses each pool's schedule period.
        if (auto ssh = session->ssh()) {
            m_schedules =
                std::make_unique<Zfs::ScrubScheduleStore>(*ssh, &session->actionLog(), session->profile().name());
            connect(m_store.data(), &PoolStore::updated, this, &PoolsPanel::updateScrubAges);
            connect(m_schedules.get(), &Zfs::ScrubScheduleStore::updated, this, &PoolsPanel::updateScrubAges);
            (void)m_schedules->refresh();
        }
    }
    showState();
}

bool PoolsPanel::isLoading() const
{
    return m_store && m_store->isRefreshing();
}

void PoolsPanel::refresh()
{
    if (m_store)
        (void)m_store->refresh();
    if (m_schedules)
        (void)m_schedules->refresh();
}

void PoolsPanel::updateScrubAges()
{
    if (!m_store || !m_schedules || m_schedules->state() != Zfs::ScrubScheduleStore::State::Ready)
        return;
    m_model->setScrubMaxAgeDays(Zfs::ScrubPlanner::overdueDaysByPool(
        m_schedules->schedules(), m_store->pools(), m_schedules->zone(), QDateTime::currentDateTimeUtc()));
}

void PoolsPanel::showState()
{
    if (!m_store) {
        m_empty->setIcon(HealthStyle::icon(Health::Unknown));
        m_empty->setTitle(tr("No server chosen"));
        m_empty->setText(tr("The pools panel shows the ZFS pools of a server: health, capacity, scrubs and failing "
                            "disks.\n\nChoose a server profile with an SSH host to see its pools."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const QString host = m_session ? m_session->profile().ssh().host : QString();
    switch (m_store->state()) {
    case PoolStore::State::Idle:
    case PoolStore::State::Loading:
        m_loading->setTitle(tr("Reading pools…"));
        m_loading->setText(tr("Asking %1 for zpool status, capacity and SMART over SSH.").arg(host));
        m_stack->setCurrentWidget(m_loading);
        return;
    case PoolStore::State::Failed:
        if (m_store->pools().isEmpty()) {
            m_error->setTitle(tr("Pools could not be read"));
            m_error->setAction(tr("Try again"));
            m_error->setText(m_store->lastError().message() + u"\n\n"_s + m_store->lastError().detail());
            m_stack->setCurrentWidget(m_error);
            markFirstAnswer();
            return;
        }
        break; // keep showing the last data, marked stale by the model
    case PoolStore::State::Ready:
        if (m_store->pools().isEmpty()) {
            m_empty->setIcon(HealthStyle::icon(Health::Unknown));
            m_empty->setTitle(tr("No pools on %1").arg(host));
            m_empty->setText(tr("ZFS answered, but there is no imported pool. Create or import one (zpool create, "
                                "zpool import), then refresh."));
            m_empty->setAction(QString());
            m_stack->setCurrentWidget(m_empty);
            markFirstAnswer();
            return;
        }
        break;
    }
    m_title->setText(tr("%n pool(s) on %1", nullptr, int(m_store->pools().size())).arg(host));
    const QString when = QLocale().toString(m_store->lastUpdated().toLocalTime().time(), QLocale::ShortFormat);
    m_updated->setText(m_store->state() == PoolStore::State::Failed
                           ? tr("Last read at %1 failed: %2").arg(when, m_store->lastError().message())
                           : tr("Updated %1").arg(when));
    m_stack->setCurrentWidget(m_data);
    markFirstAnswer();
}

void PoolsPanel::rebuildCards()
{
    qDeleteAll(m_cardWidgets);
    m_cardWidgets.clear();
    const int columns = 3;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        auto *card = new PoolCard(QPersistentModelIndex(m_model->index(r, 0)), m_cards->parentWidget());
        connect(card, &PoolCard::clicked, this, &PoolsPanel::select);
        connect(card, &PoolCard::scrubRequested, this, &PoolsPanel::askScrub);
        m_cards->addWidget(card, r / columns, r % columns);
        card->show(); // now, not on the layout's queued show: the panel may be grabbed before
        m_cardWidgets << card;
    }
    if (m_model->rowCount() > 0 && !m_model->indexOfPool(m_selected).isValid())
        m_selected = m_model->index(0, 0).data(Roles::IdRole).toString();
    select(m_selected);
}

void PoolsPanel::select(const QString &pool)
{
    m_selected = pool;
    for (PoolCard *card : std::as_const(m_cardWidgets))
        card->setSelected(card->poolName() == pool);
    const QModelIndex root = m_model->indexOfPool(pool);
    // The tree shows the pool row itself (with its counters) and everything below it.
    m_tree->setRootIndex(QModelIndex());
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_tree->setRowHidden(r, QModelIndex(), r != root.row());
    m_tree->expandAll();
    for (int c = 0; c < PoolModel::NotesColumn; ++c)
        m_tree->resizeColumnToContents(c);
    showDetails();
}

namespace
{

/// A server value (pool, disk model, serial…) for the rich-text details: made safe, then HTML-escaped.
QString shownHtml(const QString &value)
{
    return DisplayText::name(value).toHtmlEscaped();
}

/// A sentence or output holding server values (a health reason, zpool's status text), for the same.
QString shownText(const QString &text)
{
    return DisplayText::text(text).toHtmlEscaped();
}

} // namespace

void PoolsPanel::showDetails()
{
    const QModelIndex p = m_model->indexOfPool(m_selected);
    if (!p.isValid())
        return;
    QString html =
        u"<h3>%1 — %2</h3>"_s.arg(shownHtml(m_selected), shownText(p.data(PoolModel::StateWordRole).toString()));
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Health:"), HealthText::word(Health(p.data(Roles::HealthRole).toInt())) +
                                                            u" — "_s +
                                                            shownText(p.data(Roles::HealthReasonRole).toString()));
    const QString status = p.data(PoolModel::StatusTextRole).toString();
    html +=
        u"<p><b>%1</b> %2</p>"_s.arg(tr("Status:"), status.isEmpty() ? tr("no problem reported") : shownText(status));
    if (const QString action = p.data(PoolModel::ActionTextRole).toString(); !action.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("What to do:"), shownText(action));
    if (const QString see = p.data(PoolModel::SeeRole).toString(); !see.isEmpty())
        html += u"<p><a href=\"%1\">%1</a></p>"_s.arg(see.toHtmlEscaped());
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Scan:"), shownText(p.data(PoolModel::ScanSummaryRole).toString()));
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Errors:"), shownText(p.data(PoolModel::ErrorsTextRole).toString()));
    const QStringList files = p.data(PoolModel::PermanentErrorsRole).toStringList();
    if (!files.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("Files with permanent errors (restore them from a backup):"));
        for (const QString &f : files)
            html += u"<li><tt>%1</tt></li>"_s.arg(DisplayText::name(f).toHtmlEscaped());
        html += u"</ul>"_s;
    }
    m_status->setText(html);
    showRawOutput();
}

void PoolsPanel::refreshViews()
{
    for (PoolCard *card : std::as_const(m_cardWidgets))
        card->refreshFromModel();
    showDetails();
}

void PoolsPanel::showRawOutput()
{
    if (m_tabs->currentWidget() != m_raw->parentWidget())
        return;
    const QString raw = m_store ? m_store->rawOutput() : QString();
    if (raw != m_rawShown) {
        m_rawShown = raw;
        m_raw->setPlainText(raw);
    }
}

void PoolsPanel::showDevice(const QModelIndex &index)
{
    const QModelIndex i = index.siblingAtColumn(0);
    if (!i.isValid() || i.data(PoolModel::IsPoolRole).toBool() || i.data(PoolModel::TypeRole) == u"group"_s) {
        m_smart->setText(tr("Select a disk to see its SMART data."));
        return;
    }
    QString text = u"<b>%1</b><br>"_s.arg(shownHtml(i.data().toString()));
    text += HealthText::word(Health(i.data(Roles::HealthRole).toInt())) + u" — "_s +
            shownText(i.data(Roles::HealthReasonRole).toString()) + u"<br>"_s;
    if (const QString was = i.data(PoolModel::WasRole).toString(); !was.isEmpty())
        text += tr("Missing; was %1").arg(shownHtml(was)) + u"<br>"_s;
    if (const QString trim = i.data(PoolModel::TrimRole).toString(); !trim.isEmpty())
        text += tr("Trim: %1").arg(shownHtml(trim)) + u"<br>"_s;
    if (!i.data(PoolModel::SmartAvailableRole).toBool()) {
        const QString why = i.data(PoolModel::SmartMessageRole).toString();
        text += tr("No SMART data (file vdevs, virtual disks and some USB bridges have none).");
        if (!why.isEmpty())
            text += u"<br><i>%1</i>"_s.arg(shownText(why));
        m_smart->setText(text);
        return;
    }
    const auto row = [&text](const QString &label, const QVariant &v) {
        if (v.isValid() && !v.toString().isEmpty())
            text += u"%1 %2<br>"_s.arg(label, shownHtml(v.toString()));
    };
    const QVariant passed = i.data(PoolModel::SmartPassedRole);
    row(tr("SMART health:"), passed.isValid() ? (passed.toBool() ? tr("passed") : tr("FAILED")) : QVariant());
    row(tr("Model:"), i.data(PoolModel::ModelNameRole));
    row(tr("Serial:"), i.data(PoolModel::SerialRole));
    row(tr("Temperature (°C):"), i.data(PoolModel::TemperatureRole));
    row(tr("Power-on hours:"), i.data(PoolModel::PowerOnHoursRole));
    row(tr("Reallocated sectors:"), i.data(PoolModel::ReallocatedRole));
    row(tr("Pending sectors:"), i.data(PoolModel::PendingRole));
    row(tr("Offline uncorrectable:"), i.data(PoolModel::OfflineUncorrectableRole));
    row(tr("Last self-test:"), i.data(PoolModel::SelfTestRole));
    m_smart->setText(text);
}

void PoolsPanel::askScrub(const QString &pool, int actionValue)
{
    if (!m_store)
        return;
    const auto action = ScrubAction(actionValue);
    QString text;
    switch (action) {
    case ScrubAction::Start:
        text = tr("Start a scrub of pool %1 (or resume a paused one)? ZFS reads every block and repairs what it "
                  "can; the pool stays usable but slower until it ends.")
                   .arg(pool);
        break;
    case ScrubAction::Pause:
        text = tr("Pause the scrub of pool %1? It can be resumed later from where it stopped.").arg(pool);
        break;
    case ScrubAction::Stop:
        text = tr("Stop the scrub of pool %1? A new scrub starts again from the beginning.").arg(pool);
        break;
    }
    const QString label = PoolStore::actionName(action);
    m_prompter.confirm(
        this, label, text, label, [this, pool, action, store = QPointer<PoolStore>(m_store.data())](bool ok) {
            if (!ok || !store)
                return;
            // No context object: the store's future finishes on this thread; the guard covers a closed panel.
            store->scrub(pool, action)
                .then([this, self = QPointer<PoolsPanel>(this), pool, action](const Result<void> &r) {
                    if (self && !r)
                        m_prompter.warn(this, PoolStore::actionName(action),
                                        tr("%1 on pool %2 failed: %3")
                                            .arg(PoolStore::actionName(action), pool, r.error().message()));
                });
        });
}

} // namespace KryNet::Ui
