// LiteLLM in-process, clock frozen: auth answers, secrets never leave the proxy, config models are
// read-only, virtual keys (list, block/unblock), key rotation through a credential fixes /health.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "app/labsim/ai/litellmservice.h"
#include "app/labsim/labclock.h"
#include "tests/unit/labsim/test_labsim_monitoring_util.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;
using namespace KryNet::LabSim::Test;

namespace
{

const QDateTime epoch = QDateTime::fromString(u"2026-03-10T12:00:00Z"_s, Qt::ISODate);

} // namespace

class TestLabsimAi final : public QObject
{
    Q_OBJECT

private:
    struct Proxy
    {
        LabClock clock{epoch, 0};
        LiteLlmService service;
        QByteArray master;
        QList<QPair<QString, QByteArray>> log; ///< every (request, answer body)

        explicit Proxy(LiteLlmService::Options options = {})
            : service(42, clock, options)
            , master(service.credentials().value(u"masterKey"_s).toString().toUtf8())
        {}
        HttpResponse call(const QByteArray &method, const QByteArray &target, const QJsonObject &body = {},
                          const QByteArray &key = {})
        {
            const QByteArray auth = key.isEmpty() ? master : key;
            HttpResponse r = service.handle(makeRequest(method, target, {header("Authorization", "Bearer " + auth)},
                                                        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
            log.append({QString::fromLatin1(method + ' ' + target), r.body});
            return r;
        }
        QJsonObject get(const QByteArray &target) { return jsonOf(call("GET", target)).object(); }
        QJsonArray models() { return get("/model/info")[u"data"_s].toArray(); }
        QString modelId(const QString &name)
        {
            for (const QJsonValue &m : models()) {
                if (m[u"model_name"_s].toString() == name)
                    return m[u"model_info"_s][u"id"_s].toString();
            }
            return {};
        }
    };

private Q_SLOTS:
    void testAuth()
    {
        Proxy p;
        const HttpResponse none = p.service.handle(makeRequest("GET", "/model/info"));
        QCOMPARE(none.status, 401);
        const QJsonObject error = jsonOf(none).object()[u"error"_s].toObject();
        QCOMPARE(error[u"type"_s].toString(), u"auth_error"_s);
        QCOMPARE(error[u"code"_s].toString(), u"401"_s);
        QCOMPARE(error[u"param"_s].toString(), u"None"_s);
        const HttpResponse wrong = p.call("GET", "/model/info", {}, "sk-not-the-master-key");
        QCOMPARE(wrong.status, 401);
        QVERIFY(jsonOf(wrong).object()[u"error"_s][u"message"_s].toString().contains(u"Invalid proxy server token"_s));
        QVERIFY(!wrong.body.contains("sk-not-the-master-key"));
        // The alternative header, with or without "Bearer ".
        QCOMPARE(p.service.handle(makeRequest("GET", "/model/info", {header("x-litellm-api-key", p.master)})).status,
                 200);
        QCOMPARE(
            p.service.handle(makeRequest("GET", "/model/info", {header("x-litellm-api-key", "Bearer " + p.master)}))
                .status,
            200);
        // Unauthenticated health probes.
        const HttpResponse alive = p.service.handle(makeRequest("GET", "/health/liveliness"));
        QCOMPARE(alive.status, 200);
        QCOMPARE(alive.body, QByteArray("\"I'm alive!\""));
        QCOMPARE(jsonOf(p.service.handle(makeRequest("GET", "/health/readiness"))).object()[u"db"_s].toString(),
                 u"connected"_s);
        // A virtual key reaches /models but not the admin routes.
        const QJsonObject generated = jsonOf(p.call("POST", "/key/generate", {{u"key_alias"_s, u"t1"_s}})).object();
        const QByteArray virtualKey = generated[u"key"_s].toString().toUtf8();
        QCOMPARE(p.call("GET", "/models", {}, virtualKey).status, 200);
        const HttpResponse admin = p.call("GET", "/model/info", {}, virtualKey);
        QCOMPARE(admin.status, 401);
        QVERIFY(jsonOf(admin).object()[u"error"_s][u"message"_s].toString().contains(u"Only proxy admin"_s));
    }

    void testConfigModelsReadOnly()
    {
        Proxy p;
        const QJsonArray models = p.models();
        int config = 0;
        int db = 0;
        QSet<QString> providers;
        for (const QJsonValue &m : models) {
            (m[u"model_info"_s][u"db_model"_s].toBool() ? db : config)++;
            providers.insert(m[u"model_info"_s][u"litellm_provider"_s].toString());
        }
        QCOMPARE(config, 2);
        QVERIFY(db >= 5);
        QCOMPARE(providers, (QSet<QString>{u"openai"_s, u"anthropic"_s, u"gemini"_s}));
        const QString gpt4o = p.modelId(u"gpt-4o"_s);
        const HttpResponse update = p.call(
            "POST", "/model/update",
            {{u"model_info"_s, QJsonObject{{u"id"_s, gpt4o}}}, {u"litellm_params"_s, QJsonObject{{u"rpm"_s, 10}}}});
        QCOMPARE(update.status, 400);
        QVERIFY(jsonOf(update).object()[u"error"_s][u"message"_s].toString().startsWith(
            u"Can't edit model. Model in config."_s));
        const HttpResponse del = p.call("POST", "/model/delete", {{u"id"_s, gpt4o}});
        QCOMPARE(del.status, 400);
        QCOMPARE(jsonOf(del).object()[u"error"_s][u"message"_s].toString(),
                 u"Model with id=%1 not found in db"_s.arg(gpt4o));
        QCOMPARE(p.modelId(u"gpt-4o"_s), gpt4o);
        // DB models can be deleted.
        const QString haiku = p.modelId(u"claude-3-5-haiku"_s);
        const HttpResponse ok = p.call("POST", "/model/delete", {{u"id"_s, haiku}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(jsonOf(ok).object()[u"message"_s].toString(), u"Model: %1 deleted successfully"_s.arg(haiku));
        QVERIFY(p.modelId(u"claude-3-5-haiku"_s).isEmpty());
        // PATCH on an unknown id: FastAPI detail.
        const HttpResponse patch = p.call("PATCH", "/model/nope/update", {{u"model_name"_s, u"x"_s}});
        QCOMPARE(patch.status, 404);
        QCOMPARE(jsonOf(patch).object()[u"detail"_s][u"error"_s].toString(), u"Model nope not found on proxy."_s);
        // v2 is paginated.
        const QJsonObject v2 = p.get("/v2/model/info?page=1&size=3");
        QCOMPARE(v2[u"data"_s].toArray().size(), 3);
        QCOMPARE(v2[u"total_count"_s].toInt(), int(models.size()) - 1);
        QCOMPARE(v2[u"current_page"_s].toInt(), 1);
    }

    void testStoreModelInDbOff()
    {
        Proxy p({false, false});
        const HttpResponse r =
            p.call("POST", "/model/new",
                   {{u"model_name"_s, u"x"_s}, {u"litellm_params"_s, QJsonObject{{u"model"_s, u"openai/gpt-4o"_s}}}});
        QCOMPARE(r.status, 500);
        QCOMPARE(jsonOf(r).object()[u"error"_s].toString(),
                 u"Set 'STORE_MODEL_IN_DB='True'' in your env to enable this feature."_s);
    }

    void testVirtualKeys()
    {
        Proxy p;
        const QJsonObject list = p.get("/key/list?size=100");
        QVERIFY(list[u"keys"_s].toArray().at(0).isString()); // hashes by default
        QCOMPARE(list[u"keys"_s].toArray().at(0).toString().size(), 64);
        const QJsonObject full = p.get("/key/list?size=2&page=1&return_full_object=true");
        QCOMPARE(full[u"keys"_s].toArray().size(), 2);
        QCOMPARE(full[u"total_pages"_s].toInt(), (full[u"total_count"_s].toInt() + 1) / 2);
        const QJsonObject first = full[u"keys"_s].toArray().at(0).toObject();
        for (const QString &f :
             {u"token"_s, u"key_name"_s, u"key_alias"_s, u"spend"_s, u"max_budget"_s, u"models"_s, u"expires"_s,
              u"blocked"_s, u"user_id"_s, u"team_id"_s, u"metadata"_s, u"created_at"_s})
            QVERIFY2(first.contains(f), qPrintable(f));
        QVERIFY(first[u"spend"_s].toDouble() > 0);
        QCOMPARE(p.call("GET", "/key/list?size=101").status, 422);

        const QJsonObject generated = jsonOf(p.call("POST", "/key/generate",
                                                    {{u"key_alias"_s, u"panel-test"_s},
                                                     {u"duration"_s, u"30d"_s},
                                                     {u"models"_s, QJsonArray{u"gpt-4o-mini"_s}},
                                                     {u"max_budget"_s, 5.0}}))
                                          .object();
        const QString key = generated[u"key"_s].toString();
        QVERIFY(key.startsWith(u"sk-"_s));
        QCOMPARE(generated[u"key_name"_s].toString(), u"sk-..."_s + key.right(4));
        QCOMPARE(generated[u"expires"_s].toString().left(10), u"2026-04-09"_s);
        const QString token = generated[u"token_id"_s].toString();
        QCOMPARE(p.get("/key/info?key=" + token.toUtf8())[u"info"_s][u"key_alias"_s].toString(), u"panel-test"_s);

        const QJsonObject blocked = jsonOf(p.call("POST", "/key/block", {{u"key"_s, token}})).object();
        QCOMPARE(blocked[u"blocked"_s].toBool(), true);
        QCOMPARE(p.get("/key/info?key=" + token.toUtf8())[u"info"_s][u"blocked"_s].toBool(), true);
        const HttpResponse rejected = p.call("GET", "/models", {}, key.toUtf8());
        QCOMPARE(rejected.status, 401);
        QVERIFY(jsonOf(rejected).object()[u"error"_s][u"message"_s].toString().contains(u"blocked"_s));
        QCOMPARE(jsonOf(p.call("POST", "/key/unblock", {{u"key"_s, token}})).object()[u"blocked"_s].toBool(), false);
        const HttpResponse models = p.call("GET", "/models", {}, key.toUtf8());
        QCOMPARE(models.status, 200);
        QCOMPARE(jsonOf(models).object()[u"data"_s].toArray().size(), 1);

        const QJsonObject updated =
            jsonOf(p.call("POST", "/key/update", {{u"key"_s, token}, {u"max_budget"_s, 9.5}})).object();
        QCOMPARE(updated[u"max_budget"_s].toDouble(), 9.5);
        QCOMPARE(updated[u"key_alias"_s].toString(), u"panel-test"_s); // untouched
        const HttpResponse deleted = p.call("POST", "/key/delete", {{u"keys"_s, QJsonArray{token}}});
        QCOMPARE(jsonOf(deleted).object()[u"deleted_keys"_s].toArray().at(0).toString(), token);
        QCOMPARE(p.call("GET", "/key/info?key=" + token.toUtf8()).status, 404);
        QCOMPARE(p.call("POST", "/key/delete", {{u"keys"_s, QJsonArray{token}}}).status, 400);
    }

    void testRotationFixesHealth()
    {
        Proxy p;
        QJsonObject health = p.get("/health");
        QCOMPARE(health[u"unhealthy_count"_s].toInt(), 2);
        for (const QJsonValue &e : health[u"unhealthy_endpoints"_s].toArray()) {
            QVERIFY(e[u"model"_s].toString().startsWith(u"gemini/"_s));
            QVERIFY(e[u"error"_s].toString().contains(u"API key expired"_s));
        }
        QCOMPARE(p.get("/health?model=gpt-4o")[u"healthy_count"_s].toInt(), 1);
        // Rotate the Google credential: every model using it is healthy again.
        const QString newKey = u"AIzaSyRotated0123456789abcdefghijklmn"_s;
        const HttpResponse patched = p.call("PATCH", "/credentials/google-aistudio",
                                            {{u"credential_values"_s, QJsonObject{{u"api_key"_s, newKey}}}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(jsonOf(patched).object()[u"message"_s].toString(), u"Credential updated successfully"_s);
        health = p.get("/health");
        QCOMPARE(health[u"unhealthy_count"_s].toInt(), 0);
        // A bad key breaks exactly the models using it.
        p.call("PATCH", "/credentials/openai-main", {{u"credential_values"_s, QJsonObject{{u"api_key"_s, u"oops"_s}}}});
        health = p.get("/health");
        QCOMPARE(health[u"unhealthy_count"_s].toInt(), 3); // gpt-4o-mini, o4-mini, text-embedding-3-small
        const QJsonObject credential = p.get("/credentials/by_name/openai-main");
        QCOMPARE(credential[u"credential_values"_s][u"api_key"_s].toString(), u"*****"_s);
    }

    void testSpend()
    {
        Proxy p;
        const QJsonArray rows = jsonOf(p.call("GET", "/spend/logs?summarize=false")).array();
        QVERIFY(rows.size() > 500);
        const QJsonObject row = rows.at(0).toObject();
        for (const QString &f : {u"request_id"_s, u"api_key"_s, u"spend"_s, u"total_tokens"_s, u"startTime"_s,
                                 u"model"_s, u"model_group"_s, u"status"_s, u"custom_llm_provider"_s})
            QVERIFY2(row.contains(f), qPrintable(f));
        const QJsonArray days = jsonOf(p.call("GET", "/spend/logs?start_date=2026-03-01&end_date=2026-03-07")).array();
        QCOMPARE(days.size(), 7);
        QVERIFY(days.at(0)[u"models"_s].isObject());
        const HttpResponse report = p.call("GET", "/global/spend/report?start_date=2026-03-01&end_date=2026-03-07");
        QCOMPARE(report.status, 400);
        QVERIFY(jsonOf(report).object()[u"detail"_s][u"error"_s].toString().contains(u"Enterprise"_s));

        // Licensed: per-key totals equal the keys' spend.
        Proxy licensed({true, true});
        const QJsonArray byKey =
            jsonOf(
                licensed.call("GET", "/global/spend/report?start_date=2026-01-01&end_date=2026-03-31&group_by=api_key"))
                .array();
        QVERIFY(byKey.size() >= 3);
        for (const QJsonValue &k : byKey) {
            const QJsonObject info =
                licensed.get("/key/info?key=" + k[u"api_key"_s].toString().toUtf8())[u"info"_s].toObject();
            QVERIFY(qAbs(info[u"spend"_s].toDouble() - k[u"total_cost"_s].toDouble()) < 1e-5);
        }
        const QJsonArray byTeam =
            jsonOf(licensed.call("GET", "/global/spend/report?start_date=2026-03-01&end_date=2026-03-02")).array();
        QCOMPARE(byTeam.size(), 2);
        QVERIFY(byTeam.at(0)[u"teams"_s].toArray().at(0)[u"metadata"_s].isArray());
    }

    void testNoSecretInAnyAnswer()
    {
        Proxy p;
        // A full walk: reads, then writes that carry new secrets, then reads again.
        const QString inlineKey = u"sk-proj-InlineSecretForTheWalk0123456789abcdef"_s;
        const QString credentialKey = u"sk-ant-api03-CredentialSecretForTheWalk0123456789"_s;
        QByteArray generatedBody;
        auto walk = [&]() {
            p.call("GET", "/model/info");
            p.call("GET", "/v1/model/info");
            p.call("GET", "/v2/model/info");
            p.call("GET", "/credentials");
            for (const QString &name : {u"openai-main"_s, u"anthropic-main"_s, u"google-aistudio"_s, u"walk"_s})
                p.call("GET", "/credentials/by_name/" + name.toUtf8());
            for (const QJsonValue &m : p.models())
                p.call("GET", "/credentials/by_model/" + m[u"model_info"_s][u"id"_s].toString().toUtf8());
            p.call("GET", "/key/list?size=100&return_full_object=true");
            const QJsonArray hashes = p.get("/key/list?size=100")[u"keys"_s].toArray();
            for (const QJsonValue &h : hashes)
                p.call("GET", "/key/info?key=" + h.toString().toUtf8());
            p.call("GET", "/spend/logs?summarize=false");
            p.call("GET", "/spend/logs?start_date=2026-02-01&end_date=2026-03-10");
            p.call("GET", "/health");
            p.call("GET", "/models");
            p.call("GET", "/global/spend/report?start_date=2026-02-01&end_date=2026-03-10");
        };
        walk();
        p.call("POST", "/model/new",
               {{u"model_name"_s, u"walk-model"_s},
                {u"litellm_params"_s, QJsonObject{{u"model"_s, u"openai/gpt-4o-mini"_s}, {u"api_key"_s, inlineKey}}}});
        p.call("POST", "/credentials",
               {{u"credential_name"_s, u"walk"_s},
                {u"credential_values"_s, QJsonObject{{u"api_key"_s, credentialKey}}},
                {u"credential_info"_s, QJsonObject{{u"custom_llm_provider"_s, u"anthropic"_s}}}});
        p.call("POST", "/model/update",
               {{u"model_info"_s, QJsonObject{{u"id"_s, p.modelId(u"gpt-4.1"_s)}}},
                {u"litellm_params"_s, QJsonObject{{u"api_key"_s, QString(inlineKey + u"2"_s)}}}});
        p.call("POST", "/credentials", {{u"credential_name"_s, u"copied"_s}, {u"model_id"_s, p.modelId(u"gpt-4o"_s)}});
        const HttpResponse generated = p.call("POST", "/key/generate", {{u"key_alias"_s, u"walk-key"_s}});
        generatedBody = generated.body;
        const QString plain = jsonOf(generated).object()[u"key"_s].toString();
        p.call("POST", "/key/block", {{u"key"_s, sha256Of(plain)}});
        p.call("POST", "/key/update", {{u"key"_s, sha256Of(plain)}, {u"key_alias"_s, u"walk-key-2"_s}});
        p.call("GET", "/model/info", {}, "sk-wrong-key-0000000000000000");
        walk();

        const QStringList secrets = p.service.secrets();
        QVERIFY(secrets.contains(inlineKey) && secrets.contains(credentialKey) && secrets.contains(plain));
        QVERIFY(secrets.size() >= 10);
        int scanned = 0;
        for (const auto &[request, body] : std::as_const(p.log)) {
            for (const QString &secret : secrets) {
                if (body == generatedBody && secret == plain)
                    continue; // /key/generate is the one answer that shows its new key, once
                QVERIFY2(!body.contains(secret.toUtf8()), qPrintable(request + u" leaks "_s + secret.left(6)));
            }
            ++scanned;
        }
        QVERIFY(scanned > 60);
        QVERIFY(generatedBody.contains(plain.toUtf8()));
    }

private:
    static QString sha256Of(const QString &key)
    {
        return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
};

QTEST_GUILESS_MAIN(TestLabsimAi)
#include "test_labsim_ai.moc"
