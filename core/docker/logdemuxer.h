#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace KryNet::Docker
{

/// One line of container output.
struct LogLine
{
    enum Stream {
        StdIn = 0,
        StdOut = 1,
        StdErr = 2,
    };
    Stream stream = StdOut;
    QDateTime timestamp; ///< UTC; invalid when timestamps were not requested
    QString text;        ///< without the trailing newline
};

/**
 * Turns the body of GET /containers/{id}/logs into lines (DOCKER-NOTES.md "Logs stream framing").
 *
 * Multiplexed mode (Config.Tty=false): 8-byte headers [stream, 0, 0, 0, u32 big-endian size] + payload.
 * Frames may be split anywhere across feed() calls, be empty, carry several lines or part of one; each
 * stream keeps its own partial line. Payloads are consumed as they arrive, so a huge frame never sits
 * in memory whole; a line longer than maxLineBytes is cut into pieces of that size. A header with an
 * unknown stream type (not 0-2) or non-zero padding means the body is not multiplexed after all: the
 * demuxer falls back to raw mode for the rest (corrupt() tells).
 *
 * Raw mode (Tty=true): the bytes are the lines, attributed to stdout.
 * With timestamps the RFC 3339 prefix of each line is parsed into LogLine::timestamp.
 */
class LogDemuxer final
{
public:
    static constexpr qsizetype maxLineBytes = 64 * 1024;

    explicit LogDemuxer(bool multiplexed = true, bool timestamps = false)
        : m_multiplexed(multiplexed)
        , m_timestamps(timestamps)
    {}

    /// Lines completed by @p data.
    [[nodiscard]] QList<LogLine> feed(const QByteArray &data);
    /// At the end of the body: the partial lines left (a log need not end with a newline).
    [[nodiscard]] QList<LogLine> flush();

    [[nodiscard]] bool corrupt() const { return m_corrupt; }

private:
    void appendPayload(int stream, const char *data, qsizetype size, QList<LogLine> &out);
    void emitLine(int stream, QByteArray line, QList<LogLine> &out) const;

    bool m_multiplexed;
    bool m_timestamps;
    bool m_corrupt = false;
    QByteArray m_header;     ///< bytes of an incomplete header
    quint32 m_frameLeft = 0; ///< payload bytes still to come for the current frame
    int m_frameStream = 1;   ///< stream of the current frame
    QByteArray m_partial[3]; ///< per stream: text after the last newline
};

} // namespace KryNet::Docker
