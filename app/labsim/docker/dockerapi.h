#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "app/labsim/docker/containerstate.h"
#include "app/labsim/httpmessage.h"

namespace KryNet::LabSim::Docker
{

/// One frame of Docker's multiplexed log stream: [stream, 0, 0, 0, size (u32 big-endian)] + payload.
[[nodiscard]] QByteArray logFrame(int stream, const QByteArray &payload);
/// Docker's units.HumanDuration ("Less than a second", "About a minute", "3 hours", "2 weeks").
[[nodiscard]] QString humanDuration(qint64 secs);
/// The list item's human Status ("Up 3 hours (healthy)", "Exited (1) 3 days ago", "Restarting (1) …").
[[nodiscard]] QString statusText(const Container &c, qint64 now);

/**
 * The Docker Engine API v1.47 (Docker 27.5) of the simulated host, as served on /var/run/docker.sock:
 * /_ping, /version, /info, /containers/json (all, limit, filters), /containers/{id}/json,
 * start|stop|restart|kill|pause|unpause, /containers/{id}/logs (8-byte multiplexed framing or raw for
 * TTY containers; tail, since, until, timestamps, follow), /containers/{id}/stats (stream=false, one-shot;
 * streamed once a second otherwise), /events (since, until, filters; streamed live). Paths may carry a
 * version prefix /v1.24 … /v1.47. Errors are {"message": …} with Docker's status codes.
 */
class DockerApi final
{
public:
    explicit DockerApi(ContainerState &state);

    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

    [[nodiscard]] QJsonObject summary(const Container &c) const;
    [[nodiscard]] QJsonObject inspect(const Container &c) const;
    [[nodiscard]] QJsonObject stats(const Container &c, qint64 now, bool oneShot) const;

private:
    HttpResponse containersList(const HttpRequest &request);
    HttpResponse logs(const Container &c, const HttpRequest &request);
    HttpResponse events(const HttpRequest &request);

    ContainerState &m_state;
};

} // namespace KryNet::LabSim::Docker
