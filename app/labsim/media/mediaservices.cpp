#include "app/labsim/media/mediaservices.h"

#include "app/labsim/hostilenames.h"
#include "app/labsim/lab.h"
#include "app/labsim/media/arrservice.h"
#include "app/labsim/media/bazarrservice.h"
#include "app/labsim/media/jellyfinservice.h"
#include "app/labsim/media/mediastate.h"
#include "app/labsim/media/prowlarrservice.h"
#include "app/labsim/media/qbittorrentservice.h"
#include "app/labsim/media/sabnzbdservice.h"
#include "app/labsim/media/seerrservice.h"

#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{
namespace
{

/// Calls per service and "METHOD /path", so tests can prove an action was sent exactly once.
using CallCounts = QMap<QString, QMap<QString, int>>;

/// Counts each request, then lets the wrapped service answer it.
class CountingService final : public SimService
{
public:
    CountingService(std::unique_ptr<SimService> inner, std::shared_ptr<CallCounts> counts)
        : m_inner(std::move(inner))
        , m_counts(std::move(counts))
    {}
    [[nodiscard]] QString id() const override { return m_inner->id(); }
    [[nodiscard]] HttpResponse handle(const HttpRequest &request) override
    {
        ++(*m_counts)[m_inner->id()][QString::fromLatin1(request.method) + u' ' + request.path];
        return m_inner->handle(request);
    }
    [[nodiscard]] QJsonObject credentials() const override { return m_inner->credentials(); }

private:
    std::unique_ptr<SimService> m_inner;
    std::shared_ptr<CallCounts> m_counts;
};

} // namespace

SimService *MediaServices::service(const QString &id) const
{
    for (const auto &service : services) {
        if (service->id() == id)
            return service.get();
    }
    return nullptr;
}

MediaServices createMediaServices(LabClock &clock, quint32 seed, Media::MediaScale scale,
                                  const QStringList &hostileTitles)
{
    MediaServices out;
    out.state = std::make_shared<Media::MediaState>(clock, seed, scale, hostileTitles);
    out.services.push_back(std::make_unique<Media::SeerrService>(out.state));
    out.services.push_back(std::make_unique<Media::ArrService>(Media::MediaKind::Series, out.state));
    out.services.push_back(std::make_unique<Media::ArrService>(Media::MediaKind::Movie, out.state));
    out.services.push_back(std::make_unique<Media::ProwlarrService>(out.state));
    out.services.push_back(std::make_unique<Media::BazarrService>(out.state));
    out.services.push_back(std::make_unique<Media::QBittorrentService>(out.state));
    out.services.push_back(std::make_unique<Media::SabnzbdService>(out.state));
    out.services.push_back(std::make_unique<Media::JellyfinService>(out.state));
    return out;
}

void addMediaServices(Lab &lab)
{
    QStringList hostile;
    if (lab.options().hostileNames) {
        for (const HostileName &name : hostileNames(lab.options().hostileMarker))
            hostile.append(name.text);
    }
    MediaServices media = createMediaServices(lab.clock(), lab.options().seed,
                                              {lab.options().scale.requests, lab.options().scale.torrents}, hostile);
    auto counts = std::make_shared<CallCounts>();
    for (auto &service : media.services)
        lab.addService(std::make_unique<CountingService>(std::move(service), counts));
    // GET /media/calls → {"qbittorrent": {"POST /api/v2/torrents/recheck": 1, …}, …}; DELETE resets.
    lab.addControlRoute(u"/media/calls"_s, [counts](const HttpRequest &request) {
        if (request.method == "DELETE")
            counts->clear();
        QJsonObject out;
        for (auto service = counts->cbegin(); service != counts->cend(); ++service) {
            QJsonObject calls;
            for (auto call = service->cbegin(); call != service->cend(); ++call)
                calls.insert(call.key(), call.value());
            out.insert(service.key(), calls);
        }
        return HttpResponse::json(out);
    });
}

} // namespace KryNet::LabSim
