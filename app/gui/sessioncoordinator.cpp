#include "app/gui/sessioncoordinator.h"

#include <QPromise>
#include <QTimer>

#include "core/config/profilestore.h"
#include "core/lab/labsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/hostkeyprompt.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

SessionCoordinator::SessionCoordinator(Ui::MainWindow &window, ProfileStore &profiles, SecretStore &secrets,
                                       Ui::Prompter &prompter, const QString &actionLogPath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_prompter(prompter)
    , m_actions(actionLogPath)
{
    // Earlier sessions' actions; a damaged log was moved aside, and the user is told where it went.
    if (auto loaded = m_actions.load(); !loaded)
        QTimer::singleShot(0, &m_window,
                           [&window = m_window, error = loaded.error()] { window.showStartupError(error); });
    connect(&m_window, &Ui::MainWindow::currentProfileChanged, this, &SessionCoordinator::switchTo);
    switchTo(m_window.currentProfileId());
}

SessionCoordinator::~SessionCoordinator()
{
    m_window.setSession(nullptr);
}

void SessionCoordinator::switchTo(const QString &profileId)
{
    m_window.setSession(nullptr);
    m_session.reset();
    const auto profile = m_profiles.find(profileId);
    if (profileId.isEmpty() || !profile)
        return;
    m_session = std::make_unique<LabSession>(*profile, m_secrets, m_network, m_actions);

    // Unknown host key: show the fingerprint, trust only on confirmation (DESIGN.md §4).
    m_session->setHostKeyHandler([this](Ssh::SshConnection *connection, const Ssh::HostKeyInfo &info) {
        Ui::HostKeyPrompt::ask(m_prompter, &m_window, connection, info);
    });
    // Encrypted key without a stored passphrase: ask.
    m_session->setPassphrasePrompt([this](const QString &keyFile) {
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        promise->start();
        m_prompter.askSecret(
            &m_window, tr("Key passphrase"), tr("Passphrase for %1:").arg(keyFile),
            [promise](std::optional<QString> secret) {
                promise->addResult(secret ? Result<QString>(*secret)
                                          : Result<QString>(Error(Error::Code::Cancelled, tr("No passphrase given."))));
                promise->finish();
            });
        return promise->future();
    });
    m_window.setSession(m_session.get());
}

} // namespace KryNet
