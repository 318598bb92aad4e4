#include "ui/widgets/hostkeyprompt.h"

#include <QPointer>

#include "core/ssh/sshconnection.h"
#include "ui/widgets/prompter.h"

namespace KryNet::Ui
{

void HostKeyPrompt::ask(Prompter &prompter, QWidget *parent, Ssh::SshConnection *connection,
                        const Ssh::HostKeyInfo &info)
{
    const QString what = info.jumpHost ? tr("the jump host") : tr("the server");
    prompter.confirm(
        parent, tr("Unknown host key"),
        tr("KryNet has never connected to %1 %2:%3 before. Its %4 host key has the fingerprint\n\n%5\n\n"
           "Compare it with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the server) before "
           "you trust it.")
            .arg(what, info.host)
            .arg(info.port)
            .arg(info.keyType, info.fingerprint),
        tr("Trust and connect"), [connection = QPointer<Ssh::SshConnection>(connection)](bool accepted) {
            if (connection)
                connection->answerHostKey(accepted ? Ssh::HostKeyDecision::AcceptAndSave
                                                   : Ssh::HostKeyDecision::Reject);
        });
}

} // namespace KryNet::Ui
