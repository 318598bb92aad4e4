#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/common/error.h"
#include "core/config/profilestore.h"
#include "core/lab/connectionmonitor.h"
#include "core/lab/labsession.h"
#include "core/secrets/fallbacksecretstore.h"
#include "ui/setup/profilefiles.h"
#include "ui/shell/connectionbanner.h"
#include "ui/shell/connectionindicator.h"
#include "ui/shell/resources.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/inertitemviews.h"
#include "ui/widgets/labpanel.h"
#include "ui/widgets/plaintextlabels.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

MainWindow::MainWindow(ProfileStore &profiles, SecretStore &secrets, Prompter &prompter, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_profileSwitcher(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_connectionIndicator(new ConnectionIndicator(this))
    , m_connectionBanner(new ConnectionBanner(this))
    , m_profileFiles(new ProfileFiles(profiles, prompter, this))
{
    installPlainTextLabels(QCoreApplication::instance());
    installInertItemViews(QCoreApplication::instance());
    initResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/krynet.svg"_s));
    resize(1280, 800);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_stack->setObjectName(u"panelStack"_s);
    m_profileSwitcher->setObjectName(u"profileSwitcher"_s);
    m_profileSwitcher->setMinimumContentsLength(18);
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileSwitcher->setToolTip(tr("The server profile the panels show"));
    m_statusLabel->setObjectName(u"statusLabel"_s);

    buildSidebar();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    // The connection banner sits over the panels, never over the sidebar.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_connectionBanner);
    contentLayout->addWidget(m_stack, 1);
    connect(m_connectionBanner, &ConnectionBanner::retryRequested, this, &MainWindow::retryConnection);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({200, 1080});
    setCentralWidget(splitter);

    auto *toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(u"profileToolbar"_s);
    toolbar->setMovable(false);
    auto *profileLabel = new QLabel(tr("Server:"), toolbar);
    profileLabel->setBuddy(m_profileSwitcher);
    profileLabel->setContentsMargins(6, 0, 6, 0);
    toolbar->addWidget(profileLabel);
    toolbar->addWidget(m_profileSwitcher);

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_connectionIndicator);
    connect(m_profileFiles, &ProfileFiles::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(DisplayText::text(message), 15000); });
    connect(m_profileFiles, &ProfileFiles::imported, this, [this](const QStringList &ids) {
        if (!ids.isEmpty())
            selectProfile(ids.constFirst());
    });
    buildMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_profileSwitcher, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = currentProfileId();
        const QString name = m_profileSwitcher->currentText();
        updateTitle();
        updatePlaceholders();
        Q_EMIT currentProfileChanged(id);
    });
    connect(&m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    if (auto *fallback = qobject_cast<FallbackSecretStore *>(&m_secrets))
        connect(fallback, &FallbackSecretStore::keychainUnavailable, this, &MainWindow::onKeychainUnavailable);

    reloadProfiles();
    m_sidebar->setCurrentRow(0);
    updateTitle();
}

MainWindow::~MainWindow() = default;

QList<MainWindow::Panel> MainWindow::allPanels()
{
    return {Panel::Overview, Panel::Pools, Panel::Scrubs, Panel::Containers,
            Panel::Media,    Panel::Llm,   Panel::Uptime, Panel::Services};
}

QString MainWindow::panelTitle(Panel panel)
{
    switch (panel) {
    case Panel::Overview:
        return tr("Overview");
    case Panel::Pools:
        return tr("Pools");
    case Panel::Scrubs:
        return tr("Scrub schedule");
    case Panel::Containers:
        return tr("Containers");
    case Panel::Media:
        return tr("Media pipeline");
    case Panel::Llm:
        return tr("AI keys");
    case Panel::Uptime:
        return tr("Uptime");
    case Panel::Services:
        return tr("Services");
    }
    return {};
}

QString MainWindow::panelPurpose(Panel panel)
{
    switch (panel) {
    case Panel::Overview:
        return tr("Is anything wrong, and what to do about it: pools, containers, downloads, monitors, "
                  "certificates and the VPN at a glance.");
    case Panel::Pools:
        return tr("Health, capacity and scrubs of every ZFS pool, down to the failing disk.");
    case Panel::Scrubs:
        return tr("When each pool is scrubbed, on a calendar, with clashes and skipped runs shown.");
    case Panel::Containers:
        return tr("Every container and compose stack, live, with one-click restarts and logs.");
    case Panel::Media:
        return tr("Each media request traced from Seerr to Jellyfin, with the stage it is stuck at and why.");
    case Panel::Llm:
        return tr("LiteLLM models, provider credentials and virtual keys, without ever showing a key.");
    case Panel::Uptime:
        return tr("Availability and response times of every monitor, plus the server's own metrics.");
    case Panel::Services:
        return tr("Every service of the lab with its address for the current access mode, its version and "
                  "its container.");
    }
    return {};
}

