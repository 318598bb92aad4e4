#include "app/labsim/ssh/sshserver.h"

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QTcpServer>
#include <QTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include "app/labsim/faults.h"
#include "app/labsim/traffic.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

// ---- what crosses threads -------------------------------------------------------------------------------------

namespace
{

struct ExecDone
{
    quint32 channel;
    CommandOutput output;
};
struct StreamWrite
{
    quint32 channel;
    QByteArray data;
};
struct StreamClose
{
    quint32 channel;
};
struct Drop
{};
using InboxItem = std::variant<ExecDone, StreamWrite, StreamClose, Drop>;

using AuthorizedKeys = QList<QByteArray>; ///< base64 key blobs

AuthorizedKeys readAuthorizedKeys(const QString &file)
{
    AuthorizedKeys keys;
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return keys;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> words = line.simplified().split(' ');
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            const QByteArray &w = words.at(i);
            if (w.startsWith("ssh-") || w.startsWith("ecdsa-") || w.startsWith("sk-")) {
                keys << words.at(i + 1);
                break;
            }
        }
    }
    return keys;
}

QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString out = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return out;
}

} // namespace

/// The inbox of one session thread: filled here, drained there.
struct SshSessionLink
{
    std::mutex mutex;
    std::deque<InboxItem> items;
    int wakeFd = -1;
    std::atomic<bool> ended{false};

    SshSessionLink()
        : wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    {}
    ~SshSessionLink()
    {
        if (wakeFd >= 0)
            ::close(wakeFd);
    }
    Q_DISABLE_COPY_MOVE(SshSessionLink)

    void post(InboxItem item)
    {
        if (ended)
            return;
        {
            const std::lock_guard lock(mutex);
            items.push_back(std::move(item));
        }
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(wakeFd, &one, sizeof one);
    }
};

struct SshServer::Session
{
    std::shared_ptr<SshSessionLink> link;
    std::thread thread;
    QString user;
    QHash<quint32, QPointer<SshChannelDevice>> streams;
};

// ---- the forwarded stream as a QIODevice ------------------------------------------------------------------------

/// One forwarded channel (direct-streamlocal or dial-stdio) seen as a byte stream on the server's thread.
class SshChannelDevice final : public QIODevice
{
public:
    SshChannelDevice(std::shared_ptr<SshSessionLink> link, quint32 channel, QObject *parent)
        : QIODevice(parent)
        , m_link(std::move(link))
        , m_channel(channel)
    {
        QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
    Q_DISABLE_COPY_MOVE(SshChannelDevice)

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override { return m_buffer.size() + QIODevice::bytesAvailable(); }
    void close() override
    {
        if (!isOpen())
            return;
        if (!m_peerClosed)
            m_link->post(StreamClose{m_channel});
        QIODevice::close();
        deleteLater();
    }
    void deliver(const QByteArray &data)
    {
        m_buffer += data;
        Q_EMIT readyRead();
    }
    void peerClosed()
    {
        m_peerClosed = true;
        Q_EMIT readChannelFinished();
        close();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
        memcpy(data, m_buffer.constData(), size_t(n));
        m_buffer.remove(0, n);
        return n;
    }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_peerClosed)
            return -1;
        m_link->post(StreamWrite{m_channel, QByteArray(data, size)});
        return size;
    }

private:
    std::shared_ptr<SshSessionLink> m_link;
    quint32 m_channel;
    QByteArray m_buffer;
    bool m_peerClosed = false;
};

// ---- one session, on its own thread ----------------------------------------------------------------------------

class SshSessionWorker final
{
public:
    SshSessionWorker(SshServer *server, quint64 id, ssh_session session, std::shared_ptr<SshSessionLink> link,
                     AuthorizedKeys keys)
        : m_server(server)
        , m_id(id)
        , m_session(session)
        , m_link(std::move(link))
        , m_keys(std::move(keys))
    {}
    Q_DISABLE_COPY_MOVE(SshSessionWorker)

    void run();

private:
    struct Channel
    {
        SshSessionWorker *worker = nullptr;
        quint32 id = 0;
        ssh_channel channel = nullptr;
        ssh_channel_callbacks_struct callbacks{};
        bool stream = false;
        bool done = false; ///< closed by us or by the peer: free it
    };

    template <typename F>
    void toServer(F &&f)
    {
        QMetaObject::invokeMethod(m_server, std::forward<F>(f), Qt::QueuedConnection);
    }
    Channel *addChannel(ssh_channel c, bool stream);
    Channel *find(quint32 id);
    void processInbox();
    void reap(bool all);
    static void writeAll(ssh_channel c, const QByteArray &data, bool stderrStream);

