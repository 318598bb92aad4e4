#pragma once

#include <QJsonObject>
#include <QString>

#include "app/labsim/httpmessage.h"

namespace KryNet::LabSim
{

class LabClock;

/**
 * One simulated service (Sonarr, Seerr, LiteLLM…). Implementations follow the real service's contract
 * from ../shared/specs: field names and types, status codes, paging, auth rules and their error
 * answers. They read the lab's shared state and the clock, and never block.
 */
class SimService
{
public:
    virtual ~SimService() = default;

    /// Service id as in KryNet's ServiceCatalog ("sonarr", "qbittorrent", "uptimekuma"…).
    [[nodiscard]] virtual QString id() const = 0;
    [[nodiscard]] virtual HttpResponse handle(const HttpRequest &request) = 0;
    /// What a client needs besides the URL, printed in labsim's start-up JSON: {"apiKey": …},
    /// {"username": …, "password": …}.
    [[nodiscard]] virtual QJsonObject credentials() const { return {}; }
};

} // namespace KryNet::LabSim
