// krynetctl profile list|show|add|remove|set
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "core/config/profilestore.h"
#include "core/config/servicecatalog.h"
#include "core/config/sshconfig.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

// Options shared by `profile add` and `profile set`.
struct ProfileOptions
{
    QCommandLineOption host{u"host"_s, Text::tr("SSH host name, address or ~/.ssh/config alias."), u"HOST"_s};
    QCommandLineOption port{u"port"_s, Text::tr("SSH port (default 22)."), u"PORT"_s};
    QCommandLineOption user{u"user"_s, Text::tr("SSH user."), u"USER"_s};
    QCommandLineOption identity{u"identity"_s, Text::tr("SSH private key file."), u"FILE"_s};
    QCommandLineOption agent{u"agent"_s, Text::tr("Authenticate with ssh-agent (SSH_AUTH_SOCK).")};
    QCommandLineOption noAgent{u"no-agent"_s, Text::tr("Do not use ssh-agent.")};
    QCommandLineOption knownHosts{u"known-hosts"_s, Text::tr("known_hosts file (default ~/.ssh/known_hosts)."),
                                  u"FILE"_s};
    QCommandLineOption jump{u"jump"_s, Text::tr("Jump host, [user@]host[:port] (like ssh -J)."), u"HOST"_s};
    QCommandLineOption sudo{u"sudo"_s, Text::tr("Run privileged commands through `sudo -n`.")};
    QCommandLineOption noSudo{u"no-sudo"_s, Text::tr("Do not use sudo.")};
    QCommandLineOption dockerSocket{u"docker-socket"_s,
                                    Text::tr("Docker socket on the server (default /var/run/docker.sock)."), u"PATH"_s};
    QCommandLineOption domain{u"domain"_s, Text::tr("The lab's DOMAIN (services are SUB.local.DOMAIN, …)."),
                              u"DOMAIN"_s};
    QCommandLineOption mode{u"mode"_s, Text::tr("Access mode: local, tail or public."), u"MODE"_s};
    QCommandLineOption service{
        u"service"_s, Text::tr("A service of the lab, optionally with its base URL (repeatable)."), u"NAME[=URL]"_s};
    QCommandLineOption removeService{u"remove-service"_s, Text::tr("Remove a service from the lab (repeatable)."),
                                     u"NAME"_s};
    QCommandLineOption cfClientId{u"cf-client-id"_s, Text::tr("Cloudflare Access service-token client id."), u"ID"_s};
    QCommandLineOption pin{u"pin"_s,
                           Text::tr("Trust HOST's self-signed certificate by its SHA-256 fingerprint (repeatable)."),
                           u"HOST=SHA256"_s};
    QCommandLineOption unpin{u"unpin"_s, Text::tr("Remove HOST's certificate pin (repeatable)."), u"HOST"_s};
    QCommandLineOption rename{u"rename"_s, Text::tr("Give the profile a new name."), u"NAME"_s};

    void addTo(QCommandLineParser &parser, bool forSet)
    {
        parser.addOptions({host, port, user, identity, agent, knownHosts, jump, sudo, dockerSocket, domain, mode,
                           service, cfClientId, pin});
        if (forSet)
            parser.addOptions({noAgent, noSudo, removeService, unpin, rename});
    }
};

