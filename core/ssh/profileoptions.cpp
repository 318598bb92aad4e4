#include "core/ssh/profileoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/config/profile.h"
#include "core/config/sshconfig.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ssh
{

namespace
{

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Ssh::SshConnection)
};

QString expandHome(const QString &path, const QString &sshDir)
{
    if (path.startsWith(u"~/"_s))
        return QFileInfo(sshDir).absolutePath() + path.mid(1);
    return path;
}

} // namespace

Result<SshEndpoint> parseEndpoint(const QString &text)
{
    SshEndpoint e;
    QString rest = text.trimmed();
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        e.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return Error(Error::Code::Config, Tr::tr("\"%1\" is not a valid [user@]host[:port].").arg(text));
        if (rest.mid(close + 1).startsWith(u':'))
            portText = rest.mid(close + 2);
        rest = rest.mid(1, close - 1);
    } else if (rest.count(u':') == 1) {
        portText = rest.section(u':', 1);
        rest = rest.section(u':', 0, 0);
    }
    e.host = rest;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return Error(Error::Code::Config, Tr::tr("\"%1\" has no valid port.").arg(text));
        e.port = quint16(port);
    }
    if (e.host.isEmpty())
        return Error(Error::Code::Config, Tr::tr("\"%1\" names no host.").arg(text));
    return e;
}

Result<SshOptions> sshOptionsForProfile(const Profile &profile, const QString &sshDir)
{
    const SshSettings &s = profile.ssh();
    if (s.host.isEmpty())
        return Error(Error::Code::Config,
                     Tr::tr("The profile \"%1\" has no SSH host: set one with `krynetctl profile set %1 --host HOST`.")
                         .arg(profile.name()));
    const auto config = SshConfig::resolve(s.host, sshDir + u"/config"_s);
    if (!config)
        return config.error();
    if (!config->proxyCommand.isEmpty() && s.jumpHost.isEmpty())
        return Error(Error::Code::Unsupported,
                     Tr::tr("~/.ssh/config reaches %1 through a ProxyCommand/ProxyJump, which KryNet does not run. "
                            "Set the jump host in the profile instead (krynetctl profile set %2 --jump HOST).")
                         .arg(s.host, profile.name()),
                     config->proxyCommand);

    SshOptions o;
    o.target.host = config->hostName.isEmpty() ? s.host : config->hostName;
    o.target.port = quint16(s.port != 22 ? s.port : config->port);
    o.target.user = !s.user.isEmpty() ? s.user : config->user;
    if (o.target.user.isEmpty())
        o.target.user = qEnvironmentVariable("USER");
    o.target.identityFile = expandHome(!s.identityFile.isEmpty() ? s.identityFile : config->identityFile, sshDir);
    if (o.target.identityFile.isEmpty()) {
        for (const auto &name : {u"id_ed25519"_s, u"id_ecdsa"_s, u"id_rsa"_s}) {
            if (QFileInfo::exists(sshDir + u'/' + name)) {
                o.target.identityFile = sshDir + u'/' + name;
                break;
            }
        }
    }
    o.useAgent = s.useAgent;
    o.knownHostsFile = s.knownHostsFile.isEmpty() ? sshDir + u"/known_hosts"_s : expandHome(s.knownHostsFile, sshDir);
    o.useSudo = s.useSudo;
    if (!s.jumpHost.isEmpty()) {
        auto jump = parseEndpoint(s.jumpHost);
        if (!jump)
            return jump.error();
        if (jump->user.isEmpty())
            jump->user = o.target.user;
        jump->identityFile = o.target.identityFile;
        o.jump = *jump;
    }
    if (auto valid = o.validate(); !valid)
        return valid.error();
    return o;
}

} // namespace KryNet::Ssh
