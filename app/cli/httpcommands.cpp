// krynetctl http-check: every configured web service of a profile, checked through core/http exactly as
// the GUI reaches it (access mode, credentials, Cloudflare Access, TLS pins).
#include "app/cli/httpcommands.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include "app/cli/cli.h"
#include "core/config/profilestore.h"
#include "core/config/servicecatalog.h"
#include "core/http/httperrors.h"
#include "core/http/serviceclient.h"
#include "core/lab/serviceprobe.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

struct CheckRun
{
    Profile profile;
    QStringList services;
    QHash<QString, QJsonObject> results;
    int pending = 0;
    bool anyFailed = false;
};

void report(Invocation &inv, const std::shared_ptr<CheckRun> &run)
{
    QJsonArray list;
    for (const QString &service : std::as_const(run->services))
        list.append(run->results.value(service));
    if (inv.json()) {
        const QJsonObject root{{u"profile"_s, run->profile.name()},
                               {u"mode"_s, AccessModes::toId(run->profile.accessMode())},
                               {u"ok"_s, !run->anyFailed},
                               {u"services"_s, list}};
        inv.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        inv.out() << Text::tr("Profile “%1”, access mode %2")
                         .arg(run->profile.name(), AccessModes::displayName(run->profile.accessMode()))
                  << Qt::endl;
        for (const QJsonValue &value : std::as_const(list)) {
            const QJsonObject r = value.toObject();
            const QString service = r.value(u"service"_s).toString();
            if (r.value(u"ok"_s).toBool()) {
                inv.out() << Text::tr("  ok    %1  %2  HTTP %3  %4 ms")
                                 .arg(service.leftJustified(12), r.value(u"url"_s).toString())
                                 .arg(r.value(u"status"_s).toInt())
                                 .arg(r.value(u"latencyMs"_s).toInteger())
                          << Qt::endl;
                continue;
            }
            const QJsonObject error = r.value(u"error"_s).toObject();
            inv.out() << Text::tr("  FAIL  %1  %2  %3 ms")
                             .arg(service.leftJustified(12), r.value(u"url"_s).toString())
                             .arg(r.value(u"latencyMs"_s).toInteger())
                      << Qt::endl
                      << u"        "_s << error.value(u"message"_s).toString() << Qt::endl;
            if (!error.value(u"detail"_s).toString().isEmpty())
                inv.out() << u"        ("_s << error.value(u"detail"_s).toString() << u')' << Qt::endl;
            const QString fingerprint = r.value(u"certificateSha256"_s).toString();
            if (!fingerprint.isEmpty()) {
                inv.out() << Text::tr("        certificate SHA-256: %1").arg(fingerprint) << Qt::endl
                          << Text::tr("        if you recognise it: krynetctl profile set %1 --pin %2=SHA256:%3")
                                 .arg(run->profile.name(), r.value(u"host"_s).toString(), fingerprint)
                          << Qt::endl;
            }
        }
    }
    inv.finish(run->anyFailed ? ExitFailure : ExitOk);
}

void httpCheck(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Check every web service of a profile: URL, status, latency, and "
                                              "the exact error (with the certificate fingerprint for TLS)."));
    const QCommandLineOption profileOpt = profileOption();
    parser.addOption(profileOpt);
    parser.addPositionalArgument(u"SERVICE"_s, Text::tr("Check only this service."));
    if (!inv.parse(parser, u"[SERVICE]"_s))
        return;
    if (parser.positionalArguments().size() > 1)
        return inv.usageError(Text::tr("Give at most one SERVICE."));
    if (auto loaded = inv.profiles().load(); !loaded)
        return inv.fail(loaded.error());
    auto profile = inv.profiles().resolve(parser.value(profileOpt));
    if (!profile)
        return inv.fail(profile.error());

    auto run = std::make_shared<CheckRun>();
    run->profile = *profile;
    if (!parser.positionalArguments().isEmpty()) {
        const QString service = parser.positionalArguments().constFirst();
        if (!profile->hasService(service)) {
            return inv.usageError(Text::tr("Profile “%1” has no service “%2”. Its services: %3.")
                                      .arg(profile->name(), service, profile->services().keys().join(u", "_s)));
        }
        run->services.append(service);
    } else {
        for (auto it = profile->services().cbegin(); it != profile->services().cend(); ++it) {
            const ServiceInfo *info = ServiceCatalog::find(it.key());
            if (!info || info->hasWebUi || !it->url.isEmpty())
                run->services.append(it.key());
        }
    }
    if (run->services.isEmpty())
        return inv.fail(Error(Error::Code::Config, Text::tr("Profile “%1” has no web services to check: add them "
                                                            "with `krynetctl profile set %1 --service NAME`.")
                                                       .arg(profile->name())));

    // The one shared network manager of this process (the GUI creates its own in its composition root).
    auto *network = new QNetworkAccessManager(&inv);
    run->pending = int(run->services.size());
    for (const QString &service : std::as_const(run->services)) {
        auto *client = new ServiceClient(network, &inv.secrets(), run->profile, service, &inv);
        ServiceClient::Options options = client->options();
        options.maxGetRetries = 0; // report what happened, not what happened after retries
        options.timeout = std::chrono::milliseconds(10000);
        client->setOptions(options);
        const HttpRequest request = ServiceProbe::request(service);
        QJsonObject entry{{u"service"_s, service}};
        const auto base = client->baseUrl();
        if (base) {
            QUrl url = *base;
            QString path = url.path();
            while (path.endsWith(u'/'))
                path.chop(1);
            if (!request.path.isEmpty())
                url.setPath(path + (request.path.startsWith(u'/') ? request.path : u'/' + request.path));
            if (!request.query.isEmpty())
                url.setQuery(request.query); // never holds a credential: the client adds SABnzbd's key itself
            entry.insert(u"url"_s, url.toDisplayString());
            entry.insert(u"host"_s, url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host());
        }
        QElapsedTimer timer;
        timer.start();
        client->send(request).then(
            &inv, [&inv, run, entry, timer, client, service](Result<HttpResponse> result) mutable {
                client->deleteLater();
                entry.insert(u"latencyMs"_s, timer.elapsed());
                entry.insert(u"ok"_s, result.hasValue());
                if (result) {
                    entry.insert(u"status"_s, result->status);
                    if (const QString version = ServiceProbe::version(service, *result); !version.isEmpty())
                        entry.insert(u"version"_s, version);
                } else {
                    run->anyFailed = true;
                    const Error &error = result.error();
                    QJsonObject e{
                        {u"code"_s, error.codeName()}, {u"message"_s, error.message()}, {u"detail"_s, error.detail()}};
                    if (error.httpStatus())
                        entry.insert(u"status"_s, *error.httpStatus());
                    entry.insert(u"error"_s, e);
                    const QString fingerprint = HttpErrors::presentedFingerprint(error);
                    if (!fingerprint.isEmpty())
                        entry.insert(u"certificateSha256"_s, fingerprint);
                }
                run->results.insert(entry.value(u"service"_s).toString(), entry);
                if (--run->pending == 0)
                    report(inv, run);
            });
    }
}

} // namespace

void registerHttpCommands(CommandRegistry &registry)
{
    registry.add({u"http-check"_s,
                  Text::tr("Check the profile's web services: URL, status, latency, exact error (TLS fingerprint)."),
                  httpCheck});
}

} // namespace KryNet::Cli
