#pragma once

class QCoreApplication;

namespace KryNet
{

/// Installs the app's translation for the system locale (LANG/LC_ALL), if one is compiled in.
bool installAppTranslation(QCoreApplication &app);

} // namespace KryNet
