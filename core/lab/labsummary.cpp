#include "core/lab/labsummary.h"

#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <optional>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/config/servicecatalog.h"
#include "core/docker/containermodel.h"
#include "core/docker/containerstore.h"
#include "core/http/serviceclient.h"
#include "core/lab/labsession.h"
#include "core/lab/labstores.h"
#include "core/lab/servicedirectory.h"
#include "core/llm/llmstore.h"
#include "core/media/pipelinemodel.h"
#include "core/metrics/uptimestore.h"
#include "core/zfs/poolhealth.h"
#include "core/zfs/poolstore.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{
constexpr int VpnVisibleMs = 30 * 1000;
constexpr int VpnHiddenMs = 5 * 60 * 1000;
constexpr int ServicesPeriodMs = 60 * 1000; // ServiceDirectory's visible period

// Download clients that must reach the internet only through Gluetun.
bool isDownloadClient(const QString &name)
{
    return name.contains(u"qbittorrent"_s, Qt::CaseInsensitive) || name.contains(u"sabnzbd"_s, Qt::CaseInsensitive);
}

const ServiceStatus *findService(const ServiceDirectory *directory, const QString &id)
{
    if (!directory)
        return nullptr;
    for (const ServiceStatus &s : directory->services()) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString poolStateWord(Zfs::DeviceState state)
{
    switch (state) {
    case Zfs::DeviceState::Online:
        return u"ONLINE"_s;
    case Zfs::DeviceState::Degraded:
        return u"DEGRADED"_s;
    case Zfs::DeviceState::Faulted:
        return u"FAULTED"_s;
    case Zfs::DeviceState::Offline:
        return u"OFFLINE"_s;
    case Zfs::DeviceState::Unavail:
        return u"UNAVAIL"_s;
    case Zfs::DeviceState::Removed:
        return u"REMOVED"_s;
    case Zfs::DeviceState::Suspended:
        return u"SUSPENDED"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

// Does a certificate for @p pattern ("request.lab.example", "*.lab.example") cover @p host?
bool covers(const QString &pattern, const QString &host)
{
    if (pattern.compare(host, Qt::CaseInsensitive) == 0)
        return true;
    if (!pattern.startsWith(u"*."_s))
        return false;
    const QString suffix = pattern.mid(1); // ".lab.example"
    return host.endsWith(suffix, Qt::CaseInsensitive) && !host.left(host.size() - suffix.size()).contains(u'.') &&
           host.size() > suffix.size();
}

/// Server names listed in a sentence ("a, b, c"), each made safe to show (DisplayText::name()).
QString shownNames(const QStringList &names)
{
    QStringList shown;
    for (const QString &name : names)
        shown.append(DisplayText::name(name));
    return shown.join(u", "_s);
}

} // namespace

QList<LabSummary::ExpiringCertificate> LabSummary::expiringCertificates(const Metrics::UptimeStore *uptime) const
{
    QList<ExpiringCertificate> out;
    const QDateTime at = now();
    QList<NpmCertificate> npmCerts;
    if (const ServiceDirectory *directory = m_stores.services(); directory && directory->npm())
        npmCerts = directory->npm()->certificates;
    for (const NpmCertificate &c : std::as_const(npmCerts)) {
        const std::optional<int> days = c.daysLeft(at);
        if (!days || *days >= CertificateWarningDays)
            continue;
        out.append({c.label(), {ServiceCatalog::displayName(u"npm"_s)}, c.domains, *days, false});
    }
    if (uptime && uptime->hasLoaded()) {
        for (const Metrics::MonitorInfo &info : uptime->certsExpiringWithin(CertificateWarningDays)) {
            const QString host = QUrl(info.url).host();
            const QString domain = host.isEmpty() ? info.name : host;
            const bool invalid = info.certValid.has_value() && !*info.certValid;
            const int days = info.certDaysRemaining.value_or(0);
            // The same certificate seen by both (NPM issues it, Uptime Kuma's monitor sees it): one entry.
            auto same = std::find_if(out.begin(), out.end(), [&domain](const ExpiringCertificate &e) {
                return std::any_of(e.domains.cbegin(), e.domains.cend(),
                                   [&domain](const QString &d) { return covers(d, domain); });
            });
            const QString source = ServiceCatalog::displayName(u"uptimekuma"_s);
            if (same != out.end()) {
                if (!same->sources.contains(source))
                    same->sources.append(source);
                same->daysLeft = qMin(same->daysLeft, days);
                same->invalid = same->invalid || invalid;
                continue;
            }
            out.append({domain, {source}, {domain}, days, invalid});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const ExpiringCertificate &a, const ExpiringCertificate &b) { return a.daysLeft < b.daysLeft; });
    return out;
}

void LabSummary::certificateProblems(const QList<ExpiringCertificate> &expiring, QList<Problem> *problems) const
{
    for (const ExpiringCertificate &c : expiring) {
        const QString sources = c.sources.join(u", "_s);
        const bool bad = c.invalid || c.daysLeft < 0;
        QString text;
        if (c.invalid)
            text = tr("The certificate of %1 is not valid (%2)").arg(DisplayText::name(c.domain), sources);
        else if (c.daysLeft < 0)
            text = tr("The certificate of %1 expired %n day(s) ago (%2)", nullptr, -c.daysLeft)
                       .arg(DisplayText::name(c.domain), sources);
        else
            text = tr("The certificate of %1 expires in %n day(s) (%2)", nullptr, c.daysLeft)
                       .arg(DisplayText::name(c.domain), sources);
        problems->append({u"cert:%1"_s.arg(c.domain),
                          Kind::CertificateExpiring,
                          Tile::Monitors,
                          bad ? Health::Critical : Health::Warning,
                          text,
                          {},
                          {}});
    }
}

LabSummary::LabSummary(LabStores &stores, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(0);
    connect(&m_notify, &QTimer::timeout, this, &LabSummary::changed);
    connect(&m_stores.session(), &LabSession::windowVisibilityChanged, this,
            [this](bool visible) { m_vpnTimer.setInterval(visible ? VpnVisibleMs : VpnHiddenMs); });
    m_vpnTimer.setInterval(m_stores.session().isWindowVisible() ? VpnVisibleMs : VpnHiddenMs);
    connect(&m_vpnTimer, &QTimer::timeout, this, &LabSummary::checkVpn);
    m_vpn.present = m_stores.session().service(u"gluetun"_s) != nullptr;
    bind();
    // Stores created later (a panel retried a failed one) are bound then.
    connect(&m_stores, &LabStores::storeCreated, this, [this] {
        bind();
        scheduleChanged();
    });
    if (m_vpn.present) {
        m_vpnTimer.start();
        checkVpn();
    }
}

LabSummary::~LabSummary() = default;

QDateTime LabSummary::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void LabSummary::scheduleChanged()
{
    m_computed.reset();
    if (!m_notify.isActive())
        m_notify.start();
}

void LabSummary::bind()
{
    const auto once = [this](QObject *store) {
        for (const auto &b : std::as_const(m_bound)) {
            if (b == store)
                return false;
        }
        m_bound.append(QPointer<QObject>(store));
        return true;
    };
    if (auto pools = m_stores.pools(); pools && once(*pools)) {
        connect(*pools, &Zfs::PoolStore::updated, this, &LabSummary::scheduleChanged);
        connect(*pools, &Zfs::PoolStore::stateChanged, this, &LabSummary::scheduleChanged);
    }
    if (auto containers = m_stores.containers(); containers && once(*containers)) {
        connect(*containers, &Docker::ContainerStore::reset, this, &LabSummary::scheduleChanged);
        connect(*containers, &Docker::ContainerStore::containersChanged, this, &LabSummary::scheduleChanged);
        connect(*containers, &Docker::ContainerStore::statusChanged, this, &LabSummary::scheduleChanged);
    }
    if (auto *pipeline = m_stores.pipeline(); pipeline && once(pipeline)) {
        connect(pipeline, &Media::PipelineModel::refreshed, this, &LabSummary::scheduleChanged);
        connect(pipeline, &Media::PipelineModel::loadingChanged, this, &LabSummary::scheduleChanged);
    }
    if (auto *llm = m_stores.llm(); llm && once(llm)) {
        connect(llm, &Llm::Store::changed, this, &LabSummary::scheduleChanged);
        connect(llm, &Llm::Store::loadingChanged, this, &LabSummary::scheduleChanged);
    }
    if (auto *metrics = m_stores.metrics(); metrics && once(metrics))
        connect(metrics, &Metrics::UptimeStore::changed, this, &LabSummary::scheduleChanged);
    if (auto *services = m_stores.services(); services && once(services)) {
        connect(services, &QAbstractItemModel::dataChanged, this, &LabSummary::scheduleChanged);
        connect(services, &ServiceDirectory::checkingChanged, this, &LabSummary::scheduleChanged);
    }
}

void LabSummary::refresh()
{
    if (auto pools = m_stores.pools())
        (void)(*pools)->refresh();
    if (auto containers = m_stores.containers())
        (*containers)->refresh();
    if (auto *pipeline = m_stores.pipeline())
        pipeline->refresh();
    if (auto *llm = m_stores.llm())
        llm->refresh();
    if (auto *services = m_stores.services())
        services->refresh();
    checkVpn();
}

void LabSummary::checkVpn()
{
    ServiceClient *gluetun = m_stores.session().service(u"gluetun"_s);
    if (!gluetun)
        return;
    const quint64 generation = ++m_vpnGeneration;
    m_vpn.checking = true;
    scheduleChanged();
    // Status and public address at once (one round trip); the tile is written when both answered.
    struct Check
    {
        std::optional<Result<QJsonDocument>> status;
        std::optional<Result<QJsonDocument>> ip;
    };
    auto check = std::make_shared<Check>();
    const auto settle = [this, generation, check] {
        if (generation != m_vpnGeneration || !check->status || !check->ip)
            return;
        const Result<QJsonDocument> &status = *check->status;
        const Result<QJsonDocument> &ip = *check->ip;
        m_vpn.checking = false;
        m_vpn.checkedAt = now();
        if (!status) {
            m_vpn.error = status.error().message();
            m_vpn.status.clear();
            m_vpn.publicIp.clear();
        } else {
            m_vpn.status = status->object().value(u"status"_s).toString();
            m_vpn.error = ip ? QString() : ip.error().message();
            m_vpn.publicIp = ip ? ip->object().value(u"public_ip"_s).toString() : QString();
            m_vpn.country = ip ? ip->object().value(u"country"_s).toString() : QString();
        }
        scheduleChanged();
    };
    whenDone(gluetun->getJson(u"v1/vpn/status"_s), this, [check, settle](const Result<QJsonDocument> &r) {
        check->status = r;
        settle();
    });
    whenDone(gluetun->getJson(u"v1/publicip/ip"_s), this, [check, settle](const Result<QJsonDocument> &r) {
        check->ip = r;
        settle();
    });
}

QString LabSummary::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s ago", nullptr, int(qMax<qint64>(0, seconds)));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString LabSummary::tileName(Tile tile)
{
    switch (tile) {
    case Tile::Pools:
        return tr("Pools");
    case Tile::Containers:
        return tr("Containers");
    case Tile::Media:
        return tr("Media pipeline");
    case Tile::Monitors:
        return tr("Monitors and certificates");
    case Tile::Vpn:
        return tr("VPN (Gluetun)");
    case Tile::Llm:
        return tr("LiteLLM");
    }
    return {};
}

QString LabSummary::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PoolDegraded:
        return tr("Pool degraded");
    case Kind::ScrubErrors:
        return tr("Scrub finished with errors");
    case Kind::ContainerUnhealthy:
        return tr("Container unhealthy");
    case Kind::ContainerExited:
        return tr("Container exited");
    case Kind::MonitorDown:
        return tr("Monitor down or up");
    case Kind::RequestStuck:
        return tr("Request stuck");
    case Kind::CertificateExpiring:
        return tr("Certificate expiring");
    case Kind::VpnDown:
        return tr("VPN down or leaking");
    case Kind::ServiceDown:
        return tr("Service not answering");
    }
    return {};
}

