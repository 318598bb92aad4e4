#include "app/labsim/ai/litellmservice.h"

#include <algorithm>
#include <cmath>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

#include "app/labsim/lab.h"
#include "app/labsim/labclock.h"
#include "app/labsim/monitoring/monitorhistory.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

/// LiteLLM's ProxyException answer: {"error": {message, type, param, code (a string)}}.
HttpResponse proxyError(const QString &message, const QString &type, int status)
{
    return HttpResponse::json(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, message},
                                                                   {u"type"_s, type},
                                                                   {u"param"_s, u"None"_s},
                                                                   {u"code"_s, QString::number(status)}}}},
                              status);
}

/// FastAPI's HTTPException answer: {"detail": …}.
HttpResponse detailError(const QJsonValue &detail, int status)
{
    return HttpResponse::json(QJsonObject{{u"detail"_s, detail}}, status);
}

QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// Credential masking (litellm_logging._get_masked_values): first 2 + "****" + last 2.
QString maskValue(const QString &value)
{
    if (value.size() <= 4)
        return u"*****"_s;
    return value.left(2) + u"****"_s + value.right(2);
}

bool secretName(const QString &key, bool credentials)
{
    static const QStringList credentialWords = {u"authorization"_s, u"token"_s,    u"key"_s,   u"secret"_s,
                                                u"credentials"_s,   u"password"_s, u"passwd"_s};
    static const QStringList modelWords = {u"key"_s, u"token"_s, u"secret"_s, u"password"_s};
    const QString lower = key.toLower();
    const QStringList &words = credentials ? credentialWords : modelWords;
    return std::any_of(words.begin(), words.end(), [&lower](const QString &w) { return lower.contains(w); });
}

