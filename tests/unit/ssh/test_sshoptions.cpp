#include <QTemporaryFile>
#include <QTest>

#include "core/ssh/sshoptions.h"

using namespace Qt::StringLiterals;
using KryNet::Error;
using KryNet::Ssh::SshEndpoint;
using KryNet::Ssh::SshOptions;

class TestSshOptions final : public QObject
{
    Q_OBJECT

    static SshOptions valid()
    {
        SshOptions o;
        o.target = SshEndpoint{u"nas.tail1234.ts.net"_s, 22, u"admin"_s, {}};
        o.knownHostsFile = u"/tmp/known_hosts"_s;
        return o;
    }

private Q_SLOTS:
    void testValid()
    {
        QVERIFY(valid().validate());
        SshOptions o = valid();
        o.target.host = u"::1"_s;
        QVERIFY(o.validate());
        QCOMPARE(valid().displayName(), u"admin@nas.tail1234.ts.net:22"_s);
    }

    void testInvalid_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("empty host") << 0;
        QTest::newRow("host with space") << 1;
        QTest::newRow("host starting with dash") << 2;
        QTest::newRow("port 0") << 3;
        QTest::newRow("empty user") << 4;
        QTest::newRow("user with ;") << 5;
        QTest::newRow("no known_hosts") << 6;
        QTest::newRow("no auth") << 7;
        QTest::newRow("missing key file") << 8;
        QTest::newRow("bad fingerprint") << 9;
        QTest::newRow("negative timeout") << 10;
        QTest::newRow("bad backoff") << 11;
        QTest::newRow("bad jump") << 12;
        QTest::newRow("zero cap") << 13;
    }
    void testInvalid()
    {
        QFETCH(int, which);
        SshOptions o = valid();
        switch (which) {
        case 0:
            o.target.host.clear();
            break;
        case 1:
            o.target.host = u"a b"_s;
            break;
        case 2:
            o.target.host = u"-oProxyCommand=x"_s;
            break;
        case 3:
            o.target.port = 0;
            break;
        case 4:
            o.target.user.clear();
            break;
        case 5:
            o.target.user = u"root;id"_s;
            break;
        case 6:
            o.knownHostsFile.clear();
            break;
        case 7:
            o.useAgent = false;
            break;
        case 8:
            o.target.identityFile = u"/nonexistent/key"_s;
            break;
        case 9:
            o.preapprovedFingerprint = u"MD5:aa"_s;
            break;
        case 10:
            o.commandTimeout = std::chrono::milliseconds(-1);
            break;
        case 11:
            o.reconnectMaxDelay = std::chrono::milliseconds(1);
            break;
        case 12:
            o.jump = SshEndpoint{u"jump host"_s, 22, u"u"_s, {}};
            break;
        case 13:
            o.maxOutputBytes = 0;
            break;
        }
        const auto r = o.validate();
        QVERIFY(r.isError());
        QCOMPARE(r.error().code(), Error::Code::Config);
        QVERIFY(!r.error().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSshOptions)
#include "test_sshoptions.moc"
