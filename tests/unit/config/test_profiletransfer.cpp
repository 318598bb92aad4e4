#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include "core/config/profilestore.h"
#include "core/config/profiletransfer.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using KryNet::AccessMode;
using KryNet::Error;
using KryNet::ImportConflict;
using KryNet::Profile;
using KryNet::ProfileStore;
using KryNet::ProfileTransfer;
using KryNet::ServiceSettings;

namespace
{

const auto Pin = u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"_s;

Profile fullProfile(const QString &name)
{
    Profile p;
    p.setName(name);
    p.ssh().host = u"nas.lan"_s;
    p.ssh().port = 2222;
    p.ssh().user = u"admin"_s;
    p.ssh().identityFile = u"~/.ssh/id_nas"_s;
    p.ssh().jumpHost = u"ops@bastion.example.org:2200"_s;
    p.ssh().useSudo = true;
    p.ssh().dockerSocket = u"/run/docker.sock"_s;
    p.setDomain(u"example.org"_s);
    p.setAccessMode(AccessMode::Public);
    p.setCfAccessClientId(u"abc123.access"_s);
    p.setService(u"sonarr"_s, ServiceSettings{});
    ServiceSettings qbit;
    qbit.subdomain = u"torrents"_s;
    qbit.extra.insert(u"username"_s, u"admin"_s);
    p.setService(u"qbittorrent"_s, qbit);
    ServiceSettings truenas;
    truenas.url = QUrl(u"https://truenas.lan:8443/ui"_s);
    p.setService(u"truenas"_s, truenas);
    p.setTlsPin(u"truenas.lan:8443"_s, Profile::parseFingerprint(Pin).value());
    return p;
}

// An export document around @p profiles (raw JSON objects, so tests can write anything).
QByteArray document(const QJsonArray &profiles, int version = 1)
{
    return QJsonDocument(
               QJsonObject{{u"format"_s, u"krynet-profiles"_s}, {u"version"_s, version}, {u"profiles"_s, profiles}})
        .toJson();
}

QJsonObject validEntry(const QString &name = u"lab"_s)
{
    QJsonObject json = fullProfile(name).toJson();
    return json;
}

QJsonObject withSsh(QJsonObject entry, const QString &key, const QJsonValue &value)
{
    QJsonObject ssh = entry.value(u"ssh"_s).toObject();
    ssh.insert(key, value);
    entry.insert(u"ssh"_s, ssh);
    return entry;
}

} // namespace