QJsonObject maskObject(const QJsonObject &values, bool credentials)
{
    QJsonObject out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isString() && secretName(it.key(), credentials))
            out.insert(it.key(), maskValue(it.value().toString()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QString isoTime(qint64 secs, int ms = 0)
{
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
}

QString providerOf(const QString &model)
{
    return model.section(u'/', 0, 0);
}

struct Cost
{
    const char16_t *model;
    double in;
    double out;
    int maxTokens;
    const char16_t *mode;
};

const Cost costs[] = {
    {u"gpt-4o", 2.5e-06, 1e-05, 16384, u"chat"},
    {u"gpt-4o-mini", 1.5e-07, 6e-07, 16384, u"chat"},
    {u"gpt-4.1", 2e-06, 8e-06, 32768, u"chat"},
    {u"o4-mini", 1.1e-06, 4.4e-06, 100000, u"chat"},
    {u"text-embedding-3-small", 2e-08, 0.0, 8191, u"embedding"},
    {u"claude-sonnet-4-20250514", 3e-06, 1.5e-05, 64000, u"chat"},
    {u"claude-3-5-haiku-20241022", 8e-07, 4e-06, 8192, u"chat"},
    {u"gemini-2.5-flash", 3e-07, 2.5e-06, 65535, u"chat"},
    {u"gemini-2.5-pro", 1.25e-06, 1e-05, 65535, u"chat"},
};

const Cost *costOf(const QString &model)
{
    const QString upstream = model.section(u'/', 1);
    for (const Cost &c : costs) {
        if (upstream == QStringView(c.model))
            return &c;
    }
    return nullptr;
}

/// "30d", "24h", "15m", "45s" → seconds; -1 when invalid.
qint64 durationSecs(const QString &text)
{
    static const QRegularExpression re(u"^(\\d+)([smhdw]|mo)$"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    if (unit == u"s"_s)
        return n;
    if (unit == u"m"_s)
        return n * 60;
    if (unit == u"h"_s)
        return n * 3600;
    if (unit == u"d"_s)
        return n * 86400;
    if (unit == u"w"_s)
        return n * 7 * 86400;
    return n * 30 * 86400;
}

QString shortKey(const QString &key)
{
    return u"sk-..."_s + key.right(4);
}

} // namespace

LiteLlmService::LiteLlmService(quint32 seed, LabClock &clock)
    : LiteLlmService(seed, clock, Options())
{}

LiteLlmService::LiteLlmService(quint32 seed, LabClock &clock, Options options)
    : m_clock(clock)
    , m_options(options)
    , m_state(labHash(quint64(seed) ^ 0x4c4c4dULL))
{
    const qint64 now = clock.nowSecs();
    const qint64 day = 86400;
    m_masterKey = u"sk-"_s + randomToken(32);
    const QString openaiKey = u"sk-proj-"_s + randomToken(48);
    const QString anthropicKey = u"sk-ant-api03-"_s + randomToken(40);
    const QString googleKey = u"AIzaSy"_s + randomToken(33);
    m_revokedKeys = {googleKey};
    m_everSecret = {m_masterKey, openaiKey, anthropicKey, googleKey};

    m_credentials.push_back({u"openai-main"_s,
                             {{u"api_key"_s, openaiKey}},
                             {{u"custom_llm_provider"_s, u"openai"_s}, {u"description"_s, u"Project key, krylab"_s}}});
    m_credentials.push_back({u"anthropic-main"_s,
                             {{u"api_key"_s, anthropicKey}},
                             {{u"custom_llm_provider"_s, u"anthropic"_s}, {u"description"_s, u"Console key"_s}}});
    m_credentials.push_back(
        {u"google-aistudio"_s,
         {{u"api_key"_s, googleKey}},
         {{u"custom_llm_provider"_s, u"gemini"_s}, {u"description"_s, u"AI Studio key (expired, needs rotation)"_s}}});

    auto add = [&](const QString &name, const QString &model, const QJsonObject &extra, bool db, qint64 created) {
        Deployment d;
        d.id = nextId();
        d.modelName = name;
        d.params = extra;
        d.params.insert(u"model"_s, model);
        d.db = db;
        d.createdAt = isoTime(created);
        d.updatedAt = isoTime(created + 3600);
        m_deployments.push_back(d);
    };
    // config.yaml: keys resolved from os.environ/… at start-up.
    add(u"gpt-4o"_s, u"openai/gpt-4o"_s, {{u"api_key"_s, openaiKey}, {u"rpm"_s, 60}}, false, now - 120 * day);
    add(u"claude-sonnet-4"_s, u"anthropic/claude-sonnet-4-20250514"_s, {{u"api_key"_s, anthropicKey}, {u"rpm"_s, 30}},
        false, now - 120 * day);
    // Added through the UI (database).
    add(u"gpt-4o-mini"_s, u"openai/gpt-4o-mini"_s, {{u"litellm_credential_name"_s, u"openai-main"_s}}, true,
        now - 80 * day);
    add(u"o4-mini"_s, u"openai/o4-mini"_s, {{u"litellm_credential_name"_s, u"openai-main"_s}, {u"tpm"_s, 200000}}, true,
        now - 40 * day);
    add(u"text-embedding-3-small"_s, u"openai/text-embedding-3-small"_s,
        {{u"litellm_credential_name"_s, u"openai-main"_s}}, true, now - 80 * day);
    add(u"gpt-4.1"_s, u"openai/gpt-4.1"_s,
        {{u"api_key"_s, openaiKey}, {u"api_base"_s, u"https://api.openai.com/v1"_s}, {u"rpm"_s, 20}}, true,
        now - 25 * day);
    add(u"claude-3-5-haiku"_s, u"anthropic/claude-3-5-haiku-20241022"_s,
        {{u"litellm_credential_name"_s, u"anthropic-main"_s}}, true, now - 70 * day);
    add(u"gemini-2.5-flash"_s, u"gemini/gemini-2.5-flash"_s, {{u"litellm_credential_name"_s, u"google-aistudio"_s}},
        true, now - 60 * day);
    add(u"gemini-2.5-pro"_s, u"gemini/gemini-2.5-pro"_s,
        {{u"litellm_credential_name"_s, u"google-aistudio"_s}, {u"rpm"_s, 5}}, true, now - 60 * day);

    auto key = [&](const QString &alias, const QStringList &models, QJsonValue budget, qint64 expires, bool blocked,
                   const QString &user, qint64 created) {
        VirtualKey k;
        k.key = u"sk-"_s + randomToken(22);
        k.token = sha256(k.key);
        k.alias = alias;
        k.models = models;
        k.maxBudget = budget;
        k.expires = expires;
        k.blocked = blocked;
        k.userId = user.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(user);
        k.created = created;
        k.updated = created;
        k.metadata = QJsonObject{};
        m_everSecret.append(k.key);
        m_keys.push_back(k);
    };
    key(u"openwebui"_s, {}, 60.0, 0, false, u"default_user_id"_s, now - 110 * day);
    key(u"n8n-automation"_s, {u"gpt-4o-mini"_s, u"claude-3-5-haiku"_s, u"text-embedding-3-small"_s}, 15.0, 0, false,
        QString(), now - 50 * day);
    key(u"alice-laptop"_s, {u"gpt-4o"_s, u"claude-sonnet-4"_s}, 25.0, now + 5 * day + 3 * 3600, false, u"alice"_s,
        now - 85 * day);
    key(u"panel-ci"_s, {u"gpt-4o-mini"_s}, 2.0, now + 300 * day, false, QString(), now - 12 * day);
    key(u"old-experiments"_s, {}, QJsonValue::Null, 0, true, QString(), now - 200 * day);
    m_keys[0].budgetDuration = u"30d"_s;
    m_keys[1].rpmLimit = 30;

    // 30 days of requests: mostly Open WebUI; Gemini fails since its key expired 2 days ago.
    const qint64 googleExpired = now - 2 * day - 5 * 3600;
    const struct
    {
        int key;
        int weight;
        QString user;
    } users[] = {{0, 62, u"default_user_id"_s}, {1, 24, QString()}, {2, 10, u"alice"_s}, {3, 4, QString()}};
    for (qint64 d = 30; d >= 0; --d) {
        const qint64 dayStart = (now / day - d) * day;
        const int count = 22 + int(labHash(m_state ^ quint64(d)) % 25);
        for (int i = 0; i < count; ++i) {
            const quint64 h = labHash(m_state ^ (quint64(d) << 20) ^ quint64(i));
            const qint64 t = dayStart + qint64(6 * 3600 + (h % (17 * 3600)));
            if (t > now)
                continue;
            int pick = int((h >> 20) % 100);
            int u = 0;
            while (pick >= users[u].weight) {
                pick -= users[u].weight;
                ++u;
            }
            const VirtualKey &k = m_keys[size_t(users[u].key)];
            // Allowed models of the key (all when empty), one chosen by the hash.
            std::vector<const Deployment *> allowed;
            for (const Deployment &dep : m_deployments) {
                if (k.models.isEmpty() || k.models.contains(dep.modelName))
                    allowed.push_back(&dep);
            }
            const Deployment &dep = *allowed[(h >> 32) % allowed.size()];
            SpendRow row;
            row.requestId = u"chatcmpl-"_s + QString::number(h, 16);
            row.start = t;
            row.durationMs = 400 + int((h >> 40) % 9000);
            row.token = k.token;
            row.deploymentId = dep.id;
            row.modelGroup = dep.modelName;
            row.model = dep.params.value(u"model"_s).toString().section(u'/', 1);
            row.provider = providerOf(dep.params.value(u"model"_s).toString());
            row.user = users[u].user;
            const Cost *c = costOf(dep.params.value(u"model"_s).toString());
            row.promptTokens = 150 + int((h >> 8) % 4000);
            row.completionTokens = c && QStringView(c->mode) == u"embedding" ? 0 : 40 + int((h >> 24) % 1200);
            row.success = !(row.provider == u"gemini"_s && t >= googleExpired);
            row.spend = row.success && c ? row.promptTokens * c->in + row.completionTokens * c->out : 0.0;
            m_spend.push_back(row);
        }
    }
    std::sort(m_spend.begin(), m_spend.end(), [](const SpendRow &a, const SpendRow &b) { return a.start < b.start; });
    for (VirtualKey &k : m_keys) {
        for (const SpendRow &row : m_spend) {
            if (row.token == k.token)
                k.lastActive = row.start;
        }
    }
}

QJsonObject LiteLlmService::credentials() const
{
    return {{u"masterKey"_s, m_masterKey}};
}

QStringList LiteLlmService::secrets() const
{
    QStringList out = m_everSecret;
    for (const VirtualKey &k : m_keys) {
        if (!out.contains(k.key))
            out.append(k.key);
    }
    return out;
}

QString LiteLlmService::randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < length; ++i) {
        m_state = labHash(m_state);
        out += QLatin1Char(alphabet[m_state % 62]);
    }
    return out;
}

QString LiteLlmService::nextId()
{
    m_state = labHash(m_state);
    const QString hex = QString::number(m_state, 16).rightJustified(16, u'0') +
                        QString::number(labHash(m_state), 16).rightJustified(16, u'0');
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20, 12);
}

QString LiteLlmService::nowIso() const
{
    return isoTime(m_clock.nowSecs());
}

HttpResponse LiteLlmService::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == u"/health/liveliness"_s || path == u"/health/liveness"_s)
        return HttpResponse::text("\"I'm alive!\"", 200, "application/json");
    if (path == u"/health/readiness"_s) {
        return HttpResponse::json(QJsonObject{{u"status"_s, u"connected"_s},
                                              {u"db"_s, u"connected"_s},
                                              {u"cache"_s, QJsonValue::Null},
                                              {u"litellm_version"_s, u"1.74.9"_s},
                                              {u"success_callbacks"_s, QJsonArray{u"_PROXY_track_cost_callback"_s}},
                                              {u"last_updated"_s, nowIso()}});
    }
    if (path == u"/"_s)
        return HttpResponse::text("<!DOCTYPE html><html><head><title>LiteLLM API - Swagger UI</title></head></html>",
                                  200, "text/html; charset=utf-8");

    QString presented = QString::fromUtf8(request.header("Authorization"));
    if (presented.isEmpty())
        presented = QString::fromUtf8(request.header("x-litellm-api-key"));
    if (presented.startsWith(u"Bearer "_s, Qt::CaseInsensitive))
        presented = presented.mid(7).trimmed();
    if (presented.isEmpty())
        return proxyError(u"Authentication Error, No api key passed in."_s, u"auth_error"_s, 401);
    if (presented == m_masterKey)
        return route(request, true, nullptr);
    const VirtualKey *caller = findKey(presented);
    if (!caller || presented != caller->key) {
        return proxyError(u"Authentication Error, Invalid proxy server token passed. Received API Key = %1, Key Hash "
                          u"(Token) =%2. Unable to find token in cache or `LiteLLM_VerificationTokenTable`"_s.arg(
                              shortKey(presented), sha256(presented)),
                          u"auth_error"_s, 401);
    }
    if (caller->blocked) {
        return proxyError(u"Authentication Error - Key is blocked. Update via `/key/unblock` if you're admin."_s,
                          u"auth_error"_s, 401);
    }
    if (caller->expires != 0 && caller->expires < m_clock.nowSecs()) {
        return proxyError(u"Authentication Error - Expired Key. Key Expiry time %1 and current time %2"_s.arg(
                              isoTime(caller->expires), nowIso()),
                          u"auth_error"_s, 401);
    }
    return route(request, false, caller);
}

