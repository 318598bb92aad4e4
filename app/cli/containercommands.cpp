// krynetctl containers / restart / container / logs: core/docker from the command line (issue 8).
#include "app/cli/containercommands.h"

#include <algorithm>
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>

#include "app/cli/cli.h"
#include "core/common/futurewatch.h"
#include "core/common/terminaltext.h"
#include "core/config/profilestore.h"
#include "core/docker/containerlogs.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/docker/dockerparsers.h"
#include "core/docker/dockertransport.h"
#include "core/docker/stackrecreate.h"
#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/labsession.h"

using namespace Qt::StringLiterals;

namespace KryNet::Cli
{

namespace
{

using namespace KryNet::Docker;

using Action = ContainerStore::Action;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue date(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QCommandLineOption environmentOption()
{
    return QCommandLineOption(u"environment"_s,
                              Text::tr("Use this Portainer environment (its name or id) instead of the profile's own "
                                       "Docker host: another Docker host or a Swarm manager Portainer manages."),
                              u"NAME|ID"_s);
}

/// The Docker client of the profile: with @p environment that Portainer environment (resolved by name or
/// id on the first request); otherwise the SSH-forwarded socket when the profile has an SSH host (host
/// key and passphrase asked like every SSH command), else Portainer's proxy. @p portainerOut gets the
/// profile's Portainer client (nullptr without one). nullptr after inv.fail().
DockerClient *dockerClient(Invocation &inv, const QString &profileName, const QString &acceptedFingerprint,
                           const QString &environment, QString *resolvedName, Ssh::SshConnection **sshOut = nullptr,
                           ServiceClient **portainerOut = nullptr)
{
    if (auto loaded = inv.profiles().load(); !loaded) {
        inv.fail(loaded.error());
        return nullptr;
    }
    auto profile = inv.profiles().resolve(profileName);
    if (!profile) {
        inv.fail(profile.error());
        return nullptr;
    }
    *resolvedName = profile->name();
    // A session only for its Portainer client (the stores get the real action log).
    auto *network = new QNetworkAccessManager(&inv);
    auto *scratchLog = new ActionLog(QString(), &inv);
    auto *session = new LabSession(*profile, inv.secrets(), *network, *scratchLog, &inv);
    ServiceClient *portainer = session->service(u"portainer"_s);
    if (portainerOut)
        *portainerOut = portainer;
    if (!environment.isEmpty()) {
        if (!portainer) {
            inv.fail(Error(Error::Code::Config,
                           Text::tr("Profile “%1” has no Portainer service, and --environment chooses among "
                                    "Portainer's environments.")
                               .arg(profile->name())));
            return nullptr;
        }
        return new DockerClient(std::make_unique<PortainerTransport>(portainer, environment), &inv);
    }
    if (!profile->ssh().host.isEmpty()) {
        Ssh::SshConnection *connection = inv.sshConnection(profileName, acceptedFingerprint);
        if (!connection)
            return nullptr;
        if (sshOut)
            *sshOut = connection;
        const QString socket =
            profile->ssh().dockerSocket.isEmpty() ? u"/var/run/docker.sock"_s : profile->ssh().dockerSocket;
        QStringList dial;
        for (const QJsonValue &v : profile->ssh().extra.value(u"dockerDialCommand"_s).toArray())
            dial.append(v.toString());
        dial.removeAll(QString());
        const auto mode = SshSocketTransport::modeFromString(profile->ssh().extra.value(u"dockerAccess"_s).toString());
        return new DockerClient(std::make_unique<SshSocketTransport>(connection, socket, mode, dial), &inv);
    }
    auto client = DockerClient::forSession(*session, &inv);
    if (!client) {
        inv.fail(client.error());
        return nullptr;
    }
    return *client;
}

QJsonObject containerJson(const Container &c, const ContainerStore &store)
{
    QJsonArray ports;
    for (const PortMapping &p : c.ports) {
        QJsonObject o{{u"private"_s, p.privatePort}, {u"type"_s, p.type}};
        if (p.publicPort)
            o.insert(u"public"_s, p.publicPort);
        if (!p.ip.isEmpty())
            o.insert(u"ip"_s, p.ip);
        ports.append(o);
    }
    QJsonArray mounts;
    for (const MountInfo &m : c.mounts)
        mounts.append(QJsonObject{{u"type"_s, m.type},
                                  {u"source"_s, m.source},
                                  {u"destination"_s, m.destination},
                                  {u"readWrite"_s, m.readWrite}});
    QJsonArray dependants;
    for (const Container *d : store.dependants(c.id))
        dependants.append(d->name);
    const Container *parent = store.networkParent(c.id);
    QJsonObject o{{u"id"_s, c.id},
                  {u"name"_s, c.name},
                  {u"image"_s, c.image},
                  {u"state"_s, Container::stateId(c.state)},
                  {u"health"_s, Container::healthId(c.health)},
                  {u"status"_s, c.statusText},
                  {u"project"_s, c.project()},
                  {u"service"_s, c.service()},
                  {u"workingDir"_s, c.workingDir()},
                  {u"configFiles"_s, QJsonArray::fromStringList(c.configFiles())},
                  {u"networkMode"_s, c.networkMode},
                  {u"networks"_s, QJsonArray::fromStringList(c.networks)},
                  {u"networkParent"_s, parent ? QJsonValue(parent->name) : QJsonValue(QJsonValue::Null)},
                  {u"dependants"_s, dependants},
                  {u"ports"_s, ports},
                  {u"mounts"_s, mounts},
                  {u"inspected"_s, c.inspected}};
    if (c.inspected) {
        o.insert(u"startedAt"_s, date(c.startedAt));
        o.insert(u"finishedAt"_s, date(c.finishedAt));
        o.insert(u"restartCount"_s, c.restartCount);
        o.insert(u"restartPolicy"_s, c.restartPolicy);
        o.insert(u"exitCode"_s, c.exitCode);
        o.insert(u"oomKilled"_s, c.oomKilled);
    }
    return o;
}

void printContainers(Invocation &inv, const ContainerStore &store, const QString &source)
{
    const QList<Container> &all = store.containers();
    if (inv.json()) {
        QJsonArray array;
        for (const Container &c : all)
            array.append(containerJson(c, store));
        QJsonObject o{{u"containers"_s, array}};
        if (const int environment = store.client()->transport().portainerEnvironment(); environment > 0)
            o.insert(u"environment"_s, environment);
        inv.out() << json(o) << Qt::endl;
        return;
    }
    if (store.client()->transport().portainerEnvironment() > 0)
        inv.out() << Text::tr("Containers of %1:").arg(source) << Qt::endl;
    if (all.isEmpty()) {
        inv.out() << Text::tr("No containers on this host.") << Qt::endl;
        return;
    }
    // Grouped by compose project (containers without one last), names sorted inside each group.
    QMap<QString, QList<const Container *>> groups;
    for (const Container &c : all)
        groups[c.project()].append(&c);
    QStringList order = groups.keys();
    if (order.removeOne(QString()))
        order.append(QString());
    for (const QString &project : std::as_const(order)) {
        QList<const Container *> members = groups.value(project);
        std::sort(members.begin(), members.end(),
                  [](const Container *a, const Container *b) { return a->name < b->name; });
        // Compose labels are any text the daemon reports: one cell, one line.
        inv.out() << (project.isEmpty() ? Text::tr("Without a compose project")
                                        : Text::tr("Stack %1").arg(TerminalText::cell(project)))
                  << Qt::endl;
        for (const Container *c : std::as_const(members)) {
            const QString health = c->health == HealthStatus::None ? u"-"_s : Container::healthId(c->health);
            inv.out() << u"  "_s << TerminalText::cell(c->name).leftJustified(24) << u' '
                      << Container::stateId(c->state).leftJustified(10) << u' ' << health.leftJustified(10) << u' '
                      << TerminalText::cell(c->statusText) << Qt::endl;
            if (const Container *parent = store.networkParent(c->id))
                inv.out() << u"      "_s << Text::tr("uses the network of %1").arg(TerminalText::cell(parent->name))
                          << Qt::endl;
            if (const QString problem = store.parentProblem(c->id); !problem.isEmpty())
                inv.out() << u"      "_s << TerminalText::cell(problem) << Qt::endl;
        }
    }
}

void containersCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show the Docker containers of the profile's server, grouped by compose "
                                              "project: state, health, shared networks (--json: inspect facts too)."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption environment = environmentOption();
    parser.addOptions({profile, accept, environment});
    if (!inv.parse(parser))
        return;
    QString profileName;
    DockerClient *client =
        dockerClient(inv, parser.value(profile), parser.value(accept), parser.value(environment), &profileName);
    if (!client)
        return;
    auto *store = new ContainerStore(client, nullptr, profileName, &inv);
    whenDone(store->load(), &inv, [&inv, store, client](const Result<void> &r) {
        if (!r)
            return inv.fail(r.error());
        printContainers(inv, *store, client->transport().describe());
        inv.finish(ExitOk);
    });
}

/// One step of an action run: @p action on @p target, with its dependants when @p withDependants.
struct Step
{
    QString id;
    QString name;
    bool withDependants = false;
    QString text;    ///< what will be done, for the plan
    QString warning; ///< e.g. the network parent is down
};

void runSteps(Invocation &inv, ContainerStore *store, Action action, QList<Step> steps, QJsonArray done)
{
    if (steps.isEmpty()) {
        if (inv.json())
            inv.out() << json(QJsonObject{{u"action"_s, ContainerStore::actionVerb(action)}, {u"results"_s, done}})
                      << Qt::endl;
        return inv.finish(ExitOk);
    }
    const Step step = steps.takeFirst();
    if (!inv.json())
        inv.err() << step.text << u"…"_s << Qt::endl;
    QFuture<Result<void>> future =
        step.withDependants ? store->restartWithDependants(step.id) : store->perform(action, step.id);
    whenDone(future, &inv, [&inv, store, action, steps, done, step](const Result<void> &r) mutable {
        QJsonObject result{{u"name"_s, step.name}, {u"plan"_s, step.text}, {u"ok"_s, bool(r)}};
        if (!r)
            result.insert(u"error"_s, r.error().message());
        done.append(result);
        if (!r) {
            QStringList skipped;
            for (const Step &s : std::as_const(steps))
                skipped.append(s.name);
            if (inv.json()) {
                inv.out() << json(QJsonObject{{u"action"_s, ContainerStore::actionVerb(action)},
                                              {u"results"_s, done},
                                              {u"notDone"_s, QJsonArray::fromStringList(skipped)}})
                          << Qt::endl;
                return inv.finish(ExitFailure);
            }
            inv.err() << Text::tr("%1 failed: %2").arg(step.text, r.error().message()) << Qt::endl;
            if (!r.error().detail().isEmpty())
                inv.err() << u"  "_s << r.error().detail() << Qt::endl;
            inv.err() << Text::tr("Nothing was retried; the state was read again.") << Qt::endl;
            if (!skipped.isEmpty())
                inv.err() << Text::tr("Not done: %1.").arg(skipped.join(u", "_s)) << Qt::endl;
            return inv.finish(ExitFailure);
        }
        if (!inv.json()) {
            const Container *c = store->find(step.id);
            inv.out() << Text::tr("%1: done.").arg(step.text);
            if (c)
                inv.out() << u' ' << Container::stateId(c->state)
                          << (c->health == HealthStatus::None ? QString()
                                                              : QString(u", "_s + Container::healthId(c->health)));
            inv.out() << Qt::endl;
        }
        runSteps(inv, store, action, steps, done);
    });
}

/// Shared by `restart` and `container VERB`: validates, loads, plans, confirms, runs.
void actionCommand(Invocation &inv, QCommandLineParser &parser, const QCommandLineOption &profile,
                   const QCommandLineOption &accept, const QCommandLineOption &environment,
                   const QCommandLineOption &yes, const std::optional<QCommandLineOption> &alone, Action action,
                   const QStringList &names)
{
    if (names.isEmpty())
        return inv.usageError(Text::tr("Name at least one container."));
    for (const QString &name : names) {
        if (!Parsers::isValidContainerName(name) && !Parsers::isValidContainerId(name))
            return inv.usageError(Text::tr("“%1” is not a valid container name.").arg(name));
    }
    const bool asks = action == Action::Stop || action == Action::Restart || action == Action::Pause;
    const bool assumeYes = parser.isSet(yes);
    if (asks && !assumeYes && !Invocation::stdinIsTerminal())
        return inv.usageError(Text::tr("Not asking without a terminal: add --yes to %1 %2.")
                                  .arg(ContainerStore::actionVerb(action), names.join(u' ')));
    const bool withDependants = action == Action::Restart && !(alone && parser.isSet(*alone));
    QString profileName;
    DockerClient *client =
        dockerClient(inv, parser.value(profile), parser.value(accept), parser.value(environment), &profileName);
    if (!client)
        return;
    auto *log = new ActionLog(ActionLog::defaultFilePath(), &inv);
    auto *store = new ContainerStore(client, log, profileName, &inv);
    whenDone(store->load(), &inv, [&inv, store, action, names, asks, assumeYes, withDependants](const Result<void> &r) {
        if (!r)
            return inv.fail(r.error());
        QList<Step> steps;
        QStringList covered; // ids restarted as somebody's dependant
        for (const QString &name : names) {
            const Container *c = store->find(name);
            if (!c)
                return inv.fail(Error(Error::Code::Config,
                                      Text::tr("There is no container %1 on this host. Nothing was done.").arg(name)));
            Step step{c->id, c->name, false, ContainerStore::actionText(action, c->name), {}};
            if (withDependants && !store->dependants(c->id).isEmpty()) {
                step.withDependants = true;
                step.text = store->dependantRestartText(c->id);
                for (const Container *d : store->dependants(c->id))
                    covered.append(d->id);
            }
            if (action == Action::Restart)
                step.warning = store->parentProblem(c->id);
            if (action == Action::Stop && !store->dependants(c->id).isEmpty()) {
                QStringList deps;
                for (const Container *d : store->dependants(c->id))
                    deps.append(d->name);
                step.warning =
                    Text::tr("%1 share its network and lose it while it is stopped.").arg(deps.join(u", "_s));
            }
            steps.append(step);
        }
        // A container restarted after its listed parent anyway is not restarted a second time.
        steps.removeIf([&covered](const Step &s) { return !s.withDependants && covered.contains(s.id); });
        if (!inv.json() || asks) {
            for (const Step &s : std::as_const(steps)) {
                inv.err() << u"  "_s << s.text << Qt::endl;
                if (!s.warning.isEmpty())
                    inv.err() << u"    "_s << Text::tr("Warning: %1").arg(s.warning) << Qt::endl;
            }
        }
        if (asks && !assumeYes && !inv.confirm(Text::tr("Go ahead?"))) {
            inv.err() << Text::tr("Nothing done.") << Qt::endl;
            return inv.finish(ExitFailure);
        }
        runSteps(inv, store, action, steps, {});
    });
}

QCommandLineOption yesOption()
{
    return QCommandLineOption(u"yes"_s, Text::tr("Do it without asking."));
}

void restartCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Restart containers, dependency-aware: a container whose network others share (gluetun) is "
                 "restarted, awaited until healthy, then its dependants are restarted in order. Asks first on a "
                 "terminal; without one, pass --yes. Never retried; written to the action log."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption yes = yesOption();
    const QCommandLineOption alone{u"alone"_s, Text::tr("Restart only the named containers, not their dependants.")};
    const QCommandLineOption environment = environmentOption();
    parser.addOptions({profile, accept, environment, yes, alone});
    if (!inv.parse(parser, u"NAME…"_s))
        return;
    actionCommand(inv, parser, profile, accept, environment, yes, alone, Action::Restart, parser.positionalArguments());
}

void containerCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Start, stop, restart, pause or resume (unpause) containers, one after "
                                              "another. Stop, restart and pause ask first on a terminal; without "
                                              "one, pass --yes. Never retried; written to the action log."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption yes = yesOption();
    const QCommandLineOption alone{u"alone"_s, Text::tr("With restart: only the named containers, not their "
                                                        "dependants.")};
    const QCommandLineOption environment = environmentOption();
    parser.addOptions({profile, accept, environment, yes, alone});
    if (!inv.parse(parser, u"start|stop|restart|pause|unpause NAME…"_s))
        return;
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return inv.usageError(Text::tr("Name the action: start, stop, restart, pause or unpause."));
    static const QMap<QString, Action> verbs{{u"start"_s, Action::Start},     {u"stop"_s, Action::Stop},
                                             {u"restart"_s, Action::Restart}, {u"pause"_s, Action::Pause},
                                             {u"unpause"_s, Action::Unpause}, {u"resume"_s, Action::Unpause}};
    const QString verb = args.takeFirst();
    if (!verbs.contains(verb))
        return inv.usageError(Text::tr("Unknown action “%1”: use start, stop, restart, pause or unpause.").arg(verb));
    actionCommand(inv, parser, profile, accept, environment, yes, alone, verbs.value(verb), args);
}

