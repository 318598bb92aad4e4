#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace KryNet
{
class LabSession;
}

namespace KryNet::Docker
{
struct Container;
class DockerClient;
class StackRecreate;
} // namespace KryNet::Docker

namespace KryNet::Ui
{

class Prompter;

/**
 * "Pull and recreate" of the Containers panel: asks core (StackRecreate) how the container's stack was
 * deployed, confirms exactly that plan through the Prompter (Portainer's redeploy of the whole stack, or
 * the compose command), runs it once and reports in the panel's message line, with the output in the
 * panel's box. The job belongs to one session and one environment: reset() when either changes.
 */
class RecreateFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecreateFlow)

public:
    RecreateFlow(Prompter &prompter, QWidget *window, QLabel *message, QPlainTextEdit *output,
                 QObject *parent = nullptr);

    /// Forgets the job; the next one is made for @p session's profile and @p client's environment.
    void reset(KryNet::LabSession *session, Docker::DockerClient *client);
    /// The job for the current session and environment; nullptr without them.
    [[nodiscard]] Docker::StackRecreate *job();
    /// Plans, confirms and runs pull-and-recreate of @p container (@p siblings: the store's containers).
    void start(const Docker::Container &container, const QList<Docker::Container> &siblings);

Q_SIGNALS:
    /// A run started or ended (the panel updates its actions).
    void runningChanged();
    /// A run ended, whatever its outcome (the panel re-reads the containers).
    void finished();

private:
    Prompter &m_prompter;
    QPointer<QWidget> m_window;
    QLabel *m_message;
    QPlainTextEdit *m_output;
    QPointer<KryNet::LabSession> m_session;
    QPointer<Docker::DockerClient> m_client;
    QPointer<Docker::StackRecreate> m_job;
};

} // namespace KryNet::Ui
