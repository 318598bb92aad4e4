#include "core/lab/labsession.h"

#include <memory>

#include <QDir>
#include <QPromise>

#include "core/common/futurewatch.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/labstores.h"
#include "core/secrets/secretstore.h"
#include "core/ssh/profileoptions.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

LabSession::LabSession(const Profile &profile, SecretStore &secrets, QNetworkAccessManager &network, ActionLog &actions,
                       QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_network(network)
    , m_actions(actions)
{}

LabSession::~LabSession()
{
    // The stores first, while the SSH connection and the service clients they use still exist.
    m_stores.reset();
}

LabStores &LabSession::stores()
{
    if (!m_stores)
        m_stores = std::make_unique<LabStores>(*this);
    return *m_stores;
}

Result<Ssh::SshConnection *> LabSession::ssh()
{
    if (m_ssh)
        return m_ssh.data();
    if (m_profile.ssh().host.isEmpty())
        return Error(Error::Code::Config,
                     tr("Profile “%1” has no SSH host: set one to read pools and containers.").arg(m_profile.name()));
    auto options = Ssh::sshOptionsForProfile(m_profile, QDir::homePath() + u"/.ssh"_s);
    if (!options)
        return options.error();
    auto *connection = new Ssh::SshConnection(*options, this);
    m_ssh = connection;
    connect(connection, &Ssh::SshConnection::stateChanged, this, &LabSession::sshStateChanged);
    if (m_hostKeyHandler) {
        connect(connection, &Ssh::SshConnection::hostKeyDecisionRequired, this,
                [this, connection](const Ssh::HostKeyInfo &info) { m_hostKeyHandler(connection, info); });
    }
    // The keychain first; then, if there is a prompt, the user.
    const QString key = m_profile.secretKey(QString::fromLatin1(SecretKeys::SshPassphrase));
    connection->setPassphraseProvider([this, key](const QString &keyFile) -> QFuture<Result<QString>> {
        // whenDone, not then(this, …): the session may end while the keychain or the user answers. Then the
        // promise is dropped unfinished and the connection sees a cancelled future.
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        promise->start();
        const auto deliver = [promise](const Result<QString> &passphrase) {
            promise->addResult(passphrase);
            promise->finish();
        };
        whenDone(m_secrets.read(key), this, [this, keyFile, deliver](const SecretStore::ReadResult &stored) {
            if (stored && stored->has_value()) {
                deliver(Result<QString>(**stored));
            } else if (m_passphrasePrompt) {
                whenDone(m_passphrasePrompt(keyFile), this, deliver);
            } else {
                deliver(
                    Error(Error::Code::Auth, tr("The key %1 needs a passphrase: store it with `krynetctl secret set "
                                                "ssh.passphrase`.")
                                                 .arg(keyFile)));
            }
        });
        return promise->future();
    });
    return connection;
}

ServiceClient *LabSession::service(const QString &service)
{
    if (!m_profile.hasService(service))
        return nullptr;
    if (auto existing = m_services.value(service))
        return existing;
    auto *client = new ServiceClient(&m_network, &m_secrets, m_profile, service, this);
    m_services.insert(service, client);
    return client;
}

void LabSession::setWindowVisible(bool visible)
{
    if (m_windowVisible == visible)
        return;
    m_windowVisible = visible;
    Q_EMIT windowVisibilityChanged(visible);
}

} // namespace KryNet
