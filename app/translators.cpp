#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cp::app {

int installTranslators(QCoreApplication &app, const QLocale &locale)
{
    int installed = 0;
    const auto install = [&](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            ++installed;
        } else {
            delete translator;
        }
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("cpconsole"), QStringLiteral(":/i18n"));
    return installed;
}

} // namespace cp::app
