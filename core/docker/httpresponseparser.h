#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace KryNet::Docker
{

/**
 * Incremental HTTP/1.1 response parser for the Docker Engine API spoken over a byte stream (unix
 * socket, SSH channel, dial-stdio). Pure and allocation-bounded, so it is fuzzed.
 *
 * feed() takes any split of the bytes. The status line and headers (at most maxHeaderBytes) come first;
 * the body is then delimited by Content-Length, chunked transfer coding (chunk extensions and trailers
 * ignored) or the end of the stream (finishInput()). 1xx interim responses are skipped; HEAD requests and
 * 204/304 answers have no body. Decoded body bytes accumulate until takeBody(), so streaming callers
 * take them after each feed(). Once failed() the parser ignores further input.
 */
class HttpResponseParser final
{
public:
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;

    explicit HttpResponseParser(bool headRequest = false)
        : m_headRequest(headRequest)
    {}

    /// Consumes @p data; returns false once the response is malformed.
    bool feed(const QByteArray &data);
    /// The stream ended: completes a close-delimited body, or fails an incomplete response.
    void finishInput();

    [[nodiscard]] bool headersComplete() const { return m_state > State::Headers; }
    [[nodiscard]] bool isComplete() const { return m_state == State::Done; }
    [[nodiscard]] bool failed() const { return m_state == State::Failed; }
    [[nodiscard]] const QString &errorString() const { return m_error; }

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    /// Case-insensitive; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    /// Decoded body bytes received since the last call.
    [[nodiscard]] QByteArray takeBody() { return std::exchange(m_body, {}); }

private:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed,
    };

    bool fail(const QString &error);
    bool headersDone();
    /// Takes one CRLF- (or LF-) terminated line from m_buffer; false when incomplete.
    bool takeLine(QByteArray &line);

    bool m_headRequest;
    State m_state = State::StatusLine;
    QString m_error;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_buffer; ///< undecoded bytes (header text, chunk framing)
    QByteArray m_body;
    qint64 m_remaining = -1; ///< Content-Length / chunk bytes left; -1: until the stream ends
    qsizetype m_headerBytes = 0;
};

} // namespace KryNet::Docker
