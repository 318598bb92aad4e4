#include "ui/panels/media/mediapanel.h"

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
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

#include "core/common/displaytext.h"
#include "core/common/health.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/media/pipelinemodel.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/inertitemviews.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{
namespace
{

using Media::PipelineModel;

// Stage column: the eight steps as a bar (done steps filled, the current one in its health colour),
// then the stage's name (with the percentage while downloading).
class StageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int Steps = 8;
    static constexpr int SegmentWidth = 9;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        const QString text = background.text;
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
        const int done = index.data(PipelineModel::StageCountRole).toInt();
        const auto health = Health(index.data(Roles::HealthRole).toInt());
        const QRect cell = option.rect.adjusted(4, 0, -4, 0);
        const int height = std::min(10, cell.height() - 6);
        const int top = cell.center().y() - height / 2;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor doneColor = option.palette.color(QPalette::Highlight);
        const QColor emptyColor = option.palette.color(QPalette::Mid);
        for (int i = 0; i < Steps; ++i) {
            const QRectF segment(cell.left() + i * (SegmentWidth + 2), top, SegmentWidth, height);
            QColor fill = i < done ? doneColor : emptyColor;
            if (i == done - 1 && health >= Health::Warning)
                fill = HealthStyle::color(health, option.palette);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(segment, 2, 2);
        }
        painter->restore();
        const QRect textRect = cell.adjusted(Steps * (SegmentWidth + 2) + 6, 0, 0, 0);
        const QPalette::ColorRole role =
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
        QApplication::style()->drawItemText(painter, textRect, int(Qt::AlignVCenter | Qt::AlignLeft), option.palette,
                                            true, option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()),
                                            role);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(size.width() + Steps * (SegmentWidth + 2) + 10);
        return size;
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
    void setService(const QString &service)
    {
        m_service = service;
        invalidateFilter();
    }
    void setStage(int stage)
    {
        m_stage = stage;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QModelIndex title = sourceModel()->index(sourceRow, PipelineModel::TitleColumn, sourceParent);
        if (m_stuckOnly && !title.data(PipelineModel::StuckRole).toBool())
            return false;
        if (!m_service.isEmpty() && !title.data(PipelineModel::ServicesRole).toStringList().contains(m_service))
            return false;
        if (m_stage >= 0 && title.data(PipelineModel::StageRole).toInt() != m_stage)
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
    QString m_service;
    int m_stage = -1;
};

