#include "core/llm/litellmclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include "core/http/serviceclient.h"
#include "core/llm/llmparsers.h"

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

namespace
{

template <typename T>
QFuture<Result<T>> ready(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

Result<void> asVoid(const Result<QJsonDocument> &result)
{
    if (!result)
        return result.error();
    return success();
}

} // namespace

LiteLlmClient::LiteLlmClient(ServiceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_relay(new QObject(client ? static_cast<QObject *>(client) : static_cast<QObject *>(this)))
{}

LiteLlmClient::~LiteLlmClient() = default;

Error LiteLlmClient::noClient() const
{
    return Error(Error::Code::Config, tr("This profile has no LiteLLM service: add it to the profile first."));
}

QFuture<Result<QList<Model>>> LiteLlmClient::models()
{
    if (!m_client)
        return ready<QList<Model>>(noClient());
    return m_client->getJson(u"/model/info"_s).then(m_relay, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::models(*result) : Result<QList<Model>>(result.error());
    });
}

QFuture<Result<QList<Credential>>> LiteLlmClient::credentials()
{
    if (!m_client)
        return ready<QList<Credential>>(noClient());
    return m_client->getJson(u"/credentials"_s).then(m_relay, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::credentials(*result) : Result<QList<Credential>>(result.error());
    });
}

QFuture<Result<QList<VirtualKey>>> LiteLlmClient::keys()
{
    if (!m_client)
        return ready<QList<VirtualKey>>(noClient());
    auto promise = std::make_shared<QPromise<Result<QList<VirtualKey>>>>();
    promise->start();
    QFuture<Result<QList<VirtualKey>>> future = promise->future();
    fetchKeyPage(1, {}, promise);
    return future;
}

void LiteLlmClient::fetchKeyPage(int page, QList<VirtualKey> collected,
                                 std::shared_ptr<QPromise<Result<QList<VirtualKey>>>> promise)
{
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"size"_s, u"100"_s);
    query.addQueryItem(u"return_full_object"_s, u"true"_s);
    m_client->getJson(u"/key/list"_s, query)
        .then(m_relay,
              [this, self = QPointer(this), page, collected, promise](const Result<QJsonDocument> &result) mutable {
                  auto finish = [promise](const Result<QList<VirtualKey>> &value) {
                      promise->addResult(value);
                      promise->finish();
                  };
                  if (!result)
                      return finish(result.error());
                  const auto keys = Parsers::keyList(*result);
                  if (!keys)
                      return finish(keys.error());
                  collected.append(*keys);
                  // Bounded: a proxy claiming thousands of pages does not keep us looping.
                  if (self && page < Parsers::totalPages(*result) && page < 50 && m_client)
                      return fetchKeyPage(page + 1, collected, promise);
                  finish(collected);
              });
}

QFuture<Result<VirtualKey>> LiteLlmClient::keyInfo(const QString &token)
{
    if (!m_client)
        return ready<VirtualKey>(noClient());
    QUrlQuery query;
    query.addQueryItem(u"key"_s, token);
    return m_client->getJson(u"/key/info"_s, query).then(m_relay, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::keyInfo(*result) : Result<VirtualKey>(result.error());
    });
}

QFuture<Result<GeneratedKey>> LiteLlmClient::generateKey(const KeyRequest &request)
{
    if (!m_client)
        return ready<GeneratedKey>(noClient());
    QJsonObject body;
    if (!request.alias.isEmpty())
        body.insert(u"key_alias"_s, request.alias);
    body.insert(u"models"_s, QJsonArray::fromStringList(request.models));
    if (request.maxBudget)
        body.insert(u"max_budget"_s, *request.maxBudget);
    body.insert(u"duration"_s,
                request.duration.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(request.duration));
    return m_client->postJson(u"/key/generate"_s, QJsonDocument(body))
        .then(m_relay, [](const Result<QJsonDocument> &result) {
            return result ? Parsers::generatedKey(*result) : Result<GeneratedKey>(result.error());
        });
}

QFuture<Result<void>> LiteLlmClient::setBlocked(const QString &token, bool blocked)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<void>(noClient()));
    const QJsonObject body{{u"key"_s, token}};
    return m_client->postJson(blocked ? u"/key/block"_s : u"/key/unblock"_s, QJsonDocument(body))
        .then(m_relay, &asVoid);
}

QFuture<Result<void>> LiteLlmClient::deleteKey(const QString &token)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<void>(noClient()));
    const QJsonObject body{{u"keys"_s, QJsonArray{token}}};
    return m_client->postJson(u"/key/delete"_s, QJsonDocument(body)).then(m_relay, &asVoid);
}

QFuture<Result<QList<SpendRow>>> LiteLlmClient::spendLogs(const QDate &from, const QDate &to, const QString &keyHash)
{
    if (!m_client)
        return ready<QList<SpendRow>>(noClient());
    QUrlQuery query;
    query.addQueryItem(u"start_date"_s, from.toString(Qt::ISODate));
    query.addQueryItem(u"end_date"_s, to.toString(Qt::ISODate));
    query.addQueryItem(u"summarize"_s, u"false"_s);
    if (!keyHash.isEmpty())
        query.addQueryItem(u"api_key"_s, keyHash);
    return m_client->getJson(u"/spend/logs"_s, query).then(m_relay, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::spendLogs(*result) : Result<QList<SpendRow>>(result.error());
    });
}

QFuture<Result<Readiness>> LiteLlmClient::readiness()
{
    if (!m_client)
        return ready<Readiness>(noClient());
    return m_client->getJson(u"/health/readiness"_s).then(m_relay, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::readiness(*result) : Result<Readiness>(result.error());
    });
}

QFuture<Result<bool>> LiteLlmClient::liveliness()
{
    if (!m_client)
        return ready<bool>(noClient());
    HttpRequest request = HttpRequest::get(u"/health/liveliness"_s);
    request.authenticate = false;
    return m_client->send(request).then(m_relay, [](const Result<HttpResponse> &result) {
        return result ? Result<bool>(true) : Result<bool>(result.error());
    });
}

QFuture<Result<HealthReport>> LiteLlmClient::healthCheck(const QString &modelName)
{
    if (!m_client)
        return ready<HealthReport>(noClient());
    QUrlQuery query;
    if (!modelName.isEmpty())
        query.addQueryItem(u"model"_s, modelName);
    HttpRequest request = HttpRequest::get(u"/health"_s, query);
    request.timeout = std::chrono::milliseconds(120000); // one real call per deployment
    return m_client->sendJson(request).then(m_relay, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::health(*result) : Result<HealthReport>(result.error());
    });
}

} // namespace KryNet::Llm
