#include "app/labsim/storage/storagecommands.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include "app/labsim/storage/zfsformat.h"

using namespace Qt::StringLiterals;

namespace KryNet::LabSim::Storage
{

namespace
{

const QByteArray ZfsVersion = "zfs-2.3.4-1\nzfs-kmod-2.3.4-1\n";

/// Short options of one command: "-vpP" → {'v','p','P'}; long options and option arguments handled by callers.
struct ParsedArgs
{
    QSet<QChar> flags;
    QHash<QChar, QString> values; ///< options taking an argument (-o cols, -T u, -t types, -d N)
    QSet<QString> longOptions;
    QStringList operands;
    QString error; ///< "invalid option 'z'" / "missing argument for 'o' option"
};

ParsedArgs parseArgs(const QStringList &args, const QString &allowedFlags, const QString &withValue,
                     const QStringList &allowedLong)
{
    ParsedArgs p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--"_s) {
            p.operands << args.mid(i + 1);
            break;
        }
        if (a.startsWith(u"--"_s)) {
            if (!allowedLong.contains(a)) {
                p.error = u"unrecognized option '%1'"_s.arg(a);
                return p;
            }
            p.longOptions.insert(a);
            continue;
        }
        if (a.size() > 1 && a.startsWith(u'-')) {
            for (qsizetype k = 1; k < a.size(); ++k) {
                const QChar c = a.at(k);
                if (withValue.contains(c)) {
                    QString value = a.mid(k + 1);
                    if (value.isEmpty()) {
                        if (i + 1 >= args.size()) {
                            p.error = u"missing argument for '%1' option"_s.arg(c);
                            return p;
                        }
                        value = args.at(++i);
                    }
                    p.values.insert(c, value);
                    break;
                }
                if (!allowedFlags.contains(c)) {
                    p.error = u"invalid option '%1'"_s.arg(c);
                    return p;
                }
                p.flags.insert(c);
            }
            continue;
        }
        p.operands << a;
    }
    return p;
}

QByteArray usage(const QByteArray &line)
{
    return "usage:\n\t" + line + "\n";
}

} // namespace

StorageCommands::StorageCommands(StorageState &state, std::function<qint64()> now)
    : m_state(state)
    , m_now(std::move(now))
    , m_midclt(state)
{}

void StorageCommands::registerPrograms(LabShell &shell)
{
    shell.addProgram(u"zpool"_s, u"/usr/sbin/zpool"_s, [this](const QStringList &argv) { return zpool(argv); });
    shell.addProgram(u"zfs"_s, u"/usr/sbin/zfs"_s, [this](const QStringList &argv) { return zfs(argv); });
    shell.addProgram(u"smartctl"_s, u"/usr/sbin/smartctl"_s,
                     [this](const QStringList &argv) { return smartctl(argv); });
    shell.addProgram(u"midclt"_s, u"/usr/bin/midclt"_s, [this](const QStringList &argv) { return midclt(argv); });
    for (const auto &[name, path] :
         {qMakePair(u"cat"_s, u"/usr/bin/cat"_s), qMakePair(u"timedatectl"_s, u"/usr/bin/timedatectl"_s),
          qMakePair(u"date"_s, u"/usr/bin/date"_s), qMakePair(u"hostname"_s, u"/usr/bin/hostname"_s),
          qMakePair(u"uname"_s, u"/usr/bin/uname"_s), qMakePair(u"readlink"_s, u"/usr/bin/readlink"_s)}) {
        shell.addProgram(name, path, [this](const QStringList &argv) { return system(argv); });
    }
}

void StorageCommands::sync()
{
    if (m_now)
        m_state.advanceTo(m_now());
}

QList<const Pool *> StorageCommands::selectPools(const QStringList &names, QByteArray *err, bool *failed) const
{
    QList<const Pool *> out;
    if (names.isEmpty()) {
        for (const Pool &p : m_state.pools())
            out << &p;
        std::sort(out.begin(), out.end(), [](const Pool *a, const Pool *b) { return a->name < b->name; });
        return out;
    }
    for (const QString &name : names) {
        const QString problem = StorageState::poolNameProblem(name);
        if (!problem.isEmpty()) {
            *err += "cannot open '" + name.toUtf8() + "': " + problem.toUtf8() + '\n';
            *failed = true;
            continue;
        }
        const Pool *p = m_state.pool(name);
        if (!p) {
            *err += "cannot open '" + name.toUtf8() + "': no such pool\n";
            *failed = true;
            continue;
        }
        if (!out.contains(p))
            out << p;
    }
    return out;
}

