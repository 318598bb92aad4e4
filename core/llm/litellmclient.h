#pragma once

#include <memory>

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include "core/common/result.h"
#include "core/llm/llmtypes.h"

namespace KryNet
{
class ServiceClient;
}

namespace KryNet::Llm
{

/**
 * The LiteLLM admin API (LITELLM-NOTES.md) on top of the profile's ServiceClient for `litellm`
 * (Authorization: Bearer with the master key from the SecretStore `litellm.master-key`).
 *
 * Contracts:
 *  - Every call is one asynchronous request (pagination aside) and returns parsed values; errors are
 *    the ServiceClient's typed errors (a wrong master key is Error::Code::Auth) or Parse errors.
 *  - Only GETs may be retried (by ServiceClient); generate/update/delete/block/unblock are sent once.
 *  - healthCheck() calls /health, which makes a real request to every provider (costs money and
 *    rate limit): callers run it only when the user asks.
 *  - No value returned holds a full secret except GeneratedKey::key, already registered with
 *    Redaction when it arrives.
 */
class LiteLlmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiteLlmClient)

public:
    explicit LiteLlmClient(ServiceClient *client, QObject *parent = nullptr);
    ~LiteLlmClient() override;

    [[nodiscard]] QFuture<Result<QList<Model>>> models();
    [[nodiscard]] QFuture<Result<QList<Credential>>> credentials();
    /// Every key as full objects, all pages (size 100).
    [[nodiscard]] QFuture<Result<QList<VirtualKey>>> keys();
    [[nodiscard]] QFuture<Result<VirtualKey>> keyInfo(const QString &token);
    [[nodiscard]] QFuture<Result<GeneratedKey>> generateKey(const KeyRequest &request);
    [[nodiscard]] QFuture<Result<void>> setBlocked(const QString &token, bool blocked);
    [[nodiscard]] QFuture<Result<void>> deleteKey(const QString &token);
    /// Spend rows between two days (inclusive), optionally of one key (hash).
    [[nodiscard]] QFuture<Result<QList<SpendRow>>> spendLogs(const QDate &from, const QDate &to,
                                                             const QString &keyHash = {});
    [[nodiscard]] QFuture<Result<Readiness>> readiness();
    [[nodiscard]] QFuture<Result<bool>> liveliness();
    /// EXPENSIVE: real provider calls for every deployment (or those of @p modelName).
    [[nodiscard]] QFuture<Result<HealthReport>> healthCheck(const QString &modelName = {});

    /// Context for continuations on this client's futures: a child of the ServiceClient, so it outlives
    /// this client and the stores using it (Qt 6.4 asserts when a .then() context dies before its future).
    /// Continuations must guard their own objects with QPointer.
    [[nodiscard]] QObject *relay() const { return m_relay; }

private:
    void fetchKeyPage(int page, QList<VirtualKey> collected,
                      std::shared_ptr<QPromise<Result<QList<VirtualKey>>>> promise);
    [[nodiscard]] Error noClient() const;

    QPointer<ServiceClient> m_client;
    QObject *m_relay;
};

} // namespace KryNet::Llm
