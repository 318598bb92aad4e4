#pragma once

#include <memory>

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QUrlQuery>

#include "core/common/result.h"
#include "core/llm/llmtypes.h"

namespace KryNet
{
class ServiceClient;
struct HttpRequest;
} // namespace KryNet

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
 *    Redaction when it arrives. A plaintext provider key given to a write call (ModelRequest::apiKey,
 *    CredentialRequest::apiKey) is registered with Redaction and goes only into that request's body.
 *  - Continuations run on this object's thread through KryNet::whenDone: when this client is destroyed
 *    first, the futures it returned end cancelled (callers see Error::Code::Cancelled, if anything).
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

    /// /model/new. STORE_MODEL_IN_DB off: an Unsupported error saying so.
    [[nodiscard]] QFuture<Result<void>> createModel(const ModelRequest &request);
    /// /model/update of deployment @p id with the non-empty fields of @p request. A config.yaml
    /// deployment: the proxy refuses (400) — callers should not offer it (Model::inDatabase).
    [[nodiscard]] QFuture<Result<void>> updateModel(const QString &id, const ModelRequest &request);
    /// Points deployment @p id at stored credential @p credentialName (drops any inline key).
    [[nodiscard]] QFuture<Result<void>> setModelCredential(const QString &id, const QString &credentialName);
    [[nodiscard]] QFuture<Result<void>> deleteModel(const QString &id);
    [[nodiscard]] QFuture<Result<void>> createCredential(const CredentialRequest &request);
    /// PATCH /credentials/{name}: the given values are merged over the stored ones.
    [[nodiscard]] QFuture<Result<void>> updateCredential(const CredentialRequest &request);
    [[nodiscard]] QFuture<Result<void>> deleteCredential(const QString &name);

    /// Spend rows between two days (inclusive), optionally of one key (hash).
    [[nodiscard]] QFuture<Result<QList<SpendRow>>> spendLogs(const QDate &from, const QDate &to,
                                                             const QString &keyHash = {});
    /// /global/spend/report (Enterprise) as rows per day, model and key. Without a licence: an
    /// Unsupported error (callers fall back to spendLogs()).
    [[nodiscard]] QFuture<Result<QList<SpendRow>>> spendReport(const QDate &from, const QDate &to);
    [[nodiscard]] QFuture<Result<Readiness>> readiness();
    [[nodiscard]] QFuture<Result<bool>> liveliness();
    /// EXPENSIVE: real provider calls for every deployment (or those of @p modelName).
    [[nodiscard]] QFuture<Result<HealthReport>> healthCheck(const QString &modelName = {});

private:
    void fetchKeyPage(int page, QList<VirtualKey> collected,
                      std::shared_ptr<QPromise<Result<QList<VirtualKey>>>> promise);
    [[nodiscard]] Error noClient() const;
    [[nodiscard]] QFuture<Result<void>> write(const HttpRequest &request, bool modelWrite);

    QPointer<ServiceClient> m_client;
};

} // namespace KryNet::Llm
