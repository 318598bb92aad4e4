#include "core/docker/composerecreate.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <QPromise>
#include <QRegularExpression>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/lab/actionlog.h"
#include "core/ssh/remotecommand.h"
#include "core/ssh/sshconnection.h"
#include "core/ssh/sshunixsocket.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

namespace
{

QFuture<Result<void>> ready(const Result<void> &result)
{
    QPromise<Result<void>> promise;
    promise.start();
    promise.addResult(result);
    promise.finish();
    return promise.future();
}

bool isSafePath(const QString &path)
{
    if (!path.startsWith(u'/') || path.size() > 4096)
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

ComposeRecreate::ComposeRecreate(Ssh::SshConnection *ssh, ActionLog *actions, QString profileName, QObject *parent)
    : QObject(parent)
    , m_ssh(ssh)
    , m_actions(actions)
    , m_profile(std::move(profileName))
{}

bool ComposeRecreate::isValidProjectName(const QString &name)
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9_-]{0,254}$"_s);
    return re.match(name).hasMatch();
}

bool ComposeRecreate::isValidServiceName(const QString &name)
{
    static const QRegularExpression re(u"^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$"_s);
    return re.match(name).hasMatch();
}

QString ComposeRecreate::actionText(const Container &container)
{
    return tr("Pull and recreate %1 (stack %2)")
        .arg(DisplayText::name(container.service()), DisplayText::name(container.project()));
}

Result<QStringList> ComposeRecreate::command(const Container &container)
{
    const QString project = container.project();
    const QString service = container.service();
    const QString dir = container.workingDir();
    const QStringList files = container.configFiles();
    if (project.isEmpty() || service.isEmpty())
        return Error(Error::Code::Config,
                     tr("%1 was not started by docker compose (no compose labels), so it cannot be recreated from "
                        "its stack.")
                         .arg(DisplayText::name(container.name)));
    if (!isValidProjectName(project) || !isValidServiceName(service))
        return Error(
            Error::Code::Config,
            tr("The compose labels of %1 name an invalid project or service (“%2”, “%3”).")
                .arg(DisplayText::name(container.name), DisplayText::name(project), DisplayText::name(service)));
    if (dir.isEmpty() || files.isEmpty())
        return Error(Error::Code::Config,
                     tr("The compose labels of %1 do not say where its compose file is (working_dir, config_files): "
                        "recreate it where the stack was deployed.")
                         .arg(DisplayText::name(container.name)));
    if (!isSafePath(dir))
        return Error(Error::Code::Config, tr("The compose working directory of %1 is not a plain absolute path: %2")
                                              .arg(DisplayText::name(container.name), DisplayText::name(dir)));
    QStringList argv{u"docker"_s, u"compose"_s, u"-p"_s, project, u"--project-directory"_s, dir};
    for (const QString &file : files) {
        if (!isSafePath(file))
            return Error(Error::Code::Config, tr("A compose file of %1 is not a plain absolute path: %2")
                                                  .arg(DisplayText::name(container.name), DisplayText::name(file)));
        argv << u"-f"_s << file;
    }
    argv << u"up"_s << u"-d"_s << u"--pull"_s << u"always"_s << service;
    return argv;
}

QFuture<Result<void>> ComposeRecreate::run(const Container &container)
{
    auto argv = command(container);
    if (!argv)
        return ready(argv.error());
    if (!m_ssh)
        return ready(Error(Error::Code::Config, tr("This profile has no SSH connection to run docker compose on.")));
    if (m_running)
        return ready(Error(Error::Code::Config, tr("A pull and recreate is already running.")));
    m_running = true;
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    const quint64 logId = m_actions
                              ? m_actions->begin(m_profile, tr("stack %1").arg(DisplayText::name(container.project())),
                                                 actionText(container))
                              : 0;
    auto finish = [this, promise, logId](const Result<void> &r, const QString &answer) {
        m_running = false;
        if (m_actions) {
            if (r)
                m_actions->succeed(logId, answer);
            else
                m_actions->fail(logId, r.error());
        }
        promise->addResult(r);
        promise->finish();
    };
    const Ssh::RemoteCommand remote(*argv);
    whenDone(m_ssh->connectToHost(), this, [this, remote, finish](const Result<void> &up) {
        if (!up)
            return finish(up, {});
        if (!m_ssh)
            return finish(Error(Error::Code::Cancelled, tr("Cancelled.")), {});
        Ssh::SshUnixSocket *stream = m_ssh->openExecStream(remote, this, true);
        auto partial = std::make_shared<QByteArray>();
        auto last = std::make_shared<QStringList>();
        auto error = std::make_shared<std::optional<Error>>();
        // Lines end with \n; compose's progress redraws end with \r: both end a line here.
        auto emitLines = [this, partial, last](bool flush) {
            static const QRegularExpression ends(u"[\r\n]"_s);
            const qsizetype cut =
                flush ? partial->size() : std::max(partial->lastIndexOf('\n'), partial->lastIndexOf('\r')) + 1;
            if (cut <= 0)
                return;
            const QString text = QString::fromUtf8(partial->left(cut));
            partial->remove(0, cut);
            for (const QString &line : text.split(ends, Qt::SkipEmptyParts)) {
                last->append(line);
                if (last->size() > 5)
                    last->removeFirst();
                Q_EMIT output(line);
            }
        };
        connect(stream, &Ssh::SshUnixSocket::readyRead, this, [stream, partial, emitLines] {
            *partial += stream->readAll();
            emitLines(false);
        });
        connect(stream, &Ssh::SshUnixSocket::errorOccurred, this, [error](const Error &e) { *error = e; });
        connect(stream, &Ssh::SshUnixSocket::disconnected, this, [stream, partial, last, error, emitLines, finish] {
            *partial += stream->readAll();
            emitLines(true);
            stream->deleteLater();
            if (*error)
                return finish(**error, {});
            finish({}, last->join(u'\n'));
        });
    });
    return future;
}

} // namespace KryNet::Docker
