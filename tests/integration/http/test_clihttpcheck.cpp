#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;
using namespace KryNet::Test;

/// `krynetctl http-check` against the nginx peer: a TLS failure prints the fingerprint and exits 1;
/// after `profile set --pin` the check passes with exit 0; --unpin brings the failure back.
class TestCliHttpCheck final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run krynetctl(const QStringList &args)
    {
        QProcess process;
        process.start(qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/app/cli/krynetctl"_s, args);
        Run run;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000))
            return run;
        // A crash (a signal) reads as -1000 - the signal number.
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1000 - process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void testCheckPinAndUnpin()
    {
        IsolatedHome home;
        QVERIFY(home.isValid());
        const auto peer = readPeer(u"nginx"_s);
        QVERIFY2(!peer.value(u"PORT"_s).isEmpty(), "the peer_nginx fixture did not run");
        const QString hostPort = u"127.0.0.1:"_s + peer.value(u"PORT"_s);
        const QString fingerprint = peer.value(u"CERT_SHA256"_s);

        Run add = krynetctl({u"profile"_s, u"add"_s, u"lab"_s, u"--host"_s, u"nas.example.test"_s, u"--domain"_s,
                             u"example.test"_s, u"--service"_s, u"homarr=https://"_s + hostPort + u"/api/ping"_s});
        QVERIFY2(add.exitCode == 0, add.err.constData());

        Run untrusted = krynetctl({u"http-check"_s});
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.out.contains(fingerprint.toUtf8()), untrusted.out.constData());
        QVERIFY(untrusted.out.contains(QByteArray("--pin " + hostPort.toUtf8() + "=SHA256:")));

        Run json = krynetctl({u"http-check"_s, u"--json"_s, u"homarr"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject failed = QJsonDocument::fromJson(json.out).object();
        const QJsonObject entry = failed.value(u"services"_s).toArray().at(0).toObject();
        QCOMPARE(entry.value(u"error"_s).toObject().value(u"code"_s).toString(), u"Tls"_s);
        QCOMPARE(entry.value(u"certificateSha256"_s).toString(), fingerprint);

        // The pin in `openssl x509 -fingerprint -sha256` form, lower-cased and without colons also works.
        QString compact = fingerprint;
        compact.remove(u':');
        Run pin =
            krynetctl({u"profile"_s, u"set"_s, u"lab"_s, u"--pin"_s, hostPort + u"=sha256:"_s + compact.toLower()});
        QVERIFY2(pin.exitCode == 0, pin.err.constData());

        Run trusted = krynetctl({u"http-check"_s, u"--json"_s});
        QVERIFY2(trusted.exitCode == 0,
                 qPrintable(u"exit %1\n"_s.arg(trusted.exitCode) + QString::fromUtf8(trusted.out + trusted.err)));
        const QJsonObject ok = QJsonDocument::fromJson(trusted.out).object();
        QVERIFY(ok.value(u"ok"_s).toBool());
        const QJsonObject service = ok.value(u"services"_s).toArray().at(0).toObject();
        QCOMPARE(service.value(u"status"_s).toInt(), 200);
        QCOMPARE(service.value(u"url"_s).toString(), u"https://"_s + hostPort + u"/api/ping"_s);
        QVERIFY(service.value(u"latencyMs"_s).toInteger() >= 0);

        Run unpin = krynetctl({u"profile"_s, u"set"_s, u"lab"_s, u"--unpin"_s, hostPort});
        QVERIFY2(unpin.exitCode == 0, unpin.err.constData());
        QCOMPARE(krynetctl({u"http-check"_s}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliHttpCheck)
#include "test_clihttpcheck.moc"
