// krynetctl llm: the LiteLLM proxy's models and virtual keys through core/llm, as the AI keys panel sees
// them (keys masked to their last characters; nothing here can print a full key).
#include "app/cli/llmcommands.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include "app/cli/cli.h"
#include "core/common/futurewatch.h"
#include "core/config/profilestore.h"
#include "core/http/serviceclient.h"
#include "core/llm/litellmclient.h"
#include "core/llm/spendseries.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

/// Parses the common options (and @p extra) and returns the LiteLLM client of the chosen profile;
/// nullptr when done.
Llm::LiteLlmClient *prepare(Invocation &inv, const QString &description, QCommandLineParser &parser,
                            const QList<QCommandLineOption> &extra = {})
{
    parser.setApplicationDescription(description);
    const QCommandLineOption profileOpt = profileOption();
    parser.addOption(profileOpt);
    for (const QCommandLineOption &option : extra)
        parser.addOption(option);
    if (!inv.parse(parser))
        return nullptr;
    if (auto loaded = inv.profiles().load(); !loaded) {
        inv.fail(loaded.error());
        return nullptr;
    }
    auto profile = inv.profiles().resolve(parser.value(profileOpt));
    if (!profile) {
        inv.fail(profile.error());
        return nullptr;
    }
    if (!profile->hasService(u"litellm"_s)) {
        inv.fail(Error(Error::Code::Config,
                       Text::tr("Profile “%1” has no LiteLLM service: krynetctl profile set %1 --service litellm")
                           .arg(profile->name())));
        return nullptr;
    }
    auto *network = new QNetworkAccessManager(&inv);
    auto *service = new ServiceClient(network, &inv.secrets(), *profile, u"litellm"_s, &inv);
    return new Llm::LiteLlmClient(service, &inv);
}

void models(Invocation &inv)
{
    QCommandLineParser parser;
    Llm::LiteLlmClient *client = prepare(inv, Text::tr("List the LiteLLM proxy's models (deployments)."), parser);
    if (!client)
        return;
    whenDone(client->models(), &inv, [&inv](const Result<QList<Llm::Model>> &result) {
        if (!result)
            return inv.fail(result.error());
        if (inv.json()) {
            QJsonArray list;
            for (const Llm::Model &m : *result) {
                list.append(QJsonObject{{u"id"_s, m.id},
                                        {u"name"_s, m.name},
                                        {u"provider"_s, m.provider},
                                        {u"upstreamModel"_s, m.upstreamModel},
                                        {u"apiBase"_s, m.apiBase},
                                        {u"credential"_s, m.credentialName},
                                        {u"maskedKey"_s, m.maskedKey},
                                        {u"rpm"_s, optionalNumber(m.rpm)},
                                        {u"tpm"_s, optionalNumber(m.tpm)},
                                        {u"readOnly"_s, !m.inDatabase}});
            }
            inv.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            for (const Llm::Model &m : *result) {
                inv.out()
                    << m.name.leftJustified(24) << u' ' << m.provider.leftJustified(10) << u' '
                    << m.upstreamModel.leftJustified(34) << u' '
                    << (m.credentialName.isEmpty() ? Text::tr("(inline key)") : m.credentialName).leftJustified(16)
                    << (m.inDatabase ? QString() : Text::tr("  read-only (config.yaml)")) << Qt::endl;
            }
        }
        inv.finish(ExitOk);
    });
}

void keys(Invocation &inv)
{
    QCommandLineParser parser;
    Llm::LiteLlmClient *client = prepare(inv, Text::tr("List the LiteLLM proxy's virtual keys (masked)."), parser);
    if (!client)
        return;
    whenDone(client->keys(), &inv, [&inv](const Result<QList<Llm::VirtualKey>> &result) {
        if (!result)
            return inv.fail(result.error());
        if (inv.json()) {
            QJsonArray list;
            for (const Llm::VirtualKey &k : *result) {
                list.append(
                    QJsonObject{{u"token"_s, k.token},
                                {u"keyName"_s, k.keyName},
                                {u"alias"_s, k.alias},
                                {u"models"_s, QJsonArray::fromStringList(k.models)},
                                {u"spend"_s, k.spend},
                                {u"maxBudget"_s, k.maxBudget ? QJsonValue(*k.maxBudget) : QJsonValue(QJsonValue::Null)},
                                {u"expires"_s, k.expires.isValid() ? QJsonValue(k.expires.toString(Qt::ISODate))
                                                                   : QJsonValue(QJsonValue::Null)},
                                {u"blocked"_s, k.blocked}});
            }
            inv.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            for (const Llm::VirtualKey &k : *result) {
                const QString budget = k.maxBudget ? QString::number(*k.maxBudget, 'f', 2) : Text::tr("none");
                inv.out() << k.alias.leftJustified(20) << u' ' << k.keyName.leftJustified(10) << u' '
                          << Text::tr("spend %1 / %2").arg(QString::number(k.spend, 'f', 2), budget).leftJustified(24)
                          << (k.blocked ? Text::tr("  blocked") : QString()) << Qt::endl;
            }
        }
        inv.finish(ExitOk);
    });
}

