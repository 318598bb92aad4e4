#include "app/labsim/ssh/storageandcontainers.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/labsim/docker/containerstate.h"
#include "app/labsim/docker/dockerapi.h"
#include "app/labsim/docker/portainerservice.h"
#include "app/labsim/httpserver.h"
#include "app/labsim/lab.h"
#include "app/labsim/ssh/labshell.h"
#include "app/labsim/ssh/sshserver.h"
#include "app/labsim/storage/storagecommands.h"
#include "app/labsim/storage/storagestate.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

/// Owns the storage/container simulation for the lifetime of the lab.
class StorageAndContainers final : public QObject
{
public:
    explicit StorageAndContainers(Lab &lab)
        : QObject(&lab)
        , m_lab(lab)
        , m_storage(lab.options().seed, lab.clock().nowSecs(), lab.options().scale.disks, lab.options().hostileNames)
        , m_commands(m_storage, [&lab] { return lab.clock().nowSecs(); })
        , m_containers(new Docker::ContainerState(lab.options().seed, &lab.clock(), this))
        , m_docker(*m_containers)
    {
        if (lab.options().scale.containers > 0)
            m_containers->addScaleContainers(lab.options().scale.containers);
        if (lab.options().hostileNames)
            m_containers->addHostileContainers(hostileNames(lab.options().hostileMarker));
        m_commands.registerPrograms(m_shell);
        m_shell.addProgram(u"docker"_s, u"/usr/bin/docker"_s, [this](const QStringList &argv) {
            QStringList args = argv.mid(1);
            while (!args.isEmpty() && (args.constFirst().startsWith(u"--host"_s) || args.constFirst() == u"-H"_s)) {
                if (args.constFirst() == u"-H"_s || args.constFirst() == u"--host"_s)
                    args.removeFirst();
                args.removeFirst();
            }
            if (args == QStringList{u"system"_s, u"dial-stdio"_s}) {
                CommandOutput out;
                out.dialStdio = true;
                return out;
            }
            if (args.value(0) == u"compose"_s)
                return compose(args.mid(1));
            if (args.value(0) == u"version"_s)
                return CommandOutput::ok("Client: Docker Engine - Community\n Version:           27.5.1\n API version:"
                                         "       1.47\n");
            return CommandOutput::fail("docker: labsim simulates only `docker system dial-stdio`, `docker "
                                       "compose … up -d SERVICE` and `docker version`; use the Engine API on "
                                       "/var/run/docker.sock.\n",
                                       1);
        });
    }
    Q_DISABLE_COPY_MOVE(StorageAndContainers)

