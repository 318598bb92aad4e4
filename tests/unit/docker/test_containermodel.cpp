// ContainerStore data handling (lists, events, dependants) and ContainerModel / ContainerFilterModel
// under QAbstractItemModelTester, with QSignalSpy on the change signals. No daemon: the store's client
// points at a socket that does not exist, and data goes in through applyList()/applyEvent().
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/docker/containermodel.h"
#include "core/docker/containerstore.h"
#include "core/docker/dockerclient.h"
#include "core/lab/actionlog.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Docker;
using KryNet::Health;

namespace
{

const QString kGluetun = QString(64, u'1');
const QString kQbit = QString(64, u'2');
const QString kImmich = QString(64, u'3');

DockerEvent makeEvent(const QString &id, const QString &action)
{
    DockerEvent e;
    e.type = u"container"_s;
    e.action = action;
    e.actorId = id;
    e.timeNano = 1732600000LL * 1000000000LL;
    return e;
}

} // namespace

class TestContainerModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KryNet::ActionLog> m_log;
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<ContainerStore> m_store;

    QList<Container> fixtureList()
    {
        auto list = Parsers::containerList(KryNet::Test::readFixture(u"docker/docker-containers-v147.json"_s));
        return list ? *list : QList<Container>{};
    }

private Q_SLOTS:
    void init()
    {
        m_log = std::make_unique<KryNet::ActionLog>();
        m_client =
            std::make_unique<DockerClient>(std::make_unique<LocalSocketTransport>(u"/nonexistent/docker.sock"_s));
        m_store = std::make_unique<ContainerStore>(m_client.get(), m_log.get(), u"test"_s);
    }
    void cleanup()
    {
        m_store.reset();
        m_client.reset();
        m_log.reset();
    }

    void testGroupingAndRoles()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        m_store->applyList(fixtureList());
        QCOMPARE(resets.size(), 1);
        // infra, media, photos, then standalone (homarr has no labels).
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(ContainerModel::ProjectRole).toString(), u"infra"_s);
        QCOMPARE(model.index(1, 0).data(ContainerModel::ProjectRole).toString(), u"media"_s);
        QCOMPARE(model.index(3, 0).data(ContainerModel::ProjectRole).toString(), QString());
        QCOMPARE(model.index(3, 0).data().toString(), u"Standalone containers (0/1 running)"_s);
        const QModelIndex media = model.index(1, 0);
        QCOMPARE(model.rowCount(media), 3);
        QCOMPARE(media.data().toString(), u"media (3/3 running)"_s);
        QVERIFY(media.data(ContainerModel::IsGroupRole).toBool());

        const QModelIndex qbit = model.indexOfContainer(kQbit);
        QVERIFY(qbit.isValid());
        QCOMPARE(qbit.parent(), media);
        QCOMPARE(qbit.data().toString(), u"qbittorrent"_s);
        QCOMPARE(qbit.data(KryNet::Roles::IdRole).toString(), kQbit);
        QCOMPARE(qbit.data(ContainerModel::NetworkParentRole).toString(), u"gluetun"_s);
        const QModelIndex gluetun = model.indexOfContainer(kGluetun);
        QCOMPARE(gluetun.data(ContainerModel::DependantsRole).toStringList(), QStringList{u"qbittorrent"_s});
        QCOMPARE(Health(gluetun.data(KryNet::Roles::HealthRole).toInt()), Health::Ok);
        QCOMPARE(model.index(gluetun.row(), ContainerModel::PortsColumn, media).data().toString(), u"8000→8000/tcp"_s);

        // photos holds the unhealthy immich_machine_learning: the group is Critical too.
        const QModelIndex immich = model.indexOfContainer(kImmich);
        QCOMPARE(Health(immich.data(KryNet::Roles::HealthRole).toInt()), Health::Critical);
        QCOMPARE(Health(immich.parent().data(KryNet::Roles::HealthRole).toInt()), Health::Critical);
        QCOMPARE(model.index(immich.row(), ContainerModel::HealthColumn, immich.parent()).data().toString(),
                 KryNet::HealthText::word(Health::Critical));
        // Restarting = Critical; exited(1) = Warning.
        const Container *cloudflared = m_store->find(u"cloudflared"_s);
        QCOMPARE(ContainerModel::healthOf(*cloudflared, false), Health::Critical);
        QCOMPARE(ContainerModel::healthOf(*cloudflared, true), Health::Busy);
    }

    void testEventsChangeData()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        m_store->applyList(fixtureList());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy applied(m_store.get(), &ContainerStore::eventApplied);

        m_store->applyEvent(makeEvent(kGluetun, u"die"_s));
        QCOMPARE(applied.size(), 1);
        QVERIFY(changed.size() >= 2); // the row and its group, synchronously
        const QModelIndex gluetun = model.indexOfContainer(kGluetun);
        QCOMPARE(ContainerState(gluetun.data(ContainerModel::StateRole).toInt()), ContainerState::Exited);
        QCOMPARE(gluetun.parent().data().toString(), u"media (2/3 running)"_s);
        // qbittorrent now has a problem parent.
        QVERIFY(m_store->parentProblem(kQbit).contains(u"gluetun"_s));
        QVERIFY(m_store->parentProblem(kGluetun).isEmpty());

        changed.clear();
        m_store->applyEvent(makeEvent(kGluetun, u"start"_s));
        QVERIFY(!changed.isEmpty());
        QVERIFY(m_store->parentProblem(kQbit).isEmpty());

        m_store->applyEvent(makeEvent(kImmich, u"health_status: healthy"_s));
        QCOMPARE(Health(model.indexOfContainer(kImmich).data(KryNet::Roles::HealthRole).toInt()), Health::Ok);
        // exec_* noise is ignored.
        changed.clear();
        m_store->applyEvent(makeEvent(kImmich, u"exec_start: sh -c true"_s));
        QVERIFY(changed.isEmpty());
        QCOMPARE(resets.size(), 0);

        // destroy removes the container with a reset.
        m_store->applyEvent(makeEvent(kImmich, u"destroy"_s));
        QCOMPARE(resets.size(), 1);
        QVERIFY(!model.indexOfContainer(kImmich).isValid());
        QCOMPARE(model.rowCount(), 3);
    }

    void testResyncKeepsInspectFacts()
    {
        ContainerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        QList<Container> list = fixtureList();
        m_store->applyList(list);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The same set again: data changes only, no reset.
        m_store->applyList(list);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!changed.isEmpty());
        // A new container: reset.
        Container extra = list.at(0);
        extra.id = QString(64, u'9');
        extra.name = u"sabnzbd"_s;
        extra.labels.insert(u"com.docker.compose.service"_s, u"sabnzbd"_s);
        extra.networkMode = u"container:gluetun"_s; // by name works too
        list.append(extra);
        m_store->applyList(list);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m_store->dependantRestartText(kGluetun), u"Restart qbittorrent and sabnzbd after gluetun"_s);
        QVERIFY(m_store->dependantRestartText(kQbit).isEmpty());
    }

    void testFilter()
    {
        ContainerModel model;
        model.setStore(m_store.get());
        m_store->applyList(fixtureList());
        ContainerFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setCategory(ContainerFilterModel::Category::Problems);
        // photos (unhealthy), infra (restarting); homarr exited, but its exit code is known only after inspect.
        QStringList projects;
        for (int r = 0; r < filter.rowCount(); ++r)
            projects.append(filter.index(r, 0).data(ContainerModel::ProjectRole).toString());
        QCOMPARE(projects, (QStringList{u"infra"_s, u"photos"_s}));
        filter.setCategory(ContainerFilterModel::Category::Restarting);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        filter.setCategory(ContainerFilterModel::Category::All);
        filter.setText(u"QBIT"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0, filter.index(0, 0)).data().toString(), u"qbittorrent"_s);
        filter.setText({});
        filter.setCategory(ContainerFilterModel::Category::Stopped);
        QCOMPARE(filter.rowCount(), 1);
    }

    void testActionOnUnknownContainer()
    {
        auto result = m_store->perform(ContainerStore::Action::Restart, u"nope"_s);
        QVERIFY(result.isFinished());
        QVERIFY(!result.result());
        QCOMPARE(ContainerStore::actionText(ContainerStore::Action::Unpause, u"x"_s), u"Resume x"_s);
        QVERIFY(m_log->records().isEmpty()); // nothing was sent, nothing logged
    }
};

QTEST_GUILESS_MAIN(TestContainerModel)
#include "test_containermodel.moc"
