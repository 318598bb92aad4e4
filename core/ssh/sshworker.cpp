#include "core/ssh/sshworker.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <libssh/callbacks.h>
#include <openssl/crypto.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include "core/common/logging.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace KryNet::Ssh
{

namespace
{

// Translation context shared by every user-visible SSH message.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Ssh::SshConnection)
};

QString sshError(void *handle)
{
    return QString::fromUtf8(ssh_get_error(handle));
}

QString endpointName(const SshEndpoint &e)
{
    return e.port == 22 ? e.host : u"%1:%2"_s.arg(e.host).arg(e.port);
}

/// Resolves the host ourselves first, so a DNS failure is named as such (libssh folds it into one text).
Result<void> checkResolves(const SshEndpoint &e)
{
    if (!QHostAddress(e.host).isNull())
        return success();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray host = e.host.toUtf8();
    const int rc = getaddrinfo(host.constData(), nullptr, &hints, &res);
    if (res)
        freeaddrinfo(res);
    if (rc == 0)
        return success();
    return Error(
        Error::Code::Dns,
        Tr::tr("%1 does not resolve: is Tailscale (or your VPN) connected and the name spelled right?").arg(e.host),
        QString::fromUtf8(gai_strerror(rc)));
}

Error connectError(const SshEndpoint &e, const QString &detail, bool viaJump)
{
    const QString where = endpointName(e);
    if (detail.contains(u"refused"_s, Qt::CaseInsensitive))
        return Error(Error::Code::Network,
                     Tr::tr("%1 refused the SSH connection on port %2: is sshd running there and the port right?")
                         .arg(e.host)
                         .arg(e.port),
                     detail);
    if (detail.contains(u"timeout"_s, Qt::CaseInsensitive) || detail.contains(u"timed out"_s, Qt::CaseInsensitive))
        return Error(
            Error::Code::Timeout,
            Tr::tr("%1 did not answer in time: is the server up and reachable (Tailscale connected)?").arg(where),
            detail);
    if (viaJump)
        return Error(Error::Code::Network, Tr::tr("The SSH connection to %1 through the jump host failed.").arg(where),
                     detail);
    return Error(Error::Code::Network, Tr::tr("Could not connect to %1 over SSH.").arg(where), detail);
}

bool setOption(ssh_session s, ssh_options_e opt, const void *value)
{
    return ssh_options_set(s, opt, value) == SSH_OK;
}

} // namespace

/**
 * Carries the target session's bytes over a direct-tcpip channel of the jump session. Owns the jump
 * session from the moment it is handed over: only the bridge thread touches it afterwards.
 */
class JumpBridge final
{
public:
    JumpBridge(SessionHandle session, ChannelHandle channel, int fd)
        : m_session(std::move(session))
        , m_channel(std::move(channel))
        , m_fd(fd)
    {
        if (pipe2(m_wake, O_CLOEXEC) != 0)
            m_wake[0] = m_wake[1] = -1;
        m_thread = std::thread([this] { loop(); });
    }
    ~JumpBridge()
    {
        m_stop = true;
        if (m_wake[1] >= 0) {
            const char c = 0;
            [[maybe_unused]] const auto n = ::write(m_wake[1], &c, 1);
        }
        m_thread.join();
        m_channel.reset();
        m_session.reset();
        ::close(m_fd);
        ::close(m_wake[0]);
        ::close(m_wake[1]);
    }
    Q_DISABLE_COPY_MOVE(JumpBridge)

private:
    void loop()
    {
        char buf[32768];
        ssh_channel ch = m_channel.get();
        while (!m_stop) {
            // Drain whatever libssh already buffered before sleeping in poll().
            bool progressed = false;
            for (;;) {
                const int n = ssh_channel_read_nonblocking(ch, buf, sizeof buf, 0);
                if (n <= 0) {
                    if (n == SSH_ERROR || n == SSH_EOF || ssh_channel_is_closed(ch)) {
                        ::shutdown(m_fd, SHUT_RDWR);
                        return;
                    }
                    break;
                }
                if (!writeAll(buf, n)) {
                    return;
                }
                progressed = true;
            }
            if (progressed)
                continue;
            pollfd fds[3] = {{m_fd, POLLIN, 0}, {ssh_get_fd(m_session.get()), POLLIN, 0}, {m_wake[0], POLLIN, 0}};
            if (::poll(fds, 3, 100) < 0 && errno != EINTR)
                return;
            if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::read(m_fd, buf, sizeof buf);
                if (n <= 0) {
                    ssh_channel_send_eof(ch);
                    return;
                }
                if (ssh_channel_write(ch, buf, static_cast<uint32_t>(n)) != n) {
                    ::shutdown(m_fd, SHUT_RDWR);
                    return;
                }
            }
        }
    }
    bool writeAll(const char *data, int size)
    {
        while (size > 0) {
            const ssize_t w = ::write(m_fd, data, size);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return false;
            data += w;
            size -= static_cast<int>(w);
        }
        return true;
    }

    SessionHandle m_session;
    ChannelHandle m_channel;
    int m_fd;
    int m_wake[2] = {-1, -1};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

struct SshWorker::ExecOp
{
    RemoteCommand command;
    QByteArray line;
    std::shared_ptr<QPromise<Result<CommandResult>>> promise;
    ChannelHandle channel;
    enum class Step {
        Queued,
        Opening,
        Requesting,
        Running,
        Done,
    } step = Step::Queued;
    ssh_channel_callbacks_struct callbacks{};
    CommandResult result;
    bool gotExit = false;
    bool refused = false;
    int lonelyRefusals = 0;
    QDeadlineTimer notBefore{0};
    QElapsedTimer elapsed;
    QDeadlineTimer deadline = QDeadlineTimer::Forever;
    qint64 cap = 0;

    [[nodiscard]] QString program() const { return command.argv().value(0); }
};

