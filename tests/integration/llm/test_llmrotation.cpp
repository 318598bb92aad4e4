#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/common/redaction.h"
#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/llm/keyrotation.h"
#include "core/llm/llmstore.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/integration/llm/llmtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Llm;
using namespace KryNet::Test::Llm;

// Issue 10 against labsim's LiteLLM: models and credentials added, edited and deleted through the
// store (config models refused with their reason), and the key rotation cycle: add → rotate → health
// → done, and rotate → health fails (a key the providers reject) → one-step revert.
class TestLlmRotation final : public QObject
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
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1 && !store.isLoading(), 15000);
        QVERIFY2(!store.lastError(), qPrintable(store.lastError() ? store.lastError()->toString() : QString()));
    }

    /// Runs one store action and waits for its result and the re-read after it.
    Result<void> act(Store &store, const std::function<void(std::function<void(Result<void>)>)> &action)
    {
        std::optional<Result<void>> outcome;
        action([&outcome](Result<void> result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value() && !store.isLoading(); }, 15000))
            return Error(Error::Code::Timeout, u"no answer"_s);
        return *outcome;
    }

    static const Model *model(const Store &store, const QString &name)
    {
        for (const Model &m : store.models()) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }

    static const Credential *credential(const Store &store, const QString &name)
    {
        for (const Credential &c : store.credentials()) {
            if (c.name == name)
                return &c;
        }
        return nullptr;
    }

    void waitFor(KeyRotation &rotation, KeyRotation::State state)
    {
        QTRY_VERIFY_WITH_TIMEOUT(rotation.state() == state || rotation.state() == KeyRotation::State::Failed, 30000);
        QVERIFY2(rotation.state() == state,
                 qPrintable(rotation.error() ? rotation.error()->toString() : u"state mismatch"_s));
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
    }

    void testCredentialAndModelLifecycle()
    {
        Store store(*m_session);
        refreshAndWait(store);
        const qsizetype actionsBefore = m_actions.records().size();

        // A credential: the key goes to the proxy, comes back masked.
        const QString key = freshKey(u"sk-proj-"_s, 48);
        CredentialRequest cred;
        cred.name = u"openai-test"_s;
        cred.provider = u"openai"_s;
        cred.description = u"added by test"_s;
        cred.apiKey = key;
        Result<void> created = act(store, [&](auto done) { store.createCredential(cred, done); });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(credential(store, u"openai-test"_s));
        QCOMPARE(credential(store, u"openai-test"_s)->maskedKey, u"…"_s + key.right(2));
        QVERIFY(!Redaction::redact(u"key="_s + key).contains(key));

        // A model using it.
        ModelRequest add;
        add.name = u"test-mini"_s;
        add.provider = u"openai"_s;
        add.upstreamModel = u"gpt-4o-mini"_s;
        add.credentialName = u"openai-test"_s;
        add.rpm = 12;
        Result<void> added = act(store, [&](auto done) { store.createModel(add, done); });
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        const Model *m = model(store, u"test-mini"_s);
        QVERIFY(m);
        QVERIFY(m->inDatabase);
        QCOMPARE(m->credentialName, u"openai-test"_s);
        QCOMPARE(m->rpm, std::optional<qint64>(12));
        QCOMPARE(store.modelsUsing(u"openai-test"_s).size(), 1);

        // Edit: new limit, an inline key instead of the credential.
        const QString inlineKey = freshKey(u"sk-proj-"_s, 48);
        ModelRequest edit;
        edit.rpm = 99;
        edit.apiKey = inlineKey;
        Result<void> edited =
            act(store, [&](auto done) { store.updateModel(*model(store, u"test-mini"_s), edit, done); });
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().toString()));
        QCOMPARE(model(store, u"test-mini"_s)->rpm, std::optional<qint64>(99));
        QVERIFY(model(store, u"test-mini"_s)->credentialName.isEmpty());

        // Config models: refused with the reason, before any request (nothing logged).
        const Model *config = model(store, u"gpt-4o"_s);
        QVERIFY(config && !config->inDatabase);
        const qsizetype logged = m_actions.records().size();
        Result<void> refused = act(store, [&](auto done) { store.updateModel(*config, edit, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Unsupported);
        QCOMPARE(refused.error().message(), config->readOnlyReason);
        QVERIFY(!act(store, [&](auto done) { store.deleteModel(*config, done); }));
        QCOMPARE(m_actions.records().size(), logged);

        // Delete both again.
        QVERIFY(act(store, [&](auto done) { store.deleteModel(*model(store, u"test-mini"_s), done); }));
        QVERIFY(!model(store, u"test-mini"_s));
        QVERIFY(act(store, [&](auto done) { store.deleteCredential(*credential(store, u"openai-test"_s), done); }));
        QVERIFY(!credential(store, u"openai-test"_s));
        QCOMPARE(m_actions.records().size(), actionsBefore + 5);
        for (qsizetype i = actionsBefore; i < m_actions.records().size(); ++i) {
            const ActionRecord &r = m_actions.records()[i];
            QVERIFY(r.outcome == ActionRecord::Outcome::Succeeded);
            QVERIFY(!r.answer.contains(key.left(20)) && !r.target.contains(key.left(20)));
        }
    }

    void testModelWritesWithoutStoreModelInDb()
    {
        Store store(*m_session);
        refreshAndWait(store);
        QVERIFY(labControl(m_setup, m_network, "PUT", u"/litellm/store-model-in-db"_s, "{\"enabled\": false}"));
        ModelRequest add;
        add.name = u"refused"_s;
        add.provider = u"openai"_s;
        add.upstreamModel = u"gpt-4o-mini"_s;
        add.credentialName = u"openai-main"_s;
        const Result<void> refused = act(store, [&](auto done) { store.createModel(add, done); });
        QVERIFY(labControl(m_setup, m_network, "PUT", u"/litellm/store-model-in-db"_s, "{\"enabled\": true}"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Unsupported);
        QVERIFY2(refused.error().message().contains(u"STORE_MODEL_IN_DB=True"_s),
                 qPrintable(refused.error().message()));
        QVERIFY(!model(store, u"refused"_s));
        QVERIFY(m_actions.records().last().outcome == ActionRecord::Outcome::Failed);
    }

    void testRotationSucceeds()
    {
        // google-aistudio's key is expired: both gemini models are unhealthy until it is rotated.
        Store store(*m_session);
        refreshAndWait(store);
        const Credential google = *credential(store, u"google-aistudio"_s);
        const auto plan = KeyRotation::plan(store, google.name);
        QCOMPARE(plan.size(), 2);

        const QString key = freshKey(u"AIzaSy"_s, 33);
        KeyRotation rotation(store);
        QSignalSpy states(&rotation, &KeyRotation::stateChanged);
        rotation.start(google, key, true);
        QCOMPARE(rotation.state(), KeyRotation::State::Switching);
        waitFor(rotation, KeyRotation::State::Done);
        QVERIFY(states.size() >= 4); // Switching, Checking, Finishing, Done
        QCOMPARE(rotation.results().size(), 2);
        for (const auto &r : rotation.results())
            QVERIFY2(r.outcome == KeyRotation::Outcome::Healthy, qPrintable(r.modelName + u": "_s + r.detail));

        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(), 15000);
        refreshAndWait(store);
        QCOMPARE(credential(store, u"google-aistudio"_s)->maskedKey, u"…"_s + key.right(2));
        QVERIFY(!credential(store, KeyRotation::temporaryName(u"google-aistudio"_s)));
        QCOMPARE(store.modelsUsing(u"google-aistudio"_s).size(), 2);
        QVERIFY(m_actions.records().last().outcome == ActionRecord::Outcome::Succeeded);
        QCOMPARE(m_actions.records().last().action, u"Rotate key"_s);

        // Kept in the keychain because asked to.
        auto stored = m_secrets->read(m_setup.profile.secretKey(u"litellm.provider.google-aistudio"_s));
        QTRY_VERIFY(stored.isFinished());
        QVERIFY(stored.result());
        QCOMPARE(stored.result()->value_or(QString()), key);

        // The store's own health check agrees: every gemini model healthy now.
        bool done = false;
        store.runHealthCheck([&done](const Result<HealthReport> &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        for (const Model &m : store.modelsUsing(u"google-aistudio"_s))
            QCOMPARE(store.modelHealthState(m).first, Health::Ok);
    }

    void testRotationFailsAndReverts()
    {
        Store store(*m_session);
        refreshAndWait(store);
        const Credential openai = *credential(store, u"openai-main"_s);
        const QString oldMasked = openai.maskedKey;

        // A well-formed key the provider refuses (revoked, or for another project).
        const QString key = freshKey(u"sk-proj-"_s, 48);
        QVERIFY(rejectProviderKey(m_setup, m_network, key));

        KeyRotation rotation(store);
        const qsizetype actionsBefore = m_actions.records().size();
        rotation.start(openai, key, true);
        QTRY_VERIFY_WITH_TIMEOUT(rotation.state() == KeyRotation::State::Failed, 30000);
        QVERIFY(rotation.error());
        QCOMPARE(rotation.results().size(), 3);
        QCOMPARE(rotation.unhealthyCount(), 3);
        for (const auto &r : rotation.results()) {
            QVERIFY(r.outcome == KeyRotation::Outcome::Unhealthy);
            QVERIFY2(r.detail.contains(u"Incorrect API key"_s), qPrintable(r.detail));
            QVERIFY2(!r.detail.contains(key.left(key.size() - 4)), qPrintable(r.detail));
        }
        QCOMPARE(m_actions.records().size(), actionsBefore + 1);
        QVERIFY(m_actions.records().last().outcome == ActionRecord::Outcome::Failed);

        // The credential itself was never changed; the models are on the temporary one.
        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(), 15000);
        refreshAndWait(store);
        QCOMPARE(credential(store, u"openai-main"_s)->maskedKey, oldMasked);
        QCOMPARE(store.modelsUsing(KeyRotation::temporaryName(u"openai-main"_s)).size(), 3);
        // Not kept in the keychain: the rotation did not complete.
        auto stored = m_secrets->read(m_setup.profile.secretKey(u"litellm.provider.openai-main"_s));
        QTRY_VERIFY(stored.isFinished());
        QVERIFY(!stored.result() || !stored.result()->has_value());

        // One step back: the models use openai-main again, healthy with its old key.
        rotation.revert();
        QCOMPARE(rotation.state(), KeyRotation::State::Reverting);
        waitFor(rotation, KeyRotation::State::Reverted);
        for (const auto &r : rotation.results())
            QVERIFY2(r.outcome == KeyRotation::Outcome::Healthy, qPrintable(r.modelName + u": "_s + r.detail));
        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(), 15000);
        refreshAndWait(store);
        QCOMPARE(store.modelsUsing(u"openai-main"_s).size(), 3);
        QVERIFY(!credential(store, KeyRotation::temporaryName(u"openai-main"_s)));
        QCOMPARE(m_actions.records().last().action, u"Revert key rotation"_s);
        QVERIFY(m_actions.records().last().outcome == ActionRecord::Outcome::Succeeded);
    }

    void testSpendFallsBackToLogs()
    {
        Store store(*m_session);
        QSignalSpy spend(&store, &Store::spendChanged);
        bool done = false;
        store.loadSpend(30, [&done](const Result<void> &result) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(spend.size(), 1);
        // labsim's proxy has no Enterprise licence: /global/spend/report answers 400, the logs are used.
        QCOMPARE(store.spendSource(), Store::SpendSource::Logs);
        QVERIFY(!store.spend().isEmpty());
        for (const SpendRow &row : store.spend()) {
            QVERIFY(row.startTime.date() >= store.spendFrom() && row.startTime.date() <= store.spendTo());
            QVERIFY(!row.keyHash.startsWith(u"sk-"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestLlmRotation)
#include "test_llmrotation.moc"