// Applies the parsed options to @p profile; returns a usage message on bad values.
QString applyOptions(const QCommandLineParser &parser, const ProfileOptions &o, bool forSet, Profile &profile)
{
    // Options only `profile set` defines; QCommandLineParser warns when asked about undefined ones.
    const auto isSetOnly = [&parser, forSet](const QCommandLineOption &option) {
        return forSet && parser.isSet(option);
    };
    SshSettings &ssh = profile.ssh();
    if (parser.isSet(o.host)) {
        ssh.host = parser.value(o.host).trimmed();
        if (ssh.host.isEmpty())
            return Text::tr("--host needs a host name, address or ~/.ssh/config alias.");
    }
    if (parser.isSet(o.port)) {
        bool ok = false;
        const int port = parser.value(o.port).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Text::tr("--port needs a number between 1 and 65535, not “%1”.").arg(parser.value(o.port));
        ssh.port = port;
    }
    if (parser.isSet(o.user))
        ssh.user = parser.value(o.user);
    if (parser.isSet(o.identity))
        ssh.identityFile = parser.value(o.identity);
    if (parser.isSet(o.agent))
        ssh.useAgent = true;
    if (isSetOnly(o.noAgent))
        ssh.useAgent = false;
    if (parser.isSet(o.knownHosts))
        ssh.knownHostsFile = parser.value(o.knownHosts);
    if (parser.isSet(o.jump))
        ssh.jumpHost = parser.value(o.jump);
    if (parser.isSet(o.sudo))
        ssh.useSudo = true;
    if (isSetOnly(o.noSudo))
        ssh.useSudo = false;
    if (parser.isSet(o.dockerSocket)) {
        const QString path = parser.value(o.dockerSocket);
        if (!path.startsWith(u'/'))
            return Text::tr("--docker-socket needs an absolute path on the server, not “%1”.").arg(path);
        ssh.dockerSocket = path;
    }
    if (parser.isSet(o.domain))
        profile.setDomain(parser.value(o.domain));
    if (parser.isSet(o.mode)) {
        const auto mode = AccessModes::fromId(parser.value(o.mode));
        if (!mode)
            return Text::tr("--mode must be local, tail or public, not “%1”.").arg(parser.value(o.mode));
        profile.setAccessMode(*mode);
    }
    if (parser.isSet(o.cfClientId))
        profile.setCfAccessClientId(parser.value(o.cfClientId));
    for (const QString &spec : parser.values(o.service)) {
        const qsizetype eq = spec.indexOf(u'=');
        const QString name = (eq < 0 ? spec : spec.left(eq)).trimmed().toLower();
        if (!ServiceCatalog::find(name)) {
            return Text::tr("Unknown service “%1”. Known services: %2.").arg(name, ServiceCatalog::ids().join(u", "_s));
        }
        ServiceSettings settings = profile.services().value(name);
        if (eq >= 0) {
            const QUrl url(spec.mid(eq + 1).trimmed(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
                return Text::tr("The URL of %1 must be an absolute http(s) URL, not “%2”.").arg(name, spec.mid(eq + 1));
            settings.url = url;
        }
        profile.setService(name, settings);
    }
    for (const QString &name : forSet ? parser.values(o.removeService) : QStringList())
        profile.removeService(name.trimmed().toLower());
    for (const QString &spec : parser.values(o.pin)) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0)
            return Text::tr("--pin needs HOST=SHA256:FINGERPRINT, not “%1”.").arg(spec);
        const auto digest = Profile::parseFingerprint(spec.mid(eq + 1));
        if (!digest)
            return digest.error().message();
        profile.setTlsPin(spec.left(eq).trimmed(), digest.value());
    }
    for (const QString &host : forSet ? parser.values(o.unpin) : QStringList()) {
        if (!profile.removeTlsPin(host.trimmed()))
            return Text::tr("“%1” has no certificate pin in this profile.").arg(host);
    }
    if (isSetOnly(o.rename))
        profile.setName(parser.value(o.rename));
    return {};
}

// `--profile NAME`, which every command takes (and which ProfileStore::resolve()'s messages suggest);
// the profile commands also take the name as their positional argument.

// The profile name given as NAME or --profile NAME; empty when neither. Finishes with a usage error and
// returns nullopt when both or several are given, or none although @p required.
std::optional<QString> profileName(Invocation &inv, const QCommandLineParser &parser, bool required)
{
    QStringList names = parser.positionalArguments();
    names += parser.values(u"profile"_s);
    if (names.size() > 1 || (required && names.isEmpty())) {
        inv.usageError(required ? Text::tr("Give exactly one profile name.")
                                : Text::tr("Give at most one profile name."));
        return std::nullopt;
    }
    return names.value(0);
}

QJsonObject summaryJson(const Profile &profile)
{
    QJsonArray services;
    for (auto it = profile.services().cbegin(); it != profile.services().cend(); ++it)
        services.append(it.key());
    return QJsonObject{{u"name"_s, profile.name()},
                       {u"id"_s, profile.id()},
                       {u"host"_s, profile.ssh().host},
                       {u"domain"_s, profile.domain()},
                       {u"mode"_s, AccessModes::toId(profile.accessMode())},
                       {u"services"_s, services}};
}

