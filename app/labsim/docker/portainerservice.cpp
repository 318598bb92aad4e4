#include "app/labsim/docker/portainerservice.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Docker
{

namespace
{

constexpr int LocalEndpoint = 2;
constexpr int StandaloneEndpoint = 3;
constexpr int SwarmEndpoint = 4;
constexpr int KubernetesEndpoint = 5;
const QString SwarmId = u"x2k9v1m0c7q4w8e5r3t6y1u0i"_s;

HttpResponse portainerError(int status, const QString &message, const QString &details)
{
    return HttpResponse::json(QJsonObject{{u"message"_s, message}, {u"details"_s, details}}, status);
}

HttpResponse notFound(const QString &what)
{
    return portainerError(404, u"Unable to find %1 with the specified identifier inside the database"_s.arg(what),
                          u"Object not found inside the database"_s);
}

} // namespace

PortainerService::PortainerService(ContainerState &local, quint32 seed, const LabClock *clock)
{
    QRandomGenerator rng(seed ^ 0x9047a14eU);
    static const QString chars = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s;
    m_apiKey = u"ptr_"_s;
    for (int i = 0; i < 43; ++i)
        m_apiKey += chars.at(rng.bounded(int(chars.size())));
    m_apiKey += u'=';
    m_createdAt = local.nowSecs() - 86400 * 90;

    m_ownStates.push_back(std::make_unique<ContainerState>(seed, clock, ContainerState::Host::Standalone));
    m_ownStates.push_back(std::make_unique<ContainerState>(seed, clock, ContainerState::Host::Swarm));
    const auto add = [this](int id, const QString &name, int type, const QString &url, ContainerState *state) {
        Environment e;
        e.id = id;
        e.name = name;
        e.type = type;
        e.url = url;
        e.state = state;
        if (state)
            e.api = std::make_unique<DockerApi>(*state);
        m_environments.push_back(std::move(e));
    };
    add(LocalEndpoint, u"truenas"_s, 1, u"unix:///var/run/docker.sock"_s, &local);
    add(StandaloneEndpoint, u"garage-pi"_s, 2, u"tcp://192.168.1.40:9001"_s, m_ownStates.at(0).get());
    add(SwarmEndpoint, u"swarm"_s, 2, u"tcp://tasks.portainer_agent:9001"_s, m_ownStates.at(1).get());
    add(KubernetesEndpoint, u"k3s"_s, 6, u"192.168.1.50:30778"_s, nullptr);

    m_stacks = {{StackIds::Ai, u"ai"_s, 2, LocalEndpoint, true},
                {StackIds::Monitoring, u"monitoring"_s, 2, LocalEndpoint, false},
                {StackIds::Home, u"home"_s, 2, StandaloneEndpoint, false},
                {StackIds::Web, u"web"_s, 1, SwarmEndpoint, false}};
}

PortainerService::~PortainerService() = default;

QJsonObject PortainerService::credentials() const
{
    return {{u"apiKey"_s, m_apiKey}, {u"endpointId"_s, LocalEndpoint}};
}

const PortainerService::Environment *PortainerService::environment(int id) const
{
    for (const Environment &e : m_environments) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

ContainerState *PortainerService::environmentState(int id) const
{
    const Environment *e = environment(id);
    return e ? e->state : nullptr;
}

QJsonObject PortainerService::endpoint(const Environment &e, bool withSnapshot) const
{
    QJsonArray snapshots;
    QJsonArray kubernetesSnapshots;
    const qint64 now = m_environments.front().state->nowSecs();
    if (withSnapshot && e.state) {
        int running = 0;
        int stopped = 0;
        int healthy = 0;
        int unhealthy = 0;
        for (const Container &c : e.state->containers()) {
            (c.isRunning() || c.state == u"restarting"_s ? running : stopped)++;
            if (c.hasHealthcheck && c.health == u"healthy"_s)
                ++healthy;
            if (c.hasHealthcheck && c.health == u"unhealthy"_s)
                ++unhealthy;
        }
        int stacks = 0;
        for (const Stack &s : m_stacks)
            stacks += s.endpointId == e.id ? 1 : 0;
        const bool swarm = e.state->host() == ContainerState::Host::Swarm;
        snapshots.append(QJsonObject{{u"Time"_s, now},
                                     {u"DockerVersion"_s, u"27.5.1"_s},
                                     {u"Swarm"_s, swarm},
                                     {u"TotalCPU"_s, e.id == LocalEndpoint ? 6 : 4},
                                     {u"TotalMemory"_s, e.id == LocalEndpoint ? 33554432000LL : 8261443584LL},
                                     {u"ContainerCount"_s, int(e.state->containers().size())},
                                     {u"RunningContainerCount"_s, running},
                                     {u"StoppedContainerCount"_s, stopped},
                                     {u"HealthyContainerCount"_s, healthy},
                                     {u"UnhealthyContainerCount"_s, unhealthy},
                                     {u"VolumeCount"_s, e.id == LocalEndpoint ? 38 : 6},
                                     {u"ImageCount"_s, e.id == LocalEndpoint ? 31 : int(e.state->containers().size())},
                                     {u"ServiceCount"_s, swarm ? 2 : 0},
                                     {u"StackCount"_s, stacks},
                                     {u"NodeCount"_s, 1}});
    } else if (withSnapshot) {
        kubernetesSnapshots.append(QJsonObject{{u"Time"_s, now},
                                               {u"KubernetesVersion"_s, u"v1.31.4+k3s1"_s},
                                               {u"NodeCount"_s, 1},
                                               {u"TotalCPU"_s, 4},
                                               {u"TotalMemory"_s, 8261443584LL}});
    }
    return {{u"Id"_s, e.id},
            {u"Name"_s, e.name},
            {u"Type"_s, e.type},
            {u"URL"_s, e.url},
            {u"Status"_s, 1},
            {u"GroupId"_s, 1},
            {u"TagIds"_s, QJsonArray()},
            {u"PublicURL"_s, u""_s},
            {u"ContainerEngine"_s, e.state ? u"docker"_s : u""_s},
            {u"Snapshots"_s, snapshots},
            {u"Kubernetes"_s, QJsonObject{{u"Snapshots"_s, kubernetesSnapshots},
                                          {u"Configuration"_s, QJsonObject{{u"UseLoadBalancer"_s, false}}}}},
            {u"Agent"_s, QJsonObject{{u"Version"_s, e.type == 1 ? u""_s : u"2.23.0"_s}}},
            {u"EdgeID"_s, u""_s},
            {u"Heartbeat"_s, false}};
}

QJsonObject PortainerService::stackJson(const Stack &stack) const
{
    const Environment *e = environment(stack.endpointId);
    bool anyRunning = false;
    for (const Container &c : e->state->containers())
        anyRunning = anyRunning || (c.project == stack.name && c.isRunning());
    const qint64 now = e->state->nowSecs();
    return QJsonObject{
        {u"Id"_s, stack.id},
        {u"Name"_s, stack.name},
        {u"Type"_s, stack.type},
        {u"EndpointId"_s, stack.endpointId},
        {u"SwarmId"_s, stack.type == 1 ? SwarmId : u""_s},
        {u"EntryPoint"_s, u"docker-compose.yml"_s},
        {u"Env"_s, QJsonArray{QJsonObject{{u"name"_s, u"TZ"_s}, {u"value"_s, u"Europe/Berlin"_s}}}},
        {u"Status"_s, anyRunning ? 1 : 2},
        {u"ProjectPath"_s, u"/data/compose/%1"_s.arg(stack.id)},
        {u"CreationDate"_s, m_createdAt + 86400 * stack.id},
        {u"CreatedBy"_s, u"admin"_s},
        {u"UpdateDate"_s, now - 86400 * stack.id},
        {u"UpdatedBy"_s, u"admin"_s},
        {u"AdditionalFiles"_s, QJsonArray()},
        {u"AutoUpdate"_s, QJsonValue::Null},
        {u"Option"_s, QJsonObject{{u"Prune"_s, false}}},
        {u"GitConfig"_s, stack.git ? QJsonValue(QJsonObject{{u"URL"_s, u"https://git.example.org/lab/ai-stack.git"_s},
                                                            {u"ReferenceName"_s, u"refs/heads/main"_s},
                                                            {u"ConfigFilePath"_s, u"docker-compose.yml"_s},
                                                            {u"ConfigHash"_s, u"5d41402abc4b2a76b9719d911017c592"_s},
                                                            {u"TLSSkipVerify"_s, false},
                                                            {u"Authentication"_s, QJsonValue::Null}})
                                   : QJsonValue(QJsonValue::Null)},
        {u"FromAppTemplate"_s, false},
        {u"Namespace"_s, u""_s},
        {u"ResourceControl"_s,
         QJsonObject{{u"Id"_s, stack.id + 6}, {u"Public"_s, false}, {u"AdministratorsOnly"_s, true}}}};
}

QString PortainerService::stackFile(const Stack &stack) const
{
    QString yaml = stack.type == 1 ? u"version: \"3.8\"\nservices:\n"_s : u"services:\n"_s;
    QStringList seen;
    for (const Container &c : environment(stack.endpointId)->state->containers()) {
        if (c.project != stack.name || seen.contains(c.service))
            continue;
        seen.append(c.service);
        yaml += u"  %1:\n    image: %2\n"_s.arg(c.service, c.image);
        if (stack.type == 2)
            yaml += u"    restart: %1\n"_s.arg(c.restartPolicy);
        if (!c.ports.isEmpty()) {
            yaml += u"    ports:\n"_s;
            for (const PortBinding &p : c.ports)
                yaml += u"      - \"%1:%2/%3\"\n"_s.arg(p.publicPort).arg(p.privatePort).arg(p.type);
        }
    }
    return yaml;
}

HttpResponse PortainerService::redeploy(const Stack &stack, const HttpRequest &request, bool git)
{
    if (request.queryValue(u"endpointId"_s).isEmpty())
        return portainerError(400, u"Invalid query parameter: endpointId"_s, u"Invalid query parameter: endpointId"_s);
    if (request.queryValue(u"endpointId"_s).toInt() != stack.endpointId)
        return portainerError(400, u"Invalid query parameter: endpointId"_s,
                              u"The stack is not deployed to this environment"_s);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return portainerError(400, u"Invalid request payload"_s, parseError.errorString());
    const QJsonObject body = doc.object();
    if (git && !stack.git)
        return portainerError(400, u"Stack is not created from git"_s, u"Stack is not created from git"_s);
    if (!git && body.value(u"StackFileContent"_s).toString().trimmed().isEmpty())
        return portainerError(400, u"Invalid stack file content"_s, u"Invalid stack file content"_s);
    ContainerState *state = environment(stack.endpointId)->state;
    QStringList ids;
    for (const Container &c : state->containers()) {
        if (c.project == stack.name)
            ids << c.id;
    }
    QString message;
    for (const QString &id : std::as_const(ids))
        (void)state->restart(id, &message); // compose up after the pull: every service recreated
    m_redeploys.append(QJsonObject{{u"stackId"_s, stack.id},
                                   {u"stack"_s, stack.name},
                                   {u"endpointId"_s, stack.endpointId},
                                   {u"method"_s, git ? u"git-redeploy"_s : u"update"_s},
                                   {u"pullImage"_s, body.value(u"PullImage"_s).toBool()},
                                   {u"prune"_s, body.value(u"Prune"_s).toBool()}});
    QJsonObject updated = stackJson(stack);
    updated.insert(u"UpdateDate"_s, state->nowSecs());
    updated.insert(u"UpdatedBy"_s, u"krynet"_s);
    return HttpResponse::json(updated);
}

HttpResponse PortainerService::stacksRoute(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == u"/api/stacks"_s && request.method == "GET") {
        const QJsonObject filters = QJsonDocument::fromJson(request.queryValue(u"filters"_s).toUtf8()).object();
        QJsonArray out;
        for (const Stack &stack : std::as_const(m_stacks)) {
            if (filters.contains(u"EndpointID"_s) && filters.value(u"EndpointID"_s).toInt() != stack.endpointId)
                continue;
            if (filters.contains(u"SwarmID"_s) &&
                filters.value(u"SwarmID"_s).toString() != (stack.type == 1 ? SwarmId : QString()))
                continue;
            out.append(stackJson(stack));
        }
        return HttpResponse::json(out);
    }
    static const QRegularExpression stackPath(u"^/api/stacks/(\\d+)(/start|/stop|/file|/git/redeploy)?$"_s);
    const QRegularExpressionMatch sm = stackPath.match(path);
    if (!sm.hasMatch())
        return portainerError(404, u"Not found"_s, u"Unknown route"_s);
    const Stack *stack = nullptr;
    for (const Stack &s : std::as_const(m_stacks)) {
        if (s.id == sm.captured(1).toInt())
            stack = &s;
    }
    if (!stack)
        return notFound(u"a stack"_s);
    const QString action = sm.captured(2);
    if (action.isEmpty() && request.method == "GET")
        return HttpResponse::json(stackJson(*stack));
    if (action == u"/file"_s && request.method == "GET")
        return HttpResponse::json(QJsonObject{{u"StackFileContent"_s, stackFile(*stack)}});
    if (action.isEmpty() && request.method == "PUT")
        return redeploy(*stack, request, false);
    if (action == u"/git/redeploy"_s && request.method == "PUT")
        return redeploy(*stack, request, true);
    if ((action == u"/start"_s || action == u"/stop"_s) && request.method == "POST") {
        if (request.queryValue(u"endpointId"_s).isEmpty())
            return portainerError(400, u"Invalid query parameter: endpointId"_s,
                                  u"Invalid query parameter: endpointId"_s);
        const bool start = action == u"/start"_s;
        ContainerState *state = environment(stack->endpointId)->state;
        QStringList ids;
        for (const Container &c : state->containers()) {
            if (c.project == stack->name)
                ids << c.id;
        }
        QString message;
        for (const QString &id : std::as_const(ids))
            (void)(start ? state->start(id, &message) : state->stop(id, &message));
        QJsonObject updated = stackJson(*stack);
        updated.insert(u"Status"_s, start ? 1 : 2);
        return HttpResponse::json(updated);
    }
    return portainerError(405, u"Method not allowed"_s, u"Method not allowed"_s);
}

HttpResponse PortainerService::handle(const HttpRequest &request)
{
    const QString &path = request.path;
    if (path == u"/api/system/status"_s || path == u"/api/status"_s)
        return HttpResponse::json(
            QJsonObject{{u"Version"_s, u"2.23.0"_s}, {u"InstanceID"_s, u"4b1f9d7e-2c3a-4e8f-9b6d-0a5c7e1f3d2b"_s}});
    QByteArray key = request.header("X-API-Key");
    if (key.isEmpty()) {
        const QList<QPair<QString, QString>> items = request.query.queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items) {
            if (name.compare(u"x-api-key"_s, Qt::CaseInsensitive) == 0)
                key = value.toUtf8();
        }
    }
    if (!key.isEmpty() && request.hasHeader("Authorization"))
        return portainerError(401, u"Unauthorized"_s, u"api key and auth header are not allowed at the same time"_s);
    if (key.isEmpty())
        return portainerError(401, u"Unauthorized"_s, u"A valid authorisation token is missing"_s);
    if (QString::fromUtf8(key) != m_apiKey)
        return portainerError(401, u"Unauthorized"_s, u"Invalid API key"_s);

    if (path == u"/api/endpoints"_s && request.method == "GET") {
        const bool exclude = request.queryValue(u"excludeSnapshots"_s) == u"true"_s;
        QJsonArray out;
        for (const Environment &e : m_environments)
            out.append(endpoint(e, !exclude));
        const QByteArray count = QByteArray::number(out.size());
        return HttpResponse::json(out).withHeader("X-Total-Count", count).withHeader("X-Total-Available", count);
    }
    static const QRegularExpression endpointPath(u"^/api/endpoints/(\\d+)(/docker|/kubernetes)?(/.*)?$"_s);
    const QRegularExpressionMatch em = endpointPath.match(path);
    if (em.hasMatch()) {
        const Environment *e = environment(em.captured(1).toInt());
        if (!e)
            return notFound(u"an environment"_s);
        if (em.captured(2).isEmpty() && em.captured(3).isEmpty() && request.method == "GET")
            return HttpResponse::json(endpoint(*e, true));
        if (em.captured(2) == u"/docker"_s) {
            if (!e->api)
                return portainerError(400, u"Invalid environment type"_s,
                                      u"The Docker proxy is not available for a Kubernetes environment"_s);
            HttpRequest forwarded = request;
            forwarded.path = em.captured(3).isEmpty() ? u"/"_s : em.captured(3);
            static const QRegularExpression swarmPath(u"^(/v1\\.\\d+)?/swarm$"_s);
            if (swarmPath.match(forwarded.path).hasMatch() && request.method == "GET") {
                if (e->state->host() != ContainerState::Host::Swarm)
                    return HttpResponse::json(
                        QJsonObject{{u"message"_s, u"This node is not a swarm manager. Use \"docker swarm init\" or "
                                                   "\"docker swarm join\" to connect this node to swarm and try "
                                                   "again."_s}},
                        503);
                return HttpResponse::json(QJsonObject{{u"ID"_s, SwarmId},
                                                      {u"CreatedAt"_s, u"2024-11-02T09:12:44.123456789Z"_s},
                                                      {u"JoinTokens"_s, QJsonObject()}});
            }
            const QByteArray target = request.target;
            const qsizetype q = target.indexOf('?');
            forwarded.target = forwarded.path.toUtf8() + (q >= 0 ? target.mid(q) : QByteArray());
            return e->api->handle(forwarded);
        }
        if (em.captured(2) == u"/kubernetes"_s && e->api)
            return portainerError(400, u"Invalid environment type"_s, u"Not a Kubernetes environment"_s);
        return portainerError(404, u"Not found"_s, u"Unknown endpoint route"_s);
    }
    if (path.startsWith(u"/api/stacks"_s))
        return stacksRoute(request);
    return portainerError(404, u"Not found"_s, u"Unknown route"_s);
}

} // namespace KryNet::LabSim::Docker