LabSummary::TileState LabSummary::pools(QList<Problem> *problems) const
{
    TileState t;
    t.tile = Tile::Pools;
    auto result = m_stores.pools();
    if (!result) {
        t.present = !m_stores.session().profile().ssh().host.isEmpty();
        t.health = Health::Critical;
        t.headline = tr("No pools");
        t.detail = result.error().message();
        return t;
    }
    const Zfs::PoolStore *store = *result;
    t.periodMs = store->refreshPeriod().count();
    t.updatedAt = store->lastUpdated();
    if (store->pools().isEmpty()) {
        t.health = store->state() == Zfs::PoolStore::State::Failed ? Health::Critical : Health::Unknown;
        t.headline = store->state() == Zfs::PoolStore::State::Failed ? tr("Pools cannot be read") : tr("Reading…");
        t.detail = store->state() == Zfs::PoolStore::State::Failed ? store->lastError().message()
                                                                   : tr("zpool status over SSH");
        if (store->state() == Zfs::PoolStore::State::Ready) {
            t.headline = tr("No pools");
            t.detail = tr("ZFS answered, but no pool is imported.");
        }
        return t;
    }
    const QDateTime at = now();
    Health worst = Health::Ok;
    QString worstText;
    int online = 0;
    double fullest = -1;
    QString fullestName;
    qint64 oldestScrubDays = -1;
    for (const Zfs::Pool &pool : store->pools()) {
        const Zfs::HealthVerdict verdict = Zfs::PoolHealth::pool(pool, at);
        if (int(verdict.health) > int(worst)) {
            worst = verdict.health;
            worstText = tr("%1: %2").arg(DisplayText::name(pool.name), verdict.reason);
        }
        if (pool.state == Zfs::DeviceState::Online)
            ++online;
        else
            problems->append({u"pool:%1:state"_s.arg(pool.name),
                              Kind::PoolDegraded,
                              Tile::Pools,
                              Health::Critical,
                              tr("Pool %1 is %2").arg(DisplayText::name(pool.name), poolStateWord(pool.state)),
                              {},
                              {}});
        if (const auto capacity = pool.capacityPercent(); capacity && *capacity > fullest) {
            fullest = *capacity;
            fullestName = pool.name;
        }
        const Zfs::ScanStatus &scan = pool.scan;
        if (scan.function == Zfs::ScanStatus::Function::Scrub && scan.state == Zfs::ScanStatus::State::Finished) {
            if (scan.endTime.isValid())
                oldestScrubDays = qMax(oldestScrubDays, scan.endTime.daysTo(at));
            if (scan.errors.value_or(0) > 0)
                problems->append({u"pool:%1:scrub-errors"_s.arg(pool.name),
                                  Kind::ScrubErrors,
                                  Tile::Pools,
                                  Health::Critical,
                                  tr("The last scrub of %1 found %n error(s)", nullptr, int(*scan.errors))
                                      .arg(DisplayText::name(pool.name)),
                                  {},
                                  {}});
        }
        if (verdict.health == Health::Warning && pool.state == Zfs::DeviceState::Online)
            problems->append({u"pool:%1:warning"_s.arg(pool.name),
                              Kind::PoolDegraded,
                              Tile::Pools,
                              Health::Warning,
                              tr("Pool %1: %2").arg(DisplayText::name(pool.name), verdict.reason),
                              {},
                              {}});
    }
    const int count = int(store->pools().size());
    t.health = store->state() == Zfs::PoolStore::State::Failed ? Health::Stale : worst;
    t.headline = online == count ? tr("%n pool(s), all online", nullptr, count)
                                 : tr("%1 of %n pool(s) online", nullptr, count).arg(online);
    QStringList detail;
    if (fullest >= 0)
        detail << tr("fullest %1 %2 %").arg(DisplayText::name(fullestName)).arg(fullest, 0, 'f', 0);
    if (oldestScrubDays >= 0)
        detail << tr("oldest scrub %n day(s) ago", nullptr, int(oldestScrubDays));
    t.detail = worst == Health::Ok ? detail.join(u" · "_s) : worstText;
    return t;
}

