#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

#include "app/labsim/httpmessage.h"

class QIODevice;
class QTcpServer;

namespace KryNet::LabSim
{

class Faults;
class Traffic;

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

/**
 * Serves HTTP/1.1 on one byte stream: a TCP socket, or an SSH channel forwarding a unix socket (the
 * simulated /var/run/docker.sock). Requests are answered in order (keep-alive, Content-Length
 * bodies, chunked streamed answers). The service's fault switches apply to every answer.
 * Deletes itself when the stream closes.
 */
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    /// @p device must be open; the connection does not take ownership of it.
    /// @p traffic (optional) counts every request served (Traffic).
    HttpConnection(QIODevice *device, QString serviceId, HttpHandler handler, const Faults *faults,
                   Traffic *traffic = nullptr, QObject *parent = nullptr);
    ~HttpConnection() override;

Q_SIGNALS:
    /// The connection wants the transport closed (Connection: close, truncation, fatal parse error).
    void closeRequested();

private:
    void onReadyRead();
    void processNext();
    void answer(const HttpRequest &request);
    void send(const HttpResponse &response, bool truncate);
    void startStream(const HttpResponse &response);
    void writeRaw(const QByteArray &bytes);
    void fail(int status, const QByteArray &message);

    QPointer<QIODevice> m_device;
    QString m_serviceId;
    HttpHandler m_handler;
    const Faults *m_faults;
    Traffic *m_traffic;
    qint64 m_record = -1; ///< the Traffic record of the request being answered
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closeAfter = false;
    std::shared_ptr<ResponseStream> m_stream;
};

/// One simulated service on its own loopback port.
class HttpService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpService)

public:
    HttpService(QString id, HttpHandler handler, const Faults *faults, Traffic *traffic = nullptr,
                QObject *parent = nullptr);
    ~HttpService() override;

    /// Listens on 127.0.0.1 at @p port (0: a free port chosen by the OS).
    [[nodiscard]] bool listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] QString errorString() const;

private:
    QString m_id;
    HttpHandler m_handler;
    const Faults *m_faults;
    Traffic *m_traffic;
    QTcpServer *m_server;
};

} // namespace KryNet::LabSim
