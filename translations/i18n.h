#pragma once

#include <QLocale>

class QCoreApplication;

namespace KryNet
{

/// Installs the app's translation for @p locale (default: the system locale, LANG/LC_ALL), if one is
/// compiled in; else English.
bool installAppTranslation(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace KryNet
