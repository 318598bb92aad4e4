#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

#include "core/common/result.h"
#include "core/llm/llmtypes.h"

namespace KryNet::Llm
{

/**
 * Pure parsers of LiteLLM admin answers (LITELLM-NOTES.md) into the value types of llmtypes.h.
 *
 * Contracts:
 *  - Accept the shapes of old and new proxies (/model/info and paginated /v2/model/info; /key/list
 *    hashes or full objects); unknown fields are ignored, missing optional ones stay empty.
 *  - A document of the wrong shape (not an object, `data` not an array, an item without its id…) is a
 *    Parse error, never a half-filled value.
 *  - No value ever holds a full secret: whatever a secret-named field holds (masked or, from a
 *    misbehaving proxy, in clear) is reduced to its last four characters by maskSecret().
 */
class Parsers final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Llm::Parsers)

public:
    Parsers() = delete;

    /// "…" + the last (at most four) visible characters of @p value; "" for an empty value. Mask
    /// characters (`*`) and everything before them are dropped, so "sk****9f" gives "…9f".
    [[nodiscard]] static QString maskSecret(const QString &value);

    [[nodiscard]] static Result<QList<Model>> models(const QJsonDocument &document);
    /// total_pages of a /v2/model/info or /key/list answer; 1 when absent.
    [[nodiscard]] static int totalPages(const QJsonDocument &document);
    [[nodiscard]] static Result<QList<Credential>> credentials(const QJsonDocument &document);
    /// /key/list with return_full_object=true (hash strings are skipped: they carry nothing to show).
    [[nodiscard]] static Result<QList<VirtualKey>> keyList(const QJsonDocument &document);
    /// /key/info: `{"key": …, "info": {…}}`, or a bare key object (/key/block answers).
    [[nodiscard]] static Result<VirtualKey> keyInfo(const QJsonDocument &document);
    [[nodiscard]] static Result<GeneratedKey> generatedKey(const QJsonDocument &document);
    [[nodiscard]] static Result<HealthReport> health(const QJsonDocument &document);
    [[nodiscard]] static Result<Readiness> readiness(const QJsonDocument &document);
    [[nodiscard]] static Result<QList<SpendRow>> spendLogs(const QJsonDocument &document);
    /// /global/spend/report grouped by team or customer: one row per day, model and key (startTime =
    /// the day, requestId empty). Keys are hashes; a clear key is reduced like everywhere else.
    [[nodiscard]] static Result<QList<SpendRow>> spendReport(const QJsonDocument &document);

    /// The message of a LiteLLM error body (`{"error": {"message"}}`, `{"detail": {"error"}}`,
    /// `{"detail": "…"}`, `{"error": "…"}`), redacted; empty when @p body is none of these.
    [[nodiscard]] static QString errorMessage(const QByteArray &body);
};

} // namespace KryNet::Llm
