// krynetctl llm: the LiteLLM proxy's models and virtual keys through core/llm, as the AI keys panel sees
// them (keys masked to their last characters; nothing here can print a full key).
#include "app/cli/llmcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include "app/cli/cli.h"
#include "core/config/profilestore.h"
#include "core/http/serviceclient.h"
#include "core/llm/litellmclient.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

/// Parses the common options and returns the LiteLLM client of the chosen profile; nullptr when done.
Llm::LiteLlmClient *prepare(Invocation &inv, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption profileOpt = profileOption();
    parser.addOption(profileOpt);
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
    Llm::LiteLlmClient *client = prepare(inv, Text::tr("List the LiteLLM proxy's models (deployments)."));
    if (!client)
        return;
    client->models().then(&inv, [&inv](const Result<QList<Llm::Model>> &result) {
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
    Llm::LiteLlmClient *client = prepare(inv, Text::tr("List the LiteLLM proxy's virtual keys (masked)."));
    if (!client)
        return;
    client->keys().then(&inv, [&inv](const Result<QList<Llm::VirtualKey>> &result) {
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

} // namespace

void registerLlmCommands(CommandRegistry &registry)
{
    registry.add(
        {u"llm models"_s, Text::tr("List the LiteLLM proxy's models, their provider and credential."), models});
    registry.add({u"llm keys"_s, Text::tr("List the LiteLLM proxy's virtual keys (masked), spend and budget."), keys});
}

} // namespace KryNet::Cli