struct SshWorker::StreamOp
{
    quint64 id = 0;
    QByteArray path;          ///< unix socket (direct-streamlocal), or
    QByteArray command;       ///< command line of an exec stream (its stdin/stdout are the stream)
    QByteArray stdErr;        ///< exec streams: the command's stderr (last 4 KiB), for the error message
    bool mergeStderr = false; ///< exec streams: stderr is also delivered as stream data
    ChannelHandle channel;
    enum class Step {
        Opening,
        Exec, ///< exec streams: session channel open, command requested
        Open,
        Done,
    } step = Step::Opening;
    QByteArray pendingWrite;
    bool closeRequested = false;
    ssh_channel_callbacks_struct callbacks{}; ///< exec streams: exit status
    int exitStatus = -1;
    bool gotExit = false;
};

namespace
{

void onStreamExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *op = static_cast<SshWorker::StreamOp *>(userdata);
    op->exitStatus = status;
    op->gotExit = true;
}

void onStreamExitSignal(ssh_session, ssh_channel, const char *, int, const char *, const char *, void *userdata)
{
    auto *op = static_cast<SshWorker::StreamOp *>(userdata);
    op->exitStatus = 128;
    op->gotExit = true;
}

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *op = static_cast<SshWorker::ExecOp *>(userdata);
    op->result.exitStatus = status;
    op->gotExit = true;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    auto *op = static_cast<SshWorker::ExecOp *>(userdata);
    op->result.exitStatus = -1;
    op->result.exitSignal = u"SIG"_s + QString::fromUtf8(signal);
    op->gotExit = true;
}

} // namespace

SshWorker::SshWorker(SshConnection *connection, SshOptions options)
    : m_connection(connection)
    , m_options(std::move(options))
{}

SshWorker::~SshWorker() = default;

void SshWorker::init()
{
    m_tick = new QTimer(this);
    m_tick->callOnTimeout(this, [this] { pump(); });
    m_keepalive = new QTimer(this);
    m_keepalive->callOnTimeout(this, [this] { keepalive(); });
    m_backoff = new QTimer(this);
    m_backoff->setSingleShot(true);
    m_backoff->callOnTimeout(this, [this] { startConnect(); });
}

void SshWorker::shutdown()
{
    const Error e(Error::Code::Cancelled, Tr::tr("The SSH connection was closed."));
    m_backoff->stop();
    for (auto &w : m_connectWaiters) {
        w->addResult(e);
        w->finish();
    }
    m_connectWaiters.clear();
    teardown();
    for (auto &op : m_queued)
        finishExec(*op, e);
    m_queued.clear();
    m_hopSession.reset();
    // OpenSSL keeps per-thread state (its random generators, created by libssh's first handshake) and
    // frees it from a thread-exit handler. QThread::wait() can return before that handler runs, and if the
    // process exits meanwhile the state is lost (LeakSanitizer reported it in krynetctl): free it here,
    // where the worker thread's last libssh call has returned.
    OPENSSL_thread_stop();
}

const SshEndpoint &SshWorker::hop() const
{
    return onJumpHop() ? *m_options.jump : m_options.target;
}

void SshWorker::setState(State state, const Error &error)
{
    if (state == m_state && state != State::Failed && state != State::BackingOff)
        return;
    m_state = state;
    qCDebug(lcSsh) << m_options.displayName() << "state" << SshConnection::stateName(state) << error.toString();
    QMetaObject::invokeMethod(m_connection, [c = m_connection, state, error] { c->workerStateChanged(state, error); });
}

// ---- connecting -------------------------------------------------------------------------------------------

void SshWorker::requestConnect(std::shared_ptr<QPromise<Result<void>>> promise)
{
    if (m_state == State::Connected) {
        promise->addResult(success());
        promise->finish();
        return;
    }
    m_connectWaiters.push_back(std::move(promise));
    if (m_state == State::Disconnected || m_state == State::Failed || m_state == State::BackingOff)
        startConnect();
}

void SshWorker::startConnect()
{
    m_backoff->stop();
    if (auto valid = m_options.validate(); !valid) {
        connectFailed(valid.error());
        return;
    }
    teardown();
    m_hopIndex = 0;
    m_phase = Phase::Connect;
    m_methodsTried.clear();
    m_passphrase.reset();
    setState(State::Connecting);
    continueConnect();
}

void SshWorker::continueConnect()
{
    for (;;) {
        switch (m_phase) {
        case Phase::Connect:
            if (auto r = connectHop(); !r)
                return connectFailed(r.error());
            m_phase = Phase::HostKey;
            break;
        case Phase::HostKey: {
            const auto r = checkHostKey();
            if (!r)
                return connectFailed(r.error());
            if (!*r)
                return; // resumed by hostKeyAnswered()
            m_phase = Phase::Auth;
            setState(State::Authenticating);
            break;
        }
        case Phase::Auth: {
            const auto r = authenticate();
            if (!r)
                return connectFailed(r.error());
            if (!*r)
                return; // resumed by passphraseAnswered()
            if (onJumpHop()) {
                if (auto j = openJumpChannel(); !j)
                    return connectFailed(j.error());
                m_hopIndex = 1;
                m_phase = Phase::Connect;
                m_methodsTried.clear();
                m_passphrase.reset();
                setState(State::Connecting);
                break;
            }
            return onConnected();
        }
        }
    }
}

