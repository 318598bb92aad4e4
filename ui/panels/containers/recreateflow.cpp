#include "ui/panels/containers/recreateflow.h"

#include <QLabel>
#include <QPlainTextEdit>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/docker/dockerclient.h"
#include "core/docker/stackrecreate.h"
#include "core/lab/labsession.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

using Docker::StackRecreate;

RecreateFlow::RecreateFlow(Prompter &prompter, QWidget *window, QLabel *message, QPlainTextEdit *output,
                           QObject *parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_window(window)
    , m_message(message)
    , m_output(output)
{}

void RecreateFlow::reset(LabSession *session, Docker::DockerClient *client)
{
    delete m_job.data();
    m_session = session;
    m_client = client;
    m_output->clear();
    m_output->hide();
}

StackRecreate *RecreateFlow::job()
{
    if (!m_job && m_session && m_client) {
        // The profile's SSH only where it has an SSH host; Portainer where it has Portainer.
        auto ssh = m_session->profile().ssh().host.isEmpty() ? Result<Ssh::SshConnection *>(nullptr) : m_session->ssh();
        m_job = new StackRecreate(m_session->service(u"portainer"_s), m_client->transport().portainerEnvironment(),
                                  ssh ? *ssh : nullptr, &m_session->actionLog(), m_session->profile().name(), this);
        connect(m_job, &StackRecreate::output, m_output, &QPlainTextEdit::appendPlainText);
    }
    return m_job;
}

void RecreateFlow::start(const Docker::Container &container, const QList<Docker::Container> &siblings)
{
    StackRecreate *recreate = job();
    if (!recreate)
        return;
    m_message->setText(tr("Finding out how stack %1 was deployed…").arg(DisplayText::name(container.project())));
    QPointer<RecreateFlow> self(this);
    QPointer<StackRecreate> guard(recreate);
    whenDone(
        recreate->plan(container, siblings), this, [self, guard, container](const Result<StackRecreate::Plan> &plan) {
            if (!self || !guard)
                return;
            self->m_message->clear();
            if (!plan) {
                self->m_message->setText(DisplayText::text(plan.error().message()));
                return;
            }
            const QString text = plan->actionText;
            self->m_prompter.confirm(self->m_window, text + u'?', plan->description, text,
                                     [self, guard, container, confirmed = *plan](bool yes) {
                                         if (!self || !guard || !yes)
                                             return;
                                         self->m_output->clear();
                                         self->m_output->show();
                                         self->m_message->setText(confirmed.actionText + u"…"_s);
                                         whenDone(guard->run(confirmed, container), self.data(),
                                                  [self, text = confirmed.actionText](const Result<void> &r) {
                                                      self->m_message->setText(
                                                          r ? tr("%1: done.").arg(text)
                                                            : tr("%1 failed: %2 Nothing was retried.")
                                                                  .arg(text, DisplayText::text(r.error().message())));
                                                      Q_EMIT self->finished();
                                                      Q_EMIT self->runningChanged();
                                                  });
                                         Q_EMIT self->runningChanged();
                                     });
        });
}

} // namespace KryNet::Ui
