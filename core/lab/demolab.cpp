#include "core/lab/demolab.h"

#include <libssh/libssh.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QPromise>
#include <QStandardPaths>
#include <QTimer>

#include "core/common/logging.h"
#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

constexpr int StartDeadlineMs = 15000;

Error demoError(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::Config, message, detail);
}

// Generates an unencrypted ed25519 key pair: private key at @p path, public key at path + ".pub".
Result<void> generateKey(const QString &path)
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK || !key)
        return demoError(DemoLab::tr("Could not generate an SSH key for the demo lab."));
    const auto freeKey = qScopeGuard([key] { ssh_key_free(key); });
    if (ssh_pki_export_privkey_file(key, nullptr, nullptr, nullptr, QFile::encodeName(path).constData()) != SSH_OK)
        return demoError(DemoLab::tr("Could not write the demo lab's SSH key to %1.").arg(path));
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK || !base64)
        return demoError(DemoLab::tr("Could not export the demo lab's public SSH key."));
    const QByteArray line = QByteArray(ssh_key_type_to_char(ssh_key_type(key))) + ' ' + base64 + " krynet-demo\n";
    ssh_string_free_char(base64);
    QFile pub(path + u".pub"_s);
    if (!pub.open(QIODevice::WriteOnly) || pub.write(line) != line.size())
        return demoError(DemoLab::tr("Could not write %1.").arg(pub.fileName()));
    return success();
}

// "SHA256:…" of the public key in @p pubFile (OpenSSH one-line format), empty on failure.
QString fingerprintOf(const QString &pubFile)
{
    ssh_key key = nullptr;
    if (ssh_pki_import_pubkey_file(QFile::encodeName(pubFile).constData(), &key) != SSH_OK || !key)
        return {};
    const auto freeKey = qScopeGuard([key] { ssh_key_free(key); });
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    const QString out = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return out;
}

} // namespace

DemoLab::DemoLab(QString labsimPath, QObject *parent)
    : QObject(parent)
    , m_labsimPath(std::move(labsimPath))
{}

DemoLab::~DemoLab()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // labsim quits when its stdin closes; kill it if it does not within a moment.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
}

QString DemoLab::defaultLabsimPath()
{
    const QString overridden = qEnvironmentVariable("KRYNET_LABSIM");
    if (!overridden.isEmpty())
        return overridden;
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + u"/krynet-labsim"_s, appDir + u"/../labsim/krynet-labsim"_s,
                                 appDir + u"/../../app/labsim/krynet-labsim"_s};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QStandardPaths::findExecutable(u"krynet-labsim"_s);
}

