#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/config/profile.h"
#include "core/config/servicecatalog.h"

using namespace Qt::StringLiterals;
using KryNet::AccessMode;
using KryNet::Error;
using KryNet::Profile;
using KryNet::ServiceSettings;

namespace
{

Profile labProfile()
{
    Profile p;
    p.setName(u"homelab"_s);
    p.setDomain(u"example.org"_s);
    p.ssh().host = u"nas.lan"_s;
    for (const auto *id : {"sonarr", "jellyfin", "prowlarr", "truenas", "radarr"})
        p.setService(QString::fromLatin1(id), ServiceSettings{});
    return p;
}

QByteArray digest(char first)
{
    QByteArray d(32, '\0');
    for (int i = 0; i < d.size(); ++i)
        d[i] = char(first + i);
    return d;
}

} // namespace

class TestProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testDerivedUrl_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<AccessMode>("mode");
        QTest::addColumn<QString>("expected");

        QTest::newRow("sonarr local") << u"sonarr"_s << AccessMode::Local << u"https://sonarr.local.example.org"_s;
        QTest::newRow("sonarr tail") << u"sonarr"_s << AccessMode::Tail << u"https://sonarr.tail.example.org"_s;
        QTest::newRow("sonarr public") << u"sonarr"_s << AccessMode::Public << u"https://sonarr.example.org"_s;
        QTest::newRow("jellyfin local") << u"jellyfin"_s << AccessMode::Local << u"https://media.local.example.org"_s;
        QTest::newRow("jellyfin tail") << u"jellyfin"_s << AccessMode::Tail << u"https://media.tail.example.org"_s;
        QTest::newRow("jellyfin public") << u"jellyfin"_s << AccessMode::Public << u"https://media.example.org"_s;
        QTest::newRow("prowlarr tail") << u"prowlarr"_s << AccessMode::Tail << u"https://indexer.tail.example.org"_s;
    }

    void testDerivedUrl()
    {
        QFETCH(QString, service);
        QFETCH(AccessMode, mode);
        QFETCH(QString, expected);

        Profile p = labProfile();
        const auto explicitMode = p.serviceUrl(service, mode);
        QVERIFY2(explicitMode, qPrintable(explicitMode ? QString() : explicitMode.error().message()));
        QCOMPARE(explicitMode->toString(), expected);

        // The one-argument form follows the profile's own mode.
        p.setAccessMode(mode);
        const auto current = p.serviceUrl(service);
        QVERIFY(current);
        QCOMPARE(current->toString(), expected);
    }

    void testSubdomainOverride_data()
    {
        QTest::addColumn<AccessMode>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local") << AccessMode::Local << u"https://tv.local.example.org"_s;
        QTest::newRow("tail") << AccessMode::Tail << u"https://tv.tail.example.org"_s;
        QTest::newRow("public") << AccessMode::Public << u"https://tv.example.org"_s;
    }

    void testSubdomainOverride()
    {
        QFETCH(AccessMode, mode);
        QFETCH(QString, expected);
        Profile p = labProfile();
        ServiceSettings s;
        s.subdomain = u"tv"_s;
        p.setService(u"sonarr"_s, s);
        const auto url = p.serviceUrl(u"sonarr"_s, mode);
        QVERIFY(url);
        QCOMPARE(url->toString(), expected);
    }

    void testUrlOverrideWins_data()
    {
        QTest::addColumn<AccessMode>("mode");
        QTest::newRow("local") << AccessMode::Local;
        QTest::newRow("tail") << AccessMode::Tail;
        QTest::newRow("public") << AccessMode::Public;
    }

    void testUrlOverrideWins()
    {
        QFETCH(AccessMode, mode);
        Profile p = labProfile();
        ServiceSettings s;
        s.subdomain = u"ignored"_s;
        s.url = QUrl(u"http://192.168.1.20:8989/sonarr"_s);
        p.setService(u"sonarr"_s, s);
        p.setAccessMode(mode);
        const auto url = p.serviceUrl(u"sonarr"_s, mode);
        QVERIFY(url);
        QCOMPARE(url->toString(), u"http://192.168.1.20:8989/sonarr"_s);
        QCOMPARE(p.serviceUrl(u"sonarr"_s)->toString(), u"http://192.168.1.20:8989/sonarr"_s);
        // An override on one service leaves the others derived.
        QVERIFY(p.serviceUrl(u"radarr"_s, mode)->host().startsWith(u"radarr."_s));
    }

    void testServiceWithoutSubdomainNeedsUrl()
    {
        Profile p = labProfile();
        QVERIFY(KryNet::ServiceCatalog::find(u"truenas"_s));
        QVERIFY(KryNet::ServiceCatalog::find(u"truenas"_s)->defaultSubdomain.isEmpty());
        for (const AccessMode mode : {AccessMode::Local, AccessMode::Tail, AccessMode::Public}) {
            const auto url = p.serviceUrl(u"truenas"_s, mode);
            QVERIFY(url.isError());
            QCOMPARE(url.error().code(), Error::Code::Config);
            QVERIFY2(url.error().message().contains(u"TrueNAS"_s), qPrintable(url.error().message()));
            QVERIFY2(url.error().message().contains(u"URL"_s), qPrintable(url.error().message()));
        }
        ServiceSettings s;
        s.url = QUrl(u"https://truenas.example.org"_s);
        p.setService(u"truenas"_s, s);
        QCOMPARE(p.serviceUrl(u"truenas"_s, AccessMode::Tail)->toString(), u"https://truenas.example.org"_s);
    }

    void testMissingDomain()
    {
        Profile p = labProfile();
        p.setDomain(QString());
        const auto url = p.serviceUrl(u"sonarr"_s);
        QVERIFY(url.isError());
        QCOMPARE(url.error().code(), Error::Code::Config);
        QVERIFY2(url.error().message().contains(u"domain"_s), qPrintable(url.error().message()));
        // An explicit URL needs no domain.
        ServiceSettings s;
        s.url = QUrl(u"https://10.0.0.2:8989"_s);
        p.setService(u"sonarr"_s, s);
        QVERIFY(p.serviceUrl(u"sonarr"_s));
    }

    void testDomainIsNormalised()
    {
        Profile p = labProfile();
        p.setDomain(u"  Example.ORG "_s);
        QCOMPARE(p.domain(), u"example.org"_s);
        QCOMPARE(p.serviceUrl(u"sonarr"_s, AccessMode::Public)->toString(), u"https://sonarr.example.org"_s);
    }

    void testServiceNotInProfile()
    {
        Profile p = labProfile();
        const auto url = p.serviceUrl(u"sabnzbd"_s);
        QVERIFY(url.isError());
        QCOMPARE(url.error().code(), Error::Code::Config);
        QVERIFY2(url.error().message().contains(u"SABnzbd"_s), qPrintable(url.error().message()));
        QVERIFY2(url.error().message().contains(u"homelab"_s), qPrintable(url.error().message()));
        p.removeService(u"sonarr"_s);
        QVERIFY(p.serviceUrl(u"sonarr"_s).isError());
    }

    void testParseFingerprint_data()
    {
        QTest::addColumn<QString>("text");
        const QString hex = QString::fromLatin1(digest(0x10).toHex());
        const QString colons = QString::fromLatin1(digest(0x10).toHex(':').toUpper());
        QTest::newRow("lower hex") << hex;
        QTest::newRow("upper hex") << hex.toUpper();
        QTest::newRow("colons upper") << colons;
        QTest::newRow("colons lower") << colons.toLower();
        QTest::newRow("SHA256 prefix") << (u"SHA256:"_s + colons);
        QTest::newRow("sha256 prefix lower") << (u"sha256:"_s + hex);
        QTest::newRow("spaces") << QString::fromLatin1(digest(0x10).toHex(' '));
        QTest::newRow("surrounding whitespace") << (u"  "_s + colons + u"\n"_s);
    }

    void testParseFingerprint()
    {
        QFETCH(QString, text);
        const auto parsed = Profile::parseFingerprint(text);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
        QCOMPARE(parsed.value(), digest(0x10));
    }

    void testParseFingerprintRejects_data()
    {
        QTest::addColumn<QString>("text");
        const QString hex = QString::fromLatin1(digest(0x10).toHex());
        QTest::newRow("empty") << QString();
        QTest::newRow("one byte short") << hex.left(62);
        QTest::newRow("odd length") << hex.left(63);
        QTest::newRow("one byte long") << (hex + u"ab"_s);
        QTest::newRow("sha1 length") << hex.left(40);
        QTest::newRow("non-hex") << (hex.left(62) + u"zz"_s);
        QTest::newRow("base64 ssh style") << u"SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"_s;
        QTest::newRow("prefix only") << u"SHA256:"_s;
    }

    void testParseFingerprintRejects()
    {
        QFETCH(QString, text);
        const auto parsed = Profile::parseFingerprint(text);
        QVERIFY(parsed.isError());
        QCOMPARE(parsed.error().code(), Error::Code::Config);
        QVERIFY2(parsed.error().message().contains(u"64"_s), qPrintable(parsed.error().message()));
    }

    void testFormatFingerprint()
    {
        QByteArray d(32, '\0');
        d[0] = char(0xab);
        d[1] = char(0x01);
        d[31] = char(0xff);
        const QString text = Profile::formatFingerprint(d);
        QCOMPARE(text.size(), 32 * 3 - 1);
        QVERIFY(text.startsWith(u"AB:01:00:"_s));
        QVERIFY(text.endsWith(u":00:FF"_s));
        QCOMPARE(Profile::parseFingerprint(text).value(), d);
    }

    void testTlsPinLookup()
    {
        Profile p = labProfile();
        p.setTlsPin(u"NAS.lan"_s, digest(1));
        p.setTlsPin(u"nas.lan:8443"_s, digest(2));
        QCOMPARE(p.tlsPin(u"nas.lan"_s, 8443), std::optional<QByteArray>(digest(2)));
        QCOMPARE(p.tlsPin(u"NAS.LAN"_s, 8443), std::optional<QByteArray>(digest(2)));
        QCOMPARE(p.tlsPin(u"nas.lan"_s, 443), std::optional<QByteArray>(digest(1)));
        QVERIFY(!p.tlsPin(u"other.lan"_s, 443));
        QVERIFY(p.removeTlsPin(u"nas.lan:8443"_s));
        QCOMPARE(p.tlsPin(u"nas.lan"_s, 8443), std::optional<QByteArray>(digest(1)));
        QVERIFY(!p.removeTlsPin(u"nas.lan:8443"_s));
        QVERIFY(p.removeTlsPin(u"Nas.Lan"_s));
        QVERIFY(!p.tlsPin(u"nas.lan"_s, 8443));
    }

    void testValidName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"homelab"_s << true;
        QTest::newRow("digits dots dashes") << u"lab-2.home_x"_s << true;
        QTest::newRow("one char") << u"a"_s << true;
        QTest::newRow("64 chars") << QString(64, u'a') << true;
        QTest::newRow("65 chars") << QString(65, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading dash") << u"-lab"_s << false;
        QTest::newRow("space") << u"home lab"_s << false;
        QTest::newRow("slash") << u"home/lab"_s << false;
        QTest::newRow("unicode") << u"läb"_s << false;
    }

    void testValidName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Profile::isValidName(name), valid);
        Profile p = labProfile();
        p.setName(name);
        QCOMPARE(bool(p.validate()), valid);
        if (!valid)
            QCOMPARE(p.validate().error().code(), Error::Code::Config);
    }

    void testValidatePort_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("22") << 22 << true;
        QTest::newRow("65535") << 65535 << true;
        QTest::newRow("65536") << 65536 << false;
        QTest::newRow("negative") << -22 << false;
    }

    void testValidatePort()
    {
        QFETCH(int, port);
        QFETCH(bool, valid);
        Profile p = labProfile();
        p.ssh().port = port;
        const auto result = p.validate();
        QCOMPARE(bool(result), valid);
        if (!valid)
            QVERIFY2(result.error().message().contains(QString::number(port)), qPrintable(result.error().message()));
    }

    void testValidateUnknownService()
    {
        // A service a newer version knows is kept (forward compatibility); a malformed id is refused.
        Profile p = labProfile();
        QVERIFY(p.validate());
        p.setService(u"plex"_s, ServiceSettings{});
        QVERIFY(p.validate());
        p.setService(u"Bad Name!"_s, ServiceSettings{});
        const auto result = p.validate();
        QVERIFY(result.isError());
        QVERIFY2(result.error().message().contains(u"Bad Name!"_s), qPrintable(result.error().message()));
        QVERIFY2(result.error().message().contains(u"sonarr"_s), qPrintable(result.error().message()));
    }

    void testValidateServiceUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << u"https://sonarr.example.org"_s << true;
        QTest::newRow("http with port and path") << u"http://10.0.0.2:8989/sonarr"_s << true;
        QTest::newRow("ftp") << u"ftp://files.example.org"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("relative") << u"sonarr.example.org"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
    }

    void testValidateServiceUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        Profile p = labProfile();
        ServiceSettings s;
        s.url = QUrl(url);
        p.setService(u"sonarr"_s, s);
        const auto result = p.validate();
        QVERIFY2(bool(result) == valid, qPrintable(result ? u"valid"_s : result.error().message()));
        if (!valid)
            QVERIFY2(result.error().message().contains(u"Sonarr"_s), qPrintable(result.error().message()));
    }

    void testJsonRoundTrip()
    {
        Profile p = labProfile();
        p.ssh().port = 2222;
        p.ssh().user = u"admin"_s;
        p.ssh().identityFile = u"/home/me/.ssh/id_lab"_s;
        p.ssh().useAgent = true;
        p.ssh().knownHostsFile = u"/home/me/.ssh/lab_known_hosts"_s;
        p.ssh().jumpHost = u"me@bastion:2200"_s;
        p.ssh().useSudo = true;
        p.ssh().dockerSocket = u"/run/user/1000/docker.sock"_s;
        p.setAccessMode(AccessMode::Tail);
        p.setCfAccessClientId(u"abc.access"_s);
        ServiceSettings sonarr;
        sonarr.subdomain = u"tv"_s;
        p.setService(u"sonarr"_s, sonarr);
        ServiceSettings truenas;
        truenas.url = QUrl(u"https://10.0.0.5:8443/ui"_s);
        p.setService(u"truenas"_s, truenas);
        p.setTlsPin(u"10.0.0.5:8443"_s, digest(7));

        const QJsonObject json = p.toJson();
        // Through text, as the store does.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const auto back = Profile::fromJson(reread);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message()));
        QCOMPARE(back->id(), p.id());
        QCOMPARE(back->name(), p.name());
        QCOMPARE(back->ssh().host, p.ssh().host);
        QCOMPARE(back->ssh().port, 2222);
        QCOMPARE(back->ssh().user, u"admin"_s);
        QCOMPARE(back->ssh().identityFile, p.ssh().identityFile);
        QCOMPARE(back->ssh().useAgent, true);
        QCOMPARE(back->ssh().knownHostsFile, p.ssh().knownHostsFile);
        QCOMPARE(back->ssh().jumpHost, p.ssh().jumpHost);
        QCOMPARE(back->ssh().useSudo, true);
        QCOMPARE(back->ssh().dockerSocket, p.ssh().dockerSocket);
        QCOMPARE(back->domain(), u"example.org"_s);
        QCOMPARE(back->accessMode(), AccessMode::Tail);
        QCOMPARE(back->cfAccessClientId(), u"abc.access"_s);
        QCOMPARE(back->services().keys(), p.services().keys());
        QCOMPARE(back->services().value(u"sonarr"_s).subdomain, u"tv"_s);
        QCOMPARE(back->services().value(u"truenas"_s).url, truenas.url);
        QCOMPARE(back->tlsPins(), p.tlsPins());
        QCOMPARE(back->serviceUrl(u"sonarr"_s)->toString(), u"https://tv.tail.example.org"_s);
        QCOMPARE(back->toJson(), json);
    }

    void testJsonDefaults()
    {
        const auto p = Profile::fromJson(QJsonObject{{u"name"_s, u"bare"_s}});
        QVERIFY(p);
        QVERIFY(!p->id().isEmpty());
        QCOMPARE(p->ssh().port, 22);
        QCOMPARE(p->accessMode(), AccessMode::Local);
        QVERIFY(!p->ssh().useAgent);
        QVERIFY(p->services().isEmpty());
        // Two profiles without ids get different ones: secrets are keyed by id.
        const auto q = Profile::fromJson(QJsonObject{{u"name"_s, u"bare"_s}});
        QVERIFY(p->id() != q->id());
        QCOMPARE(p->secretKey(u"sonarr.api-key"_s), p->id() + u"/sonarr.api-key"_s);
    }

    void testJsonKeepsUnknownFields()
    {
        QJsonObject json = labProfile().toJson();
        json.insert(u"futureTopLevel"_s, QJsonObject{{u"nested"_s, QJsonArray{1, 2, 3}}});
        json.insert(u"colour"_s, u"teal"_s);
        QJsonObject ssh = json.value(u"ssh"_s).toObject();
        ssh.insert(u"ciphers"_s, u"chacha20-poly1305@openssh.com"_s);
        json.insert(u"ssh"_s, ssh);
        QJsonObject services = json.value(u"services"_s).toObject();
        QJsonObject sonarr = services.value(u"sonarr"_s).toObject();
        sonarr.insert(u"apiVersion"_s, 3);
        services.insert(u"sonarr"_s, sonarr);
        json.insert(u"services"_s, services);

        auto p = Profile::fromJson(json);
        QVERIFY(p);
        // Change known fields: the unknown ones must survive next to them.
        p->ssh().port = 2022;
        p->setDomain(u"lab.example"_s);
        const QJsonObject out = p->toJson();
        QCOMPARE(out.value(u"futureTopLevel"_s), json.value(u"futureTopLevel"_s));
        QCOMPARE(out.value(u"colour"_s).toString(), u"teal"_s);
        QCOMPARE(out.value(u"ssh"_s).toObject().value(u"ciphers"_s).toString(), u"chacha20-poly1305@openssh.com"_s);
        QCOMPARE(out.value(u"ssh"_s).toObject().value(u"port"_s).toInt(), 2022);
        QCOMPARE(out.value(u"domain"_s).toString(), u"lab.example"_s);
        QCOMPARE(out.value(u"services"_s).toObject().value(u"sonarr"_s).toObject().value(u"apiVersion"_s).toInt(), 3);
    }

    void testJsonRejects_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown access mode") << u"accessMode"_s << QJsonValue(u"satellite"_s);
        QTest::newRow("bad tls pin") << u"tlsPins"_s << QJsonValue(QJsonObject{{u"nas:443"_s, u"nope"_s}});
    }

    void testJsonRejects()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject json = labProfile().toJson();
        json.insert(member, value);
        const auto p = Profile::fromJson(json);
        QVERIFY(p.isError());
        QCOMPARE(p.error().code(), Error::Code::Config);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "test_profile.moc"
