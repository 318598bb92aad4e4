#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include "core/lab/demolab.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;
using namespace KryNet;

namespace
{

QJsonObject sampleDescription()
{
    return QJsonObject{
        {u"services"_s,
         QJsonObject{
             {u"sonarr"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:4101"_s}, {u"apiKey"_s, u"sonarr-key-123"_s}}},
             {u"qbittorrent"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:4102"_s},
                                            {u"username"_s, u"labadmin"_s},
                                            {u"password"_s, u"qb-pass-456"_s}}},
             {u"litellm"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:4103"_s}, {u"masterKey"_s, u"sk-master-789"_s}}},
         }},
        {u"ssh"_s, QJsonObject{{u"port"_s, 4100},
                               {u"user"_s, u"root"_s},
                               {u"hostPublicKey"_s, u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests"_s}}},
        {u"control"_s, QJsonObject{{u"url"_s, u"http://127.0.0.1:4199"_s}, {u"token"_s, u"ctl"_s}}},
    };
}

bool processExists(qint64 pid)
{
    return pid > 0 && QFile::exists(u"/proc/%1"_s.arg(pid));
}

} // namespace

class TestDemoLab final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSetupFromDescription()
    {
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(u"known_hosts"_s);
        const auto setup = DemoLab::setupFromDescription(sampleDescription(), u"/tmp/key"_s, knownHosts);
        QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().toString()));

        const Profile &profile = setup->profile;
        QCOMPARE(profile.name(), u"demo"_s);
        QCOMPARE(profile.serviceUrl(u"sonarr"_s).value(), QUrl(u"http://127.0.0.1:4101"_s));
        QCOMPARE(profile.serviceUrl(u"litellm"_s).value(), QUrl(u"http://127.0.0.1:4103"_s));
        QCOMPARE(profile.services().value(u"qbittorrent"_s).extra.value(u"username"_s).toString(), u"labadmin"_s);
        QCOMPARE(profile.ssh().host, u"127.0.0.1"_s);
        QCOMPARE(profile.ssh().port, 4100);
        QCOMPARE(profile.ssh().identityFile, u"/tmp/key"_s);
        QCOMPARE(profile.ssh().knownHostsFile, knownHosts);

        QCOMPARE(setup->secrets.value(u"sonarr.api-key"_s), u"sonarr-key-123"_s);
        QCOMPARE(setup->secrets.value(u"qbittorrent.password"_s), u"qb-pass-456"_s);
        QCOMPARE(setup->secrets.value(u"litellm.master-key"_s), u"sk-master-789"_s);
        QCOMPARE(setup->secrets.size(), 3);
        QCOMPARE(setup->controlUrl, QUrl(u"http://127.0.0.1:4199"_s));

        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("[127.0.0.1]:4100 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests\n"));

        MemorySecretStore store;
        DemoLab::storeSecrets(*setup, store);
        auto read = store.read(profile.secretKey(u"sonarr.api-key"_s));
        QVERIFY(read.isFinished());
        QCOMPARE(read.result().value().value_or(QString()), u"sonarr-key-123"_s);
    }

    void testSetupRejectsHostileDescriptions_data()
    {
        QTest::addColumn<QJsonObject>("description");
        QJsonObject remote = sampleDescription();
        QJsonObject services = remote.value(u"services"_s).toObject();
        services.insert(u"sonarr"_s, QJsonObject{{u"url"_s, u"http://203.0.113.5:8989"_s}});
        remote.insert(u"services"_s, services);
        QTest::newRow("non-loopback service") << remote;

        QJsonObject garbage = sampleDescription();
        services = garbage.value(u"services"_s).toObject();
        services.insert(u"radarr"_s, QJsonObject{{u"url"_s, u"not a url"_s}});
        garbage.insert(u"services"_s, services);
        QTest::newRow("invalid url") << garbage;

        QJsonObject noKey = sampleDescription();
        noKey.insert(u"ssh"_s, QJsonObject{{u"port"_s, 4100}});
        QTest::newRow("ssh without host key") << noKey;

        QJsonObject badPort = sampleDescription();
        badPort.insert(u"ssh"_s, QJsonObject{{u"port"_s, 70000}, {u"hostPublicKey"_s, u"ssh-ed25519 AAAA"_s}});
        QTest::newRow("ssh port out of range") << badPort;
    }

    void testSetupRejectsHostileDescriptions()
    {
        QFETCH(QJsonObject, description);
        QTemporaryDir dir;
        const auto setup = DemoLab::setupFromDescription(description, u"/tmp/key"_s, dir.filePath(u"kh"_s));
        QVERIFY(setup.isError());
        QCOMPARE(setup.error().code(), Error::Code::Parse);
    }

    void testMissingSimulatorIsExplained()
    {
        DemoLab lab(u"/nonexistent/krynet-labsim"_s);
        auto future = lab.start();
        QVERIFY(future.isFinished());
        QVERIFY(future.result().isError());
        QVERIFY2(future.result().error().message().contains(u"KRYNET_LABSIM"_s),
                 qPrintable(future.result().error().message()));
    }

    void testStartsRealSimulatorAndStopsIt()
    {
        const QString labsim = qEnvironmentVariable("KRYNET_LABSIM");
        QVERIFY2(QFileInfo(labsim).isExecutable(), qPrintable(labsim));
        qint64 pid = 0;
        {
            DemoLab lab(labsim);
            lab.setExtraArguments({u"--speed"_s, u"0"_s});
            auto future = lab.start();
            QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
            const auto setup = future.result();
            QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().toString()));
            pid = lab.processId();
            QVERIFY(processExists(pid));
            QVERIFY(setup->controlUrl.isValid());

            // The control endpoint answers with the token and refuses without it.
            QNetworkAccessManager nam;
            QNetworkRequest withToken(setup->controlUrl.resolved(QUrl(u"/state"_s)));
            withToken.setRawHeader("Authorization", "Bearer " + setup->controlToken.toUtf8());
            QNetworkReply *ok = nam.get(withToken);
            QTRY_VERIFY_WITH_TIMEOUT(ok->isFinished(), 5000);
            QCOMPARE(ok->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(QJsonDocument::fromJson(ok->readAll()).object().contains(u"now"_s));
            QNetworkReply *denied = nam.get(QNetworkRequest(setup->controlUrl.resolved(QUrl(u"/state"_s))));
            QTRY_VERIFY_WITH_TIMEOUT(denied->isFinished(), 5000);
            QCOMPARE(denied->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
            delete ok;
            delete denied;
        }
        // Destroying the DemoLab ends (and reaps) the simulator.
        QVERIFY(!processExists(pid));
    }
};

QTEST_GUILESS_MAIN(TestDemoLab)
#include "test_demolab.moc"
