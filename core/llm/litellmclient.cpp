#include "core/llm/litellmclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include "core/common/futurewatch.h"
#include "core/common/redaction.h"
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

/// @p source's result passed through @p fn, as a new future: whenDone on @p context (no then(context),
/// which aborts under Qt 6.4 when the context dies first). When @p context dies first, the promise is
/// destroyed unfinished and the returned future ends cancelled.
template <typename T, typename F>
auto mapped(QFuture<Result<T>> source, QObject *context, F fn)
{
    using R = std::invoke_result_t<F, const Result<T> &>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> out = promise->future();
    whenDone(std::move(source), context, [promise, fn = std::move(fn)](const Result<T> &result) mutable {
        promise->addResult(fn(result));
        promise->finish();
    });
    return out;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString percentEncoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

LiteLlmClient::LiteLlmClient(ServiceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
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
    return mapped(m_client->getJson(u"/model/info"_s), this, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::models(*result) : Result<QList<Model>>(result.error());
    });
}

QFuture<Result<QList<Credential>>> LiteLlmClient::credentials()
{
    if (!m_client)
        return ready<QList<Credential>>(noClient());
    return mapped(m_client->getJson(u"/credentials"_s), this, [](const Result<QJsonDocument> &result) {
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
    whenDone(m_client->getJson(u"/key/list"_s, query), this,
             [this, page, collected, promise](const Result<QJsonDocument> &result) mutable {
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
                 if (page < Parsers::totalPages(*result) && page < 50 && m_client)
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
    return mapped(m_client->getJson(u"/key/info"_s, query), this, [](const Result<QJsonDocument> &result) {
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
    return mapped(m_client->postJson(u"/key/generate"_s, QJsonDocument(body)), this,
                  [](const Result<QJsonDocument> &result) {
                      return result ? Parsers::generatedKey(*result) : Result<GeneratedKey>(result.error());
                  });
}

QFuture<Result<void>> LiteLlmClient::setBlocked(const QString &token, bool blocked)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<void>(noClient()));
    const QJsonObject body{{u"key"_s, token}};
    return mapped(m_client->postJson(blocked ? u"/key/block"_s : u"/key/unblock"_s, QJsonDocument(body)), this,
                  &asVoid);
}

QFuture<Result<void>> LiteLlmClient::deleteKey(const QString &token)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<void>(noClient()));
    const QJsonObject body{{u"keys"_s, QJsonArray{token}}};
    return mapped(m_client->postJson(u"/key/delete"_s, QJsonDocument(body)), this, &asVoid);
}

QFuture<Result<void>> LiteLlmClient::write(const HttpRequest &request, bool modelWrite)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(Result<void>(noClient()));
    return mapped(m_client->sendJson(request), this, [modelWrite](const Result<QJsonDocument> &result) {
        // The answer of /model/new holds the stored (encrypted) params: never looked at.
        if (result)
            return success();
        const Error &error = result.error();
        if (modelWrite && error.detail().contains(u"STORE_MODEL_IN_DB"_s)) {
            return Result<void>(Error(Error::Code::Unsupported,
                                      tr("This LiteLLM proxy keeps its models in its config file only: set "
                                         "STORE_MODEL_IN_DB=True in its environment to add or edit models here."),
                                      error.detail()));
        }
        if (modelWrite && error.detail().contains(u"Model in config"_s)) {
            return Result<void>(Error(Error::Code::Unsupported,
                                      tr("This model is defined in the proxy's config file and cannot be changed "
                                         "through the API: edit config.yaml on the server."),
                                      error.detail()));
        }
        return Result<void>(error);
    });
}

namespace
{

QJsonObject modelParams(const ModelRequest &request)
{
    QJsonObject params;
    if (!request.upstreamModel.isEmpty()) {
        params.insert(u"model"_s, request.provider.isEmpty() ? request.upstreamModel
                                                             : request.provider + u'/' + request.upstreamModel);
    }
    if (!request.apiBase.isEmpty())
        params.insert(u"api_base"_s, request.apiBase);
    if (!request.credentialName.isEmpty())
        params.insert(u"litellm_credential_name"_s, request.credentialName);
    if (!request.apiKey.isEmpty()) {
        Redaction::registerSecret(request.apiKey);
        params.insert(u"api_key"_s, request.apiKey);
    }
    if (request.tpm)
        params.insert(u"tpm"_s, double(*request.tpm));
    if (request.rpm)
        params.insert(u"rpm"_s, double(*request.rpm));
    return params;
}

} // namespace

QFuture<Result<void>> LiteLlmClient::createModel(const ModelRequest &request)
{
    const QJsonObject body{{u"model_name"_s, request.name}, {u"litellm_params"_s, modelParams(request)}};
    return write(HttpRequest::post(u"/model/new"_s, json(body)), true);
}

QFuture<Result<void>> LiteLlmClient::updateModel(const QString &id, const ModelRequest &request)
{
    QJsonObject body{{u"litellm_params"_s, modelParams(request)}, {u"model_info"_s, QJsonObject{{u"id"_s, id}}}};
    if (!request.name.isEmpty())
        body.insert(u"model_name"_s, request.name);
    return write(HttpRequest::post(u"/model/update"_s, json(body)), true);
}

QFuture<Result<void>> LiteLlmClient::setModelCredential(const QString &id, const QString &credentialName)
{
    const QJsonObject params{{u"litellm_credential_name"_s, credentialName}, {u"api_key"_s, QJsonValue::Null}};
    const QJsonObject body{{u"litellm_params"_s, params}, {u"model_info"_s, QJsonObject{{u"id"_s, id}}}};
    return write(HttpRequest::post(u"/model/update"_s, json(body)), true);
}

QFuture<Result<void>> LiteLlmClient::deleteModel(const QString &id)
{
    return write(HttpRequest::post(u"/model/delete"_s, json(QJsonObject{{u"id"_s, id}})), true);
}

namespace
{

QJsonObject credentialBody(const CredentialRequest &request, bool create)
{
    QJsonObject values;
    if (!request.apiKey.isEmpty()) {
        Redaction::registerSecret(request.apiKey);
        values.insert(u"api_key"_s, request.apiKey);
    }
    if (!request.apiBase.isEmpty())
        values.insert(u"api_base"_s, request.apiBase);
    QJsonObject info;
    if (!request.provider.isEmpty())
        info.insert(u"custom_llm_provider"_s, request.provider);
    if (!request.description.isEmpty() || create)
        info.insert(u"description"_s, request.description);
    return {{u"credential_name"_s, request.name}, {u"credential_values"_s, values}, {u"credential_info"_s, info}};
}

} // namespace

QFuture<Result<void>> LiteLlmClient::createCredential(const CredentialRequest &request)
{
    return write(HttpRequest::post(u"/credentials"_s, json(credentialBody(request, true))), false);
}

QFuture<Result<void>> LiteLlmClient::updateCredential(const CredentialRequest &request)
{
    return write(
        HttpRequest::patch(u"/credentials/"_s + percentEncoded(request.name), json(credentialBody(request, false))),
        false);
}

QFuture<Result<void>> LiteLlmClient::deleteCredential(const QString &name)
{
    return write(HttpRequest::deleteResource(u"/credentials/"_s + percentEncoded(name)), false);
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
    return mapped(m_client->getJson(u"/spend/logs"_s, query), this, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::spendLogs(*result) : Result<QList<SpendRow>>(result.error());
    });
}

