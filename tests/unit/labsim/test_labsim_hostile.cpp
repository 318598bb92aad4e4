// krynet-labsim --hostile-names (issue 14): the names, their byte form, and what the lab's domains
// get — with the option off, the lab is the one every other test counts.
#include <QTest>
#include <QTimeZone>

#include "app/labsim/docker/containerstate.h"
#include "app/labsim/hostilenames.h"
#include "app/labsim/labclock.h"
#include "app/labsim/monitoring/monitorhistory.h"
#include "app/labsim/storage/storagestate.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;

class TestLabsimHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testNames()
    {
        const QList<HostileName> names = hostileNames(u"/t/m"_s);
        QCOMPARE(names.size(), 10);
        QStringList keys;
        for (const HostileName &n : names) {
            keys.append(n.key);
            QVERIFY2(n.text.startsWith(n.key) || n.key == u"long"_s, qPrintable(n.key));
        }
        QCOMPARE(keys.join(u','), u"subst,semicolon,backtick,quotes,markup,newline,escapes,rtl,long,invalid"_s);
        QCOMPARE(names.at(0).text, u"subst $(touch /t/m)"_s);
        QCOMPARE(names.at(8).text.size(), 10000);
        QVERIFY(names.at(6).text.contains(QChar(0x1b)));
        QVERIFY(names.at(7).text.contains(QChar(0x202E)));
        QVERIFY(names.at(9).text.contains(QChar(0xDC80)));
    }

    void testBytesCarryInvalidUtf8()
    {
        QCOMPARE(hostileBytes(u"invalid "_s + QChar(0xDC80) + u" end"_s), QByteArray("invalid \xff\xfe end"));
        // A valid surrogate pair stays UTF-8.
        QCOMPARE(hostileBytes(u"a\U0001F600b"_s), QByteArray("a\xf0\x9f\x98\x80"
                                                             "b"));
        QCOMPARE(hostileBytes(u"plain"_s), QByteArray("plain"));
    }

    void testStorageKeepsToTheZfsGrammar()
    {
        const qint64 epoch = 1767225600;
        const Storage::StorageState normal(42, epoch);
        const Storage::StorageState hostile(42, epoch, 0, true);
        QCOMPARE(hostile.pools().size(), normal.pools().size() + 1);
        QCOMPARE(hostile.disks().size(), normal.disks().size() + 1);
        for (int i = 0; i < normal.pools().size(); ++i) {
            QCOMPARE(hostile.pools().at(i).name, normal.pools().at(i).name);
            QCOMPARE(hostile.pools().at(i).allocated, normal.pools().at(i).allocated);
        }
        const Storage::Pool &pool = hostile.pools().last();
        QCOMPARE(pool.name.size(), 255);
        QVERIFY2(Storage::StorageState::poolNameProblem(pool.name).isEmpty(),
                 qPrintable(Storage::StorageState::poolNameProblem(pool.name)));
        const Storage::Disk &disk = hostile.disks().last();
        QVERIFY(disk.model.contains(QChar(0x1b)));
        QVERIFY(disk.family.contains(u"<img src=x>"_s));
    }

    void testContainersAndMonitors()
    {
        LabClock clock(QDateTime::fromSecsSinceEpoch(1767225600, QTimeZone::utc()), 0);
        Docker::ContainerState normal(42, &clock);
        Docker::ContainerState hostile(42, &clock);
        hostile.addHostileContainers(hostileNames(u"/t/m"_s));
        QCOMPARE(hostile.containers().size(), normal.containers().size() + 20);
        QCOMPARE(hostile.containers().at(normal.containers().size() + 9).name, hostileNames(u"/t/m"_s).last().text);
        QCOMPARE(hostile.containers().last().name, u"hostile-invalid"_s);
        QCOMPARE(hostile.containers().last().project, hostileNames(u"/t/m"_s).last().text);
        QVERIFY(hostile.containers().last().logs.last().text.contains("\xff\xfe"));

        const MonitorHistory plain(42, 1767225600);
        const MonitorHistory withNames(42, 1767225600, 0, {u"a\nb"_s, u"c"_s});
        QCOMPARE(withNames.monitors().size(), plain.monitors().size() + 2);
        QCOMPARE(withNames.monitors().back().name, u"c"_s);
        QCOMPARE(withNames.monitors().back().id, 901);
    }
};

QTEST_GUILESS_MAIN(TestLabsimHostile)
#include "test_labsim_hostile.moc"
