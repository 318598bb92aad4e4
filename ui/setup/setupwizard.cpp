#include "ui/setup/setupwizard.h"

#include <QAbstractButton>
#include <QPointer>

#include "core/common/futurewatch.h"
#include "core/config/profilestore.h"
#include "core/secrets/secretstore.h"
#include "ui/setup/accesspage.h"
#include "ui/setup/finishpage.h"
#include "ui/setup/serverpage.h"
#include "ui/setup/servicespage.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

SetupWizard::SetupWizard(SetupContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_server(new ServerPage(this))
    , m_access(new AccessPage(this))
    , m_services(new ServicesPage(this))
    , m_finish(new FinishPage(this))
{
    Q_ASSERT(m_context.profiles && m_context.secrets && m_context.network && m_context.prompter);
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up KryNet Control"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 600);
    setPage(ServerPageId, m_server);
    setPage(AccessPageId, m_access);
    setPage(ServicesPageId, m_services);
    setPage(FinishPageId, m_finish);
    setStartId(ServerPageId);
    button(QWizard::NextButton)->setObjectName(u"wizardNextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"wizardBackButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"wizardFinishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"wizardCancelButton"_s);

    connect(m_server, &ServerPage::demoRequested, this, [this] {
        Q_EMIT demoRequested();
        reject();
    });
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::accept()
{
    if (m_saving)
        return;
    Profile profile = m_draft;
    profile.setName(m_finish->profileName());
    if (auto valid = profile.validate(); !valid)
        return failSaving(valid.error().message());
    if (m_context.profiles->find(profile.name()))
        return failSaving(tr("A profile named “%1” already exists: choose another name.").arg(profile.name()));

    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_finish->setStatus(tr("Saving the secrets in %1…").arg(m_context.secrets->backendName()), false);
    QList<QPair<QString, QString>> pending;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (!it.value().isEmpty())
            pending.append(qMakePair(it.key(), it.value()));
    }
    writeSecrets(profile, pending);
}

void SetupWizard::writeSecrets(const Profile &profile, QList<QPair<QString, QString>> pending)
{
    if (pending.isEmpty()) {
        saveProfile(profile);
        return;
    }
    const QPair<QString, QString> next = pending.takeFirst();
    const QString purpose = next.first;
    whenDone(m_context.secrets->write(profile.secretKey(purpose), next.second), this,
             [this, profile, purpose, pending](const Result<void> &written) {
                 if (!written) {
                     failSaving(tr("The secret %1 could not be stored: %2 Nothing was saved; fix this and click "
                                   "Finish again.")
                                    .arg(purpose, written.error().message()));
                     return;
                 }
                 writeSecrets(profile, pending);
             });
}

void SetupWizard::saveProfile(const Profile &profile)
{
    ProfileStore &store = *m_context.profiles;
    if (auto added = store.add(profile); !added)
        return failSaving(added.error().message());
    if (auto saved = store.save(); !saved) {
        (void)store.remove(profile.id());
        return failSaving(saved.error().message());
    }
    m_savedId = profile.id();
    m_saving = false;
    m_secrets.clear();
    Q_EMIT profileCreated(profile.id());
    QWizard::accept();
}

void SetupWizard::failSaving(const QString &message)
{
    m_saving = false;
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(true);
    m_finish->setStatus(message, true);
}

} // namespace KryNet::Ui
