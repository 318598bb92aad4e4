#include <QApplication>

#include "core/common/logging.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    KryNet::installRedactingMessageHandler();
    QApplication app(argc, argv);
    return 0;
}
