#include "ui/setup/servicespage.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/config/servicecatalog.h"
#include "core/http/npmclient.h"
#include "core/http/serviceclient.h"
#include "core/lab/serviceprobe.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/setup/setupwizard.h"
#include "ui/widgets/healthbadge.h"
#include "ui/widgets/inertitemviews.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

namespace
{

constexpr int ProbeTimeoutMs = 8000;

bool needsUserName(const QString &service)
{
    const ServiceInfo *info = ServiceCatalog::find(service);
    return info && (info->auth == ServiceAuth::CookieLogin || info->auth == ServiceAuth::Basic ||
                    info->auth == ServiceAuth::TokenLogin);
}

bool unreachable(const Error &error)
{
    switch (error.code()) {
    case Error::Code::Dns:
    case Error::Code::Network:
    case Error::Code::Timeout:
    case Error::Code::Cancelled:
    case Error::Code::Config:
        return true;
    default:
        return false;
    }
}

} // namespace

ServicesPage::ServicesPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_detect(new QPushButton(tr("Detect services"), this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Services of the lab"));
    setSubTitle(tr("Tick the services your lab runs and enter their keys. Test tries each key against the service; "
                   "keys are stored in the keychain only when you finish."));
    m_detect->setObjectName(u"detectServicesButton"_s);
    m_detect->setToolTip(tr("Ask every service's address whether something answers there"));
    m_problem->setObjectName(u"servicesProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 4);
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 2);
    int line = 0;
    for (const ServiceInfo &info : ServiceCatalog::all()) {
        Row row;
        row.id = info.id;
        row.enabled = new QCheckBox(ServiceCatalog::displayName(info.id), this);
        row.enabled->setObjectName(u"enable_"_s + info.id);
        row.enabled->setChecked(!info.defaultSubdomain.isEmpty());
        row.url = new QLineEdit(this);
        row.url->setObjectName(u"url_"_s + info.id);
        row.url->setAccessibleName(tr("Address of %1").arg(ServiceCatalog::displayName(info.id)));
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.url, line, 1);
        if (needsUserName(info.id)) {
            row.user = new QLineEdit(this);
            row.user->setObjectName(u"user_"_s + info.id);
            row.user->setPlaceholderText(info.auth == ServiceAuth::CookieLogin ? tr("user (admin)") : tr("user"));
            row.user->setAccessibleName(tr("User name for %1").arg(ServiceCatalog::displayName(info.id)));
            grid->addWidget(row.user, line, 2);
        }
        const QString purpose = ServiceClient::credentialPurpose(info.id);
        if (!purpose.isEmpty()) {
            row.secret = new QLineEdit(this);
            row.secret->setObjectName(u"key_"_s + info.id);
            row.secret->setEchoMode(QLineEdit::Password);
            row.secret->setPlaceholderText(purpose.endsWith(u".password"_s)     ? tr("password")
                                           : purpose == u"litellm.master-key"_s ? tr("master key")
                                                                                : tr("API key"));
            row.secret->setAccessibleName(tr("Credential for %1").arg(ServiceCatalog::displayName(info.id)));
            grid->addWidget(row.secret, line, 3);
        }
        row.test = new QPushButton(tr("Test"), this);
        row.test->setObjectName(u"test_"_s + info.id);
        row.test->setAccessibleName(tr("Test %1").arg(ServiceCatalog::displayName(info.id)));
        grid->addWidget(row.test, line, 4);
        row.status = new HealthBadge(this);
        row.status->setObjectName(u"status_"_s + info.id);
        if (auto *label = row.status->findChild<QLabel *>(u"healthText"_s))
            label->setWordWrap(true);
        row.status->hide();
        grid->addWidget(row.status, line + 1, 1, 1, 4);
        line += 2;

        const int index = int(m_rows.size());
        m_rows.append(row);
        connect(row.test, &QPushButton::clicked, this, [this, index] { test(index); });
        for (QLineEdit *edit : {row.url, row.user, row.secret}) {
            if (edit)
                connect(edit, &QLineEdit::textEdited, this, [this, index] { rowEdited(index); });
        }
    }

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"servicesScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *top = new QHBoxLayout;
    top->addWidget(m_detect);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    connect(m_detect, &QPushButton::clicked, this, &ServicesPage::detectAll);
}

ServicesPage::~ServicesPage() = default;

void ServicesPage::initializePage()
{
    // The derived addresses follow the domain and access mode chosen on the previous page.
    const Profile &draft = m_wizard->draft();
    for (const Row &row : std::as_const(m_rows)) {
        Profile probe = draft;
        probe.setService(row.id, ServiceSettings{});
        const auto url = probe.serviceUrl(row.id);
        row.url->setPlaceholderText(url ? url->toString() : tr("address, e.g. https://host:port"));
    }
}

void ServicesPage::rowEdited(int index)
{
    Row &row = m_rows[index];
    ++row.generation; // a result for other values says nothing about these
    row.status->hide();
    if (!row.url->text().trimmed().isEmpty() || (row.secret && !row.secret->text().isEmpty()))
        row.enabled->setChecked(true);
}