QJsonObject detailJson(const Profile &profile)
{
    QJsonObject json = profile.toJson();
    QJsonObject urls;
    for (auto it = profile.services().cbegin(); it != profile.services().cend(); ++it) {
        const auto url = profile.serviceUrl(it.key());
        urls.insert(it.key(), url ? url->toString() : QJsonValue(QJsonValue::Null));
    }
    json.insert(u"serviceUrls"_s, urls);
    return json;
}

bool loadStore(Invocation &inv)
{
    if (auto loaded = inv.profiles().load(); !loaded) {
        inv.fail(loaded.error());
        return false;
    }
    return true;
}

bool saveStore(Invocation &inv)
{
    if (auto saved = inv.profiles().save(); !saved) {
        inv.fail(saved.error());
        return false;
    }
    return true;
}

void listProfiles(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List server profiles."));
    if (!inv.parse(parser) || !loadStore(inv))
        return;
    const QList<Profile> &profiles = inv.profiles().profiles();
    if (inv.json()) {
        QJsonArray list;
        for (const Profile &profile : profiles)
            list.append(summaryJson(profile));
        inv.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else if (profiles.isEmpty()) {
        inv.out() << Text::tr("No profiles yet. Add one with: krynetctl profile add NAME --host HOST") << Qt::endl;
    } else {
        for (const Profile &profile : profiles) {
            inv.out() << profile.name() << u'\t' << profile.ssh().host << u'\t'
                      << AccessModes::toId(profile.accessMode()) << u'\t' << profile.domain() << Qt::endl;
        }
    }
    inv.finish(ExitOk);
}

void showProfile(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show one profile, with the URL of each service."));
    parser.addPositionalArgument(u"NAME"_s, Text::tr("Profile name (optional when only one exists)."));
    parser.addOption(profileOption());
    if (!inv.parse(parser, u"[NAME]"_s) || !loadStore(inv))
        return;
    const auto name = profileName(inv, parser, false);
    if (!name)
        return;
    const auto profile = inv.profiles().resolve(*name);
    if (!profile)
        return inv.fail(profile.error());
    if (inv.json()) {
        inv.out() << QString::fromUtf8(QJsonDocument(detailJson(*profile)).toJson(QJsonDocument::Indented));
        return inv.finish(ExitOk);
    }
    const SshSettings &ssh = profile->ssh();
    QTextStream &out = inv.out();
    out << Text::tr("Profile:      %1 (%2)").arg(profile->name(), profile->id()) << Qt::endl;
    out << Text::tr("SSH:          %1@%2:%3").arg(ssh.user, ssh.host).arg(ssh.port) << Qt::endl;
    if (const auto resolved = SshConfig::resolve(ssh.host); resolved && resolved->hostName != ssh.host)
        out << Text::tr("              (~/.ssh/config: %1 → %2:%3)")
                   .arg(ssh.host, resolved->hostName)
                   .arg(resolved->port)
            << Qt::endl;
    if (!ssh.identityFile.isEmpty())
        out << Text::tr("Identity:     %1").arg(ssh.identityFile) << Qt::endl;
    out << Text::tr("Agent:        %1").arg(ssh.useAgent ? Text::tr("yes") : Text::tr("no")) << Qt::endl;
    if (!ssh.jumpHost.isEmpty())
        out << Text::tr("Jump host:    %1").arg(ssh.jumpHost) << Qt::endl;
    out << Text::tr("Sudo:         %1").arg(ssh.useSudo ? Text::tr("yes") : Text::tr("no")) << Qt::endl;
    out << Text::tr("Domain:       %1").arg(profile->domain()) << Qt::endl;
    out << Text::tr("Access mode:  %1").arg(AccessModes::displayName(profile->accessMode())) << Qt::endl;
    for (auto it = profile->services().cbegin(); it != profile->services().cend(); ++it) {
        const auto url = profile->serviceUrl(it.key());
        out << u"  "_s << it.key().leftJustified(12) << u' '
            << (url ? url->toString() : Text::tr("(no URL: %1)").arg(url.error().message())) << Qt::endl;
    }
    for (auto it = profile->tlsPins().cbegin(); it != profile->tlsPins().cend(); ++it)
        out << Text::tr("TLS pin:      %1 SHA256:%2").arg(it.key(), Profile::formatFingerprint(it.value())) << Qt::endl;
    inv.finish(ExitOk);
}

void addProfile(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Add a server profile."));
    parser.addPositionalArgument(u"NAME"_s, Text::tr("Name of the new profile."));
    ProfileOptions options;
    options.addTo(parser, false);
    if (!inv.parse(parser, u"NAME"_s) || !loadStore(inv))
        return;
    if (parser.positionalArguments().size() != 1)
        return inv.usageError(Text::tr("Give exactly one profile name."));
    if (!parser.isSet(options.host))
        return inv.usageError(Text::tr("--host is required."));
    Profile profile;
    profile.setName(parser.positionalArguments().constFirst());
    if (const QString problem = applyOptions(parser, options, false, profile); !problem.isEmpty())
        return inv.usageError(problem);
    if (auto added = inv.profiles().add(profile); !added)
        return inv.fail(added.error());
    if (!saveStore(inv))
        return;
    if (inv.json())
        inv.out() << QString::fromUtf8(QJsonDocument(summaryJson(profile)).toJson(QJsonDocument::Indented));
    else
        inv.out() << Text::tr("Added profile “%1”.").arg(profile.name()) << Qt::endl;
    inv.finish(ExitOk);
}

void setProfile(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Change a server profile."));
    parser.addPositionalArgument(u"NAME"_s, Text::tr("Profile to change."));
    ProfileOptions options;
    options.addTo(parser, true);
    parser.addOption(profileOption());
    if (!inv.parse(parser, u"NAME"_s) || !loadStore(inv))
        return;
    const auto name = profileName(inv, parser, true);
    if (!name)
        return;
    auto profile = inv.profiles().resolve(*name);
    if (!profile)
        return inv.fail(profile.error());
    Profile changed = *profile;
    if (const QString problem = applyOptions(parser, options, true, changed); !problem.isEmpty())
        return inv.usageError(problem);
    if (auto updated = inv.profiles().update(changed); !updated)
        return inv.fail(updated.error());
    if (!saveStore(inv))
        return;
    if (inv.json())
        inv.out() << QString::fromUtf8(QJsonDocument(summaryJson(changed)).toJson(QJsonDocument::Indented));
    else
        inv.out() << Text::tr("Updated profile “%1”.").arg(changed.name()) << Qt::endl;
    inv.finish(ExitOk);
}

void removeProfile(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Remove a server profile. Its secrets stay in the keychain until "
                                              "cleared with `krynetctl secret clear`."));
    parser.addPositionalArgument(u"NAME"_s, Text::tr("Profile to remove."));
    parser.addOption(profileOption());
    if (!inv.parse(parser, u"NAME"_s) || !loadStore(inv))
        return;
    const auto given = profileName(inv, parser, true);
    if (!given)
        return;
    const QString name = *given;
    if (auto removed = inv.profiles().remove(name); !removed)
        return inv.fail(removed.error());
    if (!saveStore(inv))
        return;
    if (inv.json())
        inv.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"removed"_s, name}}).toJson(QJsonDocument::Compact))
                  << Qt::endl;
    else
        inv.out() << Text::tr("Removed profile “%1”.").arg(name) << Qt::endl;
    inv.finish(ExitOk);
}

} // namespace

void registerProfileCommands(CommandRegistry &registry)
{
    registry.add({u"profile list"_s, Text::tr("List server profiles."), listProfiles});
    registry.add({u"profile show"_s, Text::tr("Show a profile and its service URLs."), showProfile});
    registry.add({u"profile add"_s, Text::tr("Add a server profile."), addProfile});
    registry.add(
        {u"profile set"_s, Text::tr("Change a server profile (also --pin/--unpin certificates)."), setProfile});
    registry.add({u"profile remove"_s, Text::tr("Remove a server profile."), removeProfile});
}

} // namespace KryNet::Cli
