#pragma once

#include <vector>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

class Lab;
class LabClock;

/**
 * The LiteLLM proxy's admin API (LITELLM-NOTES.md): deployments for OpenAI, Anthropic and Google —
 * two from config.yaml (db_model false: update refused, delete "not found in db"), the rest in the DB,
 * most through stored credentials; /credentials CRUD with masked values; virtual keys (/key/generate is
 * the only answer holding a plaintext key, /key/list hashes unless return_full_object); spend logs and
 * (Enterprise only) /global/spend/report; /health with the Google key expired, so the gemini models are
 * unhealthy until that credential gets a new key.
 *
 * Auth: the master key as `Authorization: Bearer` or `x-litellm-api-key`; virtual keys reach only the
 * LLM-side routes (/models). Provider secrets and the master key never appear in any answer: removed
 * from /model/info, masked ("sk****9f") in credentials and in error messages.
 */
class LiteLlmService final : public SimService
{
public:
    struct Options
    {
        bool enterprise = false;    ///< licensed: /global/spend/report answers
        bool storeModelInDb = true; ///< STORE_MODEL_IN_DB; off → model writes answer 500
    };

    LiteLlmService(quint32 seed, LabClock &clock, Options options);
    LiteLlmService(quint32 seed, LabClock &clock);

    [[nodiscard]] QString id() const override { return QStringLiteral("litellm"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

    /// Every full secret the proxy holds (master key, provider keys, plaintext virtual keys): what no
    /// answer may contain. For tests that scan responses.
    [[nodiscard]] QStringList secrets() const;

    /// Control requests (the lab's control endpoint and token), for tests of key rotation and leaks:
    ///   POST /litellm/reject-key  {"key": "<full provider key>"} → the providers refuse that key from
    ///                                                             now on (/health reports it unhealthy)
    ///   PUT  /litellm/store-model-in-db {"enabled": false}       → STORE_MODEL_IN_DB off/on (model writes 500)
    ///   GET  /litellm/secrets                                     → {"secrets": [every full secret]}
    /// The service must outlive the lab's control endpoint (the lab owns both).
    void addControlRoutes(Lab &lab);

private:
    struct Deployment
    {
        QString id;
        QString modelName;
        QJsonObject params; ///< litellm_params with secrets in clear (never sent)
        QJsonObject info;   ///< model_info without id/db_model
        bool db = true;
        QString createdAt;
        QString updatedAt;
    };
    struct Credential
    {
        QString name;
        QJsonObject values;
        QJsonObject info;
    };
    struct VirtualKey
    {
        QString key; ///< plaintext (returned once, by /key/generate)
        QString token;
        QString alias;
        QStringList models;
        QJsonValue maxBudget = QJsonValue::Null;
        QJsonValue budgetDuration = QJsonValue::Null;
        QJsonValue tpmLimit = QJsonValue::Null;
        QJsonValue rpmLimit = QJsonValue::Null;
        qint64 expires = 0; ///< unix secs; 0: never
        bool blocked = false;
        QJsonValue userId = QJsonValue::Null;
        QJsonValue teamId = QJsonValue::Null;
        QJsonObject metadata;
        qint64 created = 0;
        qint64 updated = 0;
        qint64 lastActive = 0;
    };
    struct SpendRow
    {
        QString requestId;
        qint64 start = 0;
        int durationMs = 0;
        QString token;
        QString deploymentId;
        QString modelGroup;
        QString model;
        QString provider;
        QString user;
        int promptTokens = 0;
        int completionTokens = 0;
        double spend = 0;
        bool success = true;
    };

    [[nodiscard]] HttpResponse route(const HttpRequest &request, bool admin, const VirtualKey *caller);
    [[nodiscard]] HttpResponse modelInfo(const HttpRequest &request, bool v2);
    [[nodiscard]] HttpResponse modelNew(const QJsonObject &body);
    [[nodiscard]] HttpResponse modelUpdate(const QJsonObject &body, const QString &pathId);
    [[nodiscard]] HttpResponse modelDelete(const QJsonObject &body);
    [[nodiscard]] HttpResponse credentialsRoute(const HttpRequest &request);
    [[nodiscard]] HttpResponse keyGenerate(const QJsonObject &body);
    [[nodiscard]] HttpResponse keyList(const HttpRequest &request);
    [[nodiscard]] HttpResponse keyUpdate(const QJsonObject &body, const QString &path);
    [[nodiscard]] HttpResponse keyDelete(const QJsonObject &body);
    [[nodiscard]] HttpResponse spendLogs(const HttpRequest &request);
    [[nodiscard]] HttpResponse spendReport(const HttpRequest &request);
    [[nodiscard]] HttpResponse health(const HttpRequest &request);

    [[nodiscard]] QJsonObject deploymentJson(const Deployment &d) const;
    [[nodiscard]] QJsonObject keyJson(const VirtualKey &k) const;
    [[nodiscard]] double keySpend(const QString &token) const;
    [[nodiscard]] VirtualKey *findKey(const QString &keyOrHash);
    [[nodiscard]] Deployment *findDeployment(const QString &id);
    [[nodiscard]] QString effectiveKey(const Deployment &d) const;
    [[nodiscard]] QString healthError(const Deployment &d) const;
    [[nodiscard]] QString nowIso() const;
    [[nodiscard]] QString nextId();
    [[nodiscard]] QString randomToken(int length);

    LabClock &m_clock;
    Options m_options;
    quint64 m_state;
    QString m_masterKey;
    std::vector<Deployment> m_deployments;
    std::vector<Credential> m_credentials;
    std::vector<VirtualKey> m_keys;
    std::vector<SpendRow> m_spend;
    QStringList m_revokedKeys; ///< provider keys the providers reject (the expired Google key)
    QStringList m_everSecret;  ///< every secret that ever passed through, for secrets()
};

} // namespace KryNet::LabSim
