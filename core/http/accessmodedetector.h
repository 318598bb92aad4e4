#pragma once

#include <memory>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QString>

#include "core/common/result.h"
#include "core/config/accessmode.h"
#include "core/config/profile.h"
#include "core/http/tailscalestatus.h"

class QNetworkAccessManager;

namespace KryNet
{

class SecretStore;

/// What auto-detection decided, and why (shown to the user as is).
struct AccessModeDetection
{
    AccessMode mode = AccessMode::Public;
    QString reason;                           ///< translated, one sentence
    QString probedService;                    ///< service whose URLs were tried
    std::optional<TailscaleStatus> tailscale; ///< when the CLI was found and answered
};

/**
 * Picks the access mode of a profile (DESIGN.md §1): the LAN name first, then the tail name (with
 * `tailscale status --json` consulted when the binary exists), else public (Cloudflare Access).
 *
 * Contracts:
 *  - a name is "reachable" when its server answered anything at the HTTP or TLS level (even 401/404,
 *    or an untrusted certificate): the question is which network path works, not whether the
 *    credentials do; DNS failures, refusals and timeouts mean unreachable;
 *  - probes are anonymous GETs of the service's base URL with a short timeout and no retries;
 *  - the tailscale CLI is run asynchronously with a deadline and never blocks; its absence is normal;
 *  - the future fails only when the profile has no service with a derived (non-override) URL.
 */
class AccessModeDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessModeDetector)

public:
    AccessModeDetector(QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);
    ~AccessModeDetector() override;

    /// Program run as `PROGRAM status --json`; default: "tailscale" looked up in PATH. Empty disables it.
    void setTailscaleProgram(const QString &program) { m_tailscaleProgram = program; }
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_probeTimeout = timeout; }

    /// @p service: the service to probe; empty picks the first one of the profile with a derived URL.
    [[nodiscard]] QFuture<Result<AccessModeDetection>> detect(const Profile &profile, const QString &service = {});

private:
    struct Run;
    void probe(const std::shared_ptr<Run> &run, AccessMode mode, std::function<void(bool, QString)> done);
    void queryTailscale(const std::shared_ptr<Run> &run, std::function<void()> done);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    QString m_tailscaleProgram;
    std::chrono::milliseconds m_probeTimeout{3000};
};

} // namespace KryNet
