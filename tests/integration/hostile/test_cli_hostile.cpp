// Hostile server data end to end through krynetctl (issue 14): krynet-labsim --hostile-names seeds
// containers, a pool and its disk, monitors, torrents and media requests whose names carry shell
// payloads, quotes, markup, newlines, terminal escapes, an RTL override, 10,000 characters and invalid
// Unicode; the real krynetctl (--demo, through a wrapper that adds the option) lists them in table and
// --json form. Nothing may reach the terminal as a control character, no table row may break, every
// JSON answer must parse and carry the original names, and nothing may have been executed.
#include <functional>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include "app/labsim/hostilenames.h"
#include "tests/integration/docker/clirunner.h"

using namespace Qt::StringLiterals;
using KryNet::LabSim::HostileName;
using KryNet::Test::Cli;
using KryNet::Test::CliRun;

namespace
{

/// Where a name begins and ends in a table line (both must be on one line, in this order).
struct Edges
{
    QString head;
    QString tail;
};

Edges edgesOf(const HostileName &name, const QString &marker)
{
    if (name.key == u"subst"_s)
        return {u"subst $(touch "_s, marker + u')'};
    if (name.key == u"semicolon"_s)
        return {u"semicolon ; rm -rf"_s, u"touch "_s + marker};
    if (name.key == u"backtick"_s)
        return {u"backtick `touch "_s, marker + u'`'};
    if (name.key == u"quotes"_s)
        return {u"quotes ' \""_s, u"'\"'\"' \\\""_s};
    if (name.key == u"markup"_s)
        return {u"markup <b>bold</b>"_s, u"<img src=x>"_s};
    if (name.key == u"newline"_s)
        return {u"newline first"_s, u"third"_s};
    if (name.key == u"escapes"_s)
        return {u"escapes "_s, u"red"_s};
    if (name.key == u"rtl"_s)
        return {u"rtl "_s, u"gnp.exe"_s};
    if (name.key == u"invalid"_s)
        return {u"invalid "_s, u" end"_s};
    return {u"long-0123456789"_s, QString()};
}

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// Why @p bytes could drive a terminal, or an empty string: raw ESC or another C0/C1 control (newline
/// and tab aside), a bidi control, or invalid UTF-8.
QString terminalProblem(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes.at(i));
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f)
            return u"control byte 0x%1 at %2"_s.arg(b, 2, 16, QLatin1Char('0')).arg(i);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return u"invalid UTF-8"_s;
    for (const char32_t c : text.toUcs4()) {
        if ((c >= 0x80 && c <= 0x9f) || isBidiControl(c))
            return u"control code point U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return {};
}

void collectStrings(const QJsonValue &value, QStringList *out)
{
    if (value.isString()) {
        out->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out->append(it.key());
            collectStrings(it.value(), out);
        }
    }
}

} // namespace