HttpResponse LiteLlmService::route(const HttpRequest &request, bool admin, const VirtualKey *caller)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get && (path == u"/models"_s || path == u"/v1/models"_s)) {
        QJsonArray data;
        QStringList seen;
        for (const Deployment &d : m_deployments) {
            if (seen.contains(d.modelName))
                continue;
            if (caller && !caller->models.isEmpty() && !caller->models.contains(d.modelName))
                continue;
            seen.append(d.modelName);
            data.append(QJsonObject{{u"id"_s, d.modelName},
                                    {u"object"_s, u"model"_s},
                                    {u"created"_s, 1677610602},
                                    {u"owned_by"_s, u"openai"_s}});
        }
        return HttpResponse::json(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}});
    }
    if (get && path == u"/key/info"_s && !admin && request.queryValue(u"key"_s).isEmpty())
        return HttpResponse::json(QJsonObject{{u"key"_s, caller->token}, {u"info"_s, keyJson(*caller)}});
    if (!admin) {
        return proxyError(u"Authentication Error - Only proxy admin can be used to generate, delete, update info for "
                          u"new keys/users/teams. Route=%1. Your role=internal_user. Your user_id=%2"_s.arg(
                              path, caller->userId.toString()),
                          u"auth_error"_s, 401);
    }
    const QJsonObject body = request.json().object();
    if (post && !request.body.isEmpty() && !request.json().isObject()) {
        return detailError(QJsonArray{QJsonObject{{u"type"_s, u"json_invalid"_s},
                                                  {u"loc"_s, QJsonArray{u"body"_s, 0}},
                                                  {u"msg"_s, u"JSON decode error"_s}}},
                           422);
    }
    if (get && (path == u"/model/info"_s || path == u"/v1/model/info"_s))
        return modelInfo(request, false);
    if (get && path == u"/v2/model/info"_s)
        return modelInfo(request, true);
    if (post && path == u"/model/new"_s)
        return modelNew(body);
    if (post && path == u"/model/update"_s)
        return modelUpdate(body, QString());
    if (request.method == "PATCH" && path.startsWith(u"/model/"_s) && path.endsWith(u"/update"_s))
        return modelUpdate(body, path.mid(7, path.size() - 7 - 7));
    if (post && path == u"/model/delete"_s)
        return modelDelete(body);
    if (path == u"/credentials"_s || path.startsWith(u"/credentials/"_s))
        return credentialsRoute(request);
    if (post && path == u"/key/generate"_s)
        return keyGenerate(body);
    if (get && path == u"/key/list"_s)
        return keyList(request);
    if (get && path == u"/key/info"_s) {
        const QString wanted = request.queryValue(u"key"_s);
        const VirtualKey *k = findKey(wanted);
        if (!k) {
            return proxyError(
                u"Key not found in database. key=%1"_s.arg(wanted.startsWith(u"sk-"_s) ? shortKey(wanted) : wanted),
                u"not_found_error"_s, 404);
        }
        return HttpResponse::json(QJsonObject{{u"key"_s, wanted}, {u"info"_s, keyJson(*k)}});
    }
    if (post && (path == u"/key/update"_s || path == u"/key/block"_s || path == u"/key/unblock"_s))
        return keyUpdate(body, path);
    if (post && path == u"/key/delete"_s)
        return keyDelete(body);
    if (get && path == u"/spend/logs"_s)
        return spendLogs(request);
    if (get && path == u"/global/spend/report"_s)
        return spendReport(request);
    if (get && path == u"/health"_s)
        return health(request);
    return detailError(u"Not Found"_s, 404);
}

LiteLlmService::VirtualKey *LiteLlmService::findKey(const QString &keyOrHash)
{
    if (keyOrHash.isEmpty())
        return nullptr;
    const QString token = keyOrHash.startsWith(u"sk-"_s) ? sha256(keyOrHash) : keyOrHash;
    for (VirtualKey &k : m_keys) {
        if (k.token == token)
            return &k;
    }
    return nullptr;
}

