#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cp::app {

int installTranslators(QCoreApplication &app, const QLocale &locale)
{
    int installed = 0;
    const auto install = [&](const QLocale &language, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (translator->load(language, name, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            ++installed;
            return true;
        }
        delete translator;
        return false;
    };
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The English text is the source; its translation only has the plural forms ("1 record",
    // "2 records" for "%n record(s)"), used by every locale the console is not translated to.
    if (!install(locale, QStringLiteral("cpconsole"), QStringLiteral(":/i18n")))
        install(QLocale(QLocale::English), QStringLiteral("cpconsole"), QStringLiteral(":/i18n"));
    return installed;
}

} // namespace cp::app
