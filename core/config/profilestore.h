#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QString>

#include "core/common/result.h"
#include "core/config/profile.h"

namespace KryNet
{

/**
 * The server profiles, kept in one JSON file (`profiles.json`) in the config directory.
 *
 * Contracts:
 *  - The config directory is $KRYNET_CONFIG_DIR if set, else the platform's config location for the
 *    app (on Linux $XDG_CONFIG_HOME/krynet, i.e. ~/.config/krynet).
 *  - The file carries a schema version; writes are atomic (QSaveFile) with owner-only permissions.
 *  - Unknown fields (from a newer minor version, or added by hand) survive a load/save cycle.
 *  - A file that cannot be parsed, or that a newer schema wrote, is never overwritten: load() moves it
 *    aside (`profiles.json.corrupt-<timestamp>` or `profiles.json.newer-<timestamp>`), starts empty and
 *    returns a Config error naming the kept file. A file that merely cannot be read (permissions) is
 *    left in place and the store refuses to save over it.
 *  - A missing file is not an error: there are simply no profiles yet.
 *  - Secrets are never part of a profile (see SecretStore).
 */
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    static constexpr int SchemaVersion = 1;

    explicit ProfileStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    [[nodiscard]] static QString defaultConfigDir();
    [[nodiscard]] static QString defaultFilePath();

    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    /// A store made with an empty file path lives in memory only (the demo lab): load() and save()
    /// succeed and keep what it holds.
    [[nodiscard]] bool isInMemory() const { return m_filePath.isEmpty(); }

    Result<void> load();
    [[nodiscard]] Result<void> save();

    [[nodiscard]] const QList<Profile> &profiles() const { return m_profiles; }
    [[nodiscard]] bool isEmpty() const { return m_profiles.isEmpty(); }
    /// Finds a profile by name (exact) or id.
    [[nodiscard]] std::optional<Profile> find(const QString &nameOrId) const;
    /// The profile a command means: @p name if given, else the only profile; an actionable error otherwise.
    [[nodiscard]] Result<Profile> resolve(const QString &name) const;

    /// Adds a new profile (unique name, valid); does not save.
    [[nodiscard]] Result<void> add(const Profile &profile);
    /// Replaces the profile with the same id; does not save.
    [[nodiscard]] Result<void> update(const Profile &profile);
    /// Removes by name or id; does not save.
    [[nodiscard]] Result<void> remove(const QString &nameOrId);

    /// Path of the file load() moved aside, if it did.
    [[nodiscard]] const QString &movedAsidePath() const { return m_movedAside; }

Q_SIGNALS:
    void profilesChanged();

private:
    Result<void> moveAside(const QString &suffix, const QString &why);

    QString m_filePath;
    QList<Profile> m_profiles;
    QJsonObject m_extra;
    QString m_movedAside;
    bool m_readOnly = false;
};

} // namespace KryNet