LabSummary::TileState LabSummary::containers(QList<Problem> *problems) const
{
    TileState t;
    t.tile = Tile::Containers;
    auto result = m_stores.containers();
    if (!result) {
        t.health = Health::Critical;
        t.headline = tr("Docker not reachable");
        t.detail = result.error().message();
        return t;
    }
    const Docker::ContainerStore *store = *result;
    t.periodMs = store->options().resyncInterval.count();
    switch (store->status()) {
    case Docker::ContainerStore::Status::Idle:
    case Docker::ContainerStore::Status::Loading:
        t.headline = tr("Reading…");
        t.detail = tr("the container list");
        return t;
    case Docker::ContainerStore::Status::Failed:
        t.health = Health::Critical;
        t.headline = tr("Containers cannot be read");
        t.detail = store->lastError().message();
        return t;
    case Docker::ContainerStore::Status::Ready:
        break;
    }
    // Live events keep the list current: its age is now, not the last full resync.
    t.updatedAt = store->isLive() ? now() : store->updatedAt();
    int running = 0;
    int unhealthy = 0;
    int stopped = 0;
    int restarting = 0;
    for (const Docker::Container &c : store->containers()) {
        if (c.isRunning())
            ++running;
        if (c.state == Docker::ContainerState::Restarting) {
            ++restarting;
            problems->append({u"container:%1:restarting"_s.arg(c.name), Kind::ContainerExited, Tile::Containers,
                              Health::Critical, tr("%1 keeps restarting").arg(DisplayText::name(c.name)), c.id,
                              c.name});
        } else if (c.health == Docker::HealthStatus::Unhealthy) {
            ++unhealthy;
            problems->append({u"container:%1:unhealthy"_s.arg(c.name), Kind::ContainerUnhealthy, Tile::Containers,
                              Health::Critical, tr("%1 is unhealthy").arg(DisplayText::name(c.name)), c.id, c.name});
        } else if (c.state == Docker::ContainerState::Exited || c.state == Docker::ContainerState::Dead) {
            ++stopped;
            // A clean stop (exit 0) is a choice; a crash is a problem.
            if (c.exitCode != 0 || c.state == Docker::ContainerState::Dead)
                problems->append(
                    {u"container:%1:exited"_s.arg(c.name), Kind::ContainerExited, Tile::Containers, Health::Critical,
                     tr("%1 exited with code %2").arg(DisplayText::name(c.name)).arg(c.exitCode), c.id, c.name});
        }
    }
    const int total = int(store->containers().size());
    t.health = unhealthy + restarting > 0 ? Health::Critical : stopped > 0 ? Health::Warning : Health::Ok;
    if (!store->lastError().message().isEmpty() && !store->isLive())
        t.health = HealthText::worst(t.health, Health::Stale);
    t.headline = tr("%1 of %n running", nullptr, total).arg(running);
    t.detail = tr("%1 unhealthy · %2 stopped · %3 restarting").arg(unhealthy).arg(stopped).arg(restarting);
    return t;
}