CommandOutput StorageCommands::zpool(const QStringList &argv)
{
    sync();
    const QString sub = argv.value(1);
    const QStringList args = argv.mid(2);
    if (sub == u"status"_s)
        return zpoolStatus(args);
    if (sub == u"list"_s)
        return zpoolList(args);
    if (sub == u"scrub"_s)
        return zpoolScrub(args);
    if (sub == u"version"_s)
        return CommandOutput::ok(ZfsVersion);
    if (sub.isEmpty() || sub == u"-?"_s || sub == u"--help"_s)
        return CommandOutput::fail("usage: zpool command args ...\nwhere 'command' is one of the following:\n\n"
                                   "\tversion\n\tcreate [-fnd] [-o property=value] ...\n\tstatus [-DdegiLPpstvx] "
                                   "[-c script1[,script2,...]] ...\n\tlist [-gHLpPv] [-o property[,...]] [-T d|u] "
                                   "[pool] ...\n\tscrub [-e | -s | -p | -C] [-w] <pool> ...\n",
                                   2);
    return CommandOutput::fail("unrecognized command '" + sub.toUtf8() + "'\nusage: zpool command args ...\n", 2);
}

CommandOutput StorageCommands::zpoolStatus(const QStringList &args)
{
    const QByteArray use = usage("status [--power] [-j [--json-int] [--json-flat-vdevs] [--json-pool-key-guid]]\n"
                                 "\t    [-c [script1,script2,...]] [-dDegiLpPstvx] [-T d|u] [pool] ...\n"
                                 "\t    [interval [count]]");
    const ParsedArgs p = parseArgs(args, u"vpPxLgeDdistj"_s, u"Tc"_s,
                                   {u"--json-int"_s, u"--json-flat-vdevs"_s, u"--json-pool-key-guid"_s, u"--power"_s});
    if (!p.error.isEmpty())
        return CommandOutput::fail(p.error.toUtf8() + '\n' + use, 2);
    const bool json = p.flags.contains(u'j');
    if (!json && !p.longOptions.isEmpty() && !p.longOptions.contains(u"--power"_s))
        return CommandOutput::fail("'--json-int' only works with '-j' option\n" + use, 2);
    QStringList names = p.operands;
    while (!names.isEmpty() && !names.constLast().isEmpty() && names.constLast().toLongLong() > 0 &&
           !m_state.pool(names.constLast()))
        names.removeLast(); // interval [count]
    CommandOutput out;
    bool failed = false;
    QList<const Pool *> pools = selectPools(names, &out.err, &failed);
    if (p.flags.contains(u'x')) {
        pools.erase(std::remove_if(pools.begin(), pools.end(),
                                   [this](const Pool *pool) {
                                       const QString code = poolProblem(m_state, *pool).statusCode;
                                       return code == u"OK"_s || code == u"FEAT_DISABLED"_s;
                                   }),
                    pools.end());
    }
    StatusOptions options;
    options.verbose = p.flags.contains(u'v');
    options.fullPaths = p.flags.contains(u'P');
    options.numbers.parsable = p.flags.contains(u'p');
    options.numbers.jsonInt = p.longOptions.contains(u"--json-int"_s);
    options.numbers.parsable = options.numbers.parsable || options.numbers.jsonInt;
    if (json) {
        out.out = json ? QJsonDocument(zpoolStatusJson(m_state, pools, options)).toJson(QJsonDocument::Compact) + '\n'
                       : QByteArray();
    } else if (p.flags.contains(u'x') && pools.isEmpty() && !failed) {
        out.out = names.size() == 1 ? "pool '" + names.constFirst().toUtf8() + "' is healthy\n"
                                    : QByteArray("all pools are healthy\n");
    } else if (!pools.isEmpty() || !failed) {
        out.out = zpoolStatusText(m_state, pools, options);
    }
    out.status = failed ? 1 : 0;
    return out;
}

