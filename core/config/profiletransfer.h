#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/result.h"
#include "core/config/profile.h"

namespace KryNet
{

class ProfileStore;

/// What a profile file holds once it passed every check.
struct ProfileImport
{
    QList<Profile> profiles;
    /// Translated remarks on what was changed while reading (a secret-like field dropped, a path
    /// outside HOME ignored, an unusable id replaced); empty when the file was taken as is.
    QStringList notes;
};

/// How import treats a profile whose name already exists.
enum class ImportConflict {
    Refuse,  ///< nothing is imported; the error names the conflicting profiles
    Replace, ///< the existing profile is replaced (keeping its id, so its keychain entries still apply)
};

/**
 * Exports profiles to a JSON file a user can move to another computer, and reads such files back
 * (issue 12, "Profiles can be exported/imported as JSON without secrets").
 *
 * Contracts:
 *  - An export never holds a secret: profiles carry none by design, and members of unknown fields
 *    whose names look like credentials (password, passphrase, secret, token, api key, cookie, private
 *    key) are dropped at any depth, in both directions.
 *  - The format is `{"format": "krynet-profiles", "version": 1, "profiles": [...]}`; a profiles.json
 *    (`{"schema": 1, "profiles": [...]}`) is read too.
 *  - parse() treats its input as hostile: size and count limits, every profile validated (name, SSH
 *    host/user/port/paths, domain, service ids and URLs, TLS pins), duplicate names refused; the first
 *    problem is a Config error saying which profile and what to fix. It never throws or asserts.
 *  - A known_hosts path outside the home directory is not imported (a profile must not make KryNet
 *    append host keys to an arbitrary file); an id that is not a UUID, or that belongs to another
 *    existing profile, is replaced by a fresh one.
 *  - apply() never replaces an existing profile unless asked to (ImportConflict::Replace); it changes
 *    the store only when every profile can be imported, and never saves.
 */
class ProfileTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::ProfileTransfer)

public:
    ProfileTransfer() = delete;

    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxProfiles = 100;
    static constexpr int MaxServices = 64;

    /// The export document (indented JSON, UTF-8).
    [[nodiscard]] static QByteArray exportJson(const QList<Profile> &profiles);
    /// Reads and checks an export (or a profiles.json).
    [[nodiscard]] static Result<ProfileImport> parse(const QByteArray &data);

    /// Names of @p profiles that already exist in @p store.
    [[nodiscard]] static QStringList conflicts(const ProfileStore &store, const QList<Profile> &profiles);
    /// Adds (or, with Replace, replaces) @p profiles in @p store; does not save. Returns the names imported.
    [[nodiscard]] static Result<QStringList> apply(ProfileStore &store, QList<Profile> profiles,
                                                   ImportConflict conflict);

    /// Reads @p path with the size limit; "-" is not special here.
    [[nodiscard]] static Result<QByteArray> readFile(const QString &path);
    /// Writes @p data to @p path atomically (QSaveFile).
    [[nodiscard]] static Result<void> writeFile(const QString &path, const QByteArray &data);

    /// True for member names that look like a credential ("apiKey", "password", "cf_secret"…).
    [[nodiscard]] static bool isSecretLikeName(const QString &name);
};

} // namespace KryNet
