#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace KryNet::Test
{

namespace
{

const QList<QByteArray> &isolatedVariables()
{
    static const QList<QByteArray> vars{"HOME",           "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                        "XDG_CACHE_HOME", "XDG_STATE_HOME",  "KRYNET_CONFIG_DIR"};
    return vars;
}

} // namespace

IsolatedHome::IsolatedHome()
{
    for (const QByteArray &var : isolatedVariables()) {
        if (qEnvironmentVariableIsSet(var.constData()))
            m_saved.insert(var, qgetenv(var.constData()));
        else
            m_unset.append(var);
    }
    const QString root = m_dir.path();
    QDir(root).mkpath(u"config"_s);
    QDir(root).mkpath(u"data"_s);
    QDir(root).mkpath(u"cache"_s);
    QDir(root).mkpath(u"state"_s);
    qputenv("HOME", root.toUtf8());
    qputenv("XDG_CONFIG_HOME", (root + u"/config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (root + u"/data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (root + u"/cache"_s).toUtf8());
    qputenv("XDG_STATE_HOME", (root + u"/state"_s).toUtf8());
    qunsetenv("KRYNET_CONFIG_DIR");
    QStandardPaths::setTestModeEnabled(false);
}

IsolatedHome::~IsolatedHome()
{
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        qputenv(it.key().constData(), it.value());
    for (const QByteArray &var : std::as_const(m_unset))
        qunsetenv(var.constData());
}

QString IsolatedHome::configDir() const
{
    return m_dir.path() + u"/config"_s;
}

QString peersDir()
{
    return qEnvironmentVariable("KRYNET_BINARY_DIR") + u"/peers"_s;
}

QHash<QString, QString> readPeer(const QString &name)
{
    QHash<QString, QString> values;
    QFile file(peersDir() + u'/' + name + u"/peer.env"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (line.isEmpty() || line.startsWith(u'#') || eq <= 0)
            continue;
        values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

QString sourceDir()
{
    return qEnvironmentVariable("KRYNET_SOURCE_DIR");
}

QString fixturePath(const QString &relative)
{
    return sourceDir() + u"/tests/fixtures/"_s + relative;
}

QByteArray readFixture(const QString &relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace KryNet::Test
