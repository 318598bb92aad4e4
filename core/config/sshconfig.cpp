#include "core/config/sshconfig.h"

#include <memory>
#include <utility>

#include <libssh/libssh.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

struct SessionDeleter
{
    void operator()(ssh_session session) const { ssh_free(session); }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionDeleter>;

QString stringOption(ssh_session session, ssh_options_e option)
{
    char *value = nullptr;
    if (ssh_options_get(session, option, &value) != SSH_OK || !value)
        return {};
    const QString out = QString::fromUtf8(value);
    ssh_string_free_char(value);
    return out;
}

// Placed at the head of libssh's identity list before parsing: libssh starts the list with its own
// defaults (%d/id_ed25519, …), so without a marker a file without IdentityFile is indistinguishable
// from one that names libssh's default key.
constexpr char IdentityMarker[] = "\x01krynet-no-identity";

// Expands the tokens OpenSSH documents for IdentityFile (ssh_config(5)); unknown ones stay verbatim.
QString expandPath(const QString &path, const SshHostConfig &host)
{
    QString in = path;
    if (in == u"~"_s || in.startsWith(u"~/"_s))
        in = QDir::homePath() + in.mid(1);
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (c != u'%' || i + 1 == in.size()) {
            out.append(c);
            continue;
        }
        const QChar token = in.at(++i);
        switch (token.unicode()) {
        case u'%':
            out.append(u'%');
            break;
        case u'd':
            out.append(QDir::homePath());
            break;
        case u'h':
            out.append(host.hostName);
            break;
        case u'p':
            out.append(QString::number(host.port));
            break;
        case u'r':
            out.append(host.user);
            break;
        case u'u':
            out.append(qEnvironmentVariable("USER"));
            break;
        default:
            out.append(c);
            out.append(token);
            break;
        }
    }
    return out;
}

constexpr int MaxIncludeDepth = 8;
constexpr qint64 MaxConfigBytes = 1024 * 1024;

// "Keyword args" or "Keyword=args"; returns the lower-cased keyword and the rest.
std::pair<QString, QString> splitDirective(const QString &line)
{
    const QString trimmed = line.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && !trimmed.at(end).isSpace() && trimmed.at(end) != u'=')
        ++end;
    QString rest = trimmed.mid(end).trimmed();
    if (rest.startsWith(u'='))
        rest = rest.mid(1).trimmed();
    return {trimmed.left(end).toLower(), rest};
}

void collectAliases(const QString &path, const QString &sshDir, int depth, QStringList &out)
{
    if (depth > MaxIncludeDepth)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxConfigBytes)
        return;
    // size() is 0 for /proc files and pipes an Include may name: read at most the limit, whatever it says.
    const QByteArray data = file.read(MaxConfigBytes + 1);
    if (data.size() > MaxConfigBytes)
        return;
    static const QRegularExpression whitespace(u"\\s+"_s);
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    for (const QString &line : lines) {
        const auto [keyword, rest] = splitDirective(line);
        if (keyword == u"host"_s) {
            for (QString word : rest.split(whitespace, Qt::SkipEmptyParts)) {
                word.remove(u'"');
                if (word.isEmpty() || word.contains(u'*') || word.contains(u'?') || word.startsWith(u'!'))
                    continue;
                if (!out.contains(word))
                    out.append(word);
            }
        } else if (keyword == u"include"_s) {
            for (QString pattern : rest.split(whitespace, Qt::SkipEmptyParts)) {
                if (pattern.startsWith(u"~/"_s))
                    pattern = QDir::homePath() + pattern.mid(1);
                else if (!pattern.startsWith(u'/'))
                    pattern = sshDir + u'/' + pattern;
                const QFileInfo info(pattern);
                const QDir dir = info.dir();
                const QStringList matches = dir.entryList({info.fileName()}, QDir::Files | QDir::Readable, QDir::Name);
                for (const QString &match : matches)
                    collectAliases(dir.filePath(match), sshDir, depth + 1, out);
            }
        }
    }
}

} // namespace

QStringList SshConfig::aliases(const QString &configPath)
{
    QStringList out;
    collectAliases(configPath, QFileInfo(configPath).absolutePath(), 0, out);
    return out;
}

QString SshConfig::defaultPath()
{
    return QDir::homePath() + u"/.ssh/config"_s;
}

Result<SshHostConfig> SshConfig::resolve(const QString &alias, const QString &configPath)
{
    SshHostConfig out;
    out.alias = alias;
    out.hostName = alias;
    if (alias.trimmed().isEmpty())
        return Error(Error::Code::Config, tr("No SSH host given."));

    SessionPtr session(ssh_new());
    if (!session)
        return Error(Error::Code::Config, tr("Could not initialise libssh."));
    const int noConfig = 0;
    ssh_options_set(session.get(), SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    // libssh's %d is the directory of the config file, never a guessed HOME.
    const QByteArray sshDir = QFileInfo(configPath).absolutePath().toUtf8();
    ssh_options_set(session.get(), SSH_OPTIONS_SSH_DIR, sshDir.constData());
    ssh_options_set(session.get(), SSH_OPTIONS_IDENTITY, IdentityMarker);
    if (ssh_options_set(session.get(), SSH_OPTIONS_HOST, alias.toUtf8().constData()) != SSH_OK)
        return Error(Error::Code::Config, tr("“%1” is not a valid SSH host.").arg(alias));
    // The user from the command line (user@host) is kept apart from the config's User.
    const QString userFromAlias = stringOption(session.get(), SSH_OPTIONS_USER);

    if (QFileInfo::exists(configPath)) {
        if (ssh_options_parse_config(session.get(), configPath.toUtf8().constData()) != SSH_OK) {
            return Error(Error::Code::Config,
                         tr("Could not read the SSH client configuration %1: check its syntax with `ssh -G %2`.")
                             .arg(configPath, alias),
                         QString::fromUtf8(ssh_get_error(session.get())));
        }
    }

    const QString host = stringOption(session.get(), SSH_OPTIONS_HOST);
    if (!host.isEmpty())
        out.hostName = host;
    unsigned int port = 0;
    if (ssh_options_get_port(session.get(), &port) == SSH_OK && port > 0 && port <= 65535)
        out.port = int(port);
    const QString user = stringOption(session.get(), SSH_OPTIONS_USER);
    out.user = user.isEmpty() ? userFromAlias : user;
    out.proxyCommand = stringOption(session.get(), SSH_OPTIONS_PROXYCOMMAND);
    // The head of libssh's identity list is the file's last IdentityFile (libssh prepends each), or the
    // marker when the file names none.
    const QString identity = stringOption(session.get(), SSH_OPTIONS_IDENTITY);
    if (identity != QString::fromLatin1(IdentityMarker))
        out.identityFile = expandPath(identity, out);
    return out;
}

} // namespace KryNet
