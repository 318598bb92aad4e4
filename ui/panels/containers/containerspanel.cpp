#include "ui/panels/containers/containerspanel.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/docker/containerenvironments.h"
#include "core/docker/containermodel.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/docker/stackrecreate.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "ui/panels/containers/containerdetails.h"
#include "ui/panels/containers/environmentselector.h"
#include "ui/panels/containers/recreateflow.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/healthbadge.h"
#include "ui/widgets/healthdelegate.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/inertitemviews.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

using Docker::ContainerEnvironments;
using Docker::ContainerFilterModel;
using Docker::ContainerModel;
using Docker::ContainerStore;
using Docker::StackRecreate;

ContainersPanel::ContainersPanel(Prompter &prompter, QWidget *parent)
    : LabPanel(parent)
    , m_prompter(prompter)
    , m_model(new ContainerModel(this))
    , m_filter(new ContainerFilterModel(this))
{
    setObjectName(u"containersPanel"_s);
    m_filter->setSourceModel(m_model);
    buildUi();
    updateState();
}

ContainersPanel::~ContainersPanel()
{
    m_model->setStore(nullptr);
}

void ContainersPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Which host, above everything that acts on its containers; a row of its own (the toolbar is full).
    m_environmentSelector = new EnvironmentSelector(this);
    m_environmentSelector->setVisible(false);
    layout->addWidget(m_environmentSelector);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"containersToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [this, toolbar](const QString &name, const QString &text, const QString &icon, Verb verb) {
        QAction *a = toolbar->addAction(QIcon::fromTheme(icon), text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, verb] { trigger(verb); });
        return a;
    };
    m_start = add(u"startAction"_s, tr("Start"), u"media-playback-start"_s, Verb::Start);
    m_stop = add(u"stopAction"_s, tr("Stop"), u"media-playback-stop"_s, Verb::Stop);
    m_restart = add(u"restartAction"_s, tr("Restart"), u"view-refresh"_s, Verb::Restart);
    m_pause = add(u"pauseAction"_s, tr("Pause"), u"media-playback-pause"_s, Verb::Pause);
    m_unpause = add(u"unpauseAction"_s, tr("Resume"), u"media-playback-start"_s, Verb::Unpause);
    m_restartDependants =
        add(u"restartDependantsAction"_s, tr("Restart dependants"), u"system-reboot"_s, Verb::RestartDependants);
    m_recreate = add(u"recreateAction"_s, tr("Pull and recreate"), u"download"_s, Verb::Recreate);
    toolbar->addSeparator();
    m_category = new QComboBox(toolbar);
    m_category->setObjectName(u"categoryFilter"_s);
    m_category->setAccessibleName(tr("Which containers to show"));
    m_category->addItem(tr("All containers"), int(ContainerFilterModel::Category::All));
    m_category->addItem(tr("Needs attention"), int(ContainerFilterModel::Category::Problems));
    m_category->addItem(tr("Running"), int(ContainerFilterModel::Category::Running));
    m_category->addItem(tr("Stopped"), int(ContainerFilterModel::Category::Stopped));
    m_category->addItem(tr("Restarting"), int(ContainerFilterModel::Category::Restarting));
    toolbar->addWidget(m_category);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Filter containers"));
    m_search->setPlaceholderText(tr("Filter by name, image or stack…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    toolbar->addWidget(m_search);
    m_refresh = toolbar->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("Reload"));
    m_refresh->setObjectName(u"reloadAction"_s);
    connect(m_refresh, &QAction::triggered, this, &ContainersPanel::refresh);
    m_live = new HealthBadge(toolbar);
    m_live->setObjectName(u"liveBadge"_s);
    toolbar->addWidget(m_live);
    layout->addWidget(toolbar);

    m_pages = new QStackedWidget(this);
    m_state = new EmptyState(m_pages);
    m_state->setObjectName(u"containersState"_s);
    connect(m_state, &EmptyState::actionTriggered, this, &ContainersPanel::onStateAction);
    m_pages->addWidget(m_state);

    auto *splitter = new QSplitter(Qt::Vertical, m_pages);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(u"containersView"_s);
    m_view->setAccessibleName(tr("Containers"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContainerModel::NameColumn, Qt::AscendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(ContainerModel::HealthColumn, new HealthDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ContainerModel::NameColumn, 260);
    m_view->setColumnWidth(ContainerModel::StateColumn, 150);
    m_view->setColumnWidth(ContainerModel::HealthColumn, 100);
    m_view->setColumnWidth(ContainerModel::CpuColumn, 70);
    m_view->setColumnWidth(ContainerModel::MemoryColumn, 80);
    m_view->setColumnWidth(ContainerModel::UptimeColumn, 80);
    m_view->setColumnWidth(ContainerModel::ImageColumn, 300);
    m_details = new ContainerDetails(splitter);
    m_details->setPrompter(&m_prompter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_pages->addWidget(splitter);
    layout->addWidget(m_pages, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"containersMessage"_s);
    m_message->setWordWrap(true);
    m_message->setContentsMargins(6, 3, 6, 3);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(u"recreateOutput"_s);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(2000);
    m_output->setMaximumHeight(140);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->hide();
    layout->addWidget(m_output);
    m_recreateFlow = new RecreateFlow(m_prompter, this, m_message, m_output, this);
    connect(m_recreateFlow, &RecreateFlow::runningChanged, this, &ContainersPanel::updateActions);
    connect(m_recreateFlow, &RecreateFlow::finished, this, [this] {
        if (m_store)
            m_store->refresh();
    });

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCategory(ContainerFilterModel::Category(m_category->currentData().toInt()));
        m_view->expandAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        m_view->expandAll();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ContainersPanel::onContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        m_details->showContainer(m_store, currentId());
    });
}

void ContainersPanel::setSession(LabSession *session)
{
    m_model->setStore(nullptr);
    m_details->showContainer(nullptr, {});
    if (m_store) {
        m_store->setStatsEnabled(false);
        disconnect(m_store, nullptr, this, nullptr);
    }
    if (m_environments)
        disconnect(m_environments, nullptr, this, nullptr);
    m_environments = nullptr;
    m_environmentSelector->setEnvironments(nullptr);
    m_environmentSelector->setVisible(false);
    m_store = nullptr; // the session's (LabStores): not ours to delete
    m_client = nullptr;
    m_recreateFlow->reset(nullptr, nullptr);
    m_session = session;
    resetFirstAnswer();
    m_setupError.clear();
    m_message->clear();
    if (session) {
        m_environments = session->stores().containerEnvironments(); // nullptr without Portainer
        if (m_environments) {
            m_environmentSelector->setEnvironments(m_environments);
            const auto showSelector = [this] {
                m_environmentSelector->setVisible(m_environments && m_environments->offersChoice());
            };
            connect(m_environments, &ContainerEnvironments::changed, this, showSelector);
            connect(m_environments, &ContainerEnvironments::chosenChanged, this, &ContainersPanel::updateState);
            showSelector();
        }
        auto store = session->stores().containers(); // shared with the Overview, tray and palette
        if (!store) {
            m_setupError = store.error().message();
        } else {
            m_store = *store;
            m_client = m_store->client();
            m_details->setClient(m_client);
            m_recreateFlow->reset(session, m_client);
            connect(m_store, &ContainerStore::statusChanged, this, &ContainersPanel::updateState);
            connect(m_store, &ContainerStore::liveChanged, this, &ContainersPanel::updateState);
            connect(m_store, &ContainerStore::clientChanged, this, &ContainersPanel::onClientChanged);
            m_model->setStore(m_store);
            m_store->setStatsEnabled(isVisible());
        }
    }
    updateState();
}

void ContainersPanel::onClientChanged()
{
    // Another environment: its containers, logs and stacks are not the old ones.
    m_details->showContainer(nullptr, {});
    m_client = m_store->client();
    m_details->setClient(m_client);
    m_recreateFlow->reset(m_session, m_client);
    m_message->clear();
    updateState();
}

void ContainersPanel::onStateAction()
{
    // On the Kubernetes explanation the button leads back to the environment the containers come from.
    if (m_environments && m_environments->chosen() != m_environments->effective())
        m_environments->choose(m_environments->effective());
    else
        refresh();
}

bool ContainersPanel::isLoading() const
{
    return m_store && m_store->isRefreshing();
}

void ContainersPanel::refresh()
{
    if (m_store)
        m_store->refresh();
    else if (m_session)
        setSession(m_session);
}

void ContainersPanel::showEvent(QShowEvent *event)
{
    LabPanel::showEvent(event);
    if (m_store) {
        m_store->setVisible(true);
        m_store->setStatsEnabled(true);
    }
}

void ContainersPanel::hideEvent(QHideEvent *event)
{
    LabPanel::hideEvent(event);
    if (m_store)
        m_store->setStatsEnabled(false);
}

void ContainersPanel::updateState()
{
    const auto showState = [this](const QString &icon, const QString &title, const QString &text,
                                  const QString &action) {
        m_state->setIcon(QIcon(icon));
        m_state->setTitle(title);
        m_state->setText(text);
        m_state->setAction(action);
        m_pages->setCurrentWidget(m_state);
    };
    m_live->setVisible(m_store != nullptr);
    const ContainerEnvironments::Entry *chosen =
        m_environments ? m_environments->entry(m_environments->chosen()) : nullptr;
    const ContainerEnvironments::Entry *shown =
        m_environments ? m_environments->entry(m_environments->effective()) : nullptr;
    if (m_session && chosen && !chosen->supportsContainers()) {
        showState(u":/icons/health-unknown.svg"_s, tr("%1 has no Docker containers to manage").arg(chosen->name),
                  ContainerEnvironments::unsupportedText(*chosen),
                  shown ? tr("Show %1").arg(m_environments->label(*shown)) : QString());
    } else if (!m_session) {
        showState(u":/icons/health-unknown.svg"_s, tr("No server profile"),
                  tr("Choose or add a profile to see the containers of its Docker host."), {});
    } else if (!m_store) {
        showState(u":/icons/health-critical.svg"_s, tr("Docker is not reachable"), m_setupError, tr("Try again"));
    } else if (m_store->status() == ContainerStore::Status::Loading ||
               m_store->status() == ContainerStore::Status::Idle) {
        showState(u":/icons/health-busy.svg"_s, tr("Loading containers…"),
                  tr("Reading the container list from %1.").arg(m_client->transport().describe()), {});
    } else if (m_store->status() == ContainerStore::Status::Failed) {
        showState(u":/icons/health-critical.svg"_s, tr("Could not read the containers"),
                  tr("%1\n\nCheck that the SSH user may use the Docker socket (root or the docker group) and that "
                     "sshd allows unix-socket forwarding (AllowStreamLocalForwarding).")
                      .arg(m_store->lastError().message()),
                  tr("Try again"));
    } else if (m_store->containers().isEmpty()) {
        showState(u":/icons/health-unknown.svg"_s, tr("No containers"),
                  tr("The Docker host has no containers yet. Containers you create (docker compose up, Portainer) "
                     "appear here at once."),
                  tr("Reload"));
    } else {
        m_pages->setCurrentIndex(1);
    }
    // Anything but "loading" is the panel's answer for this session (data, empty, or an error).
    const bool loading = m_store && (m_store->status() == ContainerStore::Status::Loading ||
                                     m_store->status() == ContainerStore::Status::Idle);
    if (m_session && !loading)
        markFirstAnswer();
    if (m_store) {
        if (m_store->isLive())
            m_live->setHealth(Health::Ok, tr("live"));
        else if (!m_client->canStream())
            m_live->setHealth(Health::Ok, tr("polled every few seconds"));
        else
            m_live->setHealth(Health::Stale, tr("reconnecting…"));
        if (m_store->status() == ContainerStore::Status::Ready && !m_store->lastError().message().isEmpty())
            m_message->setText(
                tr("Showing the last known state: %1").arg(DisplayText::text(m_store->lastError().message())));
    }
    updateActions();
}

QStringList ContainersPanel::selectedIds() const
{
    QStringList ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &proxy : m_view->selectionModel()->selectedRows()) {
        const QModelIndex index = m_filter->mapToSource(proxy);
        if (index.data(ContainerModel::IsGroupRole).toBool()) {
            for (int r = 0; r < m_model->rowCount(index); ++r)
                ids.append(m_model->index(r, 0, index).data(Roles::IdRole).toString());
        } else {
            ids.append(index.data(Roles::IdRole).toString());
        }
    }
    ids.removeDuplicates();
    return ids;
}

