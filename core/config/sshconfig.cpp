#include "core/config/sshconfig.h"

#include <memory>

#include <libssh/libssh.h>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace KryNet {

namespace {

struct SessionDeleter
{
    void operator()(ssh_session session) const { ssh_free(session); }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;

QString stringOption(ssh_session session, ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK || !value)
        return {};
    const QString out = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return out;
}

} // namespace

QString SshConfig::defaultPath()
{
    return QDir::homePath() + u"/.ssh/config"_s;
}

Result<SshHostConfig> SshConfig::resolve(const QString &alias, const QString &configPath)
{
    SshHostConfig out;
    out.alias = alias;
    out.hostName = alias;
    if (alias.trimmed().isEmpty())
        return Error(Error::Code::Config, tr("No SSH host given."));

    SessionPtr session(ssh_new());
    if (!session)
        return Error(Error::Code::Config, tr("Could not initialise libssh."));
    const int noConfig = 0;
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    // ~ and %d expand against the directory of the config file, never a guessed HOME.
    const QByteArray sshDir = QFileInfo(configPath).absolutePath().toUtf8();
    ssh_options_set(session.get(), SSH_OPTIONS_SSH_DIR, sshDir.constData());
    if (ssh_options_set(session.get(), SSH_OPTIONS_HOST, alias.toUtf8().constData()) != SSH_OK)
        return Error(Error::Code::Config, tr("“%1” is not a valid SSH host.").arg(alias));
    // The user from the command line (user@host) is kept apart from the config's User.
    const QString userFromAlias = stringOption(session.get(), SSH_OPTIONS_USER);

    if (QFileInfo::exists(configPath)) {
        if (ssh_options_parse_config(session.get(), configPath.toUtf8().constData()) != SSH_OK) {
            return Error(Error::Code::Config,
                         tr("Could not read the SSH client configuration %1: check its syntax with `ssh -G %2`.")
                             .arg(configPath, alias),
                         QString::fromUtf8(ssh_get_error(session.get())));
        }
    }

    const QString host = stringOption(session.get(), SSH_OPTIONS_HOST);
    if (!host.isEmpty())
        out.hostName = host;
    unsigned int port = 0;
    if (ssh_options_get_port(session.get(), &port) == SSH_OK && port > 0 && port <= 65535)
        out.port = int(port);
    const QString user = stringOption(session.get(), SSH_OPTIONS_USER);
    out.user = user.isEmpty() ? userFromAlias : user;
    out.proxyCommand = stringOption(session.get(), SSH_OPTIONS_PROXYCOMMAND);
    out.identityFile = stringOption(session.get(), SSH_OPTIONS_IDENTITY);
    return out;
}

} // namespace KryNet
