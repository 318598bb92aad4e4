#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/config/profilestore.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using KryNet::AccessMode;
using KryNet::Error;
using KryNet::Profile;
using KryNet::ProfileStore;
using KryNet::ServiceSettings;

namespace
{

Profile makeProfile(const QString &name, const QString &host = u"nas.lan"_s)
{
    Profile p;
    p.setName(name);
    p.ssh().host = host;
    p.setDomain(u"example.org"_s);
    p.setService(u"sonarr"_s, ServiceSettings{});
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

ino_t inodeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_file;

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(u"profiles.json"_s);
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void testMissingFileIsEmpty()
    {
        ProfileStore store(m_file);
        const auto loaded = store.load();
        QVERIFY(loaded);
        QVERIFY(store.isEmpty());
        QVERIFY(store.movedAsidePath().isEmpty());
        QVERIFY(!QFileInfo::exists(m_file));
    }

    void testRoundTrip()
    {
        ProfileStore store(m_file);
        QVERIFY(store.load());
        Profile a = makeProfile(u"alpha"_s);
        a.ssh().port = 2222;
        a.setAccessMode(AccessMode::Public);
        a.setTlsPin(u"nas.lan:443"_s, QByteArray(32, 'x'));
        QVERIFY(store.add(a));
        QVERIFY(store.add(makeProfile(u"beta"_s, u"10.0.0.9"_s)));
        QVERIFY(store.save());

        ProfileStore again(m_file);
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profiles().at(0).name(), u"alpha"_s);
        QCOMPARE(again.profiles().at(0).id(), a.id());
        QCOMPARE(again.profiles().at(0).toJson(), a.toJson());
        QCOMPARE(again.profiles().at(1).ssh().host, u"10.0.0.9"_s);

        const QJsonObject root = QJsonDocument::fromJson(readAll(m_file)).object();
        QCOMPARE(root.value(u"schema"_s).toInt(), ProfileStore::SchemaVersion);
        QCOMPARE(root.value(u"profiles"_s).toArray().size(), 2);
    }

    void testDefaultPathFollowsEnvironment()
    {
        KryNet::Test::IsolatedHome home;
        QVERIFY(home.isValid());
        QCOMPARE(ProfileStore::defaultFilePath(), home.configDir() + u"/krynet/profiles.json"_s);
        qputenv("KRYNET_CONFIG_DIR", m_dir->path().toUtf8());
        QCOMPARE(ProfileStore::defaultFilePath(), m_dir->path() + u"/profiles.json"_s);
        qunsetenv("KRYNET_CONFIG_DIR");
    }

    void testSaveCreatesFolder()
    {
        const QString nested = m_dir->filePath(u"a/b/profiles.json"_s);
        ProfileStore store(nested);
        QVERIFY(store.load());
        QVERIFY(store.add(makeProfile(u"alpha"_s)));
        QVERIFY(store.save());
        QVERIFY(QFileInfo::exists(nested));
    }

