// krynet-clidocs: writes the krynetctl man page and its bash, zsh and fish completions from the help of
// the krynetctl that was just built, so both always cover exactly the commands and options that exist.
// The hand-written parts of the man page (description, global options, files, examples) come from a
// template with @COMMANDS@, @VERSION@ and @DATE@; the tool fails when the template leaves a global option
// of `krynetctl --help` undocumented, or when a listed command has no working `COMMAND --help`.
//
// It runs krynetctl in the C locale with a throwaway configuration directory, and relies only on the
// layout QCommandLineParser gives every help text ("Usage:", description, option and argument tables).
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace
{

struct Option
{
    QStringList names; // "-h", "--help"
    QString value;     // "FILE" for "--identity <FILE>"; empty for a flag
    QString description;
    bool repeatable = false;

    QString longName() const { return names.isEmpty() ? QString() : names.constLast(); }
};

struct Argument
{
    QString name;
    QString description;
    bool optional = false;
};

struct Command
{
    QString name; // "profile add"
    QString summary;
    QString usageTail; // what follows the command name in "Usage: krynetctl NAME …"
    QString description;
    QList<Option> options;
    QList<Argument> arguments;

    QStringList words() const { return name.split(u' '); }
};

struct GlobalFlag
{
    QString name; // "--json"
    QString description;
};

struct Cli
{
    QList<Command> commands;
    QList<GlobalFlag> globals;
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "krynet-clidocs: %s\n", qPrintable(message));
    std::exit(1);
}

