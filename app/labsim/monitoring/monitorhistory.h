#pragma once

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace KryNet::LabSim
{

/// One Uptime Kuma monitor of the simulated lab.
struct MonitorDef
{
    int id = 0;
    QString name;
    QString type;     ///< http, keyword, port, dns, ping, docker
    QString url;      ///< "" for types without one
    QString hostname; ///< "null" for http/keyword monitors (as Uptime Kuma emits it)
    QString port;     ///< "null" when the type has none
    QString group;    ///< status-page group
    QString stack;    ///< value of the "stack" tag ("" for external monitors)
    int basePingMs = 0;
    bool hasPing = true;   ///< docker monitors report no response time
    qint64 certExpiry = 0; ///< unix seconds of the TLS certificate's notAfter; 0: no TLS
};

/// One heartbeat: status 0 DOWN, 1 UP, 2 PENDING, 3 MAINTENANCE; pingMs -1 when the beat had none.
struct Heartbeat
{
    qint64 timeMs = 0;
    int status = 1;
    int pingMs = -1;
};

/**
 * The heartbeat history of every Uptime Kuma monitor of the lab: 30 days before the lab's epoch up to
 * "now", one beat per monitor per minute. Nothing is stored: each beat is a pure function of the seed,
 * the monitor and the minute, so 20+ monitors × 30 days cost no memory and Uptime Kuma's /metrics, its
 * status pages and Prometheus' stored series all read the same history (one source of truth).
 *
 * Scripted incidents, relative to the epoch E:
 *  - a 14-minute gap for every monitor 12 days before E (Uptime Kuma restarted: no beats, no scrapes);
 *  - Immich down for 3 h 40 min 9 days before E (two pending beats first, as Kuma's retries do);
 *  - an internet outage: every external monitor down for 25 minutes 17 days before E;
 *  - qBittorrent flapping during the last 3 days (short clusters of down beats);
 *  - "Offsite backup" down since 47 minutes before E (and still down);
 *  - Portainer in a maintenance window from E−35 min to E+85 min;
 *  - rare single-minute blips anywhere.
 * TLS certificates: the wildcard *.local cert expires 52 days after E; request.<domain> in 9 days.
 */
class MonitorHistory final
{
public:
    static constexpr qint64 Interval = 60;            ///< heartbeat interval, seconds
    static constexpr qint64 HistorySecs = 30 * 86400; ///< history before the epoch

    /// @p extraMonitors > 0: the scale scenario's additional HTTP monitors (ids from 100); @p hostileNames
    /// (krynet-labsim --hostile-names): one more HTTP monitor per name, named so (ids from 900).
    MonitorHistory(quint32 seed, qint64 epochSecs, int extraMonitors = 0, const QStringList &hostileNames = {});

    [[nodiscard]] const std::vector<MonitorDef> &monitors() const { return m_monitors; }
    [[nodiscard]] int indexOfId(int id) const;
    [[nodiscard]] qint64 epoch() const { return m_epoch; }
    /// Time of the first beat of any monitor (unix seconds).
    [[nodiscard]] qint64 historyStart() const { return m_start; }
    [[nodiscard]] const QString &domain() const { return m_domain; }

    /// Seconds after each full minute at which monitor @p index beats.
    [[nodiscard]] qint64 beatOffset(int index) const;
    /// Index of the latest beat at or before @p secs (may be a gap: check beat()).
    [[nodiscard]] qint64 beatIndexAt(int index, qint64 secs) const;
    /// Beat number @p k of monitor @p index (time k*60 + offset); nullopt in a gap or before the history.
    [[nodiscard]] std::optional<Heartbeat> beat(int index, qint64 k) const;
    /// Only the status of beat @p k (-1: no beat); the cheap path for long ranges.
    [[nodiscard]] int status(int index, qint64 k) const;
    /// Uptime ratio over beats in (fromSecs, toSecs]: up / (up + down + pending); maintenance and gaps
    /// are excluded. -1 when there was no countable beat.
    [[nodiscard]] double uptimeRatio(int index, qint64 fromSecs, qint64 toSecs) const;
    /// Whole days until the certificate expires (negative once expired); nullopt without TLS.
    [[nodiscard]] std::optional<int> certDaysRemaining(int index, qint64 secs) const;

    /// Scripted windows (unix seconds, [start, end)), exposed for tests.
    struct Window
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    [[nodiscard]] Window kumaGap() const { return m_gap; }
    [[nodiscard]] Window immichOutage() const { return m_immichOutage; }
    [[nodiscard]] Window internetOutage() const { return m_internetOutage; }
    [[nodiscard]] Window maintenance() const { return m_maintenance; }
    [[nodiscard]] qint64 offsiteDownSince() const { return m_offsiteDownSince; }

private:
    [[nodiscard]] double unit(int index, qint64 k, quint64 salt) const;

    quint64 m_seed;
    qint64 m_epoch;
    qint64 m_start;
    QString m_domain;
    std::vector<MonitorDef> m_monitors;
    Window m_gap;
    Window m_immichOutage;
    Window m_internetOutage;
    Window m_maintenance;
    Window m_flapping;
    qint64 m_offsiteDownSince = 0;
    int m_immich = -1;
    int m_qbittorrent = -1;
    int m_offsite = -1;
    int m_portainer = -1;
};

/// splitmix64: the lab's stateless hash for generated histories.
[[nodiscard]] quint64 labHash(quint64 x);

} // namespace KryNet::LabSim
