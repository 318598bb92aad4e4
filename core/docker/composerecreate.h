#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "core/common/result.h"
#include "core/docker/container.h"

namespace KryNet
{
class ActionLog;
namespace Ssh
{
class SshConnection;
}
} // namespace KryNet

namespace KryNet::Docker
{

/**
 * Pull-and-recreate of one compose service over SSH (issue 8), for stacks that Portainer does not own:
 * runs `docker compose -p PROJECT --project-directory DIR -f FILE… up -d --pull always SERVICE` on the
 * server (argv-quoted by RemoteCommand; `sudo -n` first when the profile says so) through an SSH exec
 * stream, with stdout and stderr merged and delivered line by line as they arrive (compose prints its
 * progress on stderr).
 *
 * Contracts:
 *  - Project, service, working directory and config files come from the container's compose labels
 *    and are validated first (compose's name grammar; absolute paths without control characters):
 *    nothing from the server reaches the command unchecked. command() tells what would run.
 *  - run() sends it exactly once, never retries, and writes one ActionLog entry (answer: the last
 *    lines of output, or the error). A non-zero exit status fails with compose's own last words.
 *  - Callers re-read the containers afterwards (the store also sees the recreate as events).
 */
class ComposeRecreate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeRecreate)

public:
    ComposeRecreate(Ssh::SshConnection *ssh, ActionLog *actions, QString profileName, QObject *parent = nullptr);

    /// The argv for @p container, or a Config error saying which label is missing or invalid.
    [[nodiscard]] static Result<QStringList> command(const Container &container);
    /// "Pull and recreate sonarr (stack media)".
    [[nodiscard]] static QString actionText(const Container &container);
    /// compose project names: [a-z0-9][a-z0-9_-]*.
    [[nodiscard]] static bool isValidProjectName(const QString &name);
    /// compose service names: [a-zA-Z0-9][a-zA-Z0-9_.-]*.
    [[nodiscard]] static bool isValidServiceName(const QString &name);

    /// Runs it for @p container; output() streams the lines meanwhile.
    QFuture<Result<void>> run(const Container &container);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// One line of compose's output (stdout and stderr merged), without the line end.
    void output(const QString &line);

private:
    QPointer<Ssh::SshConnection> m_ssh;
    QPointer<ActionLog> m_actions;
    QString m_profile;
    bool m_running = false;
};

} // namespace KryNet::Docker
