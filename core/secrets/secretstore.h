#pragma once

#include <optional>

#include <QFuture>
#include <QObject>
#include <QString>

#include "core/common/result.h"

namespace KryNet
{

/**
 * Where secrets live: SSH key passphrases, API keys, the LiteLLM master key, the Cloudflare Access
 * client secret. Keys are "<profile id>/<purpose>" (Profile::secretKey()); purposes are listed in
 * SecretKeys.
 *
 * Contracts (STYLE.md §6):
 *  - read() of a secret that was never set yields std::nullopt: that is data, not an error;
 *  - every value read or written is registered with Redaction, so it is masked in every log line;
 *  - implementations never write a secret to a file, QSettings or a log;
 *  - futures finish on the thread that owns the store (the GUI thread for the keychain).
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadResult = Result<std::optional<QString>>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    [[nodiscard]] virtual QFuture<ReadResult> read(const QString &key) = 0;
    [[nodiscard]] virtual QFuture<Result<void>> write(const QString &key, const QString &secret) = 0;
    /// Removing a secret that does not exist succeeds.
    [[nodiscard]] virtual QFuture<Result<void>> remove(const QString &key) = 0;

    /// Translated name of where secrets go ("the system keychain", "memory, for this session only").
    [[nodiscard]] virtual QString backendName() const = 0;
    /// True when secrets outlive the process.
    [[nodiscard]] virtual bool isPersistent() const = 0;
};

/// Well-known secret purposes (the part after "<profile id>/").
namespace SecretKeys
{

inline constexpr auto SshPassphrase = "ssh.passphrase";
inline constexpr auto CfAccessSecret = "cf-access.secret";
inline constexpr auto LiteLlmMasterKey = "litellm.master-key";

/// "<service>.api-key", e.g. "sonarr.api-key".
[[nodiscard]] QString apiKey(const QString &service);
/// "<service>.password" (qBittorrent login, HTTP basic auth).
[[nodiscard]] QString password(const QString &service);
/// "<service>.username" is not secret and lives in the profile; this names the key for completeness.
[[nodiscard]] bool isValidPurpose(const QString &purpose);
/// Every purpose KryNet reads, for help texts.
[[nodiscard]] QStringList knownPurposes();

} // namespace SecretKeys

} // namespace KryNet
