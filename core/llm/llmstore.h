#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>

#include "core/common/health.h"
#include "core/common/result.h"
#include "core/common/sameturn.h"
#include "core/llm/llmtypes.h"

namespace KryNet
{
class LabSession;
}

namespace KryNet::Llm
{

class LiteLlmClient;

/**
 * The state of one LiteLLM proxy (issue 10): its deployments, stored provider credentials and virtual
 * keys, plus the result of the last health check, read through LiteLlmClient.
 *
 * Contracts:
 *  - refresh() reads models, credentials and keys in parallel and publishes them together
 *    (aboutToChange() then changed()); a failure keeps the previous data and sets lastError().
 *  - Actions (block, unblock, delete, generate; add/edit/delete of models and credentials) are written
 *    to the session's ActionLog, sent once and never retried; afterwards the state is read again,
 *    whatever the outcome. Config-file models are refused before any request (readOnlyReason).
 *  - loadSpend() reads /global/spend/report and falls back to /spend/logs without a licence.
 *  - runHealthCheck() is the only way /health is called (real provider calls): never on a timer.
 *  - Nothing here holds a full secret, except the GeneratedKey handed once to generateKey()'s callback.
 */
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    explicit Store(LabSession &session, QObject *parent = nullptr);
    ~Store() override;

    [[nodiscard]] const QList<Model> &models() const { return m_models; }
    [[nodiscard]] const QList<Credential> &credentials() const { return m_credentials; }
    [[nodiscard]] const QList<VirtualKey> &keys() const { return m_keys; }
    /// Health check result of a deployment, when one ran.
    [[nodiscard]] std::optional<EndpointHealth> modelHealth(const QString &modelId) const;
    [[nodiscard]] QDateTime healthCheckedAt() const { return m_healthCheckedAt; }
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }
    [[nodiscard]] bool hasLoaded() const { return m_loadedAt.isValid(); }
    [[nodiscard]] QDateTime loadedAt() const { return m_loadedAt; }
    [[nodiscard]] const std::optional<Error> &lastError() const { return m_error; }
    [[nodiscard]] LiteLlmClient *client() const { return m_client; }
    [[nodiscard]] LabSession &session() const { return m_session; }
    /// The deployments that reference stored credential @p credentialName.
    [[nodiscard]] QList<Model> modelsUsing(const QString &credentialName) const;

    enum class SpendSource {
        None,
        Report,
        Logs
    };
    [[nodiscard]] const QList<SpendRow> &spend() const { return m_spend; }
    [[nodiscard]] QDate spendFrom() const { return m_spendFrom; }
    [[nodiscard]] QDate spendTo() const { return m_spendTo; }
    [[nodiscard]] SpendSource spendSource() const { return m_spendSource; }
    [[nodiscard]] const std::optional<Error> &spendError() const { return m_spendError; }

    /// The Health of a virtual key at @p now and why: blocked, expired, over/near its budget, expiring.
    [[nodiscard]] static std::pair<Health, QString> keyHealth(const VirtualKey &key, const QDateTime &now);
    /// The Health of a deployment from the last check (Unknown before any).
    [[nodiscard]] std::pair<Health, QString> modelHealthState(const Model &model) const;

    void refresh();
    /// Publishes data as a successful refresh would (aboutToChange, changed); for tests and offline use.
    void apply(const QList<Model> &models, const QList<Credential> &credentials, const QList<VirtualKey> &keys);
    /// Records a health check's result (healthChanged).
    void applyHealth(const HealthReport &report);
    void setBlocked(const VirtualKey &key, bool blocked, std::function<void(Result<void>)> done);
    void deleteKey(const VirtualKey &key, std::function<void(Result<void>)> done);
    void generateKey(const KeyRequest &request, std::function<void(Result<GeneratedKey>)> done);
    void runHealthCheck(std::function<void(Result<HealthReport>)> done);
    void createModel(const ModelRequest &request, std::function<void(Result<void>)> done);
    void updateModel(const Model &model, const ModelRequest &request, std::function<void(Result<void>)> done);
    void deleteModel(const Model &model, std::function<void(Result<void>)> done);
    void createCredential(const CredentialRequest &request, std::function<void(Result<void>)> done);
    void updateCredential(const CredentialRequest &request, std::function<void(Result<void>)> done);
    void deleteCredential(const Credential &credential, std::function<void(Result<void>)> done);
    /// Reads the spend of the last @p days days (today included); spendChanged() when done.
    void loadSpend(int days, std::function<void(Result<void>)> done = {});

Q_SIGNALS:
    void aboutToChange();
    void changed();
    void loadingChanged(bool loading);
    void healthChanged();
    void spendChanged();

private:
    void finishPart();
    void logged(const QString &target, const QString &verb, QFuture<Result<void>> future,
                std::function<void(Result<void>)> done);
    [[nodiscard]] static QString keyLabel(const VirtualKey &key);

    LabSession &m_session;
    LiteLlmClient *m_client;
    QList<Model> m_models;
    QList<Credential> m_credentials;
    QList<VirtualKey> m_keys;
    QList<Model> m_nextModels;
    QList<Credential> m_nextCredentials;
    QList<VirtualKey> m_nextKeys;
    std::optional<Error> m_nextError;
    std::optional<Error> m_error;
    QHash<QString, EndpointHealth> m_health;
    QDateTime m_healthCheckedAt;
    QDateTime m_loadedAt;
    int m_pending = 0;
    bool m_refreshAgain = false;
    SameTurn m_refreshTurn; ///< marked while the running read was asked for in this event-loop turn
    quint64 m_generation = 0;
    QList<SpendRow> m_spend;
    QDate m_spendFrom;
    QDate m_spendTo;
    SpendSource m_spendSource = SpendSource::None;
    std::optional<Error> m_spendError;
    quint64 m_spendGeneration = 0;
};

} // namespace KryNet::Llm