QString runHelp(const QString &krynetctl, const QString &configDir, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"KRYNET_CONFIG_DIR"_s, configDir);
    env.insert(u"XDG_CONFIG_HOME"_s, configDir);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(krynetctl, args);
    // A build-time tool: blocking on the child is fine here.
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        die(u"`krynetctl %1` failed: %2"_s.arg(args.join(u' '),
                                               QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Entry
{
    QString left;
    QString text;
};

// One table of a QCommandLineParser help text: "  NAMES   description" with wrapped continuation lines.
QList<Entry> parseEntries(const QStringList &lines)
{
    static const QRegularExpression gap(u"\\s{2,}"_s);
    QList<Entry> entries;
    for (const QString &line : lines) {
        if (line.startsWith(u"   "_s)) {
            if (!entries.isEmpty()) {
                QString &text = entries.last().text;
                text += (text.isEmpty() ? QString() : u" "_s) + line.trimmed();
            }
            continue;
        }
        if (!line.startsWith(u"  "_s))
            continue;
        const QString body = line.mid(2);
        Entry entry;
        if (const QRegularExpressionMatch m = gap.match(body); m.hasMatch()) {
            entry.left = body.left(m.capturedStart());
            entry.text = body.mid(m.capturedEnd()).trimmed();
        } else {
            entry.left = body.trimmed();
        }
        entries.append(entry);
    }
    return entries;
}

Option parseOption(const Entry &entry)
{
    Option option;
    QString names = entry.left;
    if (const qsizetype lt = names.indexOf(u" <"_s); lt >= 0 && names.endsWith(u'>')) {
        option.value = names.mid(lt + 2, names.size() - lt - 3);
        names.truncate(lt);
    }
    option.names = names.split(u", "_s);
    option.description = entry.text;
    option.repeatable = entry.text.contains(u"(repeatable)"_s);
    return option;
}

void parseCommandHelp(Command &command, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    qsizetype i = 0;
    // "Usage: krynetctl profile add [options] NAME"; the program may appear as the path it was run by.
    if (lines.isEmpty() || !lines.at(0).startsWith(u"Usage: "_s))
        die(u"unexpected help of “%1”: %2"_s.arg(command.name, lines.value(0)));
    QStringList usage = lines.at(0).mid(7).split(u' ', Qt::SkipEmptyParts);
    usage.removeFirst();
    if (usage.mid(0, command.words().size()) == command.words())
        usage.remove(0, command.words().size());
    command.usageTail = usage.join(u' ');
    QStringList description;
    for (i = 1; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
        description.append(lines.at(i).trimmed());
    command.description = description.join(u' ');

    // Then sections: a header line ("Options:", "Arguments:") and its table, up to a blank line.
    while (i < lines.size()) {
        while (i < lines.size() && lines.at(i).trimmed().isEmpty())
            ++i;
        if (i >= lines.size())
            break;
        ++i; // the header
        QStringList table;
        for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
            table.append(lines.at(i));
        for (const Entry &entry : parseEntries(table)) {
            if (entry.left.startsWith(u'-')) {
                command.options.append(parseOption(entry));
            } else {
                Argument argument{entry.left, entry.text};
                argument.optional =
                    command.usageTail.contains(u'[' + argument.name) || entry.text.contains(u"(optional"_s);
                command.arguments.append(argument);
            }
        }
    }
}

Cli readCli(const QString &krynetctl)
{
    QTemporaryDir config;
    if (!config.isValid())
        die(u"no temporary directory"_s);
    Cli cli;
    const QString help = runHelp(krynetctl, config.path(), {u"--help"_s});
    static const QRegularExpression commandLine(u"^  ([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?) +(\\S.*)$"_s);
    static const QRegularExpression flag(u"(--[a-z][a-z0-9-]*)(?: \\(([^)]*)\\))?"_s);
    for (const QString &line : help.split(u'\n')) {
        if (const QRegularExpressionMatch m = commandLine.match(line); m.hasMatch()) {
            cli.commands.append(Command{m.captured(1), m.captured(2), {}, {}, {}, {}});
            continue;
        }
        if (line.startsWith(u"Usage:"_s))
            continue;
        for (auto it = flag.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool known = std::any_of(cli.globals.cbegin(), cli.globals.cend(),
                                           [&m](const GlobalFlag &g) { return g.name == m.captured(1); });
            if (!known)
                cli.globals.append(GlobalFlag{m.captured(1), m.captured(2)});
        }
    }
    if (cli.commands.isEmpty())
        die(u"no commands found in `krynetctl --help`"_s);
    for (Command &command : cli.commands)
        parseCommandHelp(command, runHelp(krynetctl, config.path(), command.words() + QStringList{u"--help"_s}));
    return cli;
}

// --- helpers shared by the writers ------------------------------------------------------------------

bool isHelp(const Option &option)
{
    return option.longName() == u"--help"_s;
}

enum class ValueKind {
    None,
    File,
    Host,
    Profile
};

ValueKind valueKind(const Option &option)
{
    if (option.longName() == u"--profile"_s)
        return ValueKind::Profile;
    if (option.value == u"FILE"_s || option.value == u"DIR"_s) // PATH values are paths on the server
        return ValueKind::File;
    if (option.value == u"HOST"_s)
        return ValueKind::Host;
    return ValueKind::None;
}

// Positional values worth completing: profile names, or a "Known keys: a, b, c." list in the description.
QStringList knownValues(const Argument &argument)
{
    static const QRegularExpression known(u"Known [a-z]+: ([^ ,]+(?:, [^ ,]+)*)\\."_s);
    if (const QRegularExpressionMatch m = known.match(argument.description); m.hasMatch())
        return m.captured(1).split(u", "_s);
    return {};
}

bool takesProfileName(const Command &command, const Argument &argument)
{
    return command.words().constFirst() == u"profile"_s && command.name != u"profile add"_s &&
           argument.name == u"NAME"_s;
}

// First words that group several commands ("profile" for "profile list", "profile add", …).
QStringList groups(const Cli &cli)
{
    QStringList result;
    for (const Command &command : cli.commands) {
        if (command.words().size() > 1 && !result.contains(command.words().constFirst()))
            result.append(command.words().constFirst());
    }
    return result;
}

QStringList subcommands(const Cli &cli, const QString &group)
{
    QStringList result;
    for (const Command &command : cli.commands) {
        if (command.words().size() == 2 && command.words().constFirst() == group)
            result.append(command.words().constLast());
    }
    return result;
}

QStringList firstWords(const Cli &cli)
{
    QStringList result;
    for (const Command &command : cli.commands) {
        if (!result.contains(command.words().constFirst()))
            result.append(command.words().constFirst());
    }
    return result;
}

QString summaryOf(const Cli &cli, const QString &firstWord)
{
    for (const Command &command : cli.commands) {
        if (command.name == firstWord)
            return command.summary;
    }
    return subcommands(cli, firstWord).join(u", "_s);
}

QString globalDescription(const GlobalFlag &flag)
{
    if (!flag.description.isEmpty())
        return flag.description;
    if (flag.name == u"--version"_s)
        return u"show the version"_s;
    if (flag.name == u"--help"_s)
        return u"show the commands"_s;
    return {};
}

void writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        die(u"cannot write %1: %2"_s.arg(path, file.errorString()));
}

// --- man page -----------------------------------------------------------------------------------------

QString roff(QString text)
{
    text.replace(u'\\', u"\\e"_s);
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(u"\\&"_s);
    return text;
}

QString roffLiteral(const QString &text)
{
    return roff(text).replace(u'-', u"\\-"_s);
}

QString manCommands(const Cli &cli)
{
    QString out;
    for (const Command &command : cli.commands) {
        out += u".SS \""_s + command.name + u"\"\n"_s;
        QString tail = roffLiteral(command.usageTail);
        tail.replace(u"[options]"_s, u"[\\fIoptions\\fR]"_s);
        out += u"\\fBkrynetctl "_s + roffLiteral(command.name) + u"\\fR "_s + tail + u"\n.PP\n"_s;
        out += roff(command.description.isEmpty() ? command.summary : command.description) + u'\n';
        for (const Option &option : command.options) {
            if (isHelp(option))
                continue;
            QStringList names;
            for (const QString &name : option.names)
                names.append(u"\\fB"_s + roffLiteral(name) + u"\\fR"_s);
            out += u".TP\n"_s + names.join(u", "_s);
            if (!option.value.isEmpty())
                out += u" \\fI"_s + roffLiteral(option.value) + u"\\fR"_s;
            out += u'\n' + roff(option.description) + u'\n';
        }
        for (const Argument &argument : command.arguments)
            out += u".TP\n\\fI"_s + roffLiteral(argument.name) + u"\\fR\n"_s + roff(argument.description) + u'\n';
    }
    return out;
}

void writeMan(const Cli &cli, const QString &templatePath, const QString &outPath, const QString &version,
              const QString &date)
{
    QFile in(templatePath);
    if (!in.open(QIODevice::ReadOnly))
        die(u"cannot read %1"_s.arg(templatePath));
    QString text = QString::fromUtf8(in.readAll());
    for (const GlobalFlag &flag : cli.globals) {
        if (!text.contains(roffLiteral(flag.name)))
            die(u"%1 does not document the global option %2"_s.arg(templatePath, flag.name));
    }
    text.replace(u"@COMMANDS@"_s, manCommands(cli));
    text.replace(u"@VERSION@"_s, version);
    text.replace(u"@DATE@"_s, date);
    writeFile(outPath, text);
}

// --- bash -----------------------------------------------------------------------------------------------

QString header(const QString &comment)
{
    return comment + u" krynetctl completion, generated at build time from krynetctl's own --help by\n"_s + comment +
           u" installer/tools/clidocs.cpp; do not edit. Profile names come from `krynetctl profile list`.\n"_s;
}

QString bashWords(const QStringList &words)
{
    return u"\""_s + words.join(u' ') + u"\""_s;
}

QString writeBash(const Cli &cli)
{
    QStringList globals;
    for (const GlobalFlag &flag : cli.globals)
        globals.append(flag.name);
    QStringList everyday{u"--json"_s, u"--demo"_s};
    everyday.removeIf([&globals](const QString &f) { return !globals.contains(f); });

    QString out = header(u"#"_s);
    out += uR"sh(
_krynetctl_profiles()
{
    krynetctl profile list 2>/dev/null | awk -F '\t' 'NF > 1 { print $1 }'
}

_krynetctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local i word cmd=""
    local -a words=()
    COMPREPLY=()
    if [[ $cur == = ]]; then
        cur=""
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    # The command words: the tokens before the cursor that are no options ("--" ends the local part).
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        [[ $word == -- ]] && return 0
        [[ $word == -* || $word == = ]] && continue
        words+=("$word")
    done
    case "${words[0]-} ${words[1]-}" in
)sh"_s;
    for (const Command &command : cli.commands) {
        if (command.words().size() == 2)
            out += u"        "_s + bashWords(command.words()) + u") cmd="_s + bashWords(command.words()) + u" ;;\n"_s;
    }
    out += u"    esac\n    if [[ -z $cmd ]]; then\n        case \"${words[0]-}\" in\n"_s;
    QStringList single;
    for (const Command &command : cli.commands) {
        if (command.words().size() == 1)
            single.append(command.name);
    }
    if (!single.isEmpty())
        out += u"            "_s + single.join(u'|') + u") cmd=${words[0]} ;;\n"_s;
    out += u"        esac\n    fi\n    if [[ -z $cmd ]]; then\n        if ((${#words[@]} == 0)); then\n"_s;
    out += u"            COMPREPLY=($(compgen -W "_s + bashWords(globals + firstWords(cli)) + u" -- \"$cur\"))\n"_s;
    out += u"        elif ((${#words[@]} == 1)); then\n            case ${words[0]} in\n"_s;
    for (const QString &group : groups(cli)) {
        out += u"                "_s + group + u") COMPREPLY=($(compgen -W "_s + bashWords(subcommands(cli, group)) +
               u" -- \"$cur\")) ;;\n"_s;
    }
    out += u"            esac\n        fi\n        return 0\n    fi\n\n"_s;

    // Values of the previous option.
    out += u"    case \"$cmd $prev\" in\n"_s;
    QStringList fileCases, hostCases, profileCases, otherCases;
    for (const Command &command : cli.commands) {
        for (const Option &option : command.options) {
            if (option.value.isEmpty())
                continue;
            const QString key = u"\""_s + command.name + u' ' + option.longName() + u"\""_s;
            switch (valueKind(option)) {
            case ValueKind::File:
                fileCases.append(key);
                break;
            case ValueKind::Host:
                hostCases.append(key);
                break;
            case ValueKind::Profile:
                profileCases.append(key);
                break;
            case ValueKind::None:
                otherCases.append(key);
                break;
            }
        }
    }
    const auto emitCase = [&out](const QStringList &keys, const QString &action) {
        if (!keys.isEmpty())
            out += u"        "_s + keys.join(u" | \\\n        "_s) + u")\n            "_s + action +
                   u"\n            return 0 ;;\n"_s;
    };
    emitCase(fileCases, u"compopt -o filenames 2>/dev/null\n            COMPREPLY=($(compgen -f -- \"$cur\"))"_s);
    emitCase(hostCases, u"COMPREPLY=($(compgen -A hostname -- \"$cur\"))"_s);
    emitCase(profileCases, u"COMPREPLY=($(compgen -W \"$(_krynetctl_profiles)\" -- \"$cur\"))"_s);
    emitCase(otherCases, u":"_s);
    out += u"    esac\n\n    if [[ $cur == -* ]]; then\n        case $cmd in\n"_s;
    for (const Command &command : cli.commands) {
        QStringList names = everyday;
        for (const Option &option : command.options) {
            if (!isHelp(option))
                names.append(option.longName());
        }
        names.append(u"--help"_s);
        out += u"            "_s + bashWords(command.words()) + u") COMPREPLY=($(compgen -W "_s + bashWords(names) +
               u" -- \"$cur\")) ;;\n"_s;
    }
    out += u"        esac\n        return 0\n    fi\n\n    case $cmd in\n"_s;
    for (const Command &command : cli.commands) {
        if (command.arguments.isEmpty())
            continue;
        const Argument &first = command.arguments.constFirst();
        if (takesProfileName(command, first)) {
            out += u"        "_s + bashWords(command.words()) +
                   u") COMPREPLY=($(compgen -W \"$(_krynetctl_profiles)\" -- \"$cur\")) ;;\n"_s;
        } else if (const QStringList values = knownValues(first); !values.isEmpty()) {
            out += u"        "_s + bashWords(command.words()) + u") COMPREPLY=($(compgen -W "_s + bashWords(values) +
                   u" -- \"$cur\")) ;;\n"_s;
        }
    }
    out += u"    esac\n    return 0\n}\n\ncomplete -F _krynetctl krynetctl\n"_s;
    return out;
}

// --- zsh ------------------------------------------------------------------------------------------------

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString zshEscape(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'[', u"\\["_s);
    text.replace(u']', u"\\]"_s);
    text.replace(u':', u"\\:"_s);
    return text;
}

