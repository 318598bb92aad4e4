// PoolStore + PoolModel against REAL zfs-fuse pools (tests/peers/zfs.sh) read over a REAL sshd
// (tests/peers/sshd.sh) as root on loopback: the model must show exactly what `zpool status` shows.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/ssh/sshconnection.h"
#include "core/zfs/poolmodel.h"
#include "core/zfs/poolstore.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace KryNet;
using namespace KryNet::Zfs;

namespace
{

template <typename T>
Result<T> await(QFuture<Result<T>> f, int timeout = 60000)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, timeout))
        return Error(Error::Code::Timeout, u"test: future did not finish"_s);
    if (f.resultCount() == 0)
        return Error(Error::Code::Cancelled, u"test: no result"_s);
    return f.result();
}

QString zpoolStatus(const QString &pool)
{
    QProcess p;
    p.start(u"zpool"_s, {u"status"_s, pool});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The value of a header line of `zpool status POOL` (" state:", " scrub:"), read without core/zfs.
QString zpoolHeader(const QString &pool, const QString &key)
{
    for (const QString &line : zpoolStatus(pool).split(u'\n')) {
        if (line.trimmed().startsWith(key + u':'))
            return line.trimmed().mid(key.size() + 1).trimmed();
    }
    return {};
}

/// `zpool status POOL` run here, its config rows read independently of core/zfs: "name:STATE:r/w/c".
QStringList zpoolRows(const QString &pool)
{
    const QStringList lines = zpoolStatus(pool).split(u'\n');
    QStringList out;
    bool inTable = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"\tNAME"_s)) {
            inTable = true;
            continue;
        }
        if (!inTable)
            continue;
        if (line.trimmed().isEmpty())
            break;
        const QStringList f = line.trimmed().split(QRegularExpression(u"\\s+"_s));
        QString row = f.value(0);
        if (f.size() > 1)
            row += u':' + f.at(1);
        if (f.size() > 4)
            row += u":%1/%2/%3"_s.arg(f.at(2), f.at(3), f.at(4));
        out << row;
    }
    return out;
}

void modelRows(const PoolModel &m, const QModelIndex &parent, QStringList &out)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        QString row = i.data().toString();
        const QString state = m.index(r, PoolModel::StateColumn, parent).data().toString();
        if (!state.isEmpty())
            row += u':' + state;
        if (m.index(r, PoolModel::ReadColumn, parent).data().isValid())
            row += u":%1/%2/%3"_s.arg(m.index(r, PoolModel::ReadColumn, parent).data().toString(),
                                      m.index(r, PoolModel::WriteColumn, parent).data().toString(),
                                      m.index(r, PoolModel::ChecksumColumn, parent).data().toString());
        out << row;
        modelRows(m, i, out);
    }
}

const Vdev *find(const Vdev &v, const QString &name)
{
    if (v.name == name)
        return &v;
    for (const Vdev &c : v.children) {
        if (const Vdev *f = find(c, name))
            return f;
    }
    return nullptr;
}

} // namespace

