#include "core/llm/llmparsers.h"
#include "core/common/numbers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/common/redaction.h"

using namespace Qt::StringLiterals;

namespace KryNet::Llm
{

namespace
{

Error parseError(const QString &what, const QString &detail)
{
    return Error(Error::Code::Parse, Parsers::tr("LiteLLM sent an answer that could not be understood (%1).").arg(what),
                 detail);
}

QDateTime isoDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (date.isValid() && date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC); // LiteLLM writes naive UTC timestamps
    return date.toUTC();
}

std::optional<qint64> optionalInt(const QJsonValue &value)
{
    if (value.isDouble())
        return saturatingCast<qint64>(value.toDouble());
    return std::nullopt;
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

bool secretName(const QString &name)
{
    static const QStringList words = {u"authorization"_s, u"token"_s,    u"key"_s,   u"secret"_s,
                                      u"credentials"_s,   u"password"_s, u"passwd"_s};
    const QString lower = name.toLower();
    for (const QString &word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

VirtualKey keyFromObject(const QJsonObject &o)
{
    VirtualKey key;
    key.token = text(o.value(u"token"_s));
    if (key.token.isEmpty())
        key.token = text(o.value(u"token_id"_s));
    key.keyName = Parsers::maskSecret(text(o.value(u"key_name"_s)));
    if (!key.keyName.isEmpty())
        key.keyName.prepend(u"sk-"_s);
    key.alias = text(o.value(u"key_alias"_s));
    key.models = stringList(o.value(u"models"_s));
    if (o.value(u"max_budget"_s).isDouble())
        key.maxBudget = o.value(u"max_budget"_s).toDouble();
    key.spend = o.value(u"spend"_s).toDouble();
    key.expires = isoDate(o.value(u"expires"_s));
    key.blocked = o.value(u"blocked"_s).toBool();
    key.userId = text(o.value(u"user_id"_s));
    key.teamId = text(o.value(u"team_id"_s));
    key.createdAt = isoDate(o.value(u"created_at"_s));
    key.lastActive = isoDate(o.value(u"last_active"_s));
    return key;
}

/// Provider error texts may quote the key they rejected: redact, then cut any key-looking word.
QString scrub(const QString &text)
{
    static const QRegularExpression keyLike(
        uR"((AIza[0-9A-Za-z_\-]{6,}|sk-[0-9A-Za-z_\-]{6,}|(?:key|token|secret)=[^\s,;"']{6,}))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString out = Redaction::redact(text.left(500));
    out.replace(keyLike, Redaction::mask());
    return out;
}

} // namespace

QString Parsers::maskSecret(const QString &value)
{
    if (value.isEmpty())
        return {};
    const qsizetype star = value.lastIndexOf(u'*');
    qsizetype dots = value.lastIndexOf(u"..."_s);
    if (dots >= 0)
        dots += 2;
    const qsizetype cut = std::max(star, dots);
    QString tail = cut >= 0 ? value.mid(cut + 1) : value;
    tail = tail.right(4);
    return tail.isEmpty() ? u"…"_s : u"…"_s + tail;
}

int Parsers::totalPages(const QJsonDocument &document)
{
    const QJsonValue pages = document.object().value(u"total_pages"_s);
    return pages.isDouble() ? std::max(1, pages.toInt()) : 1;
}

Result<QList<Model>> Parsers::models(const QJsonDocument &document)
{
    if (!document.isObject() || !document.object().value(u"data"_s).isArray())
        return parseError(tr("model list"), u"expected {\"data\": [...]}"_s);
    QList<Model> out;
    const QJsonArray data = document.object().value(u"data"_s).toArray();
    for (const QJsonValue &item : data) {
        const QJsonObject o = item.toObject();
        const QJsonObject params = o.value(u"litellm_params"_s).toObject();
        const QJsonObject info = o.value(u"model_info"_s).toObject();
        Model m;
        m.id = text(info.value(u"id"_s));
        m.name = text(o.value(u"model_name"_s));
        const QString model = text(params.value(u"model"_s));
        if (m.id.isEmpty() || m.name.isEmpty() || model.isEmpty())
            return parseError(tr("model list"), u"deployment without model_info.id, model_name or model"_s);
        m.provider = text(info.value(u"litellm_provider"_s));
        if (model.contains(u'/')) {
            if (m.provider.isEmpty())
                m.provider = model.section(u'/', 0, 0);
            m.upstreamModel = model.section(u'/', 1);
        } else {
            m.upstreamModel = model;
        }
        m.apiBase = text(params.value(u"api_base"_s));
        m.credentialName = text(params.value(u"litellm_credential_name"_s));
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (it.key() != u"litellm_credential_name"_s && it.value().isString() && secretName(it.key()) &&
                m.maskedKey.isEmpty())
                m.maskedKey = maskSecret(it.value().toString());
        }
        m.mode = text(info.value(u"mode"_s));
        m.tpm = optionalInt(params.value(u"tpm"_s));
        m.rpm = optionalInt(params.value(u"rpm"_s));
        m.inDatabase = info.value(u"db_model"_s).toBool(true);
        if (!m.inDatabase)
            m.readOnlyReason =
                tr("Defined in the proxy's config.yaml: change it there (LiteLLM's API cannot edit it).");
        out.append(m);
    }
    return out;
}

Result<QList<Credential>> Parsers::credentials(const QJsonDocument &document)
{
    if (!document.isObject() || !document.object().value(u"credentials"_s).isArray())
        return parseError(tr("credential list"), u"expected {\"credentials\": [...]}"_s);
    QList<Credential> out;
    const QJsonArray list = document.object().value(u"credentials"_s).toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject o = item.toObject();
        Credential c;
        c.name = text(o.value(u"credential_name"_s));
        if (c.name.isEmpty())
            return parseError(tr("credential list"), u"credential without credential_name"_s);
        const QJsonObject info = o.value(u"credential_info"_s).toObject();
        c.provider = text(info.value(u"custom_llm_provider"_s));
        c.description = text(info.value(u"description"_s));
        const QJsonObject values = o.value(u"credential_values"_s).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.value().isString() && secretName(it.key()) && c.maskedKey.isEmpty())
                c.maskedKey = maskSecret(it.value().toString());
        }
        c.apiBase = text(values.value(u"api_base"_s));
        out.append(c);
    }
    return out;
}

