// The plain-Linux side of ScrubScheduleStore over a REAL sshd (tests/peers/sshd.sh): the zfsutils cron
// file, the app's own cron file and zfs-scrub-*@.timer units are read from and written to a test root
// (PlainLinuxPaths::root), with systemctl --root doing the timer links, the writes refused without consent,
// and undo. Nothing outside the test directory is touched.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/ssh/sshconnection.h"
#include "core/zfs/scrubschedules.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace KryNet;
using namespace KryNet::Zfs;

namespace
{

Result<void> await(QFuture<Result<void>> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
        return Error(Error::Code::Timeout, u"test: future did not finish"_s);
    return f.result();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray timerUnit(const char *calendar)
{
    return QByteArray("[Unit]\nDescription=zpool scrub timer for %i\n\n[Timer]\nOnCalendar=") + calendar +
           "\nPersistent=true\nRandomizedDelaySec=1h\nUnit=zfs-scrub@%i.service\n\n[Install]\nWantedBy=timers.target\n";
}

} // namespace

class TestScrubSchedulesSshd final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_root;
    std::unique_ptr<Ssh::SshConnection> m_connection;
    std::unique_ptr<ActionLog> m_actions;
    std::unique_ptr<ScrubScheduleStore> m_store;
    QByteArray m_realOwnCron;