    bool start(QString *error)
    {
        const LabOptions &options = m_lab.options();
        m_ssh = new SshServer(
            options.stateDir, options.authorizedKeys, &m_lab.faults(),
            [this](const QByteArray &line) { return m_shell.run(line); },
            [this](QIODevice *device) {
                auto *connection = new HttpConnection(
                    device, u"docker"_s, [this](const HttpRequest &request) { return m_docker.handle(request); },
                    &m_lab.faults(), &m_lab.traffic(), device);
                connect(connection, &HttpConnection::closeRequested, device, [device] { device->close(); });
            },
            this);
        m_ssh->setTraffic(&m_lab.traffic());
        if (!m_ssh->start(error))
            return false;
        m_lab.addDescription(u"ssh"_s, m_ssh->describe());
        auto portainer = std::make_unique<Docker::PortainerService>(*m_containers, options.seed, &m_lab.clock());
        m_portainer = portainer.get(); // owned by the lab, which outlives this holder's routes
        m_lab.addService(std::move(portainer));
        m_lab.addControlRoute(u"/portainer/"_s,
                              [this](const HttpRequest &request) { return portainerControl(request); });
        m_lab.addControlRoute(u"/ssh/"_s, [this](const HttpRequest &request) { return control(request); });
        m_lab.addControlRoute(u"/docker/"_s, [this](const HttpRequest &request) { return dockerControl(request); });
        return true;
    }

private:
    HttpResponse control(const HttpRequest &request)
    {
        if (request.method == "POST" && request.path == u"/ssh/drop"_s)
            return HttpResponse::json(QJsonObject{{u"dropped"_s, m_ssh->dropAll()}});
        if (request.method == "POST" && request.path == u"/ssh/rotate-host-key"_s) {
            QString error;
            if (!m_ssh->rotateHostKey(&error))
                return HttpResponse::json(QJsonObject{{u"error"_s, error}}, 500);
            return HttpResponse::json(QJsonObject{{u"hostKeySha256"_s, m_ssh->hostKeyFingerprint()},
                                                  {u"hostKeyType"_s, m_ssh->hostKeyType()}});
        }
        // Fault switch of one midclt method: {"method": "pool.scrub.update", "error": "[EFAULT] …"} ("" clears).
        if (request.method == "POST" && request.path == u"/ssh/midclt-fail"_s) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QString method = body.value(u"method"_s).toString();
            if (method.isEmpty())
                return HttpResponse::json(QJsonObject{{u"error"_s, u"method missing"_s}}, 400);
            m_commands.midcltApi().setFailure(method, body.value(u"error"_s).toString());
            return HttpResponse::json(QJsonObject{{u"failures"_s, m_commands.midcltApi().failures()}});
        }
        if (request.method == "GET" && request.path == u"/ssh/commands"_s)
            return HttpResponse::json(QJsonObject{{u"commands"_s, m_ssh->commandLog()},
                                                  {u"midclt"_s, m_commands.midcltCalls()},
                                                  {u"sessions"_s, m_ssh->sessionCount()}});
        return HttpResponse::json(QJsonObject{{u"error"_s, u"unknown ssh control request"_s}}, 404);
    }

    /// `docker compose -p PROJECT --project-directory DIR -f FILE… up -d [--pull always] SERVICE`, as the app's
    /// pull-and-recreate sends it: checks the project, service and compose file against the container's
    /// labels (like compose, which fails on a file it cannot open), prints compose's progress on stderr and
    /// restarts the container (events included).
    CommandOutput compose(const QStringList &args)
    {
        QString project;
        QString dir;
        QStringList files;
        QStringList rest;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &a = args.at(i);
            const bool hasValue = i + 1 < args.size();
            if ((a == u"-p"_s || a == u"--project-name"_s) && hasValue)
                project = args.at(++i);
            else if (a == u"--project-directory"_s && hasValue)
                dir = args.at(++i);
            else if ((a == u"-f"_s || a == u"--file"_s) && hasValue)
                files << args.at(++i);
            else
                rest << a;
        }
        if (rest.value(0) != u"up"_s)
            return CommandOutput::fail("labsim simulates only `docker compose … up -d [--pull always] SERVICE`.\n");
        QString service;
        QString pull;
        bool detached = false;
        for (qsizetype i = 1; i < rest.size(); ++i) {
            if (rest.at(i) == u"-d"_s || rest.at(i) == u"--detach"_s)
                detached = true;
            else if (rest.at(i) == u"--pull"_s && i + 1 < rest.size())
                pull = rest.at(++i);
            else if (!rest.at(i).startsWith(u'-'))
                service = rest.at(i);
        }
        if (!detached)
            return CommandOutput::fail("labsim runs `docker compose up` only detached (-d).\n");
        const Docker::Container *target = nullptr;
        for (const Docker::Container &c : m_containers->containers()) {
            if (c.project == project && c.service == service)
                target = &c;
        }
        if (!target)
            return CommandOutput::fail("no such service: " + service.toUtf8() + "\n");
        const QString composeFile = target->workingDir + u"/docker-compose.yml"_s;
        for (const QString &file : std::as_const(files)) {
            if (file != composeFile)
                return CommandOutput::fail("open " + file.toUtf8() + ": no such file or directory\n", 14);
        }
        if (dir != target->workingDir)
            return CommandOutput::fail("open " + dir.toUtf8() + ": no such file or directory\n", 14);
        const QByteArray name = target->name.toUtf8();
        const QString id = target->id;
        QByteArray err;
        if (pull == u"always"_s)
            err += " " + service.toUtf8() + " Pulling \n " + service.toUtf8() + " Pulled \n";
        err += " Container " + name + "  Recreate\n Container " + name + "  Recreated\n Container " + name +
               "  Starting\n";
        QString message;
        if (m_containers->restart(id, &message) == Docker::ContainerState::Result::NotFound)
            return CommandOutput::fail(message.toUtf8() + "\n");
        err += " Container " + name + "  Started\n";
        return CommandOutput{{}, err, 0, false};
    }

    /// POST /docker/drop-streams ends every open /events stream; POST /docker/mute-events?on=1|0 stops (or
    /// resumes) pushing events to streams, so a test can make the client miss changes.
    HttpResponse dockerControl(const HttpRequest &request)
    {
        if (request.method == "POST" && request.path == u"/docker/drop-streams"_s) {
            m_containers->dropStreams();
            return HttpResponse::json(QJsonObject{{u"dropped"_s, true}});
        }
        if (request.method == "POST" && request.path == u"/docker/mute-events"_s) {
            m_containers->setEventsMuted(request.queryValue(u"on"_s) != u"0"_s);
            return HttpResponse::json(QJsonObject{{u"muted"_s, m_containers->eventsMuted()}});
        }
        return HttpResponse::json(QJsonObject{{u"error"_s, u"unknown docker control request"_s}}, 404);
    }

    /// GET /portainer/redeploys → {"redeploys": [...]}: every stack redeploy Portainer received.
    HttpResponse portainerControl(const HttpRequest &request)
    {
        if (request.method == "GET" && request.path == u"/portainer/redeploys"_s)
            return HttpResponse::json(QJsonObject{{u"redeploys"_s, m_portainer->redeploys()}});
        return HttpResponse::json(QJsonObject{{u"error"_s, u"unknown portainer control request"_s}}, 404);
    }

    Lab &m_lab;
    Storage::StorageState m_storage;
    Storage::StorageCommands m_commands;
    LabShell m_shell;
    Docker::ContainerState *m_containers;
    Docker::DockerApi m_docker;
    SshServer *m_ssh = nullptr;
    Docker::PortainerService *m_portainer = nullptr;
};

} // namespace

bool addStorageAndContainers(Lab &lab, QString *error)
{
    auto *holder = new StorageAndContainers(lab);
    return holder->start(error);
}

} // namespace KryNet::LabSim
