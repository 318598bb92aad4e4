#include "app/labsim/monitoring/uptimekumaservice.h"

#include <QDateTime>
#include <QJsonArray>

#include "app/labsim/labclock.h"
#include "app/labsim/monitoring/monitorhistory.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

struct UptimeKumaService::Page
{
    int id = 0;
    QString slug;
    QString title;
    QString description;
    bool showCertificateExpiry = false;
    QList<QPair<QString, QList<int>>> groups; ///< group name → monitor ids
    QList<int> sendUrl;                       ///< monitors whose URL is shown
};

namespace
{

HttpResponse fail(const QString &message)
{
    const int status = message.contains(u"not found"_s, Qt::CaseInsensitive) ? 404 : 403;
    return HttpResponse::json(QJsonObject{{u"status"_s, u"fail"_s}, {u"msg"_s, message}}, status);
}

QString kumaTime(qint64 ms, bool millis)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return dt.toString(millis ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"yyyy-MM-dd HH:mm:ss"_s);
}

QByteArray escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    out.replace('\n', "\\n");
    return out;
}

} // namespace

UptimeKumaService::UptimeKumaService(std::shared_ptr<const MonitorHistory> history, LabClock &clock, QString apiKey)
    : m_history(std::move(history))
    , m_clock(clock)
    , m_apiKey(std::move(apiKey))
{
    Page home;
    home.id = 1;
    home.slug = u"homelab"_s;
    home.title = u"Krylab status"_s;
    home.description = u"Everything running on the TrueNAS box and what it depends on."_s;
    home.showCertificateExpiry = true;
    QMap<QString, QList<int>> byGroup;
    QStringList order;
    for (const MonitorDef &m : m_history->monitors()) {
        if (!order.contains(m.group))
            order.append(m.group);
        byGroup[m.group].append(m.id);
    }
    for (const QString &group : order)
        home.groups.append({group, byGroup.value(group)});
    m_pages.push_back(home);

    Page family;
    family.id = 2;
    family.slug = u"family"_s;
    family.title = u"Movies & photos"_s;
    family.groups = {{u"Watch"_s, {1, 2}}, {u"Photos"_s, {9}}};
    family.sendUrl = {1, 2};
    m_pages.push_back(family);
}

UptimeKumaService::~UptimeKumaService() = default;

QJsonObject UptimeKumaService::credentials() const
{
    // Basic auth: any (empty) username, the API key as password.
    return {{u"username"_s, QString()}, {u"password"_s, m_apiKey}, {u"apiKey"_s, m_apiKey}};
}

const UptimeKumaService::Page *UptimeKumaService::page(const QString &slug) const
{
    for (const Page &p : m_pages) {
        if (p.slug == slug)
            return &p;
    }
    return nullptr;
}

bool UptimeKumaService::rateLimited()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_recentAuth.empty() && m_recentAuth.front() <= now - 60000)
        m_recentAuth.pop_front();
    if (m_recentAuth.size() >= 60)
        return true;
    m_recentAuth.push_back(now);
    return false;
}

HttpResponse UptimeKumaService::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (request.method != "GET" && request.method != "HEAD")
        return fail(u"Not Found"_s);
    if (path == u"/metrics"_s) {
        const QByteArray auth = request.header("Authorization");
        bool ok = false;
        if (auth.startsWith("Basic ")) {
            const QByteArray decoded = QByteArray::fromBase64(auth.mid(6));
            const qsizetype colon = decoded.indexOf(':');
            ok = colon >= 0 && QString::fromUtf8(decoded.mid(colon + 1)) == m_apiKey;
        }
        if (!ok || rateLimited()) {
            return HttpResponse::text("Unauthorized", 401)
                .withHeader("WWW-Authenticate", "Basic realm=\"Uptime Kuma\"");
        }
        return HttpResponse::text(metricsText(), 200, "text/plain; version=0.0.4; charset=utf-8");
    }
    if (path.startsWith(u"/api/status-page/heartbeat/"_s)) {
        const Page *p = page(path.mid(27));
        return p ? heartbeats(*p) : fail(u"Status Page Not Found"_s);
    }
    if (path.startsWith(u"/api/status-page/"_s)) {
        const Page *p = page(path.mid(17));
        return p ? statusPage(*p) : fail(u"Status Page Not Found"_s);
    }
    if (path == u"/"_s)
        return HttpResponse::empty(302).withHeader("Location", "/dashboard");
    if (path == u"/dashboard"_s || path.startsWith(u"/status/"_s)) {
        return HttpResponse::text("<!DOCTYPE html><html lang=\"en\"><head><title>Uptime Kuma</title></head>"
                                  "<body><div id=\"app\"></div></body></html>",
                                  200, "text/html; charset=utf-8");
    }
    return HttpResponse::text("Not Found", 404, "text/html; charset=utf-8");
}

