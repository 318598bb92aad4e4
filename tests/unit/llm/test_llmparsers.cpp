#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "core/common/redaction.h"
#include "core/llm/llmparsers.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Llm;

namespace
{

QJsonDocument fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("KRYNET_SOURCE_DIR") + u"/tests/fixtures/llm/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll());
}

// Every full secret planted in the fixtures: none may survive parsing.
const QStringList plantedSecrets = {u"sk-ant-api03-LEAKEDFULLSECRETVALUE0123456789wXyZ"_s,
                                    u"sk-ant-api03-CLEARTEXTSECRETFROMABADPROXYabcd"_s, u"AIzaSyLEAKEDGOOGLEKEY"_s,
                                    u"sk-ClearKeyShouldNeverBeHere9876"_s};

bool leaks(const QString &text)
{
    for (const QString &secret : plantedSecrets) {
        // Anything beyond the last four characters of a secret is a leak.
        if (text.contains(secret.left(secret.size() - 4)))
            return true;
    }
    return false;
}

} // namespace

class TestLlmParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMaskSecret_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");
        QTest::newRow("litellm mask") << u"sk****9f"_s << u"…9f"_s;
        QTest::newRow("short mask") << u"*****"_s << u"…"_s;
        QTest::newRow("key name") << u"sk-...9XyZ"_s << u"…9XyZ"_s;
        QTest::newRow("clear secret") << u"sk-proj-abcdefghijklmnop"_s << u"…mnop"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void testMaskSecret()
    {
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(Parsers::maskSecret(value), masked);
    }

    void testModels()
    {
        const auto models = Parsers::models(fixture(u"model_info.json"_s));
        QVERIFY(models);
        QCOMPARE(models->size(), 4);
        const Model &gpt = models->at(0);
        QCOMPARE(gpt.id, u"3f9c0a1e-cfg"_s);
        QCOMPARE(gpt.name, u"gpt-4o"_s);
        QCOMPARE(gpt.provider, u"openai"_s);
        QCOMPARE(gpt.upstreamModel, u"gpt-4o"_s);
        QCOMPARE(gpt.apiBase, u"https://llm-gw.example.net/v1"_s);
        QVERIFY(gpt.rpm == std::optional<qint64>(60));
        QVERIFY(!gpt.tpm);
        QVERIFY(!gpt.inDatabase);
        QVERIFY(gpt.readOnlyReason.contains(u"config.yaml"_s));
        const Model &mini = models->at(1);
        QCOMPARE(mini.credentialName, u"openai-main"_s);
        QVERIFY(mini.tpm == std::optional<qint64>(200000));
        QVERIFY(mini.inDatabase);
        QVERIFY(mini.readOnlyReason.isEmpty());
        // A proxy that leaks api_key: only the last four survive; provider from the model prefix.
        const Model &haiku = models->at(2);
        QCOMPARE(haiku.provider, u"anthropic"_s);
        QCOMPARE(haiku.upstreamModel, u"claude-3-5-haiku-20241022"_s);
        QCOMPARE(haiku.maskedKey, u"…wXyZ"_s);
        QCOMPARE(models->at(3).maskedKey, u"…Qk"_s);
        QCOMPARE(Parsers::totalPages(fixture(u"model_info.json"_s)), 1);
        QCOMPARE(Parsers::totalPages(fixture(u"v2_model_info_paged.json"_s)), 3);
        QCOMPARE(Parsers::models(fixture(u"v2_model_info_paged.json"_s))->size(), 1);
    }

    void testCredentials()
    {
        const auto credentials = Parsers::credentials(fixture(u"credentials.json"_s));
        QVERIFY(credentials);
        QCOMPARE(credentials->size(), 3);
        QCOMPARE(credentials->at(0).name, u"openai-main"_s);
        QCOMPARE(credentials->at(0).provider, u"openai"_s);
        QCOMPARE(credentials->at(0).description, u"Project key, krylab"_s);
        QCOMPARE(credentials->at(0).maskedKey, u"…9f"_s);
        QCOMPARE(credentials->at(0).apiBase, u"https://api.openai.com/v1"_s);
        QCOMPARE(credentials->at(1).maskedKey, u"…abcd"_s);
        QCOMPARE(credentials->at(2).maskedKey, u"…"_s);
    }

    void testKeys()
    {
        const auto keys = Parsers::keyList(fixture(u"key_list_full.json"_s));
        QVERIFY(keys);
        QCOMPARE(keys->size(), 3);
        const VirtualKey &k = keys->at(0);
        QCOMPARE(k.alias, u"openwebui"_s);
        QCOMPARE(k.keyName, u"sk-…9XyZ"_s);
        QVERIFY(k.maxBudget == std::optional<double>(60.0));
        QCOMPARE(k.spend, 55.5);
        QVERIFY(!k.expires.isValid());
        QVERIFY(k.models.isEmpty());
        QCOMPARE(k.lastActive, QDateTime(QDate(2025, 11, 26), QTime(9, 0), Qt::UTC));
        QVERIFY(keys->at(1).blocked);
        QCOMPARE(keys->at(1).expires, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!keys->at(1).maxBudget);
        QVERIFY(keys->at(2).alias.isEmpty());
        QVERIFY(!keys->at(2).blocked);
        // Hash strings carry nothing to show: skipped, not an error.
        const auto hashes = Parsers::keyList(fixture(u"key_list_hashes.json"_s));
        QVERIFY(hashes);
        QVERIFY(hashes->isEmpty());

        const auto info = Parsers::keyInfo(fixture(u"key_info.json"_s));
        QVERIFY(info);
        QCOMPARE(info->token, u"aa11"_s);
        QVERIFY(info->maxBudget == std::optional<double>(10.0));
    }

    void testGeneratedKeyIsRegisteredWithRedaction()
    {
        const auto generated = Parsers::generatedKey(fixture(u"key_generate.json"_s));
        QVERIFY(generated);
        QCOMPARE(generated->key, u"sk-GeneratedPlaintextKeyForTests1234wXyZ"_s);
        QCOMPARE(generated->info.token, u"c0ffee0123456789"_s);
        QCOMPARE(generated->info.keyName, u"sk-…wXyZ"_s);
        QCOMPARE(generated->info.alias, u"panel-ci"_s);
        QCOMPARE(generated->info.models, QStringList{u"gpt-4o-mini"_s});
        const QString logged = Redaction::redact(u"created "_s + generated->key);
        QVERIFY2(!logged.contains(u"GeneratedPlaintextKey"_s), qPrintable(logged));
    }

    void testHealthAndReadiness()
    {
        const auto health = Parsers::health(fixture(u"health.json"_s));
        QVERIFY(health);
        QCOMPARE(health->endpoints.size(), 2);
        QVERIFY(health->endpoints.at(0).healthy);
        QCOMPARE(health->endpoints.at(1).modelId, u"e5f6a7b8-db"_s);
        QVERIFY(!health->endpoints.at(1).healthy);
        QVERIFY(health->endpoints.at(1).error.contains(u"expired"_s));
        QCOMPARE(health->unhealthyCount, 1);
        const auto ready = Parsers::readiness(fixture(u"readiness.json"_s));
        QVERIFY(ready);
        QVERIFY(ready->ready());
        QCOMPARE(ready->version, u"1.74.3"_s);
    }

    void testSpendLogs()
    {
        const auto rows = Parsers::spendLogs(fixture(u"spend_logs.json"_s));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).spend, 0.0123);
        QCOMPARE(rows->at(0).totalTokens, 1500);
        QVERIFY(rows->at(0).success);
        QVERIFY(!rows->at(1).success);
        QCOMPARE(rows->at(1).keyHash, u"…9876"_s);
    }

    void testSpendReport()
    {
        const auto rows = Parsers::spendReport(fixture(u"spend_report_team.json"_s));
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).model, u"gpt-4o"_s);
        QCOMPARE(rows->at(0).keyHash, u"6d0a9f1b2c3e4d5f"_s);
        QCOMPARE(rows->at(0).spend, 0.3);
        QCOMPARE(rows->at(0).startTime, QDateTime(QDate(2025, 11, 23), QTime(0, 0), Qt::UTC));
        QCOMPARE(rows->at(2).startTime.date(), QDate(2025, 11, 25));
        // A clear key where a hash belongs is cut to its last four.
        QCOMPARE(rows->at(2).keyHash, u"…9876"_s);
        QVERIFY(!Parsers::spendReport(QJsonDocument::fromJson("{\"detail\": {\"error\": \"x\"}}")));
        QVERIFY(!Parsers::spendReport(QJsonDocument::fromJson("[{\"teams\": []}]")));
    }

    void testErrorShapes()
    {
        QFile file(qEnvironmentVariable("KRYNET_SOURCE_DIR") + u"/tests/fixtures/llm/error_auth.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(Parsers::errorMessage(file.readAll()).startsWith(u"Authentication Error"_s));
        QCOMPARE(Parsers::errorMessage("{\"detail\": {\"error\": \"Enterprise only\"}}"), u"Enterprise only"_s);
        QCOMPARE(Parsers::errorMessage("{\"detail\": \"Not found\"}"), u"Not found"_s);
        QCOMPARE(Parsers::errorMessage("{\"error\": \"Set STORE_MODEL_IN_DB\"}"), u"Set STORE_MODEL_IN_DB"_s);
        QVERIFY(Parsers::errorMessage("<html>").isEmpty());
    }

    void testHostileInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("data not array") << QByteArray("{\"data\": {\"x\": 1}}");
        QTest::newRow("item without id") << QByteArray(
            "{\"data\": [{\"model_name\": \"x\", \"litellm_params\": {\"model\": \"a/b\"}}]}");
        QTest::newRow("item not object") << QByteArray("{\"data\": [\"x\"]}");
        QTest::newRow("wrong types") << QByteArray(
            "{\"data\": [{\"model_name\": 5, \"litellm_params\": [], \"model_info\": 7}]}");
        QTest::newRow("empty") << QByteArray();
    }
    void testHostileInput()
    {
        QFETCH(QByteArray, json);
        const QJsonDocument document = QJsonDocument::fromJson(json);
        const auto models = Parsers::models(document);
        QVERIFY(!models);
        QCOMPARE(models.error().code(), Error::Code::Parse);
        QCOMPARE(Parsers::credentials(document).error().code(), Error::Code::Parse);
        QCOMPARE(Parsers::keyList(document).error().code(), Error::Code::Parse);
        QVERIFY(!Parsers::health(document));
        QVERIFY(!Parsers::generatedKey(document));
        QVERIFY(!Parsers::keyList(QJsonDocument::fromJson("{\"keys\": [{\"key_alias\": \"no token\"}]}")));
        QVERIFY(!Parsers::credentials(QJsonDocument::fromJson("{\"credentials\": [{\"credential_values\": {}}]}")));
        QVERIFY(!Parsers::generatedKey(QJsonDocument::fromJson("{\"key\": \"not-a-key\", \"token_id\": \"x\"}")));
    }

    void testNoFullSecretInAnyValue()
    {
        QStringList texts;
        const QList<Model> models = Parsers::models(fixture(u"model_info.json"_s)).value();
        for (const Model &m : models)
            texts << m.id << m.name << m.apiBase << m.credentialName << m.maskedKey << m.upstreamModel;
        const QList<Credential> credentials = Parsers::credentials(fixture(u"credentials.json"_s)).value();
        for (const Credential &c : credentials)
            texts << c.name << c.maskedKey << c.description << c.apiBase;
        const HealthReport health = Parsers::health(fixture(u"health.json"_s)).value();
        for (const EndpointHealth &e : health.endpoints)
            texts << e.error << e.model;
        const QList<SpendRow> rows = Parsers::spendLogs(fixture(u"spend_logs.json"_s)).value();
        for (const SpendRow &r : rows)
            texts << r.keyHash << r.model;
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!leaks(text), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestLlmParsers)
#include "test_llmparsers.moc"
