#include "ui/shell/commandpalette.h"

#include <QDesktopServices>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include "core/common/futurewatch.h"
#include "core/docker/containerstore.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/lab/servicedirectory.h"
#include "core/zfs/poolstore.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

CommandPalette::CommandPalette(MainWindow &window, Prompter &prompter)
    : QDialog(&window, Qt::Popup | Qt::FramelessWindowHint)
    , m_window(window)
    , m_prompter(prompter)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Command palette"));
    setAccessibleName(tr("Command palette"));
    m_search->setObjectName(u"paletteSearch"_s);
    m_search->setPlaceholderText(tr("Go to a panel, container, pool or service, or run an action…"));
    m_search->setAccessibleName(tr("Search commands"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(u"paletteList"_s);
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setIconSize(QSize(16, 16));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(560, 380);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::setSession(LabSession *session)
{
    m_session = session;
}

void CommandPalette::open()
{
    rebuild();
    m_search->clear();
    filter({});
    const QRect area = m_window.geometry();
    move(area.center().x() - width() / 2, area.top() + 80);
    show();
    raise();
    m_search->setFocus();
}

void CommandPalette::rebuild()
{
    m_entries.clear();
    for (const auto &[panel, title] : MainWindow::panelTitles()) {
        m_entries.append({tr("Go to %1").arg(title), MainWindow::panelId(panel), u":/icons/overview.svg"_s,
                          [this, panel = panel] { m_window.showPanel(panel); }});
    }
    m_entries.append({tr("Show the action log"), u"history actions log"_s, u":/icons/overview.svg"_s,
                      [this] { Q_EMIT actionLogRequested(); }});
    if (!m_session)
        return;
    LabStores &stores = m_session->stores();
    if (auto containers = stores.containers()) {
        for (const Docker::Container &c : (*containers)->containers()) {
            m_entries.append({tr("Restart %1").arg(c.name), u"container restart "_s + c.name,
                              u":/icons/containers.svg"_s,
                              [this, id = c.id, name = c.name] { restartContainer(id, name); }});
            m_entries.append({tr("Show container %1").arg(c.name), u"container "_s + c.name,
                              u":/icons/containers.svg"_s,
                              [this] { m_window.showPanel(MainWindow::Panel::Containers); }});
        }
    }
    if (auto pools = stores.pools()) {
        for (const Zfs::Pool &p : (*pools)->pools()) {
            m_entries.append({tr("Show pool %1").arg(p.name), u"pool zfs "_s + p.name, u":/icons/pools.svg"_s,
                              [this] { m_window.showPanel(MainWindow::Panel::Pools); }});
        }
    }
    if (ServiceDirectory *services = stores.services()) {
        for (const ServiceStatus &s : services->services()) {
            if (!s.url.isValid())
                continue;
            m_entries.append({tr("Open %1 in the browser").arg(s.name), u"service open "_s + s.id,
                              u":/icons/services.svg"_s, [url = s.url] { QDesktopServices::openUrl(url); }});
        }
    }
}

void CommandPalette::filter(const QString &text)
{
    m_list->clear();
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QString haystack = e.text + u' ' + e.keywords;
        const bool match = std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &w) {
            return haystack.contains(w, Qt::CaseInsensitive);
        });
        if (!match)
            continue;
        auto *item = new QListWidgetItem(QIcon(e.icon), e.text, m_list);
        item->setData(Qt::UserRole, int(i));
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

QStringList CommandPalette::visibleEntries() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto run = m_entries.value(item->data(Qt::UserRole).toInt()).run;
    hide();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::restartContainer(const QString &id, const QString &name)
{
    if (!m_session)
        return;
    auto store = m_session->stores().containers();
    if (!store)
        return;
    const QString label = Docker::ContainerStore::actionText(Docker::ContainerStore::Action::Restart, name);
    QString text = tr("%1 now? Whatever it is doing is interrupted.").arg(label);
    if (const QString dependants = (*store)->dependantRestartText(id); !dependants.isEmpty())
        text += u"\n\n"_s + tr("Containers using its network need a restart afterwards: %1.").arg(dependants);
    m_prompter.confirm(&m_window, label, text, label,
                       [this, id, name, store = QPointer<Docker::ContainerStore>(*store)](bool accepted) {
                           if (!accepted || !store)
                               return;
                           whenDone(store->perform(Docker::ContainerStore::Action::Restart, id), this,
                                    [this, name](const Result<void> &r) {
                                        Q_EMIT actionFinished(
                                            bool(r), r ? tr("Restarted %1.").arg(name)
                                                       : tr("Restarting %1 failed: %2").arg(name, r.error().message()));
                                    });
                       });
}

} // namespace KryNet::Ui
