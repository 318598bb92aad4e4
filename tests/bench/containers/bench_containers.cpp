// 1,000 containers: /containers/json parse + ContainerModel update (reset when the set changes,
// dataChanged when it does not), and one event → model change, in-process. Prints medians of 20 runs.
#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "core/docker/containermodel.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "tests/bench/support/benchreport.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Docker;

namespace
{

QByteArray listJson(int n)
{
    QJsonArray array;
    for (int i = 0; i < n; ++i) {
        const QString id = u"%1"_s.arg(i, 64, 16, QChar(u'0'));
        array.append(QJsonObject{
            {u"Id"_s, id},
            {u"Names"_s, QJsonArray{u"/app-%1"_s.arg(i)}},
            {u"Image"_s, u"example/app:%1"_s.arg(i % 7)},
            {u"Command"_s, u"/init"_s},
            {u"Created"_s, 1732600000 + i},
            {u"State"_s, i % 10 == 0 ? u"exited"_s : u"running"_s},
            {u"Status"_s, i % 13 == 0 ? u"Up 3 hours (unhealthy)"_s : u"Up 3 hours (healthy)"_s},
            {u"Labels"_s, QJsonObject{{u"com.docker.compose.project"_s, u"stack%1"_s.arg(i % 40)},
                                      {u"com.docker.compose.service"_s, u"svc%1"_s.arg(i)}}},
            {u"Ports"_s, QJsonArray{QJsonObject{{u"IP"_s, u"0.0.0.0"_s},
                                                {u"PrivatePort"_s, 80},
                                                {u"PublicPort"_s, 10000 + i},
                                                {u"Type"_s, u"tcp"_s}}}},
            {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"stack_default"_s}}},
            {u"NetworkSettings"_s, QJsonObject{{u"Networks"_s, QJsonObject{{u"stack_default"_s, QJsonObject{}}}}}},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray json = listJson(1000);
    QList<double> parse, reset, same, event;
    for (int run = 0; run < 20; ++run) {
        auto *client = new DockerClient(std::make_unique<LocalSocketTransport>(u"/nonexistent"_s));
        ContainerStore store(client, nullptr, u"bench"_s);
        ContainerModel model;
        model.setStore(&store);
        QElapsedTimer t;
        t.start();
        auto list = Parsers::containerList(json);
        parse.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        store.applyList(*list); // new set: model reset + regrouping
        reset.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        auto again = Parsers::containerList(json);
        store.applyList(*again); // periodic resync: same set, dataChanged per group
        same.append(double(t.nsecsElapsed()) / 1e6);
        DockerEvent e;
        e.type = u"container"_s;
        e.action = u"die"_s;
        e.actorId = store.containers().at(500).id;
        t.restart();
        store.applyEvent(e);
        event.append(double(t.nsecsElapsed()) / 1e6);
        delete client;
    }
    QTextStream out(stdout);
    out << "1,000 containers (" << json.size() / 1024 << " KiB JSON), median of 20:\n"
        << "  parse /containers/json:            " << median(parse) << " ms\n"
        << "  model update, new set (reset):     " << median(reset) << " ms\n"
        << "  parse + model update (resync):     " << median(same) << " ms\n"
        << "  parse + reset total (first load):  " << median(parse) + median(reset) << " ms\n"
        << "  one event → model change:          " << median(event) << " ms\n";
    out.flush();
    using KryNet::Bench::reportFigure;
    reportFigure(u"containers.list1000.load"_s, u"1,000 containers: parse + model update (first load)"_s,
                 median(parse) + median(reset), u"ms"_s, 20, 20);
    reportFigure(u"containers.list1000.resync"_s, u"1,000 containers: parse + model update (resync)"_s, median(same),
                 u"ms"_s, 20, 20);
    reportFigure(u"containers.event"_s, u"1,000 containers: one event → model change"_s, median(event), u"ms"_s, 5, 20);
    return 0;
}
