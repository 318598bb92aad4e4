#include "app/labsim/ssh/labshell.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace KryNet::LabSim
{

namespace
{

constexpr int MaxDepth = 8;

bool isAssignment(const QString &word)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*="_s);
    return re.match(word).hasMatch();
}

QString baseName(const QString &path)
{
    return path.section(u'/', -1);
}

} // namespace

void LabShell::addProgram(const QString &name, const QString &path, Program program)
{
    m_programs.insert(name, Entry{path, std::move(program)});
}

ShellLine LabShell::parse(const QByteArray &commandLine)
{
    const QString s = QString::fromUtf8(commandLine);
    ShellLine line;
    ShellCommand current;
    ShellLine::Join pendingJoin = ShellLine::Join::Always;
    QString word;
    bool inWord = false;
    bool wordQuoted = false;
    enum class Redirect {
        None,
        Out,
        Err,
        In
    } redirect = Redirect::None;

    const auto fail = [&line](const QString &message) {
        line.commands.clear();
        line.error = message;
        return line;
    };
    const auto endWord = [&] {
        if (!inWord)
            return;
        if (redirect != Redirect::None) {
            if (word != u"/dev/null"_s)
                current.badRedirect = word;
            else if (redirect == Redirect::Out)
                current.stdoutToNull = true;
            else if (redirect == Redirect::Err)
                current.stderrToNull = true;
            redirect = Redirect::None;
        } else {
            current.argv << word;
        }
        word.clear();
        inWord = false;
        wordQuoted = false;
    };
    // Ends the current simple command; false when an operator has no command before it.
    const auto endCommand = [&](ShellLine::Join next, bool operatorPresent) {
        endWord();
        if (redirect != Redirect::None)
            return false;
        if (current.argv.isEmpty() && current.badRedirect.isEmpty() && !current.stdoutToNull && !current.stderrToNull) {
            if (operatorPresent)
                return false;
            if (next != ShellLine::Join::Always)
                return false;
            return true;
        }
        line.commands.append(qMakePair(pendingJoin, current));
        current = ShellCommand();
        pendingJoin = next;
        return true;
    };

    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        if (c == u'\'') {
            const qsizetype end = s.indexOf(u'\'', i + 1);
            if (end < 0)
                return fail(u"Syntax error: Unterminated quoted string"_s);
            word += s.mid(i + 1, end - i - 1);
            inWord = true;
            wordQuoted = true;
            i = end;
            continue;
        }
        if (c == u'"') {
            inWord = true;
            wordQuoted = true;
            bool closed = false;
            for (++i; i < n; ++i) {
                const QChar d = s.at(i);
                if (d == u'"') {
                    closed = true;
                    break;
                }
                if (d == u'\\' && i + 1 < n && u"$`\"\\\n"_s.contains(s.at(i + 1))) {
                    ++i;
                    if (s.at(i) != u'\n')
                        word += s.at(i);
                    continue;
                }
                word += d;
            }
            if (!closed)
                return fail(u"Syntax error: Unterminated quoted string"_s);
            continue;
        }
        if (c == u'\\') {
            if (i + 1 < n) {
                ++i;
                if (s.at(i) != u'\n') {
                    word += s.at(i);
                    inWord = true;
                    wordQuoted = true;
                }
            }
            continue;
        }
        if (c == u' ' || c == u'\t') {
            endWord();
            continue;
        }
        if (c == u'\n' || c == u';') {
            if (c == u';' && i + 1 < n && s.at(i + 1) == u';')
                return fail(u"Syntax error: \";;\" unexpected"_s);
            if (!endCommand(ShellLine::Join::Always, c == u';'))
                return fail(c == u';' ? u"Syntax error: \";\" unexpected"_s : u"Syntax error: newline unexpected"_s);
            continue;
        }
        if (c == u'&') {
            const bool doubled = i + 1 < n && s.at(i + 1) == u'&';
            if (!endCommand(doubled ? ShellLine::Join::And : ShellLine::Join::Always, true))
                return fail(doubled ? u"Syntax error: \"&&\" unexpected"_s : u"Syntax error: \"&\" unexpected"_s);
            if (doubled)
                ++i;
            continue;
        }
        if (c == u'|') {
            if (i + 1 < n && s.at(i + 1) == u'|') {
                if (!endCommand(ShellLine::Join::Or, true))
                    return fail(u"Syntax error: \"||\" unexpected"_s);
                ++i;
                continue;
            }
            return fail(u"labsim: pipelines are not simulated"_s);
        }
        if (c == u'>' || c == u'<') {
            int fd = c == u'>' ? 1 : 0;
            if (inWord && !wordQuoted && (word == u"1"_s || word == u"2"_s)) {
                fd = word.toInt();
                word.clear();
                inWord = false;
            } else {
                endWord();
            }
            if (redirect != Redirect::None)
                return fail(u"Syntax error: redirection unexpected"_s);
            if (c == u'>' && i + 1 < n && s.at(i + 1) == u'>')
                ++i;
            if (i + 1 < n && s.at(i + 1) == u'&') {
                i += 2;
                if (i >= n || !s.at(i).isDigit())
                    return fail(u"Syntax error: Bad fd number"_s);
                if (fd == 2 && s.at(i) == u'1')
                    current.stderrToStdout = true;
                continue;
            }
            redirect = fd == 2 ? Redirect::Err : (fd == 1 ? Redirect::Out : Redirect::In);
            continue;
        }
        if (c == u'(' || c == u')')
            return fail(u"Syntax error: \"%1\" unexpected"_s.arg(c));
        if (c == u'#' && !inWord) {
            const qsizetype newline = s.indexOf(u'\n', i);
            if (newline < 0)
                break;
            i = newline - 1;
            continue;
        }
        word += c;
        inWord = true;
    }
    endWord();
    if (redirect != Redirect::None)
        return fail(u"Syntax error: newline unexpected"_s);
    if (current.argv.isEmpty() && current.badRedirect.isEmpty() && !current.stdoutToNull && !current.stderrToNull) {
        if (pendingJoin != ShellLine::Join::Always)
            return fail(u"Syntax error: end of file unexpected"_s);
    } else {
        line.commands.append(qMakePair(pendingJoin, current));
    }
    return line;
}

