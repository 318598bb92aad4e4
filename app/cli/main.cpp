#include <QCoreApplication>
#include <QTextStream>

#include "core/common/logging.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    KryNet::installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"krynetctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KRYNET_VERSION));
    QTextStream(stdout) << "krynetctl " << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}
