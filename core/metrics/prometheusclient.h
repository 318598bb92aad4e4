#pragma once

#include <optional>

#include <QFuture>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include "core/common/result.h"
#include "core/metrics/metricstypes.h"

namespace KryNet
{
class ServiceClient;
}

namespace KryNet::Metrics
{

/**
 * The Prometheus HTTP API v1 (PROMETHEUS-NOTES.md) over the profile's ServiceClient for `prometheus`
 * (Basic auth from a reverse proxy when the SecretStore has one), and Uptime Kuma's public status-page
 * API over the `uptimekuma` client for labs without Prometheus.
 *
 * Contracts:
 *  - Every call is one GET (retried by ServiceClient on transient failures); the JSON is parsed on a
 *    worker thread (query_range answers can be megabytes), the GUI thread only receives values. Query
 *    answers are read straight from the bytes into samples (PromParsers::queryResult), never through a
 *    QJsonDocument.
 *  - Timestamps go out as unix seconds; queryRange() rejects steps that would exceed Prometheus'
 *    11,000 points per series before sending anything (callers use Downsampler::stepForWidth).
 *  - A Prometheus {"status":"error"} answer is Error::Code::Remote with Prometheus' message.
 */
class PrometheusClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusClient)

public:
    /// Either client may be nullptr (the profile lacks that service): calls then fail with Config.
    explicit PrometheusClient(ServiceClient *prometheus, ServiceClient *uptimeKuma = nullptr,
                              QObject *parent = nullptr);
    ~PrometheusClient() override;

    [[nodiscard]] bool hasPrometheus() const { return m_prometheus != nullptr; }
    [[nodiscard]] bool hasUptimeKuma() const { return m_kuma != nullptr; }

    /// Instant query at @p timeSecs (the server's now when unset).
    [[nodiscard]] QFuture<Result<QueryResult>> query(const QString &expression, std::optional<qint64> timeSecs = {});
    /// Range query over [startSecs, endSecs] every @p stepSecs.
    [[nodiscard]] QFuture<Result<QueryResult>> queryRange(const QString &expression, qint64 startSecs, qint64 endSecs,
                                                          qint64 stepSecs);
    /// Label sets of the series matching any of @p match over [startSecs, endSecs].
    [[nodiscard]] QFuture<Result<QList<Labels>>> series(const QStringList &match, qint64 startSecs, qint64 endSecs);
    /// Label names (empty @p labelName) or the values of one label.
    [[nodiscard]] QFuture<Result<QStringList>> labels(const QString &labelName = {});

    /// Uptime Kuma's published status page @p slug with its heartbeats.
    [[nodiscard]] QFuture<Result<StatusPage>> statusPage(const QString &slug);
    /// True for a slug Uptime Kuma accepts ([a-z0-9-], 1…64).
    [[nodiscard]] static bool isValidSlug(const QString &slug);

private:
    [[nodiscard]] QFuture<Result<QJsonDocument>> getJson(const QString &path, const QUrlQuery &query);
    [[nodiscard]] QFuture<Result<QueryResult>> getQueryResult(const QString &path, const QUrlQuery &query);
    [[nodiscard]] Error noPrometheus() const;

    QPointer<ServiceClient> m_prometheus;
    QPointer<ServiceClient> m_kuma;
};

} // namespace KryNet::Metrics
