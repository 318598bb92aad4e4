// libFuzzer target: every LiteLLM admin parser (core/llm/llmparsers.h) must return a value or a Parse
// error for any input — JSON or not, truncated or hostile — never crash, hang or keep a full secret.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QJsonDocument>

#include "core/llm/llmparsers.h"

using KryNet::Llm::Parsers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(input);
    (void)Parsers::models(document);
    (void)Parsers::totalPages(document);
    (void)Parsers::credentials(document);
    (void)Parsers::keyList(document);
    (void)Parsers::keyInfo(document);
    (void)Parsers::generatedKey(document);
    (void)Parsers::health(document);
    (void)Parsers::readiness(document);
    (void)Parsers::spendLogs(document);
    (void)Parsers::spendReport(document);
    (void)Parsers::errorMessage(input);
    (void)Parsers::maskSecret(QString::fromUtf8(input));
    return 0;
}
