#include "core/lab/servicedirectory.h"

#include <QElapsedTimer>
#include <QPointer>

#include "core/common/futurewatch.h"
#include "core/config/servicecatalog.h"
#include "core/http/httperrors.h"
#include "core/http/npmclient.h"
#include "core/http/serviceclient.h"
#include "core/lab/labsession.h"
#include "core/lab/serviceprobe.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

constexpr int VisibleIntervalMs = 60 * 1000;
constexpr int HiddenIntervalMs = 5 * 60 * 1000;
constexpr int ProbeTimeoutMs = 10 * 1000;

} // namespace

ServiceDirectory::ServiceDirectory(LabSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    const Profile &profile = session.profile();
    for (auto it = profile.services().cbegin(); it != profile.services().cend(); ++it) {
        const ServiceInfo *info = ServiceCatalog::find(it.key());
        if (info && !info->hasWebUi && it->url.isEmpty())
            continue; // Cloudflared, Tailscale…: nothing to reach over HTTP unless a URL is configured
        ServiceStatus status;
        status.id = it.key();
        status.name = ServiceCatalog::displayName(it.key());
        const auto url = profile.serviceUrl(it.key());
        if (url) {
            status.url = *url;
        } else {
            status.reason = url.error().message();
        }
        m_services.append(status);
    }
    std::sort(m_services.begin(), m_services.end(),
              [](const ServiceStatus &a, const ServiceStatus &b) { return a.name.localeAwareCompare(b.name) < 0; });

    connect(&m_timer, &QTimer::timeout, this, &ServiceDirectory::refresh);
    connect(&m_staleTimer, &QTimer::timeout, this, &ServiceDirectory::markStale);
    connect(&session, &LabSession::windowVisibilityChanged, this, &ServiceDirectory::updateInterval);
    m_staleTimer.start(15 * 1000);
    updateInterval();
}

ServiceDirectory::~ServiceDirectory() = default;

void ServiceDirectory::updateInterval()
{
    m_timer.start(m_session.isWindowVisible() ? VisibleIntervalMs : HiddenIntervalMs);
}

bool ServiceDirectory::isChecking() const
{
    return m_pending > 0;
}

Health ServiceDirectory::overallHealth() const
{
    Health worst = m_services.isEmpty() ? Health::Unknown : Health::Ok;
    for (const ServiceStatus &status : m_services)
        worst = HealthText::worst(worst, status.health);
    return worst;
}

void ServiceDirectory::refresh()
{
    // Asked for again in the turn that started the running round (the Overview's Refresh and F5 on the
    // Services panel): its probes are not even sent yet, so a new round would only repeat them.
    if (isChecking() && m_refreshTurn.isMarked())
        return;
    m_refreshTurn.mark(this);
    ++m_generation;
    const bool wasChecking = isChecking();
    m_pending = 0;
    for (int row = 0; row < m_services.size(); ++row)
        check(row);
    if (wasChecking != isChecking())
        Q_EMIT checkingChanged(isChecking());
}

void ServiceDirectory::check(int row)
{
    ServiceStatus &status = m_services[row];
    ServiceClient *client = m_session.service(status.id);
    if (!client || status.url.isEmpty()) {
        status.health = Health::Unknown;
        return;
    }
    ServiceClient::Options options = client->options();
    options.maxGetRetries = 0;
    options.timeout = std::chrono::milliseconds(ProbeTimeoutMs);
    client->setOptions(options);

    status.checking = true;
    ++m_pending;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));

    QElapsedTimer timer;
    timer.start();
    const QString id = status.id;
    const quint64 generation = m_generation;
    // whenDone, not then(this): the directory goes away with its session while checks may be in flight.
    whenDone(client->send(ServiceProbe::request(id)), this,
             [this, row, id, generation, timer](const Result<HttpResponse> &result) {
                 if (generation != m_generation || row >= m_services.size() || m_services.at(row).id != id)
                     return; // a newer round replaced this one
                 ServiceStatus &s = m_services[row];
                 s.checking = false;
                 s.latencyMs = timer.elapsed();
                 s.checkedAt = QDateTime::currentDateTimeUtc();
                 s.certificateSha256.clear();
                 s.detail.clear();
                 if (result) {
                     s.health = Health::Ok;
                     s.reason = tr("Up");
                     s.detail = tr("HTTP %1 in %2 ms").arg(result->status).arg(s.latencyMs);
                     const QString version = ServiceProbe::version(id, *result);
                     if (!version.isEmpty())
                         s.version = version;
                     if (id == u"npm"_s) {
                         // The row counts as checked; its details follow when NPM's API answers.
                         readNpm(row);
                     }
                 } else {
                     const Error &error = result.error();
                     // Reachable but refusing the key is a warning the user can fix; everything else is down.
                     s.health = error.code() == Error::Code::Auth ? Health::Warning : Health::Critical;
                     s.reason = error.message();
                     s.detail = error.detail();
                     s.certificateSha256 = HttpErrors::presentedFingerprint(error);
                 }
                 finishRow(row);
             });
}

