#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

#include "core/common/error.h"

namespace KryNet::Ssh
{

class SshConnection;

/**
 * A byte stream to a unix socket on the server, tunnelled through an SshConnection (direct-streamlocal),
 * usable like a QLocalSocket by an HTTP client (the Docker Engine API over /var/run/docker.sock). The
 * same device carries exec streams (SshConnection::openExecStream): the stdin/stdout of a remote
 * command such as `docker system dial-stdio`; remotePath() is then the command line.
 *
 * Contract: lives on the thread of its SshConnection; the worker thread feeds it by queued calls.
 * Sequential, open ReadWrite from creation; writes before connected() are buffered and sent once the
 * channel opens. disconnected() is emitted exactly once (remote close, failure, close() or connection
 * loss); on failure errorOccurred() comes first and error() holds the reason. Destroying it closes
 * the channel.
 */
class SshUnixSocket final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshUnixSocket)

public:
    ~SshUnixSocket() override;

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    void close() override;

    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] const QString &remotePath() const { return m_path; }

Q_SIGNALS:
    void connected();
    void disconnected();
    void errorOccurred(const KryNet::Error &error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    friend class SshConnection;
    SshUnixSocket(SshConnection *connection, quint64 id, QString path, QObject *parent);

    void deliverOpened();
    void deliverData(const QByteArray &data);
    void deliverClosed(const Error &error, bool failed);

    QPointer<SshConnection> m_connection;
    quint64 m_id = 0;
    QString m_path;
    QByteArray m_buffer;
    Error m_error;
    bool m_connected = false;
    bool m_finished = false;
};

} // namespace KryNet::Ssh
