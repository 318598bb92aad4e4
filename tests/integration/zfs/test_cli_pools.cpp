// krynetctl pools / parse end to end: the real binary through QProcess. `pools --demo` reads the simulated
// lab (krynet-labsim: OpenZFS 2.3 formats, smartctl, sudo) over its SSH server and must print SMART per
// disk in text and JSON; `parse zpool-status` reads fixtures of every generation and refuses garbage.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;

namespace
{

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\nstdout: " + out.left(4000) + "\nstderr: " + err.left(2000);
    }
};

/// Every leaf object of a `pools --json` vdev array, depth first.
void leaves(const QJsonArray &vdevs, QList<QJsonObject> &out)
{
    for (const QJsonValue &v : vdevs) {
        const QJsonObject o = v.toObject();
        if (o.value(u"children"_s).isArray())
            leaves(o.value(u"children"_s).toArray(), out);
        else
            out << o;
    }
}

} // namespace

class TestCliPools final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KRYNET_CONFIG_DIR"_s, m_dir.filePath(u"config"_s));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/krynet-test-no-bus"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KRYNET_CTL"), args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("KRYNET_CTL"), "KRYNET_CTL is not set (tests/integration/zfs)");
        QVERIFY(m_dir.isValid());
    }

    void testParseEachGeneration_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("pools"); // name:STATE in output order
        QTest::newRow("zfs-fuse text") << u"fuse/fuse-faulted.txt"_s << QStringList{u"ktfault:FAULTED"_s};
        QTest::newRow("OpenZFS text") << u"modern/unavail-pool.txt"_s << QStringList{u"orion:UNAVAIL"_s};
        QTest::newRow("OpenZFS JSON") // sorted by name, as zpool prints them
            << u"modern/json-states.json"_s
            << QStringList{u"faulted:FAULTED"_s,  u"offline:DEGRADED"_s,    u"online:ONLINE"_s,
                           u"removed:DEGRADED"_s, u"suspended:SUSPENDED"_s, u"unavail:UNAVAIL"_s};
    }
    void testParseEachGeneration()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, pools);
        const QByteArray input = KryNet::Test::readFixture(u"zfs/"_s + file);
        const Run json = cli({u"--json"_s, u"parse"_s, u"zpool-status"_s}, input);
        QVERIFY2(json.code == 0, json.describe().constData());
        QStringList got;
        for (const QJsonValue &p : QJsonDocument::fromJson(json.out).object().value(u"pools"_s).toArray())
            got << p[u"name"_s].toString() + u':' + p[u"state"_s].toString();
        QCOMPARE(got, pools);
        const Run text = cli({u"parse"_s, u"zpool-status"_s}, input);
        QVERIFY2(text.code == 0, text.describe().constData());
        for (const QString &p : std::as_const(pools))
            QVERIFY2(QString::fromUtf8(text.out).contains(p.section(u':', 0, 0)), text.describe().constData());
    }

    void testParseRefusesGarbage()
    {
        for (const QByteArray &input : {QByteArray("Welcome to Ubuntu\n"), QByteArray("{\"pools\": [1, 2"),
                                        KryNet::Test::readFixture(u"zfs/modern/json-scans.json"_s).left(900)}) {
            const Run r = cli({u"parse"_s, u"zpool-status"_s}, input);
            QVERIFY2(r.code != 0, r.describe().constData());
            QVERIFY2(r.out.isEmpty(), r.describe().constData());
            QVERIFY2(!r.err.isEmpty(), r.describe().constData());
        }
    }

    void testDemoPoolsTextHasSmart()
    {
        const Run r = cli({u"--demo"_s, u"pools"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(u"Disks (SMART):"_s), r.describe().constData());
        QVERIFY2(out.contains(u"SMART passed"_s) || out.contains(u"SMART FAILED"_s), r.describe().constData());
        QVERIFY2(out.contains(u"°C"_s), r.describe().constData());
        QVERIFY2(out.contains(u"power-on hours"_s), r.describe().constData());
        qInfo().noquote() << out;
    }

    void testDemoPoolsJsonHasSmart()
    {
        const Run r = cli({u"--json"_s, u"--demo"_s, u"pools"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        const QJsonArray pools = QJsonDocument::fromJson(r.out).object().value(u"pools"_s).toArray();
        QVERIFY2(!pools.isEmpty(), r.describe().constData());
        int withSmart = 0;
        for (const QJsonValue &p : pools) {
            QList<QJsonObject> devices;
            leaves(p[u"vdevs"_s].toArray(), devices);
            for (const QJsonObject &d : std::as_const(devices)) {
                const QJsonObject smart = d.value(u"smart"_s).toObject();
                if (smart.value(u"available"_s).toBool()) {
                    ++withSmart;
                    QVERIFY(smart.contains(u"passed"_s));
                    QVERIFY(smart.value(u"temperatureC"_s).toInt() > 0);
                }
            }
        }
        QVERIFY2(withSmart > 0, r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPools)
#include "test_cli_pools.moc"
