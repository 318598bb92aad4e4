#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace KryNet::LabSim
{

/// Faults of one simulated service (or of the SSH server), switchable at run time.
struct FaultSettings
{
    int latencyMs = 0;      ///< added before every answer (emulates e.g. a 50 ms Tailscale RTT)
    int errorStatus = 0;    ///< answer every request with this HTTP status (0: off)
    bool htmlLogin = false; ///< answer like Cloudflare Access: 302 to its login page with HTML
    bool truncate = false;  ///< announce the full body length, send half, close
    bool hang = false;      ///< read the request, never answer

    [[nodiscard]] bool isNone() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static FaultSettings fromJson(const QJsonObject &json);
};

/**
 * The fault switches of the whole lab, by service id ("sonarr", "ssh", "docker"…); "*" applies to
 * every service that has no switches of its own. Set at start-up (--fault) and over the control
 * endpoint.
 */
class Faults final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Faults)

public:
    explicit Faults(QObject *parent = nullptr);

    [[nodiscard]] FaultSettings forService(const QString &id) const;
    void set(const QString &id, const FaultSettings &settings);
    void clear();
    [[nodiscard]] QJsonObject toJson() const;

Q_SIGNALS:
    void changed(const QString &id);

private:
    QHash<QString, FaultSettings> m_settings;
};

} // namespace KryNet::LabSim