QString MainWindow::panelIcon(Panel panel)
{
    switch (panel) {
    case Panel::Overview:
        return u":/icons/overview.svg"_s;
    case Panel::Pools:
        return u":/icons/pools.svg"_s;
    case Panel::Scrubs:
        return u":/icons/scrubs.svg"_s;
    case Panel::Containers:
        return u":/icons/containers.svg"_s;
    case Panel::Media:
        return u":/icons/media.svg"_s;
    case Panel::Llm:
        return u":/icons/llm.svg"_s;
    case Panel::Uptime:
        return u":/icons/uptime.svg"_s;
    case Panel::Services:
        return u":/icons/services.svg"_s;
    }
    return {};
}

void MainWindow::buildSidebar()
{
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setSpacing(1);
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setAccessibleName(tr("Panels"));
    for (const Panel panel : allPanels()) {
        auto *item = new QListWidgetItem(QIcon(panelIcon(panel)), panelTitle(panel), m_sidebar);
        item->setData(Qt::UserRole, int(panel));
        item->setSizeHint(QSize(0, 34));

        auto *page = new EmptyState(m_stack);
        page->setObjectName(u"placeholder_"_s +
                            QString::fromLatin1(QMetaEnum::fromType<Panel>().valueToKey(int(panel))));
        page->setIcon(QIcon(panelIcon(panel)));
        connect(page, &EmptyState::actionTriggered, this, &MainWindow::addProfileRequested);
        m_stack->addWidget(page);
        m_pages.append(page);
        m_hasRealPanel.append(false);
    }
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *add = fileMenu->addAction(QIcon(u":/icons/profile.svg"_s), tr("Set up a &server…"));
    add->setObjectName(u"addProfileAction"_s);
    add->setShortcut(QKeySequence::New);
    connect(add, &QAction::triggered, this, &MainWindow::addProfileRequested);
    QAction *exportProfiles = fileMenu->addAction(tr("&Export profiles…"));
    exportProfiles->setObjectName(u"exportProfilesAction"_s);
    exportProfiles->setToolTip(tr("Save the server profiles as JSON, without any secret"));
    connect(exportProfiles, &QAction::triggered, m_profileFiles, &ProfileFiles::exportProfiles);
    QAction *importProfiles = fileMenu->addAction(tr("&Import profiles…"));
    importProfiles->setObjectName(u"importProfilesAction"_s);
    connect(importProfiles, &QAction::triggered, m_profileFiles, &ProfileFiles::importProfiles);
    m_profileFileActions = {add, exportProfiles, importProfiles};
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    int index = 0;
    for (const Panel panel : allPanels()) {
        QAction *action = viewMenu->addAction(QIcon(panelIcon(panel)), panelTitle(panel));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, panel] { showPanel(panel); });
        ++index;
    }

    viewMenu->addSeparator();
    QAction *refresh = viewMenu->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (auto *panel = qobject_cast<LabPanel *>(m_stack->currentWidget()))
            panel->refresh();
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About KryNet Control"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About KryNet Control"),
                           tr("<h3>KryNet Control %1</h3><p>A native control panel for a self-hosted homelab: ZFS "
                              "pools, containers, the media pipeline, AI keys and uptime in one window.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::reloadProfiles()
{
    const QString previous = currentProfileId();
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    for (const Profile &profile : m_profiles.profiles())
        m_profileSwitcher->addItem(QIcon(u":/icons/profile.svg"_s), profile.name(), profile.id());
    m_profileSwitcher->setEnabled(!m_profiles.isEmpty());
    if (m_profiles.isEmpty())
        m_profileSwitcher->addItem(tr("No server configured"));
    const int keep = m_profileSwitcher->findData(previous);
    m_profileSwitcher->setCurrentIndex(keep >= 0 ? keep : 0);
    updatePlaceholders();
    if (currentProfileId() != previous)
        Q_EMIT currentProfileChanged(currentProfileId());
}

void MainWindow::updatePlaceholders()
{
    const bool haveProfile = !currentProfileId().isEmpty();
    const QList<Panel> panels = allPanels();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        if (m_hasRealPanel.at(i))
            continue;
        auto *page = static_cast<EmptyState *>(m_pages.at(i));
        page->setTitle(panelTitle(panels.at(i)));
        if (haveProfile) {
            page->setText(panelPurpose(panels.at(i)) + u"\n\n"_s +
                          tr("Not connected to “%1” yet.").arg(m_profileSwitcher->currentText()));
        } else if (m_demoMode) {
            page->setText(panelPurpose(panels.at(i)) + u"\n\n"_s + tr("Starting the demo lab…"));
        } else {
            page->setText(panelPurpose(panels.at(i)) + u"\n\n"_s +
                          tr("No server is configured yet. Set one up with File ▸ Set up a server…, or with\n"
                             "krynetctl profile add NAME --host HOST --domain DOMAIN\n"
                             "and it appears in the Server list above."));
        }
        page->setAction(!haveProfile && !m_demoMode ? tr("Set up a server…") : QString());
    }
    if (m_demoMode) {
        m_statusLabel->setText(haveProfile ? tr("Demo lab: simulated servers on this computer. To add your own server, "
                                                "start KryNet without --demo.")
                                           : tr("Starting the demo lab…"));
    } else {
        m_statusLabel->setText(
            haveProfile
                ? tr("Profile “%1”, secrets in %2").arg(m_profileSwitcher->currentText(), m_secrets.backendName())
                : tr("No server configured"));
    }
}

