#include "core/common/processmemory.h"

#include <QFile>
#include <QString>

using namespace Qt::StringLiterals;

namespace KryNet
{

qint64 proportionalSetSizeKiB(qint64 pid)
{
    const QString path = pid == 0 ? u"/proc/self/smaps_rollup"_s : u"/proc/%1/smaps_rollup"_s.arg(pid);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // "Pss:               12345 kB"; several Pss_* lines follow, only the plain one counts. /proc files
    // report size 0, so atEnd() cannot be trusted: read it whole.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("Pss:"))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(4).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? kib : -1;
    }
    return -1;
}

} // namespace KryNet
