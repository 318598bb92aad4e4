// Holds the compiled translations (:/i18n/krynet_<lang>.qm); see translations/CMakeLists.txt.
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace KryNet
{

bool installAppTranslation(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(QLocale(), u"krynet"_s, u"_"_s, u":/i18n"_s)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace KryNet