void MainWindow::updateTitle()
{
    const QString id = currentProfileId();
    if (m_demoMode)
        setWindowTitle(tr("Demo lab — KryNet Control"));
    else
        setWindowTitle(id.isEmpty() ? tr("KryNet Control")
                                    : tr("%1 — KryNet Control").arg(m_profileSwitcher->currentText()));
}

void MainWindow::setDemoMode(bool demo)
{
    m_demoMode = demo;
    // The demo's profiles live in memory for the session: nothing to set up, export or import there.
    for (QAction *action : std::as_const(m_profileFileActions))
        action->setEnabled(!demo);
    updateTitle();
    updatePlaceholders();
}

QList<QPair<MainWindow::Panel, QWidget *>> MainWindow::installedPanels() const
{
    QList<QPair<Panel, QWidget *>> out;
    const QList<Panel> panels = allPanels();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        if (m_hasRealPanel.at(i))
            out.append({panels.at(i), m_pages.at(i)});
    }
    return out;
}

QString MainWindow::panelId(Panel panel)
{
    return QString::fromLatin1(QMetaEnum::fromType<Panel>().valueToKey(int(panel))).toLower();
}

QList<QPair<MainWindow::Panel, QString>> MainWindow::panelTitles()
{
    QList<QPair<Panel, QString>> out;
    for (const Panel panel : allPanels())
        out.append(qMakePair(panel, panelTitle(panel)));
    return out;
}

LabSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::setSession(LabSession *session)
{
    m_session = session;
    for (QWidget *page : std::as_const(m_pages)) {
        if (auto *panel = qobject_cast<LabPanel *>(page))
            panel->setSession(session);
    }
    delete m_monitor;
    if (session) {
        // A child of the session: it watches nothing that outlives it.
        m_monitor = new ConnectionMonitor(*session, session);
        connect(m_monitor.data(), &ConnectionMonitor::statusChanged, this, &MainWindow::showConnectionStatus);
    }
    showConnectionStatus();
    Q_EMIT sessionChanged(session);
}

ConnectionMonitor *MainWindow::connectionMonitor() const
{
    return m_monitor;
}

void MainWindow::showConnectionStatus()
{
    if (!m_monitor || !m_session) {
        m_connectionIndicator->setStatus(QString(), {});
        m_connectionBanner->setStatus({});
        return;
    }
    m_connectionIndicator->setStatus(m_session->profile().name(), m_monitor->status());
    m_connectionBanner->setStatus(m_monitor->status());
}

void MainWindow::retryConnection()
{
    if (!m_monitor)
        return;
    m_monitor->retry();
    // The panels read again too, so their own error states clear once the connection is back.
    for (QWidget *page : std::as_const(m_pages)) {
        if (auto *panel = qobject_cast<LabPanel *>(page))
            panel->refresh();
    }
}

void MainWindow::selectProfile(const QString &profileId)
{
    const int index = m_profileSwitcher->findData(profileId);
    if (index >= 0)
        m_profileSwitcher->setCurrentIndex(index);
}

void MainWindow::setPanelWidget(Panel panel, QWidget *widget)
{
    const int index = int(allPanels().indexOf(panel));
    QWidget *old = m_pages.at(index);
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_pages[index] = widget;
    m_hasRealPanel[index] = true;
    if (auto *labPanel = qobject_cast<LabPanel *>(widget))
        labPanel->setSession(m_session);
    m_stack->setCurrentIndex(m_sidebar->currentRow());
}

void MainWindow::showPanel(Panel panel)
{
    m_sidebar->setCurrentRow(int(allPanels().indexOf(panel)));
}

MainWindow::Panel MainWindow::currentPanel() const
{
    return allPanels().value(m_sidebar->currentRow(), Panel::Overview);
}

QString MainWindow::currentProfileId() const
{
    return m_profileSwitcher->currentData().toString();
}

void MainWindow::showStartupError(const Error &error)
{
    m_statusLabel->setText(DisplayText::text(error.message()));
    m_prompter.warn(this, tr("KryNet Control"), error.message());
}

void MainWindow::onKeychainUnavailable(const Error &error)
{
    m_prompter.confirm(this, tr("No keychain available"),
                       tr("%1\n\nKryNet can keep the secrets you enter in memory until it quits. They are never "
                          "written to disk, and you will have to enter them again next time.")
                           .arg(error.message()),
                       tr("Keep in memory for this session"),
                       [this, guard = QPointer<MainWindow>(this)](bool accepted) {
                           if (!guard)
                               return;
                           auto *fallback = qobject_cast<FallbackSecretStore *>(&m_secrets);
                           if (accepted && fallback)
                               fallback->useSessionFallback();
                           updatePlaceholders();
                       });
}

} // namespace KryNet::Ui
