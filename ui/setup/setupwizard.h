#pragma once

#include <QHash>
#include <QString>
#include <QWizard>

#include "core/config/profile.h"

class QNetworkAccessManager;

namespace KryNet
{
class ProfileStore;
class SecretStore;
} // namespace KryNet

namespace KryNet::Ui
{

class Prompter;
class ServerPage;
class AccessPage;
class ServicesPage;
class FinishPage;

/// What the setup assistant works with, injected by the composition root (or a test).
struct SetupContext
{
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *network = nullptr;
    Prompter *prompter = nullptr;
    /// Where default keys and known_hosts live (~/.ssh), and the OpenSSH client config offering aliases.
    QString sshDir;
    QString sshConfigPath;
    /// `tailscale` for access-mode detection; empty: looked up in PATH.
    QString tailscaleProgram;
};

/**
 * The first-run setup (issue 12): from nothing to a working profile in four pages.
 *
 *  1. Server — host (with ~/.ssh/config aliases offered), user, port, key file or SSH agent, and a real
 *     SSH connection test: an unknown host key is shown with its fingerprint through the Prompter and
 *     saved to known_hosts only when confirmed. "Explore the demo lab" leaves for the demo.
 *  2. Access — the lab's domain and access mode (LAN, Tailscale, Cloudflare Access), auto-detected.
 *  3. Services — which services exist (from the catalogue, optionally detected), an address override,
 *     and the credential of each, with a Test button using the real client and probe.
 *  4. Finish — the name and a summary; the secrets go to the SecretStore, the profile to the
 *     ProfileStore, and nothing else is written.
 *
 * Everything runs asynchronously; until Finish, typed secrets live in this object's memory only.
 */
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId {
        ServerPageId,
        AccessPageId,
        ServicesPageId,
        FinishPageId,
    };

    explicit SetupWizard(SetupContext context, QWidget *parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] const SetupContext &context() const { return m_context; }
    /// The profile being built; pages fill it in as the user moves on.
    [[nodiscard]] Profile &draft() { return m_draft; }
    /// Secrets typed so far, by purpose ("sonarr.api-key", "ssh.passphrase"); memory only until Finish.
    [[nodiscard]] QHash<QString, QString> &pendingSecrets() { return m_secrets; }
    /// Id of the profile saved by Finish; empty before.
    [[nodiscard]] const QString &savedProfileId() const { return m_savedId; }

    /// Finish: stores the secrets, then the profile; stays open with the reason when either fails.
    void accept() override;

Q_SIGNALS:
    /// The user chose "Explore the demo lab"; the wizard closes.
    void demoRequested();
    /// Finish stored the profile @p profileId (and its secrets).
    void profileCreated(const QString &profileId);

private:
    void writeSecrets(const Profile &profile, QList<QPair<QString, QString>> pending);
    void saveProfile(const Profile &profile);
    void failSaving(const QString &message);

    SetupContext m_context;
    Profile m_draft;
    QHash<QString, QString> m_secrets;
    QString m_savedId;
    bool m_saving = false;
    ServerPage *m_server;
    AccessPage *m_access;
    ServicesPage *m_services;
    FinishPage *m_finish;
};

} // namespace KryNet::Ui