QString ContainersPanel::currentId() const
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    return index.data(ContainerModel::IsGroupRole).toBool() ? QString() : index.data(Roles::IdRole).toString();
}

void ContainersPanel::updateActions()
{
    const QStringList ids = m_store ? selectedIds() : QStringList{};
    bool anyRunning = false;
    bool anyStopped = false;
    bool anyPaused = false;
    for (const QString &id : ids) {
        if (const auto *c = m_store->find(id); c && !m_store->isBusy(id)) {
            anyRunning = anyRunning || c->isRunning();
            anyPaused = anyPaused || c->state == Docker::ContainerState::Paused;
            anyStopped = anyStopped || (!c->isRunning() && c->state != Docker::ContainerState::Paused);
        }
    }
    m_start->setEnabled(anyStopped);
    m_stop->setEnabled(anyRunning || anyPaused);
    m_restart->setEnabled(!ids.isEmpty());
    m_pause->setEnabled(anyRunning);
    m_unpause->setEnabled(anyPaused);
    const QString dependants = ids.size() == 1 ? m_store->dependantRestartText(ids.first()) : QString();
    m_restartDependants->setVisible(!dependants.isEmpty());
    m_restartDependants->setText(dependants);
    // Pull and recreate: one container of a compose stack, through Portainer's stack API or over SSH.
    const Docker::Container *single = ids.size() == 1 ? m_store->find(ids.first()) : nullptr;
    StackRecreate *job = single ? m_recreateFlow->job() : nullptr;
    const Result<void> recreatable =
        job ? job->available(*single) : Result<void>(Error(Error::Code::Config, QString()));
    m_recreate->setEnabled(recreatable && !m_store->isBusy(single->id) && !job->isRunning());
    m_recreate->setToolTip(!recreatable && !recreatable.error().message().isEmpty()
                               ? plainToolTip(recreatable.error().message())
                               : tr("Pull the image of this compose service and recreate its container: Portainer "
                                    "redeploys a stack it owns, other stacks get docker compose up -d over SSH."));
    m_refresh->setEnabled(m_session != nullptr);
    const QString current = currentId();
    if (m_store && current != m_details->containerId())
        m_details->showContainer(m_store, current);
}

