#pragma once

#include <memory>

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/common/result.h"
#include "core/docker/container.h"

class QSettings;

namespace KryNet
{
class Profile;
class ServiceClient;
} // namespace KryNet

namespace KryNet::Docker
{

/**
 * Where the containers come from (issue 8): the profile's own Docker host over SSH and every
 * environment Portainer manages (several Docker hosts, Swarm, Kubernetes), and which one the user
 * chose, remembered per profile.
 *
 * Contracts:
 *  - load() reads GET /api/endpoints once (and again on each call); entries() is the SSH host first
 *    (when the profile has one), then Portainer's environments in its order. offersChoice() is true
 *    only when Portainer lists more than one environment: otherwise there is nothing to choose.
 *  - Kubernetes (and other non-Docker) environments are listed but do not support container
 *    lifecycle: choosing one changes chosen() (the panel explains) but never effective(), and is not
 *    remembered. The last Docker or Swarm environment (or the SSH host) chosen is remembered in the
 *    settings under containers/environment/<profile id>.
 *  - effective() is what the ContainerStore reads: the remembered choice, else the default (the SSH
 *    host, else Portainer's configured environment, else -1: the first Docker environment Portainer
 *    lists). A remembered environment Portainer no longer lists falls back to the default
 *    (effectiveChanged). Ids are Portainer's; SshHost (0) is the profile's SSH host.
 */
class ContainerEnvironments final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerEnvironments)

public:
    static constexpr int SshHost = 0;
    static constexpr int Default = -1; ///< not known yet: Portainer's first Docker environment

    enum class Status {
        Idle,
        Loading,
        Ready,
        Failed, ///< lastError(); the SSH host (if any) stays available
    };
    Q_ENUM(Status)

    struct Entry
    {
        int id = SshHost;
        QString name;
        PortainerEnvironment::Kind kind = PortainerEnvironment::Kind::Docker;
        bool up = true;
        int containerCount = -1;
        [[nodiscard]] bool supportsContainers() const
        {
            return kind == PortainerEnvironment::Kind::Docker || kind == PortainerEnvironment::Kind::Swarm;
        }
    };

    /// @p portainer may be nullptr (then only the SSH host exists); @p settings nullptr: the app's.
    ContainerEnvironments(ServiceClient *portainer, const Profile &profile, QSettings *settings = nullptr,
                          QObject *parent = nullptr);
    ~ContainerEnvironments() override;

    void load();
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const Entry *entry(int id) const;
    [[nodiscard]] bool offersChoice() const;
    [[nodiscard]] bool hasSshHost() const { return !m_sshHost.isEmpty(); }

    [[nodiscard]] int chosen() const { return m_chosen; }
    [[nodiscard]] int effective() const { return m_effective; }
    /// The user picked @p id (an entry's id).
    void choose(int id);

    /// "truenas (Docker)", "swarm (Swarm)", "k3s (Kubernetes)", "nas.lan over SSH"; ", down" when down.
    [[nodiscard]] QString label(const Entry &entry) const;
    /// Why @p entry has no container lifecycle here, and where to go instead; empty when it has.
    [[nodiscard]] static QString unsupportedText(const Entry &entry);
    [[nodiscard]] static QString kindText(PortainerEnvironment::Kind kind);

    /// GET /api/endpoints (with snapshots: they say which Docker hosts are Swarm managers).
    [[nodiscard]] static QFuture<Result<QList<PortainerEnvironment>>> fetch(ServiceClient *portainer);
    /// The environment named @p nameOrId (its id, or its name without regard to case) in @p list;
    /// a Config error listing the environments when there is none.
    [[nodiscard]] static Result<PortainerEnvironment> resolve(const QList<PortainerEnvironment> &list,
                                                              const QString &nameOrId);

Q_SIGNALS:
    /// entries() or status() changed.
    void changed();
    void chosenChanged(int id);
    /// The store must read from another environment now.
    void effectiveChanged(int id);

private:
    void setEffective(int id);
    [[nodiscard]] int defaultId() const;
    [[nodiscard]] QString settingsKey() const;

    QPointer<ServiceClient> m_portainer;
    QString m_profileId;
    QString m_sshHost;
    int m_configured = 0; ///< services.portainer.extra.environment
    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    Status m_status = Status::Idle;
    Error m_lastError;
    QList<Entry> m_entries;
    int m_portainerCount = 0;
    int m_chosen = Default;
    int m_effective = Default;
};

} // namespace KryNet::Docker
