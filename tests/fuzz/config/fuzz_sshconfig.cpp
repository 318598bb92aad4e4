// libFuzzer target: ~/.ssh/config is read by SshConfig::aliases() (our own reader, Include included) and
// SshConfig::resolve() (libssh's parser). Any file content must give a list or a Config error: never a
// crash, a hang or a sanitizer report. The input is written to a scratch folder, as both read files.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include "core/config/sshconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace KryNet;
    static QTemporaryDir scratch;
    if (!scratch.isValid())
        __builtin_trap();
    const QString path = scratch.filePath(QStringLiteral("config"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QStringList aliases = SshConfig::aliases(path);
    (void)SshConfig::resolve(QStringLiteral("truenas"), path);
    for (qsizetype i = 0; i < aliases.size() && i < 4; ++i)
        (void)SshConfig::resolve(aliases.at(i), path);
    return 0;
}
