// Benchmark (DESIGN.md §5 "container state change → visible ≤ 300 ms"), not a test: a container's
// state is changed in REAL podman (outside the API under test), and the time from the daemon's event
// timestamp to the ContainerModel's dataChanged is measured, with the Docker API reached through REAL
// sshd's unix-socket forwarding, as the app does. Started by scripts/bench with the peers' state dirs:
//   bench_events SSHD_STATE_DIR PODMAN_STATE_DIR [RUNS]
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "core/docker/containermodel.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/ssh/sshconnection.h"
#include "tests/bench/support/benchreport.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace KryNet::Docker;

namespace
{

QHash<QString, QString> readEnv(const QString &dir)
{
    QHash<QString, QString> env;
    QFile f(dir + u"/peer.env"_s);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return env;
}

// Runs the event loop until @p done or @p timeoutMs; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        out << "usage: bench_events SSHD_STATE_DIR PODMAN_STATE_DIR [RUNS]" << Qt::endl;
        return 2;
    }
    const auto sshd = readEnv(args.at(1));
    const auto podman = readEnv(args.at(2));
    const int runs = args.size() > 3 ? args.at(3).toInt() : 10;
    if (sshd.isEmpty() || podman.isEmpty()) {
        out << "peer state missing in " << args.at(1) << " or " << args.at(2) << Qt::endl;
        return 1;
    }
    QTemporaryDir tmp;
    KryNet::Ssh::SshOptions o;
    o.target = KryNet::Ssh::SshEndpoint{u"127.0.0.1"_s, quint16(sshd.value(u"PORT"_s).toUInt()), sshd.value(u"USER"_s),
                                        sshd.value(u"KEY"_s)};
    o.useAgent = false;
    o.knownHostsFile = tmp.filePath(u"known_hosts"_s);
    {
        QFile kh(o.knownHostsFile);
        if (!kh.open(QIODevice::WriteOnly))
            return 1;
        kh.write(u"[127.0.0.1]:%1 %2\n"_s.arg(o.target.port).arg(sshd.value(u"HOST_PUBKEY"_s)).toUtf8());
    }
    KryNet::Ssh::SshConnection ssh(o);
    DockerClient client(std::make_unique<SshSocketTransport>(&ssh, podman.value(u"SOCKET"_s)));
    ContainerStore store(&client, nullptr, u"bench"_s);
    ContainerModel model;
    model.setStore(&store);
    store.start();
    if (!spinUntil([&] { return store.status() == ContainerStore::Status::Ready && store.isLive(); }, 60000) ||
        !store.find(u"loner"_s)) {
        out << "the podman peer's containers did not load through sshd" << Qt::endl;
        return 1;
    }
    const QString id = store.find(u"loner"_s)->id;
    QList<double> latencies;
    for (int run = 0; run < runs * 2; ++run) {
        const bool starting = !store.find(u"loner"_s)->isRunning();
        const ContainerState target = starting ? ContainerState::Running : ContainerState::Exited;
        qint64 changedNs = 0;
        const auto connection = QObject::connect(
            &model, &QAbstractItemModel::dataChanged, &app, [&](const QModelIndex &topLeft, const QModelIndex &bottom) {
                for (int row = topLeft.row(); row <= bottom.row() && !changedNs; ++row) {
                    const Container *c = model.container(topLeft.siblingAtRow(row));
                    if (c && c->id == id && c->state == target)
                        changedNs = QDateTime::currentMSecsSinceEpoch() * 1000000LL;
                }
            });
        qint64 eventNs = 0;
        const auto eventConnection =
            QObject::connect(&store, &ContainerStore::eventApplied, &app, [&](const DockerEvent &e) {
                if (e.actorId == id && e.action == (starting ? u"start"_s : u"die"_s) && !eventNs)
                    eventNs = e.timeNano;
            });
        // The state change happens outside the API under test, as a user's `docker start` would.
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList command{podman.value(u"SCRIPT"_s), u"exec"_s, podman.value(u"WORK"_s)};
        command += starting ? QStringList{u"start"_s, u"loner"_s} : QStringList{u"stop"_s, u"-t"_s, u"0"_s, u"loner"_s};
        p.start(u"bash"_s, command);
        const bool changed = spinUntil([&] { return changedNs != 0 && eventNs != 0; }, 30000);
        p.waitForFinished(60000);
        QObject::disconnect(connection);
        QObject::disconnect(eventConnection);
        if (!changed) {
            out << "no model change for " << (starting ? "start" : "stop") << " within 30 s" << Qt::endl;
            return 1;
        }
        latencies.append(double(changedNs - eventNs) / 1e6);
        spinUntil([&] { return store.find(u"loner"_s)->state == target && !store.isBusy(id); }, 10000);
    }
    out << "container state change in podman → model change, through sshd, " << latencies.size() << " changes: median "
        << KryNet::Bench::median(latencies) << " ms" << Qt::endl;
    KryNet::Bench::reportFigure(u"containers.event.podman"_s,
                                u"Container state change in podman → model change (through sshd)"_s,
                                KryNet::Bench::median(latencies), u"ms"_s, 300, int(latencies.size()));
    return 0;
}
