// libFuzzer target: Parsers::inspect (GET /containers/{id}/json) and Parsers::stats (with and without a
// previous sample) must return a value or a Parse error for any input; an inspected container keeps a
// valid id and name.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>

#include "core/docker/dockerparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using KryNet::Docker::Parsers;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto c = Parsers::inspect(input)) {
        if (!Parsers::isValidContainerId(c->id) || !Parsers::isValidContainerName(c->name))
            std::abort();
    }
    if (const auto first = Parsers::stats(input)) {
        const auto second = Parsers::stats(input, &*first);
        if (second && second->cpuPercent && (*second->cpuPercent < 0.0 || *second->cpuPercent != *second->cpuPercent))
            std::abort(); // negative or NaN CPU
    }
    (void)Parsers::errorMessage(input);
    return 0;
}