    static int onAuthPubkey(ssh_session, const char *user, struct ssh_key_struct *key, char state, void *self);
    static ssh_channel onOpenSession(ssh_session, void *self);
    static int onMessage(ssh_session, ssh_message message, void *self);
    static int onExec(ssh_session, ssh_channel, const char *command, void *self);
    static int onPty(ssh_session, ssh_channel, const char *, int, int, int, int, void *) { return 0; }
    static int onEnv(ssh_session, ssh_channel, const char *, const char *, void *) { return 0; }
    static int onShell(ssh_session, ssh_channel, void *) { return 1; }
    static int onData(ssh_session, ssh_channel, void *data, uint32_t len, int, void *self);
    static void onClose(ssh_session, ssh_channel, void *self);
    static int onWake(socket_t fd, int, void *self);

    SshServer *m_server;
    quint64 m_id;
    ssh_session m_session;
    std::shared_ptr<SshSessionLink> m_link;
    AuthorizedKeys m_keys;
    ssh_server_callbacks_struct m_serverCallbacks{};
    std::vector<std::unique_ptr<Channel>> m_channels;
    quint32 m_nextChannel = 1;
    bool m_authenticated = false;
    bool m_drop = false;
};

void SshSessionWorker::run()
{
    m_serverCallbacks.userdata = this;
    m_serverCallbacks.auth_pubkey_function = &SshSessionWorker::onAuthPubkey;
    m_serverCallbacks.channel_open_request_session_function = &SshSessionWorker::onOpenSession;
    ssh_callbacks_init(&m_serverCallbacks);
    ssh_set_server_callbacks(m_session, &m_serverCallbacks);
    ssh_set_message_callback(m_session, &SshSessionWorker::onMessage, this);
    ssh_set_auth_methods(m_session, SSH_AUTH_METHOD_PUBLICKEY);
    long timeout = 15;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);

    ssh_event event = nullptr;
    if (ssh_handle_key_exchange(m_session) == SSH_OK) {
        event = ssh_event_new();
        ssh_event_add_session(event, m_session);
        ssh_event_add_fd(event, m_link->wakeFd, POLLIN, &SshSessionWorker::onWake, this);
        while (!m_drop) {
            if (ssh_event_dopoll(event, 1000) == SSH_ERROR &&
                (ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR)))
                break;
            processInbox();
            reap(false);
            if (ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR))
                break;
        }
    }
    m_link->ended = true;
    reap(true);
    if (event) {
        ssh_event_remove_fd(event, m_link->wakeFd);
        ssh_event_remove_session(event, m_session);
        ssh_event_free(event);
    }
    if (!m_drop)
        ssh_disconnect(m_session);
    ssh_free(m_session);
    const quint64 id = m_id;
    SshServer *server = m_server;
    toServer([server, id] { server->onSessionEnded(id); });
}

SshSessionWorker::Channel *SshSessionWorker::addChannel(ssh_channel c, bool stream)
{
    auto ch = std::make_unique<Channel>();
    ch->worker = this;
    ch->id = m_nextChannel++;
    ch->channel = c;
    ch->stream = stream;
    ch->callbacks.userdata = ch.get();
    ch->callbacks.channel_data_function = &SshSessionWorker::onData;
    ch->callbacks.channel_close_function = &SshSessionWorker::onClose;
    ch->callbacks.channel_exec_request_function = &SshSessionWorker::onExec;
    ch->callbacks.channel_pty_request_function = &SshSessionWorker::onPty;
    ch->callbacks.channel_env_request_function = &SshSessionWorker::onEnv;
    ch->callbacks.channel_shell_request_function = &SshSessionWorker::onShell;
    ssh_callbacks_init(&ch->callbacks);
    ssh_set_channel_callbacks(c, &ch->callbacks);
    m_channels.push_back(std::move(ch));
    return m_channels.back().get();
}

SshSessionWorker::Channel *SshSessionWorker::find(quint32 id)
{
    for (const auto &ch : m_channels) {
        if (ch->id == id)
            return ch.get();
    }
    return nullptr;
}

