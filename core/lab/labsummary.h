#pragma once

#include <optional>

#include <functional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "core/common/health.h"

namespace KryNet
{

namespace Metrics
{
class UptimeStore;
}

class LabStores;

/**
 * One lab summed up for the Overview, the tray and the notifications: a few tiles (pools, containers,
 * media pipeline, monitors and certificates, VPN, LiteLLM), each with a Health, a headline, the age of
 * its data and its refresh period, and the list of current problems, each with a stable key.
 *
 * It reads the session's shared stores (LabStores), never a second poller; only the VPN state (Gluetun's
 * control server: /v1/vpn/status and /v1/publicip/ip) is read here, as no store has it. "Not leaking"
 * means: the tunnel runs, it reports an exit address, and every download client (qbittorrent, sabnzbd)
 * shares Gluetun's network namespace, so it cannot reach the internet around the tunnel.
 *
 * Certificates expiring within 14 days come from Nginx Proxy Manager (read by the ServiceDirectory)
 * and Uptime Kuma's HTTPS monitors, deduplicated by domain, each naming who reported it.
 *
 * Contracts:
 *  - changed() is coalesced (one per event-loop turn however many stores changed).
 *  - A tile whose data is older than twice its refresh period is Stale (its health kept in staleHealth).
 *  - Problem keys are stable across refreshes ("pool:orion:state", "container:sonarr:unhealthy"), so
 *    the Notifier can tell transitions from repeats.
 */
class LabSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabSummary)

public:
    enum class Tile {
        Pools,
        Containers,
        Media,
        Monitors,
        Vpn,
        Llm,
    };
    Q_ENUM(Tile)

    /// What kind of problem; notifications are muted per kind.
    enum class Kind {
        PoolDegraded,
        ScrubErrors,
        ContainerUnhealthy,
        ContainerExited,
        MonitorDown,
        RequestStuck,
        CertificateExpiring,
        VpnDown,
        ServiceDown,
    };
    Q_ENUM(Kind)

    struct TileState
    {
        Tile tile = Tile::Pools;
        bool present = true; ///< false: the profile has nothing of this kind (the tile says how to add it)
        Health health = Health::Unknown;
        QString headline; ///< "3 pools, all online"
        QString detail;   ///< second line: the worst item, or what is being read
        QDateTime updatedAt;
        qint64 periodMs = 0; ///< refresh period of the source, for the stale rule
        /// The source answered (data or an error): no longer "reading…".
        [[nodiscard]] bool loaded() const { return !present || updatedAt.isValid() || health == Health::Critical; }
    };

    struct Problem
    {
        QString key;
        Kind kind = Kind::ServiceDown;
        Tile tile = Tile::Pools;
        Health health = Health::Warning;
        QString text;        ///< "Pool orion is DEGRADED: …"
        QString containerId; ///< set when restarting a container is the quick fix
        QString containerName;
    };

    explicit LabSummary(LabStores &stores, QObject *parent = nullptr);
    ~LabSummary() override;

    [[nodiscard]] QList<TileState> tiles() const;
    [[nodiscard]] TileState tile(Tile tile) const;
    [[nodiscard]] QList<Problem> problems() const;
    /// The worst tile health (Stale and Unknown count below Warning).
    [[nodiscard]] Health overall() const;

    /// Refreshes every store and the VPN check now (F5 on the Overview).
    void refresh();
    /// Reads Gluetun again (also on a timer: 30 s visible, 5 min hidden).
    void checkVpn();

    [[nodiscard]] static QString tileName(Tile tile);
    [[nodiscard]] static QString kindName(Kind kind);
    /// "12 s ago", "3 min ago"…
    [[nodiscard]] static QString ageText(qint64 seconds);
    /// The clock the stale rule uses (tests).
    void setClock(std::function<QDateTime()> clock)
    {
        m_clock = std::move(clock);
        m_computed.reset();
    }
    /// How often the tiles and problems were worked out so far (tests, benchmarks): once per event-loop
    /// pass at most, however many readers ask in it.
    [[nodiscard]] int computations() const { return m_computations; }
    /// Days before expiry a certificate counts as expiring.
    static constexpr int CertificateWarningDays = 14;

Q_SIGNALS:
    void changed();

public:
    /// A certificate expiring within CertificateWarningDays (or invalid), from NPM and/or Uptime Kuma.
    struct ExpiringCertificate
    {
        QString domain;      ///< what the user knows it by ("request.lab.example", "*.lab.example")
        QStringList sources; ///< "Nginx Proxy Manager", "Uptime Kuma": who reported it
        QStringList domains; ///< every name it covers (for deduplication)
        int daysLeft = 0;    ///< negative once expired
        bool invalid = false;
    };
    /// NPM's certificates and Uptime Kuma's certificate monitors expiring soon, one entry per
    /// certificate (a monitor's host covered by an NPM certificate joins that entry), soonest first.
    [[nodiscard]] QList<ExpiringCertificate> expiringCertificates(const Metrics::UptimeStore *uptime) const;

private:
    void bind();
    void certificateProblems(const QList<ExpiringCertificate> &expiring, QList<Problem> *problems) const;
    void scheduleChanged();
    [[nodiscard]] TileState pools(QList<Problem> *problems) const;
    [[nodiscard]] TileState containers(QList<Problem> *problems) const;
    [[nodiscard]] TileState media(QList<Problem> *problems) const;
    [[nodiscard]] TileState monitors(QList<Problem> *problems) const;
    [[nodiscard]] TileState monitorsFromUptime(const Metrics::UptimeStore &uptime, QList<Problem> *problems) const;
    [[nodiscard]] TileState vpn(QList<Problem> *problems) const;
    [[nodiscard]] TileState llm(QList<Problem> *problems) const;
    [[nodiscard]] QList<TileState> compute(QList<Problem> *problems) const;
    [[nodiscard]] QDateTime now() const;

    struct VpnState
    {
        bool present = false;
        bool checking = false;
        QString status; ///< "running", "stopped"
        QString publicIp;
        QString country;
        QString error;
        QDateTime checkedAt;
    };

    LabStores &m_stores;
    QList<QPointer<QObject>> m_bound;
    VpnState m_vpn;
    quint64 m_vpnGeneration = 0;
    QTimer m_vpnTimer;
    QTimer m_notify;
    std::function<QDateTime()> m_clock;

    struct Computed
    {
        QList<TileState> tiles;
        QList<Problem> problems; ///< sorted, worst first
    };
    /// The tiles and problems of this event-loop pass: every reader of one change (Overview, tray, notifier)
    /// shares one computation. Dropped on any change and after the pass (staleness and ages move with time).
    [[nodiscard]] const Computed &computed() const;
    mutable std::optional<Computed> m_computed;
    mutable bool m_dropQueued = false;
    mutable int m_computations = 0;
};

} // namespace KryNet
