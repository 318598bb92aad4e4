#include "app/cli/cli.h"

#include <cstdio>

#include <termios.h>
#include <unistd.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include "core/config/profilestore.h"
#include "core/secrets/secretstore.h"
#include "core/ssh/profileoptions.h"
#include "core/ssh/sshconnection.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *CommandRegistry::match(const QStringList &args, qsizetype *consumed) const
{
    const Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Command &command : m_commands) {
        const QStringList words = command.name.split(u' ');
        if (words.size() > args.size() || words.size() <= bestWords)
            continue;
        if (args.mid(0, words.size()) == words) {
            best = &command;
            bestWords = words.size();
        }
    }
    if (consumed)
        *consumed = bestWords;
    return best;
}

Invocation::Invocation(QString commandName, QStringList args, bool json, ProfileStore &profiles,
                       std::function<SecretStore &()> secrets, QObject *parent)
    : QObject(parent)
    , m_commandName(std::move(commandName))
    , m_args(std::move(args))
    , m_json(json)
    , m_profiles(profiles)
    , m_secrets(std::move(secrets))
    , m_outDevice(stdout)
    , m_errDevice(stderr)
    , m_out(&m_outDevice)
    , m_err(&m_errDevice)
{}

bool Invocation::parse(QCommandLineParser &parser, const QString &positionalSyntax)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    parser.addOption(help);
    QStringList argv{u"krynetctl "_s + m_commandName};
    argv += m_args;
    if (!parser.parse(argv)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the program by its path and lists positionals by name only: write our own.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        QString usage = Text::tr("Usage: krynetctl %1 [options]").arg(m_commandName);
        if (!positionalSyntax.isEmpty())
            usage += u' ' + positionalSyntax;
        text.replace(0, firstLineEnd < 0 ? text.size() : firstLineEnd, usage);
        m_out << text;
        finish(ExitOk);
        return false;
    }
    return true;
}

void Invocation::fail(const Error &error, int code)
{
    if (m_json) {
        QJsonObject obj{{u"error"_s, error.message()}, {u"code"_s, error.codeName()}};
        if (!error.detail().isEmpty())
            obj.insert(u"detail"_s, error.detail());
        if (error.httpStatus())
            obj.insert(u"httpStatus"_s, *error.httpStatus());
        if (error.exitCode())
            obj.insert(u"exitCode"_s, *error.exitCode());
        m_err << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_err << Text::tr("krynetctl: %1").arg(error.message()) << Qt::endl;
        if (!error.detail().isEmpty())
            m_err << Text::tr("  detail: %1").arg(error.detail()) << Qt::endl;
    }
    finish(code);
}

void Invocation::usageError(const QString &message)
{
    m_err << Text::tr("krynetctl %1: %2").arg(m_commandName, message) << Qt::endl;
    m_err << Text::tr("Try 'krynetctl %1 --help'.").arg(m_commandName) << Qt::endl;
    finish(ExitUsage);
}

void Invocation::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    // Leave the caller's stack first: the command may call finish() from inside its own handler.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

bool Invocation::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString Invocation::readSecret(const QString &prompt)
{
    QTextStream in(stdin);
    if (!stdinIsTerminal()) {
        // Piped: the whole input is the secret, minus one trailing newline.
        QString all = in.readAll();
        if (all.endsWith(u'\n'))
            all.chop(1);
        if (all.endsWith(u'\r'))
            all.chop(1);
        return all;
    }
    m_err << prompt << Qt::flush;
    termios saved{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const QString line = in.readLine();
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    m_err << Qt::endl;
    return line;
}

bool Invocation::confirm(const QString &question)
{
    if (!stdinIsTerminal())
        return false;
    m_err << question << u" [y/N] "_s << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s;
}

QCommandLineOption profileOption()
{
    return {u"profile"_s, Text::tr("Profile (optional when only one exists)."), u"NAME"_s};
}

QCommandLineOption acceptHostKeyOption()
{
    return {u"accept-host-key"_s,
            Text::tr("Trust an unknown host key if its fingerprint is exactly this (as printed by a failed "
                     "attempt or `ssh-keygen -lf`), and add it to known_hosts."),
            u"SHA256:…"_s};
}

Ssh::SshConnection *Invocation::sshConnection(const QString &profileName, const QString &acceptedFingerprint)
{
    Invocation &inv = *this;
    if (auto loaded = inv.profiles().load(); !loaded) {
        inv.fail(loaded.error());
        return nullptr;
    }
    auto profile = inv.profiles().resolve(profileName);
    if (!profile) {
        inv.fail(profile.error());
        return nullptr;
    }
    auto options = Ssh::sshOptionsForProfile(*profile, QDir::homePath() + u"/.ssh"_s);
    if (!options) {
        inv.fail(options.error());
        return nullptr;
    }
    options->preapprovedFingerprint = acceptedFingerprint;
    options->autoReconnect = false;
    auto *connection = new Ssh::SshConnection(*options, &inv);

    // Unknown host key: ask on a terminal; otherwise print what to pass to --accept-host-key.
    QObject::connect(
        connection, &Ssh::SshConnection::hostKeyDecisionRequired, &inv,
        [&inv, connection, name = profile->name()](const Ssh::HostKeyInfo &info) {
            const QString what = info.jumpHost ? Text::tr("jump host") : Text::tr("server");
            inv.err() << Text::tr("The %1 %2:%3 presents an unknown host key:").arg(what, info.host).arg(info.port)
                      << Qt::endl
                      << u"  "_s << info.keyType << u' ' << info.fingerprint << Qt::endl;
            if (Invocation::stdinIsTerminal()) {
                const bool yes = inv.confirm(Text::tr("Trust it and add it to known_hosts?"));
                connection->answerHostKey(yes ? Ssh::HostKeyDecision::AcceptAndSave : Ssh::HostKeyDecision::Reject);
                return;
            }
            inv.err() << Text::tr("If this is the right key, run again with --accept-host-key %1").arg(info.fingerprint)
                      << Qt::endl;
            connection->answerHostKey(Ssh::HostKeyDecision::Reject);
        });

    // Encrypted key: the passphrase from the keychain, else a prompt on a terminal.
    connection->setPassphraseProvider([&inv, key = profile->secretKey(QString::fromLatin1(SecretKeys::SshPassphrase))](
                                          const QString &keyFile) -> QFuture<Result<QString>> {
        return inv.secrets().read(key).then(&inv, [&inv, keyFile](const SecretStore::ReadResult &r) -> Result<QString> {
            if (r && r->has_value())
                return **r;
            if (Invocation::stdinIsTerminal())
                return inv.readSecret(Text::tr("Passphrase for %1: ").arg(keyFile));
            if (!r)
                return r.error();
            return Error(Error::Code::Auth,
                         Text::tr("The SSH key %1 is encrypted and no passphrase is stored: run `krynetctl secret set` "
                                  "for ssh.passphrase, or use a terminal.")
                             .arg(keyFile));
        });
    });
    return connection;
}

} // namespace KryNet::Cli
