#include "core/config/profiletransfer.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include "core/config/profilestore.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

const auto FormatName = u"krynet-profiles"_s;

Error configError(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::Config, message, detail);
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Drops every member whose name looks like a credential, at any depth; @p dropped collects their paths.
QJsonObject withoutSecrets(const QJsonObject &object, const QString &path, QStringList *dropped);

QJsonValue withoutSecrets(const QJsonValue &value, const QString &path, QStringList *dropped)
{
    if (value.isObject())
        return withoutSecrets(value.toObject(), path, dropped);
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (qsizetype i = 0; i < in.size(); ++i)
            out.append(withoutSecrets(in.at(i), path + u'[' + QString::number(i) + u']', dropped));
        return out;
    }
    return value;
}

QJsonObject withoutSecrets(const QJsonObject &object, const QString &path, QStringList *dropped)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString member = path.isEmpty() ? it.key() : path + u'.' + it.key();
        // Keys of these maps are service ids and host names, not field names.
        const bool mapKey = path.endsWith(u"services"_s) || path.endsWith(u"tlsPins"_s);
        if (!mapKey && ProfileTransfer::isSecretLikeName(it.key())) {
            if (dropped)
                dropped->append(member);
            continue;
        }
        out.insert(it.key(), withoutSecrets(it.value(), member, dropped));
    }
    return out;
}

// The checks Profile::validate() leaves to the places where users type values: an imported file is
// nobody's typing, so every field a connection or a URL is built from is checked here.
Result<void> checkImported(const Profile &profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    const QString name = profile.name();
    const auto bad = [&name](const QString &what) {
        return configError(ProfileTransfer::tr("Profile “%1” cannot be imported: %2").arg(name, what));
    };
    const SshSettings &ssh = profile.ssh();
    static const QRegularExpression hostRe(u"^[A-Za-z0-9_\\[][A-Za-z0-9_.:%@\\[\\]-]{0,254}$"_s);
    if (ssh.host.isEmpty())
        return bad(ProfileTransfer::tr("it has no SSH host."));
    if (!hostRe.match(ssh.host).hasMatch())
        return bad(ProfileTransfer::tr("“%1” is not a valid SSH host name or alias.").arg(ssh.host));
    static const QRegularExpression userRe(u"^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,63}$"_s);
    if (!ssh.user.isEmpty() && !userRe.match(ssh.user).hasMatch())
        return bad(ProfileTransfer::tr("“%1” is not a valid SSH user name.").arg(ssh.user));
    if (!ssh.jumpHost.isEmpty() && !hostRe.match(ssh.jumpHost).hasMatch())
        return bad(ProfileTransfer::tr("“%1” is not a valid jump host.").arg(ssh.jumpHost));
    for (const QString &path : {ssh.identityFile, ssh.knownHostsFile, ssh.dockerSocket}) {
        if (path.size() > 4096 || hasControlCharacters(path))
            return bad(ProfileTransfer::tr("a file path holds control characters or is too long."));
    }
    if (!ssh.dockerSocket.isEmpty() && (!ssh.dockerSocket.startsWith(u'/') || ssh.dockerSocket.contains(u' ')))
        return bad(ProfileTransfer::tr("the Docker socket must be an absolute path on the server, not “%1”.")
                       .arg(ssh.dockerSocket));
    static const QRegularExpression domainRe(
        u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!profile.domain().isEmpty() && (profile.domain().size() > 253 || !domainRe.match(profile.domain()).hasMatch()))
        return bad(ProfileTransfer::tr("“%1” is not a valid domain.").arg(profile.domain()));
    static const QRegularExpression tokenRe(u"^[A-Za-z0-9._-]{0,256}$"_s);
    if (!tokenRe.match(profile.cfAccessClientId()).hasMatch())
        return bad(ProfileTransfer::tr("the Cloudflare Access client id is not a valid token id."));
    if (profile.services().size() > ProfileTransfer::MaxServices)
        return bad(ProfileTransfer::tr("it lists more than %1 services.").arg(ProfileTransfer::MaxServices));
    static const QRegularExpression subdomainRe(u"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)?$"_s);
    for (auto it = profile.services().cbegin(); it != profile.services().cend(); ++it) {
        if (!subdomainRe.match(it->subdomain).hasMatch())
            return bad(ProfileTransfer::tr("“%1” is not a valid sub-domain for %2.").arg(it->subdomain, it.key()));
        if (!it->url.password().isEmpty())
            return bad(
                ProfileTransfer::tr("the URL of %1 holds a password; secrets belong in the keychain.").arg(it.key()));
    }
    return success();
}