QString zshOptionSpec(const Option &option)
{
    QString action = u" "_s;
    switch (valueKind(option)) {
    case ValueKind::File:
        action = u"_files"_s;
        break;
    case ValueKind::Host:
        action = u"_hosts"_s;
        break;
    case ValueKind::Profile:
        action = u"_krynetctl_profiles"_s;
        break;
    case ValueKind::None:
        break;
    }
    const QString description = u'[' + zshEscape(option.description) + u']';
    const QString value =
        option.value.isEmpty() ? QString() : u"="_s + description + u':' + zshEscape(option.value) + u':' + action;
    if (option.names.size() > 1) {
        // "(-h --help)"{-h,--help}"[…]"
        return u"'("_s + option.names.join(u' ') + u")'{"_s + option.names.join(u',') + u'}' +
               shellQuote(value.isEmpty() ? description : value);
    }
    return shellQuote((option.repeatable ? u"*"_s : QString()) + option.longName() +
                      (value.isEmpty() ? description : value));
}

QString writeZsh(const Cli &cli)
{
    QString out = u"#compdef krynetctl\n"_s + header(u"#"_s);
    out += uR"sh(
_krynetctl_profiles()
{
    local -a profiles
    profiles=(${(f)"$(_call_program profiles krynetctl profile list 2>/dev/null | awk -F '\t' 'NF > 1 { print $1 }')"})
    _wanted profiles expl profile compadd -a profiles
}

_krynetctl()
{
    local -a cmdwords positions globals first sub specs
    local i cmd="" last=0
)sh"_s;
    out += u"    globals=(\n"_s;
    for (const GlobalFlag &flag : cli.globals)
        out += u"        "_s + shellQuote(flag.name + u"["_s + zshEscape(globalDescription(flag)) + u"]"_s) + u'\n';
    out += u"    )\n"_s;
    out += uR"sh(    # The command words: the tokens before the cursor that are no options ("--" ends the local part).
    for ((i = 2; i < CURRENT; i++)); do
        [[ ${words[i]} == -- ]] && return 1
        [[ ${words[i]} == -* ]] && continue
        cmdwords+=(${words[i]})
        positions+=($i)
    done
    case "${cmdwords[1]-} ${cmdwords[2]-}" in
)sh"_s;
    for (const Command &command : cli.commands) {
        if (command.words().size() == 2)
            out += u"        ("_s + shellQuote(command.name) + u") cmd="_s + shellQuote(command.name) +
                   u"; last=${positions[2]} ;;\n"_s;
    }
    out += u"    esac\n    if [[ -z $cmd ]]; then\n        case \"${cmdwords[1]-}\" in\n"_s;
    QStringList single;
    for (const Command &command : cli.commands) {
        if (command.words().size() == 1)
            single.append(command.name);
    }
    if (!single.isEmpty())
        out += u"            ("_s + single.join(u'|') + u") cmd=${cmdwords[1]}; last=${positions[1]} ;;\n"_s;
    out += u"        esac\n    fi\n    if [[ -z $cmd ]]; then\n        if ((${#cmdwords} == 0)); then\n"_s;
    out += u"            first=(\n"_s;
    for (const QString &word : firstWords(cli))
        out += u"                "_s + shellQuote(word + u':' + summaryOf(cli, word)) + u'\n';
    out += uR"sh(            )
            if [[ $PREFIX == -* ]]; then
                _values 'global option' $globals
            else
                _describe -t commands 'krynetctl command' first
            fi
        elif ((${#cmdwords} == 1)); then
            case ${cmdwords[1]} in
)sh"_s;
    for (const QString &group : groups(cli)) {
        out += u"                ("_s + group + u")\n                    sub=(\n"_s;
        for (const Command &command : cli.commands) {
            if (command.words().size() == 2 && command.words().constFirst() == group)
                out += u"                        "_s +
                       shellQuote(command.words().constLast() + u':' + command.summary) + u'\n';
        }
        out += u"                    ) ;;\n"_s;
    }
    out += uR"sh(            esac
            _describe -t commands 'command' sub
        fi
        return
    fi

    # Hand _arguments the words from the command on, so the command is words[1].
    words=("${(@)words[last,-1]}")
    ((CURRENT -= last - 1))
    case $cmd in
)sh"_s;
    for (const Command &command : cli.commands) {
        out += u"        ("_s + shellQuote(command.name) + u")\n            specs=(\n"_s;
        for (const Option &option : command.options)
            out += u"                "_s + zshOptionSpec(option) + u'\n';
        bool first = true;
        for (const Argument &argument : command.arguments) {
            QString action = u" "_s;
            if (takesProfileName(command, argument) && first)
                action = u"_krynetctl_profiles"_s;
            else if (const QStringList values = knownValues(argument); !values.isEmpty())
                action = u'(' + values.join(u' ') + u')';
            out += u"                "_s +
                   shellQuote((argument.optional ? u"::"_s : u":"_s) + zshEscape(argument.name) + u':' + action) +
                   u'\n';
            first = false;
        }
        out += u"            ) ;;\n"_s;
    }
    out += uR"sh(    esac
    _arguments -S $specs '--json[machine-readable output]' '--demo[run against the simulated demo lab]'
}

