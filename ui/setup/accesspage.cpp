#include "ui/setup/accesspage.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "core/common/futurewatch.h"
#include "core/config/servicecatalog.h"
#include "core/http/accessmodedetector.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/setup/setupwizard.h"
#include "ui/widgets/healthbadge.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

AccessPage::AccessPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_domain(new QLineEdit(this))
    , m_local(new QRadioButton(AccessModes::displayName(AccessMode::Local), this))
    , m_tail(new QRadioButton(AccessModes::displayName(AccessMode::Tail), this))
    , m_public(new QRadioButton(AccessModes::displayName(AccessMode::Public), this))
    , m_modes(new QButtonGroup(this))
    , m_probeService(new QComboBox(this))
    , m_detect(new QPushButton(tr("Detect"), this))
    , m_detectStatus(new HealthBadge(this))
    , m_cfClientId(new QLineEdit(this))
    , m_cfSecret(new QLineEdit(this))
    , m_examples(new QLabel(this))
    // The detector probes anonymously: it never needs a secret, so it gets an empty store.
    , m_noSecrets(new MemorySecretStore(this))
{
    m_detector = new AccessModeDetector(wizard->context().network, m_noSecrets, this);
    if (!wizard->context().tailscaleProgram.isEmpty())
        m_detector->setTailscaleProgram(wizard->context().tailscaleProgram);
    setTitle(tr("How to reach the web services"));
    setSubTitle(tr("The lab publishes each service as SERVICE.local.DOMAIN on the LAN, SERVICE.tail.DOMAIN over "
                   "Tailscale and SERVICE.DOMAIN behind Cloudflare Access."));

    m_domain->setObjectName(u"domainEdit"_s);
    m_domain->setPlaceholderText(tr("example.com"));
    m_local->setObjectName(u"modeLocal"_s);
    m_tail->setObjectName(u"modeTail"_s);
    m_public->setObjectName(u"modePublic"_s);
    m_modes->addButton(m_local, int(AccessMode::Local));
    m_modes->addButton(m_tail, int(AccessMode::Tail));
    m_modes->addButton(m_public, int(AccessMode::Public));
    m_local->setChecked(true);
    m_probeService->setObjectName(u"probeServiceCombo"_s);
    m_probeService->setAccessibleName(tr("Service to try"));
    m_probeService->setToolTip(tr("The service whose addresses Detect tries"));
    for (const ServiceInfo &info : ServiceCatalog::all()) {
        if (!info.defaultSubdomain.isEmpty())
            m_probeService->addItem(ServiceCatalog::displayName(info.id), info.id);
    }
    m_detect->setObjectName(u"detectModeButton"_s);
    m_detectStatus->setObjectName(u"detectModeStatus"_s);
    m_detectStatus->setHealth(Health::Unknown, tr("not detected"));
    if (auto *label = m_detectStatus->findChild<QLabel *>(u"healthText"_s))
        label->setWordWrap(true);
    m_cfClientId->setObjectName(u"cfClientIdEdit"_s);
    m_cfClientId->setPlaceholderText(tr("…access (service token client id)"));
    m_cfSecret->setObjectName(u"cfSecretEdit"_s);
    m_cfSecret->setEchoMode(QLineEdit::Password);
    m_cfSecret->setPlaceholderText(tr("stored in the keychain"));
    m_examples->setObjectName(u"modeExamples"_s);
    m_examples->setWordWrap(true);

    auto *modes = new QVBoxLayout;
    modes->addWidget(m_local);
    modes->addWidget(m_tail);
    modes->addWidget(m_public);
    auto *detectRow = new QHBoxLayout;
    detectRow->addWidget(m_detect);
    detectRow->addWidget(new QLabel(tr("using"), this));
    detectRow->addWidget(m_probeService);
    detectRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("Access mode:"), modes);
    form->addRow(QString(), m_examples);
    form->addRow(QString(), detectRow);
    form->addRow(QString(), m_detectStatus);
    form->addRow(tr("Cloudflare Access client id:"), m_cfClientId);
    form->addRow(tr("Cloudflare Access client secret:"), m_cfSecret);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    const auto refresh = [this] {
        const bool isPublic = mode() == AccessMode::Public;
        m_cfClientId->setEnabled(isPublic);
        m_cfSecret->setEnabled(isPublic);
        m_detect->setEnabled(domainValid() && !m_domain->text().trimmed().isEmpty());
        Profile example;
        example.setDomain(m_domain->text());
        example.setService(u"sonarr"_s, ServiceSettings{});
        const auto url = example.serviceUrl(u"sonarr"_s, mode());
        m_examples->setText(url ? tr("Sonarr, for example, would be %1").arg(url->toString())
                                : tr("Without a domain, give each service its address on the next page."));
        Q_EMIT completeChanged();
    };
    connect(m_domain, &QLineEdit::textChanged, this, refresh);
    connect(m_modes, &QButtonGroup::idToggled, this, [refresh](int, bool checked) {
        if (checked)
            refresh();
    });
    connect(m_domain, &QLineEdit::textEdited, this, [this] { ++m_detection; }); // a running detection is moot
    connect(m_detect, &QPushButton::clicked, this, &AccessPage::detect);
    refresh();
}

AccessPage::~AccessPage() = default;

void AccessPage::initializePage()
{
    const Profile &draft = m_wizard->draft();
    if (m_domain->text().isEmpty() && !draft.domain().isEmpty())
        m_domain->setText(draft.domain());
}

AccessMode AccessPage::mode() const
{
    return AccessMode(m_modes->checkedId());
}

void AccessPage::setMode(AccessMode mode)
{
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
}

bool AccessPage::domainValid() const
{
    static const QRegularExpression domain(
        u"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"_s);
    const QString text = m_domain->text().trimmed().toLower();
    return text.isEmpty() || domain.match(text).hasMatch();
}

void AccessPage::detect()
{
    Profile probe = m_wizard->draft();
    probe.setDomain(m_domain->text());
    probe.setName(u"setup"_s);
    const QString service = m_probeService->currentData().toString();
    probe.setService(service, ServiceSettings{});
    const quint64 detection = ++m_detection;
    m_detect->setEnabled(false);
    m_detectStatus->setHealth(Health::Busy, tr("trying %1's addresses…").arg(ServiceCatalog::displayName(service)));
    whenDone(m_detector->detect(probe, service), this, [this, detection](const Result<AccessModeDetection> &result) {
        m_detect->setEnabled(true);
        if (detection != m_detection)
            return;
        if (!result) {
            m_detectStatus->setHealth(Health::Critical, result.error().message());
            return;
        }
        setMode(result->mode);
        m_detectStatus->setHealth(Health::Ok, tr("%1: %2").arg(AccessModes::displayName(result->mode), result->reason));
    });
}

bool AccessPage::isComplete() const
{
    return domainValid();
}

bool AccessPage::validatePage()
{
    if (!domainValid())
        return false;
    Profile &draft = m_wizard->draft();
    draft.setDomain(m_domain->text());
    draft.setAccessMode(mode());
    const QString secretKey = QString::fromLatin1(SecretKeys::CfAccessSecret);
    if (mode() == AccessMode::Public) {
        draft.setCfAccessClientId(m_cfClientId->text().trimmed());
        m_wizard->pendingSecrets().insert(secretKey, m_cfSecret->text());
    } else {
        draft.setCfAccessClientId(QString());
        m_wizard->pendingSecrets().remove(secretKey);
    }
    return true;
}

} // namespace KryNet::Ui
