#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include "core/lab/labsummary.h"
#include "core/lab/notifier.h"

class QMenu;
class QSettings;
class QSystemTrayIcon;

namespace KryNet
{
class LabSession;
}

namespace KryNet::Ui
{

class MainWindow;
class Prompter;

/// The panel that shows a LabSummary tile's area in detail (MainWindow::Panel as int).
[[nodiscard]] int panelForTile(LabSummary::Tile tile);

/**
 * The lab in the system tray: an icon whose status sums up the lab (LabSummary::overall()), a menu with
 * the current problems and quick restarts of the containers involved (confirmed, then the same logged
 * ContainerStore action the Containers panel runs), notification settings (mute per kind, snooze 1/4/8 h,
 * persisted by the Notifier) and desktop notifications on transitions.
 *
 * With a system tray, closing the window hides it to the tray: the session is told nobody is looking,
 * so the stores slow down, and watching goes on. Without one (offscreen tests) the menu still exists and
 * closing quits as usual.
 */
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(MainWindow &window, Prompter &prompter, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~TrayIcon() override;

    void setSession(KryNet::LabSession *session);
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] Notifier &notifier() { return m_notifier; }
    static constexpr qsizetype maxShown = 100;
    /// The last maxShown notifications shown (newest last; for tests and the tooltip).
    [[nodiscard]] const QList<Notifier::Notification> &shown() const { return m_shown; }
    /// True when closing the window hides it to the tray.
    [[nodiscard]] bool closesToTray() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void buildSettingsMenu(QMenu *menu);
    void restart(const QString &containerId, const QString &name);
    void showWindow();
    void show(const Notifier::Notification &notification);

    MainWindow &m_window;
    Prompter &m_prompter;
    Notifier m_notifier;
    QPointer<LabSession> m_session;
    QPointer<LabSummary> m_summary;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QList<Notifier::Notification> m_shown;
    bool m_quitting = false;
};

} // namespace KryNet::Ui
