#include "tests/support/ownsshd.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include "tests/support/testenv.h"

using namespace Qt::StringLiterals;

namespace KryNet::Test
{

namespace
{

QString script()
{
    return sourceDir() + u"/tests/peers/sshd.sh"_s;
}

} // namespace

OwnSshd::OwnSshd(QString dir, QString keysDir)
    : m_dir(std::move(dir))
    , m_keysDir(std::move(keysDir))
{}

OwnSshd::~OwnSshd()
{
    stop();
}

bool OwnSshd::start(const QStringList &extra)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList arguments{script(), u"start"_s, m_dir, u"--no-extras"_s};
    if (!m_keysDir.isEmpty())
        arguments << u"--keys"_s << m_keysDir;
    p.start(u"bash"_s, arguments + extra);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return false;
    m_env.clear();
    QFile f(m_dir + u"/peer.env"_s);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    m_running = true;
    return true;
}

void OwnSshd::stop()
{
    if (!m_running)
        return;
    QProcess p;
    p.start(u"bash"_s, {script(), u"stop"_s, m_dir});
    p.waitForFinished(30000);
    m_running = false;
}

QList<qint64> OwnSshd::processTree() const
{
    QList<qint64> all{pid()};
    for (int i = 0; i < all.size(); ++i)
        all += children(all.at(i));
    return all;
}

bool OwnSshd::killHard()
{
    const qint64 master = pid();
    for (const qint64 p : processTree())
        ::kill(pid_t(p), SIGKILL);
    const bool gone = QTest::qWaitFor(
        [master] { return !QFile::exists(u"/proc/%1/status"_s.arg(master)) || isZombie(master); }, 10000);
    m_running = false;
    QFile::remove(m_dir + u"/pids"_s);
    return gone;
}

QList<qint64> OwnSshd::children(qint64 parent)
{
    QList<qint64> out;
    const auto entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            out << pid;
    }
    return out;
}

bool OwnSshd::isZombie(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    return s.mid(s.lastIndexOf(')') + 2, 1) == "Z";
}

QByteArray OwnSshd::command(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return comm.readAll().trimmed();
}

} // namespace KryNet::Test
