// labsim's shell: word splitting as dash does it for what clients send (every argument single-quoted by
// KryNet::Ssh::RemoteCommand), sudo -n, command -v, 127 for unknown programs, hostile input never runs.
#include <QTest>

#include "app/labsim/ssh/labshell.h"
#include "core/ssh/remotecommand.h"

using namespace Qt::StringLiterals;
using namespace KryNet::LabSim;

class TestLabsimSshShell final : public QObject
{
    Q_OBJECT

private:
    static LabShell shellWithEcho(QList<QStringList> *seen)
    {
        LabShell shell;
        shell.addProgram(u"argv"_s, u"/usr/bin/argv"_s, [seen](const QStringList &argv) {
            seen->append(argv);
            return CommandOutput::ok("ran\n");
        });
        shell.addProgram(u"fails"_s, u"/usr/bin/fails"_s,
                         [](const QStringList &) { return CommandOutput::fail("boom\n", 3); });
        return shell;
    }

private Q_SLOTS:
    void testQuotedArgumentsRoundTrip_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("plain") << QStringList{u"argv"_s, u"status"_s, u"-j"_s};
        QTest::newRow("spaces") << QStringList{u"argv"_s, u"a b"_s, u"  "_s};
        QTest::newRow("empty") << QStringList{u"argv"_s, QString(), u"x"_s};
        QTest::newRow("quote") << QStringList{u"argv"_s, u"it's"_s, u"'"_s, u"''"_s};
        QTest::newRow("metachars") << QStringList{u"argv"_s, u"; rm -rf / #"_s, u"$(reboot)"_s,
                                                  u"`id`"_s, u"a|b&&c||d"_s,    u">/etc/passwd"_s};
        QTest::newRow("json") << QStringList{u"argv"_s, u"[[\"name\",\"=\",\"x\"]]"_s, u"{\"get\": true}"_s};
        QTest::newRow("newline") << QStringList{u"argv"_s, u"line1\nline2"_s, u"\t"_s};
        QTest::newRow("unicode") << QStringList{u"argv"_s, u"Größe ✓"_s, u"\\"_s, u"\"\\$"_s};
    }
    void testQuotedArgumentsRoundTrip()
    {
        QFETCH(QStringList, argv);
        QList<QStringList> seen;
        const LabShell shell = shellWithEcho(&seen);
        const KryNet::Ssh::RemoteCommand command(argv);
        CommandOutput out = shell.run(command.commandLine());
        QCOMPARE(out.status, 0);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0), argv);
        // with the sudo prefix the client adds (`sudo -n --`)
        seen.clear();
        out = shell.run(command.withSudo().commandLine());
        QCOMPARE(out.status, 0);
        QCOMPARE(seen.value(0), argv);
    }

    void testParse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QList<QStringList>>("commands");
        QTest::newRow("words") << QByteArray("a  b\tc") << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}};
        QTest::newRow("double quotes") << QByteArray("a \"b \\\"c\\\" $HOME\"")
                                       << QList<QStringList>{{u"a"_s, u"b \"c\" $HOME"_s}};
        QTest::newRow("adjacent") << QByteArray("a'b'\"c\"d") << QList<QStringList>{{u"abcd"_s}};
        QTest::newRow("backslash") << QByteArray("a\\ b") << QList<QStringList>{{u"a b"_s}};
        QTest::newRow("list") << QByteArray("a; b && c || d")
                              << QList<QStringList>{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}};
        QTest::newRow("redirects") << QByteArray("a 2>/dev/null >/dev/null") << QList<QStringList>{{u"a"_s}};
        QTest::newRow("comment") << QByteArray("a # b c") << QList<QStringList>{{u"a"_s}};
        QTest::newRow("quoted 2") << QByteArray("a '2'>/dev/null") << QList<QStringList>{{u"a"_s, u"2"_s}};
    }
    void testParse()
    {
        QFETCH(QByteArray, line);
        QFETCH(QList<QStringList>, commands);
        const ShellLine parsed = LabShell::parse(line);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QList<QStringList> argvs;
        for (const auto &entry : parsed.commands)
            argvs << entry.second.argv;
        QCOMPARE(argvs, commands);
    }

    void testSyntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("unterminated single") << QByteArray("zpool 'status");
        QTest::newRow("unterminated double") << QByteArray("zpool \"status");
        QTest::newRow("subshell") << QByteArray("(zpool status)");
        QTest::newRow("leading ;") << QByteArray("; zpool");
        QTest::newRow("dangling &&") << QByteArray("zpool &&");
        QTest::newRow("pipe") << QByteArray("zpool status | grep x");
        QTest::newRow("redirect without target") << QByteArray("zpool >");
    }
    void testSyntaxErrors()
    {
        QFETCH(QByteArray, line);
        QList<QStringList> seen;
        const LabShell shell = shellWithEcho(&seen);
        const CommandOutput out = shell.run(line);
        QCOMPARE(out.status, 2);
        QVERIFY2(out.err.startsWith("sh: 1: "), out.err.constData());
        QVERIFY(seen.isEmpty());
    }

    void testNotFoundAndBuiltins()
    {
        QList<QStringList> seen;
        const LabShell shell = shellWithEcho(&seen);
        CommandOutput out = shell.run("'reboot' '-f'");
        QCOMPARE(out.status, 127);
        QCOMPARE(out.err, "sh: 1: reboot: not found\n");
        out = shell.run("'/usr/sbin/argv'"); // path that does not match the program's path
        QCOMPARE(out.status, 127);
        out = shell.run("/usr/bin/argv x");
        QCOMPARE(out.status, 0);
        QCOMPARE(shell.run("command -v argv sudo").out, "/usr/bin/argv\n/usr/bin/sudo\n");
        QCOMPARE(shell.run("sudo -n true").status, 0);
        QCOMPARE(shell.run("fails || echo rescued").out, "rescued\n");
        QCOMPARE(shell.run("fails && echo no").status, 3);
        QCOMPARE(shell.run("fails 2>&1").out, "boom\n");
        QCOMPARE(shell.run("fails 2>/dev/null").err, QByteArray());
        QCOMPARE(shell.run("LC_ALL=C argv x").status, 0);
        QCOMPARE(seen.constLast(), (QStringList{u"argv"_s, u"x"_s}));
        QCOMPARE(shell.run("sh -c 'argv \"a b\"'").status, 0);
        QCOMPARE(seen.constLast(), (QStringList{u"argv"_s, u"a b"_s}));
        QCOMPARE(shell.run("argv >/etc/passwd").status, 2);
        QCOMPARE(shell.run("sudo -x argv").status, 1);
    }
};

QTEST_GUILESS_MAIN(TestLabsimSshShell)
#include "test_labsim_ssh_shell.moc"
