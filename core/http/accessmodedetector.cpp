#include "core/http/accessmodedetector.h"

#include <QPointer>
#include <QProcess>
#include <QPromise>
#include <QStandardPaths>
#include <QTimer>

#include "core/common/futurewatch.h"
#include "core/common/logging.h"
#include "core/http/serviceclient.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

struct AccessModeDetector::Run
{
    QPromise<Result<AccessModeDetection>> promise;
    Profile profile;
    AccessModeDetection detection;
    QString lanHost;
    QString lanProblem;
};

AccessModeDetector::AccessModeDetector(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_tailscaleProgram(QStandardPaths::findExecutable(u"tailscale"_s))
{}

AccessModeDetector::~AccessModeDetector() = default;

QFuture<Result<AccessModeDetection>> AccessModeDetector::detect(const Profile &profile, const QString &service)
{
    auto run = std::make_shared<Run>();
    run->promise.start();
    run->profile = profile;
    QFuture<Result<AccessModeDetection>> future = run->promise.future();

    QString probed = service;
    if (probed.isEmpty()) {
        for (auto it = profile.services().cbegin(); it != profile.services().cend(); ++it) {
            if (it->url.isEmpty() && profile.serviceUrl(it.key(), AccessMode::Local)) {
                probed = it.key();
                break;
            }
        }
    }
    if (probed.isEmpty() || !profile.serviceUrl(probed, AccessMode::Local)) {
        run->promise.addResult(
            Error(Error::Code::Config, tr("Profile “%1” has no service reached through the lab's domain: the access "
                                          "mode cannot be detected.")
                                           .arg(profile.name())));
        run->promise.finish();
        return future;
    }
    run->detection.probedService = probed;

    probe(run, AccessMode::Local, [this, run](bool reachable, QString problem) {
        run->lanHost = run->profile.serviceUrl(run->detection.probedService, AccessMode::Local)->host();
        if (reachable) {
            run->detection.mode = AccessMode::Local;
            run->detection.reason = tr("%1 answered: this computer is on the lab's LAN.").arg(run->lanHost);
            run->promise.addResult(run->detection);
            run->promise.finish();
            return;
        }
        run->lanProblem = problem;
        queryTailscale(run, [this, run] {
            probe(run, AccessMode::Tail, [run](bool tailReachable, QString tailProblem) {
                const QString tailHost =
                    run->profile.serviceUrl(run->detection.probedService, AccessMode::Tail)->host();
                const QString tailscale = run->detection.tailscale ? run->detection.tailscale->describe()
                                                                   : tr("the tailscale command is not available");
                if (tailReachable) {
                    run->detection.mode = AccessMode::Tail;
                    run->detection.reason = tr("%1 did not answer (%2), %3 did (%4): using Tailscale.")
                                                .arg(run->lanHost, run->lanProblem, tailHost, tailscale);
                } else {
                    run->detection.mode = AccessMode::Public;
                    run->detection.reason =
                        tr("Neither %1 (%2) nor %3 (%4; %5) answered: using the public address through "
                           "Cloudflare Access.")
                            .arg(run->lanHost, run->lanProblem, tailHost, tailProblem, tailscale);
                }
                run->promise.addResult(run->detection);
                run->promise.finish();
            });
        });
    });
    return future;
}

void AccessModeDetector::probe(const std::shared_ptr<Run> &run, AccessMode mode,
                               std::function<void(bool, QString)> done)
{
    auto *client = new ServiceClient(m_network, m_secrets, run->profile, run->detection.probedService, this);
    client->setAccessMode(mode);
    ServiceClient::Options options = client->options();
    options.timeout = m_probeTimeout;
    options.maxGetRetries = 0;
    options.maxResponseBytes = 1024 * 1024;
    client->setOptions(options);
    HttpRequest request = HttpRequest::get(u"/"_s);
    request.authenticate = false;
    // whenDone, not then(this, …): the detector may be deleted while the probe runs (Qt 6.4 asserts).
    whenDone(client->send(request), this, [client, done = std::move(done)](const Result<HttpResponse> &result) {
        client->deleteLater();
        if (result) {
            done(true, QString());
            return;
        }
        switch (result.error().code()) {
        case Error::Code::Dns:
        case Error::Code::Network:
        case Error::Code::Timeout:
        case Error::Code::Cancelled:
        case Error::Code::Config:
        case Error::Code::Keychain:
            done(false, result.error().message());
            return;
        default:
            // The server answered (an HTTP error, a login page, a certificate to pin): the path works.
            done(true, QString());
            return;
        }
    });
}

void AccessModeDetector::queryTailscale(const std::shared_ptr<Run> &run, std::function<void()> done)
{
    if (m_tailscaleProgram.isEmpty()) {
        done();
        return;
    }
    auto *process = new QProcess(this);
    auto finished = std::make_shared<bool>(false);
    auto finish = [process, finished, run, done = std::move(done)](bool ok) {
        if (*finished)
            return;
        *finished = true;
        if (ok) {
            auto status = TailscaleStatus::parse(process->readAllStandardOutput());
            if (status)
                run->detection.tailscale = *status;
            else
                qCDebug(lcHttp) << "tailscale status:" << status.error().toString();
        }
        if (process->state() != QProcess::NotRunning)
            process->kill();
        process->deleteLater();
        done();
    };
    connect(process, &QProcess::finished, this,
            [finish](int, QProcess::ExitStatus status) { finish(status == QProcess::NormalExit); });
    connect(process, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false);
    });
    QTimer::singleShot(m_probeTimeout, process, [finish] { finish(false); });
    process->start(m_tailscaleProgram, {u"status"_s, u"--json"_s});
}

} // namespace KryNet