LabSummary::TileState LabSummary::media(QList<Problem> *problems) const
{
    TileState t;
    t.tile = Tile::Media;
    const Media::PipelineModel *pipeline = m_stores.pipeline();
    if (!pipeline) {
        t.present = false;
        t.headline = tr("No media services");
        t.detail = tr("Add Seerr, Radarr, Sonarr… to the profile.");
        return t;
    }
    t.periodMs = Media::PipelineModel::VisibleIntervalMs;
    t.updatedAt = pipeline->updatedAt();
    if (!pipeline->hasLoaded()) {
        t.headline = tr("Reading…");
        t.detail = tr("Seerr, the *arrs and the download clients");
        return t;
    }
    int stuck = 0;
    int active = 0;
    for (const Media::PipelineRow &row : pipeline->rows()) {
        if (row.stuck) {
            ++stuck;
            problems->append({u"request:%1"_s.arg(row.key),
                              Kind::RequestStuck,
                              Tile::Media,
                              Health::Warning,
                              tr("“%1” is stuck: %2").arg(DisplayText::name(row.title), row.reason),
                              {},
                              {}});
        } else if (row.health != Health::Ok) {
            ++active;
        }
    }
    const int failed = int(pipeline->errors().size());
    t.health = stuck > 0 || failed > 0 ? Health::Warning : Health::Ok;
    t.headline = tr("%n stuck", nullptr, stuck);
    t.detail = failed > 0 ? tr("%n service(s) not answering: %1", nullptr, failed)
                                .arg(QStringList(pipeline->errors().keys()).join(u", "_s))
                          : tr("%n request(s) in the pipeline", nullptr, int(pipeline->rows().size()));
    return t;
}

