#pragma once

#include <functional>
#include <memory>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include "core/common/result.h"
#include "core/ssh/hostkey.h"
#include "core/ssh/remotecommand.h"
#include "core/ssh/sshoptions.h"

namespace KryNet::Ssh
{

class SshUnixSocket;
class SshWorker;

/**
 * Supplies the passphrase of an encrypted private key (from the SecretStore or a prompt). Called on the
 * thread that owns the SshConnection; may complete later. An Error (e.g. Cancelled) aborts the login.
 */
using PassphraseProvider = std::function<QFuture<Result<QString>>(const QString &keyFile)>;

/**
 * One SSH connection to one server (DESIGN.md §3): a single TCP+SSH session, many channels on it.
 *
 * Threading: the object lives on the caller's (GUI) thread. It owns one worker QThread that alone calls
 * libssh; requests go there by queued invocation, results come back as QFuture<Result<T>> fed by QPromise,
 * so consumers use .then(context, …). Nothing here blocks the calling thread, except the destructor,
 * which waits for the worker to finish (at most one connect timeout).
 *
 * Contract:
 *  - run() connects on demand. Commands beyond the server's channel limit (sshd MaxSessions) are
 *    queued, not failed. A command whose connection drops fails with Error::Code::Network and is
 *    NEVER re-run; cancelling its QFuture closes its channel.
 *  - Unknown host key: hostKeyDecisionRequired() is emitted (state AwaitingHostKeyDecision) and the
 *    connect waits, without any nested event loop, until answerHostKey() is called. With no receiver
 *    connected the connect fails at once with the fingerprint in the message. A CHANGED key always
 *    fails with Error::Code::HostKey; nothing here can re-trust it.
 *  - After a drop the connection backs off (exponential + jitter) and reconnects by itself; commands
 *    submitted while backing off fail at once with the last error. Auth and host-key failures end in
 *    Failed without retry.
 */
class SshConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshConnection)

public:
    enum class State {
        Disconnected,
        Connecting,
        AwaitingHostKeyDecision,
        Authenticating,
        Connected,
        BackingOff,
        Failed,
    };
    Q_ENUM(State)

    explicit SshConnection(SshOptions options, QObject *parent = nullptr);
    ~SshConnection() override;

    [[nodiscard]] const SshOptions &options() const { return m_options; }
    [[nodiscard]] State state() const { return m_state; }
    /// The error that led to Failed or BackingOff (empty message otherwise).
    [[nodiscard]] const Error &lastError() const { return m_lastError; }

    void setPassphraseProvider(PassphraseProvider provider);

    /// Resolves when connected (at once if already connected) or when the attempt fails.
    QFuture<Result<void>> connectToHost();
    /// Closes the session; running commands fail with Cancelled. No reconnect until the next request.
    void disconnectFromHost();

    /// Runs @p command (sudo prefix added when the command or SshOptions::useSudo asks for it).
    QFuture<Result<CommandResult>> run(const RemoteCommand &command);

    /**
     * Opens a direct-streamlocal channel to the unix socket @p remotePath on the server (e.g.
     * /var/run/docker.sock). The returned device is open for reading and writing at once; bytes written
     * before the channel opens are sent when it does. It emits connected(), readyRead(), and finally
     * disconnected() (with errorOccurred() first on failure). The caller owns it (parent or delete).
     */
    SshUnixSocket *openUnixSocket(const QString &remotePath, QObject *parent = nullptr);

    /**
     * Runs @p command on the server (sudo prefix as run() adds it) and returns a byte stream over its
     * exec channel: what is written goes to the command's stdin, its stdout is what is read — e.g.
     * `docker system dial-stdio` as a connection to the Docker daemon where the socket cannot be
     * forwarded (sudo-only hosts). The device behaves like openUnixSocket()'s (connected() once the
     * command runs, disconnected() once); the command's stderr is not in the stream: when it ends with a
     * non-zero status, errorOccurred() carries the status and the stderr text. remotePath() is the
     * command line. With @p mergeStderr the command's stderr is delivered as stream data too (progress
     * output of `docker compose`), in the order the server's packets arrive.
     */
    SshUnixSocket *openExecStream(const RemoteCommand &command, QObject *parent = nullptr, bool mergeStderr = false);

    /// Answers the pending hostKeyDecisionRequired(); ignored when no decision is pending.
    void answerHostKey(KryNet::Ssh::HostKeyDecision decision);

    [[nodiscard]] static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(KryNet::Ssh::SshConnection::State state);
    void hostKeyDecisionRequired(const KryNet::Ssh::HostKeyInfo &info);

private:
    friend class SshWorker;
    friend class SshUnixSocket;

    // Called on this object's thread, posted by the worker.
    void workerStateChanged(State state, const Error &error);
    void workerNeedsHostKeyDecision(const HostKeyInfo &info);
    void workerNeedsPassphrase(const QString &keyFile);
    void workerStreamOpened(quint64 id);
    void workerStreamData(quint64 id, const QByteArray &data);
    void workerStreamClosed(quint64 id, const Error &error, bool failed);
    // Called by SshUnixSocket.
    void socketWrite(quint64 id, const QByteArray &data);
    void socketClose(quint64 id);

    SshOptions m_options;
    State m_state = State::Disconnected;
    Error m_lastError;
    PassphraseProvider m_passphraseProvider;
    QThread m_thread;
    SshWorker *m_worker = nullptr; // lives in m_thread, deleted there by the destructor
    QHash<quint64, QPointer<SshUnixSocket>> m_sockets;
    quint64 m_nextSocketId = 1;
};

} // namespace KryNet::Ssh