QByteArray UptimeKumaService::metricsText()
{
    const qint64 now = m_clock.nowSecs();
    const qint64 minute = now / 60;
    if (minute == m_cachedMinute)
        return m_cachedMetrics;
    const MonitorHistory &h = *m_history;
    QByteArray status = "# HELP monitor_status Monitor Status (1 = UP, 0= DOWN, 2= PENDING, 3= MAINTENANCE)\n"
                        "# TYPE monitor_status gauge\n";
    QByteArray ping = "# HELP monitor_response_time Monitor Response Time (ms)\n# TYPE monitor_response_time gauge\n";
    QByteArray certDays = "# HELP monitor_cert_days_remaining The number of days remaining until the certificate "
                          "expires\n# TYPE monitor_cert_days_remaining gauge\n";
    QByteArray certValid = "# HELP monitor_cert_is_valid Is the certificate still valid? (1 = Yes, 0= No)\n"
                           "# TYPE monitor_cert_is_valid gauge\n";
    QByteArray ratio = "# HELP monitor_uptime_ratio Uptime ratio of the monitor over a window (0-1)\n"
                       "# TYPE monitor_uptime_ratio gauge\n";
    QByteArray seconds = "# HELP monitor_response_time_seconds Average response time of the monitor over a window "
                         "(seconds)\n# TYPE monitor_response_time_seconds gauge\n";
    const QList<QPair<QByteArray, qint64>> windows = {{"1d", 86400}, {"30d", 30 * 86400}, {"365d", 365 * 86400}};
    for (int i = 0; i < int(h.monitors().size()); ++i) {
        const MonitorDef &m = h.monitors()[size_t(i)];
        const QByteArray labels = "monitor_id=\"" + QByteArray::number(m.id) + "\",monitor_name=\"" +
                                  escapeLabel(m.name) + "\",monitor_type=\"" + escapeLabel(m.type) +
                                  "\",monitor_url=\"" + escapeLabel(m.url) + "\",monitor_hostname=\"" +
                                  escapeLabel(m.hostname) + "\",monitor_port=\"" + escapeLabel(m.port) + "\",stack=\"" +
                                  escapeLabel(m.stack) + "\"";
        // The last beat; after a gap Kuma keeps the previous value, so walk back to a real beat.
        qint64 k = h.beatIndexAt(i, now);
        std::optional<Heartbeat> last;
        for (int back = 0; back < 60 && !last; ++back)
            last = h.beat(i, k - back);
        if (!last)
            continue;
        status += "monitor_status{" + labels + "} " + QByteArray::number(last->status) + '\n';
        ping += "monitor_response_time{" + labels + "} " + QByteArray::number(last->pingMs) + '\n';
        if (const std::optional<int> days = h.certDaysRemaining(i, now)) {
            certDays += "monitor_cert_days_remaining{" + labels + "} " + QByteArray::number(*days) + '\n';
            certValid += "monitor_cert_is_valid{" + labels + "} " + QByteArray(*days >= 0 ? "1" : "0") + '\n';
        }
        for (const auto &[name, span] : windows) {
            const double r = h.uptimeRatio(i, now - span, now);
            ratio += "monitor_uptime_ratio{" + labels + ",window=\"" + name + "\"} " +
                     QByteArray::number(r < 0 ? 0.0 : r, 'g', 6) + '\n';
        }
        if (m.hasPing) {
            for (const auto &[name, span] : windows) {
                // Average over the beats with a ping, sampled every 10 minutes for the long windows.
                const qint64 stride = span > 86400 ? 10 : 1;
                double sum = 0;
                qint64 n = 0;
                for (qint64 j = k; j > k - span / 60; j -= stride) {
                    if (const std::optional<Heartbeat> b = h.beat(i, j); b && b->pingMs >= 0) {
                        sum += b->pingMs;
                        ++n;
                    }
                }
                seconds += "monitor_response_time_seconds{" + labels + ",window=\"" + name + "\"} " +
                           QByteArray::number(n == 0 ? 0.0 : sum / double(n) / 1000.0, 'g', 6) + '\n';
            }
        }
    }
    QByteArray out = "# HELP process_cpu_user_seconds_total Total user CPU time spent in seconds.\n"
                     "# TYPE process_cpu_user_seconds_total counter\n"
                     "process_cpu_user_seconds_total " +
                     QByteArray::number(double(now - h.epoch() + 30 * 86400) * 0.0031, 'f', 3) +
                     "\n# HELP nodejs_version_info Node.js version info.\n# TYPE nodejs_version_info gauge\n"
                     "nodejs_version_info{version=\"v20.19.4\",major=\"20\",minor=\"19\",patch=\"4\"} 1\n";
    out += status + ping + certDays + certValid + ratio + seconds;
    m_cachedMinute = minute;
    m_cachedMetrics = out;
    return out;
}

