#include "core/llm/llmstore.h"

#include <QFuture>

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
        m_refreshAgain = true; // after an action: the running read may predate it
        return;
    }
    const quint64 generation = ++m_generation;
    m_pending = 3;
    m_nextError.reset();
    Q_EMIT loadingChanged(true);
    auto fail = [this](const Error &error) {
        if (!m_nextError)
            m_nextError = error;
    };
    m_client->models().then(m_client->relay(),
                            [this, self = QPointer(this), generation, fail](const Result<QList<Model>> &result) {
                                if (!self || generation != m_generation)
                                    return;
                                result ? void(m_nextModels = *result) : fail(result.error());
                                finishPart();
                            });
    m_client->credentials().then(
        m_client->relay(), [this, self = QPointer(this), generation, fail](const Result<QList<Credential>> &result) {
            if (!self || generation != m_generation)
                return;
            result ? void(m_nextCredentials = *result) : fail(result.error());
            finishPart();
        });
    m_client->keys().then(m_client->relay(),
                          [this, self = QPointer(this), generation, fail](const Result<QList<VirtualKey>> &result) {
                              if (!self || generation != m_generation)
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

void Store::setBlocked(const VirtualKey &key, bool blocked, std::function<void(Result<void>)> done)
{
    ActionLog &log = m_session.actionLog();
    const quint64 id = log.begin(m_session.profile().name(), keyLabel(key), blocked ? tr("Block") : tr("Unblock"));
    m_client->setBlocked(key.token, blocked)
        .then(m_client->relay(),
              [this, self = QPointer(this), log = QPointer(&log), id, done](const Result<void> &result) {
                  if (log)
                      result ? log->succeed(id) : log->fail(id, result.error());
                  if (!self)
                      return;
                  refresh(); // re-read, never retry
                  if (done)
                      done(result);
              });
}

void Store::deleteKey(const VirtualKey &key, std::function<void(Result<void>)> done)
{
    ActionLog &log = m_session.actionLog();
    const quint64 id = log.begin(m_session.profile().name(), keyLabel(key), tr("Delete"));
    m_client->deleteKey(key.token).then(
        m_client->relay(), [this, self = QPointer(this), log = QPointer(&log), id, done](const Result<void> &result) {
            if (log)
                result ? log->succeed(id) : log->fail(id, result.error());
            if (!self)
                return;
            refresh();
            if (done)
                done(result);
        });
}

void Store::generateKey(const KeyRequest &request, std::function<void(Result<GeneratedKey>)> done)
{
    ActionLog &log = m_session.actionLog();
    const QString target = tr("virtual key %1").arg(request.alias.isEmpty() ? tr("(no alias)") : request.alias);
    const quint64 id = log.begin(m_session.profile().name(), target, tr("Generate"));
    m_client->generateKey(request).then(m_client->relay(), [this, self = QPointer(this), log = QPointer(&log), id,
                                                            done](const Result<GeneratedKey> &result) {
        // The answer logged is the masked name only, never the key.
        if (log)
            result ? log->succeed(id, result->info.keyName) : log->fail(id, result.error());
        if (!self)
            return;
        refresh();
        if (done)
            done(result);
    });
}

void Store::runHealthCheck(std::function<void(Result<HealthReport>)> done)
{
    m_client->healthCheck().then(m_client->relay(),
                                 [this, self = QPointer(this), done](const Result<HealthReport> &result) {
                                     if (!self)
                                         return;
                                     if (result)
                                         applyHealth(*result);
                                     if (done)
                                         done(result);
                                 });
}

} // namespace KryNet::Llm
