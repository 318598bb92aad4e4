#pragma once

#include <QPointer>

#include "core/secrets/secretstore.h"

namespace KryNet
{

class MemorySecretStore;

/**
 * The store the apps use: the OS keychain, and — only after the user agreed — memory for the rest
 * of the session when the keychain is unavailable.
 *
 * When an operation fails because no keychain backend works, the error is returned as is and
 * keychainUnavailable() is emitted once; the UI explains it and, if the user accepts, calls
 * useSessionFallback(). From then on secrets live in memory only and backendName() says so. Nothing
 * is ever written to a file.
 */
class FallbackSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackSecretStore)

public:
    /// Takes ownership of @p primary (re-parented to this store).
    explicit FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);
    ~FallbackSecretStore() override;

    [[nodiscard]] QFuture<ReadResult> read(const QString &key) override;
    [[nodiscard]] QFuture<Result<void>> write(const QString &key, const QString &secret) override;
    [[nodiscard]] QFuture<Result<void>> remove(const QString &key) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] bool isPersistent() const override;

    [[nodiscard]] bool isUsingSessionFallback() const { return m_useFallback; }
    /// Switches to the in-memory store for the rest of the session. Call only after the user agreed.
    void useSessionFallback();

Q_SIGNALS:
    /// The keychain failed in a way only the user can resolve; @p error says how.
    void keychainUnavailable(const KryNet::Error &error);
    void backendChanged();

private:
    template <typename T>
    QFuture<T> watch(QFuture<T> future);

    SecretStore *m_primary;
    MemorySecretStore *m_fallback;
    bool m_useFallback = false;
    bool m_reported = false;
};

} // namespace KryNet