Result<void> SshWorker::connectHop()
{
    const SshEndpoint &e = hop();
    const bool throughJump = m_options.jump && m_hopIndex == 1;
    if (!throughJump) {
        if (auto r = checkResolves(e); !r)
            return r;
    }
    SessionHandle s(ssh_new());
    if (!s)
        return Error(Error::Code::Network, Tr::tr("Could not create an SSH session."), u"ssh_new failed"_s);
    const QByteArray host = e.host.toUtf8();
    const QByteArray user = e.user.toUtf8();
    const QByteArray knownHosts = QFileInfo(m_options.knownHostsFile).absoluteFilePath().toUtf8();
    const QByteArray sshDir = QFileInfo(m_options.knownHostsFile).absolutePath().toUtf8();
    const QByteArray agent = m_options.agentSocket.toUtf8();
    const unsigned int port = e.port;
    const int one = 1;
    const bool no = false;
    const long timeoutSec = static_cast<long>(m_options.connectTimeout.count() / 1000);
    const long timeoutUsec = static_cast<long>((m_options.connectTimeout.count() % 1000) * 1000);
    bool ok = setOption(s.get(), SSH_OPTIONS_PROCESS_CONFIG, &no) &&
              setOption(s.get(), SSH_OPTIONS_HOST, host.constData()) && setOption(s.get(), SSH_OPTIONS_PORT, &port) &&
              setOption(s.get(), SSH_OPTIONS_USER, user.constData()) &&
              setOption(s.get(), SSH_OPTIONS_SSH_DIR, sshDir.constData()) &&
              setOption(s.get(), SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) &&
              setOption(s.get(), SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null") &&
              setOption(s.get(), SSH_OPTIONS_NODELAY, &one) && setOption(s.get(), SSH_OPTIONS_TIMEOUT, &timeoutSec) &&
              setOption(s.get(), SSH_OPTIONS_TIMEOUT_USEC, &timeoutUsec);
    if (ok && !agent.isEmpty())
        ok = setOption(s.get(), SSH_OPTIONS_IDENTITY_AGENT, agent.constData());
    if (ok && throughJump) {
        socket_t fd = m_bridgeFd;
        ok = setOption(s.get(), SSH_OPTIONS_FD, &fd);
        m_bridgeFd = -1; // the session owns (and closes) it now
    }
    if (!ok)
        return Error(Error::Code::Config, Tr::tr("Invalid SSH settings for %1.").arg(endpointName(e)),
                     sshError(s.get()));
    ssh_set_blocking(s.get(), 1);
    QElapsedTimer t;
    t.start();
    if (ssh_connect(s.get()) != SSH_OK)
        return connectError(e, sshError(s.get()), throughJump);
    qCDebug(lcSsh) << "connected to" << endpointName(e) << "in" << t.elapsed() << "ms";
    m_hopSession = std::move(s);
    return success();
}

Result<bool> SshWorker::checkHostKey()
{
    const SshEndpoint &e = hop();
    ssh_session s = m_hopSession.get();
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
        return Error(Error::Code::HostKey, Tr::tr("%1 sent no usable host key.").arg(endpointName(e)), sshError(s));
    KeyHandle key(rawKey);
    unsigned char *rawHash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &rawHash, &hashLen) != SSH_OK)
        return Error(Error::Code::HostKey, Tr::tr("Could not fingerprint the host key of %1.").arg(endpointName(e)));
    HashHandle hash(rawHash);
    CharHandle fp(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), hashLen));
    HostKeyInfo info;
    info.host = e.host;
    info.port = e.port;
    info.keyType = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key.get())));
    info.fingerprint = QString::fromUtf8(fp.get());
    info.jumpHost = onJumpHop();

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return Error(Error::Code::HostKey,
                     Tr::tr("WARNING: the SSH host key of %1 has CHANGED (it is now %2 %3). This may be an attack: "
                            "someone could be intercepting the connection. It can also mean the server was "
                            "reinstalled. The connection was refused. Only if you are sure the change is expected, "
                            "remove the old key of %1 from %4 and connect again.")
                         .arg(endpointName(e), info.keyType, info.fingerprint, m_options.knownHostsFile),
                     u"known_hosts mismatch"_s);
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        return Error(Error::Code::HostKey,
                     Tr::tr("Could not read the known hosts file %1.").arg(m_options.knownHostsFile), sshError(s));
    }

    const QString onceKey = u"%1:%2 %3"_s.arg(e.host).arg(e.port).arg(info.fingerprint);
    if (m_acceptedOnce.contains(onceKey))
        return true;
    m_pendingKey = info;
    if (!m_options.preapprovedFingerprint.isEmpty() && m_options.preapprovedFingerprint == info.fingerprint) {
        m_phase = Phase::HostKey;
        m_waitingHostKey = true;
        hostKeyAnswered(m_options.saveAcceptedHostKeys ? HostKeyDecision::AcceptAndSave : HostKeyDecision::AcceptOnce);
        return false; // hostKeyAnswered() continued the connect already
    }
    m_waitingHostKey = true;
    setState(State::AwaitingHostKeyDecision);
    QMetaObject::invokeMethod(m_connection, [c = m_connection, info] { c->workerNeedsHostKeyDecision(info); });
    return false;
}

void SshWorker::hostKeyAnswered(HostKeyDecision decision)
{
    if (!m_waitingHostKey || !m_hopSession || m_phase != Phase::HostKey)
        return;
    m_waitingHostKey = false;
    const HostKeyInfo info = m_pendingKey;
    if (decision == HostKeyDecision::Reject) {
        return connectFailed(Error(Error::Code::HostKey,
                                   Tr::tr("The SSH host key of %1 is not trusted (%2 %3), so no connection was made. "
                                          "Compare the fingerprint with the server's (ssh-keygen -lf "
                                          "/etc/ssh/ssh_host_ed25519_key.pub) and accept it if it matches.")
                                       .arg(endpointName(hop()), info.keyType, info.fingerprint),
                                   u"unknown host key declined"_s));
    }
    if (decision == HostKeyDecision::AcceptAndSave) {
        QDir().mkpath(QFileInfo(m_options.knownHostsFile).absolutePath());
        if (ssh_session_update_known_hosts(m_hopSession.get()) != SSH_OK)
            qCWarning(lcSsh) << "could not add the host key to" << m_options.knownHostsFile
                             << sshError(m_hopSession.get());
    }
    m_acceptedOnce.insert(u"%1:%2 %3"_s.arg(info.host).arg(info.port).arg(info.fingerprint));
    qCInfo(lcSsh) << "host key accepted" << info.host << info.fingerprint;
    m_phase = Phase::Auth;
    setState(State::Authenticating);
    continueConnect();
}