void SshSessionWorker::writeAll(ssh_channel c, const QByteArray &data, bool stderrStream)
{
    qsizetype offset = 0;
    while (offset < data.size() && ssh_channel_is_open(c)) {
        const uint32_t chunk = uint32_t(qMin<qsizetype>(data.size() - offset, 32768));
        const int n = stderrStream ? ssh_channel_write_stderr(c, data.constData() + offset, chunk)
                                   : ssh_channel_write(c, data.constData() + offset, chunk);
        if (n <= 0)
            return;
        offset += n;
    }
}

void SshSessionWorker::processInbox()
{
    std::deque<InboxItem> items;
    {
        const std::lock_guard lock(m_link->mutex);
        items.swap(m_link->items);
    }
    for (InboxItem &item : items) {
        if (std::holds_alternative<Drop>(item)) {
            // A network loss, not a polite disconnect: the client just sees the TCP connection go.
            ::shutdown(ssh_get_fd(m_session), SHUT_RDWR);
            m_drop = true;
            return;
        }
        if (auto *done = std::get_if<ExecDone>(&item)) {
            Channel *ch = find(done->channel);
            if (!ch || ch->done || !ssh_channel_is_open(ch->channel))
                continue;
            writeAll(ch->channel, done->output.out, false);
            writeAll(ch->channel, done->output.err, true);
            ssh_channel_request_send_exit_status(ch->channel, done->output.status);
            ssh_channel_send_eof(ch->channel);
            ssh_channel_close(ch->channel);
            ch->done = true;
        } else if (auto *write = std::get_if<StreamWrite>(&item)) {
            Channel *ch = find(write->channel);
            if (ch && !ch->done && ssh_channel_is_open(ch->channel))
                writeAll(ch->channel, write->data, false);
        } else if (auto *close = std::get_if<StreamClose>(&item)) {
            Channel *ch = find(close->channel);
            if (ch && !ch->done) {
                if (ssh_channel_is_open(ch->channel)) {
                    ssh_channel_send_eof(ch->channel);
                    ssh_channel_close(ch->channel);
                }
                ch->done = true;
            }
        }
    }
}

void SshSessionWorker::reap(bool all)
{
    // Take them out first: freeing a channel may flush and so dispatch packets, whose callbacks can add
    // channels to m_channels (a new direct-streamlocal open) while we would still be iterating it.
    std::vector<std::unique_ptr<Channel>> dead;
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        if (all || (*it)->done) {
            dead.push_back(std::move(*it));
            it = m_channels.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &ch : dead)
        ssh_remove_channel_callbacks(ch->channel, &ch->callbacks);
    for (const auto &ch : dead)
        ssh_channel_free(ch->channel);
}

int SshSessionWorker::onAuthPubkey(ssh_session, const char *user, struct ssh_key_struct *key, char state, void *self)
{
    auto *w = static_cast<SshSessionWorker *>(self);
    if (state == SSH_PUBLICKEY_STATE_WRONG)
        return SSH_AUTH_DENIED;
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) != SSH_OK)
        return SSH_AUTH_DENIED;
    const QByteArray blob(b64);
    ssh_string_free_char(b64);
    if (!w->m_keys.contains(blob))
        return SSH_AUTH_DENIED;
    if (state == SSH_PUBLICKEY_STATE_NONE)
        return SSH_AUTH_SUCCESS; // "this key would do": the client signs next
    w->m_authenticated = true;
    const QString name = QString::fromUtf8(user);
    SshServer *server = w->m_server;
    const quint64 id = w->m_id;
    w->toServer([server, id, name] { server->onAuthenticated(id, name); });
    return SSH_AUTH_SUCCESS;
}

ssh_channel SshSessionWorker::onOpenSession(ssh_session session, void *self)
{
    auto *w = static_cast<SshSessionWorker *>(self);
    if (!w->m_authenticated)
        return nullptr;
    ssh_channel c = ssh_channel_new(session);
    if (c)
        w->addChannel(c, false);
    return c;
}

int SshSessionWorker::onMessage(ssh_session, ssh_message message, void *self)
{
    auto *w = static_cast<SshSessionWorker *>(self);
    // libssh 0.10 hands direct-streamlocal@openssh.com opens over as SSH_CHANNEL_UNKNOWN (path dropped).
    if (w->m_authenticated && ssh_message_type(message) == SSH_REQUEST_CHANNEL_OPEN &&
        ssh_message_subtype(message) == SSH_CHANNEL_UNKNOWN) {
        ssh_channel c = ssh_message_channel_request_open_reply_accept(message);
        if (!c)
            return 0;
        Channel *ch = w->addChannel(c, true);
        SshServer *server = w->m_server;
        const quint64 id = w->m_id;
        const quint32 channel = ch->id;
        w->toServer([server, id, channel] { server->onStreamOpened(id, channel); });
        return 0;
    }
    return 1; // default answer: refuse
}

