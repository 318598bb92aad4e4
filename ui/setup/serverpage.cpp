#include "ui/setup/serverpage.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPromise>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/common/futurewatch.h"
#include "core/config/sshconfig.h"
#include "core/secrets/secretstore.h"
#include "core/ssh/profileoptions.h"
#include "core/ssh/sshconnection.h"
#include "ui/setup/setupwizard.h"
#include "ui/widgets/healthbadge.h"
#include "ui/widgets/hostkeyprompt.h"
#include "ui/widgets/prompter.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ui
{

ServerPage::ServerPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_host(new QLineEdit(this))
    , m_aliasHint(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_keyFile(new QRadioButton(tr("Key file"), this))
    , m_agent(new QRadioButton(tr("SSH agent (keys loaded with ssh-add)"), this))
    , m_identity(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_status(new HealthBadge(this))
    , m_demo(new QPushButton(tr("Explore the demo lab"), this))
{
    setTitle(tr("Your server"));
    setSubTitle(tr("KryNet reads pools and containers over SSH, like `ssh user@host` does. Enter the server, then "
                   "connect once to check the settings and the server's host key."));

    m_host->setObjectName(u"hostEdit"_s);
    m_host->setPlaceholderText(tr("nas.lan, 192.168.1.10 or an alias of ~/.ssh/config"));
    m_aliases = SshConfig::aliases(wizard->context().sshConfigPath);
    auto *completer = new QCompleter(m_aliases, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_host->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &ServerPage::applyAlias);
    m_aliasHint->setObjectName(u"aliasHint"_s);
    m_aliasHint->setWordWrap(true);
    m_aliasHint->setText(
        m_aliases.isEmpty() ? QString() : tr("Aliases from ~/.ssh/config: %1").arg(m_aliases.mid(0, 8).join(u", "_s)));

    m_user->setObjectName(u"userEdit"_s);
    m_user->setPlaceholderText(tr("root, admin…"));
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_keyFile->setObjectName(u"keyFileRadio"_s);
    m_agent->setObjectName(u"agentRadio"_s);
    m_keyFile->setChecked(true);
    auto *authGroup = new QButtonGroup(this);
    authGroup->addButton(m_keyFile);
    authGroup->addButton(m_agent);
    m_identity->setObjectName(u"identityEdit"_s);
    m_identity->setAccessibleName(tr("Key file"));
    m_identity->setPlaceholderText(tr("empty: ~/.ssh/id_ed25519, id_ecdsa or id_rsa"));
    m_browse->setObjectName(u"identityBrowseButton"_s);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setEnabled(false); // until there is a host
    m_status->setObjectName(u"connectStatus"_s);
    m_status->setHealth(Health::Unknown, tr("not connected yet"));
    if (auto *label = m_status->findChild<QLabel *>(u"healthText"_s))
        label->setWordWrap(true);
    m_demo->setObjectName(u"demoButton"_s);
    m_demo->setToolTip(tr("A simulated homelab on this computer: nothing of yours is read or written."));

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_identity, 1);
    keyRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(QString(), m_aliasHint);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Sign in with:"), m_keyFile);
    form->addRow(QString(), keyRow);
    form->addRow(QString(), m_agent);
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connect);
    connectRow->addWidget(m_status, 1);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    auto *demoText = new QLabel(tr("No server at hand, or just looking? The demo lab shows every panel with a "
                                   "simulated homelab."),
                                this);
    demoText->setWordWrap(true);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(demoText, 1);
    demoRow->addWidget(m_demo);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(connectRow);
    layout->addStretch(1);
    layout->addWidget(line);
    layout->addLayout(demoRow);

    connect(m_host, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_aliases.contains(text.trimmed()))
            applyAlias(text.trimmed());
        settingsEdited();
    });
    for (QLineEdit *edit : {m_user, m_identity})
        connect(edit, &QLineEdit::textChanged, this, &ServerPage::settingsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerPage::settingsEdited);
    connect(m_keyFile, &QRadioButton::toggled, this, [this](bool on) {
        m_identity->setEnabled(on);
        m_browse->setEnabled(on);
        settingsEdited();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        m_wizard->context().prompter->chooseOpenFile(m_wizard, tr("Choose the private key"), tr("All files (*)"),
                                                     [self = QPointer<ServerPage>(this)](std::optional<QString> path) {
                                                         if (self && path)
                                                             self->m_identity->setText(*path);
                                                     });
    });
    connect(m_connect, &QPushButton::clicked, this, &ServerPage::startConnect);
    connect(m_demo, &QPushButton::clicked, this, &ServerPage::demoRequested);
}

ServerPage::~ServerPage() = default;

void ServerPage::applyAlias(const QString &alias)
{
    const auto resolved = SshConfig::resolve(alias, m_wizard->context().sshConfigPath);
    if (!resolved) {
        m_aliasHint->setText(resolved.error().message());
        return;
    }
    if (!resolved->user.isEmpty())
        m_user->setText(resolved->user);
    m_port->setValue(resolved->port);
    if (!resolved->identityFile.isEmpty()) {
        m_keyFile->setChecked(true);
        m_identity->setText(resolved->identityFile);
    }
    m_aliasHint->setText(
        tr("From ~/.ssh/config: %1 is %2, port %3.").arg(alias, resolved->hostName).arg(resolved->port));
}

