#include "core/ssh/sshoptions.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace KryNet::Ssh
{

namespace
{

bool isValidHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u':' || c == u'_' || c == u'%'))
            return false;
    }
    return !host.startsWith(u'-');
}

bool isValidUser(const QString &user)
{
    if (user.isEmpty() || user.size() > 64 || user.startsWith(u'-'))
        return false;
    for (const QChar c : user) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u'$'))
            return false;
    }
    return true;
}

} // namespace

Result<void> SshOptions::validate() const
{
    const auto checkEndpoint = [](const SshEndpoint &e, const QString &what) -> Result<void> {
        if (!isValidHostName(e.host))
            return Error(Error::Code::Config, tr("The %1 host name \"%2\" is not valid.").arg(what, e.host),
                         u"invalid host"_s);
        if (e.port == 0)
            return Error(Error::Code::Config, tr("The %1 SSH port must be between 1 and 65535.").arg(what),
                         u"port 0"_s);
        if (!isValidUser(e.user))
            return Error(Error::Code::Config, tr("The %1 user name \"%2\" is not valid.").arg(what, e.user),
                         u"invalid user"_s);
        if (!e.identityFile.isEmpty() && !QFileInfo(e.identityFile).isReadable())
            return Error(Error::Code::Config,
                         tr("The SSH key file %1 does not exist or cannot be read.").arg(e.identityFile),
                         u"identity file not readable"_s);
        return success();
    };
    if (auto r = checkEndpoint(target, tr("server")); !r)
        return r;
    if (jump) {
        if (auto r = checkEndpoint(*jump, tr("jump host")); !r)
            return r;
    }
    if (knownHostsFile.isEmpty())
        return Error(Error::Code::Config, tr("No known_hosts file is configured for SSH host key checks."),
                     u"knownHostsFile empty"_s);
    if (target.identityFile.isEmpty() && !useAgent)
        return Error(Error::Code::Config, tr("Choose an SSH key file or enable the SSH agent."), u"no auth method"_s);
    if (!preapprovedFingerprint.isEmpty() && !preapprovedFingerprint.startsWith(u"SHA256:"_s))
        return Error(Error::Code::Config,
                     tr("A host key fingerprint must look like SHA256:… (as printed by ssh-keygen -l)."),
                     u"bad fingerprint format"_s);
    if (connectTimeout.count() <= 0 || commandTimeout.count() < 0 || keepaliveInterval.count() < 0)
        return Error(Error::Code::Config, tr("SSH timeouts must not be negative."), u"bad timeout"_s);
    if (reconnectInitialDelay.count() <= 0 || reconnectMaxDelay < reconnectInitialDelay)
        return Error(Error::Code::Config, tr("The SSH reconnect delays are not valid."), u"bad backoff"_s);
    if (maxOutputBytes <= 0)
        return Error(Error::Code::Config, tr("The SSH output limit must be positive."), u"bad cap"_s);
    return success();
}

QString SshOptions::displayName() const
{
    QString s = u"%1@%2:%3"_s.arg(target.user, target.host).arg(target.port);
    if (jump)
        s += u" via %1@%2:%3"_s.arg(jump->user, jump->host).arg(jump->port);
    return s;
}

} // namespace KryNet::Ssh