    void testAtomicWrite()
    {
        ProfileStore store(m_file);
        QVERIFY(store.load());
        QVERIFY(store.add(makeProfile(u"alpha"_s)));
        QVERIFY(store.save());
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(m_file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        const ino_t before = inodeOf(m_file);
        QVERIFY(before != 0);
        // A hard link keeps the old inode reachable: an in-place write would change what it shows.
        const QString link = m_dir->filePath(u"old-link"_s);
        QCOMPARE(::link(QFile::encodeName(m_file).constData(), QFile::encodeName(link).constData()), 0);
        const QByteArray oldBytes = readAll(link);

        for (int i = 0; i < 20; ++i)
            QVERIFY(store.add(makeProfile(u"p"_s + QString::number(i))));
        QVERIFY(store.save());
        QVERIFY(inodeOf(m_file) != before);
        QCOMPARE(readAll(link), oldBytes);
        QCOMPARE(inodeOf(link), before);
        QVERIFY(::stat(QFile::encodeName(m_file).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        // Complete, parseable content and nothing left behind but the file (and the test's link).
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(m_file), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(u"profiles"_s).toArray().size(), 21);
        QCOMPARE(entries(m_dir->path()), (QStringList{u"old-link"_s, u"profiles.json"_s}));
    }

    void testSaveTightensPermissions()
    {
        writeFile(m_file, "{\"schema\":1,\"profiles\":[]}");
        QVERIFY(QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        ProfileStore store(m_file);
        QVERIFY(store.load());
        QVERIFY(store.add(makeProfile(u"alpha"_s)));
        QVERIFY(store.save());
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(m_file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
    }

    void testCorruptFileMovedAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectInMessage");
        QTest::newRow("truncated json") << QByteArray("{\"schema\":1,\"profiles\":[{\"name\":\"a\"") << u"damaged"_s;
        QTest::newRow("garbage") << QByteArray("\x00\x01not json at all\xff", 18) << u"damaged"_s;
        QTest::newRow("array at top") << QByteArray("[1,2,3]") << u"damaged"_s;
        QTest::newRow("string at top") << QByteArray("\"hello\"") << u"damaged"_s;
        QTest::newRow("no profiles array") << QByteArray("{\"schema\":1}") << u"not a KryNet profiles file"_s;
        QTest::newRow("profiles not array")
            << QByteArray("{\"schema\":1,\"profiles\":{}}") << u"not a KryNet profiles file"_s;
        QTest::newRow("no schema") << QByteArray("{\"profiles\":[]}") << u"not a KryNet profiles file"_s;
        QTest::newRow("profile not an object") << QByteArray("{\"schema\":1,\"profiles\":[7]}") << u"invalid profile"_s;
        QTest::newRow("invalid profile") << QByteArray(
                                                "{\"schema\":1,\"profiles\":[{\"name\":\"a\",\"accessMode\":\"x\"}]}")
                                         << u"invalid profile"_s;
    }

    void testCorruptFileMovedAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectInMessage);
        writeFile(m_file, content);

        ProfileStore store(m_file);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const auto loaded = store.load();
        QVERIFY(loaded.isError());
        QCOMPARE(loaded.error().code(), Error::Code::Config);
        QVERIFY(store.isEmpty());
        QCOMPARE(changed.size(), 1);

        const QString kept = store.movedAsidePath();
        QVERIFY(kept.startsWith(m_file + u".corrupt-"_s));
        QVERIFY2(loaded.error().message().contains(kept), qPrintable(loaded.error().message()));
        QVERIFY2(loaded.error().message().contains(expectInMessage), qPrintable(loaded.error().message()));
        QCOMPARE(readAll(kept), content);
        QVERIFY(!QFileInfo::exists(m_file));

        // Saving afterwards writes a fresh file and leaves the kept one alone.
        QVERIFY(store.add(makeProfile(u"alpha"_s)));
        QVERIFY(store.save());
        QCOMPARE(readAll(kept), content);
        ProfileStore again(m_file);
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(entries(m_dir->path()).size(), 2);
    }

    void testSecondCorruptionKeepsBoth()
    {
        writeFile(m_file, "first broken");
        ProfileStore store(m_file);
        QVERIFY(store.load().isError());
        const QString firstKept = store.movedAsidePath();
        writeFile(m_file, "second broken");
        QVERIFY(store.load().isError());
        const QString secondKept = store.movedAsidePath();
        QVERIFY(firstKept != secondKept);
        QCOMPARE(readAll(firstKept), QByteArray("first broken"));
        QCOMPARE(readAll(secondKept), QByteArray("second broken"));
    }

    void testNewerSchemaMovedAside()
    {
        const QByteArray content = "{\"schema\":99,\"profiles\":[{\"name\":\"future\"}],\"hologram\":true}";
        writeFile(m_file, content);
        ProfileStore store(m_file);
        const auto loaded = store.load();
        QVERIFY(loaded.isError());
        QCOMPARE(loaded.error().code(), Error::Code::Config);
        QVERIFY(store.isEmpty());
        QVERIFY(store.movedAsidePath().startsWith(m_file + u".newer-"_s));
        QVERIFY2(loaded.error().message().contains(store.movedAsidePath()), qPrintable(loaded.error().message()));
        QVERIFY2(loaded.error().message().contains(u"newer"_s), qPrintable(loaded.error().message()));
        QVERIFY2(loaded.error().message().contains(u"99"_s), qPrintable(loaded.error().message()));
        QCOMPARE(readAll(store.movedAsidePath()), content);
        QVERIFY(!QFileInfo::exists(m_file));
    }

    void testUnknownTopLevelFieldsKept()
    {
        QJsonObject root{{u"schema"_s, 1},
                         {u"profiles"_s, QJsonArray{makeProfile(u"alpha"_s).toJson()}},
                         {u"lastSelected"_s, u"alpha"_s},
                         {u"futureFeature"_s, QJsonObject{{u"enabled"_s, true}}}};
        writeFile(m_file, QJsonDocument(root).toJson());
        ProfileStore store(m_file);
        QVERIFY(store.load());
        QVERIFY(store.add(makeProfile(u"beta"_s)));
        QVERIFY(store.save());
        const QJsonObject out = QJsonDocument::fromJson(readAll(m_file)).object();
        QCOMPARE(out.value(u"lastSelected"_s).toString(), u"alpha"_s);
        QCOMPARE(out.value(u"futureFeature"_s).toObject().value(u"enabled"_s).toBool(), true);
        QCOMPARE(out.value(u"profiles"_s).toArray().size(), 2);
        QCOMPARE(out.value(u"schema"_s).toInt(), ProfileStore::SchemaVersion);
    }

    void testDirectoryAtFilePath()
    {
        QVERIFY(QDir().mkpath(m_file));
        QVERIFY(
            QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        writeFile(m_file + u"/keep-me"_s, "precious");
        ProfileStore store(m_file);
        const auto loaded = store.load();
        QVERIFY(loaded.isError());
        QCOMPARE(loaded.error().code(), Error::Code::Config);
        QVERIFY2(loaded.error().message().contains(m_file), qPrintable(loaded.error().message()));
        QVERIFY(store.add(makeProfile(u"alpha"_s)));
        const auto saved = store.save();
        QVERIFY(saved.isError());
        QVERIFY2(saved.error().message().contains(m_file), qPrintable(saved.error().message()));
        QVERIFY(QFileInfo(m_file).isDir());
        QCOMPARE(readAll(m_file + u"/keep-me"_s), QByteArray("precious"));
    }

    void testResolve()
    {
        ProfileStore store(m_file);
        QVERIFY(store.load());

        auto none = store.resolve(QString());
        QVERIFY(none.isError());
        QVERIFY2(none.error().message().contains(u"profile add"_s), qPrintable(none.error().message()));
        auto missingNamed = store.resolve(u"ghost"_s);
        QVERIFY(missingNamed.isError());
        QVERIFY2(missingNamed.error().message().contains(u"ghost"_s), qPrintable(missingNamed.error().message()));
        QVERIFY2(missingNamed.error().message().contains(u"profile add"_s), qPrintable(missingNamed.error().message()));

        const Profile alpha = makeProfile(u"alpha"_s);
        QVERIFY(store.add(alpha));
        QCOMPARE(store.resolve(QString())->id(), alpha.id());
        QCOMPARE(store.resolve(u"alpha"_s)->id(), alpha.id());
        QCOMPARE(store.resolve(alpha.id())->name(), u"alpha"_s);
        QVERIFY(store.resolve(u"ALPHA"_s).isError());

        QVERIFY(store.add(makeProfile(u"beta"_s)));
        auto several = store.resolve(QString());
        QVERIFY(several.isError());
        QCOMPARE(several.error().code(), Error::Code::Config);
        QVERIFY2(several.error().message().contains(u"--profile"_s), qPrintable(several.error().message()));
        QCOMPARE(store.resolve(u"beta"_s)->name(), u"beta"_s);
        auto unknown = store.resolve(u"gamma"_s);
        QVERIFY(unknown.isError());
        QVERIFY2(unknown.error().message().contains(u"alpha"_s) && unknown.error().message().contains(u"beta"_s),
                 qPrintable(unknown.error().message()));
    }

    void testAddRejects()
    {
        ProfileStore store(m_file);
        QVERIFY(store.add(makeProfile(u"alpha"_s)));
        const auto duplicate = store.add(makeProfile(u"alpha"_s));
        QVERIFY(duplicate.isError());
        QVERIFY2(duplicate.error().message().contains(u"alpha"_s), qPrintable(duplicate.error().message()));
        const auto invalid = store.add(makeProfile(u"bad name"_s));
        QVERIFY(invalid.isError());
        QCOMPARE(store.profiles().size(), 1);
    }

    void testUpdate()
    {
        ProfileStore store(m_file);
        Profile alpha = makeProfile(u"alpha"_s);
        QVERIFY(store.add(alpha));
        QVERIFY(store.add(makeProfile(u"beta"_s)));

        alpha.setName(u"beta"_s);
        const auto collision = store.update(alpha);
        QVERIFY(collision.isError());
        QVERIFY2(collision.error().message().contains(u"beta"_s), qPrintable(collision.error().message()));
        QCOMPARE(store.find(alpha.id())->name(), u"alpha"_s);

        alpha.setName(u"gamma"_s);
        alpha.ssh().port = 2200;
        QVERIFY(store.update(alpha));
        QCOMPARE(store.find(u"gamma"_s)->ssh().port, 2200);
        QVERIFY(!store.find(u"alpha"_s));
        QCOMPARE(store.profiles().size(), 2);

        // Same name, same id: not a collision with itself.
        QVERIFY(store.update(alpha));

        const auto stranger = store.update(makeProfile(u"delta"_s));
        QVERIFY(stranger.isError());
        QCOMPARE(store.profiles().size(), 2);
    }

    void testRemove()
    {
        ProfileStore store(m_file);
        const Profile alpha = makeProfile(u"alpha"_s);
        const Profile beta = makeProfile(u"beta"_s);
        QVERIFY(store.add(alpha));
        QVERIFY(store.add(beta));
        QVERIFY(store.remove(u"alpha"_s));
        QVERIFY(store.remove(beta.id()));
        QVERIFY(store.isEmpty());
        const auto missing = store.remove(u"alpha"_s);
        QVERIFY(missing.isError());
        QVERIFY2(missing.error().message().contains(u"alpha"_s), qPrintable(missing.error().message()));
        QVERIFY(store.save());
        ProfileStore again(m_file);
        QVERIFY(again.load());
        QVERIFY(again.isEmpty());
    }

    void testProfilesChangedSignal()
    {
        ProfileStore store(m_file);
        QSignalSpy spy(&store, &ProfileStore::profilesChanged);
        QVERIFY(store.load());
        QCOMPARE(spy.size(), 1);
        Profile alpha = makeProfile(u"alpha"_s);
        QVERIFY(store.add(alpha));
        QCOMPARE(spy.size(), 2);
        QVERIFY(store.add(alpha).isError());
        QCOMPARE(spy.size(), 2);
        alpha.ssh().port = 23;
        QVERIFY(store.update(alpha));
        QCOMPARE(spy.size(), 3);
        QVERIFY(store.remove(u"nobody"_s).isError());
        QCOMPARE(spy.size(), 3);
        QVERIFY(store.remove(u"alpha"_s));
        QCOMPARE(spy.size(), 4);
        QVERIFY(store.save());
        QCOMPARE(spy.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "test_profilestore.moc"
