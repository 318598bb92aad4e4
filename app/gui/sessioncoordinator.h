#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QObject>

#include "core/lab/actionlog.h"

namespace KryNet
{
class LabSession;
class ProfileStore;
class SecretStore;
namespace Ui
{
class MainWindow;
class Prompter;
} // namespace Ui

/**
 * Composition-root helper: keeps one LabSession for the profile the window shows, built from the
 * app-wide network manager, secret store and action log, and answers the session's questions (unknown
 * host key, key passphrase) through the Prompter.
 */
class SessionCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCoordinator)

public:
    SessionCoordinator(Ui::MainWindow &window, ProfileStore &profiles, SecretStore &secrets, Ui::Prompter &prompter,
                       const QString &actionLogPath, QObject *parent = nullptr);
    ~SessionCoordinator() override;

    /// The app-wide network manager (also used by the setup assistant's tests).
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }

private:
    void switchTo(const QString &profileId);

    Ui::MainWindow &m_window;
    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    Ui::Prompter &m_prompter;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    std::unique_ptr<LabSession> m_session;
};

} // namespace KryNet
