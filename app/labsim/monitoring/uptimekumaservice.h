#pragma once

#include <deque>
#include <memory>

#include <QByteArray>

#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

class LabClock;
class MonitorHistory;

/**
 * Uptime Kuma 2.x's read-only HTTP surfaces over the lab's MonitorHistory: /metrics (Prometheus text,
 * HTTP Basic auth with any username and an API key as password — API keys exist, so the admin
 * password no longer works there — about 60 requests a minute, then 401), the public status pages
 * /api/status-page/{slug} and /api/status-page/heartbeat/{slug} ("homelab" and "family"), and
 * {"status": "fail", "msg": …} errors.
 */
class UptimeKumaService final : public SimService
{
public:
    UptimeKumaService(std::shared_ptr<const MonitorHistory> history, LabClock &clock, QString apiKey);
    ~UptimeKumaService() override;

    [[nodiscard]] QString id() const override { return QStringLiteral("uptimekuma"); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override;

    /// The /metrics text at the clock's current time.
    [[nodiscard]] QByteArray metricsText();

private:
    struct Page;
    [[nodiscard]] const Page *page(const QString &slug) const;
    [[nodiscard]] HttpResponse statusPage(const Page &page);
    [[nodiscard]] HttpResponse heartbeats(const Page &page);
    [[nodiscard]] bool rateLimited();

    std::shared_ptr<const MonitorHistory> m_history;
    LabClock &m_clock;
    QString m_apiKey;
    std::vector<Page> m_pages;
    std::deque<qint64> m_recentAuth; ///< real-time ms of recent API-key requests (rate limit)
    qint64 m_cachedMinute = -1;
    QByteArray m_cachedMetrics;
};

} // namespace KryNet::LabSim
