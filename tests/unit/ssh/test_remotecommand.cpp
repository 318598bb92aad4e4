#include <QProcess>
#include <QTest>

#include "core/ssh/remotecommand.h"

using namespace Qt::StringLiterals;
using KryNet::Ssh::CommandResult;
using KryNet::Ssh::RemoteCommand;

class TestRemoteCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testQuote_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"zpool"_s << u"'zpool'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("only quote") << u"'"_s << u"''\\'''"_s;
        QTest::newRow("double quote") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
        QTest::newRow("semicolon") << u"a; rm -rf /"_s << u"'a; rm -rf /'"_s;
        QTest::newRow("command substitution") << u"$(id)"_s << u"'$(id)'"_s;
        QTest::newRow("backticks") << u"`id`"_s << u"'`id`'"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"'a\\b'"_s;
        QTest::newRow("glob") << u"*"_s << u"'*'"_s;
        QTest::newRow("non-ascii") << u"tank/médias ✓"_s << u"'tank/médias ✓'"_s;
        QTest::newRow("dash") << u"-rf"_s << u"'-rf'"_s;
    }
    void testQuote()
    {
        QFETCH(QString, arg);
        QFETCH(QString, quoted);
        QCOMPARE(RemoteCommand::quote(arg), quoted);
    }

    void testCommandLine()
    {
        const RemoteCommand cmd({u"zpool"_s, u"status"_s, u"tank pool"_s});
        QCOMPARE(cmd.commandLine(), "'zpool' 'status' 'tank pool'"_ba);
        QVERIFY(!cmd.usesSudo());
        QCOMPARE(cmd.withSudo().commandLine(), "sudo -n -- 'zpool' 'status' 'tank pool'"_ba);
        QCOMPARE(cmd.withSudo().withSudo(false).commandLine(), cmd.commandLine());
    }

    void testOverrides()
    {
        const RemoteCommand cmd =
            RemoteCommand({u"true"_s}).withTimeout(std::chrono::milliseconds(1500)).withMaxOutputBytes(10);
        QCOMPARE(cmd.timeout()->count(), 1500);
        QCOMPARE(*cmd.maxOutputBytes(), 10);
        QVERIFY(!RemoteCommand({u"true"_s}).timeout());
    }

    // Proves the quoting against a real POSIX shell: each argument must arrive verbatim, as one argument.
    void testRoundTripThroughShell_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("hostile") << QStringList{u"it's"_s,
                                                u"a b"_s,
                                                u"; echo pwned"_s,
                                                u"$(echo pwned)"_s,
                                                u"`echo pwned`"_s,
                                                u"line1\nline2"_s,
                                                QString(),
                                                u"*"_s,
                                                u"\"dq\""_s,
                                                u"back\\slash"_s,
                                                u"$HOME"_s,
                                                u"é ✓ 日本"_s,
                                                u"'"_s,
                                                u"''"_s,
                                                u"-n"_s,
                                                u"a'b'c"_s,
                                                u"\t"_s};
        QTest::newRow("empty only") << QStringList{QString()};
    }
    void testRoundTripThroughShell()
    {
        QFETCH(QStringList, argv);
        QStringList full{u"printf"_s, u"%s\\0"_s};
        full += argv;
        const RemoteCommand cmd(full);
        QProcess sh;
        sh.start(u"/bin/sh"_s, {u"-c"_s, QString::fromUtf8(cmd.commandLine())});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0);
        QByteArray out = sh.readAllStandardOutput();
        QVERIFY(out.endsWith('\0'));
        out.chop(1);
        QStringList got;
        for (const QByteArray &part : out.split('\0'))
            got << QString::fromUtf8(part);
        QCOMPARE(got, argv);
    }

    void testExitErrors()
    {
        CommandResult r;
        r.exitStatus = 127;
        r.stdErr = "sh: 1: zpool: not found\nmore"_ba;
        const KryNet::Error e = r.toError(u"zpool"_s);
        QCOMPARE(e.code(), KryNet::Error::Code::Remote);
        QCOMPARE(e.exitCode(), 127);
        QVERIFY2(e.message().contains(u"not found"_s), qPrintable(e.message()));
        QCOMPARE(e.detail(), u"sh: 1: zpool: not found"_s);
        r.exitStatus = 3;
        QVERIFY(r.toError(u"x"_s).message().contains(u"exit status 3"_s));
        QVERIFY(!r.succeeded());
    }
};

QTEST_GUILESS_MAIN(TestRemoteCommand)
#include "test_remotecommand.moc"
