#include "app/cli/inertoutput.h"

#include "core/common/terminaltext.h"

namespace KryNet::Cli
{

InertOutput::InertOutput(FILE *stream, QObject *parent)
    : QIODevice(parent)
    , m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 InertOutput::readData(char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

qint64 InertOutput::writeData(const char *data, qint64 size)
{
    // The decoder keeps a UTF-8 sequence cut between two writes; invalid bytes become U+FFFD.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray out = TerminalText::inert(text).toUtf8();
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_stream) != size_t(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace KryNet::Cli
