#include "app/labsim/docker/portainerservice.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Docker
{

namespace
{

constexpr int EndpointId = 2;

HttpResponse portainerError(int status, const QString &message, const QString &details)
{
    return HttpResponse::json(QJsonObject{{u"message"_s, message}, {u"details"_s, details}}, status);
}

QStringList projects()
{
    return {u"media"_s, u"photos"_s, u"ai"_s, u"monitoring"_s, u"infra"_s};
}

} // namespace

PortainerService::PortainerService(ContainerState &state, quint32 seed)
    : m_state(state)
    , m_docker(state)
{
    QRandomGenerator rng(seed ^ 0x9047a14eU);
    static const QString chars = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_s;
    m_apiKey = u"ptr_"_s;
    for (int i = 0; i < 43; ++i)
        m_apiKey += chars.at(rng.bounded(int(chars.size())));
    m_apiKey += u'=';
}

QJsonObject PortainerService::credentials() const
{
    return {{u"apiKey"_s, m_apiKey}, {u"endpointId"_s, EndpointId}};
}

QJsonObject PortainerService::endpoint(bool withSnapshot) const
{
    int running = 0;
    int stopped = 0;
    int healthy = 0;
    int unhealthy = 0;
    for (const Container &c : m_state.containers()) {
        (c.isRunning() || c.state == u"restarting"_s ? running : stopped)++;
        if (c.hasHealthcheck && c.health == u"healthy"_s)
            ++healthy;
        if (c.hasHealthcheck && c.health == u"unhealthy"_s)
            ++unhealthy;
    }
    QJsonArray snapshots;
    if (withSnapshot) {
        snapshots.append(QJsonObject{{u"Time"_s, m_state.nowSecs()},
                                     {u"DockerVersion"_s, u"27.5.1"_s},
                                     {u"Swarm"_s, false},
                                     {u"TotalCPU"_s, 6},
                                     {u"TotalMemory"_s, 33554432000LL},
                                     {u"ContainerCount"_s, int(m_state.containers().size())},
                                     {u"RunningContainerCount"_s, running},
                                     {u"StoppedContainerCount"_s, stopped},
                                     {u"HealthyContainerCount"_s, healthy},
                                     {u"UnhealthyContainerCount"_s, unhealthy},
                                     {u"VolumeCount"_s, 38},
                                     {u"ImageCount"_s, 31},
                                     {u"ServiceCount"_s, 0},
                                     {u"StackCount"_s, int(projects().size())},
                                     {u"NodeCount"_s, 1}});
    }
    return {{u"Id"_s, EndpointId},
            {u"Name"_s, u"truenas"_s},
            {u"Type"_s, 1},
            {u"URL"_s, u"unix:///var/run/docker.sock"_s},
            {u"Status"_s, 1},
            {u"GroupId"_s, 1},
            {u"TagIds"_s, QJsonArray()},
            {u"PublicURL"_s, u""_s},
            {u"ContainerEngine"_s, u"docker"_s},
            {u"Snapshots"_s, snapshots},
            {u"Kubernetes"_s, QJsonObject{{u"Snapshots"_s, QJsonArray()}, {u"Configuration"_s, QJsonObject()}}},
            {u"Agent"_s, QJsonObject{{u"Version"_s, u""_s}}},
            {u"EdgeID"_s, u""_s},
            {u"Heartbeat"_s, false}};
}

QJsonArray PortainerService::stacks() const
{
    QJsonArray out;
    int id = 3;
    for (const QString &project : projects()) {
        bool anyRunning = false;
        for (const Container &c : m_state.containers())
            anyRunning = anyRunning || (c.project == project && c.isRunning());
        const bool git = project == u"ai"_s;
        out.append(QJsonObject{
            {u"Id"_s, id},
            {u"Name"_s, project},
            {u"Type"_s, 2},
            {u"EndpointId"_s, EndpointId},
            {u"SwarmId"_s, u""_s},
            {u"EntryPoint"_s, u"docker-compose.yml"_s},
            {u"Env"_s, QJsonArray{QJsonObject{{u"name"_s, u"TZ"_s}, {u"value"_s, u"Europe/Berlin"_s}}}},
            {u"Status"_s, anyRunning ? 1 : 2},
            {u"ProjectPath"_s, u"/data/compose/%1"_s.arg(id)},
            {u"CreationDate"_s, m_state.nowSecs() - 86400 * (60 + id)},
            {u"CreatedBy"_s, u"admin"_s},
            {u"UpdateDate"_s, m_state.nowSecs() - 86400 * id},
            {u"UpdatedBy"_s, u"admin"_s},
            {u"AdditionalFiles"_s, QJsonArray()},
            {u"AutoUpdate"_s, QJsonValue::Null},
            {u"Option"_s, QJsonObject{{u"Prune"_s, false}}},
            {u"GitConfig"_s, git ? QJsonValue(QJsonObject{{u"URL"_s, u"https://git.example.org/lab/ai-stack.git"_s},
                                                          {u"ReferenceName"_s, u"refs/heads/main"_s},
                                                          {u"ConfigFilePath"_s, u"docker-compose.yml"_s},
                                                          {u"ConfigHash"_s, u"5d41402abc4b2a76b9719d911017c592"_s},
                                                          {u"TLSSkipVerify"_s, false},
                                                          {u"Authentication"_s, QJsonValue::Null}})
                                 : QJsonValue(QJsonValue::Null)},
            {u"FromAppTemplate"_s, false},
            {u"Namespace"_s, u""_s},
            {u"ResourceControl"_s,
             QJsonObject{{u"Id"_s, id + 6}, {u"Public"_s, false}, {u"AdministratorsOnly"_s, true}}}});
        ++id;
    }
    return out;
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
        return HttpResponse::json(QJsonArray{endpoint(!exclude)})
            .withHeader("X-Total-Count", "1")
            .withHeader("X-Total-Available", "1");
    }
    static const QRegularExpression endpointPath(u"^/api/endpoints/(\\d+)(/docker)?(/.*)?$"_s);
    const QRegularExpressionMatch em = endpointPath.match(path);
    if (em.hasMatch()) {
        if (em.captured(1).toInt() != EndpointId)
            return portainerError(404,
                                  u"Unable to find an environment with the specified identifier inside the "
                                  "database"_s,
                                  u"Object not found inside the database"_s);
        if (em.captured(2).isEmpty() && em.captured(3).isEmpty() && request.method == "GET")
            return HttpResponse::json(endpoint(true));
        if (!em.captured(2).isEmpty()) {
            HttpRequest forwarded = request;
            forwarded.path = em.captured(3).isEmpty() ? u"/"_s : em.captured(3);
            const QByteArray target = request.target;
            const qsizetype q = target.indexOf('?');
            forwarded.target = forwarded.path.toUtf8() + (q >= 0 ? target.mid(q) : QByteArray());
            return m_docker.handle(forwarded);
        }
        return portainerError(404, u"Not found"_s, u"Unknown endpoint route"_s);
    }
    if (path == u"/api/stacks"_s && request.method == "GET")
        return HttpResponse::json(stacks());
    static const QRegularExpression stackPath(u"^/api/stacks/(\\d+)(/start|/stop)?$"_s);
    const QRegularExpressionMatch sm = stackPath.match(path);
    if (sm.hasMatch()) {
        const QJsonArray all = stacks();
        for (const QJsonValue &v : all) {
            const QJsonObject stack = v.toObject();
            if (stack.value(u"Id"_s).toInt() != sm.captured(1).toInt())
                continue;
            if (sm.captured(2).isEmpty() && request.method == "GET")
                return HttpResponse::json(stack);
            if (request.method == "POST" && !sm.captured(2).isEmpty()) {
                if (request.queryValue(u"endpointId"_s).isEmpty())
                    return portainerError(400, u"Invalid query parameter: endpointId"_s,
                                          u"Invalid query parameter: endpointId"_s);
                const bool start = sm.captured(2) == u"/start"_s;
                QStringList ids;
                for (const Container &c : m_state.containers()) {
                    if (c.project == stack.value(u"Name"_s).toString())
                        ids << c.id;
                }
                QString message;
                for (const QString &id : std::as_const(ids))
                    (void)(start ? m_state.start(id, &message) : m_state.stop(id, &message));
                QJsonObject updated = stack;
                updated.insert(u"Status"_s, start ? 1 : 2);
                return HttpResponse::json(updated);
            }
        }
        return portainerError(404, u"Unable to find a stack with the specified identifier inside the database"_s,
                              u"Object not found inside the database"_s);
    }
    return portainerError(404, u"Not found"_s, u"Unknown route"_s);
}

} // namespace KryNet::LabSim::Docker
