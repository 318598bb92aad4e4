#include "core/docker/httpresponseparser.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseParser::fail(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
    m_buffer.clear();
    return false;
}

bool HttpResponseParser::takeLine(QByteArray &line)
{
    const qsizetype lf = m_buffer.indexOf('\n');
    if (lf < 0)
        return false;
    line = m_buffer.left(lf);
    if (line.endsWith('\r'))
        line.chop(1);
    m_buffer.remove(0, lf + 1);
    return true;
}

bool HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) { // interim (100 Continue): the real answer follows
        m_headers.clear();
        m_state = State::StatusLine;
        return true;
    }
    if (m_headRequest || m_status == 204 || m_status == 304) {
        m_state = State::Done;
        return true;
    }
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return true;
    }
    const QByteArray length = header("Content-Length").trimmed();
    if (!length.isEmpty()) {
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        if (!ok || n < 0)
            return fail(u"invalid Content-Length"_s);
        m_remaining = n;
        m_state = n == 0 ? State::Done : State::Body;
        return true;
    }
    m_remaining = -1;
    m_state = State::Body;
    return true;
}

bool HttpResponseParser::feed(const QByteArray &data)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true;
    m_buffer.append(data);
    for (;;) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::Trailers: {
            QByteArray line;
            if (!takeLine(line)) {
                if (m_buffer.size() + m_headerBytes > maxHeaderBytes)
                    return fail(u"response header too large"_s);
                return true;
            }
            m_headerBytes += line.size() + 2;
            if (m_headerBytes > maxHeaderBytes)
                return fail(u"response header too large"_s);
            if (m_state == State::StatusLine) {
                if (line.isEmpty())
                    continue; // tolerate stray CRLF before the status line
                // HTTP/1.1 200 OK
                if (!line.startsWith("HTTP/1."))
                    return fail(u"not an HTTP response"_s);
                const QList<QByteArray> parts = line.split(' ');
                bool ok = false;
                m_status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
                if (!ok || m_status < 100 || m_status > 599)
                    return fail(u"invalid status line"_s);
                m_state = State::Headers;
            } else if (line.isEmpty()) {
                if (m_state == State::Trailers) {
                    m_state = State::Done;
                    return true;
                }
                if (!headersDone())
                    return false;
            } else if (m_state == State::Headers) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return fail(u"invalid header line"_s);
                m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            break;
        }
        case State::Body: {
            if (m_buffer.isEmpty())
                return true;
            if (m_remaining < 0) {
                m_body.append(std::exchange(m_buffer, {}));
                return true;
            }
            const qsizetype take = qMin<qint64>(m_remaining, m_buffer.size());
            m_body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::Done;
                return true;
            }
            break;
        }
        case State::ChunkSize: {
            QByteArray line;
            if (!takeLine(line)) {
                if (m_buffer.size() > 1024)
                    return fail(u"invalid chunk size line"_s);
                return true;
            }
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
            bool ok = false;
            const qint64 size = hex.toLongLong(&ok, 16);
            if (!ok || size < 0 || hex.size() > 15)
                return fail(u"invalid chunk size"_s);
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            if (m_buffer.isEmpty())
                return true;
            const qsizetype take = qMin<qint64>(m_remaining, m_buffer.size());
            m_body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (!m_buffer.isEmpty() && m_buffer.at(0) != '\r' && m_buffer.at(0) != '\n')
                return fail(u"missing CRLF after chunk"_s);
            if (m_buffer.size() >= 2 && m_buffer.at(0) == '\r' && m_buffer.at(1) != '\n')
                return fail(u"missing CRLF after chunk"_s);
            QByteArray line;
            if (!takeLine(line)) {
                if (m_buffer.size() > 2)
                    return fail(u"missing CRLF after chunk"_s);
                return true;
            }
            if (!line.isEmpty())
                return fail(u"missing CRLF after chunk"_s);
            m_state = State::ChunkSize;
            break;
        }
        case State::Done:
            return true;
        case State::Failed:
            return false;
        }
    }
}

void HttpResponseParser::finishInput()
{
    if (m_state == State::Body && m_remaining < 0) {
        m_state = State::Done;
        return;
    }
    if (m_state != State::Done && m_state != State::Failed)
        fail(m_state == State::StatusLine && m_status == 0 ? u"connection closed without an answer"_s
                                                           : u"connection closed in the middle of the answer"_s);
}

} // namespace KryNet::Docker
