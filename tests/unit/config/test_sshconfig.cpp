#include <QDir>
#include <QFile>
#include <QTest>

#include "core/config/sshconfig.h"
#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using KryNet::SshConfig;
using KryNet::SshHostConfig;

namespace
{

const char *const ConfigText = "# written by test_sshconfig\n"
                               "Host nas\n"
                               "    HostName 192.0.2.10\n"
                               "    Port 2222\n"
                               "    User admin\n"
                               "    IdentityFile ~/.ssh/id_nas\n"
                               "\n"
                               "Host plain\n"
                               "    HostName plain.example.net\n"
                               "\n"
                               "Host absolute\n"
                               "    IdentityFile /keys/lab_ed25519\n"
                               "\n"
                               "Host tokens\n"
                               "    HostName tokens.example.net\n"
                               "    User ops\n"
                               "    IdentityFile %d/.ssh/%r@%h-%p_100%%\n"
                               "\n"
                               "Host jumpy\n"
                               "    HostName 10.0.0.5\n"
                               "    ProxyJump bastion\n"
                               "\n"
                               "Host *.lab\n"
                               "    User labuser\n"
                               "    Port 2200\n"
                               "\n"
                               "Host *\n"
                               "    ServerAliveInterval 30\n"
                               "    ForwardAgent no\n";

} // namespace

class TestSshConfig final : public QObject
{
    Q_OBJECT

private:
    KryNet::Test::IsolatedHome *m_home = nullptr;
    QString m_config;

private Q_SLOTS:
    void init()
    {
        m_home = new KryNet::Test::IsolatedHome;
        QVERIFY(m_home->isValid());
        QVERIFY(QDir(m_home->path()).mkpath(u".ssh"_s));
        m_config = m_home->path() + u"/.ssh/config"_s;
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ConfigText);
    }

    void cleanup()
    {
        delete m_home;
        m_home = nullptr;
    }

    void testResolve_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("identity"); // relative to HOME when it starts with "~/"
        QTest::addColumn<bool>("hasProxy");

        QTest::newRow("full alias") << u"nas"_s << u"192.0.2.10"_s << 2222 << u"admin"_s << u"~/.ssh/id_nas"_s << false;
        QTest::newRow("hostname only") << u"plain"_s << u"plain.example.net"_s << 22 << QString() << QString() << false;
        QTest::newRow("absolute identity")
            << u"absolute"_s << u"absolute"_s << 22 << QString() << u"/keys/lab_ed25519"_s << false;
        QTest::newRow("tokens expanded") << u"tokens"_s << u"tokens.example.net"_s << 22 << u"ops"_s
                                         << u"~/.ssh/ops@tokens.example.net-22_100%"_s << false;
        QTest::newRow("proxy jump") << u"jumpy"_s << u"10.0.0.5"_s << 22 << QString() << QString() << true;
        QTest::newRow("wildcard block") << u"printer.lab"_s << u"printer.lab"_s << 2200 << u"labuser"_s << QString()
                                        << false;
        QTest::newRow("user on the command line wins")
            << u"root@nas"_s << u"192.0.2.10"_s << 2222 << u"root"_s << u"~/.ssh/id_nas"_s << false;
        QTest::newRow("not in file") << u"elsewhere.example.com"_s << u"elsewhere.example.com"_s << 22 << QString()
                                     << QString() << false;
        QTest::newRow("ip address") << u"198.51.100.7"_s << u"198.51.100.7"_s << 22 << QString() << QString() << false;
    }

    void testResolve()
    {
        QFETCH(QString, alias);
        QFETCH(QString, hostName);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, identity);
        QFETCH(bool, hasProxy);
        if (identity.startsWith(u"~/"_s))
            identity = m_home->path() + identity.mid(1);

        const auto resolved = SshConfig::resolve(alias, m_config);
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error().message()));
        QCOMPARE(resolved->alias, alias);
        QCOMPARE(resolved->hostName, hostName);
        QCOMPARE(resolved->port, port);
        QCOMPARE(resolved->user, user);
        QCOMPARE(resolved->identityFile, identity);
        QCOMPARE(!resolved->proxyCommand.isEmpty(), hasProxy);
        if (hasProxy)
            QVERIFY2(resolved->proxyCommand.contains(u"bastion"_s), qPrintable(resolved->proxyCommand));
    }

    void testNoIdentityMeansNoDefaultKey()
    {
        // libssh seeds its identity list with %d/id_ed25519 and friends; they are not the file's.
        for (const QString &alias : {u"plain"_s, u"elsewhere"_s, u"printer.lab"_s}) {
            const auto resolved = SshConfig::resolve(alias, m_config);
            QVERIFY(resolved);
            QVERIFY2(resolved->identityFile.isEmpty(), qPrintable(resolved->identityFile));
        }
        const auto noFile = SshConfig::resolve(u"nas"_s, m_home->path() + u"/missing"_s);
        QVERIFY(noFile);
        QVERIFY2(noFile->identityFile.isEmpty(), qPrintable(noFile->identityFile));
    }

    void testMissingFile()
    {
        const auto resolved = SshConfig::resolve(u"nas"_s, m_home->path() + u"/.ssh/nonexistent"_s);
        QVERIFY(resolved);
        QCOMPARE(resolved->alias, u"nas"_s);
        QCOMPARE(resolved->hostName, u"nas"_s);
        QCOMPARE(resolved->port, 22);
        QVERIFY(resolved->user.isEmpty());
        QVERIFY(resolved->proxyCommand.isEmpty());
    }

    void testDefaultPathIsUnderHome()
    {
        QCOMPARE(SshConfig::defaultPath(), m_home->path() + u"/.ssh/config"_s);
        const auto resolved = SshConfig::resolve(u"nas"_s);
        QVERIFY(resolved);
        QCOMPARE(resolved->hostName, u"192.0.2.10"_s);
    }

    void testEmptyAlias()
    {
        const auto resolved = SshConfig::resolve(u"  "_s, m_config);
        QVERIFY(resolved.isError());
        QCOMPARE(resolved.error().code(), KryNet::Error::Code::Config);
    }

    void testAliasesListsHostsWithoutPatterns()
    {
        // The setup assistant offers these: concrete aliases in file order, also from included files.
        QVERIFY(QDir(m_home->path()).mkpath(u".ssh/config.d"_s));
        QFile included(m_home->path() + u"/.ssh/config.d/lab.conf"_s);
        QVERIFY(included.open(QIODevice::WriteOnly));
        included.write("Host\tbackup \"offsite\" !nope\nHost=nas\n");
        included.close();
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::Append));
        config.write("Include config.d/*.conf\nhost lower other?x\n");
        config.close();

        QCOMPARE(SshConfig::aliases(m_config), (QStringList{u"nas"_s, u"plain"_s, u"absolute"_s, u"tokens"_s,
                                                            u"jumpy"_s, u"backup"_s, u"offsite"_s, u"lower"_s}));
        QVERIFY(SshConfig::aliases(m_home->path() + u"/.ssh/missing"_s).isEmpty());
    }

    void testAliasesSurviveAnIncludeLoop()
    {
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::Append));
        config.write("Include config\n");
        config.close();
        QCOMPARE(SshConfig::aliases(m_config).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "test_sshconfig.moc"