void printLogLines(Invocation &inv, const QList<LogLine> &lines, bool timestamps)
{
    for (const LogLine &l : lines) {
        if (inv.json()) {
            QJsonObject o{{u"stream"_s, l.stream == LogLine::StdErr ? u"stderr"_s : u"stdout"_s}, {u"text"_s, l.text}};
            if (l.timestamp.isValid())
                o.insert(u"time"_s, l.timestamp.toUTC().toString(Qt::ISODateWithMs));
            inv.out() << json(o) << Qt::endl;
            continue;
        }
        QTextStream &stream = l.stream == LogLine::StdErr ? inv.err() : inv.out();
        if (timestamps && l.timestamp.isValid())
            stream << l.timestamp.toUTC().toString(Qt::ISODateWithMs) << u' ';
        stream << l.text << Qt::endl;
    }
}

void logsCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Print a container's log: its stdout on stdout, its stderr on stderr "
                                              "(--json: one object per line). --follow keeps printing until the "
                                              "container stops or you press Ctrl+C."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption follow{{u"f"_s, u"follow"_s}, Text::tr("Keep printing new lines.")};
    const QCommandLineOption tail{u"tail"_s, Text::tr("Only the last N lines (default 100; “all” for every line)."),
                                  u"N"_s, u"100"_s};
    const QCommandLineOption timestamps{{u"t"_s, u"timestamps"_s}, Text::tr("Prefix each line with its time (UTC).")};
    const QCommandLineOption environment = environmentOption();
    parser.addOptions({profile, accept, environment, follow, tail, timestamps});
    if (!inv.parse(parser, u"NAME"_s))
        return;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return inv.usageError(Text::tr("Name one container."));
    const QString name = args.constFirst();
    if (!Parsers::isValidContainerName(name) && !Parsers::isValidContainerId(name))
        return inv.usageError(Text::tr("“%1” is not a valid container name.").arg(name));
    ContainerLogs::Options options;
    options.follow = parser.isSet(follow);
    options.timestamps = parser.isSet(timestamps) || inv.json();
    const QString tailText = parser.value(tail);
    bool ok = true;
    options.tail = tailText == u"all"_s ? -1 : tailText.toInt(&ok);
    if (!ok || options.tail < -1)
        return inv.usageError(Text::tr("--tail takes a number of lines or “all”, not “%1”.").arg(tailText));
    QString profileName;
    DockerClient *client =
        dockerClient(inv, parser.value(profile), parser.value(accept), parser.value(environment), &profileName);
    if (!client)
        return;
    const bool printTimes = parser.isSet(timestamps);
    // Inspect first: Config.Tty decides between the 8-byte framing and raw output.
    whenDone(client->request(DockerRequest::get(DockerClient::containerPath(name, u"/json"_s))), &inv,
             [&inv, client, options, printTimes, name](const Result<DockerResponse> &r) mutable {
                 if (!r) {
                     if (r.error().httpStatus() == 404)
                         return inv.fail(
                             Error(Error::Code::Config, Text::tr("There is no container %1 on this host.").arg(name)));
                     return inv.fail(r.error());
                 }
                 auto container = Parsers::inspect(r->body);
                 if (!container)
                     return inv.fail(container.error());
                 options.tty = container->tty;
                 auto *logs = new ContainerLogs(client, container->id, options, &inv);
                 QObject::connect(
                     logs, &ContainerLogs::linesReceived, &inv,
                     [&inv, printTimes](const QList<LogLine> &lines) { printLogLines(inv, lines, printTimes); });
                 QObject::connect(logs, &ContainerLogs::finished, &inv, [&inv] { inv.finish(ExitOk); });
                 QObject::connect(logs, &ContainerLogs::failed, &inv, [&inv](const Error &e) { inv.fail(e); });
                 logs->start();
             });
}

