#include "core/ssh/remotecommand.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace KryNet::Ssh
{

RemoteCommand::RemoteCommand(QStringList argv)
    : m_argv(std::move(argv))
{
    Q_ASSERT(!m_argv.isEmpty());
}

RemoteCommand RemoteCommand::withSudo(bool sudo) const
{
    RemoteCommand copy = *this;
    copy.m_sudo = sudo;
    return copy;
}

RemoteCommand RemoteCommand::withTimeout(std::chrono::milliseconds timeout) const
{
    RemoteCommand copy = *this;
    copy.m_timeout = timeout;
    return copy;
}

RemoteCommand RemoteCommand::withMaxOutputBytes(qint64 bytes) const
{
    RemoteCommand copy = *this;
    copy.m_maxOutputBytes = bytes;
    return copy;
}

QString RemoteCommand::quote(const QString &arg)
{
    QString out;
    out.reserve(arg.size() + 2);
    out += u'\'';
    for (const QChar c : arg) {
        if (c == u'\'')
            out += u"'\\''"_s;
        else
            out += c;
    }
    out += u'\'';
    return out;
}

QByteArray RemoteCommand::commandLine() const
{
    if (m_argv.isEmpty())
        return {};
    QStringList parts;
    parts.reserve(m_argv.size() + 3);
    if (m_sudo)
        parts << u"sudo"_s << u"-n"_s << u"--"_s;
    for (const QString &a : m_argv)
        parts << quote(a);
    return parts.join(u' ').toUtf8();
}

Error CommandResult::toError(const QString &program) const
{
    const QString firstLine = QString::fromUtf8(stdErr).section(u'\n', 0, 0).trimmed();
    QString message;
    if (exitStatus == 127)
        message = tr("The command \"%1\" was not found on the server (exit status 127). Is it installed and in "
                     "the PATH of the SSH user?")
                      .arg(program);
    else if (exitStatus < 0)
        message = tr("The command \"%1\" was killed on the server (%2).").arg(program, exitSignal);
    else
        message = tr("The command \"%1\" failed on the server with exit status %2.").arg(program).arg(exitStatus);
    Error e(Error::Code::Remote, message, firstLine);
    return exitStatus >= 0 ? e.withExitCode(exitStatus) : e;
}

} // namespace KryNet::Ssh
