// libFuzzer target: the Prometheus API envelope parsers must return a value or an error for any input,
// never crash or hang.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QJsonDocument>

#include "core/metrics/promparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)KryNet::Metrics::PromParsers::queryResult(input);
    const QJsonDocument document = QJsonDocument::fromJson(input);
    (void)KryNet::Metrics::PromParsers::seriesList(document);
    (void)KryNet::Metrics::PromParsers::stringList(document);
    return 0;
}
