#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/labsession.h"
#include "core/llm/credentialtreemodel.h"
#include "core/llm/llmmodeltable.h"
#include "core/llm/llmparsers.h"
#include "core/llm/llmstore.h"
#include "core/llm/spendseries.h"
#include "core/llm/virtualkeymodel.h"
#include "core/secrets/memorysecretstore.h"

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

QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

class TestLlmModels final : public QObject
{
    Q_OBJECT

private:
    Profile m_profile;
    MemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    ActionLog m_actions;

    void fill(Store &store)
    {
        store.apply(Parsers::models(fixture(u"model_info.json"_s)).value(),
                    Parsers::credentials(fixture(u"credentials.json"_s)).value(),
                    Parsers::keyList(fixture(u"key_list_full.json"_s)).value());
    }

private Q_SLOTS:
    void initTestCase() { m_profile.setName(u"unit"_s); }

    void testKeyHealth_data()
    {
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<double>("spend");
        QTest::addColumn<double>("budget");
        QTest::addColumn<int>("expiresInDays"); // 0: never
        QTest::addColumn<int>("health");
        QTest::newRow("fine") << false << 1.0 << 10.0 << 0 << int(Health::Ok);
        QTest::newRow("no budget") << false << 100.0 << 0.0 << 0 << int(Health::Ok);
        QTest::newRow("90 % exactly") << false << 9.0 << 10.0 << 0 << int(Health::Ok);
        QTest::newRow("over 90 %") << false << 9.5 << 10.0 << 0 << int(Health::Warning);
        QTest::newRow("used up") << false << 10.0 << 10.0 << 0 << int(Health::Critical);
        QTest::newRow("blocked") << true << 0.0 << 10.0 << 0 << int(Health::Warning);
        QTest::newRow("expired") << false << 0.0 << 10.0 << -1 << int(Health::Warning);
        QTest::newRow("expiring") << false << 0.0 << 10.0 << 3 << int(Health::Warning);
        QTest::newRow("far expiry") << false << 0.0 << 10.0 << 300 << int(Health::Ok);
    }
    void testKeyHealth()
    {
        QFETCH(bool, blocked);
        QFETCH(double, spend);
        QFETCH(double, budget);
        QFETCH(int, expiresInDays);
        QFETCH(int, health);
        const QDateTime now(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
        VirtualKey key;
        key.blocked = blocked;
        key.spend = spend;
        if (budget > 0)
            key.maxBudget = budget;
        if (expiresInDays != 0)
            key.expires = now.addDays(expiresInDays);
        const auto [h, reason] = Store::keyHealth(key, now);
        QCOMPARE(int(h), health);
        QVERIFY(!reason.isEmpty());
    }

    void testTables()
    {
        LabSession session(m_profile, m_secrets, m_network, m_actions);
        Store store(session);
        ModelTable models(store);
        VirtualKeyModel keys(store);
        QAbstractItemModelTester modelTester(&models, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester keyTester(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&keys, &QAbstractItemModel::modelReset);
        fill(store);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(models.rowCount(), 4);
        QCOMPARE(keys.rowCount(), 3);

        QCOMPARE(models.index(0, ModelTable::SourceColumn).data(ModelTable::ReadOnlyRole).toBool(), true);
        QVERIFY(models.index(0, ModelTable::SourceColumn).data(Qt::ToolTipRole).toString().contains(u"config.yaml"_s));
        QCOMPARE(models.index(1, ModelTable::SourceColumn).data(ModelTable::ReadOnlyRole).toBool(), false);
        // The key column shows the credential's masked key for a model using a credential.
        QCOMPARE(models.index(1, ModelTable::KeyColumn).data().toString(), u"…9f"_s);
        QCOMPARE(models.index(1, ModelTable::LimitsColumn).data().toString(), u"200000 tpm"_s);
        QCOMPARE(models.index(3, 0).data(Roles::HealthRole).toInt(), int(Health::Unknown));

        QSignalSpy changed(&models, &QAbstractItemModel::dataChanged);
        store.applyHealth(Parsers::health(fixture(u"health.json"_s)).value());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(models.index(0, 0).data(Roles::HealthRole).toInt(), int(Health::Ok));
        QCOMPARE(models.index(3, 0).data(Roles::HealthRole).toInt(), int(Health::Critical));
        QVERIFY(models.index(3, 0).data(Roles::HealthReasonRole).toString().contains(u"expired"_s));

        // openwebui: 55.5 of 60 → over 90 %; old-experiments blocked; bb22 over its budget.
        QCOMPARE(keys.index(0, 0).data(Roles::HealthRole).toInt(), int(Health::Warning));
        QCOMPARE(keys.index(0, VirtualKeyModel::KeyColumn).data().toString(), u"sk-…9XyZ"_s);
        QCOMPARE(keys.index(0, VirtualKeyModel::ModelsColumn).data().toString(), u"All models"_s);
        QCOMPARE(keys.index(1, 0).data(VirtualKeyModel::BlockedRole).toBool(), true);
        QCOMPARE(keys.index(2, 0).data(Roles::HealthRole).toInt(), int(Health::Critical));
        QCOMPARE(keys.index(2, VirtualKeyModel::AliasColumn).data().toString(), u"(no alias)"_s);
        QCOMPARE(keys.index(1, 0).data(Roles::IdRole).toString(), u"aa11"_s);
    }

    void testCredentialTree()
    {
        LabSession session(m_profile, m_secrets, m_network, m_actions);
        Store store(session);
        CredentialTreeModel tree(store);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tree.rowCount(), 0);
        fill(store);
        // anthropic (credential + inline key), gemini (inline: its credential is not in the list), openai, other.
        const QModelIndex openai = childNamed(tree, {}, u"openai"_s);
        QVERIFY(openai.isValid());
        const QModelIndex main = childNamed(tree, openai, u"openai-main"_s);
        QVERIFY(main.isValid());
        QCOMPARE(main.data(CredentialTreeModel::KindRole).toInt(), int(CredentialTreeModel::Kind::Credential));
        QCOMPARE(tree.index(main.row(), CredentialTreeModel::KeyColumn, openai).data().toString(), u"…9f"_s);
        QCOMPARE(tree.rowCount(main), 1);
        QCOMPARE(tree.index(0, 0, main).data().toString(), u"gpt-4o-mini"_s);
        QCOMPARE(tree.index(0, 0, main).data(CredentialTreeModel::KindRole).toInt(),
                 int(CredentialTreeModel::Kind::Model));
        const QModelIndex openaiInline = childNamed(tree, openai, u"Inline keys"_s);
        QVERIFY(openaiInline.isValid());
        QCOMPARE(tree.index(0, 0, openaiInline).data().toString(), u"gpt-4o"_s);
        const QModelIndex anthropic = childNamed(tree, {}, u"anthropic"_s);
        const QModelIndex anthropicMain = childNamed(tree, anthropic, u"anthropic-main"_s);
        QCOMPARE(tree.rowCount(anthropicMain), 0);
        QCOMPARE(anthropicMain.data(Roles::HealthReasonRole).toString(), u"Used by no model"_s);

        store.applyHealth(Parsers::health(fixture(u"health.json"_s)).value());
        const QModelIndex gemini = childNamed(tree, {}, u"gemini"_s);
        QVERIFY(gemini.isValid());
        QCOMPARE(gemini.data(Roles::HealthRole).toInt(), int(Health::Critical));
    }

    void testSpendSeries()
    {
        auto row = [](const QString &model, const QString &key, double spend, const QDate &day) {
            SpendRow r;
            r.model = model;
            r.modelGroup = model;
            r.keyHash = key;
            r.spend = spend;
            r.startTime = QDateTime(day, QTime(13, 30), Qt::UTC);
            return r;
        };
        const QDate from(2025, 11, 20);
        const QDate to(2025, 11, 24);
        const QList<SpendRow> rows = {
            row(u"gpt-4o"_s, u"aaaa1111bbbb"_s, 1.0, from),
            row(u"gpt-4o"_s, u"cccc2222dddd"_s, 2.0, from.addDays(2)),
            row(u"haiku"_s, u"aaaa1111bbbb"_s, 0.5, from.addDays(2)),
            row(u"mini"_s, u"aaaa1111bbbb"_s, 0.25, to),
            row(u"outside"_s, u"aaaa1111bbbb"_s, 9.0, to.addDays(1)), // after the range: ignored
        };
        const SpendSeries byModel = SpendSeries::build(rows, from, to, SpendSeries::GroupBy::Model);
        QCOMPARE(byModel.days.size(), 5);
        QCOMPARE(byModel.days.first(), from);
        QCOMPARE(byModel.total, 3.75);
        QCOMPARE(byModel.series.size(), 3);
        QCOMPARE(byModel.series[0].label, u"gpt-4o"_s); // largest first
        QCOMPARE(byModel.series[0].values, (QList<double>{1.0, 0, 2.0, 0, 0}));
        QCOMPARE(byModel.series[2].label, u"mini"_s);
        QCOMPARE(byModel.maxDayTotal(), 2.5);

        const SpendSeries byKey =
            SpendSeries::build(rows, from, to, SpendSeries::GroupBy::Key, [](const QString &hash) {
                return hash == u"aaaa1111bbbb"_s ? u"openwebui"_s : QString();
            });
        QCOMPARE(byKey.series.size(), 2);
        QCOMPARE(byKey.series[0].label, u"key cccc2222"_s); // no alias: the hash's first 8 characters
        QCOMPARE(byKey.series[0].total, 2.0);
        QCOMPARE(byKey.series[1].label, u"openwebui"_s);
        QCOMPARE(byKey.series[1].total, 1.75);

        // Beyond maxSeries the smallest are summed as "Other".
        const SpendSeries capped = SpendSeries::build(rows, from, to, SpendSeries::GroupBy::Model, {}, 2);
        QCOMPARE(capped.series.size(), 2);
        QCOMPARE(capped.series[1].label, u"Other"_s);
        QCOMPARE(capped.series[1].total, 0.75);
        QCOMPARE(capped.total, byModel.total);

        QVERIFY(SpendSeries::build(rows, to, from, SpendSeries::GroupBy::Model).days.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLlmModels)
#include "test_llmmodels.moc"
