// krynetctl end to end: the real binary through QProcess, its config in a temporary KRYNET_CONFIG_DIR
// and no keychain (the session bus address leads nowhere).
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    [[nodiscard]] QJsonObject outObject() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

const QString Fingerprint =
    u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"_s;

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;

    [[nodiscard]] QString configDir() const { return m_dir->filePath(u"config"_s); }
    [[nodiscard]] QString configFile() const { return configDir() + u"/profiles.json"_s; }

    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KRYNET_CONFIG_DIR"_s, configDir());
        env.insert(u"HOME"_s, m_dir->path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/krynet-test-no-bus"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        p.setProcessEnvironment(env);
        p.setProgram(qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/cli/krynetctl"_s);
        p.setArguments(args);
        p.start();
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    bool addProfile(const QString &name, const QStringList &extra = {})
    {
        const Run r = cli(QStringList{u"profile"_s, u"add"_s, name, u"--host"_s, name + u".lan"_s, u"--domain"_s,
                                      u"example.org"_s, u"--service"_s, u"sonarr"_s} +
                          extra);
        if (r.code != 0)
            qWarning() << r.describe();
        return r.code == 0;
    }

    QJsonObject showJson(const QString &name)
    {
        const Run r = cli({u"--json"_s, u"profile"_s, u"show"_s, name});
        if (r.code != 0)
            qWarning() << r.describe();
        return r.outObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString binary = qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/cli/krynetctl"_s;
        QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void testVersion()
    {
        const Run r = cli({u"--version"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.outText().trimmed(), u"krynetctl "_s + QStringLiteral(KRYNET_VERSION));
        const Run json = cli({u"--json"_s, u"--version"_s});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.outObject().value(u"version"_s).toString(), QStringLiteral(KRYNET_VERSION));
        QCOMPARE(json.outObject().value(u"name"_s).toString(), u"krynetctl"_s);
    }

    void testHelpAndUnknownCommand()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.outText().contains(u"profile add"_s));
        QVERIFY(help.outText().contains(u"secret set"_s));
        QCOMPARE(cli({}).code, 2);
        const Run unknown = cli({u"frobnicate"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.errText().contains(u"frobnicate"_s), unknown.describe().constData());
        const Run addHelp = cli({u"profile"_s, u"add"_s, u"--help"_s});
        QCOMPARE(addHelp.code, 0);
        QVERIFY(addHelp.outText().contains(u"--docker-socket"_s));
    }

    void testAddWithEveryOption()
    {
        const Run r = cli({u"profile"_s,
                           u"add"_s,
                           u"lab"_s,
                           u"--host"_s,
                           u"nas.lan"_s,
                           u"--port"_s,
                           u"2222"_s,
                           u"--user"_s,
                           u"admin"_s,
                           u"--identity"_s,
                           u"/keys/id_lab"_s,
                           u"--agent"_s,
                           u"--known-hosts"_s,
                           u"/keys/known_hosts"_s,
                           u"--jump"_s,
                           u"me@bastion:2200"_s,
                           u"--sudo"_s,
                           u"--docker-socket"_s,
                           u"/run/user/1000/docker.sock"_s,
                           u"--domain"_s,
                           u"Example.ORG"_s,
                           u"--mode"_s,
                           u"tail"_s,
                           u"--service"_s,
                           u"sonarr"_s,
                           u"--service"_s,
                           u"truenas=https://10.0.0.5:8443/ui"_s,
                           u"--service"_s,
                           u"jellyfin=http://10.0.0.2:8096"_s,
                           u"--service"_s,
                           u"prowlarr"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(r.outText().contains(u"lab"_s));

        QVERIFY(QFileInfo::exists(configFile()));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(configFile()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        const QJsonObject p = showJson(u"lab"_s);
        QCOMPARE(p.value(u"name"_s).toString(), u"lab"_s);
        const QJsonObject ssh = p.value(u"ssh"_s).toObject();
        QCOMPARE(ssh.value(u"host"_s).toString(), u"nas.lan"_s);
        QCOMPARE(ssh.value(u"port"_s).toInt(), 2222);
        QCOMPARE(ssh.value(u"user"_s).toString(), u"admin"_s);
        QCOMPARE(ssh.value(u"identityFile"_s).toString(), u"/keys/id_lab"_s);
        QCOMPARE(ssh.value(u"useAgent"_s).toBool(), true);
        QCOMPARE(ssh.value(u"knownHostsFile"_s).toString(), u"/keys/known_hosts"_s);
        QCOMPARE(ssh.value(u"jumpHost"_s).toString(), u"me@bastion:2200"_s);
        QCOMPARE(ssh.value(u"sudo"_s).toBool(), true);
        QCOMPARE(ssh.value(u"dockerSocket"_s).toString(), u"/run/user/1000/docker.sock"_s);
        QCOMPARE(p.value(u"domain"_s).toString(), u"example.org"_s);
        QCOMPARE(p.value(u"accessMode"_s).toString(), u"tail"_s);

        const QJsonObject urls = p.value(u"serviceUrls"_s).toObject();
        QCOMPARE(urls.keys(), (QStringList{u"jellyfin"_s, u"prowlarr"_s, u"sonarr"_s, u"truenas"_s}));
        QCOMPARE(urls.value(u"sonarr"_s).toString(), u"https://sonarr.tail.example.org"_s);
        QCOMPARE(urls.value(u"prowlarr"_s).toString(), u"https://indexer.tail.example.org"_s);
        QCOMPARE(urls.value(u"truenas"_s).toString(), u"https://10.0.0.5:8443/ui"_s);
        QCOMPARE(urls.value(u"jellyfin"_s).toString(), u"http://10.0.0.2:8096"_s);

        // The text form shows the same.
        const Run text = cli({u"profile"_s, u"show"_s, u"lab"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.outText().contains(u"https://sonarr.tail.example.org"_s), text.describe().constData());
        QVERIFY2(text.outText().contains(u"admin@nas.lan:2222"_s), text.describe().constData());
    }

    void testDefaults()
    {
        QVERIFY(cli({u"profile"_s, u"add"_s, u"min"_s, u"--host"_s, u"10.0.0.1"_s}).code == 0);
        const QJsonObject p = showJson(u"min"_s);
        const QJsonObject ssh = p.value(u"ssh"_s).toObject();
        QCOMPARE(ssh.value(u"port"_s).toInt(), 22);
        QCOMPARE(ssh.value(u"useAgent"_s).toBool(), false);
        QCOMPARE(ssh.value(u"sudo"_s).toBool(), false);
        QCOMPARE(p.value(u"accessMode"_s).toString(), u"local"_s);
        QVERIFY(p.value(u"serviceUrls"_s).toObject().isEmpty());
    }

    void testList()
    {
        const Run empty = cli({u"profile"_s, u"list"_s});
        QCOMPARE(empty.code, 0);
        QVERIFY(empty.outText().contains(u"profile add"_s));
        const Run emptyJson = cli({u"--json"_s, u"profile"_s, u"list"_s});
        QCOMPARE(emptyJson.code, 0);
        QVERIFY(QJsonDocument::fromJson(emptyJson.out).isArray());
        QVERIFY(QJsonDocument::fromJson(emptyJson.out).array().isEmpty());

        QVERIFY(addProfile(u"alpha"_s, {u"--mode"_s, u"public"_s}));
        QVERIFY(addProfile(u"beta"_s));

        const Run text = cli({u"profile"_s, u"list"_s});
        QCOMPARE(text.code, 0);
        const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(u"alpha\t"_s), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(u"public"_s));
        QVERIFY(lines.at(1).startsWith(u"beta\t"_s));

        const Run json = cli({u"profile"_s, u"list"_s, u"--json"_s});
        QCOMPARE(json.code, 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray list = doc.array();
        QCOMPARE(list.size(), 2);
        const QJsonObject alpha = list.at(0).toObject();
        QCOMPARE(alpha.value(u"name"_s).toString(), u"alpha"_s);
        QCOMPARE(alpha.value(u"host"_s).toString(), u"alpha.lan"_s);
        QCOMPARE(alpha.value(u"mode"_s).toString(), u"public"_s);
        QCOMPARE(alpha.value(u"domain"_s).toString(), u"example.org"_s);
        QCOMPARE(alpha.value(u"services"_s).toArray(), QJsonArray{u"sonarr"_s});
        QVERIFY(!alpha.value(u"id"_s).toString().isEmpty());
        QVERIFY(alpha.value(u"id"_s) != list.at(1).toObject().value(u"id"_s));
    }

    void testModeChangesUrls_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("sonarr");
        QTest::addColumn<QString>("jellyfin");
        QTest::newRow("local") << u"local"_s << u"https://sonarr.local.example.org"_s
                               << u"https://media.local.example.org"_s;
        QTest::newRow("tail") << u"tail"_s << u"https://sonarr.tail.example.org"_s
                              << u"https://media.tail.example.org"_s;
        QTest::newRow("public") << u"public"_s << u"https://sonarr.example.org"_s << u"https://media.example.org"_s;
        QTest::newRow("tailscale alias") << u"tailscale"_s << u"https://sonarr.tail.example.org"_s
                                         << u"https://media.tail.example.org"_s;
    }

    void testModeChangesUrls()
    {
        QFETCH(QString, mode);
        QFETCH(QString, sonarr);
        QFETCH(QString, jellyfin);
        QVERIFY(
            addProfile(u"lab"_s, {u"--service"_s, u"jellyfin"_s, u"--service"_s, u"radarr=https://r.example.net"_s}));
        const Run set = cli({u"profile"_s, u"set"_s, u"lab"_s, u"--mode"_s, mode});
        QVERIFY2(set.code == 0, set.describe().constData());
        const QJsonObject urls = showJson(u"lab"_s).value(u"serviceUrls"_s).toObject();
        QCOMPARE(urls.value(u"sonarr"_s).toString(), sonarr);
        QCOMPARE(urls.value(u"jellyfin"_s).toString(), jellyfin);
        QCOMPARE(urls.value(u"radarr"_s).toString(), u"https://r.example.net"_s);
    }

    void testSet()
    {
        QVERIFY(addProfile(u"lab"_s, {u"--service"_s, u"radarr"_s, u"--agent"_s, u"--sudo"_s}));
        const QString id = showJson(u"lab"_s).value(u"id"_s).toString();

        Run r = cli({u"profile"_s, u"set"_s, u"lab"_s, u"--pin"_s, u"nas.lan:8443=SHA256:"_s + Fingerprint, u"--pin"_s,
                     u"Other.Lan="_s + Fingerprint.toLower().remove(u':')});
        QVERIFY2(r.code == 0, r.describe().constData());
        QJsonObject pins = showJson(u"lab"_s).value(u"tlsPins"_s).toObject();
        QCOMPARE(pins.value(u"nas.lan:8443"_s).toString(), Fingerprint);
        QCOMPARE(pins.value(u"other.lan"_s).toString(), Fingerprint);

        r = cli({u"profile"_s, u"set"_s, u"lab"_s, u"--unpin"_s, u"nas.lan:8443"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        pins = showJson(u"lab"_s).value(u"tlsPins"_s).toObject();
        QCOMPARE(pins.keys(), QStringList{u"other.lan"_s});

        r = cli({u"profile"_s, u"set"_s, u"lab"_s, u"--remove-service"_s, u"radarr"_s, u"--no-agent"_s, u"--no-sudo"_s,
                 u"--port"_s, u"2022"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QJsonObject p = showJson(u"lab"_s);
        QCOMPARE(p.value(u"services"_s).toObject().keys(), QStringList{u"sonarr"_s});
        QCOMPARE(p.value(u"ssh"_s).toObject().value(u"useAgent"_s).toBool(), false);
        QCOMPARE(p.value(u"ssh"_s).toObject().value(u"sudo"_s).toBool(), false);
        QCOMPARE(p.value(u"ssh"_s).toObject().value(u"port"_s).toInt(), 2022);

        r = cli({u"profile"_s, u"set"_s, u"lab"_s, u"--rename"_s, u"lab2"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(cli({u"profile"_s, u"show"_s, u"lab"_s}).code, 1);
        p = showJson(u"lab2"_s);
        QCOMPARE(p.value(u"id"_s).toString(), id); // secrets stay attached
        QCOMPARE(p.value(u"tlsPins"_s).toObject().keys(), QStringList{u"other.lan"_s});

        // Renaming onto another profile's name fails and changes nothing.
        QVERIFY(addProfile(u"other"_s));
        r = cli({u"profile"_s, u"set"_s, u"lab2"_s, u"--rename"_s, u"other"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"other"_s), r.describe().constData());
        QCOMPARE(showJson(u"lab2"_s).value(u"id"_s).toString(), id);
    }

    void testRemove()
    {
        QVERIFY(addProfile(u"alpha"_s));
        QVERIFY(addProfile(u"beta"_s));
        Run r = cli({u"profile"_s, u"remove"_s, u"alpha"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = cli({u"--json"_s, u"profile"_s, u"list"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = cli({u"profile"_s, u"remove"_s, u"alpha"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"alpha"_s), r.describe().constData());
        r = cli({u"--json"_s, u"profile"_s, u"remove"_s, u"beta"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.outObject().value(u"removed"_s).toString(), u"beta"_s);
    }

    void testFailures()
    {
        Run r = cli({u"profile"_s, u"show"_s, u"ghost"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"ghost"_s), r.describe().constData());

        QVERIFY(addProfile(u"alpha"_s));
        r = cli({u"profile"_s, u"add"_s, u"alpha"_s, u"--host"_s, u"x"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"already exists"_s), r.describe().constData());

        // --json errors are JSON on stderr with a stable code name.
        r = cli({u"--json"_s, u"profile"_s, u"show"_s, u"ghost"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject error = QJsonDocument::fromJson(r.err).object();
        QCOMPARE(error.value(u"code"_s).toString(), u"Config"_s);
        QVERIFY(error.value(u"error"_s).toString().contains(u"ghost"_s));
    }

    void testProfileExportImport()
    {
        QVERIFY(addProfile(u"home"_s, {u"--user"_s, u"admin"_s, u"--pin"_s, u"home.lan=SHA256:"_s + Fingerprint}));
        QVERIFY(addProfile(u"office"_s));
        const QString exportFile = m_dir->filePath(u"export.json"_s);
        Run r = cli({u"profile"_s, u"export"_s, exportFile});
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(u"home, office"_s), r.describe().constData());
        QFile exported(exportFile);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray document = exported.readAll();
        const QJsonObject root = QJsonDocument::fromJson(document).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"krynet-profiles"_s);
        QCOMPARE(root.value(u"profiles"_s).toArray().size(), 2);
        // One profile to standard output.
        r = cli({u"profile"_s, u"export"_s, u"-"_s, u"--profile"_s, u"office"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"profiles"_s).toArray().size(), 1);

        // Importing over the same names is refused and changes nothing…
        const QByteArray before = [this] {
            QFile f(configFile());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        r = cli({u"profile"_s, u"import"_s, exportFile});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"home, office"_s) && r.errText().contains(u"already exist"_s),
                 r.describe().constData());
        QFile after(configFile());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        after.close();
        // …under another name it is a copy, with its own id…
        r = cli({u"profile"_s, u"import"_s, u"-"_s, u"--as"_s, u"office-copy"_s},
                cli({u"profile"_s, u"export"_s, u"-"_s, u"--profile"_s, u"office"_s}).out);
        QVERIFY2(r.code == 0, r.describe().constData());
        QVERIFY(showJson(u"office-copy"_s).value(u"id"_s) != showJson(u"office"_s).value(u"id"_s));
        // …and --replace is explicit.
        QVERIFY(cli({u"profile"_s, u"set"_s, u"home"_s, u"--port"_s, u"2222"_s}).code == 0);
        r = cli({u"--json"_s, u"profile"_s, u"import"_s, exportFile, u"--replace"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.outObject().value(u"imported"_s).toArray().size(), 2);
        QCOMPARE(showJson(u"home"_s).value(u"ssh"_s).toObject().value(u"port"_s).toInt(), 22);

        // Into an empty configuration (another computer): everything but secrets comes across.
        QVERIFY(QFile::remove(configFile()));
        r = cli({u"profile"_s, u"import"_s, exportFile});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonObject home = showJson(u"home"_s);
        QCOMPARE(home.value(u"ssh"_s).toObject().value(u"user"_s).toString(), u"admin"_s);
        QCOMPARE(home.value(u"tlsPins"_s).toObject().value(u"home.lan"_s).toString(), Fingerprint);
        QVERIFY(home.value(u"serviceUrls"_s).toObject().contains(u"sonarr"_s));
    }

    void testProfileImportRejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectInError");
        QTest::newRow("not json") << QByteArray("<html>") << u"not valid JSON"_s;
        QTest::newRow("foreign") << QByteArray("{\"format\":\"other\",\"version\":1,\"profiles\":[]}")
                                 << u"not a KryNet profile export"_s;
        QTest::newRow("hostile host")
            << QByteArray("{\"format\":\"krynet-profiles\",\"version\":1,\"profiles\":[{\"name\":\"x\","
                          "\"ssh\":{\"host\":\"-oProxyCommand=touch /tmp/pwned\"}}]}")
            << u"not a valid SSH host"_s;
    }

    void testProfileImportRejectsBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectInError);
        const QString file = m_dir->filePath(u"bad.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const Run r = cli({u"profile"_s, u"import"_s, file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(expectInError), r.describe().constData());
        QVERIFY(!QFile::exists(configFile()));
    }

    void testCorruptConfig()
    {
        QVERIFY(QDir().mkpath(configDir()));
        const QByteArray broken = "{\"schema\":1,\"profiles\":[{\"name\":";
        {
            QFile f(configFile());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(broken);
        }
        const Run r = cli({u"profile"_s, u"list"_s});
        QCOMPARE(r.code, 1);
        const QStringList kept = QDir(configDir()).entryList({u"profiles.json.corrupt-*"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QVERIFY2(r.errText().contains(kept.constFirst()), r.describe().constData());
        QFile keptFile(configDir() + u'/' + kept.constFirst());
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), broken);
        keptFile.close();

        // The next command starts clean and never touches the kept file.
        QVERIFY(addProfile(u"fresh"_s));
        QCOMPARE(cli({u"profile"_s, u"list"_s}).code, 0);
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), broken);
    }

    void testUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expectInError");

        const QStringList add{u"profile"_s, u"add"_s, u"new"_s, u"--host"_s, u"h"_s};
        QTest::newRow("unknown option") << (add + QStringList{u"--frobnicate"_s}) << QByteArray() << u"frobnicate"_s;
        QTest::newRow("bad mode") << (add + QStringList{u"--mode"_s, u"satellite"_s}) << QByteArray() << u"satellite"_s;
        QTest::newRow("port zero") << (add + QStringList{u"--port"_s, u"0"_s}) << QByteArray() << u"--port"_s;
        QTest::newRow("port too big") << (add + QStringList{u"--port"_s, u"70000"_s}) << QByteArray() << u"70000"_s;
        QTest::newRow("port not a number") << (add + QStringList{u"--port"_s, u"ssh"_s}) << QByteArray() << u"--port"_s;
        QTest::newRow("unknown service") << (add + QStringList{u"--service"_s, u"plex"_s}) << QByteArray() << u"plex"_s;
        QTest::newRow("service url not http")
            << (add + QStringList{u"--service"_s, u"sonarr=ftp://x"_s}) << QByteArray() << u"ftp://x"_s;
        QTest::newRow("relative docker socket")
            << (add + QStringList{u"--docker-socket"_s, u"docker.sock"_s}) << QByteArray() << u"docker.sock"_s;
        QTest::newRow("missing host") << QStringList{u"profile"_s, u"add"_s, u"new"_s} << QByteArray() << u"--host"_s;
        QTest::newRow("empty host") << QStringList{u"profile"_s, u"add"_s, u"new"_s, u"--host"_s, u" "_s}
                                    << QByteArray() << u"--host"_s;
        QTest::newRow("set empty host") << QStringList{u"profile"_s, u"set"_s, u"lab"_s, u"--host"_s, QString()}
                                        << QByteArray() << u"--host"_s;
        QTest::newRow("name twice") << QStringList{u"profile"_s, u"show"_s, u"lab"_s, u"--profile"_s, u"lab"_s}
                                    << QByteArray() << u"one profile name"_s;
        QTest::newRow("set without name")
            << QStringList{u"profile"_s, u"set"_s, u"--port"_s, u"23"_s} << QByteArray() << u"profile name"_s;
        QTest::newRow("missing name") << QStringList{u"profile"_s, u"add"_s, u"--host"_s, u"h"_s} << QByteArray()
                                      << u"name"_s;
        QTest::newRow("option without value")
            << QStringList{u"profile"_s, u"add"_s, u"new"_s, u"--host"_s} << QByteArray() << u"host"_s;
        QTest::newRow("bad pin") << QStringList{u"profile"_s, u"set"_s, u"lab"_s, u"--pin"_s, u"nas=abc"_s}
                                 << QByteArray() << u"SHA-256"_s;
        QTest::newRow("unpin unknown host")
            << QStringList{u"profile"_s, u"set"_s, u"lab"_s, u"--unpin"_s, u"nas"_s} << QByteArray() << u"nas"_s;
        QTest::newRow("secret two keys") << QStringList{u"secret"_s, u"set"_s, u"sonarr.api-key"_s,
                                                        u"the-secret-itself"_s}
                                         << QByteArray("x") << u"never"_s;
        QTest::newRow("secret unknown key")
            << QStringList{u"secret"_s, u"set"_s, u"plex.token"_s} << QByteArray("value") << u"plex.token"_s;
        QTest::newRow("secret empty stdin")
            << QStringList{u"secret"_s, u"set"_s, u"sonarr.api-key"_s} << QByteArray() << u"empty"_s;
        QTest::newRow("secret only newline")
            << QStringList{u"secret"_s, u"set"_s, u"sonarr.api-key"_s} << QByteArray("\n") << u"empty"_s;
    }

    void testUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, expectInError);
        QVERIFY(addProfile(u"lab"_s));
        const QByteArray before = [this] {
            QFile f(configFile());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run r = cli(args, input);
        QVERIFY2(r.code == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(expectInError), r.describe().constData());
        QVERIFY2(r.errText().contains(u"--help"_s), r.describe().constData());
        // A usage error changes nothing.
        QFile f(configFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void testProfileOptionalWithOneProfile()
    {
        QVERIFY(addProfile(u"only"_s));
        const Run show = cli({u"--json"_s, u"profile"_s, u"show"_s});
        QCOMPARE(show.code, 0);
        QCOMPARE(show.outObject().value(u"name"_s).toString(), u"only"_s);

        // The profile resolves; what fails is the keychain (there is none).
        const Run clear = cli({u"secret"_s, u"clear"_s, u"sonarr.api-key"_s});
        QCOMPARE(clear.code, 1);
        QVERIFY2(clear.errText().contains(u"No system keychain"_s), clear.describe().constData());
    }

    void testProfileRequiredWithSeveral()
    {
        QVERIFY(addProfile(u"alpha"_s));
        QVERIFY(addProfile(u"beta"_s));
        const Run show = cli({u"profile"_s, u"show"_s});
        QCOMPARE(show.code, 1);
        QVERIFY2(show.errText().contains(u"Several profiles"_s), show.describe().constData());

        const Run set = cli({u"secret"_s, u"set"_s, u"sonarr.api-key"_s}, "Several-secret-1");
        QCOMPARE(set.code, 1);
        QVERIFY2(set.errText().contains(u"--profile"_s), set.describe().constData());
        QVERIFY2(!set.errText().contains(u"keychain"_s), set.describe().constData());

        const Run named =
            cli({u"secret"_s, u"set"_s, u"--profile"_s, u"beta"_s, u"sonarr.api-key"_s}, "Several-secret-2");
        QCOMPARE(named.code, 1);
        QVERIFY2(named.errText().contains(u"No system keychain"_s), named.describe().constData());

        const Run unknown = cli({u"secret"_s, u"set"_s, u"--profile"_s, u"gamma"_s, u"sonarr.api-key"_s}, "x-secret");
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.errText().contains(u"gamma"_s), unknown.describe().constData());
    }

    void testProfileOptionOnProfileCommands()
    {
        // resolve() tells users to pass --profile NAME: the profile commands must take it too.
        QVERIFY(addProfile(u"alpha"_s));
        QVERIFY(addProfile(u"beta"_s));
        const Run several = cli({u"profile"_s, u"show"_s});
        QCOMPARE(several.code, 1);
        QVERIFY2(several.errText().contains(u"--profile"_s), several.describe().constData());

        Run r = cli({u"--json"_s, u"profile"_s, u"show"_s, u"--profile"_s, u"beta"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(r.outObject().value(u"name"_s).toString(), u"beta"_s);

        r = cli({u"profile"_s, u"set"_s, u"--profile"_s, u"beta"_s, u"--mode"_s, u"public"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QCOMPARE(showJson(u"beta"_s).value(u"accessMode"_s).toString(), u"public"_s);
        QCOMPARE(showJson(u"alpha"_s).value(u"accessMode"_s).toString(), u"local"_s);

        r = cli({u"profile"_s, u"remove"_s, u"--profile"_s, u"alpha"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        r = cli({u"--json"_s, u"profile"_s, u"list"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    }

    void testSecretSetWithoutKeychain()
    {
        QVERIFY(addProfile(u"lab"_s));
        const QByteArray secret = "NoKeychain-Secret-8d1e";
        const Run r = cli({u"secret"_s, u"set"_s, u"--profile"_s, u"lab"_s, u"sonarr.api-key"_s}, secret + "\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errText().contains(u"No system keychain is available"_s), r.describe().constData());
        QVERIFY2(r.errText().contains(u"Secret Service"_s), r.describe().constData());
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));

        const Run json = cli({u"--json"_s, u"secret"_s, u"set"_s, u"sonarr.api-key"_s}, secret);
        QCOMPARE(json.code, 1);
        const QJsonObject error = QJsonDocument::fromJson(json.err.trimmed().split('\n').constLast()).object();
        QCOMPARE(error.value(u"code"_s).toString(), u"Keychain"_s);
        QVERIFY(!json.err.contains(secret));

        // Nothing about the secret reached the config folder.
        for (const QString &name : QDir(configDir()).entryList(QDir::Files | QDir::Hidden)) {
            QFile f(configDir() + u'/' + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
