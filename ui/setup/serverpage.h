#pragma once

#include <QPointer>
#include <QStringList>
#include <QWizardPage>

#include "core/config/profile.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace KryNet::Ssh
{
class SshConnection;
}

namespace KryNet::Ui
{

class HealthBadge;
class SetupWizard;

/**
 * Setup, page 1: how KryNet reaches the server's shell. Host aliases of ~/.ssh/config are offered
 * (choosing one fills user, port and key from the file); "Connect" opens a real SSH connection on its
 * worker thread and reports what happened — an unknown host key is confirmed through the Prompter and
 * saved to known_hosts. Next is enabled once a connection with the settings shown has worked.
 */
class ServerPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    explicit ServerPage(SetupWizard *wizard);
    ~ServerPage() override;

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void demoRequested();

private:
    void applyAlias(const QString &alias);
    void settingsEdited();
    void startConnect();
    void finishConnect(quint64 attempt, const Result<void> &result);
    [[nodiscard]] SshSettings settings() const;

    SetupWizard *m_wizard;
    QLineEdit *m_host;
    QLabel *m_aliasHint;
    QLineEdit *m_user;
    QSpinBox *m_port;
    QRadioButton *m_keyFile;
    QRadioButton *m_agent;
    QLineEdit *m_identity;
    QPushButton *m_browse;
    QPushButton *m_connect;
    HealthBadge *m_status;
    QPushButton *m_demo;
    QStringList m_aliases;
    QPointer<Ssh::SshConnection> m_connection;
    QString m_askedFingerprint;
    quint64 m_attempt = 0;
    bool m_connecting = false;
    bool m_connected = false;
};

} // namespace KryNet::Ui
