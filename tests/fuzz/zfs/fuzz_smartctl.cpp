// libFuzzer target: KryNet::Zfs::parseSmartctlJson must return a value or a Parse error for any input, never crash or
// hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "core/zfs/parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)KryNet::Zfs::parseSmartctlJson(input);
    return 0;
}
