#include "ui/panels/media/mediapanel.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/common/health.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/media/pipelinemodel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{
namespace
{

using Media::PipelineModel;

// Stage column: a progress bar with the stage's text while downloading, plain text otherwise.
class StageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const double progress = index.data(PipelineModel::ProgressRole).toDouble();
        if (progress < 0 || index.data(PipelineModel::StageRole).toInt() != int(Media::Stage::Downloading)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(progress * 1000);
        bar.text = QString::number(bar.progress / 10) + u" %"_s;
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
    }
};

// "Stuck only" plus a text filter over title, reason and requester.
class PipelineFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStuckOnly(bool stuckOnly)
    {
        m_stuckOnly = stuckOnly;
        invalidateFilter();
    }
    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex title = sourceModel()->index(sourceRow, PipelineModel::TitleColumn, sourceParent);
        if (m_stuckOnly && !title.data(PipelineModel::StuckRole).toBool())
            return false;
        if (m_text.isEmpty())
            return true;
        for (int column : {int(PipelineModel::TitleColumn), int(PipelineModel::ReasonColumn),
                           int(PipelineModel::RequestedByColumn), int(PipelineModel::StageColumn)}) {
            if (sourceModel()
                    ->index(sourceRow, column, sourceParent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    bool m_stuckOnly = false;
    QString m_text;
};

QToolButton *button(QWidget *parent, const QString &name, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

MediaPanel::MediaPanel(Prompter *prompter, QWidget *parent)
    : LabPanel(parent)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<DialogPrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_proxy(new PipelineFilter(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_stuckOnly(new QCheckBox(tr("Stuck only"), this))
    , m_filter(new QLineEdit(this))
    , m_refreshButton(button(this, u"refreshMediaButton"_s, tr("Refresh"), tr("Read every media service again (F5)")))
    , m_approveButton(
          button(this, u"approveRequestButton"_s, tr("Approve…"), tr("Approve the pending request in Seerr")))
    , m_declineButton(
          button(this, u"declineRequestButton"_s, tr("Decline…"), tr("Decline the pending request in Seerr")))
    , m_searchButton(button(this, u"searchReleaseButton"_s, tr("Search…"),
                            tr("Ask Radarr/Sonarr to search the indexers for this title")))
{
    setObjectName(u"mediaPanel"_s);
    const std::pair<QWidget *, QString> names[] = {{m_table, u"mediaTable"_s},         {m_details, u"mediaDetails"_s},
                                                   {m_summary, u"mediaSummary"_s},     {m_message, u"mediaMessage"_s},
                                                   {m_stuckOnly, u"stuckOnlyCheck"_s}, {m_filter, u"mediaFilter"_s}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);

    m_proxy->setSortRole(Roles::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PipelineModel::HealthColumn, Qt::DescendingOrder); // stuck first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(PipelineModel::HealthColumn, new HealthDelegate(m_table));
    m_table->setItemDelegateForColumn(PipelineModel::StageColumn, new StageDelegate(m_table));
    m_table->setAccessibleName(tr("Media requests"));
    m_filter->setPlaceholderText(tr("Filter by title, reason, requester…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<PipelineFilter *>(m_proxy)->setText(text); });
    connect(m_stuckOnly, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<PipelineFilter *>(m_proxy)->setStuckOnly(on); });
    connect(m_refreshButton, &QToolButton::clicked, this, &MediaPanel::refresh);
    connect(m_approveButton, &QToolButton::clicked, this,
            [this] { confirmAction(int(PipelineModel::Action::Approve)); });
    connect(m_declineButton, &QToolButton::clicked, this,
            [this] { confirmAction(int(PipelineModel::Action::Decline)); });
    connect(m_searchButton, &QToolButton::clicked, this, [this] { confirmAction(int(PipelineModel::Action::Search)); });
    connect(m_empty, &EmptyState::actionTriggered, this, &MediaPanel::refresh);
    auto *title = new QLabel(tr("Media requests"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_summary, 1);
    header->addWidget(m_refreshButton);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_stuckOnly);
    tools->addSpacing(12);
    tools->addWidget(m_approveButton);
    tools->addWidget(m_declineButton);
    tools->addWidget(m_searchButton);
    m_details->setAccessibleName(tr("Request details"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_message->setWordWrap(true);
    m_message->hide();
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(header);
    pageLayout->addLayout(tools);
    pageLayout->addWidget(m_message);
    pageLayout->addWidget(splitter, 1);

    m_empty->setIcon(QIcon(u":/icons/media.svg"_s));
    m_empty->setTitle(tr("Media requests"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setSession(nullptr);
}

MediaPanel::~MediaPanel() = default;

void MediaPanel::setSession(LabSession *session)
{
    m_proxy->setSourceModel(nullptr);
    if (m_model)
        disconnect(m_model.data(), nullptr, this, nullptr);
    m_model = nullptr;
    resetFirstAnswer();
    m_empty->setAction(QString());
    if (!session) {
        m_empty->setText(tr("Every request from Seerr traced through Radarr/Sonarr, the download clients, "
                            "Bazarr and Jellyfin, with the step it is stuck at and why.\n\n"
                            "Choose a server profile to see its requests."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_model = session->stores().pipeline(); // shared with the Overview and the tray
    if (!m_model) {
        m_empty->setText(tr("Profile “%1” has no media services (Seerr, Radarr, Sonarr, qBittorrent, SABnzbd). "
                            "Add them with\nkrynetctl profile set %1 --service seerr --service radarr …")
                             .arg(session->profile().name()));
        m_stack->setCurrentWidget(m_empty);
        markFirstAnswer();
        return;
    }
    m_proxy->setSourceModel(m_model.data());
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(PipelineModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(PipelineModel::TitleColumn, 240);
    m_table->setColumnWidth(PipelineModel::StageColumn, 150);
    m_table->setColumnWidth(PipelineModel::HealthColumn, 100);
    connect(m_model.data(), &PipelineModel::loadingChanged, this, &MediaPanel::updateState);
    connect(m_model.data(), &PipelineModel::refreshed, this, [this] {
        updateState();
        updateDetails();
    });
    connect(m_model.data(), &PipelineModel::actionFinished, this, [this](bool ok, const QString &message) {
        m_message->setText(message);
        m_message->setStyleSheet(ok ? QString()
                                    : u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
        m_message->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    updateState();
}

bool MediaPanel::isLoading() const
{
    return m_model && m_model->isLoading();
}

void MediaPanel::refresh()
{
    if (m_model)
        m_model->refresh();
}

void MediaPanel::updateState()
{
    if (!m_model)
        return;
    const bool loading = m_model->isLoading();
    m_refreshButton->setEnabled(!loading);
    if (!m_model->hasLoaded()) {
        m_empty->setText(tr("Reading Seerr, Radarr, Sonarr, the download clients, Bazarr and Jellyfin…"));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    markFirstAnswer(); // loaded: data, empty or errors, all are the panel's answer
    const QStringList failed = m_model->errors().keys();
    if (m_model->rowCount() == 0 && !failed.isEmpty()) {
        m_empty->setText(
            tr("The media services could not be read:\n%1").arg(QStringList(m_model->errors().values()).join(u"\n"_s)));
        m_empty->setAction(tr("Try again"));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No requests yet. Requests made in Seerr and downloads of Radarr/Sonarr appear here."));
        m_empty->setAction(tr("Refresh"));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    const int stuck = int(std::count_if(m_model->rows().begin(), m_model->rows().end(),
                                        [](const Media::PipelineRow &row) { return row.stuck; }));
    QString summary =
        tr("%1 requests").arg(m_model->rowCount()) + u" · "_s + tr("%1 stuck").arg(stuck) + u" · "_s +
        tr("updated %1").arg(QLocale().toString(m_model->updatedAt().toLocalTime().time(), QLocale::ShortFormat));
    if (!failed.isEmpty())
        summary += u" · "_s + tr("not read: %1").arg(failed.join(u", "_s));
    if (loading)
        summary += u" · "_s + tr("refreshing…");
    m_summary->setText(summary);
    updateButtons();
}

int MediaPanel::currentRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void MediaPanel::updateButtons()
{
    const int row = currentRow();
    const bool have = m_model != nullptr;
    m_approveButton->setEnabled(have && m_model->canRun(PipelineModel::Action::Approve, row));
    m_declineButton->setEnabled(have && m_model->canRun(PipelineModel::Action::Decline, row));
    m_searchButton->setEnabled(have && m_model->canRun(PipelineModel::Action::Search, row));
}

void MediaPanel::updateDetails()
{
    const int row = currentRow();
    if (!m_model || row < 0) {
        m_details->setHtml(u"<p>"_s + tr("Select a request to see each service's view of it.").toHtmlEscaped() +
                           u"</p>"_s);
        return;
    }
    const Media::PipelineRow &r = m_model->rows().at(row);
    QString html = u"<h3>"_s + r.title.toHtmlEscaped() + u"</h3><p><b>"_s +
                   Media::PipelineTracker::stageName(r.stage).toHtmlEscaped() + u"</b> — "_s +
                   HealthText::word(r.health).toHtmlEscaped();
    if (!r.reason.isEmpty())
        html += u": "_s + r.reason.toHtmlEscaped();
    if (r.etaSecs > 0)
        html += u" · "_s + tr("ETA %1").arg(Media::PipelineTracker::ageText(r.etaSecs)).toHtmlEscaped();
    for (const QString &part : {r.client, r.indexer})
        html += part.isEmpty() ? QString() : QString(u" · "_s + part.toHtmlEscaped());
    html += u"</p><table cellspacing=\"4\">"_s;
    for (const Media::ChainLink &link : r.chain)
        html += u"<tr><td><b>"_s + link.service.toHtmlEscaped() + u"</b></td><td>"_s + link.text.toHtmlEscaped() +
                u"</td></tr>"_s;
    if (!r.downloadIds.isEmpty())
        html += u"<tr><td><b>"_s + tr("Download").toHtmlEscaped() + u"</b></td><td>"_s +
                r.downloadIds.join(u", "_s).toHtmlEscaped() + u"</td></tr>"_s;
    html += u"</table>"_s;
    m_details->setHtml(html);
}

void MediaPanel::confirmAction(int action)
{
    const int row = currentRow();
    if (!m_model || !m_model->canRun(PipelineModel::Action(action), row))
        return;
    const Media::PipelineRow &r = m_model->rows().at(row);
    QString title;
    QString text;
    QString accept;
    switch (PipelineModel::Action(action)) {
    case PipelineModel::Action::Approve:
        title = tr("Approve request");
        text = tr("Approve %1's request for “%2”? Seerr sends it to Radarr/Sonarr, which start searching.")
                   .arg(r.requestedBy, r.title);
        accept = tr("Approve");
        break;
    case PipelineModel::Action::Decline:
        title = tr("Decline request");
        text = tr("Decline %1's request for “%2”? This cannot be undone from here.").arg(r.requestedBy, r.title);
        accept = tr("Decline");
        break;
    case PipelineModel::Action::Search:
        title = tr("Search for releases");
        text = tr("Ask %1 to search every indexer for “%2” now?")
                   .arg(r.mediaType == u"movie"_s ? u"Radarr"_s : u"Sonarr"_s, r.title);
        accept = tr("Search");
        break;
    }
    const QString key = r.key;
    m_prompter->confirm(this, title, text, accept, [this, action, key](bool accepted) {
        if (!accepted || !m_model)
            return;
        // The rows may have been refreshed while the question was open: find the request again.
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->rows().at(i).key == key) {
                m_message->hide();
                m_model->run(PipelineModel::Action(action), i);
                return;
            }
        }
    });
}

} // namespace KryNet::Ui
