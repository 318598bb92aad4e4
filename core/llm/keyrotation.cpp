#include "core/llm/keyrotation.h"

#include <memory>

#include <QPointer>
#include <QSet>

#include "core/common/futurewatch.h"
#include "core/common/redaction.h"
#include "core/lab/actionlog.h"
#include "core/lab/labsession.h"
#include "core/llm/litellmclient.h"
#include "core/llm/llmstore.h"
#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

KeyRotation::KeyRotation(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

KeyRotation::~KeyRotation()
{
    m_newKey.clear();
}

QString KeyRotation::temporaryName(const QString &credentialName)
{
    return credentialName + u"-rotation"_s;
}

QList<KeyRotation::ModelResult> KeyRotation::plan(const Store &store, const QString &credentialName)
{
    QList<ModelResult> out;
    for (const Model &m : store.modelsUsing(credentialName)) {
        ModelResult r;
        r.modelId = m.id;
        r.modelName = m.name;
        r.upstream = m.provider.isEmpty() ? m.upstreamModel : m.provider + u'/' + m.upstreamModel;
        if (!m.inDatabase) {
            r.outcome = Outcome::Skipped;
            r.detail = m.readOnlyReason;
        }
        out.append(r);
    }
    return out;
}

bool KeyRotation::isBusy() const
{
    return m_state == State::Switching || m_state == State::Checking || m_state == State::Finishing ||
           m_state == State::Reverting;
}

int KeyRotation::unhealthyCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const ModelResult &r) { return r.outcome == Outcome::Unhealthy; }));
}

void KeyRotation::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void KeyRotation::runSteps(QList<Step> steps, std::function<void(Result<void>)> done)
{
    if (steps.isEmpty())
        return done(success());
    Step step = steps.takeFirst();
    whenDone(step(), this,
             [this, steps = std::move(steps), done = std::move(done)](const Result<void> &result) mutable {
                 if (!result)
                     return done(result);
                 runSteps(std::move(steps), std::move(done));
             });
}

QList<KeyRotation::Step> KeyRotation::switchSteps(const QString &to) const
{
    QList<Step> steps;
    LiteLlmClient *client = m_store.client();
    for (const ModelResult &r : m_results) {
        if (r.outcome == Outcome::Skipped)
            continue;
        steps.append([client, id = r.modelId, to] { return client->setModelCredential(id, to); });
    }
    return steps;
}

void KeyRotation::start(const Credential &credential, const QString &newKey, bool keepInKeychain)
{
    if (isBusy())
        return;
    m_credential = credential;
    m_newKey = newKey;
    m_keepInKeychain = keepInKeychain;
    m_error.reset();
    m_switched.clear();
    m_temporaryExists = false;
    m_results = plan(m_store, credential.name);
    Redaction::registerSecret(newKey);
    Q_EMIT resultsChanged();

    ActionLog &log = m_store.session().actionLog();
    m_logId = log.begin(m_store.session().profile().name(), tr("credential %1").arg(credential.name), tr("Rotate key"));
    setState(State::Switching);

    CredentialRequest temporary;
    temporary.name = temporaryName(credential.name);
    temporary.provider = credential.provider;
    temporary.apiBase = credential.apiBase;
    temporary.apiKey = newKey;
    temporary.description = tr("Temporary: key rotation of %1 in progress").arg(credential.name);
    LiteLlmClient *client = m_store.client();
    whenDone(client->createCredential(temporary), this, [this](const Result<void> &created) {
        if (!created)
            return fail(created.error());
        m_temporaryExists = true;
        runSteps(switchSteps(temporaryName(m_credential.name)), [this](const Result<void> &switched) {
            if (!switched)
                return fail(switched.error()); // partly switched: revert() points them back
            for (const ModelResult &r : std::as_const(m_results)) {
                if (r.outcome != Outcome::Skipped)
                    m_switched.append(r.modelId);
            }
            setState(State::Checking);
            check([this] {
                if (unhealthyCount() > 0) {
                    return fail(Error(
                        Error::Code::Remote,
                        tr("%n model(s) failed the health check with the new key; the credential was not changed.",
                           nullptr, unhealthyCount())));
                }
                finish();
            });
        });
    });
}

