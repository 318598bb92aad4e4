#include "core/common/processmemory.h"

#include <QFile>
#include <QString>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KRYNET_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define KRYNET_ASAN 1
#endif

#if defined(KRYNET_ASAN)
#include <sanitizer/allocator_interface.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace KryNet
{

namespace
{

// The value of @p field ("Pss:") in /proc/PID/smaps_rollup, in KiB; -1 where it cannot be read.
qint64 rollupField(qint64 pid, const QByteArray &field)
{
    const QString path = pid == 0 ? u"/proc/self/smaps_rollup"_s : u"/proc/%1/smaps_rollup"_s.arg(pid);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // "Pss:               12345 kB"; several Pss_* lines follow, only the exact field counts. /proc files
    // report size 0, so atEnd() cannot be trusted: read it whole.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(field))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(field.size()).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? kib : -1;
    }
    return -1;
}

} // namespace

qint64 proportionalSetSizeKiB(qint64 pid)
{
    return rollupField(pid, "Pss:");
}

qint64 anonymousMemoryKiB(qint64 pid)
{
    return rollupField(pid, "Anonymous:");
}

void releaseFreeHeapMemory()
{
#if defined(KRYNET_ASAN)
    __sanitizer_purge_allocator();
#elif defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace KryNet
