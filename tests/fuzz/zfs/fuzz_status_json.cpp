// libFuzzer target: KryNet::Zfs::parseStatusJson must return a value or a Parse error for any input, never crash or
// hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "core/zfs/parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = KryNet::Zfs::parseStatusJson(input);
    if (!r && r.error().code() != KryNet::Error::Code::Parse)
        __builtin_trap();
    return 0;
}
