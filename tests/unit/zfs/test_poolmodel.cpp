// PoolModel with QAbstractItemModelTester and QSignalSpy: tree shape mirrors `zpool status`, health
// roles, coalesced updates when only states/counters change, reset when the shape changes, staleness.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/zfs/parsers.h"
#include "core/zfs/poolmodel.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet;
using namespace KryNet::Zfs;

namespace
{

QList<Pool> load(const QString &file)
{
    auto r = parseStatusText(Test::readFixture(u"zfs/"_s + file));
    return r ? *r : QList<Pool>{};
}

QStringList rows(const QAbstractItemModel &m, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out << QString(depth * 2, u' ') + i.data().toString() + u':' +
                   m.index(r, PoolModel::StateColumn, parent).data().toString();
        out << rows(m, i, depth + 1);
    }
    return out;
}

Health health(const QModelIndex &i)
{
    return Health(i.data(Roles::HealthRole).toInt());
}

} // namespace

class TestPoolModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testTreeMirrorsStatus()
    {
        PoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPools(load(u"fuse/fuse-spare-inuse.txt"_s));
        QCOMPARE(rows(model),
                 (QStringList{u"fancy:ONLINE"_s, u"  mirror-0:ONLINE"_s, u"    /tmp/h-pools-cap/b1:ONLINE"_s,
                              u"    spare-1:ONLINE"_s, u"      /tmp/h-pools-cap/b2:ONLINE"_s,
                              u"      /tmp/h-pools-cap/s1:ONLINE"_s, u"  logs:"_s, u"    /tmp/h-pools-cap/l1:ONLINE"_s,
                              u"  spares:"_s, u"    /tmp/h-pools-cap/s1:INUSE"_s}));
        const QModelIndex pool = model.indexOfPool(u"fancy"_s);
        QVERIFY(pool.data(PoolModel::IsPoolRole).toBool());
        QCOMPARE(model.columnCount(pool), int(PoolModel::ColumnCount));
        const QModelIndex log = model.index(0, 0, model.index(1, 0, pool));
        QCOMPARE(log.data(PoolModel::ClassRole).toString(), u"logs"_s);
        const QModelIndex inuse = model.index(0, PoolModel::NotesColumn, model.index(2, 0, pool));
        QCOMPARE(inuse.data().toString(), u"currently in use"_s);
        QCOMPARE(inuse.data(PoolModel::ClassRole).toString(), u"spares"_s);
        // Spares print no counters: the cells are empty, not 0.
        QVERIFY(!model.index(0, PoolModel::ReadColumn, model.index(2, 0, pool)).data().isValid());
    }

    void testHealthRoles()
    {
        PoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Pool> pools = load(u"fuse/fuse-multi.txt"_s);
        QVERIFY(!pools.isEmpty());
        model.setNow(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        model.setPools(pools, {}, QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
        const QModelIndex healthy = model.indexOfPool(u"healthy"_s);
        QCOMPARE(health(healthy), Health::Warning); // DEGRADED
        const QModelIndex missing = model.index(1, 0, model.index(0, 0, healthy));
        QCOMPARE(missing.data().toString(), u"17173200218412571519"_s);
        QCOMPARE(health(missing), Health::Critical);
        QCOMPARE(missing.data(PoolModel::WasRole).toString(), u"/tmp/h-pools-cap/a2"_s);
        QCOMPARE(health(model.indexOfPool(u"stripe"_s)), Health::Critical); // permanent errors
        QVERIFY(
            model.indexOfPool(u"stripe"_s).data(PoolModel::ErrorsTextRole).toString().startsWith(u"15 data errors"_s));
        QCOMPARE(health(model.indexOfPool(u"big"_s)), Health::Ok);
        QVERIFY(!model.indexOfPool(u"big"_s).data(Roles::HealthReasonRole).toString().isEmpty());
    }

    void testCapacityThresholds()
    {
        PoolModel model;
        QList<Pool> pools = load(u"modern/online-mirror.txt"_s);
        QVERIFY(!pools.isEmpty());
        const QDateTime now(QDate(2025, 11, 24), QTime(0, 0), Qt::UTC);
        model.setNow(now);
        for (const auto &[pct, expected] : {std::pair{79, Health::Ok}, std::pair{80, Health::Warning},
                                            std::pair{89, Health::Warning}, std::pair{90, Health::Critical}}) {
            pools.first().capacity = pct;
            model.setPools(pools, {}, now);
            const QModelIndex p = model.indexOfPool(u"andromeda"_s);
            QCOMPARE(Health(p.data(PoolModel::CapacityHealthRole).toInt()), expected);
            QCOMPARE(health(p), expected);
            QCOMPARE(p.data(PoolModel::CapacityRole).toDouble(), double(pct));
        }
    }

    void testScrubAge()
    {
        PoolModel model;
        const QList<Pool> pools = load(u"modern/online-mirror.txt"_s); // finished Sun Nov 23 2025
        model.setPools(pools);
        model.setNow(QDateTime(QDate(2025, 12, 20), QTime(0, 0), Qt::UTC));
        QCOMPARE(Health(model.indexOfPool(u"andromeda"_s).data(PoolModel::LastScrubHealthRole).toInt()), Health::Ok);
        model.setNow(QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC)); // 42 days and 21 hours
        QCOMPARE(Health(model.indexOfPool(u"andromeda"_s).data(PoolModel::LastScrubHealthRole).toInt()),
                 Health::Warning);
        const QString reason = model.indexOfPool(u"andromeda"_s).data(PoolModel::LastScrubReasonRole).toString();
        QVERIFY2(reason.contains(u"42"_s), qPrintable(reason)); // 42.9 days
    }

    void testRunningScanRoles()
    {
        PoolModel model;
        model.setPools(load(u"modern/scrub-progress.txt"_s));
        const QModelIndex p = model.indexOfPool(u"andromeda"_s);
        QVERIFY(p.data(PoolModel::ScanRunningRole).toBool());
        QCOMPARE(p.data(PoolModel::ScanProgressRole).toDouble(), 55.12);
        QCOMPARE(p.data(PoolModel::ScanEtaRole).toLongLong(), 39 * 60 + 18);
        QCOMPARE(health(p), Health::Busy);
    }

    void testSameShapeEmitsDataChangedOnly()
    {
        PoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Pool> pools = load(u"fuse/fuse-cksum-repaired.txt"_s);
        model.setPools(pools);
        // Indexes held across a same-shape update (cards hold QPersistentModelIndex) stay valid.
        const QPersistentModelIndex held(model.index(1, 0, model.index(0, 0, model.index(0, 0))));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        pools.first().root.children.first().children.last().checksumErrors = 700;
        model.setPools(pools);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(changed.count() >= 1);
        QVERIFY(changed.count() <= 3); // one per parent: pools, the pool's children, the mirror's children
        const QModelIndex device = model.index(1, PoolModel::ChecksumColumn, model.index(0, 0, model.index(0, 0)));
        QCOMPARE(device.data().toULongLong(), 700u);
        QVERIFY(held.isValid());
        QCOMPARE(held.data(PoolModel::ChecksumErrorsRole).toULongLong(), 700u);
        QCOMPARE(held.parent().parent().data(Roles::IdRole).toString(), u"healthy"_s);

        // A different tree (a device replaced) resets.
        model.setPools(load(u"fuse/fuse-unavail.txt"_s));
        QCOMPARE(reset.count(), 1);
        model.setPools({});
        QCOMPARE(model.rowCount(), 0);
    }

    void testStale()
    {
        PoolModel model;
        const QDateTime updated(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
        model.setStalePeriod(120);
        model.setPools(load(u"fuse/fuse-resilvered.txt"_s), {}, updated);
        model.setNow(updated.addSecs(60));
        QCOMPARE(health(model.index(0, 0)), Health::Ok);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(updated.addSecs(600));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(health(model.index(0, 0)), Health::Stale);
        QVERIFY(model.index(0, 0).data(Roles::HealthReasonRole).toString().contains(u"10"_s));
    }

    void testSmartRoles()
    {
        PoolModel model;
        QList<Pool> pools = load(u"modern/online-mirror.txt"_s);
        Vdev &disk = pools.first().root.children.first().children.first();
        disk.path = u"/dev/sda"_s;
        auto smart = parseSmartctlJson(Test::readFixture(u"zfs/smart/ata-failing.json"_s));
        QVERIFY(smart);
        model.setPools(pools, {{u"/dev/sda"_s, *smart}});
        const QModelIndex d = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
        QCOMPARE(d.data(PoolModel::SmartPassedRole).toBool(), false);
        QCOMPARE(d.data(PoolModel::ReallocatedRole).toLongLong(), 1176);
        QCOMPARE(d.data(PoolModel::SerialRole).toString(), u"ZDH1BAD0"_s);
        QCOMPARE(health(d), Health::Critical);
        const QModelIndex other = model.index(1, 0, model.index(0, 0, model.index(0, 0)));
        QCOMPARE(other.data(PoolModel::SmartAvailableRole).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestPoolModel)
#include "test_poolmodel.moc"
