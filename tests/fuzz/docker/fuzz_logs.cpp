// libFuzzer target: the logs body (8-byte multiplexed framing, raw TTY mode, with and without
// timestamps). However the body is cut into reads (the input chooses the cuts), LogDemuxer must produce
// the same lines, never a line over maxLineBytes, and never crash on split, empty, huge or bogus frames.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QList>

#include "core/docker/logdemuxer.h"

namespace
{

using KryNet::Docker::LogDemuxer;
using KryNet::Docker::LogLine;

bool same(const QList<LogLine> &a, const QList<LogLine> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).stream != b.at(i).stream || a.at(i).text != b.at(i).text || a.at(i).timestamp != b.at(i).timestamp)
            return false;
    }
    return true;
}

void check(const QByteArray &input, bool multiplexed, bool timestamps)
{
    LogDemuxer whole(multiplexed, timestamps);
    QList<LogLine> expected = whole.feed(input);
    expected += whole.flush();

    LogDemuxer pieces(multiplexed, timestamps);
    QList<LogLine> got;
    quint32 seed = 2166136261u ^ quint32(input.size());
    for (qsizetype at = 0; at < input.size();) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype n = qMin<qsizetype>(input.size() - at, 1 + qsizetype((seed >> 16) % 13));
        got += pieces.feed(input.mid(at, n));
        at += n;
    }
    got += pieces.flush();
    if (!same(got, expected) || whole.corrupt() != pieces.corrupt())
        std::abort(); // the split changed the result
    for (const LogLine &l : expected) {
        if (l.text.toUtf8().size() > LogDemuxer::maxLineBytes * 4)
            std::abort(); // unbounded line
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool multiplexed : {true, false}) {
        for (const bool timestamps : {false, true})
            check(input, multiplexed, timestamps);
    }
    return 0;
}
