// libFuzzer target: the /events stream. EventSplitter must give the same messages however the stream is
// cut into reads (the input itself chooses the cuts), and Parsers::event must accept or reject each
// message without crashing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QList>

#include "core/docker/dockerparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace KryNet::Docker;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    EventSplitter whole;
    const QList<QByteArray> expected = whole.feed(input);

    EventSplitter pieces;
    QList<QByteArray> got;
    quint32 seed = 2166136261u ^ quint32(size);
    for (qsizetype at = 0; at < input.size();) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype n = qMin<qsizetype>(input.size() - at, 1 + qsizetype((seed >> 16) % 97));
        got += pieces.feed(input.mid(at, n));
        at += n;
    }
    if (got != expected)
        std::abort(); // the split changed the messages

    for (const QByteArray &message : expected) {
        if (auto event = Parsers::event(message)) {
            (void)event->baseAction();
            (void)event->healthStatus();
        }
    }
    return 0;
}
