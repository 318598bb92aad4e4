// Writes profiles and secrets the way the apps do (library and the real krynetctl), then scans every
// file under the private HOME (config, data, cache, state, the keyring's own files) for any secret in
// any common encoding. Runs through tests/peers/with-keychain.sh (real gnome-keyring, private bus).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include "core/config/profilestore.h"
#include "core/secrets/keychainsecretstore.h"

using namespace Qt::StringLiterals;
using KryNet::KeychainSecretStore;
using KryNet::Profile;
using KryNet::ProfileStore;
using KryNet::ServiceSettings;

namespace
{

template <typename T>
[[nodiscard]] bool finishes(const QFuture<T> &future, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs);
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (auto &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString krynetctl()
{
    return qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/cli/krynetctl"_s;
}

// Every way a careless implementation might put a value into a file.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {utf8, utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            utf8.toHex(), utf8.toHex().toUpper(), utf16, QUrl::toPercentEncoding(secret),
            // Long enough to be unmistakable even if a tool cut the value.
            utf8.mid(utf8.size() / 4, utf8.size() / 2)};
}

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Cli runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProgram(krynetctl());
    p.setArguments(args);
    p.start();
    Cli r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSecretsOnDisk final : public QObject
{
    Q_OBJECT

private:
    QStringList m_secrets;  // must never be found
    QString m_publicMarker; // non-secret profile data: must be found (proves the scan reads the files)
    QStringList m_outputs;  // everything krynetctl printed

    bool write(KeychainSecretStore &store, const QString &key, const QString &value)
    {
        auto f = store.write(key, value);
        return finishes(f) && f.result().hasValue();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KRYNET_TEST_KEYRING") != u"1"_s)
            QFAIL("run through tests/peers/with-keychain.sh (private HOME, bus and gnome-keyring)");
        QVERIFY2(QDir::homePath().startsWith(u"/tmp/krynet-keyring."_s), qPrintable(QDir::homePath()));
        QVERIFY2(QFileInfo(krynetctl()).isExecutable(), qPrintable(krynetctl()));
    }

    void testWriteProfilesAndSecrets()
    {
        m_publicMarker = u"publicmarker"_s + randomHex(8);

        // Through the library, as the GUI does.
        ProfileStore store;
        QVERIFY2(store.filePath().startsWith(QDir::homePath()), qPrintable(store.filePath()));
        QVERIFY(store.load());
        Profile lab;
        lab.setName(u"lab"_s);
        lab.ssh().host = m_publicMarker + u".example.net"_s;
        lab.setDomain(u"example.org"_s);
        lab.setCfAccessClientId(m_publicMarker + u".access"_s);
        lab.setService(u"sonarr"_s, ServiceSettings{});
        lab.setService(u"litellm"_s, ServiceSettings{});
        QVERIFY(store.add(lab));
        QVERIFY(store.save());

        KeychainSecretStore keychain;
        const QList<std::pair<QString, QString>> librarySecrets{
            {lab.secretKey(u"sonarr.api-key"_s), u"SONARRKEY"_s + randomHex(16)},
            {lab.secretKey(u"litellm.master-key"_s), u"sk-LITELLM"_s + randomHex(20)},
            {lab.secretKey(u"ssh.passphrase"_s), u"Pass phrase with spaces "_s + randomHex(12)},
            {lab.secretKey(u"cf-access.secret"_s), u"CFSECRET"_s + randomHex(24)},
        };
        for (const auto &[key, value] : librarySecrets) {
            QVERIFY2(write(keychain, key, value), qPrintable(key));
            m_secrets.append(value);
        }

        // Through the real CLI: profile add, then secret set fed on stdin.
        const Cli added = runCli({u"profile"_s, u"add"_s, u"clilab"_s, u"--host"_s, u"10.0.0.7"_s, u"--domain"_s,
                                  u"example.org"_s, u"--service"_s, u"radarr"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_outputs << QString::fromUtf8(added.out + added.err);
        const QString cliSecret = u"RADARRKEY"_s + randomHex(16);
        const Cli set = runCli({u"secret"_s, u"set"_s, u"--profile"_s, u"clilab"_s, u"radarr.api-key"_s},
                               cliSecret.toUtf8() + "\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        m_outputs << QString::fromUtf8(set.out + set.err);
        m_secrets.append(cliSecret);
        const QString cliSecret2 = u"QBITPASS"_s + randomHex(10);
        const Cli setJson =
            runCli({u"--json"_s, u"secret"_s, u"set"_s, u"--profile"_s, u"clilab"_s, u"qbittorrent.password"_s},
                   cliSecret2.toUtf8());
        QVERIFY2(setJson.exitCode == 0, setJson.err.constData());
        m_outputs << QString::fromUtf8(setJson.out + setJson.err);
        m_secrets.append(cliSecret2);

        // The CLI really stored them (else not finding them on disk would prove nothing).
        QVERIFY(store.load());
        const auto cliProfile = store.find(u"clilab"_s);
        QVERIFY(cliProfile);
        auto read = keychain.read(cliProfile->secretKey(u"radarr.api-key"_s));
        QVERIFY(finishes(read));
        QVERIFY(read.result().hasValue());
        QCOMPARE(read.result().value(), std::optional<QString>(cliSecret));
        read = keychain.read(cliProfile->secretKey(u"qbittorrent.password"_s));
        QVERIFY(finishes(read));
        QCOMPARE(read.result().value(), std::optional<QString>(cliSecret2));
    }

    void testNoSecretInAnyFile()
    {
        QVERIFY(!m_secrets.isEmpty());
        const QString home = QDir::homePath();
        QStringList scanned;
        bool markerSeen = false;
        bool keyringFileSeen = false;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (!info.isFile() || info.isSymLink())
                continue; // sockets of the private bus and the keyring daemon
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray data = file.readAll();
            scanned << QDir(home).relativeFilePath(path);
            if (data.contains(m_publicMarker.toUtf8()))
                markerSeen = true;
            if (path.contains(u"/keyrings/"_s))
                keyringFileSeen = true;
            for (const QString &secret : std::as_const(m_secrets)) {
                const QList<QByteArray> forms = encodings(secret);
                for (qsizetype i = 0; i < forms.size(); ++i) {
                    QVERIFY2(!data.contains(forms.at(i)),
                             qPrintable(u"secret (encoding %1) found in %2"_s.arg(i).arg(path)));
                }
            }
        }
        qInfo() << "scanned" << scanned;
        QVERIFY2(markerSeen, "the profile file was not among the scanned files");
        QVERIFY2(keyringFileSeen, "gnome-keyring's own file was not among the scanned files");
    }

    void testNoSecretInCliOutput()
    {
        QVERIFY(!m_outputs.isEmpty());
        for (const QString &output : std::as_const(m_outputs)) {
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!output.contains(secret), qPrintable(output));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretsOnDisk)
#include "test_secrets_on_disk.moc"