// Display names of the services in the filter and the health strip.
QString serviceName(const QString &id)
{
    static const QHash<QString, QString> names = {
        {u"seerr"_s, u"Seerr"_s},       {u"radarr"_s, u"Radarr"_s},           {u"sonarr"_s, u"Sonarr"_s},
        {u"prowlarr"_s, u"Prowlarr"_s}, {u"qbittorrent"_s, u"qBittorrent"_s}, {u"gluetun"_s, u"Gluetun"_s},
        {u"sabnzbd"_s, u"SABnzbd"_s},   {u"bazarr"_s, u"Bazarr"_s},           {u"jellyfin"_s, u"Jellyfin"_s}};
    return names.value(id, id);
}

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
    , m_serviceFilter(new QComboBox(this))
    , m_stageFilter(new QComboBox(this))
    , m_healthStrip(new QWidget(this))
    , m_healthLayout(new QGridLayout(m_healthStrip))
    , m_sessions(new QLabel(this))
{
    m_actionButtons = {
        m_approveButton,
        m_declineButton,
        m_searchButton,
        button(this, u"retryImportButton"_s, tr("Retry import…"),
               tr("Ask Radarr/Sonarr to import the finished download again")),
        button(this, u"recheckTorrentButton"_s, tr("Recheck…"), tr("qBittorrent verifies every piece on disk again")),
        button(this, u"pauseTorrentButton"_s, tr("Pause…"), tr("Pause (stop) the torrent in qBittorrent")),
        button(this, u"resumeTorrentButton"_s, tr("Resume"), tr("Resume (start) the torrent in qBittorrent")),
        button(this, u"retrySabButton"_s, tr("Retry job"), tr("Ask SABnzbd to retry the failed job")),
        button(this, u"subtitleSearchButton"_s, tr("Search subtitles"),
               tr("Ask Bazarr to search the missing subtitles")),
        button(this, u"libraryScanButton"_s, tr("Scan library"), tr("Ask Jellyfin to scan its libraries")),
    };
    m_serviceFilter->setObjectName(u"mediaServiceFilter"_s);
    m_serviceFilter->setAccessibleName(tr("Service"));
    m_serviceFilter->addItem(tr("All services"), QString());
    for (const QString &id :
         {u"seerr"_s, u"radarr"_s, u"sonarr"_s, u"qbittorrent"_s, u"sabnzbd"_s, u"bazarr"_s, u"jellyfin"_s})
        m_serviceFilter->addItem(serviceName(id), id);
    m_stageFilter->setObjectName(u"mediaStageFilter"_s);
    m_stageFilter->setAccessibleName(tr("Stage"));
    m_stageFilter->addItem(tr("Any stage"), -1);
    for (int stage = int(Media::Stage::Requested); stage <= int(Media::Stage::Failed); ++stage)
        m_stageFilter->addItem(Media::PipelineTracker::stageName(Media::Stage(stage)), stage);
    m_healthStrip->setObjectName(u"mediaHealthStrip"_s);
    m_healthLayout->setContentsMargins(0, 0, 0, 0);
    m_healthLayout->setHorizontalSpacing(16);
    m_healthLayout->setVerticalSpacing(2);
    m_sessions->setObjectName(u"jellyfinSessions"_s);
    m_sessions->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sessions->hide();
    // A long summary ("not read: …") is cut, it never widens the panel.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    m_filter->setAccessibleName(tr("Filter requests"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { static_cast<PipelineFilter *>(m_proxy)->setText(text); });
    connect(m_stuckOnly, &QCheckBox::toggled, this,
            [this](bool on) { static_cast<PipelineFilter *>(m_proxy)->setStuckOnly(on); });
    connect(m_serviceFilter, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<PipelineFilter *>(m_proxy)->setService(m_serviceFilter->currentData().toString()); });
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<PipelineFilter *>(m_proxy)->setStage(m_stageFilter->currentData().toInt()); });
    connect(m_refreshButton, &QToolButton::clicked, this, &MediaPanel::refresh);
    for (int action = 0; action < m_actionButtons.size(); ++action)
        connect(m_actionButtons[action], &QToolButton::clicked, this, [this, action] { confirmAction(action); });
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
    tools->addWidget(m_serviceFilter);
    tools->addWidget(m_stageFilter);
    tools->addWidget(m_stuckOnly);
    auto *actionsRow = new QHBoxLayout;
    for (QToolButton *b : std::as_const(m_actionButtons))
        actionsRow->addWidget(b);
    actionsRow->addStretch(1);
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
    pageLayout->addWidget(m_healthStrip);
    pageLayout->addWidget(m_sessions);
    pageLayout->addLayout(tools);
    pageLayout->addLayout(actionsRow);
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
    // The reason takes what is left; the date and requester columns are sized to their contents (at
    // 1280 px the "Requested" column used to be cut off), the title is wide enough for most titles.
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PipelineModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PipelineModel::RequestedByColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PipelineModel::RequestedAtColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PipelineModel::HealthColumn, QHeaderView::ResizeToContents);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(PipelineModel::TitleColumn, metrics.horizontalAdvance(QString(28, u'n')));
    m_table->setColumnWidth(PipelineModel::StageColumn, StageDelegate::Steps * (StageDelegate::SegmentWidth + 2) + 14 +
                                                            metrics.horizontalAdvance(u"Downloading 100 %"_s));
    connect(m_model.data(), &PipelineModel::healthChanged, this, &MediaPanel::updateHealth);
    connect(m_model.data(), &PipelineModel::loadingChanged, this, &MediaPanel::updateState);
    connect(m_model.data(), &PipelineModel::refreshed, this, [this] {
        updateState();
        updateDetails();
        updateSessions();
    });
    connect(m_model.data(), &PipelineModel::actionFinished, this, [this](bool ok, const QString &message) {
        m_message->setText(DisplayText::text(message));
        m_message->setStyleSheet(ok ? QString()
                                    : u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
        m_message->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // A stuck row's download history (grab, indexer, failure message) is read when it is selected.
        const int row = currentRow();
        if (m_model && row >= 0 && m_model->rows().at(row).stuck && m_model->hasDownloadHistory(row))
            m_model->readDownloadHistory(row);
        updateDetails();
        updateButtons();
    });
    connect(m_model.data(), &PipelineModel::downloadHistoryRead, this, [this](const QString &key) {
        const int row = currentRow();
        if (m_model && row >= 0 && m_model->rows().at(row).key == key)
            updateDetails();
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
        tr("%n request(s)", nullptr, m_model->rowCount()) + u" · "_s + tr("%n stuck", nullptr, stuck) + u" · "_s +
        tr("updated %1").arg(QLocale().toString(m_model->updatedAt().toLocalTime().time(), QLocale::ShortFormat));
    if (!failed.isEmpty())
        summary += u" · "_s + tr("not read: %1").arg(failed.join(u", "_s));
    for (auto note = m_model->notes().cbegin(); note != m_model->notes().cend(); ++note)
        summary += u" · "_s + note.key() + u": "_s + DisplayText::text(note.value());
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
    for (int action = 0; action < m_actionButtons.size(); ++action) {
        const bool applies = m_model && m_model->canRun(PipelineModel::Action(action), row);
        m_actionButtons[action]->setEnabled(applies);
        // Approve/Decline/Search always show (the common ones); the other remedies only where they apply.
        if (action > int(PipelineModel::Action::Search))
            m_actionButtons[action]->setVisible(applies);
    }
}

void MediaPanel::updateHealth()
{
    while (QLayoutItem *item = m_healthLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_model)
        return;
    for (const Media::ServiceHealth &entry : m_model->serviceHealth()) {
        auto *entryWidget = new QWidget(m_healthStrip);
        entryWidget->setObjectName(u"health_"_s + entry.service);
        auto *row = new QHBoxLayout(entryWidget);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        auto *icon = new QLabel(entryWidget);
        const int size = fontMetrics().height() - 2;
        icon->setPixmap(HealthStyle::icon(entry.health).pixmap(size, size));
        auto *label = new QLabel(entryWidget);
        label->setObjectName(u"healthText"_s);
        const QString version = entry.version.isEmpty() ? QString() : u" "_s + DisplayText::name(entry.version);
        label->setText(serviceName(entry.service) + version + u" · "_s + HealthStyle::word(entry.health));
        entryWidget->setToolTip(entry.messages.isEmpty() ? tr("%1: healthy").arg(serviceName(entry.service))
                                                         : plainToolTip(entry.messages.join(u"\n"_s)));
        entryWidget->setAccessibleName(label->text());
        row->addWidget(icon);
        row->addWidget(label);
        constexpr int HealthColumns = 5;
        const int index = m_healthLayout->count();
        m_healthLayout->addWidget(entryWidget, index / HealthColumns, index % HealthColumns, Qt::AlignLeft);
    }
    m_healthLayout->setColumnStretch(5, 1);
}

void MediaPanel::updateSessions()
{
    if (!m_model || !m_model->sessions()) {
        m_sessions->hide();
        return;
    }
    const QList<Media::PlaybackSession> &sessions = *m_model->sessions();
    int transcoding = 0;
    QStringList lines;
    for (const Media::PlaybackSession &session : sessions) {
        transcoding += session.transcoding() ? 1 : 0;
        lines.append(DisplayText::name(PipelineModel::sessionText(session)));
    }
    QString text = sessions.isEmpty() ? tr("Jellyfin: nothing playing")
                                      : tr("Jellyfin: %n playing", nullptr, int(sessions.size()));
    if (transcoding > 0)
        text += u" · "_s + tr("%n transcoding", nullptr, transcoding);
    if (!lines.isEmpty())
        text += u" — "_s + lines.join(u"; "_s);
    m_sessions->setText(text);
    m_sessions->setToolTip(plainToolTip(lines.join(u"\n"_s)));
    m_sessions->setAccessibleName(text);
    m_sessions->show();
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
    QString html = u"<h3>"_s + DisplayText::name(r.title).toHtmlEscaped() + u"</h3><p><b>"_s +
                   Media::PipelineTracker::stageName(r.stage).toHtmlEscaped() + u"</b> — "_s +
                   HealthText::word(r.health).toHtmlEscaped();
    if (!r.reason.isEmpty())
        html += u": "_s + DisplayText::text(r.reason).toHtmlEscaped();
    if (r.etaSecs > 0)
        html += u" · "_s + tr("ETA %1").arg(Media::PipelineTracker::ageText(r.etaSecs)).toHtmlEscaped();
    for (const QString &part : {r.client, r.indexer})
        html += part.isEmpty() ? QString() : QString(u" · "_s + DisplayText::name(part).toHtmlEscaped());
    html += u"</p><table cellspacing=\"4\">"_s;
    for (const Media::ChainLink &link : r.chain) {
        html += u"<tr><td valign=\"top\"><b>"_s + link.service.toHtmlEscaped() + u"</b></td><td>"_s +
                DisplayText::text(link.text).toHtmlEscaped();
        if (const QStringList fields = link.fields(); !fields.isEmpty())
            html +=
                u"<br><small><code>"_s + DisplayText::text(fields.join(u"  "_s)).toHtmlEscaped() + u"</code></small>"_s;
        html += u"</td></tr>"_s;
    }
    if (!r.downloadIds.isEmpty())
        html += u"<tr><td><b>"_s + tr("Download").toHtmlEscaped() + u"</b></td><td>"_s +
                DisplayText::text(r.downloadIds.join(u", "_s)).toHtmlEscaped() + u"</td></tr>"_s;
    const PipelineModel::DownloadHistory *history = m_model->downloadHistory(r.key);
    if (history && !r.downloadIds.isEmpty() && history->downloadId == r.downloadIds.first()) {
        QStringList lines;
        if (history->loading)
            lines.append(tr("reading…"));
        else if (!history->error.isEmpty())
            lines.append(tr("not read: %1").arg(history->error));
        else if (history->events.isEmpty())
            lines.append(tr("no events for this download"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Media::HistoryEvent &event : history->events)
            lines.append(PipelineModel::historyText(event, now));
        for (QString &line : lines)
            line = DisplayText::text(line).toHtmlEscaped();
        html += u"<tr><td valign=\"top\"><b>"_s + tr("History").toHtmlEscaped() + u"</b></td><td>"_s +
                lines.join(u"<br>"_s) + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    m_details->setHtml(html);
}

void MediaPanel::confirmAction(int action)
{
    const int row = currentRow();
    if (!m_model || !m_model->canRun(PipelineModel::Action(action), row))
        return;
    const Media::PipelineRow &r = m_model->rows().at(row);
    const QString key = r.key;
    auto runOnRow = [this, action, key] {
        if (!m_model)
            return;
        // The rows may have been refreshed while the question was open: find the request again.
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->rows().at(i).key == key) {
                m_message->hide();
                m_model->run(PipelineModel::Action(action), i);
                return;
            }
        }
    };
    if (!PipelineModel::isDestructive(PipelineModel::Action(action))) {
        runOnRow();
        return;
    }
    QString title = PipelineModel::actionName(PipelineModel::Action(action));
    QString text;
    QString accept = title;
    switch (PipelineModel::Action(action)) {
    case PipelineModel::Action::Approve:
        title = tr("Approve request");
        text = tr("Approve %1's request for “%2”? Seerr sends it to Radarr/Sonarr, which start searching.")
                   .arg(DisplayText::name(r.requestedBy), DisplayText::name(r.title));
        accept = tr("Approve");
        break;
    case PipelineModel::Action::Decline:
        title = tr("Decline request");
        text = tr("Decline %1's request for “%2”? This cannot be undone from here.")
                   .arg(DisplayText::name(r.requestedBy), DisplayText::name(r.title));
        accept = tr("Decline");
        break;
    case PipelineModel::Action::RetryImport:
        text = tr("Ask %1 to import the finished download of “%2” again?")
                   .arg(r.mediaType == u"movie"_s ? u"Radarr"_s : u"Sonarr"_s, DisplayText::name(r.title));
        break;
    case PipelineModel::Action::Recheck:
        text = tr("Recheck “%1”? qBittorrent reads every piece from disk again; the torrent does not download "
                  "or seed until the check ends.")
                   .arg(DisplayText::name(r.title));
        break;
    case PipelineModel::Action::PauseTorrent:
        text = tr("Pause the torrent of “%1” in qBittorrent? It stays paused until resumed.")
                   .arg(DisplayText::name(r.title));
        break;
    default:
        text = tr("%1 for “%2”?").arg(title, DisplayText::name(r.title));
        break;
    }
    m_prompter->confirm(this, title, text, accept, [runOnRow](bool accepted) {
        if (accepted)
            runOnRow();
    });
}

} // namespace KryNet::Ui
