#pragma once

#include <cstdio>

#include <QIODevice>
#include <QStringDecoder>

namespace KryNet::Cli
{

/**
 * The device behind krynetctl's out() and err() streams: every byte written passes through
 * TerminalText::inert() on its way to the C stream, so server-provided text (names, log lines, error
 * details) can never drive the user's terminal. JSON output stays valid (see TerminalText::inert).
 * `krynetctl exec` writes the remote command's own output raw, as ssh does, without this device.
 */
class InertOutput final : public QIODevice
{
public:
    explicit InertOutput(FILE *stream, QObject *parent = nullptr);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace KryNet::Cli
