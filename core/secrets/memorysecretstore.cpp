#include "core/secrets/memorysecretstore.h"

#include "core/common/redaction.h"

namespace KryNet
{

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite before the memory is released; QString may share, so detach first.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it.value().fill(QChar(u'\0'));
}

QFuture<SecretStore::ReadResult> MemorySecretStore::read(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return QtFuture::makeReadyFuture(ReadResult(std::optional<QString>()));
    return QtFuture::makeReadyFuture(ReadResult(std::optional<QString>(*it)));
}

QFuture<Result<void>> MemorySecretStore::write(const QString &key, const QString &secret)
{
    Redaction::registerSecret(secret);
    m_secrets.insert(key, secret);
    return QtFuture::makeReadyFuture(Result<void>());
}

QFuture<Result<void>> MemorySecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
    return QtFuture::makeReadyFuture(Result<void>());
}

QString MemorySecretStore::backendName() const
{
    return tr("memory, for this session only");
}

} // namespace KryNet
