#include "core/secrets/keychainsecretstore.h"

#include <functional>
#include <memory>

#include <qt6keychain/keychain.h>

#include <QPromise>
#include <QTimer>

#include "core/common/logging.h"
#include "core/common/redaction.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

const QString BackendFailureTag = u"no usable keychain backend"_s;

QString serviceName()
{
    return QStringLiteral(KRYNET_APP_ID);
}

template <typename T>
std::pair<std::shared_ptr<QPromise<T>>, QFuture<T>> makePromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    return {promise, future};
}

template <typename T>
void fulfil(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace

struct KeychainSecretStore::Request
{
    Operation operation = Operation::Read;
    QString key;
    QString secret;
    int attempt = 0;
    std::function<void(QKeychain::Error, const QString &errorText, const QString &data)> done;
};

KeychainSecretStore::KeychainSecretStore(QObject *parent, std::chrono::milliseconds retryDelay)
    : SecretStore(parent)
    , m_retryDelay(retryDelay)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::backendName() const
{
    return tr("the system keychain");
}

bool KeychainSecretStore::isBackendFailure(const Error &error)
{
    return error.code() == Error::Code::Keychain && error.detail().startsWith(BackendFailureTag);
}

void KeychainSecretStore::start(const std::shared_ptr<Request> &request)
{
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case Operation::Read: {
        auto *readJob = new QKeychain::ReadPasswordJob(serviceName(), this);
        readJob->setKey(request->key);
        job = readJob;
        break;
    }
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName(), this);
        writeJob->setKey(request->key);
        writeJob->setTextData(request->secret);
        job = writeJob;
        break;
    }
    case Operation::Remove: {
        auto *deleteJob = new QKeychain::DeletePasswordJob(serviceName(), this);
        deleteJob->setKey(request->key);
        job = deleteJob;
        break;
    }
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        const bool transient = error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
        if (transient && request->attempt == 0) {
            // One delayed retry: on Linux the Secret Service may still be starting (Nextcloud's experience).
            ++request->attempt;
            qCInfo(lcSecrets) << "keychain not ready, retrying once:" << finished->errorString();
            QTimer::singleShot(m_retryDelay, this, [this, request] { start(request); });
            return;
        }
        QString data;
        if (error == QKeychain::NoError && request->operation == Operation::Read)
            data = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        request->done(error, finished->errorString(), data);
    });
    job->start();
}

namespace
{

Error keychainError(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Code::Keychain,
                     KeychainSecretStore::tr("The system keychain refused access. Unlock it (or allow KryNet "
                                             "Control) and try again."),
                     text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::NotImplemented:
        return Error(Error::Code::Keychain,
                     KeychainSecretStore::tr("No system keychain is available, so secrets cannot be stored. Start a "
                                             "Secret Service provider (GNOME Keyring or KWallet) in your desktop "
                                             "session, or keep secrets in memory for this session only."),
                     BackendFailureTag + u": "_s + text);
    case QKeychain::CouldNotDeleteEntry:
        return Error(Error::Code::Keychain, KeychainSecretStore::tr("The system keychain could not delete the secret."),
                     text);
    case QKeychain::EntryNotFound:
    case QKeychain::NoError:
        break;
    }
    return Error(Error::Code::Keychain, KeychainSecretStore::tr("The system keychain failed."), text);
}

} // namespace

QFuture<SecretStore::ReadResult> KeychainSecretStore::read(const QString &key)
{
    auto [promise, future] = makePromise<ReadResult>();
    auto request = std::make_shared<Request>();
    request->operation = Operation::Read;
    request->key = key;
    request->done = [promise = promise](QKeychain::Error error, const QString &text, const QString &data) {
        if (error == QKeychain::NoError) {
            Redaction::registerSecret(data);
            fulfil(promise, ReadResult(std::optional<QString>(data)));
        } else if (error == QKeychain::EntryNotFound) {
            fulfil(promise, ReadResult(std::optional<QString>()));
        } else {
            fulfil(promise, ReadResult(keychainError(error, text)));
        }
    };
    start(request);
    return future;
}

QFuture<Result<void>> KeychainSecretStore::write(const QString &key, const QString &secret)
{
    Redaction::registerSecret(secret);
    auto [promise, future] = makePromise<Result<void>>();
    auto request = std::make_shared<Request>();
    request->operation = Operation::Write;
    request->key = key;
    request->secret = secret;
    request->done = [promise = promise](QKeychain::Error error, const QString &text, const QString &) {
        fulfil(promise, error == QKeychain::NoError ? Result<void>() : Result<void>(keychainError(error, text)));
    };
    start(request);
    return future;
}

QFuture<Result<void>> KeychainSecretStore::remove(const QString &key)
{
    auto [promise, future] = makePromise<Result<void>>();
    auto request = std::make_shared<Request>();
    request->operation = Operation::Remove;
    request->key = key;
    request->done = [promise = promise](QKeychain::Error error, const QString &text, const QString &) {
        const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        fulfil(promise, ok ? Result<void>() : Result<void>(keychainError(error, text)));
    };
    start(request);
    return future;
}

} // namespace KryNet