HttpResponse UptimeKumaService::statusPage(const Page &p)
{
    const MonitorHistory &h = *m_history;
    const qint64 now = m_clock.nowSecs();
    QJsonArray groups;
    int groupId = p.id * 10;
    int weight = 1;
    for (const auto &[name, ids] : p.groups) {
        QJsonArray monitors;
        for (const int id : ids) {
            const int i = h.indexOfId(id);
            const MonitorDef &m = h.monitors()[size_t(i)];
            const bool sendUrl = p.sendUrl.contains(id);
            QJsonObject item{
                {u"id"_s, m.id}, {u"name"_s, m.name}, {u"sendUrl"_s, sendUrl ? 1 : 0}, {u"type"_s, m.type}};
            if (sendUrl)
                item.insert(u"url"_s, m.url);
            if (p.showCertificateExpiry) {
                const std::optional<int> days = h.certDaysRemaining(i, now);
                item.insert(u"certExpiryDaysRemaining"_s, days ? QJsonValue(*days) : QJsonValue(-1));
                item.insert(u"validCert"_s, days.has_value() && *days >= 0);
            }
            monitors.append(item);
        }
        groups.append(QJsonObject{
            {u"id"_s, ++groupId}, {u"name"_s, name}, {u"weight"_s, weight++}, {u"monitorList"_s, monitors}});
    }
    QJsonArray incidents;
    QJsonArray maintenance;
    if (p.slug == u"homelab"_s) {
        if (now >= h.offsiteDownSince()) {
            incidents.append(QJsonObject{
                {u"id"_s, 4},
                {u"style"_s, u"danger"_s},
                {u"title"_s, u"Offsite backup unreachable"_s},
                {u"content"_s, u"The backup target at the other house does not answer on SSH. Nightly replication "
                               u"is paused until it is back."_s},
                {u"pin"_s, true},
                {u"active"_s, true},
                {u"createdDate"_s, kumaTime((h.offsiteDownSince() + 9 * 60) * 1000, false)},
                {u"lastUpdatedDate"_s, QJsonValue::Null},
                {u"status_page_id"_s, p.id}});
        }
        const MonitorHistory::Window w = h.maintenance();
        if (now >= w.start && now < w.end) {
            maintenance.append(QJsonObject{
                {u"id"_s, 2},
                {u"title"_s, u"Portainer upgrade"_s},
                {u"description"_s, u"Upgrading Portainer CE; the container UI is unavailable meanwhile."_s},
                {u"strategy"_s, u"single"_s},
                {u"active"_s, true},
                {u"status"_s, u"under-maintenance"_s},
                {u"timezone"_s, u"UTC"_s},
                {u"timeslotList"_s, QJsonArray{QJsonObject{{u"startDate"_s, kumaTime(w.start * 1000, false)},
                                                           {u"endDate"_s, kumaTime(w.end * 1000, false)}}}}});
        }
    }
    const QJsonObject config{{u"slug"_s, p.slug},
                             {u"title"_s, p.title},
                             {u"description"_s, p.description.isEmpty() ? QJsonValue::Null : QJsonValue(p.description)},
                             {u"icon"_s, u"/icon.svg"_s},
                             {u"autoRefreshInterval"_s, 300},
                             {u"theme"_s, u"auto"_s},
                             {u"published"_s, true},
                             {u"showTags"_s, false},
                             {u"customCSS"_s, u""_s},
                             {u"footerText"_s, QJsonValue::Null},
                             {u"showPoweredBy"_s, true},
                             {u"showCertificateExpiry"_s, p.showCertificateExpiry},
                             {u"showOnlyLastHeartbeat"_s, false},
                             {u"rssTitle"_s, QJsonValue::Null},
                             {u"analyticsId"_s, QJsonValue::Null},
                             {u"analyticsScriptUrl"_s, QJsonValue::Null},
                             {u"analyticsType"_s, QJsonValue::Null}};
    return HttpResponse::json(QJsonObject{{u"config"_s, config},
                                          {u"incidents"_s, incidents},
                                          {u"publicGroupList"_s, groups},
                                          {u"maintenanceList"_s, maintenance}});
}

HttpResponse UptimeKumaService::heartbeats(const Page &p)
{
    const MonitorHistory &h = *m_history;
    const qint64 now = m_clock.nowSecs();
    QJsonObject beats;
    QJsonObject uptime;
    for (const auto &group : p.groups) {
        for (const int id : group.second) {
            const int i = h.indexOfId(id);
            std::vector<Heartbeat> last;
            const qint64 newest = h.beatIndexAt(i, now);
            for (qint64 k = newest; k > newest - 400 && last.size() < 100; --k) {
                if (const std::optional<Heartbeat> b = h.beat(i, k))
                    last.push_back(*b);
            }
            QJsonArray list;
            for (auto it = last.rbegin(); it != last.rend(); ++it) {
                list.append(QJsonObject{{u"status"_s, it->status},
                                        {u"time"_s, kumaTime(it->timeMs, true)},
                                        {u"msg"_s, u""_s},
                                        {u"ping"_s, it->pingMs >= 0 ? QJsonValue(it->pingMs) : QJsonValue::Null}});
            }
            beats.insert(QString::number(id), list);
            const double r = h.uptimeRatio(i, now - 86400, now);
            uptime.insert(u"%1_24"_s.arg(id), r < 0 ? 1.0 : r);
        }
    }
    return HttpResponse::json(QJsonObject{{u"heartbeatList"_s, beats}, {u"uptimeList"_s, uptime}});
}

} // namespace KryNet::LabSim
