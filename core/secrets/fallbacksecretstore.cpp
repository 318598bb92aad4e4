#include "core/secrets/fallbacksecretstore.h"

#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"

namespace KryNet
{

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
    , m_fallback(new MemorySecretStore(this))
{
    Q_ASSERT(m_primary);
    m_primary->setParent(this);
}

FallbackSecretStore::~FallbackSecretStore() = default;

template <typename T>
QFuture<T> FallbackSecretStore::watch(QFuture<T> future)
{
    // The caller gets the primary's own future; the report rides beside it and is dropped if this store
    // goes first (QFuture::then(this, …) would assert in Qt 6.4 when the store dies mid-job).
    whenDone(future, this, [this](const T &result) {
        if (!result && KeychainSecretStore::isBackendFailure(result.error()) && !m_reported) {
            m_reported = true;
            qCWarning(lcSecrets) << "keychain unavailable:" << result.error().detail();
            Q_EMIT keychainUnavailable(result.error());
        }
    });
    return future;
}

QFuture<SecretStore::ReadResult> FallbackSecretStore::read(const QString &key)
{
    if (m_useFallback)
        return m_fallback->read(key);
    return watch(m_primary->read(key));
}

QFuture<Result<void>> FallbackSecretStore::write(const QString &key, const QString &secret)
{
    if (m_useFallback)
        return m_fallback->write(key, secret);
    return watch(m_primary->write(key, secret));
}

QFuture<Result<void>> FallbackSecretStore::remove(const QString &key)
{
    if (m_useFallback)
        return m_fallback->remove(key);
    return watch(m_primary->remove(key));
}

QString FallbackSecretStore::backendName() const
{
    return m_useFallback ? m_fallback->backendName() : m_primary->backendName();
}

bool FallbackSecretStore::isPersistent() const
{
    return !m_useFallback && m_primary->isPersistent();
}

void FallbackSecretStore::useSessionFallback()
{
    if (m_useFallback)
        return;
    m_useFallback = true;
    qCWarning(lcSecrets) << "secrets are kept in memory for this session only (user accepted)";
    Q_EMIT backendChanged();
}

} // namespace KryNet
