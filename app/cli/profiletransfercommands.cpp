// krynetctl profile export|import: profiles as JSON without secrets (core/config/profiletransfer).
#include <cstdio>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cli.h"
#include "core/config/profilestore.h"
#include "core/config/profiletransfer.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

void exportProfiles(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write server profiles to FILE as JSON, without any secret (\"-\": standard output). API keys and "
                 "passphrases stay in this computer's keychain."));
    parser.addPositionalArgument(u"FILE"_s, Text::tr("File to write, or - for standard output."));
    parser.addOption(profileOption());
    if (!inv.parse(parser, u"FILE"_s))
        return;
    if (parser.positionalArguments().size() != 1)
        return inv.usageError(Text::tr("Give exactly one file to write (or - for standard output)."));
    if (auto loaded = inv.profiles().load(); !loaded)
        return inv.fail(loaded.error());

    QList<Profile> chosen;
    const QStringList names = parser.values(u"profile"_s);
    if (names.isEmpty()) {
        chosen = inv.profiles().profiles();
    } else {
        for (const QString &name : names) {
            auto profile = inv.profiles().resolve(name);
            if (!profile)
                return inv.fail(profile.error());
            chosen.append(*profile);
        }
    }
    if (chosen.isEmpty()) {
        return inv.fail(Error(Error::Code::Config,
                              Text::tr("There are no profiles to export. Create one with `krynetctl profile add`.")));
    }

    const QByteArray document = ProfileTransfer::exportJson(chosen);
    const QString file = parser.positionalArguments().constFirst();
    if (file == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(document) != document.size())
            return inv.fail(Error(Error::Code::Config, Text::tr("Could not write to standard output.")));
        return inv.finish(ExitOk);
    }
    if (auto written = ProfileTransfer::writeFile(file, document); !written)
        return inv.fail(written.error());
    QStringList exported;
    for (const Profile &profile : std::as_const(chosen))
        exported.append(profile.name());
    if (inv.json()) {
        inv.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"file"_s, file},
                                                                 {u"exported"_s, QJsonArray::fromStringList(exported)}})
                                           .toJson(QJsonDocument::Compact))
                  << Qt::endl;
    } else {
        inv.out() << Text::tr("Exported %1 to %2 (no secrets).").arg(exported.join(u", "_s), file) << Qt::endl;
    }
    inv.finish(ExitOk);
}

void importProfiles(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Read server profiles from a JSON export (\"-\": standard input). An existing profile of the same "
                 "name is never replaced unless --replace is given; secrets are not part of an export."));
    parser.addPositionalArgument(u"FILE"_s, Text::tr("Export to read, or - for standard input."));
    const QCommandLineOption as(u"as"_s, Text::tr("Import the file's only profile under this name."), u"NAME"_s);
    const QCommandLineOption replace(u"replace"_s,
                                     Text::tr("Replace existing profiles of the same name (their secrets stay)."));
    parser.addOptions({as, replace});
    if (!inv.parse(parser, u"FILE"_s))
        return;
    if (parser.positionalArguments().size() != 1)
        return inv.usageError(Text::tr("Give exactly one file to read (or - for standard input)."));
    if (auto loaded = inv.profiles().load(); !loaded)
        return inv.fail(loaded.error());

    const QString file = parser.positionalArguments().constFirst();
    Result<QByteArray> data = QByteArray();
    if (file == u"-"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return inv.fail(Error(Error::Code::Config, Text::tr("Could not read standard input.")));
        data = in.read(ProfileTransfer::MaxFileBytes + 1);
    } else {
        data = ProfileTransfer::readFile(file);
    }
    if (!data)
        return inv.fail(data.error());
    auto parsed = ProfileTransfer::parse(*data);
    if (!parsed)
        return inv.fail(parsed.error());
    ProfileImport import = *parsed;
    if (parser.isSet(as)) {
        if (import.profiles.size() != 1) {
            return inv.usageError(
                Text::tr("--as needs a file with exactly one profile; this one has %1.").arg(import.profiles.size()));
        }
        const QString name = parser.value(as);
        if (!Profile::isValidName(name)) {
            return inv.usageError(Text::tr("“%1” is not a valid profile name: use 1 to 64 letters, digits, dots, "
                                           "dashes or underscores.")
                                      .arg(name));
        }
        import.profiles.first().setName(name);
    }
    const auto applied = ProfileTransfer::apply(
        inv.profiles(), import.profiles, parser.isSet(replace) ? ImportConflict::Replace : ImportConflict::Refuse);
    if (!applied)
        return inv.fail(applied.error());
    if (auto saved = inv.profiles().save(); !saved)
        return inv.fail(saved.error());

    if (inv.json()) {
        inv.out() << QString::fromUtf8(
                         QJsonDocument(QJsonObject{{u"imported"_s, QJsonArray::fromStringList(*applied)},
                                                   {u"notes"_s, QJsonArray::fromStringList(import.notes)}})
                             .toJson(QJsonDocument::Compact))
                  << Qt::endl;
    } else {
        inv.out() << Text::tr("Imported %1. Store their secrets again with `krynetctl secret set --profile NAME "
                              "PURPOSE`.")
                         .arg(applied->join(u", "_s))
                  << Qt::endl;
        for (const QString &note : std::as_const(import.notes))
            inv.err() << note << Qt::endl;
    }
    inv.finish(ExitOk);
}

} // namespace

void registerProfileTransferCommands(CommandRegistry &registry)
{
    registry.add({u"profile export"_s, Text::tr("Export profiles as JSON, without secrets."), exportProfiles});
    registry.add({u"profile import"_s, Text::tr("Import profiles from a JSON export."), importProfiles});
}

} // namespace KryNet::Cli
