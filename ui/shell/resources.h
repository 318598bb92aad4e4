#pragma once

namespace KryNet::Ui
{

/// Registers the icons and other resources compiled into krynet_ui (a static library, whose resource
/// initialisers the linker would otherwise drop). Idempotent; called by MainWindow.
void initResources();

} // namespace KryNet::Ui
