#pragma once

#include <chrono>

#include "core/secrets/secretstore.h"

namespace KryNet
{

/**
 * Secrets in the OS keychain through QtKeychain (Secret Service/KWallet on Linux, Keychain on macOS,
 * Credential Manager on Windows). Service name: the app id; key: "<profile id>/<purpose>".
 *
 * Contracts:
 *  - QtKeychain's insecure plaintext fallback is never enabled;
 *  - NoBackendAvailable and OtherError get one delayed retry (a keyring daemon that is still starting,
 *    as Nextcloud observed); if that fails the error is Error::Code::Keychain with a message saying
 *    what to start, and isBackendFailure() tells callers to offer the session-only fallback;
 *  - jobs run on the thread that owns the store; no job blocks.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 std::chrono::milliseconds retryDelay = std::chrono::milliseconds(400));
    ~KeychainSecretStore() override;

    [[nodiscard]] QFuture<ReadResult> read(const QString &key) override;
    [[nodiscard]] QFuture<Result<void>> write(const QString &key, const QString &secret) override;
    [[nodiscard]] QFuture<Result<void>> remove(const QString &key) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] bool isPersistent() const override { return true; }

    /// True when @p error means "there is no usable keychain", as opposed to a refused or missing entry.
    [[nodiscard]] static bool isBackendFailure(const Error &error);

private:
    enum class Operation {
        Read,
        Write,
        Remove
    };
    struct Request;
    void start(const std::shared_ptr<Request> &request);

    std::chrono::milliseconds m_retryDelay;
};

} // namespace KryNet
