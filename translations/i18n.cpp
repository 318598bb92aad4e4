// Holds the compiled translations (:/i18n/krynet_<lang>.qm); see translations/CMakeLists.txt.
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace KryNet
{

bool installAppTranslation(QCoreApplication &app, const QLocale &locale)
{
    auto *translator = new QTranslator(&app);
    // Without a translation for the locale (also the C/POSIX locale), English: its .ts carries the plural
    // forms ("1 pool", "3 pools") that the source strings only spell as "%n pool(s)".
    if (!translator->load(locale, u"krynet"_s, u"_"_s, u":/i18n"_s) &&
        !translator->load(u"krynet_en"_s, u":/i18n"_s)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace KryNet
