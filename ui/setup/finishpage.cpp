#include "ui/setup/finishpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/config/profilestore.h"
#include "core/config/servicecatalog.h"
#include "core/http/serviceclient.h"
#include "core/secrets/secretstore.h"
#include "ui/setup/setupwizard.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

FinishPage::FinishPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Ready"));
    setSubTitle(tr("Name the profile and check the summary. Finish stores it; you can change it later with "
                   "krynetctl profile set."));
    setCommitPage(false);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_nameProblem->setObjectName(u"profileNameProblem"_s);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"finishStatus"_s);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile &name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_status);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
}

FinishPage::~FinishPage() = default;

QString FinishPage::suggestName(const QString &host, const QStringList &taken)
{
    QString base = host.trimmed().toLower();
    static const QRegularExpression address(u"^[0-9.:\\[\\]]+$"_s);
    if (!address.match(base).hasMatch())
        base = base.section(u'.', 0, 0); // "nas.lan" → "nas"; addresses stay whole
    static const QRegularExpression invalid(u"[^a-z0-9._-]+"_s);
    base.replace(invalid, u"-"_s);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    base = base.left(56);
    if (base.isEmpty())
        base = u"lab"_s;
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + u'-' + QString::number(n);
    return name;
}

void FinishPage::initializePage()
{
    if (m_name->text().isEmpty()) {
        QStringList taken;
        for (const Profile &profile : m_wizard->context().profiles->profiles())
            taken.append(profile.name());
        m_name->setText(suggestName(m_wizard->draft().ssh().host, taken));
    }
    m_status->clear();
    updateSummary();
}

QString FinishPage::profileName() const
{
    return m_name->text().trimmed();
}

bool FinishPage::isComplete() const
{
    const QString name = profileName();
    return Profile::isValidName(name) && !m_wizard->context().profiles->find(name);
}

void FinishPage::setStatus(const QString &text, bool failed)
{
    m_status->setText(DisplayText::text(text)); // a failure carries the server's answer
    m_status->setProperty("failed", failed);
    QFont font = m_status->font();
    font.setBold(failed);
    m_status->setFont(font);
}

void FinishPage::updateSummary()
{
    const QString name = profileName();
    if (!Profile::isValidName(name))
        m_nameProblem->setText(tr("Use 1 to 64 letters, digits, dots, dashes or underscores."));
    else if (m_wizard->context().profiles->find(name))
        m_nameProblem->setText(tr("A profile with this name exists already."));
    else
        m_nameProblem->clear();

    const Profile &draft = m_wizard->draft();
    const SshSettings &ssh = draft.ssh();
    const QHash<QString, QString> &secrets = m_wizard->pendingSecrets();
    QStringList lines;
    lines << tr("SSH: %1@%2, port %3, %4")
                 .arg(ssh.user.isEmpty() ? tr("(your user name)") : ssh.user, ssh.host)
                 .arg(ssh.port)
                 .arg(ssh.useAgent
                          ? tr("SSH agent")
                          : (ssh.identityFile.isEmpty() ? tr("default key") : tr("key %1").arg(ssh.identityFile)));
    lines << tr("Domain: %1; access: %2")
                 .arg(draft.domain().isEmpty() ? tr("none") : draft.domain(),
                      AccessModes::displayName(draft.accessMode()));
    QStringList services;
    for (auto it = draft.services().cbegin(); it != draft.services().cend(); ++it) {
        const QString purpose = ServiceClient::credentialPurpose(it.key());
        const bool hasKey = !purpose.isEmpty() && !secrets.value(purpose).isEmpty();
        services << (hasKey ? tr("%1 (with key)").arg(ServiceCatalog::displayName(it.key()))
                            : ServiceCatalog::displayName(it.key()));
    }
    lines << tr("Services: %1").arg(services.isEmpty() ? tr("none") : services.join(u", "_s));
    int secretCount = 0;
    for (const QString &value : secrets) {
        if (!value.isEmpty())
            ++secretCount;
    }
    lines << QString();
    lines << tr("%n secret(s) will be stored in %1.", nullptr, secretCount)
                 .arg(m_wizard->context().secrets->backendName());
    lines << tr("The profile, without any secret, will be saved in %1.").arg(m_wizard->context().profiles->filePath());
    m_summary->setText(lines.join(u"\n"_s));
}

} // namespace KryNet::Ui
