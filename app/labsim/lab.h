#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>

#include "app/labsim/faults.h"
#include "app/labsim/httpmessage.h"
#include "app/labsim/labclock.h"
#include "app/labsim/traffic.h"

namespace KryNet::LabSim
{

class HttpService;
class SimService;

/// Extra load for the scale scenarios (`--scale containers=1000,torrents=10000,…`); 0 keeps the lab as it is.
struct LabScale
{
    int containers = 0; ///< extra containers on the Docker host
    int torrents = 0;   ///< finished torrents seeding in qBittorrent
    int disks = 0;      ///< disks of an extra wide pool ("nebula")
    int requests = 0;   ///< extra media requests, spread over every stage
    int monitors = 0;   ///< extra Uptime Kuma monitors (with their history)

    /// Parses "key=N,key=N"; false with @p error on an unknown key or a bad number.
    bool parse(const QString &spec, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

struct LabOptions
{
    quint32 seed = 42;
    double speed = 1.0;
    QDateTime epoch;        ///< invalid: now
    QString stateDir;       ///< host key and other generated files
    QString authorizedKeys; ///< public keys the SSH server accepts (OpenSSH authorized_keys format)
    LabScale scale;
    /// --hostile-names: hostile names (hostilenames.h) in containers, a pool, monitors, torrents and
    /// requests, besides the normal lab (which stays as it is).
    bool hostileNames = false;
    QString hostileMarker; ///< the file the hostile names' shell payloads would touch (empty: the default)
};

/**
 * The simulated lab: its clock, random source (seeded: same seed, same lab), fault switches, the
 * simulated services each on its own loopback port, and the control endpoint:
 *
 *   GET    /state                   → clock, seed, faults
 *   PUT    /faults/{service|ssh|*}  ← FaultSettings JSON (latencyMs, errorStatus, htmlLogin, truncate, hang)
 *   DELETE /faults                  → clears every fault
 *   POST   /clock/advance?seconds=N → moves the clock (tests freeze it with --speed 0)
 *   POST   /traffic/start           → forgets earlier records, counts what is served from now (Traffic)
 *   GET    /traffic[?timeline=1]    → Traffic::summary() of what was served since then
 *   POST   /traffic/stop[?timeline=1] → stops counting; the summary
 *
 * All control requests need `Authorization: Bearer <control token>` (printed at start-up).
 */
class Lab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Lab)

public:
    explicit Lab(const LabOptions &options, QObject *parent = nullptr);
    ~Lab() override;

    [[nodiscard]] LabClock &clock() { return m_clock; }
    [[nodiscard]] Faults &faults() { return m_faults; }
    [[nodiscard]] Traffic &traffic() { return m_traffic; }
    [[nodiscard]] QRandomGenerator &random() { return m_random; }
    [[nodiscard]] const LabOptions &options() const { return m_options; }

    /// Adds a simulated service; it is served once start() runs.
    void addService(std::unique_ptr<SimService> service);
    /// Extra members for the start-up JSON (the SSH server adds {"ssh": {...}}).
    void addDescription(const QString &key, const QJsonObject &value);
    /// Extra control requests whose path starts with @p prefix (e.g. "/ssh/"), answered by @p handler
    /// after the token check (the SSH server's "drop all connections" and "rotate host key").
    void addControlRoute(const QString &prefix, std::function<HttpResponse(const HttpRequest &)> handler);

    /// Opens every listener. False (with @p error) when a port cannot be opened.
    [[nodiscard]] bool start(QString *error);
    /// The start-up JSON: services with URL and credentials, control URL and token, seed, epoch.
    [[nodiscard]] QJsonObject describe() const;

private:
    HttpResponse handleControl(const HttpRequest &request);

    LabOptions m_options;
    LabClock m_clock;
    QRandomGenerator m_random;
    Faults m_faults;
    Traffic m_traffic;
    std::vector<std::unique_ptr<SimService>> m_services;
    std::vector<HttpService *> m_listeners;
    HttpService *m_control = nullptr;
    QByteArray m_controlToken;
    QJsonObject m_extra;
    std::vector<std::pair<QString, std::function<HttpResponse(const HttpRequest &)>>> m_controlRoutes;
};

} // namespace KryNet::LabSim