QJsonObject seriesJson(const Llm::SpendSeries &series)
{
    QJsonArray list;
    for (const auto &s : series.series) {
        QJsonArray values;
        for (const double v : s.values)
            values.append(v);
        list.append(QJsonObject{{u"label"_s, s.label}, {u"total"_s, s.total}, {u"perDay"_s, values}});
    }
    return {{u"total"_s, series.total}, {u"series"_s, list}};
}

void printTotals(Invocation &inv, const QString &title, const Llm::SpendSeries &series)
{
    inv.out() << title << Qt::endl;
    for (const auto &s : series.series)
        inv.out() << u"  "_s << s.label.leftJustified(28) << u" $"_s << QString::number(s.total, 'f', 4) << Qt::endl;
}

void spend(Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption daysOpt(u"days"_s, Text::tr("Days back from today, today included (default 30)."),
                                     Text::tr("N"), u"30"_s);
    Llm::LiteLlmClient *client =
        prepare(inv, Text::tr("Spend of the LiteLLM proxy per model and per virtual key, per day."), parser, {daysOpt});
    if (!client)
        return;
    bool ok = false;
    const int days = parser.value(daysOpt).toInt(&ok);
    if (!ok || days < 1 || days > 366) {
        inv.fail(Error(Error::Code::Config, Text::tr("--days takes a number from 1 to 366.")));
        return;
    }
    const QDate to = QDateTime::currentDateTimeUtc().date();
    const QDate from = to.addDays(-days + 1);
    // Key labels (aliases) first, then the report, falling back to the logs without a licence.
    whenDone(client->keys(), &inv, [&inv, client, from, to](const Result<QList<Llm::VirtualKey>> &keys) {
        if (!keys)
            return inv.fail(keys.error());
        QHash<QString, QString> labels;
        for (const Llm::VirtualKey &k : *keys)
            labels.insert(k.token, k.alias.isEmpty() ? k.keyName : k.alias);
        auto print = [&inv, from, to, labels](const Result<QList<Llm::SpendRow>> &rows, const QString &source) {
            if (!rows)
                return inv.fail(rows.error());
            const auto byModel = Llm::SpendSeries::build(*rows, from, to, Llm::SpendSeries::GroupBy::Model, {}, 1000);
            const auto byKey = Llm::SpendSeries::build(
                *rows, from, to, Llm::SpendSeries::GroupBy::Key,
                [&labels](const QString &hash) { return labels.value(hash); }, 1000);
            if (inv.json()) {
                QJsonArray dayList;
                for (const QDate &d : byModel.days)
                    dayList.append(d.toString(Qt::ISODate));
                inv.out() << QJsonDocument(QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                                       {u"to"_s, to.toString(Qt::ISODate)},
                                                       {u"source"_s, source},
                                                       {u"days"_s, dayList},
                                                       {u"byModel"_s, seriesJson(byModel)},
                                                       {u"byKey"_s, seriesJson(byKey)}})
                                 .toJson(QJsonDocument::Indented);
            } else {
                inv.out() << Text::tr("Spend %1 to %2: $%3 (%4)")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                                      QString::number(byModel.total, 'f', 4), source)
                          << Qt::endl;
                printTotals(inv, Text::tr("Per model:"), byModel);
                printTotals(inv, Text::tr("Per virtual key:"), byKey);
            }
            inv.finish(ExitOk);
        };
        whenDone(client->spendReport(from, to), &inv,
                 [&inv, client, from, to, print](const Result<QList<Llm::SpendRow>> &report) {
                     if (report || report.error().code() != Error::Code::Unsupported)
                         return print(report, u"report"_s);
                     whenDone(client->spendLogs(from, to), &inv,
                              [print](const Result<QList<Llm::SpendRow>> &logs) { print(logs, u"logs"_s); });
                 });
    });
}

} // namespace

void registerLlmCommands(CommandRegistry &registry)
{
    registry.add(
        {u"llm models"_s, Text::tr("List the LiteLLM proxy's models, their provider and credential."), models});
    registry.add({u"llm keys"_s, Text::tr("List the LiteLLM proxy's virtual keys (masked), spend and budget."), keys});
    registry.add(
        {u"llm spend"_s, Text::tr("Spend of the LiteLLM proxy per model and per virtual key [--days N]."), spend});
}

} // namespace KryNet::Cli
