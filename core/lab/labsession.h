#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>

#include "core/common/result.h"
#include "core/config/profile.h"
#include "core/ssh/hostkey.h"
#include "core/ssh/sshconnection.h"

class QNetworkAccessManager;

namespace KryNet
{

class ActionLog;
class LabStores;
class SecretStore;
class ServiceClient;

/**
 * Everything the panels of one profile share (DESIGN.md §2 core/lab): the profile, its one SSH
 * connection, one ServiceClient per web service, the secret store, the shared network manager and the
 * action log. Domain stores (pools, containers, media…) take a LabSession and build on it; stores() holds
 * the one shared instance of each.
 *
 * Contracts:
 *  - The SSH connection and the service clients are created on first use and owned by the session;
 *    a new profile means a new session (the old one is deleted with its connections).
 *  - Host-key questions and passphrase prompts go to handlers the composition root installs (the GUI
 *    asks through its Prompter, the CLI on the terminal); without a handler an unknown host key fails
 *    with its fingerprint, as SshConnection does.
 *  - The passphrase of an encrypted key comes from the SecretStore (`ssh.passphrase`) first.
 *  - isWindowVisible() lets stores slow their polling while nobody looks.
 */
class LabSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabSession)

public:
    using HostKeyHandler = std::function<void(Ssh::SshConnection *connection, const Ssh::HostKeyInfo &info)>;

    LabSession(const Profile &profile, SecretStore &secrets, QNetworkAccessManager &network, ActionLog &actions,
               QObject *parent = nullptr);
    ~LabSession() override;

    [[nodiscard]] const Profile &profile() const { return m_profile; }
    [[nodiscard]] SecretStore &secrets() { return m_secrets; }
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }
    [[nodiscard]] ActionLog &actionLog() { return m_actions; }

    /// The profile's SSH connection; an Error when its SSH settings cannot work (no host, bad jump host…).
    [[nodiscard]] Result<Ssh::SshConnection *> ssh();
    /// The client of @p service; nullptr when the profile does not have that service.
    [[nodiscard]] ServiceClient *service(const QString &service);
    /// The one set of domain stores of this session (pools, containers, pipeline, LLM, services), shared by
    /// the panels, the Overview, the tray and the command palette.
    [[nodiscard]] LabStores &stores();

    void setHostKeyHandler(HostKeyHandler handler) { m_hostKeyHandler = std::move(handler); }
    /// Asked for an encrypted key's passphrase when the keychain has none.
    void setPassphrasePrompt(Ssh::PassphraseProvider prompt) { m_passphrasePrompt = std::move(prompt); }

    [[nodiscard]] bool isWindowVisible() const { return m_windowVisible; }
    void setWindowVisible(bool visible);

Q_SIGNALS:
    void windowVisibilityChanged(bool visible);
    /// The SSH connection's state changed (for the status bar).
    void sshStateChanged(KryNet::Ssh::SshConnection::State state);

private:
    Profile m_profile;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    ActionLog &m_actions;
    QPointer<Ssh::SshConnection> m_ssh;
    QHash<QString, QPointer<ServiceClient>> m_services;
    HostKeyHandler m_hostKeyHandler;
    Ssh::PassphraseProvider m_passphrasePrompt;
    std::unique_ptr<LabStores> m_stores;
    bool m_windowVisible = true;
};

} // namespace KryNet