QFuture<Result<QList<SpendRow>>> LiteLlmClient::spendReport(const QDate &from, const QDate &to)
{
    if (!m_client)
        return ready<QList<SpendRow>>(noClient());
    QUrlQuery query;
    query.addQueryItem(u"start_date"_s, from.toString(Qt::ISODate));
    query.addQueryItem(u"end_date"_s, to.toString(Qt::ISODate));
    query.addQueryItem(u"group_by"_s, u"team"_s);
    return mapped(m_client->getJson(u"/global/spend/report"_s, query), this, [](const Result<QJsonDocument> &result) {
        if (result)
            return Parsers::spendReport(*result);
        const Error &error = result.error();
        if (error.httpStatus() == 400 && error.detail().contains(u"Enterprise"_s)) {
            return Result<QList<SpendRow>>(Error(
                Error::Code::Unsupported,
                tr("The spend report needs a LiteLLM Enterprise licence; using the spend logs."), error.detail()));
        }
        return Result<QList<SpendRow>>(error);
    });
}

QFuture<Result<Readiness>> LiteLlmClient::readiness()
{
    if (!m_client)
        return ready<Readiness>(noClient());
    return mapped(m_client->getJson(u"/health/readiness"_s), this, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::readiness(*result) : Result<Readiness>(result.error());
    });
}

QFuture<Result<bool>> LiteLlmClient::liveliness()
{
    if (!m_client)
        return ready<bool>(noClient());
    HttpRequest request = HttpRequest::get(u"/health/liveliness"_s);
    request.authenticate = false;
    return mapped(m_client->send(request), this, [](const Result<HttpResponse> &result) {
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
    return mapped(m_client->sendJson(request), this, [](const Result<QJsonDocument> &result) {
        return result ? Parsers::health(*result) : Result<HealthReport>(result.error());
    });
}

} // namespace KryNet::Llm