LiteLlmService::Deployment *LiteLlmService::findDeployment(const QString &id)
{
    for (Deployment &d : m_deployments) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString LiteLlmService::effectiveKey(const Deployment &d) const
{
    const QString credential = d.params.value(u"litellm_credential_name"_s).toString();
    if (!credential.isEmpty()) {
        for (const Credential &c : m_credentials) {
            if (c.name == credential)
                return c.values.value(u"api_key"_s).toString();
        }
        return {};
    }
    return d.params.value(u"api_key"_s).toString();
}

QJsonObject LiteLlmService::deploymentJson(const Deployment &d) const
{
    static const QStringList removed = {
        u"api_key"_s,           u"client_secret"_s,        u"vertex_credentials"_s, u"vertex_ai_credentials"_s,
        u"aws_access_key_id"_s, u"aws_secret_access_key"_s};
    QJsonObject params;
    for (auto it = d.params.begin(); it != d.params.end(); ++it) {
        if (!removed.contains(it.key()))
            params.insert(it.key(), it.value());
    }
    params = maskObject(params, false);
    QJsonObject info = d.info;
    const QString model = d.params.value(u"model"_s).toString();
    if (const Cost *c = costOf(model)) {
        info.insert(u"max_tokens"_s, c->maxTokens);
        info.insert(u"input_cost_per_token"_s, c->in);
        info.insert(u"output_cost_per_token"_s, c->out);
        if (!info.contains(u"mode"_s))
            info.insert(u"mode"_s, QString::fromUtf16(c->mode));
    }
    info.insert(u"id"_s, d.id);
    info.insert(u"db_model"_s, d.db);
    info.insert(u"litellm_provider"_s, providerOf(model));
    info.insert(u"created_at"_s, d.createdAt);
    info.insert(u"created_by"_s, d.db ? u"default_user_id"_s : QString());
    info.insert(u"updated_at"_s, d.updatedAt);
    info.insert(u"updated_by"_s, d.db ? u"default_user_id"_s : QString());
    if (!info.contains(u"team_id"_s))
        info.insert(u"team_id"_s, QJsonValue::Null);
    info.insert(u"access_groups"_s, QJsonArray());
    return {{u"model_name"_s, d.modelName}, {u"litellm_params"_s, params}, {u"model_info"_s, info}};
}

HttpResponse LiteLlmService::modelInfo(const HttpRequest &request, bool v2)
{
    const QString id = request.queryValue(v2 ? u"modelId"_s : u"litellm_model_id"_s);
    const QString model = request.queryValue(u"model"_s);
    const QString search = request.queryValue(u"search"_s).toLower();
    QJsonArray data;
    for (const Deployment &d : m_deployments) {
        if (!id.isEmpty() && d.id != id)
            continue;
        if (!model.isEmpty() && d.modelName != model)
            continue;
        if (!search.isEmpty() && !d.modelName.toLower().contains(search))
            continue;
        data.append(deploymentJson(d));
    }
    if (!v2)
        return HttpResponse::json(QJsonObject{{u"data"_s, data}});
    const int size = std::max(1, request.queryValue(u"size"_s).isEmpty() ? 50 : request.queryValue(u"size"_s).toInt());
    const int page = std::max(1, request.queryValue(u"page"_s).isEmpty() ? 1 : request.queryValue(u"page"_s).toInt());
    const int total = int(data.size());
    QJsonArray slice;
    for (int i = (page - 1) * size; i < std::min(total, page * size); ++i)
        slice.append(data[i]);
    return HttpResponse::json(QJsonObject{{u"data"_s, slice},
                                          {u"total_count"_s, total},
                                          {u"current_page"_s, page},
                                          {u"total_pages"_s, std::max(1, (total + size - 1) / size)},
                                          {u"size"_s, size}});
}

HttpResponse LiteLlmService::modelNew(const QJsonObject &body)
{
    if (!m_options.storeModelInDb) {
        return HttpResponse::json(
            QJsonObject{{u"error"_s, u"Set 'STORE_MODEL_IN_DB='True'' in your env to enable this feature."_s}}, 500);
    }
    const QString name = body.value(u"model_name"_s).toString();
    const QJsonObject params = body.value(u"litellm_params"_s).toObject();
    if (name.isEmpty() || params.value(u"model"_s).toString().isEmpty()) {
        return detailError(QJsonArray{QJsonObject{{u"type"_s, u"missing"_s},
                                                  {u"loc"_s, QJsonArray{u"body"_s, u"litellm_params"_s, u"model"_s}},
                                                  {u"msg"_s, u"Field required"_s}}},
                           422);
    }
    const QString credential = params.value(u"litellm_credential_name"_s).toString();
    if (!credential.isEmpty() && std::none_of(m_credentials.begin(), m_credentials.end(),
                                              [&](const Credential &c) { return c.name == credential; })) {
        return proxyError(u"Credential not found in DB: %1"_s.arg(credential), u"bad_request_error"_s, 400);
    }
    QJsonObject info = body.value(u"model_info"_s).toObject();
    Deployment d;
    d.id = info.value(u"id"_s).toString();
    if (d.id.isEmpty())
        d.id = nextId();
    if (findDeployment(d.id))
        return proxyError(u"Model with id=%1 already exists"_s.arg(d.id), u"bad_request_error"_s, 400);
    info.remove(u"id"_s);
    info.remove(u"db_model"_s);
    d.modelName = name;
    d.params = params;
    d.info = info;
    d.db = true;
    d.createdAt = nowIso();
    d.updatedAt = d.createdAt;
    if (params.value(u"api_key"_s).isString())
        m_everSecret.append(params.value(u"api_key"_s).toString());
    m_deployments.push_back(d);
    // The stored row: every litellm_params value encrypted with the salt key.
    QJsonObject encrypted;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QByteArray blob = QCryptographicHash::hash(
            QByteArray(QJsonDocument(QJsonObject{{it.key(), it.value()}}).toJson() + d.id.toUtf8()),
            QCryptographicHash::Sha512);
        encrypted.insert(it.key(), QString::fromLatin1(blob.toBase64(QByteArray::Base64UrlEncoding)));
    }
    QJsonObject storedInfo = info;
    storedInfo.insert(u"id"_s, d.id);
    return HttpResponse::json(QJsonObject{{u"model_id"_s, d.id},
                                          {u"model_name"_s, name},
                                          {u"litellm_params"_s, encrypted},
                                          {u"model_info"_s, storedInfo},
                                          {u"created_at"_s, d.createdAt},
                                          {u"created_by"_s, u"default_user_id"_s},
                                          {u"updated_at"_s, d.updatedAt},
                                          {u"updated_by"_s, u"default_user_id"_s}});
}

HttpResponse LiteLlmService::modelUpdate(const QJsonObject &body, const QString &pathId)
{
    if (!m_options.storeModelInDb) {
        return HttpResponse::json(
            QJsonObject{{u"error"_s, u"Set 'STORE_MODEL_IN_DB='True'' in your env to enable this feature."_s}}, 500);
    }
    const bool patch = !pathId.isEmpty();
    const QString id = patch ? pathId : body.value(u"model_info"_s).toObject().value(u"id"_s).toString();
    if (id.isEmpty()) {
        return proxyError(u"model_info.id is required to update a model"_s, u"bad_request_error"_s, 400);
    }
    Deployment *d = findDeployment(id);
    if (patch && (!d || !d->db))
        return detailError(QJsonObject{{u"error"_s, u"Model %1 not found on proxy."_s.arg(id)}}, 404);
    if (!d)
        return proxyError(u"Model with id=%1 not found in db"_s.arg(id), u"bad_request_error"_s, 400);
    if (!d->db) {
        return proxyError(u"Can't edit model. Model in config. Store model in db via `/model/new`. to edit."_s,
                          u"bad_request_error"_s, 400);
    }
    const QJsonObject params = body.value(u"litellm_params"_s).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.value().isNull())
            d->params.remove(it.key());
        else
            d->params.insert(it.key(), it.value());
        if (it.key() == u"api_key"_s && it.value().isString()) {
            d->params.remove(u"litellm_credential_name"_s);
            m_everSecret.append(it.value().toString());
        }
    }
    if (body.value(u"model_name"_s).isString() && !body.value(u"model_name"_s).toString().isEmpty())
        d->modelName = body.value(u"model_name"_s).toString();
    const QJsonObject info = body.value(u"model_info"_s).toObject();
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (it.key() != u"id"_s && it.key() != u"db_model"_s)
            d->info.insert(it.key(), it.value());
    }
    d->updatedAt = nowIso();
    return HttpResponse::json(deploymentJson(*d));
}

HttpResponse LiteLlmService::modelDelete(const QJsonObject &body)
{
    if (!m_options.storeModelInDb) {
        return HttpResponse::json(
            QJsonObject{{u"error"_s, u"Set 'STORE_MODEL_IN_DB='True'' in your env to enable this feature."_s}}, 500);
    }
    const QString id = body.value(u"id"_s).toString();
    const auto it = std::find_if(m_deployments.begin(), m_deployments.end(),
                                 [&id](const Deployment &d) { return d.id == id && d.db; });
    if (it == m_deployments.end())
        return proxyError(u"Model with id=%1 not found in db"_s.arg(id), u"bad_request_error"_s, 400);
    m_deployments.erase(it);
    return HttpResponse::json(QJsonObject{{u"message"_s, u"Model: %1 deleted successfully"_s.arg(id)}});
}