Result<bool> SshWorker::authenticate()
{
    const SshEndpoint &e = hop();
    ssh_session s = m_hopSession.get();
    const auto authFailed = [&](const QString &detail) {
        const int methods = ssh_userauth_list(s, nullptr);
        QStringList offered;
        if (methods & SSH_AUTH_METHOD_PUBLICKEY)
            offered << u"publickey"_s;
        if (methods & SSH_AUTH_METHOD_PASSWORD)
            offered << u"password"_s;
        if (methods & SSH_AUTH_METHOD_INTERACTIVE)
            offered << u"keyboard-interactive"_s;
        if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
            offered << u"gssapi-with-mic"_s;
        const QString tried = m_methodsTried.isEmpty() ? Tr::tr("nothing") : m_methodsTried.join(u", "_s);
        return Error(
            Error::Code::Auth,
            Tr::tr("%1 rejected the SSH login as \"%2\". Tried: %3. The server accepts: %4. Is the public "
                   "key in the server's authorized_keys?")
                .arg(endpointName(e), e.user, tried, offered.isEmpty() ? Tr::tr("nothing") : offered.join(u", "_s)),
            detail);
    };

    if (!m_passphrase) {
        // First pass: none (to learn the methods), then the agent, then an unencrypted key file.
        int rc = ssh_userauth_none(s, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        if (rc == SSH_AUTH_ERROR)
            return connectError(e, sshError(s), false);
        if (m_options.useAgent) {
            const bool haveAgent = !m_options.agentSocket.isEmpty() || qEnvironmentVariableIsSet("SSH_AUTH_SOCK");
            if (haveAgent) {
                m_methodsTried << Tr::tr("keys in the ssh-agent");
                rc = ssh_userauth_agent(s, nullptr);
                if (rc == SSH_AUTH_SUCCESS)
                    return true;
                if (!ssh_is_connected(s))
                    return connectError(e, sshError(s), false);
            }
        }
        if (e.identityFile.isEmpty())
            return authFailed(sshError(s));
        ssh_key raw = nullptr;
        const QByteArray path = QFile::encodeName(e.identityFile);
        if (ssh_pki_import_privkey_file(path.constData(), nullptr, nullptr, nullptr, &raw) != SSH_OK) {
            // Encrypted (or unreadable): ask for the passphrase without blocking anyone.
            m_waitingPassphrase = true;
            const QString file = e.identityFile;
            QMetaObject::invokeMethod(m_connection, [c = m_connection, file] { c->workerNeedsPassphrase(file); });
            return false;
        }
        KeyHandle key(raw);
        m_methodsTried << Tr::tr("key %1").arg(e.identityFile);
        rc = ssh_userauth_publickey(s, nullptr, key.get());
        if (rc == SSH_AUTH_SUCCESS)
            return true;
        return authFailed(sshError(s));
    }

    ssh_key raw = nullptr;
    const QByteArray path = QFile::encodeName(e.identityFile);
    const int rc = ssh_pki_import_privkey_file(path.constData(), m_passphrase->constData(), nullptr, nullptr, &raw);
    m_passphrase->fill('\0');
    m_passphrase.reset();
    if (rc != SSH_OK)
        return Error(
            Error::Code::Auth,
            Tr::tr("Could not unlock the SSH key %1: wrong passphrase, or not a private key.").arg(e.identityFile),
            u"ssh_pki_import_privkey_file failed"_s);
    KeyHandle key(raw);
    m_methodsTried << Tr::tr("key %1").arg(e.identityFile);
    if (ssh_userauth_publickey(s, nullptr, key.get()) == SSH_AUTH_SUCCESS)
        return true;
    return authFailed(sshError(s));
}

void SshWorker::passphraseAnswered(Result<QString> passphrase)
{
    if (!m_waitingPassphrase || !m_hopSession)
        return;
    m_waitingPassphrase = false;
    if (!passphrase)
        return connectFailed(passphrase.error());
    QByteArray bytes = passphrase->toUtf8();
    m_passphrase = bytes;
    bytes.fill('\0');
    continueConnect();
}

Result<void> SshWorker::openJumpChannel()
{
    ssh_session jump = m_hopSession.get();
    ChannelHandle ch(ssh_channel_new(jump));
    const QByteArray host = m_options.target.host.toUtf8();
    if (!ch || ssh_channel_open_forward(ch.get(), host.constData(), m_options.target.port, "127.0.0.1", 0) != SSH_OK)
        return Error(Error::Code::Network,
                     Tr::tr("The jump host %1 refused to forward the connection to %2 (AllowTcpForwarding?).")
                         .arg(endpointName(*m_options.jump), endpointName(m_options.target)),
                     sshError(jump));
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return Error(Error::Code::Network, Tr::tr("Could not set up the jump host tunnel."), u"socketpair failed"_s);
    m_bridge = std::make_unique<JumpBridge>(std::move(m_hopSession), std::move(ch), sv[1]);
    m_bridgeFd = sv[0];
    return success();
}

void SshWorker::connectFailed(const Error &error)
{
    qCDebug(lcSsh) << m_options.displayName() << "connect failed:" << error.toString();
    const bool wasReconnect = m_reconnectAttempt > 0;
    m_waitingHostKey = false;
    m_waitingPassphrase = false;
    m_hopSession.reset();
    teardown();
    for (auto &w : m_connectWaiters) {
        w->addResult(error);
        w->finish();
    }
    m_connectWaiters.clear();
    for (auto &op : m_queued)
        finishExec(*op, error);
    m_queued.clear();
    const bool transient = error.code() == Error::Code::Network || error.code() == Error::Code::Timeout ||
                           error.code() == Error::Code::Dns;
    if (wasReconnect && transient && m_options.autoReconnect) {
        m_lastFailure = error;
        scheduleReconnect();
        return;
    }
    m_reconnectAttempt = 0;
    setState(State::Failed, error);
}

void SshWorker::onConnected()
{
    m_session = std::move(m_hopSession);
    ssh_set_blocking(m_session.get(), 0);
    m_event.reset(ssh_event_new());
    ssh_event_add_session(m_event.get(), m_session.get());
    m_notifier = new QSocketNotifier(ssh_get_fd(m_session.get()), QSocketNotifier::Read, this);
    QObject::connect(m_notifier, &QSocketNotifier::activated, this, [this] { pump(); });
    m_channelLimit = 0;
    m_reconnectAttempt = 0;
    if (m_options.keepaliveInterval.count() > 0)
        m_keepalive->start(m_options.keepaliveInterval);
    setState(State::Connected);
    for (auto &w : m_connectWaiters) {
        w->addResult(success());
        w->finish();
    }
    m_connectWaiters.clear();
    pump();
}

void SshWorker::teardown()
{
    m_keepalive->stop();
    m_tick->stop();
    delete m_notifier;
    m_notifier = nullptr;
    const Error lost(Error::Code::Cancelled, Tr::tr("The SSH connection was closed."));
    for (auto &op : m_execs)
        finishExec(*op, lost);
    m_execs.clear();
    for (auto &op : m_streams)
        failStream(*op, lost);
    m_streams.clear();
    m_probe.reset();
    if (m_event && m_session)
        ssh_event_remove_session(m_event.get(), m_session.get());
    m_event.reset();
    m_session.reset();
    m_bridge.reset();
    if (m_bridgeFd >= 0) {
        ::close(m_bridgeFd);
        m_bridgeFd = -1;
    }
}

void SshWorker::connectionLost(const Error &error)
{
    qCInfo(lcSsh) << m_options.displayName() << "connection lost:" << error.toString();
    // In-flight commands fail and are never re-run: the server may have executed them.
    const Error inflight = Error(Error::Code::Network,
                                 Tr::tr("The connection to %1 was lost while the command was running. It was not run "
                                        "again: check its effect before retrying.")
                                     .arg(endpointName(m_options.target)),
                                 error.detail());
    for (auto &op : m_execs)
        finishExec(*op, inflight);
    m_execs.clear();
    for (auto &op : m_queued)
        finishExec(*op, error);
    m_queued.clear();
    for (auto &op : m_streams)
        failStream(*op, error);
    m_streams.clear();
    teardown();
    if (m_options.autoReconnect) {
        m_lastFailure = error;
        scheduleReconnect();
    } else {
        setState(State::Failed, error);
    }
}

void SshWorker::scheduleReconnect()
{
    const auto base = m_options.reconnectInitialDelay.count() * (qint64(1) << std::min(m_reconnectAttempt, 20));
    const qint64 capped = std::min<qint64>(base, m_options.reconnectMaxDelay.count());
    const double jitter = 0.75 + QRandomGenerator::global()->generateDouble() * 0.5; // +-25 %
    const auto delay = std::chrono::milliseconds(std::max<qint64>(1, qint64(double(capped) * jitter)));
    ++m_reconnectAttempt;
    qCInfo(lcSsh) << m_options.displayName() << "reconnecting in" << delay.count() << "ms (attempt"
                  << m_reconnectAttempt << ")";
    m_backoff->start(delay);
    setState(State::BackingOff, m_lastFailure);
}

void SshWorker::requestDisconnect()
{
    m_backoff->stop();
    m_reconnectAttempt = 0;
    const Error e(Error::Code::Cancelled, Tr::tr("The SSH connection was closed."));
    for (auto &w : m_connectWaiters) {
        w->addResult(e);
        w->finish();
    }
    m_connectWaiters.clear();
    for (auto &op : m_execs)
        finishExec(*op, e);
    m_execs.clear();
    for (auto &op : m_queued)
        finishExec(*op, e);
    m_queued.clear();
    m_waitingHostKey = false;
    m_waitingPassphrase = false;
    m_hopSession.reset();
    teardown();
    setState(State::Disconnected);
}

// ---- commands -----------------------------------------------------------------------------------------------

void SshWorker::requestRun(RemoteCommand command, std::shared_ptr<QPromise<Result<CommandResult>>> promise)
{
    auto op = std::make_unique<ExecOp>();
    if (m_options.useSudo && !command.usesSudo())
        command = command.withSudo();
    op->line = command.commandLine();
    op->cap = command.maxOutputBytes().value_or(m_options.maxOutputBytes);
    const auto timeout = command.timeout().value_or(m_options.commandTimeout);
    op->command = std::move(command);
    op->promise = std::move(promise);
    if (timeout.count() > 0)
        op->deadline = QDeadlineTimer(timeout);

    switch (m_state) {
    case State::BackingOff:
        finishExec(*op, Error(Error::Code::Network,
                              Tr::tr("Not connected to %1; reconnecting in %2 s. (%3)")
                                  .arg(endpointName(m_options.target))
                                  .arg((m_backoff->remainingTime() + 999) / 1000)
                                  .arg(m_lastFailure.message()),
                              m_lastFailure.detail()));
        return;
    case State::Disconnected:
    case State::Failed:
        m_queued.push_back(std::move(op));
        startConnect();
        return;
    case State::Connecting:
    case State::AwaitingHostKeyDecision:
    case State::Authenticating:
        m_queued.push_back(std::move(op));
        return;
    case State::Connected:
        m_queued.push_back(std::move(op));
        pump();
        return;
    }
}

void SshWorker::finishExec(ExecOp &op, Result<CommandResult> result)
{
    if (op.channel) {
        ssh_remove_channel_callbacks(op.channel.get(), &op.callbacks);
        if (m_session && ssh_channel_is_open(op.channel.get()))
            ssh_channel_close(op.channel.get());
        op.channel.reset();
    }
    op.step = ExecOp::Step::Done;
    if (!op.promise)
        return;
    if (!op.promise->isCanceled())
        op.promise->addResult(std::move(result));
    op.promise->finish();
    op.promise.reset();
}

int SshWorker::activeExecChannels() const
{
    return int(std::count_if(m_execs.begin(), m_execs.end(), [](const auto &op) {
        return op->step != ExecOp::Step::Done && op->step != ExecOp::Step::Queued;
    }));
}

bool SshWorker::advanceExec(ExecOp &op)
{
    if (op.promise && op.promise->isCanceled()) {
        finishExec(op, Error(Error::Code::Cancelled, Tr::tr("The command was cancelled.")));
        return true;
    }
    if (op.deadline.hasExpired()) {
        finishExec(
            op, Error(Error::Code::Timeout,
                      Tr::tr("The command \"%1\" did not finish within %2 s and was stopped.")
                          .arg(op.program())
                          .arg(qMax<qint64>(1, op.command.timeout().value_or(m_options.commandTimeout).count() / 1000)),
                      QString::fromUtf8(op.line)));
        return true;
    }
    ssh_session s = m_session.get();
    if (op.step == ExecOp::Step::Queued) {
        op.channel.reset(ssh_channel_new(s));
        if (!op.channel) {
            finishExec(op, Error(Error::Code::Network, Tr::tr("Could not create an SSH channel."), sshError(s)));
            return true;
        }
        op.callbacks = {};
        op.callbacks.userdata = &op;
        op.callbacks.channel_exit_status_function = onExitStatus;
        op.callbacks.channel_exit_signal_function = onExitSignal;
        ssh_callbacks_init(&op.callbacks);
        ssh_set_channel_callbacks(op.channel.get(), &op.callbacks);
        op.elapsed.start();
        op.step = ExecOp::Step::Opening;
    }
    if (op.step == ExecOp::Step::Opening) {
        const int rc = ssh_channel_open_session(op.channel.get());
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            // Refused; the caller decides between queueing (other channels are open: MaxSessions) and failing.
            ssh_remove_channel_callbacks(op.channel.get(), &op.callbacks);
            op.channel.reset();
            op.refused = true;
            op.step = ExecOp::Step::Queued;
            return true;
        }
        op.step = ExecOp::Step::Requesting;
    }
    if (op.step == ExecOp::Step::Requesting) {
        const int rc = ssh_channel_request_exec(op.channel.get(), op.line.constData());
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            finishExec(op, Error(Error::Code::Remote, Tr::tr("The server refused to run \"%1\".").arg(op.program()),
                                 sshError(s)));
            return true;
        }
        op.step = ExecOp::Step::Running;
    }
    // Running: drain both streams without blocking.
    bool progressed = false;
    char buf[16384];
    bool eofOut = false;
    bool eofErr = false;
    for (int stream = 0; stream < 2; ++stream) {
        QByteArray &target = stream == 0 ? op.result.stdOut : op.result.stdErr;
        for (;;) {
            const int n = ssh_channel_read_nonblocking(op.channel.get(), buf, sizeof buf, stream);
            if (n == SSH_EOF) {
                (stream == 0 ? eofOut : eofErr) = true;
                break;
            }
            if (n == SSH_ERROR) {
                if (!ssh_is_connected(s))
                    return true; // the pump notices the lost session
                finishExec(op, Error(Error::Code::Network,
                                     Tr::tr("Reading the output of \"%1\" failed.").arg(op.program()), sshError(s)));
                return true;
            }
            if (n == 0)
                break;
            target.append(buf, n);
            progressed = true;
            if (op.result.stdOut.size() + op.result.stdErr.size() > op.cap) {
                finishExec(op, Error(Error::Code::Remote,
                                     Tr::tr("The command \"%1\" produced more than %2 of output and was stopped.")
                                         .arg(op.program(), QLocale::system().formattedDataSize(op.cap)),
                                     u"output cap %1 bytes exceeded"_s.arg(op.cap)));
                return true;
            }
        }
    }
    const bool closed = ssh_channel_is_closed(op.channel.get());
    if ((eofOut && eofErr && op.gotExit) || closed) {
        op.result.duration = std::chrono::microseconds(op.elapsed.nsecsElapsed() / 1000);
        qCDebug(lcSsh) << "exec" << op.program() << "exit" << op.result.exitStatus << "in" << op.result.duration.count()
                       << "us";
        if (op.result.exitStatus == 127) {
            const Error e = op.result.toError(op.program());
            finishExec(op, e);
        } else {
            CommandResult r = std::move(op.result);
            finishExec(op, std::move(r));
        }
        return true;
    }
    return progressed;
}

