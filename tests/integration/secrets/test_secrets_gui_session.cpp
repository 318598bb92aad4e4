// Issue 14, "A stolen laptop": no secret on disk, in logs or in a child's argv after a full GUI session.
// Runs through tests/peers/with-keychain.sh (private HOME, D-Bus session and a real gnome-keyring).
//  1. krynet-labsim is started (LabControl, as the GUI tests do); its profile is saved in the real
//     profiles.json and every secret of the lab (service API keys, passwords, the LiteLLM master key) is
//     stored in the keychain under that profile, as the setup assistant does.
//  2. The real `krynet` binary runs on that profile (offscreen, debug logging on, --exit-when-ready:
//     every panel answers, every panel is shown, a full refresh), and krynetctl restarts a container
//     (so the ActionLog holds a server answer). While the GUI runs, /proc is polled for every process
//     it spawns: argv and environment recorded.
//  3. No known secret — the lab's, the provider and virtual keys LiteLLM holds — appears raw, base64,
//     base64url, hex, UTF-16, percent-encoded or as its middle half in any file under HOME (XDG config,
//     data, cache, state: profiles.json, the uptime cache, the ActionLog, QSettings, the keyring's own
//     file), in the GUI's stdout/stderr, or in the argv/environment of the GUI or anything it spawned.
// The scanners are shown to work first: a planted copy in a scratch file and in a fake argv is found.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include "core/config/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "tests/support/labcontrol.h"

using namespace Qt::StringLiterals;
using KryNet::KeychainSecretStore;
using KryNet::Profile;
using KryNet::ProfileStore;

namespace
{

template <typename T>
[[nodiscard]] bool finishes(const QFuture<T> &future, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs);
}

QString binary(const QString &relative)
{
    return qEnvironmentVariable("KRYNET_BINARY_DIR") + u'/' + relative;
}

// Every way a careless implementation might put a value somewhere.
QList<std::pair<QString, QByteArray>> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QList<std::pair<QString, QByteArray>> forms{
        {u"raw"_s, utf8},
        {u"base64"_s, utf8.toBase64()},
        {u"base64url"_s, utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {u"hex"_s, utf8.toHex()},
        {u"HEX"_s, utf8.toHex().toUpper()},
        {u"utf-16"_s, utf16},
    };
    if (const QByteArray url = QUrl::toPercentEncoding(secret); url != utf8)
        forms.append({u"percent-encoded"_s, url});
    if (const QByteArray form = QUrl::toPercentEncoding(secret, "", "+").replace("%20", "+"); form != utf8)
        forms.append({u"form-encoded"_s, form});
    // A cut value is still a leak; long enough (≥ 12 bytes) not to match by chance.
    if (utf8.size() >= 24)
        forms.append({u"middle half"_s, utf8.mid(utf8.size() / 4, utf8.size() / 2)});
    return forms;
}

// "<what>: secret #i (form)" for every secret found in @p data.
QStringList leaksIn(const QByteArray &data, const QStringList &secrets, const QString &what)
{
    QStringList found;
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        for (const auto &[form, bytes] : encodings(secrets.at(i))) {
            if (data.contains(bytes))
                found << u"%1: secret #%2 (%3)"_s.arg(what).arg(i).arg(form);
        }
    }
    return found;
}

struct HomeScan
{
    QStringList files; // relative to HOME
    QStringList leaks;
};

HomeScan scanHome(const QStringList &secrets)
{
    HomeScan scan;
    const QDir home(QDir::homePath());
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (!info.isFile() || info.isSymLink())
            continue; // sockets of the private bus and the keyring daemon
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            scan.leaks << u"unreadable: "_s + path; // a file the scan cannot read is not proven clean
            continue;
        }
        scan.files << home.relativeFilePath(path);
        scan.leaks << leaksIn(file.readAll(), secrets, home.relativeFilePath(path));
    }
    return scan;
}

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(name)));
    // /proc files report size 0: read until the end.
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ? file.readAll() : QByteArray();
}