HttpResponse LiteLlmService::credentialsRoute(const HttpRequest &request)
{
    const QString &path = request.path;
    const QJsonObject body = request.json().object();
    auto itemJson = [](const Credential &c) {
        return QJsonObject{{u"credential_name"_s, c.name},
                           {u"credential_values"_s, maskObject(c.values, true)},
                           {u"credential_info"_s, c.info}};
    };
    auto find = [this](const QString &name) {
        return std::find_if(m_credentials.begin(), m_credentials.end(),
                            [&name](const Credential &c) { return c.name == name; });
    };
    if (path == u"/credentials"_s && request.method == "GET") {
        QJsonArray list;
        for (const Credential &c : m_credentials)
            list.append(itemJson(c));
        return HttpResponse::json(QJsonObject{{u"success"_s, true}, {u"credentials"_s, list}});
    }
    if (path == u"/credentials"_s && request.method == "POST") {
        const QString name = body.value(u"credential_name"_s).toString();
        if (name.isEmpty())
            return proxyError(u"credential_name is required"_s, u"bad_request_error"_s, 400);
        if (find(name) != m_credentials.end())
            return proxyError(u"Credential already exists: %1"_s.arg(name), u"bad_request_error"_s, 400);
        Credential c{name, body.value(u"credential_values"_s).toObject(), body.value(u"credential_info"_s).toObject()};
        const QString modelId = body.value(u"model_id"_s).toString();
        if (!modelId.isEmpty()) {
            const Deployment *d = findDeployment(modelId);
            if (!d)
                return detailError(QJsonObject{{u"error"_s, u"Model not found, id=%1"_s.arg(modelId)}}, 404);
            c.values = QJsonObject{{u"api_key"_s, effectiveKey(*d)}};
            if (d->params.contains(u"api_base"_s))
                c.values.insert(u"api_base"_s, d->params.value(u"api_base"_s));
        }
        for (auto it = c.values.begin(); it != c.values.end(); ++it) {
            if (it.value().isString() && secretName(it.key(), true))
                m_everSecret.append(it.value().toString());
        }
        m_credentials.push_back(c);
        return HttpResponse::json(
            QJsonObject{{u"success"_s, true}, {u"message"_s, u"Credential created successfully"_s}});
    }
    if (path.startsWith(u"/credentials/by_name/"_s) && request.method == "GET") {
        const auto it = find(path.mid(21));
        if (it == m_credentials.end())
            return detailError(u"Credential not found in DB."_s, 404);
        return HttpResponse::json(itemJson(*it));
    }
    if (path.startsWith(u"/credentials/by_model/"_s) && request.method == "GET") {
        const Deployment *d = findDeployment(path.mid(22));
        if (!d)
            return detailError(QJsonObject{{u"error"_s, u"Model not found"_s}}, 404);
        QJsonObject values{{u"api_key"_s, effectiveKey(*d)}};
        if (d->params.contains(u"api_base"_s))
            values.insert(u"api_base"_s, d->params.value(u"api_base"_s));
        return HttpResponse::json(QJsonObject{{u"credential_name"_s, u"%1-credential-%2"_s.arg(d->modelName, d->id)},
                                              {u"credential_values"_s, maskObject(values, true)},
                                              {u"credential_info"_s, QJsonObject()}});
    }
    const QString name = path.mid(13);
    const auto it = find(name);
    if (request.method == "PATCH" || request.method == "PUT") {
        if (it == m_credentials.end())
            return detailError(u"Credential not found in DB."_s, 404);
        const QJsonObject values = body.value(u"credential_values"_s).toObject();
        for (auto v = values.begin(); v != values.end(); ++v) {
            it->values.insert(v.key(), v.value());
            if (v.value().isString() && secretName(v.key(), true))
                m_everSecret.append(v.value().toString());
        }
        const QJsonObject info = body.value(u"credential_info"_s).toObject();
        for (auto v = info.begin(); v != info.end(); ++v)
            it->info.insert(v.key(), v.value());
        return HttpResponse::json(
            QJsonObject{{u"success"_s, true}, {u"message"_s, u"Credential updated successfully"_s}});
    }
    if (request.method == "DELETE") {
        if (it == m_credentials.end())
            return detailError(u"Credential not found in DB."_s, 404);
        m_credentials.erase(it);
        return HttpResponse::json(
            QJsonObject{{u"success"_s, true}, {u"message"_s, u"Credential deleted successfully"_s}});
    }
    return detailError(u"Method Not Allowed"_s, 405);
}

double LiteLlmService::keySpend(const QString &token) const
{
    double sum = 0;
    for (const SpendRow &row : m_spend) {
        if (row.token == token)
            sum += row.spend;
    }
    return sum;
}

QJsonObject LiteLlmService::keyJson(const VirtualKey &k) const
{
    return {{u"token"_s, k.token},
            {u"key_name"_s, shortKey(k.key)},
            {u"key_alias"_s, k.alias.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.alias)},
            {u"spend"_s, std::round(keySpend(k.token) * 1e6) / 1e6},
            {u"max_budget"_s, k.maxBudget},
            {u"expires"_s, k.expires == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(k.expires))},
            {u"models"_s, QJsonArray::fromStringList(k.models)},
            {u"aliases"_s, QJsonObject()},
            {u"config"_s, QJsonObject()},
            {u"user_id"_s, k.userId},
            {u"team_id"_s, k.teamId},
            {u"permissions"_s, QJsonObject()},
            {u"metadata"_s, k.metadata},
            {u"tpm_limit"_s, k.tpmLimit},
            {u"rpm_limit"_s, k.rpmLimit},
            {u"budget_duration"_s, k.budgetDuration},
            {u"budget_reset_at"_s, k.budgetDuration.isNull()
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(isoTime((m_clock.nowSecs() / 86400 + 9) * 86400))},
            {u"blocked"_s, k.blocked},
            {u"created_at"_s, isoTime(k.created)},
            {u"updated_at"_s, isoTime(k.updated)},
            {u"last_active"_s, k.lastActive == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(k.lastActive))}};
}

