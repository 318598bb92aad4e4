#pragma once

#include <QFuture>
#include <QTest>

#include "core/config/profile.h"
#include "core/secrets/memorysecretstore.h"

namespace KryNet::Test
{

/// Waits (processing events, as QTRY_* does) until @p future finishes; the test fails on timeout.
template <typename T>
[[nodiscard]] T awaitResult(QFuture<T> future, int timeoutMs = 20000)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs)) {
        qWarning("future did not finish within %d ms", timeoutMs);
        return T();
    }
    return future.result();
}

/// A profile "lab" with @p service at an explicit URL (overrides win over the access mode).
[[nodiscard]] inline Profile profileWith(const QString &service, const QUrl &url, AccessMode mode = AccessMode::Local)
{
    Profile profile;
    profile.setName(QStringLiteral("lab"));
    profile.setDomain(QStringLiteral("example.test"));
    profile.setAccessMode(mode);
    ServiceSettings settings;
    settings.url = url;
    profile.setService(service, settings);
    return profile;
}

inline bool storeSecret(MemorySecretStore &store, const Profile &profile, const QString &purpose, const QString &value)
{
    return awaitResult(store.write(profile.secretKey(purpose), value)).hasValue();
}

} // namespace KryNet::Test