// ---- unix-socket streams ------------------------------------------------------------------------------------

void SshWorker::requestOpenStream(quint64 id, QByteArray path)
{
    auto op = std::make_unique<StreamOp>();
    op->id = id;
    op->path = std::move(path);
    if (m_state != State::Connected) {
        const Error e(
            Error::Code::Network,
            Tr::tr("Not connected to %1: connect before opening a socket.").arg(endpointName(m_options.target)),
            m_lastFailure.detail());
        failStream(*op, m_state == State::BackingOff ? m_lastFailure : e);
        return;
    }
    op->channel.reset(ssh_channel_new(m_session.get()));
    m_streams.push_back(std::move(op));
    pump();
}

void SshWorker::requestOpenExecStream(quint64 id, RemoteCommand command, bool mergeStderr)
{
    if (m_options.useSudo && !command.usesSudo())
        command = command.withSudo();
    auto op = std::make_unique<StreamOp>();
    op->id = id;
    op->command = command.commandLine();
    op->mergeStderr = mergeStderr;
    if (m_state != State::Connected) {
        const Error e(
            Error::Code::Network,
            Tr::tr("Not connected to %1: connect before starting a command.").arg(endpointName(m_options.target)),
            m_lastFailure.detail());
        failStream(*op, m_state == State::BackingOff ? m_lastFailure : e);
        return;
    }
    op->channel.reset(ssh_channel_new(m_session.get()));
    m_streams.push_back(std::move(op));
    pump();
}

