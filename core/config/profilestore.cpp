#include "core/config/profilestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/common/logging.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

Error configError(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::Config, message, detail);
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{}

QString ProfileStore::defaultConfigDir()
{
    const QString overridden = qEnvironmentVariable("KRYNET_CONFIG_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/krynet"_s;
}

QString ProfileStore::defaultFilePath()
{
    return defaultConfigDir() + u"/profiles.json"_s;
}

Result<void> ProfileStore::moveAside(const QString &suffix, const QString &why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_filePath + u'.' + suffix + u'-' + stamp;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = m_filePath + u'.' + suffix + u'-' + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_filePath, target)) {
        m_readOnly = true;
        return configError(tr("%1 Could not move it aside either, so KryNet will not write over it: fix or remove "
                              "%2 and restart.")
                               .arg(why, m_filePath));
    }
    m_movedAside = target;
    qCWarning(lcConfig) << "moved unreadable profile file aside:" << m_filePath << "->" << target;
    return configError(tr("%1 It was kept as %2 and KryNet started without profiles.").arg(why, target));
}

Result<void> ProfileStore::load()
{
    if (isInMemory())
        return success(); // nothing behind it: keep what the store holds
    m_profiles.clear();
    m_extra = {};
    m_movedAside.clear();
    m_readOnly = false;
    const auto finish = qScopeGuard([this] { Q_EMIT profilesChanged(); });

    QFile file(m_filePath);
    if (!file.exists())
        return success();
    if (!file.open(QIODevice::ReadOnly)) {
        m_readOnly = true;
        return configError(
            tr("Cannot read the profiles file %1: %2. Check its permissions.").arg(m_filePath, file.errorString()));
    }
    if (file.size() > MaxFileSize) {
        file.close();
        return moveAside(u"corrupt"_s,
                         tr("The profiles file %1 is implausibly large (%2 bytes).").arg(m_filePath).arg(file.size()));
    }
    const QByteArray data = file.readAll();
    file.close();

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString detail = parseError.error != QJsonParseError::NoError
                                   ? tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                                   : tr("the top level is not a JSON object");
        return moveAside(u"corrupt"_s, tr("The profiles file %1 is damaged (%2).").arg(m_filePath, detail));
    }
    const QJsonObject root = doc.object();
    const int schema = root.value(u"schema"_s).toInt(-1);
    if (schema > SchemaVersion) {
        return moveAside(u"newer"_s,
                         tr("The profiles file %1 was written by a newer KryNet (schema %2; this version reads %3).")
                             .arg(m_filePath)
                             .arg(schema)
                             .arg(SchemaVersion));
    }
    if (schema < 1 || !root.value(u"profiles"_s).isArray()) {
        return moveAside(
            u"corrupt"_s,
            tr("The profiles file %1 is not a KryNet profiles file (no schema or profile list).").arg(m_filePath));
    }

    QList<Profile> loaded;
    const QJsonArray list = root.value(u"profiles"_s).toArray();
    for (const QJsonValue &value : list) {
        // A non-object entry would load as a nameless profile with a new random id on every start.
        if (!value.isObject()) {
            return moveAside(u"corrupt"_s, tr("The profiles file %1 holds an invalid profile (%2).")
                                               .arg(m_filePath, tr("an entry is not a JSON object")));
        }
        auto profile = Profile::fromJson(value.toObject());
        if (!profile) {
            return moveAside(
                u"corrupt"_s,
                tr("The profiles file %1 holds an invalid profile (%2).").arg(m_filePath, profile.error().message()));
        }
        loaded.append(profile.value());
    }
    m_profiles = loaded;
    m_extra = root;
    return success();
}

Result<void> ProfileStore::save()
{
    if (isInMemory())
        return success();
    if (m_readOnly) {
        return configError(tr("Not saving: the existing profiles file %1 could not be read and would be lost. Fix "
                              "or remove it first.")
                               .arg(m_filePath));
    }
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        return configError(tr("Cannot create the configuration folder %1.").arg(info.absolutePath()));
    }

    QJsonObject root = m_extra;
    root.insert(u"schema"_s, SchemaVersion);
    QJsonArray list;
    for (const Profile &profile : std::as_const(m_profiles))
        list.append(profile.toJson());
    root.insert(u"profiles"_s, list);

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return configError(tr("Cannot write the profiles file %1: %2.").arg(m_filePath, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return configError(tr("Cannot save the profiles file %1: %2. The previous version is unchanged.")
                               .arg(m_filePath, file.errorString()));
    }
    return success();
}

std::optional<Profile> ProfileStore::find(const QString &nameOrId) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name() == nameOrId || profile.id() == nameOrId)
            return profile;
    }
    return std::nullopt;
}

Result<Profile> ProfileStore::resolve(const QString &name) const
{
    if (!name.isEmpty()) {
        if (auto profile = find(name))
            return *profile;
        QStringList names;
        for (const Profile &profile : m_profiles)
            names.append(profile.name());
        return configError(names.isEmpty()
                               ? tr("There is no profile “%1”: no profiles exist yet. Create one with "
                                    "`krynetctl profile add NAME --host HOST`.")
                                     .arg(name)
                               : tr("There is no profile “%1”. Known profiles: %2.").arg(name, names.join(u", "_s)));
    }
    if (m_profiles.size() == 1)
        return m_profiles.constFirst();
    if (m_profiles.isEmpty()) {
        return configError(tr("No profile is configured. Create one with `krynetctl profile add NAME --host HOST`."));
    }
    return configError(tr("Several profiles exist: choose one with --profile NAME."));
}

Result<void> ProfileStore::add(const Profile &profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    if (find(profile.name()))
        return configError(tr("A profile named “%1” already exists.").arg(profile.name()));
    m_profiles.append(profile);
    Q_EMIT profilesChanged();
    return success();
}

Result<void> ProfileStore::update(const Profile &profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id() != profile.id())
            continue;
        for (const Profile &other : std::as_const(m_profiles)) {
            if (other.id() != profile.id() && other.name() == profile.name())
                return configError(tr("A profile named “%1” already exists.").arg(profile.name()));
        }
        m_profiles[i] = profile;
        Q_EMIT profilesChanged();
        return success();
    }
    return configError(tr("There is no profile “%1” to update.").arg(profile.name()));
}

Result<void> ProfileStore::remove(const QString &nameOrId)
{
    const auto removed = m_profiles.removeIf(
        [&nameOrId](const Profile &profile) { return profile.name() == nameOrId || profile.id() == nameOrId; });
    if (removed == 0)
        return configError(tr("There is no profile “%1”.").arg(nameOrId));
    Q_EMIT profilesChanged();
    return success();
}

} // namespace KryNet
