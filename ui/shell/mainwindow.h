#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include "core/lab/labsession.h"

class QAction;
class QComboBox;
class QListWidget;
class QStackedWidget;
class QLabel;

namespace KryNet
{
class ConnectionMonitor;
class Error;
class LabSession;
class SecretStore;
class ProfileStore;
} // namespace KryNet

namespace KryNet::Ui
{

class ConnectionBanner;
class ConnectionIndicator;
class ProfileFiles;
class Prompter;

/**
 * The application window: a sidebar of panels, the panel area, and a profile switcher.
 *
 * Services are injected by the composition root (app/gui); the window never creates core services
 * itself. When the secret store is a FallbackSecretStore, a keychain failure asks the user (through the
 * Prompter) whether to keep secrets in memory for the session. Panels not yet provided show a designed empty state
 * saying what they will show and what to do. Ctrl+1…Ctrl+8 switch panels.
 *
 * Connection UX (issue 12): the status bar shows the profile's SSH/HTTP state (ConnectionMonitor), and a
 * banner over the panels says what failed and how to fix it, with Retry, while the connection is broken.
 * The File menu sets up a new server (addProfileRequested(): the composition root opens the setup
 * assistant) and exports/imports profiles as JSON without secrets.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// Panel ids in sidebar order.
    enum class Panel {
        Overview,
        Pools,
        Scrubs,
        Containers,
        Media,
        Llm,
        Uptime,
        Services,
    };
    Q_ENUM(Panel)

    MainWindow(ProfileStore &profiles, SecretStore &secrets, Prompter &prompter, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Replaces the placeholder of @p panel by @p widget (the window takes ownership).
    void setPanelWidget(Panel panel, QWidget *widget);
    void showPanel(Panel panel);
    [[nodiscard]] Panel currentPanel() const;
    /// Id of the profile chosen in the switcher; empty when there is none.
    [[nodiscard]] QString currentProfileId() const;
    /// Shows @p error in the status area (e.g. the profiles file was moved aside at start-up).
    void showStartupError(const Error &error);
    /// The real panels installed with setPanelWidget() (placeholders are not listed).
    [[nodiscard]] QList<QPair<Panel, QWidget *>> installedPanels() const;
    /// Stable lower-case name of a panel ("pools"), for --panel and JSON output.
    [[nodiscard]] static QString panelId(Panel panel);
    /// Every panel with its translated title, in sidebar order (command palette).
    [[nodiscard]] static QList<QPair<Panel, QString>> panelTitles();
    /// Gives every panel the session of the profile now shown (nullptr: none). Not owned.
    void setSession(KryNet::LabSession *session);
    [[nodiscard]] KryNet::LabSession *session() const;
    /// Marks the window as showing the simulated demo lab (title and status line say so).
    void setDemoMode(bool demo);
    [[nodiscard]] bool isDemoMode() const { return m_demoMode; }
    /// Shows profile @p profileId (e.g. the one the setup assistant just created).
    void selectProfile(const QString &profileId);
    /// The connection state of the profile shown; nullptr without a session.
    [[nodiscard]] KryNet::ConnectionMonitor *connectionMonitor() const;

Q_SIGNALS:
    void currentProfileChanged(const QString &profileId);
    /// setSession() handed the panels a new session (nullptr: none); the tray follows it.
    void sessionChanged(KryNet::LabSession *session);
    /// File ▸ Set up a server…, or the empty state's button: the composition root opens the assistant.
    void addProfileRequested();

private:
    void buildSidebar();
    void buildMenus();
    void reloadProfiles();
    void updatePlaceholders();
    void updateTitle();
    void onKeychainUnavailable(const Error &error);
    void showConnectionStatus();
    void retryConnection();
    [[nodiscard]] static QString panelTitle(Panel panel);
    [[nodiscard]] static QString panelPurpose(Panel panel);
    [[nodiscard]] static QString panelIcon(Panel panel);
    [[nodiscard]] static QList<Panel> allPanels();

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    bool m_demoMode = false;
    QPointer<KryNet::LabSession> m_session;
    Prompter &m_prompter;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QComboBox *m_profileSwitcher;
    QLabel *m_statusLabel;
    ConnectionIndicator *m_connectionIndicator;
    ConnectionBanner *m_connectionBanner;
    QPointer<KryNet::ConnectionMonitor> m_monitor;
    ProfileFiles *m_profileFiles;
    QList<QAction *> m_profileFileActions;
    QList<QWidget *> m_pages;
    QList<bool> m_hasRealPanel;
};

} // namespace KryNet::Ui