qint64 parentOf(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    // "pid (comm) state ppid …"; comm may hold spaces and parentheses: parse after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

struct SeenProcess
{
    QList<QByteArray> argvs; // every distinct cmdline seen (an exec changes it), NUL-separated
    QList<QByteArray> environments;
    QString exe;   // the program it runs (a fork that never exec'd runs the parent's)
    QString state; // /proc/PID/status "Name:" line, e.g. a sanitizer's tracer clone
};

/// One pass over /proc: @p root and every process descending from it, recorded in @p seen.
void pollDescendants(qint64 root, QHash<qint64, SeenProcess> &seen)
{
    QHash<qint64, qint64> parents;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric)
            parents.insert(pid, parentOf(pid));
    }
    for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
        qint64 p = it.key();
        for (int depth = 0; depth < 64 && p > 1 && p != root; ++depth)
            p = parents.value(p, -1);
        if (p != root)
            continue;
        SeenProcess &process = seen[it.key()];
        const QByteArray argv = readProcFile(it.key(), "cmdline");
        if (!argv.isEmpty() && !process.argvs.contains(argv))
            process.argvs.append(argv);
        const QByteArray environ = readProcFile(it.key(), "environ");
        if (!environ.isEmpty() && !process.environments.contains(environ))
            process.environments.append(environ);
        if (process.exe.isEmpty())
            process.exe = QFileInfo(u"/proc/%1/exe"_s.arg(it.key())).symLinkTarget();
        if (process.state.isEmpty()) {
            for (const QByteArray &line : readProcFile(it.key(), "status").split('\n')) {
                if (line.startsWith("Name:"))
                    process.state = QString::fromUtf8(line.mid(5).trimmed());
            }
        }
    }
}

QString printable(const QByteArray &argv)
{
    return QString::fromLocal8Bit(QByteArray(argv).replace('\0', ' ').trimmed());
}

} // namespace

