#pragma once

#include <QHash>

#include "core/secrets/secretstore.h"

namespace KryNet
{

/**
 * Secrets kept in process memory only, lost at exit. Used by tests, by the demo lab, and as the
 * session-only fallback the user explicitly accepts when no OS keychain is available.
 */
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    [[nodiscard]] QFuture<ReadResult> read(const QString &key) override;
    [[nodiscard]] QFuture<Result<void>> write(const QString &key, const QString &secret) override;
    [[nodiscard]] QFuture<Result<void>> remove(const QString &key) override;
    [[nodiscard]] QString backendName() const override;
    [[nodiscard]] bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace KryNet