HttpResponse LiteLlmService::keyGenerate(const QJsonObject &body)
{
    VirtualKey k;
    const QString own = body.value(u"key"_s).toString();
    if (!own.isEmpty() && !own.startsWith(u"sk-"_s))
        return proxyError(
            u"Invalid key format. LiteLLM Virtual Key must start with 'sk-'. Received: %1"_s.arg(maskValue(own)),
            u"bad_request_error"_s, 400);
    k.key = own.isEmpty() ? u"sk-"_s + randomToken(22) : own;
    k.token = sha256(k.key);
    if (findKey(k.token))
        return proxyError(u"Unique key constraint failed: token already exists"_s, u"bad_request_error"_s, 400);
    k.alias = body.value(u"key_alias"_s).toString();
    if (!k.alias.isEmpty() &&
        std::any_of(m_keys.begin(), m_keys.end(), [&k](const VirtualKey &o) { return o.alias == k.alias; }))
        return proxyError(u"Key with alias '%1' already exists."_s.arg(k.alias), u"bad_request_error"_s, 400);
    for (const QJsonValue &m : body.value(u"models"_s).toArray())
        k.models.append(m.toString());
    k.maxBudget = body.value(u"max_budget"_s).isDouble() ? body.value(u"max_budget"_s) : QJsonValue(QJsonValue::Null);
    k.budgetDuration =
        body.value(u"budget_duration"_s).isString() ? body.value(u"budget_duration"_s) : QJsonValue(QJsonValue::Null);
    k.tpmLimit = body.value(u"tpm_limit"_s).isDouble() ? body.value(u"tpm_limit"_s) : QJsonValue(QJsonValue::Null);
    k.rpmLimit = body.value(u"rpm_limit"_s).isDouble() ? body.value(u"rpm_limit"_s) : QJsonValue(QJsonValue::Null);
    k.userId = body.value(u"user_id"_s).isString() ? body.value(u"user_id"_s) : QJsonValue(QJsonValue::Null);
    k.teamId = body.value(u"team_id"_s).isString() ? body.value(u"team_id"_s) : QJsonValue(QJsonValue::Null);
    k.metadata = body.value(u"metadata"_s).toObject();
    k.blocked = body.value(u"blocked"_s).toBool(false);
    const QJsonValue duration = body.value(u"duration"_s);
    if (duration.isString()) {
        const qint64 secs = durationSecs(duration.toString());
        if (secs < 0)
            return proxyError(u"Invalid duration: %1"_s.arg(duration.toString()), u"bad_request_error"_s, 400);
        k.expires = m_clock.nowSecs() + secs;
    }
    k.created = m_clock.nowSecs();
    k.updated = k.created;
    m_everSecret.append(k.key);
    m_keys.push_back(k);
    QJsonObject out = keyJson(k);
    out.insert(u"key"_s, k.key); // the only answer with the plaintext key
    out.insert(u"token_id"_s, k.token);
    out.insert(u"created_by"_s, u"default_user_id"_s);
    out.insert(u"updated_by"_s, u"default_user_id"_s);
    out.insert(u"duration"_s, duration.isString() ? duration : QJsonValue(QJsonValue::Null));
    return HttpResponse::json(out);
}

HttpResponse LiteLlmService::keyList(const HttpRequest &request)
{
    const QString sizeText = request.queryValue(u"size"_s);
    const QString pageText = request.queryValue(u"page"_s);
    const int size = sizeText.isEmpty() ? 10 : sizeText.toInt();
    const int page = pageText.isEmpty() ? 1 : pageText.toInt();
    if (size < 1 || size > 100) {
        return detailError(
            QJsonArray{QJsonObject{{u"type"_s, size < 1 ? u"greater_than_equal"_s : u"less_than_equal"_s},
                                   {u"loc"_s, QJsonArray{u"query"_s, u"size"_s}},
                                   {u"msg"_s, size < 1 ? u"Input should be greater than or equal to 1"_s
                                                       : u"Input should be less than or equal to 100"_s},
                                   {u"input"_s, sizeText}}},
            422);
    }
    if (page < 1) {
        return detailError(QJsonArray{QJsonObject{{u"type"_s, u"greater_than_equal"_s},
                                                  {u"loc"_s, QJsonArray{u"query"_s, u"page"_s}},
                                                  {u"msg"_s, u"Input should be greater than or equal to 1"_s},
                                                  {u"input"_s, pageText}}},
                           422);
    }
    const bool full = request.queryValue(u"return_full_object"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    const QString alias = request.queryValue(u"key_alias"_s);
    const QString user = request.queryValue(u"user_id"_s);
    const QString hash = request.queryValue(u"key_hash"_s);
    std::vector<const VirtualKey *> matched;
    for (const VirtualKey &k : m_keys) {
        if (!alias.isEmpty() && k.alias != alias)
            continue;
        if (!user.isEmpty() && k.userId.toString() != user)
            continue;
        if (!hash.isEmpty() && k.token != hash)
            continue;
        matched.push_back(&k);
    }
    QJsonArray keys;
    const int total = int(matched.size());
    for (int i = (page - 1) * size; i < std::min(total, page * size); ++i)
        keys.append(full ? QJsonValue(keyJson(*matched[size_t(i)])) : QJsonValue(matched[size_t(i)]->token));
    return HttpResponse::json(QJsonObject{{u"keys"_s, keys},
                                          {u"total_count"_s, total},
                                          {u"current_page"_s, page},
                                          {u"total_pages"_s, std::max(1, (total + size - 1) / size)}});
}

HttpResponse LiteLlmService::keyUpdate(const QJsonObject &body, const QString &path)
{
    const QString wanted = body.value(u"key"_s).toString();
    VirtualKey *k = findKey(wanted);
    if (!k) {
        return proxyError(
            u"Key not found in database. key=%1"_s.arg(wanted.startsWith(u"sk-"_s) ? shortKey(wanted) : wanted),
            u"not_found_error"_s, 404);
    }
    if (path == u"/key/block"_s || path == u"/key/unblock"_s) {
        k->blocked = path == u"/key/block"_s;
        k->updated = m_clock.nowSecs();
        return HttpResponse::json(keyJson(*k));
    }
    if (body.contains(u"temp_budget_increase"_s) != body.contains(u"temp_budget_expiry"_s)) {
        return proxyError(u"temp_budget_increase and temp_budget_expiry must be set together"_s, u"bad_request_error"_s,
                          400);
    }
    if (body.value(u"key_alias"_s).isString())
        k->alias = body.value(u"key_alias"_s).toString();
    if (body.value(u"models"_s).isArray()) {
        k->models.clear();
        for (const QJsonValue &m : body.value(u"models"_s).toArray())
            k->models.append(m.toString());
    }
    if (body.contains(u"max_budget"_s) && !body.value(u"max_budget"_s).isNull())
        k->maxBudget = body.value(u"max_budget"_s);
    if (body.value(u"budget_duration"_s).isString())
        k->budgetDuration = body.value(u"budget_duration"_s);
    if (body.value(u"tpm_limit"_s).isDouble())
        k->tpmLimit = body.value(u"tpm_limit"_s);
    if (body.value(u"rpm_limit"_s).isDouble())
        k->rpmLimit = body.value(u"rpm_limit"_s);
    if (body.value(u"metadata"_s).isObject())
        k->metadata = body.value(u"metadata"_s).toObject();
    if (body.value(u"blocked"_s).isBool())
        k->blocked = body.value(u"blocked"_s).toBool();
    if (body.value(u"duration"_s).isString()) {
        const qint64 secs = durationSecs(body.value(u"duration"_s).toString());
        if (secs < 0)
            return proxyError(u"Invalid duration"_s, u"bad_request_error"_s, 400);
        k->expires = m_clock.nowSecs() + secs;
    }
    k->updated = m_clock.nowSecs();
    QJsonObject out = keyJson(*k);
    out.insert(u"key"_s, wanted);
    return HttpResponse::json(out);
}

HttpResponse LiteLlmService::keyDelete(const QJsonObject &body)
{
    const QJsonArray keys = body.value(u"keys"_s).toArray();
    const QJsonArray aliases = body.value(u"key_aliases"_s).toArray();
    if (keys.isEmpty() && aliases.isEmpty())
        return proxyError(u"Invalid request: at least one of keys or key_aliases is required"_s, u"bad_request_error"_s,
                          400);
    std::vector<QString> tokens;
    for (const QJsonValue &v : keys) {
        if (const VirtualKey *k = findKey(v.toString()))
            tokens.push_back(k->token);
    }
    for (const QJsonValue &v : aliases) {
        for (const VirtualKey &k : m_keys) {
            if (k.alias == v.toString())
                tokens.push_back(k.token);
        }
    }
    const qsizetype requested = keys.size() + aliases.size();
    if (qsizetype(tokens.size()) != requested) {
        return detailError(
            QJsonObject{{u"error"_s, u"Failed to delete all keys. Keys passed in request: %1. Keys deleted: "
                                     u"0"_s.arg(requested)}},
            400);
    }
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                [&tokens](const VirtualKey &k) {
                                    return std::find(tokens.begin(), tokens.end(), k.token) != tokens.end();
                                }),
                 m_keys.end());
    return HttpResponse::json(QJsonObject{{u"deleted_keys"_s, keys.isEmpty() ? aliases : keys}});
}

