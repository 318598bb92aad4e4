#include "core/llm/llmstore.h"

#include <QFuture>
#include <QPointer>

#include "core/common/futurewatch.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/labsession.h"
#include "core/llm/litellmclient.h"

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

Store::Store(LabSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(new LiteLlmClient(session.service(u"litellm"_s), this))
{}

Store::~Store() = default;

std::optional<EndpointHealth> Store::modelHealth(const QString &modelId) const
{
    const auto it = m_health.constFind(modelId);
    if (it == m_health.cend())
        return std::nullopt;
    return *it;
}

std::pair<Health, QString> Store::keyHealth(const VirtualKey &key, const QDateTime &now)
{
    if (key.blocked)
        return {Health::Warning, tr("Blocked: every request with it is refused")};
    if (key.expires.isValid() && key.expires <= now)
        return {Health::Warning, tr("Expired")};
    if (key.maxBudget && *key.maxBudget > 0) {
        const double used = key.spend / *key.maxBudget;
        if (used >= 1.0)
            return {Health::Critical, tr("Budget used up: requests are refused")};
        if (used > 0.9)
            return {Health::Warning, tr("%1 % of its budget spent").arg(qRound(used * 100))};
    }
    if (key.expires.isValid() && now.daysTo(key.expires) < 7)
        return {Health::Warning,
                tr("Expires in %n day(s)", nullptr, int(std::max<qint64>(0, now.daysTo(key.expires))))};
    return {Health::Ok, tr("Active")};
}

std::pair<Health, QString> Store::modelHealthState(const Model &model) const
{
    const auto health = modelHealth(model.id);
    if (!health)
        return {Health::Unknown, tr("Not checked (run a health check)")};
    if (health->healthy)
        return {Health::Ok, tr("Healthy")};
    return {Health::Critical, health->error.isEmpty() ? tr("Unhealthy") : health->error};
}

QString Store::keyLabel(const VirtualKey &key)
{
    return tr("virtual key %1").arg(key.alias.isEmpty() ? key.keyName : key.alias);
}

void Store::refresh()
{
    if (m_pending > 0) {
        // After an action the running read may predate it: read again when it ends. Not when the read
        // was asked for in this same turn (the Overview's Refresh and F5 here): nothing is sent yet.
        if (!m_refreshTurn.isMarked())
            m_refreshAgain = true;
        return;
    }
    m_refreshTurn.mark(this);
    const quint64 generation = ++m_generation;
    m_pending = 3;
    m_nextError.reset();
    Q_EMIT loadingChanged(true);
    auto fail = [this](const Error &error) {
        if (!m_nextError)
            m_nextError = error;
    };
    whenDone(m_client->models(), this, [this, generation, fail](const Result<QList<Model>> &result) {
        if (generation != m_generation)
            return;
        result ? void(m_nextModels = *result) : fail(result.error());
        finishPart();
    });
    whenDone(m_client->credentials(), this, [this, generation, fail](const Result<QList<Credential>> &result) {
        if (generation != m_generation)
            return;
        result ? void(m_nextCredentials = *result) : fail(result.error());
        finishPart();
    });
    whenDone(m_client->keys(), this, [this, generation, fail](const Result<QList<VirtualKey>> &result) {
        if (generation != m_generation)
            return;
        result ? void(m_nextKeys = *result) : fail(result.error());
        finishPart();
    });
}

void Store::finishPart()
{
    if (--m_pending > 0)
        return;
    Q_EMIT aboutToChange();
    m_error = m_nextError;
    if (!m_nextError) {
        m_models = std::exchange(m_nextModels, {});
        m_credentials = std::exchange(m_nextCredentials, {});
        m_keys = std::exchange(m_nextKeys, {});
        m_loadedAt = QDateTime::currentDateTimeUtc();
    }
    Q_EMIT changed();
    Q_EMIT loadingChanged(false);
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

void Store::apply(const QList<Model> &models, const QList<Credential> &credentials, const QList<VirtualKey> &keys)
{
    Q_EMIT aboutToChange();
    m_error.reset();
    m_models = models;
    m_credentials = credentials;
    m_keys = keys;
    m_loadedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

void Store::applyHealth(const HealthReport &report)
{
    m_health.clear();
    for (const EndpointHealth &e : report.endpoints) {
        if (!e.modelId.isEmpty())
            m_health.insert(e.modelId, e);
    }
    m_healthCheckedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT healthChanged();
}

void Store::logged(const QString &target, const QString &verb, QFuture<Result<void>> future,
                   std::function<void(Result<void>)> done)
{
    ActionLog &log = m_session.actionLog();
    const quint64 id = log.begin(m_session.profile().name(), target, verb);
    whenDone(std::move(future), this, [this, log = QPointer(&log), id, done](const Result<void> &result) {
        if (log)
            result ? log->succeed(id) : log->fail(id, result.error());
        refresh(); // re-read, never retry
        if (done)
            done(result);
    });
}

void Store::setBlocked(const VirtualKey &key, bool blocked, std::function<void(Result<void>)> done)
{
    logged(keyLabel(key), blocked ? tr("Block") : tr("Unblock"), m_client->setBlocked(key.token, blocked),
           std::move(done));
}

void Store::deleteKey(const VirtualKey &key, std::function<void(Result<void>)> done)
{
    logged(keyLabel(key), tr("Delete"), m_client->deleteKey(key.token), std::move(done));
}

void Store::createModel(const ModelRequest &request, std::function<void(Result<void>)> done)
{
    logged(tr("model %1").arg(request.name), tr("Add"), m_client->createModel(request), std::move(done));
}

void Store::updateModel(const Model &model, const ModelRequest &request, std::function<void(Result<void>)> done)
{
    if (!model.inDatabase) {
        // Refused here already: the proxy would answer 400 anyway.
        if (done)
            done(Error(Error::Code::Unsupported, model.readOnlyReason));
        return;
    }
    logged(tr("model %1").arg(model.name), tr("Edit"), m_client->updateModel(model.id, request), std::move(done));
}

void Store::deleteModel(const Model &model, std::function<void(Result<void>)> done)
{
    if (!model.inDatabase) {
        if (done)
            done(Error(Error::Code::Unsupported, model.readOnlyReason));
        return;
    }
    logged(tr("model %1").arg(model.name), tr("Delete"), m_client->deleteModel(model.id), std::move(done));
}

void Store::createCredential(const CredentialRequest &request, std::function<void(Result<void>)> done)
{
    logged(tr("credential %1").arg(request.name), tr("Add"), m_client->createCredential(request), std::move(done));
}

void Store::updateCredential(const CredentialRequest &request, std::function<void(Result<void>)> done)
{
    logged(tr("credential %1").arg(request.name), request.apiKey.isEmpty() ? tr("Edit") : tr("Replace key"),
           m_client->updateCredential(request), std::move(done));
}

void Store::deleteCredential(const Credential &credential, std::function<void(Result<void>)> done)
{
    logged(tr("credential %1").arg(credential.name), tr("Delete"), m_client->deleteCredential(credential.name),
           std::move(done));
}

QList<Model> Store::modelsUsing(const QString &credentialName) const
{
    QList<Model> out;
    for (const Model &m : m_models) {
        if (m.credentialName == credentialName)
            out.append(m);
    }
    return out;
}

void Store::generateKey(const KeyRequest &request, std::function<void(Result<GeneratedKey>)> done)
{
    ActionLog &log = m_session.actionLog();
    const QString target = tr("virtual key %1").arg(request.alias.isEmpty() ? tr("(no alias)") : request.alias);
    const quint64 id = log.begin(m_session.profile().name(), target, tr("Generate"));
    whenDone(m_client->generateKey(request), this,
             [this, log = QPointer(&log), id, done](const Result<GeneratedKey> &result) {
                 // The answer logged is the masked name only, never the key.
                 if (log)
                     result ? log->succeed(id, result->info.keyName) : log->fail(id, result.error());
                 refresh();
                 if (done)
                     done(result);
             });
}

void Store::runHealthCheck(std::function<void(Result<HealthReport>)> done)
{
    whenDone(m_client->healthCheck(), this, [this, done](const Result<HealthReport> &result) {
        if (result)
            applyHealth(*result);
        if (done)
            done(result);
    });
}

void Store::loadSpend(int days, std::function<void(Result<void>)> done)
{
    const QDate to = QDateTime::currentDateTimeUtc().date();
    const QDate from = to.addDays(-std::max(1, days) + 1);
    const quint64 generation = ++m_spendGeneration;
    auto publish = [this, from, to, done](const Result<QList<SpendRow>> &result, SpendSource source) {
        if (result) {
            m_spend = *result;
            m_spendFrom = from;
            m_spendTo = to;
            m_spendSource = source;
            m_spendError.reset();
        } else {
            m_spendError = result.error();
        }
        Q_EMIT spendChanged();
        if (done)
            done(result ? success() : Result<void>(result.error()));
    };
    whenDone(m_client->spendReport(from, to), this,
             [this, from, to, generation, publish](const Result<QList<SpendRow>> &report) {
                 if (generation != m_spendGeneration)
                     return;
                 if (report || report.error().code() != Error::Code::Unsupported)
                     return publish(report, SpendSource::Report);
                 // No Enterprise licence: the same figures from the spend logs.
                 whenDone(m_client->spendLogs(from, to), this,
                          [this, generation, publish](const Result<QList<SpendRow>> &logs) {
                              if (generation == m_spendGeneration)
                                  publish(logs, SpendSource::Logs);
                          });
             });
}

} // namespace KryNet::Llm
