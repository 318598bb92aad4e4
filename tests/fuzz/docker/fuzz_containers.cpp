// libFuzzer target: Parsers::containerList (GET /containers/json) and portainerEnvironments must return a
// value or a Parse error for any input, never crash or hang; every container they keep has a valid id
// and name (nothing unchecked reaches a request path).
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QByteArray>

#include "core/docker/dockerparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using KryNet::Docker::Parsers;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto list = Parsers::containerList(input)) {
        for (const auto &c : *list) {
            if (!Parsers::isValidContainerId(c.id) || !Parsers::isValidContainerName(c.name))
                std::abort();
            (void)c.networkParent();
            (void)c.configFiles();
        }
    }
    (void)Parsers::portainerEnvironments(input);
    (void)Parsers::version(input);
    return 0;
}
