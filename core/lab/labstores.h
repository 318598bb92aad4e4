#pragma once

#include <QObject>
#include <QPointer>

#include "core/common/result.h"

namespace KryNet
{

class LabSession;
class LabSummary;
class ServiceDirectory;

namespace Docker
{
class ContainerEnvironments;
class ContainerStore;
} // namespace Docker
namespace Llm
{
class Store;
}
namespace Media
{
class PipelineModel;
}
namespace Metrics
{
class UptimeStore;
}
namespace Zfs
{
class PoolStore;
}

/**
 * The domain stores of one LabSession, one of each, shared by every consumer: the panels, the
 * Overview, the tray and the command palette read the same PoolStore, ContainerStore… so each source
 * is polled once (DESIGN.md §2 core/lab).
 *
 * Contracts:
 *  - Each store is created (and started) on first request and lives as long as the session; a new
 *    profile means a new session and new stores. Consumers hold them in QPointer, never delete them.
 *  - A store that cannot exist for the profile answers nullptr (no such service) or an Error (no SSH
 *    host, bad SSH settings); an Error is not cached, so asking again retries.
 *  - storeCreated() tells consumers that started before a store existed (the Overview) to bind to it.
 *  - The stores follow the session's window visibility (slower polling while nobody looks).
 */
class LabStores final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabStores)

public:
    enum class Kind {
        Pools,
        Containers,
        Pipeline,
        Llm,
        Services,
        Metrics, ///< monitors and host metrics (core/metrics UptimeStore)
    };
    Q_ENUM(Kind)

    explicit LabStores(LabSession &session);
    ~LabStores() override;

    [[nodiscard]] LabSession &session() const { return m_session; }

    /// ZFS pools over the session's SSH connection.
    [[nodiscard]] Result<Zfs::PoolStore *> pools();
    /// Containers of the Docker host (SSH-forwarded socket or Portainer), read from the environment
    /// containerEnvironments() says; when that changes, the same store moves to the new one.
    [[nodiscard]] Result<Docker::ContainerStore *> containers();
    /// The profile's SSH host and Portainer's environments, and the one chosen (remembered per
    /// profile); nullptr when the profile has no Portainer service (then the SSH host is all there is).
    [[nodiscard]] Docker::ContainerEnvironments *containerEnvironments();
    /// The media request pipeline; nullptr when the profile has no media service.
    [[nodiscard]] Media::PipelineModel *pipeline();
    /// The LiteLLM store; nullptr when the profile has no LiteLLM.
    [[nodiscard]] Llm::Store *llm();
    /// Reachability of every web service (also Gluetun, NPM, LiteLLM for the overview).
    [[nodiscard]] ServiceDirectory *services();

    /// Uptime Kuma monitors and host metrics (Prometheus, or Uptime Kuma's status page); nullptr when
    /// the profile has neither. Refreshed every minute (every five while the window is hidden).
    [[nodiscard]] Metrics::UptimeStore *metrics();

    /// The lab summed up (Overview tiles, tray colour, problems), over these stores; created on first use.
    [[nodiscard]] LabSummary &summary();

    /// Creates every store the profile has (the Overview and the tray need them all at start).
    void ensureAll();

Q_SIGNALS:
    void storeCreated(KryNet::LabStores::Kind kind);

private:
    void switchContainerEnvironment(int environment);

    LabSession &m_session;
    QPointer<Zfs::PoolStore> m_pools;
    QPointer<Docker::ContainerStore> m_containers;
    QPointer<Docker::ContainerEnvironments> m_environments;
    QPointer<Media::PipelineModel> m_pipeline;
    bool m_noPipeline = false; ///< the profile has no media service (it does not change within a session)
    QPointer<Llm::Store> m_llm;
    QPointer<ServiceDirectory> m_services;
    QPointer<Metrics::UptimeStore> m_metrics;
    QPointer<LabSummary> m_summary;
};

} // namespace KryNet