CommandOutput StorageCommands::zpoolList(const QStringList &args)
{
    const QByteArray use = usage("list [-gHLpPv] [-o property[,...]] [-j [--json-int, --json-pool-key-guid]]\n"
                                 "\t    [-T d|u] [pool] ... [interval [count]]");
    const ParsedArgs p = parseArgs(args, u"gHLpPvj"_s, u"oT"_s, {u"--json-int"_s, u"--json-pool-key-guid"_s});
    if (!p.error.isEmpty())
        return CommandOutput::fail(p.error.toUtf8() + '\n' + use, 2);
    const bool json = p.flags.contains(u'j');
    if (!json && !p.longOptions.isEmpty())
        return CommandOutput::fail("'--json-int' only works with '-j' option\n" + use, 2);
    QStringList columns = defaultZpoolColumns();
    if (p.values.contains(u'o')) {
        columns.clear();
        for (const QString &c : p.values.value(u'o').split(u',')) {
            const QString canonical = canonicalZpoolColumn(c.trimmed().toLower());
            if (canonical.isEmpty())
                return CommandOutput::fail("invalid property '" + c.toUtf8() + "'\n" + use, 2);
            columns << canonical;
        }
    }
    CommandOutput out;
    bool failed = false;
    const QList<const Pool *> pools = selectPools(p.operands, &out.err, &failed);
    if (json) {
        NumberStyle numbers;
        numbers.parsable = p.flags.contains(u'p');
        numbers.jsonInt = p.longOptions.contains(u"--json-int"_s);
        numbers.parsable = numbers.parsable || numbers.jsonInt; // --json-int implies exact values
        QStringList jsonColumns = columns;
        jsonColumns.removeAll(u"name"_s);
        out.out = json ? QJsonDocument(zpoolListJson(pools, jsonColumns, numbers)).toJson(QJsonDocument::Compact) + '\n'
                       : QByteArray();
    } else if (!pools.isEmpty() || !failed) {
        out.out = zpoolListText(pools, columns, p.flags.contains(u'H'), p.flags.contains(u'p'));
    }
    out.status = failed ? 1 : 0;
    return out;
}

CommandOutput StorageCommands::zpoolScrub(const QStringList &args)
{
    const QByteArray use = usage("scrub [-e | -s | -p | -C] [-w] <pool> ...");
    const ParsedArgs p = parseArgs(args, u"spewC"_s, {}, {});
    if (!p.error.isEmpty())
        return CommandOutput::fail(p.error.toUtf8() + '\n' + use, 2);
    if (p.flags.contains(u's') && p.flags.contains(u'p'))
        return CommandOutput::fail("invalid option combination: -s and -p are mutually exclusive\n" + use, 2);
    if (p.operands.isEmpty())
        return CommandOutput::fail("missing pool name argument\n" + use, 2);
    CommandOutput out;
    for (const QString &name : p.operands) {
        const QString problem = StorageState::poolNameProblem(name);
        if (!problem.isEmpty()) {
            out.err += "cannot open '" + name.toUtf8() + "': " + problem.toUtf8() + '\n';
            out.status = 1;
            continue;
        }
        StorageState::ScrubResult r;
        QByteArray verb = "scrub";
        if (p.flags.contains(u's')) {
            r = m_state.cancelScrub(name);
            verb = "cancel scrubbing";
        } else if (p.flags.contains(u'p')) {
            r = m_state.pauseScrub(name);
            verb = "pause scrubbing";
        } else {
            r = m_state.startScrub(name);
        }
        switch (r) {
        case StorageState::ScrubResult::Ok:
            break;
        case StorageState::ScrubResult::NoSuchPool:
            out.err += "cannot open '" + name.toUtf8() + "': no such pool\n";
            out.status = 1;
            break;
        case StorageState::ScrubResult::AlreadyScrubbing:
            out.err += "cannot scrub " + name.toUtf8() +
                       ": currently scrubbing; use 'zpool scrub -s' to cancel the current scrub\n";
            out.status = 1;
            break;
        case StorageState::ScrubResult::NoActiveScrub:
            out.err += "cannot " + verb + ' ' + name.toUtf8() + ": there is no active scrub\n";
            out.status = 1;
            break;
        }
    }
    return out;
}

