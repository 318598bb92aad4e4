#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace KryNet::Llm
{

/**
 * Value types of the LiteLLM admin API (LITELLM-NOTES.md), as the parsers build them. None of them
 * ever holds a full secret: every secret-looking value is reduced to its last four characters at most
 * (maskedKey, keyName) by the parsers; the one exception is GeneratedKey::key, the plaintext of a
 * virtual key /key/generate has just returned, which its holder must register with Redaction and show
 * once.
 */

/// One deployment (`model_name` + `litellm_params` + `model_info`).
struct Model
{
    QString id;            ///< model_info.id (deployment id, for update/delete)
    QString name;          ///< public model_name clients request
    QString provider;      ///< "openai", "anthropic", "gemini"…
    QString upstreamModel; ///< litellm_params.model without the provider prefix
    QString apiBase;
    QString credentialName; ///< litellm_credential_name; empty: inline key (or none)
    QString maskedKey;      ///< "…9f": last characters only, empty when the proxy returned none
    QString mode;           ///< chat, embedding…
    std::optional<qint64> tpm;
    std::optional<qint64> rpm;
    bool inDatabase = true; ///< false: from config.yaml, read-only through the API
    QString readOnlyReason; ///< translated, set when !inDatabase
};

/// A stored provider credential (`/credentials`).
struct Credential
{
    QString name;
    QString provider; ///< credential_info.custom_llm_provider
    QString description;
    QString maskedKey; ///< "…9f"
    QString apiBase;
};

/// A virtual key as /key/list?return_full_object=true or /key/info describe it (identified by its hash).
struct VirtualKey
{
    QString token;   ///< hash; what update/delete/block take
    QString keyName; ///< "sk-...9XyZ": last four at most
    QString alias;
    QStringList models; ///< empty: all models
    std::optional<double> maxBudget;
    double spend = 0;
    QDateTime expires; ///< UTC; invalid: never
    bool blocked = false;
    QString userId;
    QString teamId;
    QDateTime createdAt;
    QDateTime lastActive;
};

/// The answer of /key/generate: the only time a plaintext key exists.
struct GeneratedKey
{
    QString key; ///< plaintext: register with Redaction, show once, never log
    VirtualKey info;
};

/// What to generate (/key/generate).
struct KeyRequest
{
    QString alias;
    QStringList models;
    std::optional<double> maxBudget;
    QString duration; ///< "30d", "24h"; empty: never expires
};

/// A deployment to add (/model/new) or the fields to change (/model/update). The provider key is either
/// a stored credential (credentialName) or apiKey: a plaintext typed by the user, sent straight to the
/// proxy and never kept (its holder registers it with Redaction and clears it after the call).
struct ModelRequest
{
    QString name;          ///< public model_name
    QString provider;      ///< "openai"…: litellm_params.model = provider/upstreamModel
    QString upstreamModel; ///< empty in an update: unchanged
    QString apiBase;       ///< empty: unchanged (update) / provider default (new)
    QString credentialName;
    QString apiKey; ///< plaintext, optional
    std::optional<qint64> tpm;
    std::optional<qint64> rpm;
};

/// A provider credential to create or update (/credentials). apiKey is a plaintext as in ModelRequest;
/// empty in an update: the stored key stays.
struct CredentialRequest
{
    QString name;
    QString provider;
    QString description;
    QString apiBase;
    QString apiKey;
};

/// One deployment's result in /health.
struct EndpointHealth
{
    QString modelId;
    QString model; ///< provider/upstream
    bool healthy = false;
    QString error; ///< redacted
};

struct HealthReport
{
    QList<EndpointHealth> endpoints;
    int healthyCount = 0;
    int unhealthyCount = 0;
};

/// /health/readiness.
struct Readiness
{
    QString status;
    QString db;
    QString version;
    [[nodiscard]] bool ready() const { return db == QLatin1String("connected"); }
};

/// One row of /spend/logs.
struct SpendRow
{
    QString requestId;
    QString keyHash;
    QString model;
    QString modelGroup;
    double spend = 0;
    qint64 totalTokens = 0;
    QDateTime startTime;
    bool success = true;
};

} // namespace KryNet::Llm