int SshSessionWorker::onExec(ssh_session, ssh_channel, const char *command, void *self)
{
    auto *ch = static_cast<Channel *>(self);
    SshServer *server = ch->worker->m_server;
    const quint64 id = ch->worker->m_id;
    const quint32 channel = ch->id;
    const QByteArray line(command);
    ch->worker->toServer([server, id, channel, line] { server->onExec(id, channel, line); });
    return 0;
}

int SshSessionWorker::onData(ssh_session, ssh_channel, void *data, uint32_t len, int, void *self)
{
    auto *ch = static_cast<Channel *>(self);
    SshServer *server = ch->worker->m_server;
    const quint64 id = ch->worker->m_id;
    const quint32 channel = ch->id;
    const QByteArray bytes(static_cast<const char *>(data), qsizetype(len));
    ch->worker->toServer([server, id, channel, bytes] { server->onStreamData(id, channel, bytes); });
    return int(len);
}

void SshSessionWorker::onClose(ssh_session, ssh_channel, void *self)
{
    auto *ch = static_cast<Channel *>(self);
    ch->done = true;
    SshServer *server = ch->worker->m_server;
    const quint64 id = ch->worker->m_id;
    const quint32 channel = ch->id;
    ch->worker->toServer([server, id, channel] { server->onChannelClosed(id, channel); });
}

int SshSessionWorker::onWake(socket_t fd, int, void *)
{
    quint64 value = 0;
    while (::read(fd, &value, sizeof value) > 0) {
    }
    return 0;
}

// ---- the listener -------------------------------------------------------------------------------------------------

/// Hands accepted sockets to libssh instead of wrapping them in QTcpSockets.
class SshListener final : public QTcpServer
{
public:
    explicit SshListener(SshServer *server)
        : QTcpServer(server)
        , m_server(server)
    {}

protected:
    void incomingConnection(qintptr fd) override { m_server->accept(fd); }

private:
    SshServer *m_server;
};

// ---- SshServer -------------------------------------------------------------------------------------------------

SshServer::SshServer(QString stateDir, QString authorizedKeysFile, const Faults *faults, ExecHandler exec,
                     StreamHandler stream, QObject *parent)
    : QObject(parent)
    , m_stateDir(std::move(stateDir))
    , m_authorizedKeysFile(std::move(authorizedKeysFile))
    , m_faults(faults)
    , m_exec(std::move(exec))
    , m_stream(std::move(stream))
{}

SshServer::~SshServer()
{
    if (m_listener)
        m_listener->close();
    for (const auto &session : std::as_const(m_sessions))
        session->link->post(Drop{});
    for (const auto &session : std::as_const(m_sessions)) {
        if (session->thread.joinable())
            session->thread.join();
    }
    if (m_bind)
        ssh_bind_free(m_bind);
}

bool SshServer::rotateHostKey(QString *error)
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK) {
        if (error)
            *error = u"cannot generate an ed25519 host key"_s;
        return false;
    }
    if (!m_stateDir.isEmpty()) {
        QDir().mkpath(m_stateDir);
        const QString path = m_stateDir + u"/ssh_host_ed25519_key"_s;
        QFile::remove(path);
        if (ssh_pki_export_privkey_file(key, nullptr, nullptr, nullptr, QFile::encodeName(path).constData()) !=
            SSH_OK) {
            if (error)
                *error = u"cannot write the host key to %1"_s.arg(path);
            ssh_key_free(key);
            return false;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    m_fingerprint = fingerprintOf(key);
    ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_IMPORT_KEY, key); // the bind owns it from here
    return true;
}

bool SshServer::start(QString *error, quint16 port)
{
    m_bind = ssh_bind_new();
    bool no = false;
    ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_PROCESS_CONFIG, &no);
    // libssh clients open direct-streamlocal channels only to servers that announce themselves as OpenSSH.
    ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_BANNER, "OpenSSH_9.2p1 KryNet-labsim");
    const QString path = m_stateDir + u"/ssh_host_ed25519_key"_s;
    ssh_key key = nullptr;
    if (!m_stateDir.isEmpty() && QFile::exists(path) &&
        ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr, nullptr, nullptr, &key) == SSH_OK &&
        ssh_key_type(key) == SSH_KEYTYPE_ED25519) {
        m_fingerprint = fingerprintOf(key);
        ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_IMPORT_KEY, key);
    } else {
        if (key)
            ssh_key_free(key);
        if (!rotateHostKey(error))
            return false;
    }
    m_listener = new SshListener(this);
    if (!m_listener->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = u"cannot listen for SSH: %1"_s.arg(m_listener->errorString());
        return false;
    }
    return true;
}