CommandOutput StorageCommands::zfs(const QStringList &argv)
{
    sync();
    const QString sub = argv.value(1);
    if (sub == u"version"_s)
        return CommandOutput::ok(ZfsVersion);
    if (sub != u"list"_s) {
        if (sub.isEmpty())
            return CommandOutput::fail("usage: zfs command args ...\n", 2);
        return CommandOutput::fail("unrecognized command '" + sub.toUtf8() + "'\nusage: zfs command args ...\n", 2);
    }
    const QByteArray use = usage("list [-Hp] [-r|-d max] [-o property[,...]] [-s property]...\n"
                                 "\t    [-S property]... [-t type[,...]] [filesystem|volume|snapshot] ...");
    const ParsedArgs p = parseArgs(argv.mid(2), u"HprjP"_s, u"odstS"_s, {u"--json-int"_s});
    if (!p.error.isEmpty())
        return CommandOutput::fail(p.error.toUtf8() + '\n' + use, 2);
    QStringList columns{u"name"_s, u"used"_s, u"available"_s, u"referenced"_s, u"mountpoint"_s};
    if (p.values.contains(u'o')) {
        columns.clear();
        for (const QString &c : p.values.value(u'o').split(u',')) {
            const QString canonical = canonicalZfsColumn(c.trimmed().toLower());
            if (canonical.isEmpty())
                return CommandOutput::fail("bad property list: invalid property '" + c.toUtf8() + "'\n" + use, 2);
            columns << canonical;
        }
    }
    bool filesystems = true;
    if (p.values.contains(u't')) {
        const QStringList types = p.values.value(u't').split(u',');
        for (const QString &t : types) {
            static const QStringList known{u"filesystem"_s, u"volume"_s, u"snapshot"_s, u"bookmark"_s,
                                           u"all"_s,        u"snap"_s,   u"fs"_s,       u"vol"_s};
            if (!known.contains(t))
                return CommandOutput::fail("invalid type '" + t.toUtf8() + "'\n" + use, 2);
        }
        filesystems = types.contains(u"filesystem"_s) || types.contains(u"all"_s) || types.contains(u"fs"_s);
    }
    const bool recursive = p.flags.contains(u'r') || p.values.contains(u'd');
    const int maxDepth = p.values.contains(u'd') ? p.values.value(u'd').toInt() : 1 << 20;
    CommandOutput out;
    QList<const Dataset *> selected;
    const auto all = [&] {
        QList<const Dataset *> list;
        for (const Pool &pool : m_state.pools()) {
            for (const Dataset &d : pool.datasets)
                list << &d;
        }
        return list;
    }();
    if (p.operands.isEmpty()) {
        selected = all;
    } else {
        for (const QString &name : p.operands) {
            const QString poolPart = name.section(u'/', 0, 0);
            QString problem = StorageState::poolNameProblem(poolPart);
            if (problem.isEmpty()) {
                for (const QString &component : name.split(u'/').mid(1)) {
                    if (component.isEmpty() || component.contains(QRegularExpression(u"[^A-Za-z0-9_.: -]"_s)))
                        problem = u"invalid character in dataset name"_s;
                }
            }
            if (!problem.isEmpty()) {
                out.err += "cannot open '" + name.toUtf8() + "': " + problem.toUtf8() + '\n';
                out.status = 1;
                continue;
            }
            const Dataset *root = nullptr;
            for (const Dataset *d : all) {
                if (d->name == name)
                    root = d;
            }
            if (!root) {
                out.err += "cannot open '" + name.toUtf8() + "': dataset does not exist\n";
                out.status = 1;
                continue;
            }
            for (const Dataset *d : all) {
                const bool below = d->name.startsWith(name + u'/');
                const int depth = int(d->name.count(u'/') - name.count(u'/'));
                if ((d == root || (recursive && below && depth <= maxDepth)) && !selected.contains(d))
                    selected << d;
            }
        }
    }
    if (!filesystems)
        selected.clear();
    std::sort(selected.begin(), selected.end(),
              [](const Dataset *a, const Dataset *b) { return a->name.split(u'/') < b->name.split(u'/'); });
    if (p.flags.contains(u'j')) {
        NumberStyle numbers;
        numbers.parsable = p.flags.contains(u'p');
        numbers.jsonInt = p.longOptions.contains(u"--json-int"_s);
        numbers.parsable = numbers.parsable || numbers.jsonInt; // --json-int implies exact values
        out.out = QJsonDocument(zfsListJson(m_state, selected, columns, numbers)).toJson(QJsonDocument::Compact) + '\n';
        return out;
    }
    if (selected.isEmpty() && out.status == 0) {
        out.err += "no datasets available\n";
        return out;
    }
    if (!selected.isEmpty())
        out.out = zfsListText(m_state, selected, columns, p.flags.contains(u'H'), p.flags.contains(u'p'));
    return out;
}

