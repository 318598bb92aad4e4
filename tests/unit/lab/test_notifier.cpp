// Notifier: desktop notifications on transitions only, per-kind mute, snooze (persisted), one summary
// when many problems appear at once, a monitor back up.
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/lab/notifier.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{
LabSummary::Problem problem(const QString &key, LabSummary::Kind kind, const QString &text)
{
    LabSummary::Problem p;
    p.key = key;
    p.kind = kind;
    p.text = text;
    p.health = Health::Critical;
    return p;
}
} // namespace

class TestNotifier final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString settingsFile() const { return m_dir.filePath(u"krynet.ini"_s); }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void testTransitionsOnly()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Notifier notifier(&settings);
        QSignalSpy spy(&notifier, &Notifier::notify);
        const auto degraded =
            problem(u"pool:orion:state"_s, LabSummary::Kind::PoolDegraded, u"Pool orion is DEGRADED"_s);
        notifier.update({degraded});
        QCOMPARE(spy.size(), 1);
        auto n = spy.takeFirst().first().value<Notifier::Notification>();
        QCOMPARE(n.kind, LabSummary::Kind::PoolDegraded);
        QCOMPARE(n.text, u"Pool orion is DEGRADED"_s);
        QCOMPARE(n.keys, QStringList{u"pool:orion:state"_s});

        notifier.update({degraded}); // the same problem again: nothing new
        QCOMPARE(spy.size(), 0);

        const auto unhealthy =
            problem(u"container:sonarr:unhealthy"_s, LabSummary::Kind::ContainerUnhealthy, u"sonarr is unhealthy"_s);
        notifier.update({degraded, unhealthy});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().first().value<Notifier::Notification>().text, u"sonarr is unhealthy"_s);

        notifier.update({}); // resolved: only monitors announce that
        QCOMPARE(spy.size(), 0);
        notifier.update({degraded}); // back again: a new transition
        QCOMPARE(spy.size(), 1);
    }

    void testMonitorBackUp()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Notifier notifier(&settings);
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.update(
            {problem(u"service:sonarr:down"_s, LabSummary::Kind::MonitorDown, u"Sonarr does not answer"_s)});
        QCOMPARE(spy.size(), 1);
        notifier.update({});
        QCOMPARE(spy.size(), 2);
        const auto up = spy.at(1).first().value<Notifier::Notification>();
        QCOMPARE(up.health, Health::Ok);
        QVERIFY(up.text.contains(u"Sonarr does not answer"_s));
    }

    void testMutePersists()
    {
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            Notifier notifier(&settings);
            QVERIFY(!notifier.isMuted(LabSummary::Kind::RequestStuck));
            notifier.setMuted(LabSummary::Kind::RequestStuck, true);
        }
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Notifier notifier(&settings);
        QVERIFY(notifier.isMuted(LabSummary::Kind::RequestStuck));
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.update({problem(u"request:1"_s, LabSummary::Kind::RequestStuck, u"Dune is stuck"_s),
                         problem(u"pool:comet:state"_s, LabSummary::Kind::PoolDegraded, u"Pool comet is FAULTED"_s)});
        QCOMPARE(spy.size(), 1); // the muted kind is silent, the other one is not
        QCOMPARE(spy.first().first().value<Notifier::Notification>().kind, LabSummary::Kind::PoolDegraded);
        notifier.setMuted(LabSummary::Kind::RequestStuck, false);
        QVERIFY(!notifier.isMuted(LabSummary::Kind::RequestStuck));
    }

    void testSnooze()
    {
        QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Notifier notifier(&settings);
        notifier.setClock([&now] { return now; });
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.snooze(std::chrono::hours(4));
        QVERIFY(notifier.isSnoozed());
        QCOMPARE(notifier.snoozedUntil(), now.addSecs(4 * 3600));
        {
            // Persisted: another Notifier on the same settings is snoozed too.
            Notifier other(&settings);
            other.setClock([&now] { return now; });
            QVERIFY(other.isSnoozed());
        }
        notifier.update({problem(u"vpn:down"_s, LabSummary::Kind::VpnDown, u"The VPN is not running"_s)});
        QCOMPARE(spy.size(), 0);
        now = now.addSecs(4 * 3600 + 1); // the snooze ends by itself
        QVERIFY(!notifier.isSnoozed());
        notifier.update({problem(u"vpn:down"_s, LabSummary::Kind::VpnDown, u"The VPN is not running"_s),
                         problem(u"vpn:leak"_s, LabSummary::Kind::VpnDown, u"qbittorrent leaks"_s)});
        QCOMPARE(spy.size(), 1); // only the one that appeared after the snooze
        notifier.snooze(std::chrono::hours(1));
        notifier.resume();
        QVERIFY(!notifier.isSnoozed());
    }

    void testManyAtOnceBecomeOne()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Notifier notifier(&settings);
        QSignalSpy spy(&notifier, &Notifier::notify);
        QList<LabSummary::Problem> many;
        for (int i = 0; i < 5; ++i)
            many << problem(u"container:c%1:exited"_s.arg(i), LabSummary::Kind::ContainerExited,
                            u"c%1 exited with code 1"_s.arg(i));
        notifier.update(many);
        QCOMPARE(spy.size(), 1);
        const auto n = spy.first().first().value<Notifier::Notification>();
        QCOMPARE(n.keys.size(), 5);
        QVERIFY(n.title.startsWith(u"5 new problem"_s));
        QVERIFY(n.text.contains(u"c0 exited with code 1"_s));
        QVERIFY(!n.text.contains(u"c4 exited"_s));
        notifier.reset();
        notifier.update(many.mid(0, 2)); // a new profile: everything is news again
        QCOMPARE(spy.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "test_notifier.moc"