class TestSecretsGuiSession final : public QObject
{
    Q_OBJECT

private:
    KryNet::Test::LabControl m_lab;
    QStringList m_secrets;
    QString m_profileName;
    QByteArray m_guiOut;
    QByteArray m_guiErr;
    QHash<qint64, SeenProcess> m_processes;
    qint64 m_guiPid = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("KRYNET_TEST_KEYRING") != u"1"_s)
            QFAIL("run through tests/peers/with-keychain.sh (private HOME, bus and gnome-keyring)");
        QVERIFY2(QDir::homePath().startsWith(u"/tmp/krynet-keyring."_s), qPrintable(QDir::homePath()));
        QVERIFY2(QFileInfo(binary(u"app/gui/krynet"_s)).isExecutable(), "krynet not built");
        QVERIFY2(QFileInfo(binary(u"app/cli/krynetctl"_s)).isExecutable(), "krynetctl not built");
        const auto started = m_lab.start(QStringList{});
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void testScannersFindAPlantedSecret()
    {
        const QString secret = u"plantedSECRET/+"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
        // In a scratch file under HOME, base64-encoded: the HOME scan reports it.
        const QString scratch = QDir::home().filePath(u".local/state/planted.txt"_s);
        QVERIFY(QDir().mkpath(QFileInfo(scratch).absolutePath()));
        {
            QFile file(scratch);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("token=" + secret.toUtf8().toBase64() + "\n");
        }
        const HomeScan scan = scanHome({secret});
        QVERIFY(scan.files.contains(u".local/state/planted.txt"_s));
        QVERIFY(!scan.leaks.isEmpty()); // base64 (and base64url, where the two agree)
        for (const QString &leak : scan.leaks)
            QVERIFY2(leak.startsWith(u".local/state/planted.txt: secret #0 (base64"_s), qPrintable(leak));
        QVERIFY(QFile::remove(scratch));
        QVERIFY(scanHome({secret}).leaks.isEmpty());
        // Percent-encoded in a URL on a command line, and cut to its middle half in a log.
        QVERIFY(!leaksIn("curl\0https://x/?k=" + QUrl::toPercentEncoding(secret), {secret}, u"argv"_s).isEmpty());
        QVERIFY(!leaksIn("key " + secret.toUtf8().mid(7, 16), {secret}, u"log"_s).isEmpty());
        QVERIFY(leaksIn("key …" + secret.toUtf8().right(4), {secret}, u"log"_s).isEmpty());

        // The /proc poller sees descendants: this test's own child, krynet-labsim, with its argv.
        QHash<qint64, SeenProcess> own;
        pollDescendants(QCoreApplication::applicationPid(), own);
        QVERIFY(own.contains(m_lab.lab()->processId()));
        QVERIFY(own.value(m_lab.lab()->processId()).argvs.first().contains("krynet-labsim"));
        QVERIFY(!own.value(m_lab.lab()->processId()).environments.isEmpty());
    }

    void testStoreLabProfileAndSecretsInKeychain()
    {
        m_profileName = u"lab-"_s + QString::number(QRandomGenerator::global()->generate(), 16);
        ProfileStore store;
        QVERIFY2(store.filePath().startsWith(QDir::homePath()), qPrintable(store.filePath()));
        QVERIFY(store.load());
        Profile profile = m_lab.setup().profile;
        profile.setName(m_profileName);
        QVERIFY(store.add(profile));
        QVERIFY(store.save());
        const auto saved = store.find(m_profileName);
        QVERIFY(saved);

        KeychainSecretStore keychain;
        const auto &secrets = m_lab.setup().secrets;
        QVERIFY2(secrets.size() >= 5, "the lab handed out fewer secrets than expected");
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            auto written = keychain.write(saved->secretKey(it.key()), it.value());
            QVERIFY(finishes(written));
            QVERIFY2(written.result().hasValue(), qPrintable(it.key()));
            m_secrets.append(it.value());
        }
        QVERIFY(secrets.contains(u"litellm.master-key"_s));
        // Read back through the keychain: the GUI will find them there, not in memory.
        auto read = keychain.read(saved->secretKey(u"litellm.master-key"_s));
        QVERIFY(finishes(read));
        QCOMPARE(read.result().value(), std::optional<QString>(secrets.value(u"litellm.master-key"_s)));

        // What LiteLLM holds besides: the provider keys and the virtual keys.
        const auto held = m_lab.request("GET", u"/litellm/secrets"_s);
        QVERIFY2(held.ok(), held.body.constData());
        for (const QJsonValue &v : held.json().value(u"secrets"_s).toArray()) {
            if (!m_secrets.contains(v.toString()))
                m_secrets.append(v.toString());
        }
        m_secrets.append(m_lab.setup().controlToken);
        QVERIFY2(m_secrets.size() >= 10, qPrintable(QString::number(m_secrets.size())));
        for (const QString &s : std::as_const(m_secrets))
            QVERIFY2(s.size() >= 8, "a secret too short to scan for without false alarms");
    }

    void testFullGuiSession()
    {
        QVERIFY(!m_profileName.isEmpty());
        QVERIFY(m_lab.startTraffic());
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"krynet.*.debug=true"_s);
        gui.setProcessEnvironment(env);
        gui.start(binary(u"app/gui/krynet"_s), {u"--profile"_s, m_profileName, u"--exit-when-ready"_s});
        QVERIFY(gui.waitForStarted(10000));
        m_guiPid = gui.processId();
        // Poll /proc while it runs (the event loop keeps reading its output meanwhile).
        const bool ended = QTest::qWaitFor(
            [&] {
                pollDescendants(m_guiPid, m_processes);
                m_guiOut += gui.readAllStandardOutput();
                m_guiErr += gui.readAllStandardError();
                return gui.state() == QProcess::NotRunning;
            },
            150000);
        if (!ended) {
            gui.kill();
            gui.waitForFinished(10000);
        }
        m_guiOut += gui.readAllStandardOutput();
        m_guiErr += gui.readAllStandardError();
        QVERIFY2(ended, "krynet did not finish its panel tour within 150 s");
        // A sanitizer report or a leak at exit is a failure too (non-zero exit).
        QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0,
                 qPrintable(u"exit %1\n"_s.arg(gui.exitCode()) + QString::fromUtf8(m_guiErr.right(4000))));

        const QJsonObject report = QJsonDocument::fromJson(m_guiOut.trimmed().split('\n').last()).object();
        QVERIFY2(report.contains(u"pssAllPanelsVisitedKiB"_s), m_guiOut.constData()); // every panel shown
        QVERIFY2(!report.contains(u"refreshUnanswered"_s), m_guiOut.constData());
        const QJsonObject panels = report.value(u"panels"_s).toObject();
        for (const char *panel : {"overview", "llm", "media", "uptime", "containers"})
            QVERIFY2(panels.contains(QLatin1StringView(panel)), m_guiOut.constData());
        // It talked to the lab's services with the keychain's secrets (LiteLLM's admin API needs the master key).
        const int llmRequests = m_lab.arrivals(u"litellm"_s);
        m_lab.stopTraffic();
        QVERIFY2(llmRequests > 0, "krynet never asked LiteLLM");
        // …and was let in: no request was refused (krynet.http logs "GET URL → STATUS in N ms").
        QVERIFY2(m_guiErr.contains("/key/list?") && m_guiErr.contains("/api/v3/system/status"),
                 "no authenticated call");
        QVERIFY2(!m_guiErr.contains("\xe2\x86\x92 401") && !m_guiErr.contains("\xe2\x86\x92 403"),
                 "a service refused the keychain's secret");
        // Debug logging was on: the log is not empty by accident.
        QVERIFY2(m_guiErr.contains("krynet."), m_guiErr.left(2000).constData());
        QVERIFY(m_processes.contains(m_guiPid));
        QVERIFY(m_processes.value(m_guiPid).argvs.first().contains("--exit-when-ready"));
        QStringList children;
        for (auto it = m_processes.cbegin(); it != m_processes.cend(); ++it) {
            if (it.key() != m_guiPid)
                children << u"%1 (%2, runs %3): %4"_s.arg(it.key()).arg(it->state, it->exe,
                                                                        printable(it->argvs.value(0)));
        }
        qInfo() << "krynet spawned" << children.size() << "process(es)" << children;
        qInfo("GUI log: %lld bytes on stderr, %lld on stdout", qint64(m_guiErr.size()), qint64(m_guiOut.size()));
    }

    void testCliActionLogged()
    {
        // A restart through the real krynetctl on the same profile: the ActionLog gets a server answer.
        QProcess cli;
        cli.start(binary(u"app/cli/krynetctl"_s),
                  {u"restart"_s, u"--profile"_s, m_profileName, u"--yes"_s, u"sonarr"_s});
        QVERIFY(cli.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000));
        const QByteArray out = cli.readAllStandardOutput() + cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, out.constData());
        m_guiErr += out; // scanned with the logs
        QFile log(QDir::homePath() + u"/data/krynet/actions.jsonl"_s);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        QVERIFY(log.readAll().contains("sonarr"));
    }

    void testNoSecretAnywhere()
    {
        QVERIFY(!m_secrets.isEmpty());
        const HomeScan scan = scanHome(m_secrets);
        qInfo() << "scanned" << scan.files;
        // The scan read the files that matter (else finding nothing would prove nothing).
        const auto has = [&scan](const QString &part) {
            return std::any_of(scan.files.cbegin(), scan.files.cend(),
                               [&part](const QString &f) { return f.contains(part); });
        };
        QVERIFY2(has(u"config/krynet/profiles.json"_s), qPrintable(scan.files.join(u", "_s)));
        QVERIFY2(has(u"actions.jsonl"_s), qPrintable(scan.files.join(u", "_s)));
        QVERIFY2(has(u"/uptime-"_s), qPrintable(scan.files.join(u", "_s)));
        QVERIFY2(has(u"/keyrings/"_s), qPrintable(scan.files.join(u", "_s)));
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(u'\n')));

        QStringList leaks = leaksIn(m_guiOut, m_secrets, u"krynet stdout"_s);
        leaks << leaksIn(m_guiErr, m_secrets, u"krynet stderr / krynetctl output"_s);
        for (auto it = m_processes.cbegin(); it != m_processes.cend(); ++it) {
            for (const QByteArray &argv : it->argvs)
                leaks << leaksIn(argv, m_secrets, u"argv of %1 (%2)"_s.arg(it.key()).arg(printable(argv)));
            for (const QByteArray &environ : it->environments)
                leaks << leaksIn(environ, m_secrets, u"environment of %1"_s.arg(it.key()));
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretsGuiSession)
#include "test_secrets_gui_session.moc"
