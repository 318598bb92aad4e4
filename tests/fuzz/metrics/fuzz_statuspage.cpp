// libFuzzer target: Uptime Kuma's status-page parser, with the input as the page and as the heartbeat
// list, must return a value or an error for any input.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QJsonDocument>

#include "core/metrics/promparsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(input);
    static const QJsonDocument page =
        QJsonDocument::fromJson("{\"publicGroupList\":[{\"name\":\"g\",\"monitorList\":[{\"id\":3,\"name\":\"m\"}]}]}");
    (void)KryNet::Metrics::PromParsers::statusPage(document, document);
    (void)KryNet::Metrics::PromParsers::statusPage(page, document);
    return 0;
}