quint16 SshServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QJsonObject SshServer::describe() const
{
    return {{u"port"_s, int(port())},
            {u"host"_s, u"127.0.0.1"_s},
            {u"user"_s, u"root"_s},
            {u"hostKeySha256"_s, m_fingerprint},
            {u"hostKeyType"_s, hostKeyType()}};
}

void SshServer::accept(qintptr fd)
{
    const int one = 1;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ssh_session session = ssh_new();
    if (!session || ssh_bind_accept_fd(m_bind, session, socket_t(fd)) != SSH_OK) {
        if (session)
            ssh_free(session);
        ::close(int(fd));
        return;
    }
    auto entry = std::make_shared<Session>();
    entry->link = std::make_shared<SshSessionLink>();
    const quint64 id = m_nextSession++;
    auto worker =
        std::make_shared<SshSessionWorker>(this, id, session, entry->link, readAuthorizedKeys(m_authorizedKeysFile));
    entry->thread = std::thread([worker] { worker->run(); });
    m_sessions.insert(id, entry);
}

int SshServer::dropAll()
{
    int n = 0;
    for (const auto &session : std::as_const(m_sessions)) {
        if (!session->link->ended) {
            session->link->post(Drop{});
            ++n;
        }
    }
    return n;
}

void SshServer::onAuthenticated(quint64 session, const QString &user)
{
    if (const auto entry = m_sessions.value(session))
        entry->user = user;
}

void SshServer::onExec(quint64 session, quint32 channel, const QByteArray &line)
{
    const auto entry = m_sessions.value(session);
    if (!entry)
        return;
    m_log.append(QJsonObject{{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                             {u"user"_s, entry->user},
                             {u"command"_s, QString::fromUtf8(line)}});
    while (m_log.size() > 1000)
        m_log.removeFirst();
    const FaultSettings faults = m_faults ? m_faults->forService(u"ssh"_s) : FaultSettings();
    const qint64 record = m_traffic ? m_traffic->arrived(Traffic::Kind::Ssh, u"ssh"_s, QString::fromUtf8(line.left(80)))
                                    : Traffic::noRecord;
    if (faults.hang)
        return;
    const CommandOutput output = m_exec ? m_exec(line) : CommandOutput::fail("sh: 1: not found\n", 127);
    if (output.dialStdio) {
        // A byte stream (the Docker socket), not a command: its HTTP requests are counted one by one.
        if (m_traffic)
            m_traffic->answered(record);
        openStream(session, channel);
        return;
    }
    const std::shared_ptr<SshSessionLink> link = entry->link;
    const auto deliver = [this, link, channel, output, record] {
        if (m_traffic)
            m_traffic->answered(record);
        link->post(ExecDone{channel, output});
    };
    if (faults.latencyMs > 0)
        QTimer::singleShot(faults.latencyMs, this, deliver);
    else
        deliver();
}

void SshServer::openStream(quint64 session, quint32 channel)
{
    const auto entry = m_sessions.value(session);
    if (!entry)
        return;
    auto *device = new SshChannelDevice(entry->link, channel, this);
    entry->streams.insert(channel, device);
    if (m_stream)
        m_stream(device);
}

void SshServer::onStreamOpened(quint64 session, quint32 channel)
{
    openStream(session, channel);
}

void SshServer::onStreamData(quint64 session, quint32 channel, const QByteArray &data)
{
    const auto entry = m_sessions.value(session);
    if (!entry)
        return;
    if (SshChannelDevice *device = entry->streams.value(channel))
        device->deliver(data);
}

void SshServer::onChannelClosed(quint64 session, quint32 channel)
{
    const auto entry = m_sessions.value(session);
    if (!entry)
        return;
    if (SshChannelDevice *device = entry->streams.take(channel))
        device->peerClosed();
}

void SshServer::onSessionEnded(quint64 session)
{
    const auto entry = m_sessions.take(session);
    if (!entry)
        return;
    for (const QPointer<SshChannelDevice> &device : std::as_const(entry->streams)) {
        if (device)
            device->peerClosed();
    }
    if (entry->thread.joinable())
        entry->thread.join();
}

} // namespace KryNet::LabSim
