#pragma once

#include <memory>

#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

class LabClock;
class MetricStore;

using PromParams = QList<QPair<QString, QString>>;

/**
 * Prometheus' HTTP API v1 over the lab's stored series (MetricStore): /api/v1/query, /query_range
 * (11,000-points-per-series limit, [unix_ts, "value"] pairs), /series, /labels, /label/{name}/values,
 * /status/buildinfo, /-/ready and /-/healthy. GET or form-encoded POST, as the real server accepts.
 * Expressions are evaluated by PromQuery's subset; anything else is a 400 bad_data naming what is
 * unsupported. The lab puts it behind Basic auth (a reverse proxy's, as the catalog expects).
 */
class PrometheusService final : public SimService
{
public:
    PrometheusService(std::shared_ptr<const MetricStore> store, LabClock &clock, QString username, QString password);

    [[nodiscard]] QString id() const override { return QStringLiteral("prometheus"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

private:
    [[nodiscard]] HttpResponse query(const PromParams &params);
    [[nodiscard]] HttpResponse queryRange(const PromParams &params);
    [[nodiscard]] HttpResponse series(const PromParams &params);
    [[nodiscard]] HttpResponse labels(const PromParams &params, const QString &valuesOf);

    std::shared_ptr<const MetricStore> m_store;
    LabClock &m_clock;
    QString m_username;
    QString m_password;
};

} // namespace KryNet::LabSim
