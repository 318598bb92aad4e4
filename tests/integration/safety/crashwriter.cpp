// Helper of test_crashsafety: saves the profiles file over and over, as the app does when the user edits
// profiles, printing "saved N" after each completed save, until it is killed (SIGKILL, at a random point).
//   crashwriter FILE
#include <cstdio>

#include <QCoreApplication>

#include "core/config/profilestore.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    KryNet::ProfileStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.load())
        return 3;
    for (int n = int(store.profiles().size()) + 1;; ++n) {
        KryNet::Profile p;
        p.setName(u"host-%1"_s.arg(n));
        p.setDomain(u"example.org"_s);
        p.ssh().host = u"nas-%1.lan"_s.arg(n);
        // Some bulk, so a save takes long enough to be interrupted inside its write.
        p.setCfAccessClientId(QString(4096, QChar(u'a' + n % 26)));
        if (!store.add(p) || !store.save())
            return 4;
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
}