SshSettings ServerPage::settings() const
{
    SshSettings ssh = m_wizard->draft().ssh();
    ssh.host = m_host->text().trimmed();
    ssh.user = m_user->text().trimmed();
    ssh.port = m_port->value();
    ssh.useAgent = m_agent->isChecked();
    ssh.identityFile = m_agent->isChecked() ? QString() : m_identity->text().trimmed();
    return ssh;
}

void ServerPage::settingsEdited()
{
    // A result for other settings says nothing about these.
    ++m_attempt;
    const bool wasConnected = m_connected;
    m_connected = false;
    m_connecting = false;
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty());
    if (wasConnected || m_status->health() == Health::Busy)
        m_status->setHealth(Health::Unknown, tr("settings changed: connect again"));
    Q_EMIT completeChanged();
}

void ServerPage::startConnect()
{
    if (m_connecting)
        return;
    Profile probe = m_wizard->draft();
    probe.ssh() = settings();
    auto options = Ssh::sshOptionsForProfile(probe, m_wizard->context().sshDir);
    if (!options) {
        m_status->setHealth(Health::Critical, options.error().message());
        return;
    }
    options->autoReconnect = false;
    options->keepaliveInterval = std::chrono::milliseconds(0);

    if (m_connection)
        m_connection->disconnectFromHost(); // its pending attempt finishes (Cancelled) and deletes it
    const quint64 attempt = ++m_attempt;
    m_connecting = true;
    m_connected = false;
    m_askedFingerprint.clear();
    m_connect->setEnabled(false);
    m_status->setHealth(Health::Busy, tr("connecting to %1…").arg(options->displayName()));
    Q_EMIT completeChanged();

    auto *connection = new Ssh::SshConnection(*options, this);
    m_connection = connection;
    connect(connection, &Ssh::SshConnection::hostKeyDecisionRequired, this,
            [this, connection](const Ssh::HostKeyInfo &info) {
                m_askedFingerprint = info.fingerprint;
                m_status->setHealth(Health::Busy, tr("confirm the host key %1").arg(info.fingerprint));
                HostKeyPrompt::ask(*m_wizard->context().prompter, m_wizard, connection, info);
            });
    const auto passphraseKey = QString::fromLatin1(SecretKeys::SshPassphrase);
    connection->setPassphraseProvider([self = QPointer<ServerPage>(this),
                                       passphraseKey](const QString &keyFile) -> QFuture<Result<QString>> {
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        promise->start();
        if (!self) {
            promise->addResult(Result<QString>(Error(Error::Code::Cancelled, tr("The setup was closed."))));
            promise->finish();
            return promise->future();
        }
        const QString known = self->m_wizard->pendingSecrets().value(passphraseKey);
        if (!known.isEmpty()) {
            promise->addResult(Result<QString>(known));
            promise->finish();
            return promise->future();
        }
        self->m_wizard->context().prompter->askSecret(
            self->m_wizard, tr("Key passphrase"), tr("Passphrase for %1:").arg(keyFile),
            [self, promise, passphraseKey](std::optional<QString> secret) {
                if (secret && self)
                    self->m_wizard->pendingSecrets().insert(passphraseKey, *secret);
                promise->addResult(secret ? Result<QString>(*secret)
                                          : Result<QString>(Error(Error::Code::Cancelled, tr("No passphrase given."))));
                promise->finish();
            });
        return promise->future();
    });
    whenDone(connection->connectToHost(), this,
             [this, attempt, done = QPointer<Ssh::SshConnection>(connection)](const Result<void> &result) {
                 if (done) {
                     // The test is over: close this session (the profile's own connection is made later).
                     done->disconnectFromHost();
                     done->deleteLater();
                 }
                 if (m_connection == done)
                     m_connection = nullptr;
                 finishConnect(attempt, result);
             });
}

void ServerPage::finishConnect(quint64 attempt, const Result<void> &result)
{
    if (attempt != m_attempt)
        return; // the settings changed meanwhile
    m_connecting = false;
    m_connect->setEnabled(true);
    if (!result) {
        if (result.error().code() == Error::Code::Auth &&
            m_wizard->pendingSecrets().contains(QString::fromLatin1(SecretKeys::SshPassphrase)))
            m_wizard->pendingSecrets().remove(QString::fromLatin1(SecretKeys::SshPassphrase));
        m_status->setHealth(Health::Critical, result.error().message());
        Q_EMIT completeChanged();
        return;
    }
    m_connected = true;
    const SshSettings ssh = settings();
    const QString who = ssh.user.isEmpty() ? ssh.host : ssh.user + u'@' + ssh.host;
    m_status->setHealth(Health::Ok,
                        m_askedFingerprint.isEmpty()
                            ? tr("connected as %1; the host key was already trusted.").arg(who)
                            : tr("connected as %1; host key %2 trusted and saved.").arg(who, m_askedFingerprint));
    Q_EMIT completeChanged();
}

bool ServerPage::isComplete() const
{
    return m_connected && !m_host->text().trimmed().isEmpty();
}

bool ServerPage::validatePage()
{
    if (!m_connected)
        return false;
    m_wizard->draft().ssh() = settings();
    return true;
}

} // namespace KryNet::Ui
