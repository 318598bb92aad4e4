#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPromise>
#include <QSet>

#include "core/common/result.h"
#include "core/ssh/sshconnection.h"
#include "core/ssh/sshhandles.h"

class QSocketNotifier;
class QTimer;

namespace KryNet::Ssh
{

class JumpBridge;

/**
 * Internal to core/ssh: the object that lives in an SshConnection's worker thread and alone touches
 * libssh. Every public function here runs on that thread (SshConnection posts them with
 * QMetaObject::invokeMethod). After authentication the session is non-blocking and driven by a
 * QSocketNotifier on its socket plus a short tick while channels are busy; many channels share it.
 */
class SshWorker final : public QObject
{
    Q_DISABLE_COPY_MOVE(SshWorker)

public:
    using State = SshConnection::State;

    SshWorker(SshConnection *connection, SshOptions options);
    ~SshWorker() override;

    void init();
    void shutdown();

    void requestConnect(std::shared_ptr<QPromise<Result<void>>> promise);
    void requestDisconnect();
    void requestRun(RemoteCommand command, std::shared_ptr<QPromise<Result<CommandResult>>> promise);
    void requestOpenStream(quint64 id, QByteArray path);
    void requestOpenExecStream(quint64 id, RemoteCommand command, bool mergeStderr);
    void streamWrite(quint64 id, QByteArray data);
    void streamClose(quint64 id);
    void hostKeyAnswered(HostKeyDecision decision);
    void passphraseAnswered(Result<QString> passphrase);

    struct ExecOp;
    struct StreamOp;

private:
    enum class Phase {
        Connect,
        HostKey,
        Auth,
    };

    void setState(State state, const Error &error = {});
    void startConnect();
    void continueConnect();
    Result<void> connectHop();
    Result<bool> checkHostKey(); // true = known, false = waiting for a decision
    Result<bool> authenticate(); // true = done, false = waiting for a passphrase
    Result<void> openJumpChannel();
    void connectFailed(const Error &error);
    void onConnected();
    void connectionLost(const Error &error);
    void teardown();
    void scheduleReconnect();

    void pump();
    void updateTick();
    void keepalive();
    void advanceProbe();
    bool advanceExec(ExecOp &op);
    bool advanceStream(StreamOp &op);
    void finishExec(ExecOp &op, Result<CommandResult> result);
    void failStream(StreamOp &op, const Error &error);
    void releaseStreamChannel(StreamOp &op);
    [[nodiscard]] int activeExecChannels() const;

    [[nodiscard]] const SshEndpoint &hop() const;
    [[nodiscard]] bool onJumpHop() const { return m_options.jump && m_hopIndex == 0; }

    SshConnection *m_connection;
    SshOptions m_options;
    State m_state = State::Disconnected;

    // Connect state machine.
    int m_hopIndex = 0;
    Phase m_phase = Phase::Connect;
    SessionHandle m_hopSession; // the session being connected (jump or target)
    HostKeyInfo m_pendingKey;
    bool m_waitingHostKey = false;
    bool m_waitingPassphrase = false;
    std::optional<QByteArray> m_passphrase;
    QStringList m_methodsTried;
    QSet<QString> m_acceptedOnce; // "host:port fingerprint"
    std::vector<std::shared_ptr<QPromise<Result<void>>>> m_connectWaiters;
    int m_reconnectAttempt = 0;
    Error m_lastFailure;

    // Connected state.
    SessionHandle m_session;
    std::unique_ptr<JumpBridge> m_bridge;
    int m_bridgeFd = -1; // our end of the socketpair when a jump host is used
    EventHandle m_event;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_keepalive = nullptr;
    QTimer *m_backoff = nullptr;
    std::deque<std::unique_ptr<ExecOp>> m_queued;
    std::vector<std::unique_ptr<ExecOp>> m_execs;
    std::vector<std::unique_ptr<StreamOp>> m_streams;
    std::vector<ChannelHandle> m_closing;
    int m_channelLimit = 0; // 0 = not learned yet
    ChannelHandle m_probe;  // keepalive probe awaiting the server's answer
    bool m_pumping = false;
};

} // namespace KryNet::Ssh