void ServiceDirectory::readNpm(int row)
{
    ServiceClient *client = m_session.service(u"npm"_s);
    if (!client)
        return;
    if (!m_npmClient)
        m_npmClient = new NpmClient(*client, m_session.secrets(), this);
    ++m_pending;
    const quint64 generation = m_generation;
    whenDone(m_npmClient->read(), this, [this, row, generation](const Result<NpmState> &result) {
        if (generation != m_generation || row >= m_services.size() || m_services.at(row).id != u"npm"_s)
            return;
        ServiceStatus &s = m_services[row];
        m_npmReadAt = QDateTime::currentDateTimeUtc();
        if (result) {
            m_npm = *result;
            m_npmError.clear();
            QString details = tr("%n proxy host(s)", nullptr, int(m_npm->proxyHosts.size()));
            if (const NpmCertificate *nearest = m_npm->nearestExpiry()) {
                const int days = nearest->daysLeft(m_npmReadAt).value_or(0);
                details +=
                    u"; "_s +
                    (days < 0 ? tr("certificate %1 expired %n day(s) ago", nullptr, -days).arg(nearest->label())
                              : tr("certificate %1 expires first, in %n day(s)", nullptr, days).arg(nearest->label()));
            } else {
                details += u"; "_s + tr("no certificates");
            }
            s.details = details;
        } else {
            // Up, but its API refused us (no or wrong user/password): the row says so, the old data stays.
            m_npmError = result.error().message();
            s.details = tr("Certificates not read: %1").arg(m_npmError);
            if (result.error().code() == Error::Code::Auth && s.health == Health::Ok)
                s.health = Health::Warning;
        }
        finishRow(row);
    });
}

void ServiceDirectory::finishRow(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT checkingChanged(false);
}

void ServiceDirectory::markStale()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 limitMs = 2LL * (m_session.isWindowVisible() ? VisibleIntervalMs : HiddenIntervalMs);
    for (int row = 0; row < m_services.size(); ++row) {
        ServiceStatus &s = m_services[row];
        if (s.checkedAt.isValid() && !s.checking && s.health != Health::Stale && s.checkedAt.msecsTo(now) > limitMs) {
            s.health = Health::Stale;
            s.reason = tr("last checked %1").arg(QLocale().toString(s.checkedAt.toLocalTime(), QLocale::ShortFormat));
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int ServiceDirectory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceDirectory::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceDirectory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceStatus &s = m_services.at(index.row());
    const Health health = s.checking ? Health::Busy : s.health;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn:
            return s.name;
        case AddressColumn:
            return s.url.isEmpty() ? s.reason : s.url.toDisplayString();
        case StatusColumn:
            if (s.checking)
                return tr("Checking…");
            return s.checkedAt.isValid() ? s.reason : tr("Not checked yet");
        case VersionColumn:
            return s.version;
        case LatencyColumn:
            return s.latencyMs >= 0 && s.health != Health::Critical ? tr("%1 ms").arg(s.latencyMs) : QString();
        case DetailsColumn:
            return s.details;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !s.detail.isEmpty())
            return QString(s.reason + u"\n"_s + s.detail);
        return {};
    case Roles::HealthRole:
        return int(health);
    case Roles::HealthReasonRole:
        return s.reason;
    case Roles::UpdatedAtRole:
        return s.checkedAt;
    case Roles::IdRole:
        return s.id;
    case Roles::SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(health);
        case LatencyColumn:
            return s.latencyMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case UrlRole:
        return s.url;
    case CertificateRole:
        return s.certificateSha256;
    case DetailRole:
        return s.detail;
    default:
        return {};
    }
}

QVariant ServiceDirectory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case VersionColumn:
        return tr("Version");
    case LatencyColumn:
        return tr("Latency");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace KryNet
