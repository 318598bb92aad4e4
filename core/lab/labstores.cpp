#include "core/lab/labstores.h"

#include <QTimer>

#include "core/common/logging.h"
#include "core/docker/containerenvironments.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/lab/labsession.h"
#include "core/lab/labsummary.h"
#include "core/lab/servicedirectory.h"
#include "core/llm/llmstore.h"
#include "core/media/pipelinemodel.h"
#include "core/metrics/uptimestore.h"
#include "core/zfs/poolstore.h"

using namespace Qt::StringLiterals;

namespace KryNet
{

LabStores::LabStores(LabSession &session)
    : QObject(&session)
    , m_session(session)
{}

LabStores::~LabStores()
{
    // Children in dependency order: the summary first, the container store before its client.
    delete m_summary.data();
    delete m_containers.data();
}

Result<Zfs::PoolStore *> LabStores::pools()
{
    if (m_pools)
        return m_pools.data();
    auto ssh = m_session.ssh();
    if (!ssh)
        return ssh.error();
    m_pools = new Zfs::PoolStore(*ssh, &m_session.actionLog(), m_session.profile().name(), this);
    m_pools->start();
    Q_EMIT storeCreated(Kind::Pools);
    return m_pools.data();
}

Result<Docker::ContainerStore *> LabStores::containers()
{
    if (m_containers)
        return m_containers.data();
    Docker::ContainerEnvironments *environments = containerEnvironments();
    auto client = Docker::DockerClient::forSession(
        m_session, this, environments ? environments->effective() : Docker::ContainerEnvironments::Default);
    if (!client)
        return client.error();
    m_containers = new Docker::ContainerStore(*client, &m_session.actionLog(), m_session.profile().name(), this);
    connect(&m_session, &LabSession::windowVisibilityChanged, m_containers.data(), &Docker::ContainerStore::setVisible);
    m_containers->start();
    m_containers->setVisible(m_session.isWindowVisible());
    Q_EMIT storeCreated(Kind::Containers);
    return m_containers.data();
}

Docker::ContainerEnvironments *LabStores::containerEnvironments()
{
    if (m_environments)
        return m_environments.data();
    ServiceClient *portainer = m_session.service(u"portainer"_s);
    if (!portainer)
        return nullptr;
    m_environments = new Docker::ContainerEnvironments(portainer, m_session.profile(), nullptr, this);
    connect(m_environments.data(), &Docker::ContainerEnvironments::effectiveChanged, this,
            &LabStores::switchContainerEnvironment);
    m_environments->load();
    return m_environments.data();
}

void LabStores::switchContainerEnvironment(int environment)
{
    if (!m_containers)
        return; // created later, for the environment chosen then
    auto client = Docker::DockerClient::forSession(m_session, this, environment);
    if (!client) {
        qCWarning(lcCore) << "cannot switch the containers to environment" << environment << client.error().toString();
        return;
    }
    Docker::DockerClient *old = m_containers->client();
    m_containers->setClient(*client);
    if (old)
        old->retire(); // what it still runs (an action) finishes; then it goes
}

Media::PipelineModel *LabStores::pipeline()
{
    if (m_pipeline || m_noPipeline)
        return m_pipeline;
    auto *model = new Media::PipelineModel(m_session, this);
    if (!model->hasMediaServices()) {
        delete model;
        m_noPipeline = true;
        return nullptr;
    }
    m_pipeline = model;
    m_pipeline->refresh();
    Q_EMIT storeCreated(Kind::Pipeline);
    return m_pipeline;
}

Llm::Store *LabStores::llm()
{
    if (m_llm)
        return m_llm;
    if (!m_session.service(u"litellm"_s))
        return nullptr;
    m_llm = new Llm::Store(m_session, this);
    m_llm->refresh();
    Q_EMIT storeCreated(Kind::Llm);
    return m_llm;
}

ServiceDirectory *LabStores::services()
{
    if (m_services)
        return m_services;
    m_services = new ServiceDirectory(m_session, this);
    if (!m_services->services().isEmpty())
        m_services->refresh();
    Q_EMIT storeCreated(Kind::Services);
    return m_services;
}

Metrics::UptimeStore *LabStores::metrics()
{
    if (m_metrics)
        return m_metrics;
    if (!m_session.service(u"prometheus"_s) && !m_session.service(u"uptimekuma"_s))
        return nullptr;
    m_metrics = new Metrics::UptimeStore(m_session, this);
    // The store reads on request only; the shared one keeps itself current for the Overview and tray.
    auto *timer = new QTimer(m_metrics);
    const auto interval = [this] { return m_session.isWindowVisible() ? 60 * 1000 : 5 * 60 * 1000; };
    timer->setInterval(interval());
    connect(&m_session, &LabSession::windowVisibilityChanged, timer,
            [timer, interval] { timer->setInterval(interval()); });
    connect(timer, &QTimer::timeout, m_metrics, [store = m_metrics] {
        if (store && !store->isLoading())
            store->refresh();
    });
    timer->start();
    m_metrics->refresh();
    Q_EMIT storeCreated(Kind::Metrics);
    return m_metrics;
}

LabSummary &LabStores::summary()
{
    if (!m_summary)
        m_summary = new LabSummary(*this, this);
    return *m_summary;
}

void LabStores::ensureAll()
{
    (void)pools();
    (void)containers();
    (void)pipeline();
    (void)llm();
    (void)services();
    (void)metrics();
}

} // namespace KryNet