CommandOutput LabShell::run(const QByteArray &commandLine) const
{
    const ShellLine line = parse(commandLine);
    if (!line.error.isEmpty())
        return CommandOutput::fail("sh: 1: " + line.error.toUtf8() + '\n', 2);
    return runLine(line, 0);
}

CommandOutput LabShell::runLine(const ShellLine &line, int depth) const
{
    CommandOutput total;
    int status = 0;
    bool first = true;
    for (const auto &[join, command] : line.commands) {
        if (!first) {
            if (join == ShellLine::Join::And && status != 0)
                continue;
            if (join == ShellLine::Join::Or && status == 0)
                continue;
        }
        first = false;
        CommandOutput r;
        if (!command.badRedirect.isEmpty())
            r = CommandOutput::fail(
                "sh: 1: cannot create " + command.badRedirect.toUtf8() + ": Read-only file system\n", 2);
        else
            r = runArgv(command.argv, depth);
        if (r.dialStdio)
            return r;
        if (command.stderrToStdout) {
            r.out += r.err;
            r.err.clear();
        }
        if (command.stdoutToNull)
            r.out.clear();
        if (command.stderrToNull)
            r.err.clear();
        total.out += r.out;
        total.err += r.err;
        status = r.status;
    }
    total.status = status;
    return total;
}