CommandOutput StorageCommands::smartctl(const QStringList &argv)
{
    sync();
    return Storage::smartctl(m_state, argv);
}

CommandOutput StorageCommands::midclt(const QStringList &argv)
{
    sync();
    return m_midclt.run(argv);
}

CommandOutput StorageCommands::system(const QStringList &argv)
{
    sync();
    const QString name = argv.constFirst();
    const QStringList args = argv.mid(1);
    const QTimeZone zone(m_state.timeZone().toUtf8());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_state.now(), zone.isValid() ? zone : QTimeZone::utc());
    if (name == u"cat"_s) {
        CommandOutput out;
        for (const QString &file : args) {
            if (file == u"/etc/timezone"_s)
                out.out += m_state.timeZone().toUtf8() + '\n';
            else if (file == u"/etc/hostname"_s)
                out.out += m_state.hostName().toUtf8() + '\n';
            else if (file == u"/etc/version"_s)
                out.out += "25.04.2.4";
            else if (file == u"/etc/os-release"_s)
                out.out += "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
                           "VERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nVERSION_CODENAME=bookworm\nID=debian\n";
            else {
                out.err += "cat: " + file.toUtf8() + ": No such file or directory\n";
                out.status = 1;
            }
        }
        return out;
    }
    if (name == u"timedatectl"_s) {
        if (args.value(0) == u"show"_s) {
            if (args.contains(u"Timezone"_s) || args.contains(u"--property=Timezone"_s))
                return CommandOutput::ok(args.contains(u"--value"_s)
                                             ? QByteArray(m_state.timeZone().toUtf8() + '\n')
                                             : QByteArray("Timezone=" + m_state.timeZone().toUtf8() + '\n'));
            return CommandOutput::ok("Timezone=" + m_state.timeZone().toUtf8() +
                                     "\nLocalRTC=no\nCanNTP=yes\nNTP=yes\nNTPSynchronized=yes\nTimeUSec=" +
                                     QLocale::c().toString(now, u"ddd yyyy-MM-dd HH:mm:ss t"_s).toUtf8() + '\n');
        }
        return CommandOutput::ok(
            "               Local time: " + QLocale::c().toString(now, u"ddd yyyy-MM-dd HH:mm:ss t"_s).toUtf8() +
            "\n                Time zone: " + m_state.timeZone().toUtf8() + " (" + zone.abbreviation(now).toUtf8() +
            ", " + QLocale::c().toString(now, u"t"_s).toUtf8() +
            ")\nSystem clock synchronized: yes\n              NTP service: active\n");
    }
    if (name == u"readlink"_s) {
        if (args.contains(u"/etc/localtime"_s))
            return CommandOutput::ok("/usr/share/zoneinfo/" + m_state.timeZone().toUtf8() + '\n');
        return CommandOutput::fail({}, 1);
    }
    if (name == u"date"_s) {
        const int offset = zone.isValid() ? zone.offsetFromUtc(now) : 0;
        const QString z = u"%1%2%3"_s.arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                              .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                              .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
        if (args.value(0) == u"+%z"_s)
            return CommandOutput::ok(z.toUtf8() + '\n');
        if (args.value(0) == u"+%Z"_s)
            return CommandOutput::ok(zone.abbreviation(now).toUtf8() + '\n');
        if (args.value(0) == u"+%s"_s)
            return CommandOutput::ok(QByteArray::number(m_state.now()) + '\n');
        return CommandOutput::ok(QLocale::c().toString(now, u"ddd MMM d HH:mm:ss "_s).toUtf8() +
                                 zone.abbreviation(now).toUtf8() + ' ' + QByteArray::number(now.date().year()) + '\n');
    }
    if (name == u"hostname"_s)
        return CommandOutput::ok(m_state.hostName().toUtf8() + '\n');
    if (name == u"uname"_s) {
        if (args.contains(u"-a"_s))
            return CommandOutput::ok("Linux " + m_state.hostName().toUtf8() +
                                     " 6.12.15-production+truenas #1 SMP PREEMPT_DYNAMIC Mon May 26 13:44:31 UTC 2025 "
                                     "x86_64 GNU/Linux\n");
        if (args.contains(u"-r"_s))
            return CommandOutput::ok("6.12.15-production+truenas\n");
        return CommandOutput::ok("Linux\n");
    }
    return CommandOutput::fail("sh: 1: " + name.toUtf8() + ": not found\n", 127);
}

} // namespace KryNet::LabSim::Storage