Result<Profile> ServicesPage::probeProfile(const Row &row) const
{
    Profile probe = m_wizard->draft();
    if (probe.name().isEmpty())
        probe.setName(u"setup"_s);
    ServiceSettings settings;
    const QString typed = row.url->text().trimmed();
    if (!typed.isEmpty()) {
        settings.url = QUrl(typed, QUrl::StrictMode);
        const QString scheme = settings.url.scheme();
        if (!settings.url.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || settings.url.host().isEmpty()) {
            return Error(Error::Code::Config, tr("The address of %1 must be an absolute http(s) URL, not “%2”.")
                                                  .arg(ServiceCatalog::displayName(row.id), typed));
        }
    }
    if (row.user && !row.user->text().trimmed().isEmpty())
        settings.extra.insert(u"username"_s, row.user->text().trimmed());
    probe.setService(row.id, settings);
    return probe;
}

void ServicesPage::detectAll()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const ServiceInfo *info = ServiceCatalog::find(row.id);
        if (info && info->defaultSubdomain.isEmpty() && row.url->text().trimmed().isEmpty())
            continue; // no address to try
        probe(i, false);
    }
}

void ServicesPage::test(int index)
{
    probe(index, true);
}

void ServicesPage::probe(int index, bool authenticated)
{
    Row &row = m_rows[index];
    const quint64 generation = ++row.generation;
    row.status->show();
    const auto profile = probeProfile(row);
    if (!profile) {
        row.status->setHealth(Health::Critical, profile.error().message());
        return;
    }
    // The credential typed here, in a store that lives as long as this one request.
    auto *secrets = new MemorySecretStore(this);
    const QString purpose = ServiceClient::credentialPurpose(row.id);
    if (authenticated && row.secret && !row.secret->text().isEmpty())
        (void)secrets->write(profile->secretKey(purpose), row.secret->text());
    const QString cfSecret = m_wizard->pendingSecrets().value(QString::fromLatin1(SecretKeys::CfAccessSecret));
    if (!cfSecret.isEmpty())
        (void)secrets->write(profile->secretKey(QString::fromLatin1(SecretKeys::CfAccessSecret)), cfSecret);

    auto *client = new ServiceClient(m_wizard->context().network, secrets, *profile, row.id, secrets);
    ServiceClient::Options options = client->options();
    options.maxGetRetries = 0; // show what happened, not what happened after retries
    options.timeout = std::chrono::milliseconds(ProbeTimeoutMs);
    client->setOptions(options);
    row.status->setHealth(Health::Busy, authenticated ? tr("testing…") : tr("looking…"));
    if (authenticated && row.id == u"npm"_s) {
        // NPM has no API key: Test signs in with the user and password and reads what NpmClient reads.
        auto *npm = new NpmClient(*client, *secrets, this);
        whenDone(npm->read(), this, [this, index, generation, npm, secrets](const Result<NpmState> &result) {
            npm->deleteLater();
            secrets->deleteLater();
            if (m_rows.at(index).generation != generation)
                return;
            if (!result) {
                showResult(index, true, Result<HttpResponse>(result.error()));
                return;
            }
            Row &done = m_rows[index];
            done.status->setHealth(Health::Ok,
                                   tr("works: signed in, %n proxy host(s)", nullptr, int(result->proxyHosts.size())));
            done.enabled->setChecked(true);
        });
        return;
    }
    HttpRequest request = ServiceProbe::request(row.id);
    if (!authenticated)
        request.authenticate = false;
    whenDone(client->send(request), this,
             [this, index, generation, authenticated, secrets](const Result<HttpResponse> &result) {
                 secrets->deleteLater(); // and the client with it
                 if (m_rows.at(index).generation != generation)
                     return;
                 showResult(index, authenticated, result);
             });
}

void ServicesPage::showResult(int index, bool authenticated, const Result<HttpResponse> &result)
{
    Row &row = m_rows[index];
    if (!authenticated) {
        // Detection: anything that answers (even "key required") is there.
        const bool found = result || !unreachable(result.error());
        row.enabled->setChecked(found || (row.secret && !row.secret->text().isEmpty()));
        row.status->setHealth(found ? Health::Ok : Health::Unknown,
                              found ? tr("found") : tr("not found: %1").arg(result.error().message()));
        return;
    }
    if (result) {
        const QString version = ServiceProbe::version(row.id, *result);
        row.status->setHealth(
            Health::Ok, version.isEmpty() ? tr("works (HTTP %1 in %2 ms)").arg(result->status).arg(result->elapsedMs)
                                          : tr("works, version %1").arg(DisplayText::name(version)));
        row.enabled->setChecked(true);
        return;
    }
    const Error &error = result.error();
    row.status->setHealth(error.code() == Error::Code::Auth ? Health::Warning : Health::Critical, error.message());
    row.status->setToolTip(plainToolTip(error.detail()));
}

bool ServicesPage::validatePage()
{
    Profile &draft = m_wizard->draft();
    QHash<QString, QString> &secrets = m_wizard->pendingSecrets();
    QStringList problems;
    for (const Row &row : std::as_const(m_rows)) {
        const QString purpose = ServiceClient::credentialPurpose(row.id);
        if (!row.enabled->isChecked()) {
            draft.removeService(row.id);
            if (!purpose.isEmpty())
                secrets.remove(purpose);
            continue;
        }
        const auto profile = probeProfile(row);
        if (!profile) {
            problems.append(profile.error().message());
            continue;
        }
        draft.setService(row.id, profile->services().value(row.id));
        if (!purpose.isEmpty()) {
            if (row.secret && !row.secret->text().isEmpty())
                secrets.insert(purpose, row.secret->text());
            else
                secrets.remove(purpose);
        }
    }
    m_problem->setText(problems.join(u"\n"_s));
    m_problem->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

} // namespace KryNet::Ui
