#include "core/ssh/sshconnection.h"

#include <mutex>

#include <libssh/libssh.h>

#include <QMetaMethod>
#include <QPromise>

#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/ssh/sshunixsocket.h"
#include "core/ssh/sshworker.h"

using namespace Qt::StringLiterals;

namespace KryNet::Ssh
{

namespace
{

void initLibssh()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ssh_init();
        qRegisterMetaType<KryNet::Ssh::HostKeyInfo>();
        qRegisterMetaType<KryNet::Ssh::CommandResult>();
        qRegisterMetaType<KryNet::Error>();
    });
}

template <typename T>
QFuture<Result<T>> readyFuture(Result<T> value)
{
    QPromise<Result<T>> p;
    auto f = p.future();
    p.start();
    p.addResult(std::move(value));
    p.finish();
    return f;
}

} // namespace

SshConnection::SshConnection(SshOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    initLibssh();
    m_thread.setObjectName(u"ssh:"_s + m_options.target.host);
    m_worker = new SshWorker(this, m_options);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->init(); });
}

SshConnection::~SshConnection()
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->shutdown();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
    for (const auto &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->deliverClosed(Error(Error::Code::Cancelled, tr("The SSH connection was closed.")), true);
    }
}

void SshConnection::setPassphraseProvider(PassphraseProvider provider)
{
    m_passphraseProvider = std::move(provider);
}

QFuture<Result<void>> SshConnection::connectToHost()
{
    auto promise = std::make_shared<QPromise<Result<void>>>();
    auto future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, promise] { w->requestConnect(promise); });
    return future;
}

void SshConnection::disconnectFromHost()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->requestDisconnect(); });
}

QFuture<Result<CommandResult>> SshConnection::run(const RemoteCommand &command)
{
    if (command.argv().isEmpty())
        return readyFuture<CommandResult>(Error(Error::Code::Config, tr("No command to run."), u"empty argv"_s));
    auto promise = std::make_shared<QPromise<Result<CommandResult>>>();
    auto future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, command, promise] { w->requestRun(command, promise); });
    return future;
}

SshUnixSocket *SshConnection::openUnixSocket(const QString &remotePath, QObject *parent)
{
    const quint64 id = m_nextSocketId++;
    auto *socket = new SshUnixSocket(this, id, remotePath, parent);
    m_sockets.insert(id, socket);
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, id, path = remotePath.toUtf8()] { w->requestOpenStream(id, path); });
    return socket;
}

SshUnixSocket *SshConnection::openExecStream(const RemoteCommand &command, QObject *parent, bool mergeStderr)
{
    const quint64 id = m_nextSocketId++;
    auto *socket = new SshUnixSocket(this, id, QString::fromUtf8(command.commandLine()), parent);
    m_sockets.insert(id, socket);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, command, mergeStderr] { w->requestOpenExecStream(id, command, mergeStderr); });
    return socket;
}

void SshConnection::answerHostKey(HostKeyDecision decision)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, decision] { w->hostKeyAnswered(decision); });
}

QString SshConnection::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::AwaitingHostKeyDecision:
        return tr("Waiting for host key confirmation");
    case State::Authenticating:
        return tr("Authenticating");
    case State::Connected:
        return tr("Connected");
    case State::BackingOff:
        return tr("Reconnecting");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

void SshConnection::workerStateChanged(State state, const Error &error)
{
    m_lastError = (state == State::Failed || state == State::BackingOff) ? error : Error{};
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SshConnection::workerNeedsHostKeyDecision(const HostKeyInfo &info)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&SshConnection::hostKeyDecisionRequired))) {
        answerHostKey(HostKeyDecision::Reject); // nobody can ask the user: fail, naming the fingerprint
        return;
    }
    Q_EMIT hostKeyDecisionRequired(info);
}

void SshConnection::workerNeedsPassphrase(const QString &keyFile)
{
    const auto deliver = [this](Result<QString> r) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker, r = std::move(r)] { w->passphraseAnswered(r); });
    };
    if (!m_passphraseProvider) {
        deliver(Error(Error::Code::Auth,
                      tr("The SSH key %1 is encrypted (or unreadable) and no passphrase is available.").arg(keyFile),
                      u"no passphrase provider"_s));
        return;
    }
    whenDone(m_passphraseProvider(keyFile), this, [deliver](const Result<QString> &r) { deliver(r); });
}

void SshConnection::workerStreamOpened(quint64 id)
{
    if (auto socket = m_sockets.value(id))
        socket->deliverOpened();
}

void SshConnection::workerStreamData(quint64 id, const QByteArray &data)
{
    if (auto socket = m_sockets.value(id))
        socket->deliverData(data);
}

void SshConnection::workerStreamClosed(quint64 id, const Error &error, bool failed)
{
    if (auto socket = m_sockets.take(id))
        socket->deliverClosed(error, failed);
}

void SshConnection::socketWrite(quint64 id, const QByteArray &data)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, data] { w->streamWrite(id, data); });
}

void SshConnection::socketClose(quint64 id)
{
    m_sockets.remove(id);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->streamClose(id); });
}

} // namespace KryNet::Ssh
