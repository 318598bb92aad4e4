#include "app/labsim/monitoring/monitoringservices.h"

#include <memory>

#include "app/labsim/lab.h"
#include "app/labsim/monitoring/metricstore.h"
#include "app/labsim/monitoring/monitorhistory.h"
#include "app/labsim/monitoring/prometheusservice.h"
#include "app/labsim/monitoring/uptimekumaservice.h"

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
    auto history = std::make_shared<const MonitorHistory>(seed, epoch);
    auto store = std::make_shared<MetricStore>();
    MetricStore::addLabSeries(*store, *history, seed, epoch);
    lab.addService(
        std::make_unique<UptimeKumaService>(history, lab.clock(), u"uk1_"_s + seededToken(seed, 0x4b55, 32)));
    lab.addService(std::make_unique<PrometheusService>(std::shared_ptr<const MetricStore>(store), lab.clock(),
                                                       u"prometheus"_s, seededToken(seed, 0x5052, 20)));
}

} // namespace KryNet::LabSim