void recreateCommand(Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Pull the images of a compose service and recreate its container: a stack Portainer deployed is "
                 "redeployed by Portainer (all of its services, with fresh images); any other runs docker compose "
                 "up -d --pull always SERVICE over SSH in the stack's directory (from the container's compose "
                 "labels), printing compose's output as it comes. The plan is printed first; asks on a terminal, "
                 "without one pass --yes. Never retried; written to the action log."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption accept = acceptHostKeyOption();
    const QCommandLineOption environment = environmentOption();
    const QCommandLineOption yes = yesOption();
    parser.addOptions({profile, accept, environment, yes});
    if (!inv.parse(parser, u"NAME"_s))
        return;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return inv.usageError(Text::tr("Name one container."));
    const QString name = args.constFirst();
    if (!Parsers::isValidContainerName(name) && !Parsers::isValidContainerId(name))
        return inv.usageError(Text::tr("“%1” is not a valid container name.").arg(name));
    const bool assumeYes = parser.isSet(yes);
    if (!assumeYes && !Invocation::stdinIsTerminal())
        return inv.usageError(Text::tr("Not asking without a terminal: add --yes to recreate %1.").arg(name));
    QString profileName;
    Ssh::SshConnection *ssh = nullptr;
    ServiceClient *portainer = nullptr;
    DockerClient *client = dockerClient(inv, parser.value(profile), parser.value(accept), parser.value(environment),
                                        &profileName, &ssh, &portainer);
    if (!client)
        return;
    // The list names the stack's other services (a Portainer redeploy recreates all of them).
    auto *store = new ContainerStore(client, nullptr, profileName, &inv);
    whenDone(
        store->load(), &inv,
        [&inv, store, client, ssh, portainer, profileName, name, assumeYes](const Result<void> &loaded) {
            if (!loaded)
                return inv.fail(loaded.error());
            const Container *found = store->find(name);
            if (!found)
                return inv.fail(Error(Error::Code::Config,
                                      Text::tr("There is no container %1 on this host. Nothing was done.").arg(name)));
            const Container container = *found;
            auto *log = new ActionLog(ActionLog::defaultFilePath(), &inv);
            auto *job =
                new StackRecreate(portainer, client->transport().portainerEnvironment(), ssh, log, profileName, &inv);
            whenDone(job->plan(container, store->containers()), &inv,
                     [&inv, job, container, assumeYes](const Result<StackRecreate::Plan> &plan) {
                         if (!plan)
                             return inv.fail(plan.error());
                         inv.err() << u"  "_s << plan->actionText << Qt::endl;
                         if (!plan->command.isEmpty())
                             inv.err() << u"    "_s << plan->command.join(u' ') << Qt::endl;
                         else
                             inv.err() << u"    "_s << plan->description << Qt::endl;
                         if (!plan->note.isEmpty())
                             inv.err() << u"    "_s << plan->note << Qt::endl;
                         if (!assumeYes && !inv.confirm(Text::tr("Go ahead?"))) {
                             inv.err() << Text::tr("Nothing done.") << Qt::endl;
                             return inv.finish(ExitFailure);
                         }
                         auto lines = std::make_shared<QStringList>();
                         QObject::connect(job, &StackRecreate::output, &inv, [&inv, lines](const QString &line) {
                             lines->append(line);
                             if (!inv.json())
                                 inv.out() << line << Qt::endl;
                         });
                         const QString text = plan->actionText;
                         const bool viaPortainer = plan->way != StackRecreate::Way::Compose;
                         whenDone(job->run(*plan, container), &inv,
                                  [&inv, lines, text, viaPortainer](const Result<void> &done) {
                                      if (inv.json()) {
                                          QJsonObject o{{u"action"_s, u"recreate"_s},
                                                        {u"plan"_s, text},
                                                        {u"via"_s, viaPortainer ? u"portainer"_s : u"compose"_s},
                                                        {u"ok"_s, bool(done)},
                                                        {u"output"_s, QJsonArray::fromStringList(*lines)}};
                                          if (!done)
                                              o.insert(u"error"_s, done.error().message());
                                          inv.out() << json(o) << Qt::endl;
                                          return inv.finish(done ? ExitOk : ExitFailure);
                                      }
                                      if (!done) {
                                          inv.err()
                                              << Text::tr("%1 failed: %2").arg(text, done.error().message()) << Qt::endl
                                              << Text::tr("Nothing was retried.") << Qt::endl;
                                          return inv.finish(ExitFailure);
                                      }
                                      inv.out() << Text::tr("%1: done.").arg(text) << Qt::endl;
                                      inv.finish(ExitOk);
                                  });
                     });
        });
}

} // namespace

void registerContainerCommands(CommandRegistry &registry)
{
    registry.add({u"containers"_s, Text::tr("Show Docker containers by compose project: state, health, dependants."),
                  containersCommand});
    registry.add(
        {u"restart"_s, Text::tr("Restart containers (and what shares their network) safely."), restartCommand});
    registry.add({u"container"_s, Text::tr("Start, stop, restart, pause or resume containers."), containerCommand});
    registry.add({u"logs"_s, Text::tr("Print (or follow) a container's log."), logsCommand});
    registry.add(
        {u"recreate"_s, Text::tr("Pull a compose service's image and recreate its container."), recreateCommand});
}

} // namespace KryNet::Cli
