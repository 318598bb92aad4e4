#include "ui/shell/resources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initKryNetUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace KryNet::Ui
{

void initResources()
{
    static const bool done = [] {
        initKryNetUiResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace KryNet::Ui