LabSummary::TileState LabSummary::monitorsFromUptime(const Metrics::UptimeStore &uptime, QList<Problem> *problems) const
{
    TileState t;
    t.tile = Tile::Monitors;
    t.periodMs = 60 * 1000;
    t.updatedAt = uptime.asOf();
    const int down = uptime.downCount();
    for (const Metrics::Monitor &m : uptime.monitors()) {
        if (m.info.status == Metrics::MonitorStatus::Down)
            problems->append({u"monitor:%1:down"_s.arg(m.info.name),
                              Kind::MonitorDown,
                              Tile::Monitors,
                              Health::Critical,
                              tr("Monitor %1 is down").arg(DisplayText::name(m.info.name)),
                              {},
                              {}});
    }
    const QList<ExpiringCertificate> expiring = expiringCertificates(&uptime);
    certificateProblems(expiring, problems);
    const int total = int(uptime.monitors().size());
    t.health = down > 0 ? Health::Critical : !expiring.isEmpty() ? Health::Warning : Health::Ok;
    t.headline = down > 0 ? tr("%n down", nullptr, down) : tr("All %n up", nullptr, total);
    t.detail = expiring.isEmpty() ? tr("No certificate expires within %n day(s)", nullptr, CertificateWarningDays)
                                  : tr("%n certificate(s) expiring soon", nullptr, int(expiring.size()));
    if (uptime.lastError())
        t.detail = tr("Showing the last data read: %1").arg(uptime.lastError()->message());
    return t;
}

