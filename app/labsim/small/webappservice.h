#pragma once

#include <functional>
#include <map>

#include "app/labsim/simservice.h"

namespace KryNet::LabSim
{

class LabClock;

/**
 * A small web app answered from a route table (exact GET paths): enough of cloudflared's metrics
 * server, Open WebUI, Homarr, Dozzle and GoAccess for the services directory to show "reachable" and
 * a version where the real service exposes one. Unknown paths get 404.
 */
class WebAppService final : public SimService
{
public:
    using Route = std::function<HttpResponse(const HttpRequest &)>;

    WebAppService(QString id, std::map<QString, Route> routes, QJsonObject credentials = {});

    [[nodiscard]] QString id() const override { return m_id; }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override;
    [[nodiscard]] QJsonObject credentials() const override { return m_credentials; }

    static std::unique_ptr<WebAppService> cloudflared(LabClock &clock, quint32 seed);
    static std::unique_ptr<WebAppService> openWebUi();
    static std::unique_ptr<WebAppService> htmlApp(const QString &id, const QString &title);

private:
    QString m_id;
    std::map<QString, Route> m_routes;
    QJsonObject m_credentials;
};

} // namespace KryNet::LabSim