void SshWorker::streamWrite(quint64 id, QByteArray data)
{
    for (auto &op : m_streams) {
        if (op->id == id) {
            op->pendingWrite += data;
            pump();
            return;
        }
    }
}

void SshWorker::streamClose(quint64 id)
{
    for (auto &op : m_streams) {
        if (op->id == id) {
            op->closeRequested = true;
            pump();
            return;
        }
    }
}

void SshWorker::failStream(StreamOp &op, const Error &error)
{
    if (op.step == StreamOp::Step::Done)
        return;
    op.step = StreamOp::Step::Done;
    releaseStreamChannel(op);
    if (op.closeRequested)
        return;
    QMetaObject::invokeMethod(m_connection,
                              [c = m_connection, id = op.id, error] { c->workerStreamClosed(id, error, true); });
}

void SshWorker::releaseStreamChannel(StreamOp &op)
{
    if (!op.channel)
        return;
    // libssh keeps a channel the server has not closed yet, and calls its callbacks when the server's
    // exit-status or exit-signal still arrives: their userdata is this op, deleted by the next pump().
    // Found by AddressSanitizer (a use after free when a container's log stream was closed).
    if (op.callbacks.userdata)
        ssh_remove_channel_callbacks(op.channel.get(), &op.callbacks);
    if (m_session && ssh_channel_is_open(op.channel.get()))
        ssh_channel_close(op.channel.get());
    op.channel.reset();
}