void ContainersPanel::onContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QAction *a : {m_start, m_stop, m_restart, m_pause, m_unpause, m_restartDependants, m_recreate}) {
        if (a->isVisible())
            menu.addAction(a);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ContainersPanel::trigger(Verb verb)
{
    const QStringList ids = selectedIds();
    if (!m_store || ids.isEmpty())
        return;
    const auto *first = m_store->find(ids.first());
    if (!first)
        return;
    QString title;
    QString text;
    QString accept;
    if (verb == Verb::Recreate) {
        m_recreateFlow->start(*first, m_store->containers()); // asks once it knows how (Portainer or compose)
        return;
    }
    if (verb == Verb::RestartDependants) {
        accept = m_store->dependantRestartText(first->id);
        QStringList names;
        for (const auto *d : m_store->dependants(first->id))
            names.append(d->name);
        title = tr("Restart %1 and its dependants?").arg(first->name);
        text = tr("This restarts %1, waits until it is running and healthy, then restarts, one after another: %2. "
                  "They share its network, so they lose their connections meanwhile.")
                   .arg(first->name, names.join(u", "_s));
    } else if (verb == Verb::Stop || verb == Verb::Restart || verb == Verb::Pause) {
        const auto action = verb == Verb::Stop      ? ContainerStore::Action::Stop
                            : verb == Verb::Restart ? ContainerStore::Action::Restart
                                                    : ContainerStore::Action::Pause;
        const QString what = ids.size() == 1 ? first->name : tr("%n containers", nullptr, int(ids.size()));
        accept = ContainerStore::actionText(action, what);
        title = accept + u'?';
        text = ids.size() == 1 ? tr("%1 will be unavailable until it is back.").arg(first->name)
                               : tr("All %n selected containers will be unavailable until they are back.", nullptr,
                                    int(ids.size()));
        if (verb == Verb::Restart && ids.size() == 1) {
            if (const QString problem = m_store->parentProblem(first->id); !problem.isEmpty())
                text = problem + u"\n\n"_s + text;
            if (!m_store->dependants(first->id).isEmpty())
                text += u"\n\n"_s + tr("Containers sharing its network are not restarted; use “%1” for that.")
                                        .arg(m_store->dependantRestartText(first->id));
        }
    } else {
        run(verb, ids); // start and resume need no confirmation
        return;
    }
    QPointer<ContainersPanel> self(this);
    m_prompter.confirm(this, title, text, accept, [self, verb, ids](bool accepted) {
        if (self && accepted)
            self->run(verb, ids);
    });
}

void ContainersPanel::run(Verb verb, const QStringList &ids)
{
    if (!m_store)
        return;
    QPointer<ContainersPanel> self(this);
    auto report = [self](const QString &name, const QString &done, const Result<void> &r) {
        if (!self)
            return;
        self->m_message->setText(r ? done.arg(DisplayText::name(name))
                                   : tr("%1 failed: %2 The current state was read again; nothing was retried.")
                                         .arg(DisplayText::name(name), DisplayText::text(r.error().message())));
    };
    for (const QString &id : ids) {
        const auto *c = m_store->find(id);
        if (!c)
            continue;
        const QString name = c->name;
        if (verb == Verb::RestartDependants) {
            m_message->setText(m_store->dependantRestartText(id) + u"…"_s);
            whenDone(m_store->restartWithDependants(id), this, [report, name](const Result<void> &r) {
                report(name, tr("Restarted %1 and its dependants."), r);
            });
            return;
        }
        static const QHash<Verb, QPair<ContainerStore::Action, const char *>> map{
            {Verb::Start, {ContainerStore::Action::Start, QT_TR_NOOP("Started %1.")}},
            {Verb::Stop, {ContainerStore::Action::Stop, QT_TR_NOOP("Stopped %1.")}},
            {Verb::Restart, {ContainerStore::Action::Restart, QT_TR_NOOP("Restarted %1.")}},
            {Verb::Pause, {ContainerStore::Action::Pause, QT_TR_NOOP("Paused %1.")}},
            {Verb::Unpause, {ContainerStore::Action::Unpause, QT_TR_NOOP("Resumed %1.")}}};
        const auto [action, doneText] = map.value(verb);
        m_message->setText(ContainerStore::actionText(action, name) + u"…"_s);
        whenDone(m_store->perform(action, id), this,
                 [report, name, doneText = doneText](const Result<void> &r) { report(name, tr(doneText), r); });
    }
}

} // namespace KryNet::Ui
