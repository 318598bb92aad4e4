#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/common/redaction.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/llm/credentialtreemodel.h"
#include "core/llm/litellmclient.h"
#include "core/llm/llmmodeltable.h"
#include "core/llm/llmstore.h"
#include "core/llm/virtualkeymodel.h"
#include "core/secrets/memorysecretstore.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Llm;

// core/llm against labsim's LiteLLM (LITELLM-NOTES.md): listing, credential usage, read-only config
// models, block/unblock, generate once, wrong master key, and no secret in any value or log.
class TestLlmStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;
    std::unique_ptr<LabSession> m_session;

    void refreshAndWait(Store &store)
    {
        QSignalSpy changed(&store, &Store::changed);
        store.refresh();
        QVERIFY(store.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 15000);
        QVERIFY2(!store.lastError(), qPrintable(store.lastError() ? store.lastError()->toString() : QString()));
    }

    const VirtualKey *keyByAlias(const Store &store, const QString &alias)
    {
        for (const VirtualKey &k : store.keys()) {
            if (k.alias == alias)
                return &k;
        }
        return nullptr;
    }

    // Every full secret labsim's LiteLLM holds: the master key and the provider keys from the setup.
    QStringList fullSecrets() const
    {
        QStringList out;
        for (auto it = m_setup.secrets.cbegin(); it != m_setup.secrets.cend(); ++it) {
            if (it.key().startsWith(u"litellm"_s))
                out.append(it.value());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        m_setup = future.result().value();
        m_secrets = std::make_unique<MemorySecretStore>();
        DemoLab::storeSecrets(m_setup, *m_secrets);
        m_session = std::make_unique<LabSession>(m_setup.profile, *m_secrets, m_network, m_actions);
        QVERIFY(!fullSecrets().isEmpty());
    }

    void testListsModelsCredentialsAndKeys()
    {
        Store store(*m_session);
        ModelTable models(store);
        VirtualKeyModel keys(store);
        CredentialTreeModel tree(store);
        QAbstractItemModelTester t1(&models, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        refreshAndWait(store);
        QCOMPARE(store.models().size(), 9);
        QCOMPARE(store.credentials().size(), 3);
        QVERIFY(store.keys().size() >= 5);

        int readOnly = 0;
        for (const Model &m : store.models()) {
            if (!m.inDatabase) {
                ++readOnly;
                QVERIFY(!m.readOnlyReason.isEmpty());
            }
        }
        QCOMPARE(readOnly, 2);
        // openai-main is used by three models; its key is masked to its last characters.
        int usingOpenAiMain = 0;
        for (const Model &m : store.models())
            usingOpenAiMain += m.credentialName == u"openai-main"_s ? 1 : 0;
        QCOMPARE(usingOpenAiMain, 3);
        for (const Credential &c : store.credentials()) {
            QVERIFY2(c.maskedKey.startsWith(u"…"_s) && c.maskedKey.size() <= 5, qPrintable(c.maskedKey));
        }
        QVERIFY(keyByAlias(store, u"old-experiments"_s)->blocked);
        QCOMPARE(tree.rowCount(), 3); // anthropic, gemini, openai
    }

    void testHealthCheckMarksGeminiCritical()
    {
        Store store(*m_session);
        ModelTable models(store);
        refreshAndWait(store);
        bool done = false;
        store.runHealthCheck([&done](const Result<HealthReport> &result) {
            QVERIFY(result);
            QVERIFY(result->unhealthyCount >= 2);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        for (int row = 0; row < models.rowCount(); ++row) {
            const QString name = models.index(row, ModelTable::NameColumn).data().toString();
            const int health = models.index(row, 0).data(Roles::HealthRole).toInt();
            QCOMPARE(health, name.startsWith(u"gemini"_s) ? int(Health::Critical) : int(Health::Ok));
        }
    }

    void testBlockUnblockIsLoggedOnce()
    {
        Store store(*m_session);
        refreshAndWait(store);
        const VirtualKey key = *keyByAlias(store, u"panel-ci"_s);
        QVERIFY(!key.blocked);
        const qsizetype before = m_actions.records().size();
        bool done = false;
        store.setBlocked(key, true, [&done](const Result<void> &result) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done && !store.isLoading(), 15000);
        QVERIFY(keyByAlias(store, u"panel-ci"_s)->blocked);
        QCOMPARE(m_actions.records().size(), before + 1);
        QVERIFY(m_actions.records().last().outcome == ActionRecord::Outcome::Succeeded);
        QVERIFY(m_actions.records().last().target.contains(u"panel-ci"_s));

        done = false;
        store.setBlocked(*keyByAlias(store, u"panel-ci"_s), false, [&done](const Result<void> &result) {
            QVERIFY(result);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done && !store.isLoading(), 15000);
        QVERIFY(!keyByAlias(store, u"panel-ci"_s)->blocked);
    }

    void testGenerateShowsKeyOnceAndRedacts()
    {
        Store store(*m_session);
        refreshAndWait(store);
        std::optional<GeneratedKey> generated;
        KeyRequest request;
        request.alias = u"test-generated"_s;
        request.models = {u"gpt-4o-mini"_s};
        request.maxBudget = 5.0;
        request.duration = u"30d"_s;
        store.generateKey(request, [&generated](const Result<GeneratedKey> &result) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            generated = *result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(generated && !store.isLoading(), 15000);
        QVERIFY(generated->key.startsWith(u"sk-"_s));
        QVERIFY(!Redaction::redact(generated->key).contains(generated->key));
        const VirtualKey *listed = keyByAlias(store, u"test-generated"_s);
        QVERIFY(listed);
        QCOMPARE(listed->models, QStringList{u"gpt-4o-mini"_s});
        QVERIFY(listed->maxBudget == std::optional<double>(5.0));
        QVERIFY(listed->expires.isValid());
        QCOMPARE(listed->keyName, u"sk-…"_s + generated->key.right(4));
        // The log holds the masked name only.
        QVERIFY(!m_actions.records().last().answer.contains(generated->key.left(generated->key.size() - 4)));

        // Delete it again (confirmed in the UI; here straight through the store).
        bool deleted = false;
        store.deleteKey(*listed, [&deleted](const Result<void> &result) {
            QVERIFY(result);
            deleted = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(deleted && !store.isLoading(), 15000);
        QVERIFY(!keyByAlias(store, u"test-generated"_s));
    }

    void testWrongMasterKeyIsAnAuthError()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        auto wrong = secrets.write(m_setup.profile.secretKey(u"litellm.master-key"_s), u"sk-not-the-master-key"_s);
        QVERIFY(wrong.isFinished());
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        Store store(session);
        QSignalSpy changed(&store, &Store::changed);
        store.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 15000);
        QVERIFY(store.lastError());
        QCOMPARE(store.lastError()->code(), Error::Code::Auth);
        QVERIFY2(store.lastError()->message().contains(u"LiteLLM"_s), qPrintable(store.lastError()->message()));
        QVERIFY(!store.hasLoaded());
    }

    void testNoFullSecretReachesValuesOrLogs()
    {
        Store store(*m_session);
        refreshAndWait(store);
        QStringList texts;
        for (const Model &m : store.models())
            texts << m.maskedKey << m.apiBase << m.credentialName << m.readOnlyReason;
        for (const Credential &c : store.credentials())
            texts << c.maskedKey << c.description << c.apiBase;
        for (const VirtualKey &k : store.keys())
            texts << k.keyName << k.alias << k.token;
        for (const ActionRecord &r : m_actions.records())
            texts << r.answer << r.target;
        for (const QString &secret : fullSecrets()) {
            for (const QString &text : std::as_const(texts))
                QVERIFY2(!text.contains(secret.left(secret.size() - 4)), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestLlmStore)
#include "test_llmstore.moc"
