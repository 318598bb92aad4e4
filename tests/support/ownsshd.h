#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace KryNet::Test
{

/**
 * A private OpenSSH sshd started by a test itself with tests/peers/sshd.sh (its own state dir, never the
 * shared peer_sshd fixture's), for faults that end or restart the server: a changed host key, sshd
 * killed mid-command, a frozen session, a jump host.
 *
 *  - start() runs `sshd.sh start DIR --no-extras [--keys KEYS] EXTRA…` and reads DIR/peer.env; the
 *    script polls until the port accepts (no fixed sleep). Pass `--port N` in @p extra to come back on
 *    the same port (the host key is kept unless --new-host-key).
 *  - killHard() SIGKILLs the listener and every process below it (the per-connection sshd processes
 *    and the commands they run), by PID, as a crash or power loss would end them.
 *  - stop() (also on destruction) runs `sshd.sh stop DIR`, which ends exactly the recorded PIDs.
 */
class OwnSshd final
{
public:
    /// @p keysDir: the client keys to accept (created there if missing); empty = DIR/keys.
    explicit OwnSshd(QString dir, QString keysDir = {});
    ~OwnSshd();
    Q_DISABLE_COPY_MOVE(OwnSshd)

    [[nodiscard]] bool start(const QStringList &extra = {});
    void stop();
    /// Kills the sshd and everything below it; returns false if the listener did not go in time.
    bool killHard();

    [[nodiscard]] QString value(const QString &key) const { return m_env.value(key); }
    [[nodiscard]] quint16 port() const { return quint16(m_env.value(QStringLiteral("PORT")).toUInt()); }
    [[nodiscard]] qint64 pid() const { return m_env.value(QStringLiteral("PID")).toLongLong(); }
    /// The listener and every process below it, listener first.
    [[nodiscard]] QList<qint64> processTree() const;

    /// Direct children of @p parent (from /proc).
    [[nodiscard]] static QList<qint64> children(qint64 parent);
    [[nodiscard]] static bool isZombie(qint64 pid);
    /// The first word of /proc/PID/comm ("sleep"), empty when the process is gone.
    [[nodiscard]] static QByteArray command(qint64 pid);

private:
    QString m_dir;
    QString m_keysDir;
    QHash<QString, QString> m_env;
    bool m_running = false;
};

} // namespace KryNet::Test