HttpResponse LiteLlmService::spendLogs(const HttpRequest &request)
{
    QString apiKey = request.queryValue(u"api_key"_s);
    if (apiKey.startsWith(u"sk-"_s))
        apiKey = sha256(apiKey);
    const QString user = request.queryValue(u"user_id"_s);
    const QString requestId = request.queryValue(u"request_id"_s);
    const QString startText = request.queryValue(u"start_date"_s);
    const QString endText = request.queryValue(u"end_date"_s);
    const bool summarize = request.queryValue(u"summarize"_s).compare(u"false"_s, Qt::CaseInsensitive) != 0;
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max();
    if (!startText.isEmpty() || !endText.isEmpty()) {
        const QDate s = QDate::fromString(startText.left(10), Qt::ISODate);
        const QDate e = QDate::fromString(endText.left(10), Qt::ISODate);
        if (!s.isValid() || !e.isValid()) {
            return detailError(
                QJsonObject{{u"error"_s, u"Both start_date and end_date must be provided, as YYYY-MM-DD"_s}}, 400);
        }
        from = s.startOfDay(Qt::UTC).toSecsSinceEpoch();
        to = e.startOfDay(Qt::UTC).toSecsSinceEpoch() + 86400;
    }
    std::vector<const SpendRow *> rows;
    for (const SpendRow &row : m_spend) {
        if (row.start < from || row.start >= to)
            continue;
        if (!apiKey.isEmpty() && row.token != apiKey)
            continue;
        if (!user.isEmpty() && row.user != user)
            continue;
        if (!requestId.isEmpty() && row.requestId != requestId)
            continue;
        rows.push_back(&row);
    }
    if (summarize && !startText.isEmpty() && !endText.isEmpty()) {
        QMap<qint64, QPair<double, QPair<QJsonObject, QJsonObject>>> days;
        for (const SpendRow *row : rows) {
            auto &day = days[row->start / 86400 * 86400];
            day.first += row->spend;
            QJsonObject &models = day.second.first;
            models.insert(row->modelGroup, models.value(row->modelGroup).toDouble() + row->spend);
            QJsonObject &users = day.second.second;
            const QString u = row->user.isEmpty() ? u"default_user_id"_s : row->user;
            users.insert(u, users.value(u).toDouble() + row->spend);
        }
        QJsonArray out;
        for (auto it = days.begin(); it != days.end(); ++it) {
            out.append(
                QJsonObject{{u"startTime"_s,
                             QDateTime::fromSecsSinceEpoch(it.key(), Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss+00:00"_s)},
                            {u"spend"_s, it.value().first},
                            {u"models"_s, it.value().second.first},
                            {u"users"_s, it.value().second.second}});
        }
        return HttpResponse::json(out);
    }
    QJsonArray out;
    for (const SpendRow *row : rows) {
        const Deployment *d = nullptr;
        for (const Deployment &dep : m_deployments) {
            if (dep.id == row->deploymentId)
                d = &dep;
        }
        out.append(QJsonObject{
            {u"request_id"_s, row->requestId},
            {u"call_type"_s, row->completionTokens == 0 ? u"aembedding"_s : u"acompletion"_s},
            {u"api_key"_s, row->token},
            {u"spend"_s, row->spend},
            {u"total_tokens"_s, row->promptTokens + row->completionTokens},
            {u"prompt_tokens"_s, row->promptTokens},
            {u"completion_tokens"_s, row->completionTokens},
            {u"startTime"_s, isoTime(row->start)},
            {u"endTime"_s, isoTime(row->start + row->durationMs / 1000, row->durationMs % 1000)},
            {u"completionStartTime"_s, isoTime(row->start + row->durationMs / 3000, (row->durationMs / 3) % 1000)},
            {u"model"_s, row->model},
            {u"model_id"_s, row->deploymentId},
            {u"model_group"_s, row->modelGroup},
            {u"api_base"_s, d ? d->params.value(u"api_base"_s).toString() : QString()},
            {u"user"_s, row->user},
            {u"metadata"_s, QJsonObject{{u"user_api_key_alias"_s,
                                         [&]() {
                                             for (const VirtualKey &k : m_keys) {
                                                 if (k.token == row->token)
                                                     return k.alias;
                                             }
                                             return QString();
                                         }()}}},
            {u"cache_hit"_s, u"False"_s},
            {u"cache_key"_s, u"Cache OFF"_s},
            {u"request_tags"_s, QJsonArray()},
            {u"team_id"_s, QString()},
            {u"end_user"_s, QString()},
            {u"custom_llm_provider"_s, row->provider},
            {u"status"_s, row->success ? u"success"_s : u"failure"_s}});
    }
    return HttpResponse::json(out);
}

HttpResponse LiteLlmService::spendReport(const HttpRequest &request)
{
    if (!m_options.enterprise) {
        return detailError(
            QJsonObject{{u"error"_s, u"/spend/report endpoint You must be a LiteLLM Enterprise user to use "
                                     u"this feature. If you have a license please set `LITELLM_LICENSE` in "
                                     u"your env. Get a 7 day trial key here: "
                                     u"https://www.litellm.ai/enterprise#trial. \nPricing: "
                                     u"https://www.litellm.ai/#pricing"_s}},
            400);
    }
    const QDate s = QDate::fromString(request.queryValue(u"start_date"_s), Qt::ISODate);
    const QDate e = QDate::fromString(request.queryValue(u"end_date"_s), Qt::ISODate);
    if (!s.isValid() || !e.isValid()) {
        return detailError(QJsonObject{{u"error"_s, u"start_date and end_date are required, as YYYY-MM-DD"_s}}, 400);
    }
    const qint64 from = s.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 to = e.startOfDay(Qt::UTC).toSecsSinceEpoch() + 86400;
    const QString groupBy = request.queryValue(u"group_by"_s).isEmpty() ? u"team"_s : request.queryValue(u"group_by"_s);
    QString apiKey = request.queryValue(u"api_key"_s);
    if (apiKey.startsWith(u"sk-"_s))
        apiKey = sha256(apiKey);
    if (groupBy == u"api_key"_s) {
        QMap<QString, QMap<QString, std::array<double, 3>>> byKey;
        for (const SpendRow &row : m_spend) {
            if (row.start < from || row.start >= to || (!apiKey.isEmpty() && row.token != apiKey))
                continue;
            auto &m = byKey[row.token][row.modelGroup];
            m[0] += row.spend;
            m[1] += row.promptTokens;
            m[2] += row.completionTokens;
        }
        QJsonArray out;
        for (auto it = byKey.begin(); it != byKey.end(); ++it) {
            double cost = 0, in = 0, outTokens = 0;
            QJsonArray details;
            for (auto m = it.value().begin(); m != it.value().end(); ++m) {
                cost += m.value()[0];
                in += m.value()[1];
                outTokens += m.value()[2];
                details.append(QJsonObject{{u"model"_s, m.key()},
                                           {u"total_cost"_s, m.value()[0]},
                                           {u"total_input_tokens"_s, m.value()[1]},
                                           {u"total_output_tokens"_s, m.value()[2]}});
            }
            out.append(QJsonObject{{u"api_key"_s, it.key()},
                                   {u"total_cost"_s, cost},
                                   {u"total_input_tokens"_s, in},
                                   {u"total_output_tokens"_s, outTokens},
                                   {u"model_details"_s, details}});
        }
        return HttpResponse::json(out);
    }
    // group_by team (the lab has no teams: one "Unassigned Team" group per day) or customer.
    QMap<qint64, QMap<QPair<QString, QString>, std::array<double, 2>>> byDay;
    for (const SpendRow &row : m_spend) {
        if (row.start < from || row.start >= to || (!apiKey.isEmpty() && row.token != apiKey))
            continue;
        auto &v = byDay[row.start / 86400 * 86400][qMakePair(row.modelGroup, row.token)];
        v[0] += row.spend;
        v[1] += row.promptTokens + row.completionTokens;
    }
    QJsonArray out;
    for (auto day = byDay.begin(); day != byDay.end(); ++day) {
        double total = 0;
        QJsonArray metadata;
        for (auto it = day.value().begin(); it != day.value().end(); ++it) {
            total += it.value()[0];
            metadata.append(QJsonObject{{u"model"_s, it.key().first},
                                        {u"api_key"_s, it.key().second},
                                        {u"spend"_s, it.value()[0]},
                                        {u"total_tokens"_s, it.value()[1]}});
        }
        const QString group = groupBy == u"customer"_s ? u"customers"_s : u"teams"_s;
        const QString nameKey = groupBy == u"customer"_s ? u"customer"_s : u"team_name"_s;
        out.append(QJsonObject{
            {u"group_by_day"_s,
             QDateTime::fromSecsSinceEpoch(day.key(), Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss+00:00"_s)},
            {group, QJsonArray{QJsonObject{
                        {nameKey, u"Unassigned Team"_s}, {u"total_spend"_s, total}, {u"metadata"_s, metadata}}}}});
    }
    return HttpResponse::json(out);
}

void LiteLlmService::addControlRoutes(Lab &lab)
{
    lab.addControlRoute(u"/litellm/"_s, [this](const HttpRequest &request) {
        if (request.path == u"/litellm/reject-key"_s && request.method == "POST") {
            const QString key = request.json().object().value(u"key"_s).toString();
            if (key.isEmpty())
                return HttpResponse::json(QJsonObject{{u"error"_s, u"key is required"_s}}, 400);
            if (!m_revokedKeys.contains(key))
                m_revokedKeys.append(key);
            if (!m_everSecret.contains(key))
                m_everSecret.append(key);
            return HttpResponse::json(QJsonObject{{u"rejected"_s, m_revokedKeys.size()}});
        }
        if (request.path == u"/litellm/store-model-in-db"_s && request.method == "PUT") {
            m_options.storeModelInDb = request.json().object().value(u"enabled"_s).toBool(true);
            return HttpResponse::json(QJsonObject{{u"storeModelInDb"_s, m_options.storeModelInDb}});
        }
        if (request.path == u"/litellm/secrets"_s && request.method == "GET")
            return HttpResponse::json(QJsonObject{{u"secrets"_s, QJsonArray::fromStringList(secrets())}});
        return HttpResponse::json(QJsonObject{{u"error"_s, u"unknown LiteLLM control request"_s}}, 404);
    });
}

QString LiteLlmService::healthError(const Deployment &d) const
{
    const QString key = effectiveKey(d);
    const QString provider = providerOf(d.params.value(u"model"_s).toString());
    if (provider == u"gemini"_s) {
        if (m_revokedKeys.contains(key)) {
            return u"litellm.BadRequestError: GeminiException BadRequestError - {\n  \"error\": {\n    \"code\": "
                   u"400,\n    "
                   u"\"message\": \"API key expired. Please renew the API key.\",\n    \"status\": \"INVALID_ARGUMENT\"\n  }\n}\n"_s;
        }
        if (!key.startsWith(u"AIza"_s) || key.size() < 30) {
            return u"litellm.BadRequestError: GeminiException BadRequestError - {\n  \"error\": {\n    \"code\": "
                   u"400,\n    "
                   u"\"message\": \"API key not valid. Please pass a valid API key.\",\n    \"status\": \"INVALID_ARGUMENT\"\n  }\n}\n"_s;
        }
        return {};
    }
    if (provider == u"anthropic"_s) {
        if (m_revokedKeys.contains(key) || !key.startsWith(u"sk-ant-"_s) || key.size() < 30) {
            return u"litellm.AuthenticationError: AnthropicException - {\"type\":\"error\",\"error\":{\"type\":"
                   u"\"authentication_error\",\"message\":\"invalid x-api-key\"}}"_s;
        }
        return {};
    }
    if (m_revokedKeys.contains(key) || !key.startsWith(u"sk-"_s) || key.size() < 30) {
        return u"litellm.AuthenticationError: AuthenticationError: OpenAIException - Incorrect API key provided: %1. "
               u"You "
               u"can find your API key at https://platform.openai.com/account/api-keys."_s.arg(maskValue(key));
    }
    return {};
}

HttpResponse LiteLlmService::health(const HttpRequest &request)
{
    const QString model = request.queryValue(u"model"_s);
    QJsonArray healthy;
    QJsonArray unhealthy;
    for (const Deployment &d : m_deployments) {
        if (!model.isEmpty() && d.modelName != model)
            continue;
        QJsonObject entry{{u"model"_s, d.params.value(u"model"_s).toString()}, {u"model_id"_s, d.id}};
        for (const QString &field : {u"api_base"_s, u"litellm_credential_name"_s, u"rpm"_s, u"tpm"_s}) {
            if (d.params.contains(field))
                entry.insert(field, d.params.value(field));
        }
        const QString error = healthError(d);
        if (error.isEmpty()) {
            healthy.append(entry);
        } else {
            entry.insert(u"error"_s, error);
            unhealthy.append(entry);
        }
    }
    return HttpResponse::json(QJsonObject{{u"healthy_endpoints"_s, healthy},
                                          {u"unhealthy_endpoints"_s, unhealthy},
                                          {u"healthy_count"_s, healthy.size()},
                                          {u"unhealthy_count"_s, unhealthy.size()}});
}

} // namespace KryNet::LabSim
