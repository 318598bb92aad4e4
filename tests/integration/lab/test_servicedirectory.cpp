#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "core/lab/actionlog.h"
#include "core/lab/demolab.h"
#include "core/lab/labsession.h"
#include "core/lab/servicedirectory.h"
#include "core/secrets/memorysecretstore.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

// The Services directory against the simulated lab: every service checked through the real clients.
class TestServiceDirectory final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoLab> m_lab;
    DemoLabSetup m_setup;

    const ServiceStatus *find(const ServiceDirectory &directory, const QString &id)
    {
        for (const ServiceStatus &s : directory.services()) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }

    bool control(QNetworkAccessManager &nam, const QByteArray &method, const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(m_setup.controlUrl.resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + m_setup.controlToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, method, body));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 5000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
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
        m_lab = std::make_unique<DemoLab>(qEnvironmentVariable("KRYNET_LABSIM"));
        m_lab->setExtraArguments({u"--speed"_s, u"0"_s});
        auto future = m_lab->start();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
        QVERIFY2(future.result(), qPrintable(future.result() ? QString() : future.result().error().toString()));
        m_setup = future.result().value();
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
        QNetworkAccessManager nam;
        QVERIFY(control(nam, "PUT", u"/faults/*"_s, "{\"latencyMs\":150}"));
        auto doomed = std::make_unique<ServiceDirectory>(session);
        doomed->refresh();
        QVERIFY(doomed->isChecking());
        doomed.reset();
        // A second directory over the same clients: when its (equally delayed) checks are done, the
        // doomed one's answers have arrived too.
        ServiceDirectory witness(session);
        refreshAndWait(witness);
        QVERIFY(control(nam, "DELETE", u"/faults"_s, {}));
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

        QNetworkAccessManager nam;
        QVERIFY(control(nam, "PUT", u"/faults/sonarr"_s, "{\"errorStatus\":503}"));
        QVERIFY(control(nam, "PUT", u"/faults/jellyfin"_s, "{\"htmlLogin\":true}"));
        refreshAndWait(directory);
        QVERIFY(control(nam, "DELETE", u"/faults"_s, {}));

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
