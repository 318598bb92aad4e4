#pragma once

#include <functional>
#include <optional>

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include "core/common/result.h"
#include "core/llm/llmtypes.h"

namespace KryNet::Llm
{

class Store;

/**
 * Rotating a provider key (issue 10): the new key is entered once and checked on exactly the models
 * that use the credential before the credential itself is changed, so a bad key never replaces a
 * working one and a failure is undone in one step.
 *
 *   start(credential C, new key K):
 *     1. Switching  — stores K as a temporary credential T ("C-rotation"), points every database model
 *                     using C at T (config-file models cannot be changed: reported as skipped);
 *     2. Checking   — runs /health for exactly those models (one request per model name), and
 *                     reports each model healthy or not with the provider's (redacted) error;
 *     3a. all healthy → Finishing: writes K into C, points the models back at C, deletes T → Done;
 *     3b. any failed  → Failed: C is untouched; revert() points the models back at C and deletes T
 *                     (→ Reverted, followed by a health check of the same models), or leave T in use.
 *
 * Contracts:
 *  - K is registered with Redaction, sent only in the bodies of the two credential writes and forgotten
 *    (cleared) as soon as the rotation is Done or Failed; the old key never leaves the proxy (the API
 *    cannot return it), which is why the check runs against T before C changes.
 *  - If @p keepInKeychain, K is also written to the profile's SecretStore under
 *    secretKey("litellm.provider.<credential>") once the rotation is Done; never otherwise.
 *  - Every write is sent once, never retried; the rotation and the revert are each one ActionLog entry.
 *  - /health makes real provider calls: it runs only for the models rotated, only inside start()/revert().
 *  - The store is refreshed after Done, Failed and Reverted.
 */
class KeyRotation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyRotation)

public:
    enum class State {
        Idle,
        Switching,
        Checking,
        Finishing,
        Done,   ///< every model healthy with the new key, the credential holds it
        Failed, ///< a model was unhealthy (or a step failed): revert() is offered
        Reverting,
        Reverted, ///< the models use the untouched credential again
    };
    Q_ENUM(State)

    enum class Outcome {
        Pending,
        Healthy,
        Unhealthy,
        Skipped
    };

    struct ModelResult
    {
        QString modelId;
        QString modelName;
        QString upstream; ///< provider/upstream, to match /health entries without model_id
        Outcome outcome = Outcome::Pending;
        QString detail; ///< the provider's error (redacted) or why it was skipped
    };

    explicit KeyRotation(Store &store, QObject *parent = nullptr);
    ~KeyRotation() override;

    /// The models a rotation of @p credentialName touches (database ones) and those it cannot (config).
    [[nodiscard]] static QList<ModelResult> plan(const Store &store, const QString &credentialName);
    /// Name of the temporary credential a rotation of @p credentialName uses.
    [[nodiscard]] static QString temporaryName(const QString &credentialName);

    void start(const Credential &credential, const QString &newKey, bool keepInKeychain = false);
    /// In Failed: points the models back at the original credential and deletes the temporary one.
    void revert();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] const QList<ModelResult> &results() const { return m_results; }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    [[nodiscard]] const QString &credentialName() const { return m_credential.name; }
    [[nodiscard]] int unhealthyCount() const;

Q_SIGNALS:
    void stateChanged(KryNet::Llm::KeyRotation::State state);
    void resultsChanged();

private:
    using Step = std::function<QFuture<Result<void>>()>;
    void runSteps(QList<Step> steps, std::function<void(Result<void>)> done);
    void setState(State state);
    void check(std::function<void()> done);
    void finish();
    void fail(const Error &error);
    [[nodiscard]] QList<Step> switchSteps(const QString &to) const;

    Store &m_store;
    State m_state = State::Idle;
    Credential m_credential;
    QString m_newKey;
    bool m_keepInKeychain = false;
    QList<ModelResult> m_results;
    QStringList m_switched; ///< ids of the models currently pointed at the temporary credential
    bool m_temporaryExists = false;
    std::optional<Error> m_error;
    quint64 m_logId = 0;
};

} // namespace KryNet::Llm
