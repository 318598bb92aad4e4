// krynetctl secret set|clear: secrets go to the OS keychain, read from stdin or a prompt, never argv.
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "core/config/profilestore.h"
#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

struct SecretTarget
{
    Profile profile;
    QString purpose;
};

std::optional<SecretTarget> parseTarget(Invocation &inv, QCommandLineParser &parser)
{
    const QCommandLineOption profileOpt = profileOption();
    parser.addOption(profileOpt);
    parser.addPositionalArgument(u"KEY"_s, Text::tr("What the secret is for, e.g. sonarr.api-key. Known keys: %1.")
                                               .arg(SecretKeys::knownPurposes().join(u", "_s)));
    if (!inv.parse(parser, u"KEY"_s))
        return std::nullopt;
    if (parser.positionalArguments().size() != 1) {
        inv.usageError(Text::tr("Give exactly one KEY (the secret itself is read from stdin or a prompt, never "
                                "from the command line)."));
        return std::nullopt;
    }
    const QString purpose = parser.positionalArguments().constFirst();
    if (!SecretKeys::knownPurposes().contains(purpose)) {
        inv.usageError(Text::tr("Unknown secret key “%1”. Known keys: %2.")
                           .arg(purpose, SecretKeys::knownPurposes().join(u", "_s)));
        return std::nullopt;
    }
    if (auto loaded = inv.profiles().load(); !loaded) {
        inv.fail(loaded.error());
        return std::nullopt;
    }
    auto profile = inv.profiles().resolve(parser.value(profileOpt));
    if (!profile) {
        inv.fail(profile.error());
        return std::nullopt;
    }
    return SecretTarget{*profile, purpose};
}

void report(Invocation &inv, const Result<void> &result, const QString &done, const SecretTarget &target)
{
    if (!result)
        return inv.fail(result.error());
    if (inv.json()) {
        const QJsonObject obj{{u"profile"_s, target.profile.name()}, {u"key"_s, target.purpose}, {u"result"_s, done}};
        inv.out() << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else if (done == u"stored"_s) {
        inv.out() << Text::tr("Stored %1 for profile “%2” in %3.")
                         .arg(target.purpose, target.profile.name(), inv.secrets().backendName())
                  << Qt::endl;
    } else {
        inv.out() << Text::tr("Cleared %1 for profile “%2”.").arg(target.purpose, target.profile.name()) << Qt::endl;
    }
    inv.finish(ExitOk);
}

void setSecret(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Store a secret in the system keychain. The value is read from stdin when piped, otherwise "
                 "asked for on the terminal without echo."));
    const auto target = parseTarget(inv, parser);
    if (!target)
        return;
    const QString secret = inv.readSecret(Text::tr("%1 for %2: ").arg(target->purpose, target->profile.name()));
    if (secret.isEmpty())
        return inv.usageError(Text::tr("The secret is empty: nothing stored."));
    inv.secrets()
        .write(target->profile.secretKey(target->purpose), secret)
        .then(&inv, [&inv, target](const Result<void> &r) { report(inv, r, u"stored"_s, *target); });
}

void clearSecret(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Remove a secret from the system keychain."));
    const auto target = parseTarget(inv, parser);
    if (!target)
        return;
    inv.secrets().remove(target->profile.secretKey(target->purpose)).then(&inv, [&inv, target](const Result<void> &r) {
        report(inv, r, u"cleared"_s, *target);
    });
}

} // namespace

void registerSecretCommands(CommandRegistry &registry)
{
    registry.add(
        {u"secret set"_s, Text::tr("Store a secret (read from stdin or a prompt) in the keychain."), setSecret});
    registry.add({u"secret clear"_s, Text::tr("Remove a secret from the keychain."), clearSecret});
}

} // namespace KryNet::Cli