class TestCliHostile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Cli m_cli{m_dir};
    QString m_marker;
    QString m_wrapper;
    QList<HostileName> m_names;

    CliRun run(const QStringList &args) { return m_cli.runDemo(m_wrapper, args, 150000); }

    /// Both streams inert; every name in @p keys on one table line (whole, or cut to its column when
    /// not @p wholeNames).
    void checkTable(const QStringList &args, const QStringList &keys, bool wholeNames)
    {
        const CliRun r = run(args);
        QVERIFY2(r.code == 0, r.describe().left(4000).constData());
        QVERIFY2(terminalProblem(r.out).isEmpty(), qPrintable(terminalProblem(r.out)));
        QVERIFY2(terminalProblem(r.err).isEmpty(), qPrintable(terminalProblem(r.err)));
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
        for (const HostileName &name : std::as_const(m_names)) {
            if (!keys.contains(name.key))
                continue;
            const Edges edges = edgesOf(name, m_marker);
            bool found = false;
            for (const QString &line : lines) {
                const qsizetype head = line.indexOf(edges.head);
                if (head >= 0 && (!wholeNames || edges.tail.isEmpty() ||
                                  line.indexOf(edges.tail, head + edges.head.size()) > head)) {
                    found = true;
                    break;
                }
            }
            QVERIFY2(found, qPrintable(u"%1: no line holds “%2” … “%3” in\n%4"_s.arg(
                                args.join(u' '), edges.head, edges.tail, QString::fromUtf8(r.out.left(6000)))));
        }
        // A name never starts a line of its own (a line break inside it would).
        for (const QString &line : lines) {
            for (const QString &piece : {u"second"_s, u"third"_s, u"bold</b>"_s})
                QVERIFY2(!line.startsWith(piece), qPrintable(line));
        }
    }

    /// The JSON parses, nothing in it can drive a terminal (escapes only) and every name in @p keys
    /// comes back exactly, in some string of it.
    void checkJson(const QStringList &args, const QStringList &keys)
    {
        const CliRun r = run(QStringList{u"--json"_s} + args);
        QVERIFY2(r.code == 0, r.describe().left(4000).constData());
        QVERIFY2(terminalProblem(r.out).isEmpty(), qPrintable(terminalProblem(r.out)));
        QVERIFY2(terminalProblem(r.err).isEmpty(), qPrintable(terminalProblem(r.err)));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QStringList strings;
        collectStrings(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &strings);
        for (const HostileName &name : std::as_const(m_names)) {
            if (!keys.contains(name.key))
                continue;
            // Invalid Unicode comes back as it was (a JSON transport's \udc80 escape) or as U+FFFD where a
            // transport could not carry it (Prometheus' text exposition format).
            QString replaced = name.text;
            for (QChar &c : replaced) {
                if (c.isSurrogate())
                    c = QChar::ReplacementCharacter;
            }
            bool found = false;
            for (const QString &s : std::as_const(strings))
                found = found || s.contains(name.text) || s.contains(replaced);
            QVERIFY2(found, qPrintable(u"%1: “%2” not round-tripped"_s.arg(args.join(u' '), name.key)));
        }
    }

    [[nodiscard]] QStringList allKeys() const
    {
        QStringList keys;
        for (const HostileName &name : m_names)
            keys.append(name.key);
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(m_cli.program()).isExecutable(), qPrintable(m_cli.program()));
        const QString labsim = qEnvironmentVariable("KRYNET_LABSIM_REAL");
        QVERIFY2(QFileInfo(labsim).isExecutable(), qPrintable(labsim));
        m_marker = m_dir.filePath(u"pwned"_s);
        m_names = KryNet::LabSim::hostileNames(m_marker);
        QCOMPARE(m_names.size(), 10);
        QCOMPARE(m_names.at(8).text.size(), 10000);
        QFile canary(m_dir.filePath(u"krynet-hostile-canary"_s)); // what "; rm -rf ~/…" would remove
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.close();
        m_wrapper = m_dir.filePath(u"labsim-hostile.sh"_s);
        QVERIFY(Cli::writeLabsimWrapper(m_wrapper, {u"--hostile-names"_s, u"--hostile-marker"_s, m_marker}));
    }

    void testContainers()
    {
        // Names Docker accepts, hostile compose projects: each project heads one line, whole.
        checkTable({u"containers"_s}, allKeys(), true);
        checkJson({u"containers"_s}, allKeys());
        // Names Docker itself refuses (only a broken or compromised daemon sends them) are left out by the
        // parser, one by one: the rest of the list, the normal lab and the valid hostile ones, is shown.
        const CliRun r = run({u"--json"_s, u"containers"_s});
        QVERIFY2(r.code == 0, r.describe().left(2000).constData());
        QStringList names;
        for (const QJsonValue &c : r.outObject().value(u"containers"_s).toArray())
            names.append(c[u"name"_s].toString());
        QVERIFY2(names.contains(u"gluetun"_s), qPrintable(names.join(u' ')));
        for (const HostileName &name : std::as_const(m_names)) {
            QVERIFY2(names.contains(u"hostile-"_s + name.key), qPrintable(name.key));
            QVERIFY(!names.contains(name.text));
        }
    }

    void testContainerLogs()
    {
        // The log of a hostile container: every name as raw bytes (0xff 0xfe for the invalid one).
        const CliRun list = run({u"--json"_s, u"containers"_s});
        QVERIFY2(list.code == 0, list.describe().left(2000).constData());
        QString id;
        QStringList strings;
        const QJsonDocument doc = QJsonDocument::fromJson(list.out);
        const std::function<void(const QJsonValue &)> find = [&](const QJsonValue &v) {
            if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    find(e);
            } else if (v.isObject()) {
                const QJsonObject o = v.toObject();
                if (o.value(u"name"_s).toString() == u"hostile-subst"_s)
                    id = o.value(u"id"_s).toString();
                for (const QJsonValue &e : o)
                    find(e);
            }
        };
        find(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        QVERIFY2(!id.isEmpty(), list.out.left(2000).constData());
        const CliRun r = run({u"logs"_s, id.left(12), u"--tail"_s, u"all"_s});
        QVERIFY2(r.code == 0, r.describe().left(4000).constData());
        QVERIFY2(terminalProblem(r.out).isEmpty(), qPrintable(terminalProblem(r.out)));
        QVERIFY2(terminalProblem(r.err).isEmpty(), qPrintable(terminalProblem(r.err)));
        QVERIFY2(r.out.contains("subst $(touch "), r.out.left(2000).constData());
        QVERIFY(r.out.contains("markup <b>bold</b><img src=x>"));
    }

    void testPools()
    {
        checkTable({u"pools"_s}, {}, true);
        const CliRun r = run({u"--json"_s, u"pools"_s});
        QVERIFY2(r.code == 0, r.describe().left(4000).constData());
        QVERIFY2(terminalProblem(r.out).isEmpty(), qPrintable(terminalProblem(r.out)));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QStringList strings;
        collectStrings(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &strings);
        // The pool name (valid ZFS, spaces and dashes included) comes back whole.
        bool pool = false;
        for (const QString &s : std::as_const(strings))
            pool = pool || (s.startsWith(u"hostile -rf --force x:y.z_w "_s) && s.size() == 255);
        QVERIFY2(pool, r.out.left(3000).constData());
        // The table shows it on one line too, and its disk's model (escapes, a line break) on one line.
        const CliRun table = run({u"pools"_s});
        bool line = false;
        bool disk = false;
        for (const QString &l : QString::fromUtf8(table.out).split(u'\n')) {
            line = line || l.contains(u"hostile -rf --force x:y.z_w long"_s);
            disk = disk || (l.contains(u"escapes "_s) && l.contains(u"newline first"_s) && l.contains(u"third"_s));
        }
        QVERIFY2(line, table.out.left(3000).constData());
        QVERIFY2(disk, table.out.right(3000).constData());
    }

    void testUptime()
    {
        checkTable({u"uptime"_s, u"--range"_s, u"7d"_s}, allKeys(), false);
        checkJson({u"uptime"_s, u"--range"_s, u"7d"_s}, allKeys());
    }

    void testPipeline()
    {
        checkTable({u"pipeline"_s}, allKeys(), false);
        checkJson({u"pipeline"_s}, allKeys());
    }

    void testNothingWasExecuted()
    {
        QVERIFY(!QFile::exists(m_marker));
        QVERIFY(QFile::exists(m_dir.filePath(u"krynet-hostile-canary"_s))); // HOME of krynetctl and labsim
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
