#include <QNetworkAccessManager>
#include <QTemporaryFile>
#include <QTest>

#include "core/http/serviceclient.h"
#include "core/lab/actionlog.h"
#include "core/lab/labsession.h"
#include "core/secrets/memorysecretstore.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

class TestLabSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testServicesAreCreatedOnceAndOnlyForTheProfile()
    {
        Profile profile;
        profile.setName(u"home"_s);
        profile.setDomain(u"example.com"_s);
        profile.setService(u"sonarr"_s, {});
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);

        ServiceClient *sonarr = session.service(u"sonarr"_s);
        QVERIFY(sonarr);
        QCOMPARE(sonarr->service(), u"sonarr"_s);
        QCOMPARE(session.service(u"sonarr"_s), sonarr);
        QVERIFY(!session.service(u"radarr"_s));
        QCOMPARE(sonarr->baseUrl().value(), QUrl(u"https://sonarr.local.example.com"_s));
    }

    void testSshNeedsAHost()
    {
        Profile profile;
        profile.setName(u"web-only"_s);
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        const auto ssh = session.ssh();
        QVERIFY(ssh.isError());
        QCOMPARE(ssh.error().code(), Error::Code::Config);
        QVERIFY2(ssh.error().message().contains(u"web-only"_s), qPrintable(ssh.error().message()));
    }

    void testSshConnectionIsShared()
    {
        Profile profile;
        profile.setName(u"home"_s);
        profile.ssh().host = u"127.0.0.1"_s;
        profile.ssh().port = 1; // never connected in this test
        profile.ssh().user = u"root"_s;
        QTemporaryFile key; // exists; its content is never read because nothing connects
        QVERIFY(key.open());
        profile.ssh().identityFile = key.fileName();
        profile.ssh().knownHostsFile = u"/nonexistent/known_hosts"_s;
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        const auto first = session.ssh();
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        const auto second = session.ssh();
        QCOMPARE(*first, *second);
        QCOMPARE((*first)->state(), Ssh::SshConnection::State::Disconnected);
    }

    void testWindowVisibility()
    {
        Profile profile;
        MemorySecretStore secrets;
        QNetworkAccessManager network;
        ActionLog actions;
        LabSession session(profile, secrets, network, actions);
        QVERIFY(session.isWindowVisible());
        int changes = 0;
        connect(&session, &LabSession::windowVisibilityChanged, this, [&changes] { ++changes; });
        session.setWindowVisible(false);
        session.setWindowVisible(false);
        QVERIFY(!session.isWindowVisible());
        QCOMPARE(changes, 1);
    }
};

QTEST_GUILESS_MAIN(TestLabSession)
#include "test_labsession.moc"