Result<QList<VirtualKey>> Parsers::keyList(const QJsonDocument &document)
{
    if (!document.isObject() || !document.object().value(u"keys"_s).isArray())
        return parseError(tr("key list"), u"expected {\"keys\": [...]}"_s);
    QList<VirtualKey> out;
    const QJsonArray keys = document.object().value(u"keys"_s).toArray();
    for (const QJsonValue &item : keys) {
        if (!item.isObject())
            continue;
        VirtualKey key = keyFromObject(item.toObject());
        if (key.token.isEmpty())
            return parseError(tr("key list"), u"key object without token"_s);
        out.append(key);
    }
    return out;
}

Result<VirtualKey> Parsers::keyInfo(const QJsonDocument &document)
{
    if (!document.isObject())
        return parseError(tr("key"), u"expected an object"_s);
    QJsonObject o = document.object();
    if (o.value(u"info"_s).isObject())
        o = o.value(u"info"_s).toObject();
    VirtualKey key = keyFromObject(o);
    if (key.token.isEmpty())
        return parseError(tr("key"), u"key without token"_s);
    return key;
}

Result<GeneratedKey> Parsers::generatedKey(const QJsonDocument &document)
{
    if (!document.isObject())
        return parseError(tr("new key"), u"expected an object"_s);
    const QJsonObject o = document.object();
    GeneratedKey generated;
    generated.key = text(o.value(u"key"_s));
    if (!generated.key.startsWith(u"sk-"_s) || generated.key.size() < 8)
        return parseError(tr("new key"), u"no plaintext key in the answer"_s);
    Redaction::registerSecret(generated.key); // before anything could log it
    generated.info = keyFromObject(o);
    if (generated.info.keyName.isEmpty())
        generated.info.keyName = u"sk-"_s + maskSecret(generated.key);
    if (generated.info.token.isEmpty())
        return parseError(tr("new key"), u"no token_id in the answer"_s);
    return generated;
}