bool SshWorker::advanceStream(StreamOp &op)
{
    ssh_session s = m_session.get();
    if (op.closeRequested) {
        releaseStreamChannel(op);
        op.step = StreamOp::Step::Done;
        return true;
    }
    if (op.step == StreamOp::Step::Opening) {
        if (!op.channel) {
            failStream(op, Error(Error::Code::Network, Tr::tr("Could not create an SSH channel."), sshError(s)));
            return true;
        }
        if (!op.command.isEmpty()) {
            const int rc = ssh_channel_open_session(op.channel.get());
            if (rc == SSH_AGAIN)
                return false;
            if (rc != SSH_OK) {
                failStream(op, Error(Error::Code::Remote,
                                     Tr::tr("The server refused a new SSH channel (too many open sessions?)."),
                                     sshError(s)));
                return true;
            }
            op.callbacks = {};
            op.callbacks.userdata = &op;
            op.callbacks.channel_exit_status_function = onStreamExitStatus;
            op.callbacks.channel_exit_signal_function = onStreamExitSignal;
            ssh_callbacks_init(&op.callbacks);
            ssh_set_channel_callbacks(op.channel.get(), &op.callbacks);
            op.step = StreamOp::Step::Exec;
        } else {
            const int rc = ssh_channel_open_forward_unix(op.channel.get(), op.path.constData(), "127.0.0.1", 0);
            if (rc == SSH_AGAIN)
                return false;
            if (rc != SSH_OK) {
                failStream(op, Error(Error::Code::Remote,
                                     Tr::tr("The server refused to connect to the socket %1: does it exist, and does "
                                            "sshd allow stream-local forwarding (AllowStreamLocalForwarding)?")
                                         .arg(QString::fromUtf8(op.path)),
                                     sshError(s)));
                return true;
            }
            op.step = StreamOp::Step::Open;
            QMetaObject::invokeMethod(m_connection, [c = m_connection, id = op.id] { c->workerStreamOpened(id); });
        }
    }
    if (op.step == StreamOp::Step::Exec) {
        const int rc = ssh_channel_request_exec(op.channel.get(), op.command.constData());
        if (rc == SSH_AGAIN)
            return false;
        if (rc != SSH_OK) {
            failStream(op, Error(Error::Code::Remote,
                                 Tr::tr("The server refused to run %1.").arg(QString::fromUtf8(op.command.left(200))),
                                 sshError(s)));
            return true;
        }
        op.step = StreamOp::Step::Open;
        QMetaObject::invokeMethod(m_connection, [c = m_connection, id = op.id] { c->workerStreamOpened(id); });
    }
    bool progressed = false;
    while (!op.pendingWrite.isEmpty()) {
        const int n = ssh_channel_write(op.channel.get(), op.pendingWrite.constData(),
                                        static_cast<uint32_t>(std::min<qsizetype>(op.pendingWrite.size(), 1 << 20)));
        if (n == SSH_ERROR) {
            failStream(op, Error(Error::Code::Network, Tr::tr("Writing to the remote socket failed."), sshError(s)));
            return true;
        }
        if (n <= 0)
            break;
        op.pendingWrite.remove(0, n);
        progressed = true;
    }
    char buf[32768];
    QByteArray chunk;
    bool eof = false;
    for (;;) {
        const int n = ssh_channel_read_nonblocking(op.channel.get(), buf, sizeof buf, 0);
        if (n == SSH_EOF) {
            eof = true;
            break;
        }
        if (n == SSH_ERROR) {
            eof = true;
            break;
        }
        if (n == 0)
            break;
        chunk.append(buf, n);
    }
    if (!op.command.isEmpty()) {
        // The command's stderr is not part of the stream: keep its tail for the error message.
        for (;;) {
            const int n = ssh_channel_read_nonblocking(op.channel.get(), buf, sizeof buf, 1);
            if (n <= 0)
                break;
            op.stdErr.append(buf, n);
            if (op.mergeStderr)
                chunk.append(buf, n);
            if (op.stdErr.size() > 4096)
                op.stdErr = op.stdErr.right(4096);
            progressed = true;
        }
    }
    if (!chunk.isEmpty()) {
        progressed = true;
        QMetaObject::invokeMethod(m_connection,
                                  [c = m_connection, id = op.id, chunk] { c->workerStreamData(id, chunk); });
    }
    // An exec stream ends when its exit status arrived with the EOF (or the channel closed); a socket at EOF.
    const bool closed = ssh_channel_is_closed(op.channel.get());
    if (closed || (eof && (op.command.isEmpty() || op.gotExit))) {
        releaseStreamChannel(op);
        Error error;
        bool failed = false;
        if (!op.command.isEmpty()) {
            // An exec stream that ends with a non-zero status (sudo asking for a password, no docker…)
            // failed: say so with the command's own words.
            const int status = op.exitStatus;
            if (status > 0) {
                failed = true;
                const QString text = QString::fromUtf8(op.stdErr).trimmed();
                error = Error(Error::Code::Remote,
                              Tr::tr("The command %1 on the server ended with status %2: %3")
                                  .arg(QString::fromUtf8(op.command.left(200)))
                                  .arg(status)
                                  .arg(text.isEmpty() ? Tr::tr("no message") : text.right(500)),
                              QString::fromUtf8(op.stdErr));
            }
        }
        op.step = StreamOp::Step::Done;
        QMetaObject::invokeMethod(
            m_connection, [c = m_connection, id = op.id, error, failed] { c->workerStreamClosed(id, error, failed); });
        return true;
    }
    return progressed;
}

