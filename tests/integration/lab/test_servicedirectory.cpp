#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/lab/servicedirectory.h"
#include "core/secrets/memorysecretstore.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

// The Services directory against the simulated lab: every service checked through the real clients.
class TestServiceDirectory final : public QObject
{
    Q_OBJECT

private:
    Test::LabControl m_lab;
    DemoLabSetup m_setup;

    const ServiceStatus *find(const ServiceDirectory &directory, const QString &id)
    {
        for (const ServiceStatus &s : directory.services()) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }

    void refreshAndWait(ServiceDirectory &directory)
    {
        QSignalSpy done(&directory, &ServiceDirectory::checkingChanged);
        directory.refresh();
        QVERIFY(directory.isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!directory.isChecking(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto started = m_lab.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        m_setup = m_lab.setup();
    }

    void testEveryServiceAnswers()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        ServiceDirectory directory(session);
        QAbstractItemModelTester tester(&directory, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(directory.services().size() >= 15);
        QCOMPARE(directory.overallHealth(), Health::Unknown);

        refreshAndWait(directory);
        for (const ServiceStatus &s : directory.services())
            QVERIFY2(s.health == Health::Ok, qPrintable(s.id + u": "_s + s.reason + u" "_s + s.detail));
        QCOMPARE(directory.overallHealth(), Health::Ok);
        QVERIFY(!find(directory, u"sonarr"_s)->version.isEmpty());
        QVERIFY(!find(directory, u"jellyfin"_s)->version.isEmpty());
        QVERIFY(!find(directory, u"qbittorrent"_s)->version.isEmpty());
        const QModelIndex status = directory.index(0, ServiceDirectory::StatusColumn);
        QCOMPARE(status.data(Roles::HealthRole).toInt(), int(Health::Ok));
    }

    void testDestroyedWhileChecking()
    {
        // A profile switch deletes the directory while its checks are in flight: the late answers must
        // find nobody, not a dead context (Qt 6.4's then(context) would assert here).
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        QVERIFY(m_lab.setFault(u"*"_s, QJsonObject({{u"latencyMs"_s, 150}})));
        auto doomed = std::make_unique<ServiceDirectory>(session);
        doomed->refresh();
        QVERIFY(doomed->isChecking());
        doomed.reset();
        // A second directory over the same clients: when its (equally delayed) checks are done, the
        // doomed one's answers have arrived too.
        ServiceDirectory witness(session);
        refreshAndWait(witness);
        QVERIFY(m_lab.clearFaults());
        QCOMPARE(witness.overallHealth(), Health::Ok);
    }

    void testFaultAndWrongKeyAreTold()
    {
        MemorySecretStore secrets;
        DemoLab::storeSecrets(m_setup, secrets);
        // A wrong Radarr key: reachable but refusing us is a warning with the fix.
        auto wrong = secrets.write(m_setup.profile.secretKey(u"radarr.api-key"_s), u"not-the-key"_s);
        QVERIFY(wrong.isFinished());
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(m_setup.profile, secrets, network, actions);
        ServiceDirectory directory(session);

        QVERIFY(m_lab.setFault(u"sonarr"_s, QJsonObject({{u"errorStatus"_s, 503}})));
        QVERIFY(m_lab.setFault(u"jellyfin"_s, QJsonObject({{u"htmlLogin"_s, true}})));
        refreshAndWait(directory);
        QVERIFY(m_lab.clearFaults());

        const ServiceStatus *sonarr = find(directory, u"sonarr"_s);
        QCOMPARE(sonarr->health, Health::Critical);
        QVERIFY2(sonarr->reason.contains(u"503"_s), qPrintable(sonarr->reason));
        // Cloudflare Access in the way is, like a wrong key, something the user fixes with a credential.
        const ServiceStatus *jellyfin = find(directory, u"jellyfin"_s);
        QCOMPARE(jellyfin->health, Health::Warning);
        QVERIFY2(jellyfin->reason.contains(u"Cloudflare Access"_s), qPrintable(jellyfin->reason));
        const ServiceStatus *radarr = find(directory, u"radarr"_s);
        QCOMPARE(radarr->health, Health::Warning);
        QCOMPARE(find(directory, u"prowlarr"_s)->health, Health::Ok);
        QCOMPARE(directory.overallHealth(), Health::Critical);
    }
};

QTEST_GUILESS_MAIN(TestServiceDirectory)
#include "test_servicedirectory.moc"
