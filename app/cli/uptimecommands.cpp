// krynetctl uptime: the availability table of every Uptime Kuma monitor through core/metrics, computed
// from raw status samples exactly as the Uptime panel computes it.
#include "app/cli/uptimecommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include "app/cli/cli.h"
#include "core/common/terminaltext.h"
#include "core/config/profilestore.h"
#include "core/http/serviceclient.h"
#include "core/metrics/availability.h"
#include "core/metrics/historycache.h"
#include "core/metrics/uptimestore.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

/// "90m", "24h", "30d", "2w" → seconds; -1 when invalid.
qint64 parseRange(const QString &text)
{
    static const QRegularExpression grammar(u"^(\\d{1,6})([smhdw])$"_s);
    const auto match = grammar.match(text.trimmed());
    if (!match.hasMatch())
        return -1;
    const qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 factor = unit == u's' ? 1 : unit == u'm' ? 60 : unit == u'h' ? 3600 : unit == u'd' ? 86400 : 604800;
    return n * factor;
}

QJsonValue ratioJson(const Metrics::Availability &a)
{
    return a.ratio ? QJsonValue(*a.ratio) : QJsonValue(QJsonValue::Null);
}

QString ratioText(const Metrics::Availability &a)
{
    if (!a.ratio)
        return u"–"_s;
    return QString::number(std::floor(*a.ratio * 10000.0) / 100.0, 'f', 2) + u'%';
}