    QString wants(const QString &unit) const { return m_root + u"/etc/systemd/system/timers.target.wants/"_s + unit; }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"systemctl"_s).isEmpty())
            QSKIP("systemctl is not installed (the timer path needs systemctl --root)");
        const QHash<QString, QString> ssh = Test::readPeer(u"sshd"_s);
        QVERIFY2(!ssh.value(u"PORT"_s).isEmpty(), "the peer_sshd fixture did not run");
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath(u"root"_s);
        QVERIFY(
            writeFile(m_root + u"/etc/cron.d/zfsutils-linux"_s, Test::readFixture(u"zfs/schedules/zfsutils-linux"_s)));
        QVERIFY(writeFile(m_root + u"/usr/lib/systemd/system/zfs-scrub-weekly@.timer"_s, timerUnit("weekly")));
        QVERIFY(writeFile(m_root + u"/usr/lib/systemd/system/zfs-scrub-monthly@.timer"_s, timerUnit("monthly")));
        QVERIFY(writeFile(m_root + u"/usr/lib/systemd/system/zfs-scrub@.service"_s,
                          "[Service]\nType=oneshot\nExecStart=/sbin/zpool scrub %i\n"));
        QDir().mkpath(m_root + u"/etc/systemd/system/timers.target.wants"_s);
        QVERIFY(
            QFile::link(u"/usr/lib/systemd/system/zfs-scrub-weekly@.timer"_s, wants(u"zfs-scrub-weekly@tank.timer"_s)));
        m_realOwnCron = readFile(u"/etc/cron.d/krynet-zfs-scrub"_s);

        QFile known(m_tmp.filePath(u"known_hosts"_s));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(u"[127.0.0.1]:%1 %2\n"_s.arg(ssh.value(u"PORT"_s), ssh.value(u"HOST_PUBKEY"_s)).toUtf8());
        known.close();
        Ssh::SshOptions o;
        o.target = Ssh::SshEndpoint{u"127.0.0.1"_s, quint16(ssh.value(u"PORT"_s).toUInt()), ssh.value(u"USER"_s),
                                    ssh.value(u"KEY"_s)};
        o.useAgent = false;
        o.knownHostsFile = known.fileName();
        o.commandTimeout = 60s;
        m_connection = std::make_unique<Ssh::SshConnection>(o);
        m_actions = std::make_unique<ActionLog>();
        m_store = std::make_unique<ScrubScheduleStore>(m_connection.get(), m_actions.get(), u"peer"_s);
        PlainLinuxPaths paths;
        paths.root = m_root;
        m_store->setPaths(paths);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_connection.reset();
    }

    void testReadsCronFileAndTimers()
    {
        const auto r = await(m_store->refresh());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(!m_store->isTrueNas());
        QCOMPARE(m_store->schedules().size(), 2);
        const ScrubSchedule &all = m_store->schedules().at(0); // sorted by pool: "" first
        QCOMPARE(all.pool, QString());
        QCOMPARE(all.source, ScheduleSource::CronFile);
        QCOMPARE(all.cron.expression(), u"24 0 * * 0#2"_s);
        QCOMPARE(all.origin, u"/etc/cron.d/zfsutils-linux:7"_s);
        const ScrubSchedule &tank = m_store->schedules().at(1);
        QCOMPARE(tank.pool, u"tank"_s);
        QCOMPARE(tank.source, ScheduleSource::SystemdTimer);
        QCOMPARE(tank.timerKind, u"weekly"_s);
        QVERIFY(m_store->zone().isValid());
    }

    void testWritesNeedConsentThenLandInTheRoot()
    {
        QList<ScrubSchedule> wanted;
        wanted << m_store->schedules().at(0); // keep zfsutils' line (read-only)
        ScrubSchedule monthly;
        monthly.pool = u"my-pool"_s;
        monthly.source = ScheduleSource::SystemdTimer;
        monthly.timerKind = u"monthly"_s;
        monthly.cron = *CronSchedule::parse(u"0 0 1 * *"_s);
        wanted << monthly;
        ScrubSchedule own;
        own.pool = u"backup"_s;
        own.source = ScheduleSource::CronFile;
        own.origin = m_store->paths().ownCron;
        own.cron = *CronSchedule::parse(u"0 4 * * 6"_s);
        wanted << own; // tank's weekly timer is gone from the wanted list: disable it
        const QList<ScheduleChange> changes = m_store->changesTo(wanted);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).kind, ScheduleChange::Kind::EnableTimer);
        QCOMPARE(changes.at(0).command.argv(), (QStringList{u"systemctl"_s, u"--root=%1"_s.arg(m_root), u"enable"_s,
                                                            u"zfs-scrub-monthly@my\\x2dpool.timer"_s}));
        QVERIFY(!changes.at(0).command.usesSudo()); // a test root needs no sudo
        QCOMPARE(changes.at(1).kind, ScheduleChange::Kind::DisableTimer);
        QCOMPARE(changes.at(2).kind, ScheduleChange::Kind::WriteCron);
        for (const ScheduleChange &c : changes)
            QVERIFY(c.needsConsent);

        // Without consent nothing is sent.
        auto r = await(m_store->apply(changes, false));
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Config);
        QVERIFY(QFileInfo(wants(u"zfs-scrub-weekly@tank.timer"_s)).isSymLink()); // (its target is outside the root)
        QVERIFY(!QFileInfo::exists(m_root + u"/etc/cron.d/krynet-zfs-scrub"_s));

        r = await(m_store->apply(changes, true));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(QFileInfo(wants(u"zfs-scrub-monthly@my\\x2dpool.timer"_s)).isSymLink());
        QVERIFY(!QFileInfo(wants(u"zfs-scrub-weekly@tank.timer"_s)).isSymLink());
        const QByteArray cron = readFile(m_root + u"/etc/cron.d/krynet-zfs-scrub"_s);
        QVERIFY2(cron.contains("\n0 4 * * 6 root /sbin/zpool scrub 'backup'\n"), cron.constData());
        // The real /etc was not touched.
        QCOMPARE(readFile(u"/etc/cron.d/krynet-zfs-scrub"_s), m_realOwnCron);

        // Re-read: what the files say now.
        QStringList seen;
        for (const ScrubSchedule &s : m_store->schedules())
            seen << u"%1|%2|%3"_s.arg(s.pool, ScrubPlanner::sourceName(s.source), s.cron.expression());
        QCOMPARE(seen, (QStringList{u"|cron file|24 0 * * 0#2"_s, u"backup|cron file|0 4 * * 6"_s,
                                    u"my-pool|systemd timer|0 0 1 * *"_s}));
    }

    void testUndoRestoresTheFiles()
    {
        QVERIFY(m_store->canUndo());
        const auto r = await(m_store->undo(true));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(QFileInfo(wants(u"zfs-scrub-weekly@tank.timer"_s)).isSymLink());
        QVERIFY(!QFileInfo(wants(u"zfs-scrub-monthly@my\\x2dpool.timer"_s)).isSymLink());
        QVERIFY(!readFile(m_root + u"/etc/cron.d/krynet-zfs-scrub"_s).contains("zpool scrub"));
        QCOMPARE(m_store->schedules().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestScrubSchedulesSshd)
#include "test_scrubschedules_sshd.moc"
