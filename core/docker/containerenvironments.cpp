#include "core/docker/containerenvironments.h"

#include <algorithm>

#include <QPromise>
#include <QSettings>
#include <QUrlQuery>

#include "core/common/futurewatch.h"
#include "core/config/profile.h"
#include "core/docker/dockerparsers.h"
#include "core/http/serviceclient.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

ContainerEnvironments::ContainerEnvironments(ServiceClient *portainer, const Profile &profile, QSettings *settings,
                                             QObject *parent)
    : QObject(parent)
    , m_portainer(portainer)
    , m_profileId(profile.id())
    , m_sshHost(profile.ssh().host)
    , m_configured(profile.services().value(u"portainer"_s).extra.value(u"environment"_s).toInt())
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    if (hasSshHost())
        m_entries.append(Entry{SshHost, m_sshHost, PortainerEnvironment::Kind::Docker, true, -1});
    const QVariant remembered = m_settings->value(settingsKey());
    bool ok = false;
    const int id = remembered.toInt(&ok);
    // A remembered Portainer environment needs Portainer; the SSH host needs an SSH host.
    if (remembered.isValid() && ok && ((id == SshHost && hasSshHost()) || (id > 0 && m_portainer)))
        m_chosen = id;
    else
        m_chosen = defaultId();
    m_effective = m_chosen;
}

ContainerEnvironments::~ContainerEnvironments() = default;

QString ContainerEnvironments::settingsKey() const
{
    return u"containers/environment/"_s + m_profileId;
}

int ContainerEnvironments::defaultId() const
{
    if (hasSshHost())
        return SshHost;
    if (m_configured > 0)
        return m_configured;
    for (const Entry &e : m_entries) {
        if (e.id > 0 && e.supportsContainers())
            return e.id;
    }
    return Default;
}

const ContainerEnvironments::Entry *ContainerEnvironments::entry(int id) const
{
    for (const Entry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

bool ContainerEnvironments::offersChoice() const
{
    return m_portainerCount > 1;
}

QFuture<Result<QList<PortainerEnvironment>>> ContainerEnvironments::fetch(ServiceClient *portainer)
{
    auto promise = std::make_shared<QPromise<Result<QList<PortainerEnvironment>>>>();
    promise->start();
    QFuture<Result<QList<PortainerEnvironment>>> future = promise->future();
    if (!portainer) {
        promise->addResult(Error(Error::Code::Config, tr("This profile has no Portainer service configured.")));
        promise->finish();
        return future;
    }
    // With snapshots: only they tell a Swarm manager from a standalone Docker host.
    whenDone(portainer->send(HttpRequest::get(u"api/endpoints"_s)), portainer,
             [promise](const Result<HttpResponse> &answer) {
                 promise->addResult(answer ? Parsers::portainerEnvironments(answer->body)
                                           : Result<QList<PortainerEnvironment>>(answer.error()));
                 promise->finish();
             });
    return future;
}

Result<PortainerEnvironment> ContainerEnvironments::resolve(const QList<PortainerEnvironment> &list,
                                                            const QString &nameOrId)
{
    bool isNumber = false;
    const int id = nameOrId.toInt(&isNumber);
    for (const PortainerEnvironment &e : list) {
        if ((isNumber && e.id == id) || e.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return e;
    }
    QStringList known;
    for (const PortainerEnvironment &e : list)
        known.append(u"%1 (%2, id %3)"_s.arg(e.name, kindText(e.kind())).arg(e.id));
    return Error(Error::Code::Config,
                 known.isEmpty()
                     ? tr("Portainer lists no environment “%1” (it lists none).").arg(nameOrId)
                     : tr("Portainer lists no environment “%1”. It has: %2.").arg(nameOrId, known.join(u", "_s)));
}

void ContainerEnvironments::load()
{
    if (!m_portainer) {
        m_status = Status::Ready;
        Q_EMIT changed();
        return;
    }
    if (m_status == Status::Loading)
        return;
    m_status = Status::Loading;
    Q_EMIT changed();
    whenDone(fetch(m_portainer), this, [this](const Result<QList<PortainerEnvironment>> &list) {
        if (!list) {
            m_status = Status::Failed;
            m_lastError = list.error();
            Q_EMIT changed();
            return;
        }
        m_lastError = Error();
        m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.id > 0; }),
                        m_entries.end());
        for (const PortainerEnvironment &e : *list)
            m_entries.append(Entry{e.id, e.name, e.kind(), e.up, e.containerCount});
        m_portainerCount = int(list->size());
        m_status = Status::Ready;
        // A remembered environment that is gone (deleted in Portainer) gives way to the default.
        if (m_chosen > 0 && !entry(m_chosen)) {
            m_chosen = defaultId();
            Q_EMIT chosenChanged(m_chosen);
        }
        if (m_effective > 0 && !entry(m_effective))
            setEffective(defaultId());
        // "Portainer's first Docker environment" has a name now. It is the one the store already reads
        // (PortainerTransport picks the same), so nothing moves.
        if (m_chosen == Default)
            m_chosen = defaultId();
        if (m_effective == Default)
            m_effective = defaultId();
        Q_EMIT changed();
    });
}

void ContainerEnvironments::choose(int id)
{
    const Entry *e = entry(id);
    if (!e)
        return;
    if (id != m_chosen) {
        m_chosen = id;
        Q_EMIT chosenChanged(id);
    }
    if (!e->supportsContainers())
        return; // listed and explained, but nothing to read containers from
    m_settings->setValue(settingsKey(), id);
    setEffective(id);
}

void ContainerEnvironments::setEffective(int id)
{
    if (id == m_effective)
        return;
    m_effective = id;
    Q_EMIT effectiveChanged(id);
}

QString ContainerEnvironments::kindText(PortainerEnvironment::Kind kind)
{
    switch (kind) {
    case PortainerEnvironment::Kind::Docker:
        return tr("Docker");
    case PortainerEnvironment::Kind::Swarm:
        return tr("Swarm");
    case PortainerEnvironment::Kind::Kubernetes:
        return tr("Kubernetes");
    case PortainerEnvironment::Kind::Other:
        break;
    }
    return tr("other");
}

QString ContainerEnvironments::label(const Entry &entry) const
{
    if (entry.id == SshHost)
        return tr("%1 over SSH").arg(entry.name);
    QString text = tr("%1 (%2)").arg(entry.name, kindText(entry.kind));
    if (!entry.up)
        text = tr("%1, down").arg(text);
    return text;
}

QString ContainerEnvironments::unsupportedText(const Entry &entry)
{
    if (entry.supportsContainers())
        return {};
    if (entry.kind == PortainerEnvironment::Kind::Kubernetes)
        return tr("%1 is a Kubernetes environment. KryNet starts, stops and recreates Docker containers (standalone "
                  "hosts and Swarm); Kubernetes runs pods, which its own controllers restart. Manage the workloads "
                  "of %1 in Portainer or with kubectl, and choose a Docker environment here.")
            .arg(entry.name);
    return tr("%1 is not a Docker environment, so KryNet cannot show or manage its containers. Choose a Docker "
              "environment here.")
        .arg(entry.name);
}

} // namespace KryNet::Docker
