// Against the REAL gnome-keyring on a private D-Bus session (tests/peers/with-keychain.sh).
#include <QDir>
#include <QFuture>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include "core/config/profile.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretstore.h"

using namespace Qt::StringLiterals;
using KryNet::KeychainSecretStore;
using KryNet::Profile;
using KryNet::SecretStore;

namespace
{

template <typename T>
[[nodiscard]] bool finishes(const QFuture<T> &future, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs);
}

QString randomToken(const QString &prefix)
{
    return prefix + u'-' + QString::number(QRandomGenerator::global()->generate64(), 36);
}

QString appId()
{
    return QStringLiteral(KRYNET_APP_ID);
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolResult secretTool(const QStringList &args)
{
    QProcess p;
    p.start(u"secret-tool"_s, args);
    ToolResult r;
    if (!p.waitForFinished(15000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore *m_store = nullptr;

    std::optional<QString> readOk(SecretStore &store, const QString &key, bool *ok)
    {
        *ok = false;
        auto f = store.read(key);
        if (!finishes(f))
            return std::nullopt;
        const auto r = f.result();
        if (!r) {
            qWarning() << "read failed:" << r.error().toString();
            return std::nullopt;
        }
        *ok = true;
        return r.value();
    }

    bool writeOk(SecretStore &store, const QString &key, const QString &value)
    {
        auto f = store.write(key, value);
        if (!finishes(f))
            return false;
        if (!f.result())
            qWarning() << "write failed:" << f.result().error().toString();
        return f.result().hasValue();
    }

    bool removeOk(SecretStore &store, const QString &key)
    {
        auto f = store.remove(key);
        if (!finishes(f))
            return false;
        if (!f.result())
            qWarning() << "remove failed:" << f.result().error().toString();
        return f.result().hasValue();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KRYNET_TEST_KEYRING") != u"1"_s)
            QFAIL("run through tests/peers/with-keychain.sh (a private bus with a real gnome-keyring)");
        QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        // Never the user's keyring: HOME is the wrapper's temporary directory.
        QVERIFY2(QDir::homePath().startsWith(u"/tmp/krynet-keyring."_s), qPrintable(QDir::homePath()));
    }

    void init() { m_store = new KeychainSecretStore(this); }

    void cleanup()
    {
        delete m_store;
        m_store = nullptr;
    }

    void testWriteReadOverwriteRemove()
    {
        const QString key = randomToken(u"profile"_s) + u"/sonarr.api-key"_s;
        bool ok = false;
        QCOMPARE(readOk(*m_store, key, &ok), std::optional<QString>());
        QVERIFY(ok);

        const QString first = randomToken(u"first"_s);
        QVERIFY(writeOk(*m_store, key, first));
        QCOMPARE(readOk(*m_store, key, &ok), std::optional<QString>(first));
        QVERIFY(ok);

        const QString second = randomToken(u"second"_s);
        QVERIFY(writeOk(*m_store, key, second));
        QCOMPARE(readOk(*m_store, key, &ok), std::optional<QString>(second));
        QVERIFY(ok);

        QVERIFY(removeOk(*m_store, key));
        QCOMPARE(readOk(*m_store, key, &ok), std::optional<QString>());
        QVERIFY(ok);
        // Removing again: not an error.
        QVERIFY(removeOk(*m_store, key));
    }

    void testValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("unicode") << u"pässwörd-密码-🔑-ключ"_s;
        QTest::newRow("long") << QString(8192, u'x') + randomToken(u"end"_s);
        QTest::newRow("spaces and newlines") << u"  leading and trailing  \nsecond line\t"_s;
        QTest::newRow("json-ish") << u"{\"k\":\"v\"}\\\"quoted\\\""_s;
        QTest::newRow("base64-looking") << u"c2VjcmV0LXZhbHVl=="_s;
    }

    void testValues()
    {
        QFETCH(QString, value);
        const QString key = randomToken(u"profile"_s) + u"/litellm.master-key"_s;
        QVERIFY(writeOk(*m_store, key, value));
        bool ok = false;
        QCOMPARE(readOk(*m_store, key, &ok), std::optional<QString>(value));
        QVERIFY(ok);
        QVERIFY(removeOk(*m_store, key));
    }

    void testProfilesAreIsolated()
    {
        Profile a;
        a.setName(u"alpha"_s);
        Profile b;
        b.setName(u"beta"_s);
        const QString purpose = u"sonarr.api-key"_s;
        QVERIFY(a.secretKey(purpose) != b.secretKey(purpose));
        QVERIFY(writeOk(*m_store, a.secretKey(purpose), u"alpha-secret-1"_s));
        QVERIFY(writeOk(*m_store, b.secretKey(purpose), u"beta-secret-2"_s));
        bool ok = false;
        QCOMPARE(readOk(*m_store, a.secretKey(purpose), &ok), std::optional<QString>(u"alpha-secret-1"_s));
        QCOMPARE(readOk(*m_store, b.secretKey(purpose), &ok), std::optional<QString>(u"beta-secret-2"_s));
        QVERIFY(removeOk(*m_store, a.secretKey(purpose)));
        QCOMPARE(readOk(*m_store, a.secretKey(purpose), &ok), std::optional<QString>());
        QCOMPARE(readOk(*m_store, b.secretKey(purpose), &ok), std::optional<QString>(u"beta-secret-2"_s));
        QVERIFY(ok);
        // Another purpose of the same profile is a different entry too.
        QCOMPARE(readOk(*m_store, b.secretKey(u"radarr.api-key"_s), &ok), std::optional<QString>());
        QVERIFY(ok);
        QVERIFY(removeOk(*m_store, b.secretKey(purpose)));
    }

    void testFreshInstanceReadsWhatWasWritten()
    {
        const QString key = randomToken(u"profile"_s) + u"/ssh.passphrase"_s;
        const QString value = randomToken(u"persisted"_s);
        QVERIFY(writeOk(*m_store, key, value));
        delete m_store;
        m_store = nullptr;

        KeychainSecretStore fresh;
        bool ok = false;
        QCOMPARE(readOk(fresh, key, &ok), std::optional<QString>(value));
        QVERIFY(ok);
        QVERIFY(removeOk(fresh, key));
    }

    void testSecretToolSeesTheEntry()
    {
        if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
            QFAIL("secret-tool missing: scripts/test installs libsecret-tools");
        const QString key = randomToken(u"profile"_s) + u"/sabnzbd.api-key"_s;
        const QString value = randomToken(u"crosscheck"_s);
        QVERIFY(writeOk(*m_store, key, value));

        // QtKeychain's libsecret schema org.qt.keychain: server = the service (our app id), user = the key.
        const ToolResult lookup = secretTool({u"lookup"_s, u"server"_s, appId(), u"user"_s, key});
        QVERIFY2(lookup.exitCode == 0, lookup.err.constData());
        QCOMPARE(QString::fromUtf8(lookup.out), value);

        const ToolResult search = secretTool({u"search"_s, u"--all"_s, u"server"_s, appId(), u"user"_s, key});
        QVERIFY2(search.exitCode == 0, search.err.constData());
        const QByteArray listing = search.out + search.err;
        QVERIFY2(listing.contains("schema = org.qt.keychain"), listing.constData());
        QVERIFY2(listing.contains(QByteArray(QByteArray("attribute.server = ") + appId().toUtf8())),
                 listing.constData());
        QVERIFY2(listing.contains(QByteArray(QByteArray("attribute.user = ") + key.toUtf8())), listing.constData());

        QVERIFY(removeOk(*m_store, key));
        const ToolResult gone = secretTool({u"lookup"_s, u"server"_s, appId(), u"user"_s, key});
        QVERIFY(gone.exitCode != 0);
        QVERIFY(gone.out.isEmpty());
    }

    void testEntryWrittenBySecretToolIsRead()
    {
        // The other direction: what a user stored by hand under our service is what the app reads.
        const QString key = randomToken(u"profile"_s) + u"/immich.api-key"_s;
        const QString value = randomToken(u"byhand"_s);
        QProcess p;
        p.start(u"secret-tool"_s, {u"store"_s, u"--label=KryNet test"_s, u"server"_s, appId(), u"user"_s, key,
                                   u"type"_s, u"plaintext"_s});
        QVERIFY(p.waitForStarted());
        p.write(value.toUtf8());
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
        bool ok = false;
        QCOMPARE(readOk(*m_store, key, &ok), std::optional<QString>(value));
        QVERIFY(ok);
        QVERIFY(removeOk(*m_store, key));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