// ---- the pump ----------------------------------------------------------------------------------------------

void SshWorker::pump()
{
    if (m_pumping || !m_session || m_state != State::Connected)
        return;
    m_pumping = true;
    ssh_session s = m_session.get();
    ssh_event_dopoll(m_event.get(), 0);
    const auto lost = [&] { return !ssh_is_connected(s) || (ssh_get_status(s) & (SSH_CLOSED | SSH_CLOSED_ERROR)); };
    if (lost()) {
        m_pumping = false;
        return connectionLost(Error(Error::Code::Network,
                                    Tr::tr("The SSH connection to %1 was lost.").arg(endpointName(m_options.target)),
                                    sshError(s)));
    }

    for (int round = 0; round < 8; ++round) {
        bool progressed = false;
        for (auto &op : m_execs)
            progressed |= advanceExec(*op);
        if (lost())
            break;
        // Refused channels go back to the queue when others are open: the server's MaxSessions is reached.
        std::vector<std::unique_ptr<ExecOp>> refused;
        for (auto &op : m_execs) {
            if (op->refused) {
                op->refused = false;
                refused.push_back(std::move(op));
            }
        }
        std::erase_if(m_execs, [](const auto &op) { return !op || op->step == ExecOp::Step::Done; });
        if (!refused.empty()) {
            const int established = int(std::count_if(m_execs.begin(), m_execs.end(), [](const auto &op) {
                return op->step == ExecOp::Step::Requesting || op->step == ExecOp::Step::Running;
            }));
            const bool othersOpen = established > 0 || activeExecChannels() > 0;
            for (auto it = refused.rbegin(); it != refused.rend(); ++it) {
                ExecOp &op = **it;
                // With no other channel open the refusal is either real (sessions not allowed) or the
                // server has not yet freed the slot of a channel we just closed: retry a few times, later.
                if (!othersOpen && ++op.lonelyRefusals > 5) {
                    finishExec(op, Error(Error::Code::Remote,
                                         Tr::tr("%1 refused to open an SSH channel (MaxSessions reached, or "
                                                "sessions not allowed for this user).")
                                             .arg(endpointName(m_options.target)),
                                         sshError(s)));
                    continue;
                }
                op.notBefore = QDeadlineTimer(othersOpen ? 0 : 20 * op.lonelyRefusals);
                m_queued.push_front(std::move(*it));
            }
            if (othersOpen)
                m_channelLimit = std::max(1, established);
            qCDebug(lcSsh) << "channel refused; limit" << m_channelLimit << "queued" << m_queued.size();
        }
        while (!m_queued.empty() && m_queued.front()->notBefore.hasExpired() &&
               (m_channelLimit == 0 || activeExecChannels() < m_channelLimit)) {
            m_execs.push_back(std::move(m_queued.front()));
            m_queued.pop_front();
            advanceExec(*m_execs.back());
            progressed = true;
        }
        // Drop cancelled commands still waiting in the queue.
        for (auto &op : m_queued) {
            if (op->promise && op->promise->isCanceled())
                finishExec(*op, Error(Error::Code::Cancelled, Tr::tr("The command was cancelled.")));
        }
        std::erase_if(m_queued, [](const auto &op) { return op->step == ExecOp::Step::Done; });

        advanceProbe();
        for (auto &op : m_streams)
            progressed |= advanceStream(*op);
        std::erase_if(m_streams, [](const auto &op) { return op->step == StreamOp::Step::Done; });
        if (!progressed || lost())
            break;
        ssh_event_dopoll(m_event.get(), 0);
    }
    m_pumping = false;
    if (lost())
        return connectionLost(Error(Error::Code::Network,
                                    Tr::tr("The SSH connection to %1 was lost.").arg(endpointName(m_options.target)),
                                    sshError(s)));
    updateTick();
}

void SshWorker::keepalive()
{
    if (!m_session || m_state != State::Connected)
        return;
    if (m_probe) {
        // The previous probe got no answer in a whole interval: the server or the path is gone even if
        // TCP has not noticed yet (a Tailscale peer that went away, a frozen server).
        m_probe.reset();
        return connectionLost(Error(Error::Code::Timeout,
                                    Tr::tr("%1 stopped answering over SSH (no reply within %2 s).")
                                        .arg(endpointName(m_options.target))
                                        .arg(double(m_options.keepaliveInterval.count()) / 1000.0),
                                    u"keepalive probe unanswered"_s));
    }
    // Probe: open a session channel and close it once confirmed. The server answers at once and starts no
    // process; any answer (even a refusal at MaxSessions) proves the connection alive.
    m_probe.reset(ssh_channel_new(m_session.get()));
    pump();
}

void SshWorker::advanceProbe()
{
    if (!m_probe)
        return;
    const int rc = ssh_channel_open_session(m_probe.get());
    if (rc == SSH_AGAIN)
        return;
    if (rc == SSH_OK)
        ssh_channel_close(m_probe.get());
    m_probe.reset();
}

void SshWorker::updateTick()
{
    const bool busy =
        !m_execs.empty() || !m_queued.empty() || std::any_of(m_streams.begin(), m_streams.end(), [](const auto &op) {
            return op->step == StreamOp::Step::Opening || !op->pendingWrite.isEmpty();
        });
    const int interval = busy ? 5 : (m_streams.empty() ? 0 : 100);
    if (interval == 0) {
        m_tick->stop();
    } else if (!m_tick->isActive() || m_tick->interval() != interval) {
        m_tick->start(interval);
    }
}

} // namespace KryNet::Ssh