bool isUnderHome(const QString &path)
{
    if (path.startsWith(u"~/"_s))
        return !path.contains(u"/../"_s);
    const QString clean = QDir::cleanPath(path);
    const QString home = QDir::cleanPath(QDir::homePath());
    return clean.startsWith(home + u'/');
}

} // namespace

bool ProfileTransfer::isSecretLikeName(const QString &name)
{
    static const QRegularExpression re(
        u"password|passphrase|passwd|secret|token|api[-_.]?key|apikey|master[-_.]?key|private[-_.]?key|cookie|"
        u"credential|bearer|authorization"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

QByteArray ProfileTransfer::exportJson(const QList<Profile> &profiles)
{
    QJsonArray list;
    for (Profile profile : profiles) {
        // A password typed into a service URL (https://user:pass@host) stays on this computer.
        const QMap<QString, ServiceSettings> services = profile.services();
        for (auto it = services.cbegin(); it != services.cend(); ++it) {
            if (!it->url.password().isEmpty()) {
                ServiceSettings settings = *it;
                settings.url.setPassword(QString());
                profile.setService(it.key(), settings);
            }
        }
        list.append(withoutSecrets(profile.toJson(), QString(), nullptr));
    }
    const QJsonObject root{
        {u"format"_s, FormatName},
        {u"version"_s, FormatVersion},
        {u"exportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"note"_s, u"KryNet Control server profiles. No secrets: store API keys and passphrases again with "
                    u"`krynetctl secret set` or the setup assistant."_s},
        {u"profiles"_s, list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ProfileImport> ProfileTransfer::parse(const QByteArray &data)
{
    if (data.size() > MaxFileBytes) {
        return configError(tr("The file is too large for a profile export (%1 bytes; at most %2).")
                               .arg(data.size())
                               .arg(MaxFileBytes));
    }
    if (data.trimmed().isEmpty())
        return configError(tr("The file is empty: it is not a KryNet profile export."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return configError(tr("The file is not valid JSON (%1 at offset %2): it is damaged or not a KryNet profile "
                              "export.")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    }
    if (!doc.isObject())
        return configError(tr("The file is not a KryNet profile export: its top level is not a JSON object."));
    const QJsonObject root = doc.object();
    const QString format = root.value(u"format"_s).toString();
    if (root.contains(u"format"_s)) {
        if (format != FormatName)
            return configError(tr("The file is not a KryNet profile export (format “%1”).").arg(format));
        const int version = root.value(u"version"_s).toInt(-1);
        if (version < 1)
            return configError(tr("The profile export has no valid version number."));
        if (version > FormatVersion) {
            return configError(tr("The profile export was written by a newer KryNet (format version %1; this version "
                                  "reads %2): update KryNet Control first.")
                                   .arg(version)
                                   .arg(FormatVersion));
        }
    } else if (root.value(u"schema"_s).toInt(-1) < 1) {
        return configError(tr("The file is not a KryNet profile export: it has neither a “format” nor a “schema” "
                              "member."));
    }
    if (!root.value(u"profiles"_s).isArray())
        return configError(tr("The profile export has no list of profiles."));
    const QJsonArray list = root.value(u"profiles"_s).toArray();
    if (list.isEmpty())
        return configError(tr("The profile export holds no profiles."));
    if (list.size() > MaxProfiles)
        return configError(tr("The profile export holds %1 profiles; at most %2 can be imported at once.")
                               .arg(list.size())
                               .arg(MaxProfiles));

    ProfileImport out;
    QSet<QString> names;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return configError(tr("Entry %1 of the profile export is not a JSON object.").arg(i + 1));
        QStringList dropped;
        const QJsonObject clean = withoutSecrets(list.at(i).toObject(), QString(), &dropped);
        auto parsed = Profile::fromJson(clean);
        if (!parsed) {
            return configError(
                tr("Entry %1 of the profile export is invalid: %2").arg(i + 1).arg(parsed.error().message()),
                parsed.error().detail());
        }
        Profile profile = parsed.value();
        if (!dropped.isEmpty()) {
            out.notes.append(tr("Ignored %1 in profile “%2”: secrets are never imported; enter them again in the "
                                "keychain.")
                                 .arg(dropped.join(u", "_s), profile.name()));
        }
        if (auto checked = checkImported(profile); !checked)
            return checked.error();
        if (names.contains(profile.name()))
            return configError(tr("The profile export holds two profiles named “%1”.").arg(profile.name()));
        names.insert(profile.name());

        // Secrets are keyed by the id: it must be a plain UUID, and unique within the file.
        const QUuid uuid = QUuid::fromString(profile.id());
        if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != profile.id() || ids.contains(profile.id())) {
            QJsonObject renewed = clean;
            renewed.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            profile = Profile::fromJson(renewed).value();
            out.notes.append(tr("Profile “%1” had no usable id; it got a new one.").arg(profile.name()));
        }
        ids.insert(profile.id());

        const QString knownHosts = profile.ssh().knownHostsFile;
        if (!knownHosts.isEmpty() && !isUnderHome(knownHosts)) {
            profile.ssh().knownHostsFile.clear();
            out.notes.append(tr("Profile “%1” named the known_hosts file %2, outside your home folder; it uses "
                                "~/.ssh/known_hosts instead.")
                                 .arg(profile.name(), knownHosts));
        }
        out.profiles.append(profile);
    }
    return out;
}

QStringList ProfileTransfer::conflicts(const ProfileStore &store, const QList<Profile> &profiles)
{
    QStringList out;
    for (const Profile &profile : profiles) {
        for (const Profile &existing : store.profiles()) {
            if (existing.name() == profile.name())
                out.append(profile.name());
        }
    }
    return out;
}

Result<QStringList> ProfileTransfer::apply(ProfileStore &store, QList<Profile> profiles, ImportConflict conflict)
{
    const QStringList clashing = conflicts(store, profiles);
    if (!clashing.isEmpty() && conflict == ImportConflict::Refuse) {
        return configError(tr("Not imported: profiles named %1 already exist. Rename them in the file, or replace the "
                              "existing ones explicitly.")
                               .arg(clashing.join(u", "_s)));
    }
    // Prepare every change first, so a failure leaves the store as it was.
    QList<Profile> additions;
    QList<Profile> replacements;
    for (Profile &profile : profiles) {
        const auto sameName = store.find(profile.name());
        if (sameName) {
            // Keep the existing id: the keychain entries of that profile go on to apply.
            QJsonObject json = profile.toJson();
            json.insert(u"id"_s, sameName->id());
            replacements.append(Profile::fromJson(json).value());
            continue;
        }
        const auto sameId = store.find(profile.id());
        if (sameId) {
            // Another profile has this id (the file is a copy of it under a new name): a copy gets its own.
            QJsonObject json = profile.toJson();
            json.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            profile = Profile::fromJson(json).value();
        }
        additions.append(profile);
    }
    QStringList imported;
    for (const Profile &profile : std::as_const(replacements)) {
        if (auto updated = store.update(profile); !updated)
            return updated.error();
        imported.append(profile.name());
    }
    for (const Profile &profile : std::as_const(additions)) {
        if (auto added = store.add(profile); !added)
            return added.error();
        imported.append(profile.name());
    }
    return imported;
}

Result<QByteArray> ProfileTransfer::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    // Read one byte beyond the limit so an oversized file is recognised without reading all of it.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return configError(
            tr("%1 is too large for a profile export (more than %2 bytes).").arg(path).arg(MaxFileBytes));
    return data;
}

Result<void> ProfileTransfer::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return configError(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    file.write(data);
    if (!file.commit())
        return configError(tr("Cannot save %1: %2.").arg(path, file.errorString()));
    return success();
}

} // namespace KryNet