_krynetctl "$@"
)sh"_s;
    return out;
}

// --- fish -----------------------------------------------------------------------------------------------

QString fishQuote(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'\'', u"\\'"_s);
    return u'\'' + text + u'\'';
}

QString writeFish(const Cli &cli)
{
    QString out = header(u"#"_s);
    out += uR"sh(
function __krynetctl_profiles
    krynetctl profile list 2>/dev/null | awk -F '\t' 'NF > 1 { print $1 }'
end

# The command words typed so far: the tokens that are no options, up to "--".
function __krynetctl_words
    for token in (commandline -opc)[2..-1]
        test "$token" = --; and break
        string match -q -- '-*' $token; and continue
        echo $token
    end
end

function __krynetctl_needs_command
    test (count (__krynetctl_words)) -eq 0
end

function __krynetctl_needs_sub
    set -l words (__krynetctl_words)
    test (count $words) -eq 1; and test "$words[1]" = "$argv[1]"
end

function __krynetctl_using
    set -l words (__krynetctl_words)
    set -l n (count $argv)
    test (count $words) -ge $n; and test "$words[1..$n]" = "$argv"
end

complete -c krynetctl -f
)sh"_s;
    for (const GlobalFlag &flag : cli.globals) {
        const QString condition =
            (flag.name == u"--json"_s || flag.name == u"--demo"_s) ? QString() : u" -n __krynetctl_needs_command"_s;
        out += u"complete -c krynetctl"_s + condition + u" -l "_s + flag.name.mid(2) + u" -d "_s +
               fishQuote(globalDescription(flag)) + u'\n';
    }
    for (const QString &word : firstWords(cli)) {
        out += u"complete -c krynetctl -n __krynetctl_needs_command -a "_s + word + u" -d "_s +
               fishQuote(summaryOf(cli, word)) + u'\n';
    }
    for (const Command &command : cli.commands) {
        if (command.words().size() == 2) {
            out += u"complete -c krynetctl -n '__krynetctl_needs_sub "_s + command.words().constFirst() + u"' -a "_s +
                   command.words().constLast() + u" -d "_s + fishQuote(command.summary) + u'\n';
        }
    }
    for (const Command &command : cli.commands) {
        const QString condition = u" -n '__krynetctl_using "_s + command.name + u"'"_s;
        for (const Option &option : command.options) {
            if (isHelp(option))
                continue;
            out += u"complete -c krynetctl"_s + condition + u" -l "_s + option.longName().mid(2);
            if (!option.value.isEmpty()) {
                switch (valueKind(option)) {
                case ValueKind::File:
                    out += u" -r -F"_s;
                    break;
                case ValueKind::Host:
                    out += u" -r -f -a '(__fish_print_hostnames)'"_s;
                    break;
                case ValueKind::Profile:
                    out += u" -r -f -a '(__krynetctl_profiles)'"_s;
                    break;
                case ValueKind::None:
                    out += u" -r -f"_s;
                    break;
                }
            }
            out += u" -d "_s + fishQuote(option.description) + u'\n';
        }
        out += u"complete -c krynetctl"_s + condition + u" -s h -l help -d 'Show this help.'\n"_s;
        if (!command.arguments.isEmpty()) {
            const Argument &first = command.arguments.constFirst();
            if (takesProfileName(command, first))
                out += u"complete -c krynetctl"_s + condition + u" -a '(__krynetctl_profiles)'\n"_s;
            else if (const QStringList values = knownValues(first); !values.isEmpty())
                out += u"complete -c krynetctl"_s + condition + u" -a "_s + fishQuote(values.join(u' ')) + u'\n';
        }
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the krynetctl man page and shell completions from its --help."_s);
    parser.addHelpOption();
    const QCommandLineOption krynetctl(u"krynetctl"_s, u"The krynetctl binary."_s, u"FILE"_s);
    const QCommandLineOption manTemplate(u"man-template"_s, u"Man page template (@COMMANDS@ …)."_s, u"FILE"_s);
    const QCommandLineOption man(u"man"_s, u"Write the man page here."_s, u"FILE"_s);
    const QCommandLineOption bash(u"bash"_s, u"Write the bash completion here."_s, u"FILE"_s);
    const QCommandLineOption zsh(u"zsh"_s, u"Write the zsh completion here."_s, u"FILE"_s);
    const QCommandLineOption fish(u"fish"_s, u"Write the fish completion here."_s, u"FILE"_s);
    const QCommandLineOption version(u"version"_s, u"Version for the man page."_s, u"VERSION"_s);
    const QCommandLineOption date(u"date"_s, u"Date for the man page."_s, u"DATE"_s);
    parser.addOptions({krynetctl, manTemplate, man, bash, zsh, fish, version, date});
    parser.process(app);
    if (!parser.isSet(krynetctl))
        die(u"--krynetctl is required"_s);

    const Cli cli = readCli(parser.value(krynetctl));
    if (parser.isSet(man)) {
        writeMan(cli, parser.value(manTemplate), parser.value(man), parser.value(version), parser.value(date));
    }
    if (parser.isSet(bash))
        writeFile(parser.value(bash), writeBash(cli));
    if (parser.isSet(zsh))
        writeFile(parser.value(zsh), writeZsh(cli));
    if (parser.isSet(fish))
        writeFile(parser.value(fish), writeFish(cli));
    return 0;
}
