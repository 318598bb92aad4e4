#include "core/docker/logdemuxer.h"

#include "core/docker/dockerparsers.h"

namespace KryNet::Docker
{

QList<LogLine> LogDemuxer::feed(const QByteArray &data)
{
    QList<LogLine> out;
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        if (!m_multiplexed) {
            appendPayload(LogLine::StdOut, p, left, out);
            break;
        }
        if (m_frameLeft > 0) {
            const qsizetype take = qMin<qsizetype>(left, m_frameLeft);
            appendPayload(m_frameStream, p, take, out);
            m_frameLeft -= quint32(take);
            p += take;
            left -= take;
            continue;
        }
        const qsizetype need = 8 - m_header.size();
        const qsizetype take = qMin(need, left);
        m_header.append(p, take);
        p += take;
        left -= take;
        if (m_header.size() < 8)
            break;
        const auto *h = reinterpret_cast<const uchar *>(m_header.constData());
        if (h[0] > 2 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
            // Not a multiplexed stream (a TTY container, or garbage): keep the bytes as text.
            m_corrupt = true;
            m_multiplexed = false;
            const QByteArray header = m_header;
            m_header.clear();
            appendPayload(LogLine::StdOut, header.constData(), header.size(), out);
            continue;
        }
        m_frameStream = h[0];
        m_frameLeft = quint32(h[4]) << 24 | quint32(h[5]) << 16 | quint32(h[6]) << 8 | quint32(h[7]);
        m_header.clear();
    }
    return out;
}

QList<LogLine> LogDemuxer::flush()
{
    QList<LogLine> out;
    for (int s = 0; s < 3; ++s) {
        if (!m_partial[s].isEmpty())
            emitLine(s, std::exchange(m_partial[s], {}), out);
    }
    return out;
}

void LogDemuxer::appendPayload(int stream, const char *data, qsizetype size, QList<LogLine> &out)
{
    QByteArray &partial = m_partial[stream];
    // A line longer than maxLineBytes leaves in pieces of maxLineBytes as soon as more of it follows, so the
    // cut points depend only on the bytes, never on how the body was split into reads (fuzz_docker_logs).
    const auto cap = [&] {
        while (partial.size() > maxLineBytes) {
            emitLine(stream, partial.left(maxLineBytes), out);
            partial.remove(0, maxLineBytes);
        }
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] != '\n')
            continue;
        partial.append(data + start, i - start);
        cap();
        emitLine(stream, std::exchange(partial, {}), out);
        start = i + 1;
    }
    partial.append(data + start, size - start);
    cap();
}

void LogDemuxer::emitLine(int stream, QByteArray line, QList<LogLine> &out) const
{
    if (line.endsWith('\r'))
        line.chop(1);
    LogLine l;
    l.stream = LogLine::Stream(stream);
    if (m_timestamps) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0 && space <= 40) {
            const QDateTime ts = Parsers::timestamp(QString::fromLatin1(line.left(space)));
            if (ts.isValid()) {
                l.timestamp = ts;
                line.remove(0, space + 1);
            }
        }
    }
    l.text = QString::fromUtf8(line);
    out.append(std::move(l));
}

} // namespace KryNet::Docker
