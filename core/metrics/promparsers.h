#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

#include "core/common/result.h"
#include "core/metrics/metricstypes.h"

namespace KryNet::Metrics
{

/**
 * Pure parsers for the Prometheus HTTP API v1 envelope (PROMETHEUS-NOTES.md) and Uptime Kuma's public
 * status-page JSON (UPTIME-KUMA-NOTES.md §2). Hostile input never crashes: anything that is not the
 * documented shape is an Error::Code::Parse (or Remote for {"status":"error"}), with the offending part
 * in the technical detail. Sample values are strings in the API: "NaN", "+Inf" and "-Inf" are kept as
 * the IEEE values; timestamps are float seconds, converted to milliseconds.
 */
class PromParsers final
{
    Q_DECLARE_TR_FUNCTIONS(KryNet::Metrics::PromParsers)

public:
    PromParsers() = delete;

    /// /api/v1/query and /query_range answers (vector, matrix, scalar, string), read straight from the
    /// bytes in one pass (no QJsonDocument: a 7-day chunk of raw samples is megabytes). What the client uses.
    [[nodiscard]] static Result<QueryResult> queryResult(const QByteArray &json);
    /// The same from a parsed document (the reference the streaming reader is tested against).
    [[nodiscard]] static Result<QueryResult> queryResult(const QJsonDocument &document);
    /// /api/v1/series: a list of label sets.
    [[nodiscard]] static Result<QList<Labels>> seriesList(const QJsonDocument &document);
    /// /api/v1/labels and /label/<name>/values: a list of strings.
    [[nodiscard]] static Result<QStringList> stringList(const QJsonDocument &document);

    /// A sample value as Prometheus writes it; nullopt when it is not a number at all.
    [[nodiscard]] static std::optional<double> sampleValue(const QString &text);
    /// monitor_status value → status (NaN, ±Inf and values Kuma never sends are Unknown).
    [[nodiscard]] static MonitorStatus statusFromValue(double value);

    /// Uptime Kuma's GET /api/status-page/<slug> and /api/status-page/heartbeat/<slug>, merged.
    [[nodiscard]] static Result<StatusPage> statusPage(const QJsonDocument &page, const QJsonDocument &heartbeats);
    /// "2025-11-26 09:58:00.123" (UTC, no zone; 1.23 has no milliseconds) → unix seconds; -1 if invalid.
    [[nodiscard]] static qint64 kumaTime(const QString &text);
};

} // namespace KryNet::Metrics
