#include "app/labsim/monitoring/monitoringservices.h"

#include <memory>

#include "app/labsim/ai/litellmservice.h"
#include "app/labsim/hostilenames.h"
#include "app/labsim/lab.h"
#include "app/labsim/monitoring/metricstore.h"
#include "app/labsim/monitoring/monitorhistory.h"
#include "app/labsim/monitoring/prometheusservice.h"
#include "app/labsim/monitoring/uptimekumaservice.h"
#include "app/labsim/small/gluetunservice.h"
#include "app/labsim/small/immichservice.h"
#include "app/labsim/small/npmservice.h"
#include "app/labsim/small/webappservice.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

/// A secret derived from the seed: the same lab gets the same keys, without touching lab.random().
QString seededToken(quint32 seed, quint64 salt, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    quint64 state = labHash(quint64(seed) * 0x2545F4914F6CDD1DULL ^ salt);
    for (int i = 0; i < length; ++i) {
        state = labHash(state);
        out += QLatin1Char(alphabet[state % 62]);
    }
    return out;
}

} // namespace

void addMonitoringAndAiServices(Lab &lab)
{
    const quint32 seed = lab.options().seed;
    const qint64 epoch = lab.clock().nowSecs();
    QStringList hostile;
    if (lab.options().hostileNames) {
        for (const HostileName &name : hostileNames(lab.options().hostileMarker))
            hostile.append(name.text);
    }
    auto history = std::make_shared<const MonitorHistory>(seed, epoch, lab.options().scale.monitors, hostile);
    auto store = std::make_shared<MetricStore>();
    MetricStore::addLabSeries(*store, *history, seed, epoch);
    lab.addService(
        std::make_unique<UptimeKumaService>(history, lab.clock(), u"uk1_"_s + seededToken(seed, 0x4b55, 32)));
    lab.addService(std::make_unique<PrometheusService>(std::shared_ptr<const MetricStore>(store), lab.clock(),
                                                       u"prometheus"_s, seededToken(seed, 0x5052, 20)));

    auto litellm = std::make_unique<LiteLlmService>(seed, lab.clock());
    litellm->addControlRoutes(lab);
    lab.addService(std::move(litellm));
    lab.addService(WebAppService::openWebUi());

    auto gluetun = std::make_unique<GluetunService>(seededToken(seed, 0x474c, 28));
    lab.addControlRoute(u"/gluetun/"_s,
                        [raw = gluetun.get()](const HttpRequest &request) { return raw->control(request); });
    lab.addService(std::move(gluetun));
    // NPM's certificates are the ones Uptime Kuma's HTTPS monitors see.
    const QString domain = history->domain();
    const qint64 wildcard = history->monitors()[size_t(history->indexOfId(1))].certExpiry;
    const qint64 request = history->monitors()[size_t(history->indexOfId(2))].certExpiry;
    const QList<NpmCertificate> certificates = {
        {1, u"letsencrypt"_s, u"*.local + *.tail"_s, {u"*.local."_s + domain, u"*.tail."_s + domain}, wildcard, true},
        {2, u"letsencrypt"_s, u"request."_s + domain, {u"request."_s + domain}, request, false},
        {3, u"letsencrypt"_s, u"*."_s + domain, {u"*."_s + domain, domain}, epoch + 74 * 86400 + 9 * 3600, true},
    };
    auto npm = std::make_unique<NpmService>(lab.clock(), domain, certificates, u"admin@"_s + domain,
                                            seededToken(seed, 0x4e50, 18));
    lab.addControlRoute(u"/npm/"_s, [raw = npm.get()](const HttpRequest &req) { return raw->control(req); });
    lab.addService(std::move(npm));
    lab.addService(std::make_unique<ImmichService>(seededToken(seed, 0x494d, 43), seededToken(seed, 0x494e, 43)));
    lab.addService(WebAppService::cloudflared(lab.clock(), seed));
    lab.addService(WebAppService::htmlApp(u"homarr"_s, u"Homarr"_s));
    lab.addService(WebAppService::htmlApp(u"dozzle"_s, u"Dozzle"_s));
    lab.addService(WebAppService::htmlApp(u"goaccess"_s, u"Server Statistics"_s));
}

} // namespace KryNet::LabSim