CommandOutput LabShell::runArgv(QStringList argv, int depth) const
{
    if (depth > MaxDepth)
        return CommandOutput::fail("sh: 1: labsim: nested too deeply\n", 2);
    while (!argv.isEmpty() && isAssignment(argv.constFirst()))
        argv.removeFirst();
    if (argv.isEmpty())
        return CommandOutput::ok({});
    const QString name = argv.constFirst();
    const QStringList args = argv.mid(1);

    if (name == u"true"_s || name == u":"_s)
        return CommandOutput::ok({});
    if (name == u"false"_s)
        return CommandOutput::fail({}, 1);
    if (name == u"echo"_s) {
        const bool noNewline = !args.isEmpty() && args.constFirst() == u"-n"_s;
        return CommandOutput::ok((noNewline ? args.mid(1) : args).join(u' ').toUtf8() + (noNewline ? "" : "\n"));
    }
    if (name == u"exec"_s)
        return runArgv(args, depth + 1);
    if (name == u"command"_s) {
        if (!args.isEmpty() && (args.constFirst() == u"-v"_s || args.constFirst() == u"-V"_s))
            return commandV(args.mid(1), false);
        return runArgv(args, depth + 1);
    }
    if (name == u"which"_s)
        return commandV(args, true);
    if (name == u"sudo"_s || name == u"/usr/bin/sudo"_s) {
        qsizetype i = 0;
        for (; i < args.size(); ++i) {
            const QString &a = args.at(i);
            if (a == u"--"_s) {
                ++i;
                break;
            }
            if (a == u"-u"_s || a == u"-g"_s) {
                ++i;
                continue;
            }
            if (!a.startsWith(u'-'))
                break;
            static const QRegularExpression flags(u"^-[nEHSki]+$"_s);
            if (!flags.match(a).hasMatch())
                return CommandOutput::fail(
                    "sudo: invalid option -- '" + a.mid(1, 1).toUtf8() + "'\nusage: sudo -h | -K | -k | -V\n", 1);
        }
        if (i >= args.size())
            return CommandOutput::fail("usage: sudo -h | -K | -k | -V\n", 1);
        return runArgv(args.mid(i), depth + 1);
    }
    if (name == u"sh"_s || name == u"bash"_s || name == u"/bin/sh"_s || name == u"/bin/bash"_s) {
        if (args.size() >= 2 && args.constFirst() == u"-c"_s) {
            const ShellLine line = parse(args.at(1).toUtf8());
            if (!line.error.isEmpty())
                return CommandOutput::fail(baseName(name).toUtf8() + ": 1: " + line.error.toUtf8() + '\n', 2);
            return runLine(line, depth + 1);
        }
        return CommandOutput::fail(baseName(name).toUtf8() + ": 0: labsim: only -c is simulated\n", 2);
    }

    auto it = m_programs.constFind(name);
    if (it == m_programs.cend() && name.contains(u'/')) {
        it = m_programs.constFind(baseName(name));
        if (it != m_programs.cend() && it->path != name)
            it = m_programs.cend();
    }
    if (it == m_programs.cend())
        return CommandOutput::fail("sh: 1: " + name.toUtf8() + ": not found\n", 127);
    QStringList resolved = argv;
    resolved[0] = it.key();
    return it->program(resolved);
}

CommandOutput LabShell::commandV(const QStringList &names, bool which) const
{
    static const QStringList builtins{u"true"_s, u"false"_s, u"echo"_s, u"command"_s, u"exec"_s, u":"_s};
    CommandOutput r;
    for (const QString &name : names) {
        if (!which && builtins.contains(name)) {
            r.out += name.toUtf8() + '\n';
        } else if (name == u"sudo"_s) {
            r.out += "/usr/bin/sudo\n";
        } else if (name == u"sh"_s) {
            r.out += "/usr/bin/sh\n";
        } else if (const auto it = m_programs.constFind(name); it != m_programs.cend()) {
            r.out += it->path.toUtf8() + '\n';
        } else {
            r.status = 1;
        }
    }
    if (names.isEmpty())
        r.status = which ? 1 : 0;
    return r;
}

} // namespace KryNet::LabSim