LabSummary::TileState LabSummary::monitors(QList<Problem> *problems) const
{
    // Uptime Kuma's monitors (core/metrics) when the profile has them; otherwise what the Services
    // directory checks: every web service of the lab.
    TileState t;
    t.tile = Tile::Monitors;
    const Metrics::UptimeStore *uptime = m_stores.metrics();
    if (uptime && uptime->hasLoaded())
        return monitorsFromUptime(*uptime, problems);
    if (uptime && !uptime->lastError()) {
        t.headline = tr("Checking…");
        t.detail = tr("Reading Uptime Kuma's monitors…");
        return t;
    }
    const ServiceDirectory *directory = m_stores.services();
    if (!directory || directory->services().isEmpty()) {
        t.present = false;
        t.headline = tr("No services");
        t.detail = tr("Add the lab's services to the profile.");
        return t;
    }
    t.periodMs = ServicesPeriodMs;
    int down = 0;
    int checked = 0;
    for (const ServiceStatus &s : directory->services()) {
        if (!s.checkedAt.isValid())
            continue;
        ++checked;
        if (!t.updatedAt.isValid() || s.checkedAt < t.updatedAt)
            t.updatedAt = s.checkedAt;
        if (s.health == Health::Critical) {
            ++down;
            if (s.id != u"litellm"_s && s.id != u"gluetun"_s) // they have their own tiles
                problems->append({u"service:%1:down"_s.arg(s.id),
                                  Kind::MonitorDown,
                                  Tile::Monitors,
                                  Health::Critical,
                                  tr("%1 does not answer: %2").arg(s.name, s.reason),
                                  {},
                                  {}});
        }
    }
    if (checked == 0) {
        t.headline = tr("Checking…");
        t.detail = tr("%n service(s)", nullptr, int(directory->services().size()));
        return t;
    }
    // Without Uptime Kuma's data the tile sums up the web services, and NPM's certificates when it has them.
    const QList<ExpiringCertificate> expiring = expiringCertificates(nullptr);
    certificateProblems(expiring, problems);
    t.health = down > 0 ? Health::Critical : !expiring.isEmpty() ? Health::Warning : Health::Ok;
    t.headline = down > 0 ? tr("%n down", nullptr, down) : tr("All %n answer", nullptr, checked);
    if (uptime)
        t.detail = tr("Uptime Kuma could not be read: %1").arg(uptime->lastError()->message());
    else if (!expiring.isEmpty())
        t.detail = tr("%n certificate(s) expiring soon", nullptr, int(expiring.size()));
    else if (directory->npm())
        t.detail = tr("No certificate expires within %n day(s)", nullptr, CertificateWarningDays);
    else
        t.detail = tr("Add Uptime Kuma or Prometheus to the profile to see monitors and certificates.");
    return t;
}