class TestProfileTransfer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRoundTrip()
    {
        const QList<Profile> profiles{fullProfile(u"home"_s), fullProfile(u"office"_s)};
        const QByteArray exported = ProfileTransfer::exportJson(profiles);
        const auto parsed = ProfileTransfer::parse(exported);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
        QVERIFY2(parsed->notes.isEmpty(), qPrintable(parsed->notes.join(u'\n')));
        QCOMPARE(parsed->profiles.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(parsed->profiles.at(i).toJson(), profiles.at(i).toJson());
        const Profile &home = parsed->profiles.constFirst();
        QCOMPARE(home.id(), profiles.constFirst().id()); // secrets are keyed by it
        QCOMPARE(home.ssh().port, 2222);
        QCOMPARE(home.accessMode(), AccessMode::Public);
        QCOMPARE(home.serviceUrl(u"qbittorrent"_s)->host(), u"torrents.example.org"_s);
        QCOMPARE(home.tlsPin(u"truenas.lan"_s, 8443), Profile::parseFingerprint(Pin).value());
        const QJsonObject root = QJsonDocument::fromJson(exported).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"krynet-profiles"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), ProfileTransfer::FormatVersion);
    }

    void testProfilesFileIsReadToo()
    {
        const QByteArray file =
            QJsonDocument(QJsonObject{{u"schema"_s, 1}, {u"profiles"_s, QJsonArray{validEntry(u"lab"_s)}}}).toJson();
        const auto parsed = ProfileTransfer::parse(file);
        QVERIFY(parsed);
        QCOMPARE(parsed->profiles.constFirst().name(), u"lab"_s);
    }

    void testExportHoldsNoSecrets()
    {
        // Unknown fields survive a load/save cycle, so a hand-edited profiles.json could hold anything.
        QJsonObject entry = validEntry(u"lab"_s);
        entry.insert(u"apiKey"_s, u"SECRET-top-level"_s);
        entry = withSsh(entry, u"passphrase"_s, u"SECRET-passphrase"_s);
        QJsonObject services = entry.value(u"services"_s).toObject();
        QJsonObject sonarr = services.value(u"sonarr"_s).toObject();
        sonarr.insert(u"api_key"_s, u"SECRET-sonarr"_s);
        sonarr.insert(u"nested"_s, QJsonObject{{u"Token"_s, u"SECRET-token"_s}, {u"harmless"_s, u"kept-value"_s}});
        services.insert(u"sonarr"_s, sonarr);
        entry.insert(u"services"_s, services);
        entry.insert(u"extras"_s, QJsonArray{QJsonObject{{u"password"_s, u"SECRET-in-array"_s}}});
        Profile profile = Profile::fromJson(entry).value();
        ServiceSettings radarr;
        radarr.url = QUrl(u"https://admin:SECRET-url-password@radarr.lan/"_s);
        profile.setService(u"radarr"_s, radarr);
        profile.setTlsPin(u"secret.example.org"_s, Profile::parseFingerprint(Pin).value()); // a host, not a field

        const QByteArray exported = ProfileTransfer::exportJson({profile});
        QVERIFY2(!exported.contains("SECRET"), exported.constData());
        QVERIFY(exported.contains("kept-value"));
        QVERIFY(exported.contains("abc123.access")); // the client id is not the secret
        QVERIFY(exported.contains("secret.example.org"));
        QVERIFY(exported.contains("radarr.lan"));

        const auto parsed = ProfileTransfer::parse(exported);
        QVERIFY(parsed);
        QVERIFY(parsed->notes.isEmpty());
        QCOMPARE(parsed->profiles.constFirst().services().value(u"radarr"_s).url.userName(), u"admin"_s);
    }

    void testImportDropsSecretLikeFieldsAndSaysSo()
    {
        QJsonObject entry = withSsh(validEntry(u"lab"_s), u"password"_s, u"SECRET-imported"_s);
        const auto parsed = ProfileTransfer::parse(document({entry}));
        QVERIFY(parsed);
        QCOMPARE(parsed->notes.size(), 1);
        QVERIFY2(parsed->notes.constFirst().contains(u"ssh.password"_s), qPrintable(parsed->notes.constFirst()));
        QVERIFY(!QJsonDocument(parsed->profiles.constFirst().toJson()).toJson().contains("SECRET"));
    }

    void testCorruptOrHostileInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // part of the message

        const QJsonObject good = validEntry(u"lab"_s);
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("not json") << QByteArray("profiles: lab") << u"not valid JSON"_s;
        QTest::newRow("truncated") << document({good}).left(120) << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"top level"_s;
        QTest::newRow("other format") << QByteArray("{\"format\":\"keepass\",\"version\":1,\"profiles\":[]}")
                                      << u"format “keepass”"_s;
        QTest::newRow("no format") << QByteArray("{\"profiles\":[]}") << u"neither"_s;
        QTest::newRow("newer") << document({good}, 7) << u"newer KryNet"_s;
        QTest::newRow("no version") << QByteArray("{\"format\":\"krynet-profiles\",\"profiles\":[]}") << u"version"_s;
        QTest::newRow("no list") << QByteArray("{\"format\":\"krynet-profiles\",\"version\":1,\"profiles\":{}}")
                                 << u"no list"_s;
        QTest::newRow("no profiles") << document({}) << u"holds no profiles"_s;
        QTest::newRow("entry not object") << document({good, 42}) << u"Entry 2"_s;

        QJsonObject e = good;
        e.insert(u"name"_s, u"-rm -rf"_s);
        QTest::newRow("bad name") << document({e}) << u"not a valid profile name"_s;
        QTest::newRow("host with space") << document({withSsh(good, u"host"_s, u"nas lan"_s)}) << u"SSH host"_s;
        QTest::newRow("host option") << document({withSsh(good, u"host"_s, u"-oProxyCommand=sh"_s)}) << u"SSH host"_s;
        QTest::newRow("no host") << document({withSsh(good, u"host"_s, u""_s)}) << u"no SSH host"_s;
        QTest::newRow("user injection") << document({withSsh(good, u"user"_s, u"root;reboot"_s)}) << u"user name"_s;
        QTest::newRow("port") << document({withSsh(good, u"port"_s, 70000)}) << u"out of range"_s;
        QTest::newRow("control chars") << document({withSsh(good, u"identityFile"_s, u"~/.ssh/id\nrm"_s)})
                                       << u"control characters"_s;
        QTest::newRow("docker socket") << document({withSsh(good, u"dockerSocket"_s, u"relative.sock"_s)})
                                       << u"absolute path"_s;
        e = good;
        e.insert(u"domain"_s, u"exa mple..org"_s);
        QTest::newRow("domain") << document({e}) << u"not a valid domain"_s;
        e = good;
        e.insert(u"accessMode"_s, u"wormhole"_s);
        QTest::newRow("mode") << document({e}) << u"unknown access mode"_s;
        e = good;
        e.insert(u"tlsPins"_s, QJsonObject{{u"nas.lan"_s, u"not-a-digest"_s}});
        QTest::newRow("pin") << document({e}) << u"SHA-256"_s;
        e = good;
        e.insert(u"services"_s, QJsonObject{{u"sonarr"_s, QJsonObject{{u"url"_s, u"javascript:alert(1)"_s}}}});
        QTest::newRow("url scheme") << document({e}) << u"http(s) URL"_s;
        e.insert(u"services"_s, QJsonObject{{u"sonarr"_s, QJsonObject{{u"url"_s, u"https://u:p@sonarr.lan/"_s}}}});
        QTest::newRow("url password") << document({e}) << u"password"_s;
        e.insert(u"services"_s, QJsonObject{{u"../../etc"_s, QJsonObject{}}});
        QTest::newRow("service id") << document({e}) << u"not a valid service name"_s;
        e.insert(u"services"_s, QJsonObject{{u"sonarr"_s, QJsonObject{{u"subdomain"_s, u"a.b/c"_s}}}});
        QTest::newRow("subdomain") << document({e}) << u"sub-domain"_s;
        QJsonObject other = validEntry(u"lab"_s);
        QTest::newRow("duplicate names") << document({good, other}) << u"two profiles named “lab”"_s;

        QJsonArray many;
        for (int i = 0; i <= ProfileTransfer::MaxProfiles; ++i)
            many.append(validEntry(u"lab"_s + QString::number(i)));
        QTest::newRow("too many") << document(many) << u"at most"_s;
        QTest::newRow("too large") << QByteArray(ProfileTransfer::MaxFileBytes + 1, ' ') << u"too large"_s;
    }

    void testCorruptOrHostileInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto parsed = ProfileTransfer::parse(data);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), Error::Code::Config);
        QVERIFY2(parsed.error().message().contains(expected), qPrintable(parsed.error().message()));
    }

    void testUnusableIdsAreReplaced()
    {
        QJsonObject a = validEntry(u"a"_s);
        a.insert(u"id"_s, u"../other-profile"_s); // would address another profile's keychain entries
        QJsonObject b = validEntry(u"b"_s);
        QJsonObject c = validEntry(u"c"_s);
        c.insert(u"id"_s, b.value(u"id"_s)); // the same id twice
        const auto parsed = ProfileTransfer::parse(document({a, b, c}));
        QVERIFY(parsed);
        QCOMPARE(parsed->notes.size(), 2);
        const QString idA = parsed->profiles.at(0).id();
        QVERIFY(!QUuid::fromString(idA).isNull());
        QCOMPARE(parsed->profiles.at(1).id(), b.value(u"id"_s).toString());
        QVERIFY(parsed->profiles.at(2).id() != parsed->profiles.at(1).id());
    }

    void testKnownHostsOutsideHomeIsNotImported()
    {
        KryNet::Test::IsolatedHome home;
        const auto parsed = ProfileTransfer::parse(document(
            {withSsh(validEntry(u"a"_s), u"knownHostsFile"_s, u"/etc/ssh/ssh_known_hosts"_s),
             withSsh(validEntry(u"b"_s), u"knownHostsFile"_s, u"~/.ssh/lab_known_hosts"_s),
             withSsh(validEntry(u"c"_s), u"knownHostsFile"_s, QString(home.path() + u"/../x/known_hosts"_s))}));
        QVERIFY(parsed);
        QCOMPARE(parsed->profiles.at(0).ssh().knownHostsFile, QString());
        QCOMPARE(parsed->profiles.at(1).ssh().knownHostsFile, u"~/.ssh/lab_known_hosts"_s);
        QCOMPARE(parsed->profiles.at(2).ssh().knownHostsFile, QString());
        QCOMPARE(parsed->notes.size(), 2);
    }

    void testApplyNeverOverwritesSilently()
    {
        KryNet::Test::IsolatedHome home;
        ProfileStore store;
        Profile existing = fullProfile(u"lab"_s);
        existing.ssh().host = u"old.lan"_s;
        QVERIFY(store.add(existing));
        QVERIFY(store.save());

        Profile incoming = fullProfile(u"lab"_s); // same name, other id
        Profile fresh = fullProfile(u"office"_s);
        QCOMPARE(ProfileTransfer::conflicts(store, {incoming, fresh}), QStringList{u"lab"_s});

        const auto refused = ProfileTransfer::apply(store, {fresh, incoming}, ImportConflict::Refuse);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(u"lab"_s), qPrintable(refused.error().message()));
        QCOMPARE(store.profiles().size(), 1); // nothing at all was imported
        QCOMPARE(store.find(u"lab"_s)->ssh().host, u"old.lan"_s);

        const auto replaced = ProfileTransfer::apply(store, {incoming, fresh}, ImportConflict::Replace);
        QVERIFY(replaced);
        QCOMPARE(*replaced, (QStringList{u"lab"_s, u"office"_s}));
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.find(u"lab"_s)->ssh().host, u"nas.lan"_s);
        QCOMPARE(store.find(u"lab"_s)->id(), existing.id()); // its keychain entries still apply
    }

    void testCopyUnderNewNameGetsItsOwnId()
    {
        KryNet::Test::IsolatedHome home;
        ProfileStore store;
        const Profile original = fullProfile(u"lab"_s);
        QVERIFY(store.add(original));
        Profile copy = Profile::fromJson(original.toJson()).value();
        copy.setName(u"lab-copy"_s);
        const auto applied = ProfileTransfer::apply(store, {copy}, ImportConflict::Refuse);
        QVERIFY(applied);
        QVERIFY(store.find(u"lab-copy"_s)->id() != original.id());
        QCOMPARE(store.find(u"lab"_s)->id(), original.id());
    }

    void testFiles()
    {
        KryNet::Test::IsolatedHome home;
        const QString path = home.path() + u"/export.json"_s;
        const QByteArray data = ProfileTransfer::exportJson({fullProfile(u"lab"_s)});
        QVERIFY(ProfileTransfer::writeFile(path, data));
        QCOMPARE(ProfileTransfer::readFile(path).value(), data);
        const auto missing = ProfileTransfer::readFile(home.path() + u"/missing.json"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains(u"missing.json"_s));
        QVERIFY(!ProfileTransfer::writeFile(home.path() + u"/no/such/dir/x.json"_s, data));
    }
};

QTEST_GUILESS_MAIN(TestProfileTransfer)
#include "test_profiletransfer.moc"