qint64 DemoLab::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QFuture<Result<DemoLabSetup>> DemoLab::start()
{
    auto promise = std::make_shared<QPromise<Result<DemoLabSetup>>>();
    QFuture<Result<DemoLabSetup>> future = promise->future();
    promise->start();
    const auto finish = [promise](Result<DemoLabSetup> result) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(result));
        promise->finish();
    };

    if (m_process) {
        finish(demoError(tr("The demo lab is already running.")));
        return future;
    }
    if (m_labsimPath.isEmpty() || !QFileInfo(m_labsimPath).isExecutable()) {
        finish(demoError(tr("The demo lab simulator (krynet-labsim) was not found next to KryNet. Reinstall "
                            "KryNet Control, or set KRYNET_LABSIM to its path.")));
        return future;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/krynet-demo-XXXXXX"_s);
    if (!m_dir->isValid()) {
        finish(demoError(tr("Could not create a temporary folder for the demo lab."), m_dir->errorString()));
        return future;
    }
    const QString keyPath = m_dir->filePath(u"demo_ed25519"_s);
    if (auto key = generateKey(keyPath); !key) {
        finish(key.error());
        return future;
    }
    // The simulator's host key is made here too (labsim keeps a key it finds in its state dir), so the
    // demo profile can trust exactly that key without asking.
    const QString hostKeyPath = m_dir->filePath(u"ssh_host_ed25519_key"_s);
    if (auto key = generateKey(hostKeyPath); !key) {
        finish(key.error());
        return future;
    }

    m_process = new QProcess(this);
    m_process->setProgram(m_labsimPath);
    m_process->setArguments(QStringList{u"--exit-on-stdin-close"_s, u"--state-dir"_s, m_dir->path(),
                                        u"--authorized-keys"_s, keyPath + u".pub"_s} +
                            m_extraArguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);

    auto *deadline = new QTimer(m_process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [finish] {
        finish(Error(Error::Code::Timeout,
                     tr("The demo lab did not start within %1 seconds.").arg(StartDeadlineMs / 1000)));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this, finish](QProcess::ProcessError) {
        finish(demoError(tr("The demo lab could not be started."), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [finish](int code, QProcess::ExitStatus) {
        finish(demoError(tr("The demo lab stopped unexpectedly (exit code %1).").arg(code)));
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this, finish, keyPath, deadline] {
        if (!m_process->canReadLine())
            return;
        deadline->stop();
        const QByteArray line = m_process->readLine();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            finish(Error(Error::Code::Parse, tr("The demo lab answered something KryNet does not understand."),
                         error.errorString()));
            return;
        }
        QJsonObject description = doc.object();
        QJsonObject ssh = description.value(u"ssh"_s).toObject();
        if (!ssh.isEmpty() && !ssh.contains(u"hostPublicKey"_s)) {
            // Trust our pre-made host key only if it is the one labsim announces.
            const QString pubFile = m_dir->filePath(u"ssh_host_ed25519_key.pub"_s);
            QFile pub(pubFile);
            if (pub.open(QIODevice::ReadOnly) && fingerprintOf(pubFile) == ssh.value(u"hostKeySha256"_s).toString()) {
                const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
                if (fields.size() >= 2)
                    ssh.insert(u"hostPublicKey"_s, QString::fromLatin1(fields.at(0) + ' ' + fields.at(1)));
                description.insert(u"ssh"_s, ssh);
            }
        }
        finish(setupFromDescription(description, keyPath, m_dir->filePath(u"known_hosts"_s)));
    });
    deadline->start(StartDeadlineMs);
    m_process->start(QIODevice::ReadWrite);
    return future;
}

Result<DemoLabSetup> DemoLab::setupFromDescription(const QJsonObject &description, const QString &identityFile,
                                                   const QString &knownHostsFile)
{
    DemoLabSetup setup;
    setup.description = description;
    Profile &profile = setup.profile;
    profile.setName(u"demo"_s);
    profile.setDomain(u"demo.krynet.invalid"_s);
    profile.setAccessMode(AccessMode::Local);

    const QJsonObject services = description.value(u"services"_s).toObject();
    for (auto it = services.constBegin(); it != services.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ServiceSettings settings;
        settings.url = QUrl(entry.value(u"url"_s).toString(), QUrl::StrictMode);
        if (!settings.url.isValid() || settings.url.host() != u"127.0.0.1"_s)
            return Error(Error::Code::Parse, tr("The demo lab announced an invalid address for %1.").arg(it.key()));
        if (entry.contains(u"username"_s))
            settings.extra.insert(u"username"_s, entry.value(u"username"_s).toString());
        if (entry.contains(u"homeIp"_s)) // Gluetun: the lab's own public IP (leak check)
            settings.extra.insert(u"homeIp"_s, entry.value(u"homeIp"_s).toString());
        profile.setService(it.key(), settings);
        if (const QString key = entry.value(u"apiKey"_s).toString(); !key.isEmpty())
            setup.secrets.insert(SecretKeys::apiKey(it.key()), key);
        if (const QString master = entry.value(u"masterKey"_s).toString(); !master.isEmpty())
            setup.secrets.insert(QString::fromLatin1(SecretKeys::LiteLlmMasterKey), master);
        if (const QString password = entry.value(u"password"_s).toString(); !password.isEmpty())
            setup.secrets.insert(SecretKeys::password(it.key()), password);
    }

    const QJsonObject ssh = description.value(u"ssh"_s).toObject();
    if (!ssh.isEmpty()) {
        SshSettings &settings = profile.ssh();
        settings.host = u"127.0.0.1"_s;
        settings.port = ssh.value(u"port"_s).toInt();
        settings.user = ssh.value(u"user"_s).toString(u"root"_s);
        settings.identityFile = identityFile;
        settings.knownHostsFile = knownHostsFile;
        const QString hostKey = ssh.value(u"hostPublicKey"_s).toString();
        if (settings.port <= 0 || settings.port > 65535 || hostKey.isEmpty())
            return Error(Error::Code::Parse, tr("The demo lab announced an incomplete SSH server."));
        // The key arrived over our child's stdout: pinning it here is as safe as reading a local file.
        QFile knownHosts(knownHostsFile);
        const QByteArray entry = u"[127.0.0.1]:%1 %2\n"_s.arg(settings.port).arg(hostKey).toUtf8();
        if (!knownHosts.open(QIODevice::WriteOnly) || knownHosts.write(entry) != entry.size())
            return demoError(tr("Could not write %1.").arg(knownHostsFile));
    } else {
        profile.ssh().host = u"127.0.0.1"_s;
    }

    const QJsonObject control = description.value(u"control"_s).toObject();
    setup.controlUrl = QUrl(control.value(u"url"_s).toString());
    setup.controlToken = control.value(u"token"_s).toString();
    if (auto valid = profile.validate(); !valid)
        return valid.error();
    return setup;
}

void DemoLab::storeSecrets(const DemoLabSetup &setup, SecretStore &store)
{
    Q_ASSERT(!store.isPersistent());
    for (auto it = setup.secrets.cbegin(); it != setup.secrets.cend(); ++it)
        (void)store.write(setup.profile.secretKey(it.key()), it.value());
}

} // namespace KryNet
