#include "core/docker/stackrecreate.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QUrlQuery>

#include "core/common/displaytext.h"
#include "core/common/futurewatch.h"
#include "core/docker/composerecreate.h"
#include "core/docker/dockerparsers.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/ssh/sshconnection.h"

using namespace Qt::StringLiterals;

namespace KryNet::Docker
{

namespace
{

template <typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

StackRecreate::StackRecreate(ServiceClient *portainer, int environment, Ssh::SshConnection *ssh, ActionLog *actions,
                             QString profileName, QObject *parent)
    : QObject(parent)
    , m_portainer(portainer)
    , m_environment(environment)
    , m_ssh(ssh)
    , m_actions(actions)
    , m_profile(std::move(profileName))
{}

StackRecreate::~StackRecreate() = default;

Result<void> StackRecreate::available(const Container &container) const
{
    const QString project = container.project();
    const QString service = container.service();
    if (project.isEmpty() || service.isEmpty())
        return Error(Error::Code::Config,
                     tr("%1 was not started by docker compose (no compose labels), so it cannot be recreated from "
                        "its stack.")
                         .arg(DisplayText::name(container.name)));
    if (!ComposeRecreate::isValidProjectName(project) || !ComposeRecreate::isValidServiceName(service))
        return Error(
            Error::Code::Config,
            tr("The compose labels of %1 name an invalid project or service (“%2”, “%3”).")
                .arg(DisplayText::name(container.name), DisplayText::name(project), DisplayText::name(service)));
    if (m_portainer)
        return {}; // whether Portainer owns the stack is asked when the plan is made
    if (m_environment > 0 || !m_ssh)
        return Error(Error::Code::Unsupported,
                     tr("Pull and recreate needs the server's SSH access (docker compose) or Portainer."));
    const auto argv = ComposeRecreate::command(container);
    return argv ? Result<void>() : Result<void>(argv.error());
}

Result<StackRecreate::Plan> StackRecreate::composePlan(const Container &container, const QString &note) const
{
    if (m_environment > 0 || !m_ssh)
        return Error(Error::Code::Unsupported,
                     tr("Stack %1 was not deployed by Portainer, so Portainer cannot redeploy it, and KryNet runs "
                        "docker compose only on the profile's own server over SSH. Recreate %2 where the stack "
                        "was deployed.")
                         .arg(DisplayText::name(container.project()), DisplayText::name(container.name)));
    const auto argv = ComposeRecreate::command(container);
    if (!argv)
        return argv.error();
    Plan plan;
    plan.way = Way::Compose;
    plan.containerId = container.id;
    plan.command = *argv;
    plan.services = {container.service()};
    plan.note = note;
    plan.actionText = ComposeRecreate::actionText(container);
    plan.description = tr("KryNet runs on the server, once:\n\n%1\n\nThe image is pulled and %2 is replaced by a new "
                          "container from it; it is unavailable meanwhile.")
                           .arg(argv->join(u' '), DisplayText::name(container.name));
    if (!note.isEmpty())
        plan.description = note + u"\n\n"_s + plan.description;
    return plan;
}

StackRecreate::Plan StackRecreate::portainerPlan(const Container &container, const PortainerStack &stack,
                                                 const QList<Container> &siblings) const
{
    Plan plan;
    plan.way = stack.fromGit() ? Way::PortainerGitPull : Way::PortainerFile;
    plan.containerId = container.id;
    plan.stack = stack;
    plan.environmentId = stack.endpointId > 0 ? stack.endpointId : m_environment;
    for (const Container &c : siblings) {
        if (c.project() == stack.name && !c.service().isEmpty() && !plan.services.contains(c.service()))
            plan.services.append(c.service());
    }
    if (plan.services.isEmpty())
        plan.services = {container.service()};
    std::sort(plan.services.begin(), plan.services.end());
    plan.actionText = tr("Pull and redeploy stack %1 through Portainer").arg(DisplayText::name(stack.name));
    QStringList shownServices;
    for (const QString &service : std::as_const(plan.services))
        shownServices.append(DisplayText::name(service));
    const QString services = shownServices.join(u", "_s);
    if (plan.way == Way::PortainerGitPull)
        plan.description =
            tr("Stack %1 belongs to Portainer, so Portainer redeploys it, once: it pulls %2 (%3) again, pulls every "
               "image of the stack and recreates all of its services (%4), not only %5. They are unavailable "
               "meanwhile; this can take minutes.")
                .arg(DisplayText::name(stack.name), DisplayText::name(stack.gitUrl),
                     DisplayText::name(stack.gitReference), services, DisplayText::name(container.service()));
    else
        plan.description = tr("Stack %1 belongs to Portainer, so Portainer redeploys it, once, from the stack file it "
                              "keeps: it pulls every image of the stack and recreates all of its services (%2), not "
                              "only %3. They are unavailable meanwhile; this can take minutes.")
                               .arg(DisplayText::name(stack.name), services, DisplayText::name(container.service()));
    return plan;
}

QFuture<Result<StackRecreate::Plan>> StackRecreate::plan(const Container &container, const QList<Container> &siblings)
{
    if (auto ok = available(container); !ok)
        return ready(Result<Plan>(ok.error()));
    if (!m_portainer)
        return ready(composePlan(container, {}));
    QUrlQuery query;
    if (m_environment > 0)
        query.addQueryItem(u"filters"_s, u"{\"EndpointID\":%1}"_s.arg(m_environment));
    auto promise = std::make_shared<QPromise<Result<Plan>>>();
    promise->start();
    QFuture<Result<Plan>> future = promise->future();
    whenDone(m_portainer->send(HttpRequest::get(u"api/stacks"_s, query)), this,
             [this, promise, container, siblings](const Result<HttpResponse> &answer) {
                 const auto finish = [promise](const Result<Plan> &r) {
                     promise->addResult(r);
                     promise->finish();
                 };
                 const auto stacks =
                     answer ? Parsers::portainerStacks(answer->body) : Result<QList<PortainerStack>>(answer.error());
                 if (!stacks) {
                     if (m_environment > 0)
                         return finish(Error(stacks.error().code(),
                                             tr("Portainer could not say whether it owns stack %1: %2")
                                                 .arg(DisplayText::name(container.project()), stacks.error().message()),
                                             stacks.error().detail()));
                     return finish(composePlan(
                         container, tr("Portainer could not be asked whether it owns stack "
                                       "%1 (%2), so KryNet uses docker compose.")
                                        .arg(DisplayText::name(container.project()), stacks.error().message())));
                 }
                 for (const PortainerStack &stack : *stacks) {
                     if (stack.name != container.project() || stack.type == 3)
                         continue;
                     const bool here = m_environment > 0 ? stack.endpointId == m_environment
                                                         : !stack.projectPath.isEmpty() &&
                                                               stack.projectPath == container.workingDir();
                     if (here)
                         return finish(portainerPlan(container, stack, siblings));
                 }
                 finish(composePlan(container, {}));
             });
    return future;
}

void StackRecreate::redeploy(const Plan &plan, const std::function<void(Result<void>)> &done)
{
    if (!m_portainer)
        return done(Error(Error::Code::Config, tr("This profile has no Portainer service configured.")));
    const PortainerStack &stack = plan.stack;
    QUrlQuery endpoint;
    endpoint.addQueryItem(u"endpointId"_s, QString::number(plan.environmentId));
    const auto send = [this, done, stack](HttpRequest request) {
        request.timeout = redeployTimeout;
        Q_EMIT output(
            tr("Portainer pulls the images of stack %1 and redeploys it…").arg(DisplayText::name(stack.name)));
        whenDone(m_portainer->send(request), this, [this, done, stack](const Result<HttpResponse> &r) {
            if (!r)
                return done(r.error());
            Q_EMIT output(tr("Portainer redeployed stack %1.").arg(DisplayText::name(stack.name)));
            done({});
        });
    };
    if (plan.way == Way::PortainerGitPull) {
        QJsonObject body{{u"RepositoryReferenceName"_s, stack.gitReference},
                         {u"RepositoryAuthentication"_s, stack.gitAuthentication},
                         {u"Env"_s, stack.env},
                         {u"Prune"_s, stack.prune},
                         {u"PullImage"_s, true}};
        // With authentication, Portainer keeps the stored password when none is sent (it never returns it).
        if (stack.gitAuthentication && !stack.gitUsername.isEmpty())
            body.insert(u"RepositoryUsername"_s, stack.gitUsername);
        HttpRequest request = HttpRequest::put(u"api/stacks/%1/git/redeploy"_s.arg(stack.id),
                                               QJsonDocument(body).toJson(QJsonDocument::Compact));
        request.query = endpoint;
        return send(request);
    }
    Q_EMIT output(tr("Reading the stack file of %1 from Portainer…").arg(DisplayText::name(stack.name)));
    whenDone(m_portainer->send(HttpRequest::get(u"api/stacks/%1/file"_s.arg(stack.id))), this,
             [done, stack, endpoint, send](const Result<HttpResponse> &r) {
                 if (!r)
                     return done(r.error());
                 const QString file = QJsonDocument::fromJson(r->body).object().value(u"StackFileContent"_s).toString();
                 if (file.trimmed().isEmpty())
                     return done(Error(
                         Error::Code::Parse,
                         tr("Portainer returned no stack file for %1, so nothing was redeployed.").arg(stack.name)));
                 const QJsonObject body{{u"StackFileContent"_s, file},
                                        {u"Env"_s, stack.env},
                                        {u"Prune"_s, stack.prune},
                                        {u"PullImage"_s, true}};
                 HttpRequest request = HttpRequest::put(u"api/stacks/%1"_s.arg(stack.id),
                                                        QJsonDocument(body).toJson(QJsonDocument::Compact));
                 request.query = endpoint;
                 send(request);
             });
}

QFuture<Result<void>> StackRecreate::run(const Plan &plan, const Container &container)
{
    if (m_running)
        return ready(Result<void>(Error(Error::Code::Config, tr("A pull and recreate is already running."))));
    if (plan.way == Way::Compose) {
        if (!m_compose) {
            m_compose = new ComposeRecreate(m_ssh, m_actions, m_profile, this);
            connect(m_compose, &ComposeRecreate::output, this, &StackRecreate::output);
        }
        m_running = true;
        auto promise = std::make_shared<QPromise<Result<void>>>();
        promise->start();
        QFuture<Result<void>> future = promise->future();
        whenDone(m_compose->run(container), this, [this, promise](const Result<void> &r) {
            m_running = false;
            promise->addResult(r);
            promise->finish();
        });
        return future;
    }
    m_running = true;
    auto promise = std::make_shared<QPromise<Result<void>>>();
    promise->start();
    QFuture<Result<void>> future = promise->future();
    const quint64 logId =
        m_actions ? m_actions->begin(m_profile, tr("stack %1").arg(DisplayText::name(plan.stack.name)), plan.actionText)
                  : 0;
    redeploy(plan, [this, promise, logId](const Result<void> &r) {
        m_running = false;
        if (m_actions) {
            if (r)
                m_actions->succeed(logId, tr("Portainer redeployed the stack with fresh images."));
            else
                m_actions->fail(logId, r.error());
        }
        promise->addResult(r);
        promise->finish();
    });
    return future;
}

} // namespace KryNet::Docker