LabSummary::TileState LabSummary::vpn(QList<Problem> *problems) const
{
    TileState t;
    t.tile = Tile::Vpn;
    if (!m_vpn.present) {
        t.present = false;
        t.headline = tr("No VPN");
        t.detail = tr("The profile has no Gluetun service.");
        return t;
    }
    t.periodMs = VpnVisibleMs;
    t.updatedAt = m_vpn.checkedAt;
    if (!m_vpn.checkedAt.isValid()) {
        t.headline = tr("Checking…");
        t.detail = tr("Gluetun's control server");
        return t;
    }
    if (!m_vpn.error.isEmpty() && m_vpn.status.isEmpty()) {
        t.health = Health::Critical;
        t.headline = tr("Gluetun does not answer");
        t.detail = m_vpn.error;
        problems->append({u"vpn:unreachable"_s,
                          Kind::VpnDown,
                          Tile::Vpn,
                          Health::Critical,
                          tr("Gluetun does not answer: %1").arg(m_vpn.error),
                          {},
                          {}});
        return t;
    }
    QStringList leaks;
    if (auto containers = m_stores.containers();
        containers && (*containers)->status() == Docker::ContainerStore::Status::Ready) {
        const Docker::Container *gluetun = (*containers)->find(u"gluetun"_s);
        for (const Docker::Container &c : (*containers)->containers()) {
            if (!isDownloadClient(c.name) || !c.isRunning())
                continue;
            const Docker::Container *parent = (*containers)->networkParent(c.id);
            if (!gluetun || !parent || parent->id != gluetun->id)
                leaks << c.name;
        }
    }
    const bool running = m_vpn.status == u"running"_s;
    if (!running) {
        t.health = Health::Critical;
        t.headline = tr("VPN is %1").arg(m_vpn.status.isEmpty() ? tr("unknown") : m_vpn.status);
        t.detail = tr("Downloads have no tunnel.");
        problems->append({u"vpn:down"_s,
                          Kind::VpnDown,
                          Tile::Vpn,
                          Health::Critical,
                          tr("The VPN is not running (%1)").arg(DisplayText::name(m_vpn.status)),
                          {},
                          {}});
    } else if (!leaks.isEmpty()) {
        t.health = Health::Critical;
        t.headline = tr("Leaking");
        t.detail = tr("%1 bypass the tunnel").arg(shownNames(leaks));
        problems->append({u"vpn:leak"_s,
                          Kind::VpnDown,
                          Tile::Vpn,
                          Health::Critical,
                          tr("%1 reach the internet around Gluetun").arg(shownNames(leaks)),
                          {},
                          {}});
    } else if (m_vpn.publicIp.isEmpty()) {
        t.health = Health::Warning;
        t.headline = tr("Up, no exit address yet");
        t.detail = tr("Gluetun has not looked up its public IP.");
    } else {
        t.health = Health::Ok;
        t.headline = tr("Up, not leaking");
        t.detail = m_vpn.country.isEmpty() ? m_vpn.publicIp : tr("%1 (%2)").arg(m_vpn.publicIp, m_vpn.country);
    }
    return t;
}

