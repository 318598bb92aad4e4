#include "ui/shell/trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMenu>
#include <QMetaEnum>
#include <QSystemTrayIcon>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/docker/containerstore.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/healthstyle.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

int panelForTile(LabSummary::Tile tile)
{
    switch (tile) {
    case LabSummary::Tile::Pools:
        return int(MainWindow::Panel::Pools);
    case LabSummary::Tile::Containers:
        return int(MainWindow::Panel::Containers);
    case LabSummary::Tile::Media:
        return int(MainWindow::Panel::Media);
    case LabSummary::Tile::Monitors:
        return int(MainWindow::Panel::Uptime);
    case LabSummary::Tile::Vpn:
        return int(MainWindow::Panel::Services);
    case LabSummary::Tile::Llm:
        return int(MainWindow::Panel::Llm);
    }
    return int(MainWindow::Panel::Overview);
}

TrayIcon::TrayIcon(MainWindow &window, Prompter &prompter, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_prompter(prompter)
    , m_notifier(settings)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(HealthStyle::icon(Health::Unknown));
    m_tray->setToolTip(tr("KryNet Control"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(&m_notifier, &Notifier::notify, this, &TrayIcon::show);
    connect(&m_notifier, &Notifier::settingsChanged, this, &TrayIcon::rebuild);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    m_window.installEventFilter(this);
    rebuild();
}

TrayIcon::~TrayIcon()
{
    m_window.removeEventFilter(this);
    delete m_menu;
}

bool TrayIcon::closesToTray() const
{
    return m_tray->isVisible() && !m_quitting;
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close && closesToTray()) {
        // Keep watching from the tray, slowly: the stores follow the session's visibility.
        event->ignore();
        m_window.hide();
        if (m_session)
            m_session->setWindowVisible(false);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void TrayIcon::showWindow()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
    if (m_session)
        m_session->setWindowVisible(true);
}

void TrayIcon::setSession(LabSession *session)
{
    if (m_summary)
        disconnect(m_summary.data(), nullptr, this, nullptr);
    m_session = session;
    m_summary = session ? &session->stores().summary() : nullptr;
    m_notifier.reset();
    if (m_summary) {
        connect(m_summary.data(), &LabSummary::changed, this, [this] {
            m_notifier.update(m_summary->problems());
            rebuild();
        });
    }
    rebuild();
}

void TrayIcon::show(const Notifier::Notification &notification)
{
    m_shown.append(notification);
    if (m_shown.size() > maxShown)
        m_shown.remove(0, m_shown.size() - maxShown);
    if (!m_tray->isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    const auto icon = notification.health == Health::Critical  ? QSystemTrayIcon::Critical
                      : notification.health == Health::Warning ? QSystemTrayIcon::Warning
                                                               : QSystemTrayIcon::Information;
    m_tray->showMessage(DisplayText::text(notification.title), DisplayText::text(notification.text), icon);
}

void TrayIcon::rebuild()
{
    // clear() deletes the menu's own actions but not the submenus addMenu() made (their actions belong
    // to them): without this every rebuild (each summary change) kept one more Notifications submenu.
    // Later, not now: a rebuild may run inside one of its actions' triggered() (Snooze, Resume).
    const auto submenus = m_menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    m_menu->clear();
    for (QMenu *submenu : submenus) {
        submenu->setParent(nullptr);
        submenu->deleteLater();
    }
    const Health overall = m_summary ? m_summary->overall() : Health::Unknown;
    const QList<LabSummary::Problem> problems = m_summary ? m_summary->problems() : QList<LabSummary::Problem>{};
    m_tray->setIcon(HealthStyle::icon(overall));
    m_tray->setToolTip(problems.isEmpty() ? tr("KryNet Control — %1").arg(HealthStyle::word(overall))
                                          : tr("KryNet Control — %n problem(s)", nullptr, int(problems.size())));

    QAction *open = m_menu->addAction(tr("Show KryNet Control"));
    open->setObjectName(u"trayShow"_s);
    connect(open, &QAction::triggered, this, &TrayIcon::showWindow);
    m_menu->addSeparator();

    if (!m_summary) {
        m_menu->addAction(tr("No server chosen"))->setEnabled(false);
    } else if (problems.isEmpty()) {
        m_menu
            ->addAction(HealthStyle::icon(overall),
                        overall == Health::Ok ? tr("Everything is fine") : tr("No problems known yet"))
            ->setEnabled(false);
    } else {
        for (const LabSummary::Problem &p : problems) {
            QAction *item = m_menu->addAction(HealthStyle::icon(p.health), DisplayText::text(p.text));
            item->setObjectName(u"trayProblem_"_s + p.key);
            const LabSummary::Tile tile = p.tile;
            connect(item, &QAction::triggered, this, [this, tile] {
                showWindow();
                m_window.showPanel(MainWindow::Panel(panelForTile(tile)));
            });
            if (!p.containerId.isEmpty()) {
                QAction *restartAction = m_menu->addAction(
                    QIcon::fromTheme(u"view-refresh"_s), tr("    Restart %1").arg(DisplayText::name(p.containerName)));
                restartAction->setObjectName(u"trayRestart_"_s + p.containerName);
                connect(restartAction, &QAction::triggered, this,
                        [this, id = p.containerId, name = p.containerName] { restart(id, name); });
            }
        }
    }
    m_menu->addSeparator();
    buildSettingsMenu(m_menu->addMenu(tr("Notifications")));
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(u"trayQuit"_s);
    connect(quit, &QAction::triggered, this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
}

void TrayIcon::buildSettingsMenu(QMenu *menu)
{
    menu->setObjectName(u"trayNotifications"_s);
    if (m_notifier.isSnoozed()) {
        QAction *resume = menu->addAction(
            tr("Resume (snoozed until %1)")
                .arg(QLocale().toString(m_notifier.snoozedUntil().toLocalTime().time(), QLocale::ShortFormat)));
        resume->setObjectName(u"trayResume"_s);
        connect(resume, &QAction::triggered, this, [this] { m_notifier.resume(); });
    } else {
        for (const int hours : {1, 4, 8}) {
            QAction *snooze = menu->addAction(tr("Snooze for %n hour(s)", nullptr, hours));
            snooze->setObjectName(u"traySnooze%1"_s.arg(hours));
            connect(snooze, &QAction::triggered, this, [this, hours] { m_notifier.snooze(std::chrono::hours(hours)); });
        }
    }
    menu->addSeparator();
    const QMetaEnum kinds = QMetaEnum::fromType<LabSummary::Kind>();
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const auto kind = LabSummary::Kind(kinds.value(i));
        QAction *toggle = menu->addAction(LabSummary::kindName(kind));
        toggle->setObjectName(u"trayNotify_"_s + QString::fromLatin1(kinds.key(i)));
        toggle->setCheckable(true);
        toggle->setChecked(!m_notifier.isMuted(kind));
        connect(toggle, &QAction::toggled, this, [this, kind](bool on) { m_notifier.setMuted(kind, !on); });
    }
}

void TrayIcon::restart(const QString &containerId, const QString &name)
{
    if (!m_session)
        return;
    auto store = m_session->stores().containers();
    if (!store)
        return;
    const QString label = Docker::ContainerStore::actionText(Docker::ContainerStore::Action::Restart, name);
    m_prompter.confirm(&m_window, label, tr("%1 now? Whatever it is doing is interrupted.").arg(label), label,
                       [this, containerId, name, store = QPointer<Docker::ContainerStore>(*store)](bool accepted) {
                           if (!accepted || !store)
                               return;
                           whenDone(store->perform(Docker::ContainerStore::Action::Restart, containerId), this,
                                    [this, name](const Result<void> &r) {
                                        show({LabSummary::Kind::ContainerExited,
                                              r ? Health::Ok : Health::Critical,
                                              r ? tr("Restarted %1").arg(DisplayText::name(name))
                                                : tr("Restarting %1 failed").arg(DisplayText::name(name)),
                                              r ? QString() : r.error().message(),
                                              {}});
                                    });
                       });
}

} // namespace KryNet::Ui