class TestPoolsZfsFuse final : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_ssh;
    QHash<QString, QString> m_zfs;
    QTemporaryDir m_tmp;
    std::unique_ptr<Ssh::SshConnection> m_connection;
    std::unique_ptr<ActionLog> m_actions;
    std::unique_ptr<PoolStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        m_ssh = Test::readPeer(u"sshd"_s);
        m_zfs = Test::readPeer(u"zfs"_s);
        QVERIFY2(!m_ssh.value(u"PORT"_s).isEmpty(), "the peer_sshd fixture did not run");
        QVERIFY2(!m_zfs.value(u"PID"_s).isEmpty(), "the peer_zfs fixture did not run");
        QFile known(m_tmp.filePath(u"known_hosts"_s));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(u"[127.0.0.1]:%1 %2\n"_s.arg(m_ssh.value(u"PORT"_s), m_ssh.value(u"HOST_PUBKEY"_s)).toUtf8());
        known.close();
        Ssh::SshOptions o;
        o.target = Ssh::SshEndpoint{u"127.0.0.1"_s, quint16(m_ssh.value(u"PORT"_s).toUInt()), m_ssh.value(u"USER"_s),
                                    m_ssh.value(u"KEY"_s)};
        o.useAgent = false;
        o.knownHostsFile = known.fileName();
        o.commandTimeout = 60s;
        m_connection = std::make_unique<Ssh::SshConnection>(o);
        m_actions = std::make_unique<ActionLog>();
        m_store = std::make_unique<PoolStore>(m_connection.get(), m_actions.get(), u"peer"_s);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_connection.reset();
    }

    void testDetectsTheOldGeneration()
    {
        const auto caps = await(m_store->detect());
        QVERIFY2(caps, qPrintable(caps ? QString() : caps.error().toString()));
        QCOMPARE(caps->generation, Capabilities::Generation::Legacy);
        QVERIFY(caps->root);
        QVERIFY(!caps->trueNas);
        QVERIFY(!caps->canPause());
    }

    void testModelShowsExactlyWhatZpoolShows()
    {
        const auto r = await(m_store->refresh());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        PoolModel model;
        model.setStore(m_store.get());
        for (const QString &pool : m_zfs.value(u"POOLS"_s).split(u' ')) {
            if (pool == u"ktscrub"_s)
                continue; // another test scrubs it concurrently with nothing; counters stay 0, but skip churn
            QStringList got;
            const QModelIndex p = model.indexOfPool(pool);
            QVERIFY2(p.isValid(), qPrintable(pool));
            got << u"%1:%2:%3/%4/%5"_s.arg(pool, model.index(p.row(), PoolModel::StateColumn).data().toString(),
                                           model.index(p.row(), PoolModel::ReadColumn).data().toString(),
                                           model.index(p.row(), PoolModel::WriteColumn).data().toString(),
                                           model.index(p.row(), PoolModel::ChecksumColumn).data().toString());
            modelRows(model, p, got);
            QCOMPARE(got, zpoolRows(pool));
            // The header lines too: the pool's state word and its scan line, as zpool prints them.
            QCOMPARE(model.index(p.row(), 0).data(PoolModel::StateWordRole).toString(), zpoolHeader(pool, u"state"_s));
            QCOMPARE(m_store->pool(pool)->scan.raw.section(u'\n', 0, 0).trimmed(), zpoolHeader(pool, u"scrub"_s));
        }
    }

    void testHealthyMirror()
    {
        const Pool *p = m_store->pool(u"kthealthy"_s);
        QVERIFY(p);
        QCOMPARE(p->state, DeviceState::Online);
        QCOMPARE(p->source, Source::LegacyText);
        QCOMPARE(p->root.children.constFirst().type, VdevType::Mirror);
        QCOMPARE(p->leaves().size(), 2);
        QVERIFY(p->capacityPercent().has_value());
        QVERIFY(p->datasetUsed.value_or(0) > 1u << 20); // zfs get -Hp: exact bytes
        QVERIFY(p->datasetAvailable.value_or(0) > 0);
    }

    void testDegradedMirror()
    {
        const Pool *p = m_store->pool(u"ktdegraded"_s);
        QVERIFY(p);
        QCOMPARE(p->state, DeviceState::Degraded);
        const QString d2 = m_zfs.value(u"KTDEGRADED_VDEVS"_s).section(u' ', 1, 1);
        QCOMPARE(find(p->root, d2)->state, DeviceState::Offline);
        QVERIFY(p->status.contains(u"taken offline"_s));
    }

    void testChecksumErrorsAfterScrub()
    {
        const Pool *p = m_store->pool(u"ktcksum"_s);
        QVERIFY(p);
        const Vdev *c2 = find(p->root, m_zfs.value(u"KTCKSUM_VDEVS"_s).section(u' ', 1, 1));
        QVERIFY(c2);
        QVERIFY(c2->checksumErrors > 0);
        QVERIFY(c2->repairedBytes.value_or(0) > 0);
        QCOMPARE(p->scan.function, ScanStatus::Function::Scrub);
        QCOMPARE(p->scan.state, ScanStatus::State::Finished);
        QVERIFY(p->scan.endTime.isValid());
    }

    void testUnavailMissingVdev()
    {
        const Pool *p = m_store->pool(u"ktunavail"_s);
        QVERIFY(p);
        QCOMPARE(p->state, DeviceState::Degraded);
        const Vdev &mirror = p->root.children.constFirst();
        const Vdev &missing = mirror.children.at(1);
        QCOMPARE(missing.state, DeviceState::Unavail);
        QCOMPARE(missing.was, m_zfs.value(u"KTUNAVAIL_VDEVS"_s).section(u' ', 1, 1));
        QVERIFY(missing.name.toULongLong() > 0); // shown by guid
    }

    void testScrubStartAndStopFromTheClient()
    {
        const auto paused = await(m_store->scrub(u"ktscrub"_s, ScrubAction::Pause));
        QVERIFY(!paused);
        QCOMPARE(paused.error().code(), Error::Code::Unsupported);
        const qsizetype before = m_actions->records().size();

        const auto started = await(m_store->scrub(u"ktscrub"_s, ScrubAction::Start));
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        // The action's own re-read already shows the scrub (running, or done if it was that quick).
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isRefreshing(), 30000);
        QCOMPARE(m_store->pool(u"ktscrub"_s)->scan.function, ScanStatus::Function::Scrub);
        QVERIFY2(m_store->pool(u"ktscrub"_s)->scan.state == ScanStatus::State::InProgress ||
                     m_store->pool(u"ktscrub"_s)->scan.state == ScanStatus::State::Finished,
                 qPrintable(m_store->pool(u"ktscrub"_s)->scan.raw));
        // On zfs-fuse the start returns once the scrub runs; stop it at once (300 MB take about half a second).
        const auto scanState = [this] {
            const Pool *p = m_store->pool(u"ktscrub"_s);
            return p ? p->scan.state : ScanStatus::State::Unknown;
        };
        const auto stopped = await(m_store->scrub(u"ktscrub"_s, ScrubAction::Stop));
        QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().toString()));
        // zfs-fuse (pool v23) then shows "scrub stopped after …", or, when the pool had finished a scrub
        // before, that earlier result again: either way the scrub no longer runs.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                (void)await(m_store->refresh());
                return scanState() != ScanStatus::State::InProgress && scanState() != ScanStatus::State::Unknown;
            }(),
            30000);
        qInfo() << "ktscrub after stop:" << m_store->pool(u"ktscrub"_s)->scan.raw;
        QCOMPARE(m_actions->records().size(), before + 2);
        QCOMPARE(m_actions->records().at(before).outcome, ActionRecord::Outcome::Succeeded);
        QCOMPARE(m_actions->records().at(before).target, u"pool ktscrub"_s);

        // Names from anywhere are validated before they reach a command line.
        const auto hostile = await(m_store->scrub(u"ktscrub; reboot"_s, ScrubAction::Start));
        QVERIFY(!hostile);
        QCOMPARE(m_actions->records().size(), before + 2);
    }

    void testStoreDeletedWhileReading()
    {
        // A profile switch deletes the store while its SSH commands are in flight: the late answers reach
        // nobody (whenDone), nothing aborts, and the connection serves the next store as before.
        auto doomed = std::make_unique<PoolStore>(m_connection.get(), m_actions.get(), u"peer"_s);
        QFuture<Result<void>> pending = doomed->refresh();
        QVERIFY(doomed->isRefreshing());
        doomed.reset();
        QVERIFY(pending.isFinished());
        QCOMPARE(pending.result().error().code(), Error::Code::Cancelled);
        PoolStore witness(m_connection.get(), nullptr, u"peer"_s);
        const auto r = await(witness.refresh());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(witness.pool(u"kthealthy"_s));
    }

    void testScrubOutcomeLoggedAfterTheStoreIsGone()
    {
        // The ActionLog outlives the store: a scrub whose store is deleted mid-flight is still recorded.
        auto doomed = std::make_unique<PoolStore>(m_connection.get(), m_actions.get(), u"peer"_s);
        QVERIFY(await(doomed->refresh()));
        const qsizetype before = m_actions->records().size();
        QFuture<Result<void>> pending = doomed->scrub(u"kthealthy"_s, ScrubAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(m_actions->records().size(), before + 1, 30000);
        doomed.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_actions->records().constLast().outcome != ActionRecord::Outcome::Running, 30000);
        QCOMPARE(m_actions->records().constLast().outcome, ActionRecord::Outcome::Succeeded);
        QCOMPARE(m_actions->records().constLast().target, u"pool kthealthy"_s);
        QVERIFY(pending.isFinished()); // cancelled with the store
    }
};

QTEST_GUILESS_MAIN(TestPoolsZfsFuse)
#include "test_pools_zfsfuse.moc"