LabSummary::TileState LabSummary::llm(QList<Problem> *problems) const
{
    TileState t;
    t.tile = Tile::Llm;
    const Llm::Store *store = m_stores.llm();
    if (!store) {
        t.present = false;
        t.headline = tr("No LiteLLM");
        t.detail = tr("The profile has no LiteLLM service.");
        return t;
    }
    const ServiceStatus *probe = findService(m_stores.services(), u"litellm"_s);
    t.periodMs = ServicesPeriodMs;
    t.updatedAt = probe && probe->checkedAt.isValid() ? probe->checkedAt : store->loadedAt();
    if (probe && probe->checkedAt.isValid() && probe->health == Health::Critical) {
        t.health = Health::Critical;
        t.headline = tr("Not answering");
        t.detail = probe->reason;
        problems->append({u"litellm:down"_s,
                          Kind::ServiceDown,
                          Tile::Llm,
                          Health::Critical,
                          tr("LiteLLM does not answer: %1").arg(probe->reason),
                          {},
                          {}});
        return t;
    }
    if (!store->hasLoaded()) {
        t.health = store->lastError() ? Health::Critical : Health::Unknown;
        t.headline = store->lastError() ? tr("Cannot be read") : tr("Reading…");
        t.detail = store->lastError() ? store->lastError()->message() : tr("models and keys");
        return t;
    }
    int blocked = 0;
    for (const auto &key : store->keys()) {
        if (Llm::Store::keyHealth(key, now()).first == Health::Critical)
            ++blocked;
    }
    t.health = store->lastError() ? Health::Stale : blocked > 0 ? Health::Warning : Health::Ok;
    t.headline = tr("Healthy, %n model(s)", nullptr, int(store->models().size()));
    t.detail = blocked > 0 ? tr("%n virtual key(s) blocked, expired or over budget", nullptr, blocked)
                           : tr("%n virtual key(s)", nullptr, int(store->keys().size()));
    return t;
}

QList<LabSummary::TileState> LabSummary::compute(QList<Problem> *problems) const
{
    QList<TileState> out{pools(problems),    containers(problems), media(problems),
                         monitors(problems), vpn(problems),        llm(problems)};
    const QDateTime at = now();
    for (TileState &t : out) {
        if (t.present && t.updatedAt.isValid() && t.periodMs > 0 && t.updatedAt.msecsTo(at) > 2 * t.periodMs &&
            t.health != Health::Critical)
            t.health = Health::Stale;
    }
    return out;
}

const LabSummary::Computed &LabSummary::computed() const
{
    if (!m_computed) {
        Computed c;
        c.tiles = compute(&c.problems);
        std::stable_sort(c.problems.begin(), c.problems.end(),
                         [](const Problem &a, const Problem &b) { return int(a.health) > int(b.health); });
        m_computed = std::move(c);
        ++m_computations;
        if (!m_dropQueued) {
            m_dropQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_dropQueued = false;
                m_computed.reset();
            });
        }
    }
    return *m_computed;
}

QList<LabSummary::TileState> LabSummary::tiles() const
{
    return computed().tiles;
}

LabSummary::TileState LabSummary::tile(Tile which) const
{
    for (const TileState &t : computed().tiles) {
        if (t.tile == which)
            return t;
    }
    return {};
}

QList<LabSummary::Problem> LabSummary::problems() const
{
    return computed().problems;
}

Health LabSummary::overall() const
{
    Health worst = Health::Ok;
    bool any = false;
    for (const TileState &t : computed().tiles) {
        if (!t.present)
            continue;
        any = true;
        worst = HealthText::worst(worst, t.health);
    }
    return any ? worst : Health::Unknown;
}

} // namespace KryNet
