#pragma once

class QCoreApplication;
class QLocale;

namespace cp::app {

// Installs the translators of `locale` on `app` (children of it): Qt's own (qtbase_*, from
// QLibraryInfo::TranslationsPath, which Debian's qt6-translations-l10n fills: the standard
// buttons, shortcut names and Qt's dialogs) and the console's (built in under :/i18n).
// A locale the console is not translated to gets the English plural forms. Returns how many
// were installed.
int installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace cp::app