void uptime(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Print the availability of every Uptime Kuma monitor (from Prometheus, or a status page)."));
    const QCommandLineOption profileOpt = profileOption();
    const QCommandLineOption rangeOpt(u"range"_s, Text::tr("Window of the range column and incidents (e.g. 24h, 30d)."),
                                      u"RANGE"_s, u"30d"_s);
    const QCommandLineOption slugOpt(
        u"slug"_s, Text::tr("Uptime Kuma status page to read when there is no Prometheus."), u"SLUG"_s);
    const QCommandLineOption pendingOpt(u"pending"_s, Text::tr("How pending beats count: down, up or excluded."),
                                        u"HOW"_s, u"down"_s);
    parser.addOptions({profileOpt, rangeOpt, slugOpt, pendingOpt});
    if (!inv.parse(parser))
        return;
    const qint64 range = parseRange(parser.value(rangeOpt));
    if (range < 600 || range > 90 * 86400)
        return inv.usageError(Text::tr("--range needs a duration from 10m to 90d, such as 24h or 30d."));
    Metrics::UptimeStore::Options options;
    const QString pending = parser.value(pendingOpt);
    if (pending == u"down"_s)
        options.pending = Metrics::PendingPolicy::AsDown;
    else if (pending == u"up"_s)
        options.pending = Metrics::PendingPolicy::AsUp;
    else if (pending == u"excluded"_s)
        options.pending = Metrics::PendingPolicy::Excluded;
    else
        return inv.usageError(Text::tr("--pending is one of down, up, excluded."));
    options.statusPageSlug = parser.value(slugOpt);
    options.hostMetrics = false;
    if (auto loaded = inv.profiles().load(); !loaded)
        return inv.fail(loaded.error());
    auto profile = inv.profiles().resolve(parser.value(profileOpt));
    if (!profile)
        return inv.fail(profile.error());
    auto *network = new QNetworkAccessManager(&inv);
    ServiceClient *prometheus = profile->hasService(u"prometheus"_s)
                                    ? new ServiceClient(network, &inv.secrets(), *profile, u"prometheus"_s, &inv)
                                    : nullptr;
    ServiceClient *kuma = profile->hasService(u"uptimekuma"_s)
                              ? new ServiceClient(network, &inv.secrets(), *profile, u"uptimekuma"_s, &inv)
                              : nullptr;
    auto *store = new Metrics::UptimeStore(prometheus, kuma, options, &inv);
    store->setRange(range);
    QObject::connect(store, &Metrics::UptimeStore::changed, &inv, [&inv, store, range] {
        if (store->isLoading() || inv.isFinished())
            return;
        if (!store->hasLoaded() || store->lastError())
            return inv.fail(store->lastError() ? *store->lastError()
                                               : Error(Error::Code::Remote, Text::tr("No monitor data.")));
        const qint64 now = store->now();
        if (inv.json()) {
            QJsonArray list;
            for (const Metrics::Monitor *m : store->sortedMonitors()) {
                const auto window = Metrics::AvailabilityMath::computeRuns(m->history.runs(), now - range, now,
                                                                           store->options().pending);
                QJsonArray incidents;
                for (const Metrics::Incident &i : window.incidents)
                    incidents.append(QJsonObject{{u"start"_s, i.start},
                                                 {u"end"_s, i.end},
                                                 {u"durationSeconds"_s, i.duration()},
                                                 {u"ongoing"_s, i.ongoing}});
                list.append(QJsonObject{
                    {u"name"_s, m->info.name},
                    {u"type"_s, m->info.type},
                    {u"status"_s, Metrics::HistoryCache::statusId(m->info.status)},
                    {u"uptime24h"_s, ratioJson(m->day)},
                    {u"uptime7d"_s, ratioJson(m->week)},
                    {u"uptime30d"_s, ratioJson(m->month)},
                    {u"uptime90d"_s, ratioJson(m->quarter)},
                    {u"range"_s, QJsonObject{{u"seconds"_s, range},
                                             {u"from"_s, now - range},
                                             {u"to"_s, now},
                                             {u"uptime"_s, ratioJson(window)},
                                             {u"upSeconds"_s, window.upSecs},
                                             {u"downSeconds"_s, window.downSecs},
                                             {u"pendingSeconds"_s, window.pendingSecs},
                                             {u"maintenanceSeconds"_s, window.maintenanceSecs},
                                             {u"unknownSeconds"_s, window.unknownSecs},
                                             {u"mttrSeconds"_s, window.mttrSecs ? QJsonValue(double(*window.mttrSecs))
                                                                                : QJsonValue(QJsonValue::Null)},
                                             {u"incidents"_s, incidents}}},
                    {u"certDaysRemaining"_s,
                     m->info.certDaysRemaining ? QJsonValue(*m->info.certDaysRemaining) : QJsonValue(QJsonValue::Null)},
                });
            }
            inv.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        } else {
            inv.out() << Text::tr("MONITOR").leftJustified(26) << Text::tr("STATUS").leftJustified(12)
                      << u"24h"_s.leftJustified(9) << u"7d"_s.leftJustified(9) << u"30d"_s.leftJustified(9)
                      << u"90d"_s.leftJustified(9) << Text::tr("INCIDENTS").leftJustified(10) << Text::tr("CERT")
                      << Qt::endl;
            for (const Metrics::Monitor *m : store->sortedMonitors()) {
                const auto window = Metrics::AvailabilityMath::computeRuns(m->history.runs(), now - range, now,
                                                                           store->options().pending);
                inv.out() << TerminalText::cell(m->info.name).left(25).leftJustified(26)
                          << Metrics::HistoryCache::statusId(m->info.status).leftJustified(12)
                          << ratioText(m->day).leftJustified(9) << ratioText(m->week).leftJustified(9)
                          << ratioText(m->month).leftJustified(9) << ratioText(m->quarter).leftJustified(9)
                          << QString::number(window.incidents.size()).leftJustified(10)
                          << (m->info.certDaysRemaining ? Text::tr("%1 d").arg(*m->info.certDaysRemaining) : QString())
                          << Qt::endl;
            }
        }
        inv.finish(ExitOk);
    });
    store->refresh();
}

} // namespace

void registerUptimeCommands(CommandRegistry &registry)
{
    registry.add({u"uptime"_s, Text::tr("Print the availability table of every Uptime Kuma monitor."), uptime});
}

} // namespace KryNet::Cli
