// Runs a libFuzzer target over files or directories (the fixture corpus) with any compiler, so the
// targets build and run in the gcc CI build too; with clang, CMake builds real libFuzzer binaries.
#include <cstdint>
#include <cstdio>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            // The whole file and every prefix on a coarse grid (truncation is the common corruption).
            for (qsizetype cut = 0; cut <= data.size(); cut += qMax<qsizetype>(1, data.size() / 64)) {
                LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(cut));
                ++runs;
            }
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++runs;
        }
    }
    std::printf("%d inputs replayed\n", runs);
    return runs > 0 ? 0 : 1;
}
