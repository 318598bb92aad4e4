#include "core/ssh/sshunixsocket.h"

#include <cstring>

#include "core/ssh/sshconnection.h"

namespace KryNet::Ssh
{

SshUnixSocket::SshUnixSocket(SshConnection *connection, quint64 id, QString path, QObject *parent)
    : QIODevice(parent)
    , m_connection(connection)
    , m_id(id)
    , m_path(std::move(path))
{
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

SshUnixSocket::~SshUnixSocket()
{
    if (!m_finished && m_connection)
        m_connection->socketClose(m_id);
}

qint64 SshUnixSocket::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

void SshUnixSocket::close()
{
    if (!m_finished) {
        m_finished = true;
        if (m_connection)
            m_connection->socketClose(m_id);
        Q_EMIT aboutToClose();
        QIODevice::close();
        Q_EMIT disconnected();
        return;
    }
    QIODevice::close();
}

qint64 SshUnixSocket::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size());
    if (n == 0)
        return m_finished ? -1 : 0;
    std::memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    return n;
}

qint64 SshUnixSocket::writeData(const char *data, qint64 size)
{
    if (m_finished || !m_connection)
        return -1;
    m_connection->socketWrite(m_id, QByteArray(data, size));
    Q_EMIT bytesWritten(size);
    return size;
}

void SshUnixSocket::deliverOpened()
{
    m_connected = true;
    Q_EMIT connected();
}

void SshUnixSocket::deliverData(const QByteArray &data)
{
    m_buffer.append(data);
    Q_EMIT readyRead();
}

void SshUnixSocket::deliverClosed(const Error &error, bool failed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connected = false;
    if (failed) {
        m_error = error;
        setErrorString(error.message());
        Q_EMIT errorOccurred(error);
    }
    Q_EMIT readChannelFinished();
    Q_EMIT disconnected();
}

} // namespace KryNet::Ssh