void KeyRotation::check(std::function<void()> done)
{
    QStringList names;
    for (ModelResult &r : m_results) {
        if (r.outcome == Outcome::Skipped)
            continue;
        r.outcome = Outcome::Pending;
        r.detail.clear();
        if (!names.contains(r.modelName))
            names.append(r.modelName);
    }
    Q_EMIT resultsChanged();
    auto remaining = std::make_shared<int>(int(names.size()));
    if (names.isEmpty())
        return done();
    for (const QString &name : std::as_const(names)) {
        whenDone(m_store.client()->healthCheck(name), this,
                 [this, name, remaining, done](const Result<HealthReport> &report) {
                     for (ModelResult &r : m_results) {
                         if (r.modelName != name || r.outcome == Outcome::Skipped)
                             continue;
                         if (!report) {
                             r.outcome = Outcome::Unhealthy;
                             r.detail = report.error().message();
                             continue;
                         }
                         r.outcome = Outcome::Unhealthy;
                         r.detail = tr("Not in the proxy's health report");
                         for (const EndpointHealth &e : report->endpoints) {
                             const bool same = e.modelId.isEmpty() ? e.model == r.upstream : e.modelId == r.modelId;
                             if (same) {
                                 r.outcome = e.healthy ? Outcome::Healthy : Outcome::Unhealthy;
                                 r.detail = e.healthy ? QString() : e.error;
                                 break;
                             }
                         }
                     }
                     Q_EMIT resultsChanged();
                     if (--*remaining == 0)
                         done();
                 });
    }
}

void KeyRotation::finish()
{
    setState(State::Finishing);
    CredentialRequest update;
    update.name = m_credential.name;
    update.apiKey = m_newKey;
    LiteLlmClient *client = m_store.client();
    QList<Step> steps;
    steps.append([client, update] { return client->updateCredential(update); });
    steps.append(switchSteps(m_credential.name));
    steps.append([client, name = temporaryName(m_credential.name)] { return client->deleteCredential(name); });
    runSteps(steps, [this](const Result<void> &result) {
        if (!result)
            return fail(result.error());
        m_switched.clear();
        m_temporaryExists = false;
        if (m_keepInKeychain) {
            SecretStore &secrets = m_store.session().secrets();
            const QString key = m_store.session().profile().secretKey(u"litellm.provider."_s + m_credential.name);
            whenDone(secrets.write(key, m_newKey), this, [](const Result<void> &) {});
        }
        m_newKey.clear();
        m_store.session().actionLog().succeed(
            m_logId, tr("%n model(s) healthy with the new key", nullptr,
                        int(std::count_if(m_results.cbegin(), m_results.cend(),
                                          [](const ModelResult &r) { return r.outcome == Outcome::Healthy; }))));
        m_store.refresh();
        setState(State::Done);
    });
}

void KeyRotation::fail(const Error &error)
{
    m_newKey.clear();
    m_error = error;
    m_store.session().actionLog().fail(m_logId, error);
    m_store.refresh();
    setState(State::Failed);
}

void KeyRotation::revert()
{
    if (m_state != State::Failed)
        return;
    const quint64 id = m_store.session().actionLog().begin(
        m_store.session().profile().name(), tr("credential %1").arg(m_credential.name), tr("Revert key rotation"));
    setState(State::Reverting);
    LiteLlmClient *client = m_store.client();
    QList<Step> steps;
    for (const QString &modelId : std::as_const(m_switched))
        steps.append([client, modelId, name = m_credential.name] { return client->setModelCredential(modelId, name); });
    // A failure part-way through the switch: the models not yet listed may already use the temporary one.
    if (m_switched.isEmpty() && m_temporaryExists) {
        for (const ModelResult &r : std::as_const(m_results)) {
            if (r.outcome != Outcome::Skipped) {
                steps.append([client, id = r.modelId, name = m_credential.name] {
                    return client->setModelCredential(id, name);
                });
            }
        }
    }
    if (m_temporaryExists)
        steps.append([client, name = temporaryName(m_credential.name)] { return client->deleteCredential(name); });
    runSteps(steps, [this, id](const Result<void> &result) {
        ActionLog &log = m_store.session().actionLog();
        if (!result) {
            log.fail(id, result.error());
            m_error = result.error();
            m_store.refresh();
            setState(State::Failed);
            return;
        }
        log.succeed(id);
        m_switched.clear();
        m_temporaryExists = false;
        m_error.reset();
        // What the models say with the old key again (it may have been failing before, too).
        check([this] {
            m_store.refresh();
            setState(State::Reverted);
        });
    });
}

} // namespace KryNet::Llm
