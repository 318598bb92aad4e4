#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace KryNet::LabSim
{

/// One parsed HTTP/1.1 request.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< as on the request line: path and query
    QString path;      ///< percent-decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    /// The body parsed as JSON; a null document when it is not JSON.
    [[nodiscard]] QJsonDocument json() const;
    /// Query item by name ("" when absent), case-sensitive as the real services are.
    [[nodiscard]] QString queryValue(const QString &name) const;
};

/**
 * A streamed (chunked) response body: Docker's /events and followed logs, long polls. The service
 * keeps the shared pointer and writes chunks as its state changes; finish() ends the body. When the
 * client goes away, isOpen() turns false and closed() fires: the service drops its pointer.
 */
class ResponseStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseStream)

public:
    explicit ResponseStream(QObject *parent = nullptr);

    void write(const QByteArray &chunk);
    void finish();
    [[nodiscard]] bool isOpen() const { return m_open; }

Q_SIGNALS:
    void chunkReady(const QByteArray &chunk);
    void finished();
    void closed();

private:
    friend class HttpConnection;
    void markClosed();
    bool m_open = true;
};

/// What a simulated service answers.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// When set, the body is streamed with chunked transfer encoding: called once the headers are
    /// out, with the stream to write to.
    std::function<void(const std::shared_ptr<ResponseStream> &)> stream;

    [[nodiscard]] static HttpResponse json(const QJsonDocument &document, int status = 200);
    [[nodiscard]] static HttpResponse json(const QJsonObject &object, int status = 200);
    [[nodiscard]] static HttpResponse json(const QJsonArray &array, int status = 200);
    [[nodiscard]] static HttpResponse text(const QByteArray &body, int status = 200,
                                           const QByteArray &contentType = "text/plain; charset=utf-8");
    [[nodiscard]] static HttpResponse empty(int status = 204);
    [[nodiscard]] HttpResponse withHeader(const QByteArray &name, const QByteArray &value) const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

/// Reason phrase for a status code ("Not Found").
[[nodiscard]] QByteArray reasonPhrase(int status);

} // namespace KryNet::LabSim