Result<HealthReport> Parsers::health(const QJsonDocument &document)
{
    const QJsonObject o = document.object();
    if (!document.isObject() || !o.value(u"healthy_endpoints"_s).isArray() ||
        !o.value(u"unhealthy_endpoints"_s).isArray())
        return parseError(tr("health check"), u"expected healthy_endpoints and unhealthy_endpoints"_s);
    HealthReport report;
    for (const bool healthy : {true, false}) {
        const QJsonArray list = o.value(healthy ? u"healthy_endpoints"_s : u"unhealthy_endpoints"_s).toArray();
        for (const QJsonValue &item : list) {
            const QJsonObject e = item.toObject();
            EndpointHealth h;
            h.modelId = text(e.value(u"model_id"_s));
            h.model = text(e.value(u"model"_s));
            h.healthy = healthy;
            h.error = scrub(text(e.value(u"error"_s)));
            report.endpoints.append(h);
        }
    }
    report.healthyCount = o.value(u"healthy_count"_s).toInt(0);
    report.unhealthyCount = o.value(u"unhealthy_count"_s).toInt(0);
    return report;
}

Result<Readiness> Parsers::readiness(const QJsonDocument &document)
{
    if (!document.isObject())
        return parseError(tr("readiness"), u"expected an object"_s);
    const QJsonObject o = document.object();
    return Readiness{text(o.value(u"status"_s)), text(o.value(u"db"_s)), text(o.value(u"litellm_version"_s))};
}

Result<QList<SpendRow>> Parsers::spendLogs(const QJsonDocument &document)
{
    if (!document.isArray())
        return parseError(tr("spend logs"), u"expected an array"_s);
    QList<SpendRow> out;
    const QJsonArray rows = document.array();
    for (const QJsonValue &item : rows) {
        const QJsonObject o = item.toObject();
        SpendRow row;
        row.requestId = text(o.value(u"request_id"_s));
        // api_key is a hash here; a clear key (never expected) is reduced to its last four.
        row.keyHash = text(o.value(u"api_key"_s));
        if (row.keyHash.startsWith(u"sk-"_s))
            row.keyHash = maskSecret(row.keyHash);
        row.model = text(o.value(u"model"_s));
        row.modelGroup = text(o.value(u"model_group"_s));
        row.spend = o.value(u"spend"_s).toDouble();
        row.totalTokens = saturatingCast<qint64>(o.value(u"total_tokens"_s).toDouble());
        row.startTime = isoDate(o.value(u"startTime"_s));
        row.success = text(o.value(u"status"_s)) != u"failure"_s;
        out.append(row);
    }
    return out;
}

Result<QList<SpendRow>> Parsers::spendReport(const QJsonDocument &document)
{
    if (!document.isArray())
        return parseError(tr("spend report"), u"expected an array"_s);
    QList<SpendRow> out;
    const QJsonArray days = document.array();
    for (const QJsonValue &dayValue : days) {
        const QJsonObject day = dayValue.toObject();
        const QDateTime start = isoDate(day.value(u"group_by_day"_s));
        if (!start.isValid())
            return parseError(tr("spend report"), u"a day without group_by_day"_s);
        const QJsonValue groups = day.contains(u"teams"_s) ? day.value(u"teams"_s) : day.value(u"customers"_s);
        if (!groups.isArray())
            return parseError(tr("spend report"), u"expected teams or customers"_s);
        for (const QJsonValue &group : groups.toArray()) {
            const QJsonArray metadata = group.toObject().value(u"metadata"_s).toArray();
            for (const QJsonValue &item : metadata) {
                const QJsonObject o = item.toObject();
                SpendRow row;
                row.keyHash = text(o.value(u"api_key"_s));
                if (row.keyHash.startsWith(u"sk-"_s))
                    row.keyHash = maskSecret(row.keyHash);
                row.model = text(o.value(u"model"_s));
                row.modelGroup = row.model;
                row.spend = o.value(u"spend"_s).toDouble();
                row.totalTokens = saturatingCast<qint64>(o.value(u"total_tokens"_s).toDouble());
                row.startTime = start;
                out.append(row);
            }
        }
    }
    return out;
}

QString Parsers::errorMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString message;
    const QJsonValue error = o.value(u"error"_s);
    const QJsonValue detail = o.value(u"detail"_s);
    if (error.isObject())
        message = text(error.toObject().value(u"message"_s));
    else if (error.isString())
        message = error.toString();
    else if (detail.isObject())
        message = text(detail.toObject().value(u"error"_s));
    else if (detail.isString())
        message = detail.toString();
    return scrub(message);
}

} // namespace KryNet::Llm
