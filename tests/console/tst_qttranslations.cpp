// German base translations: with LANG=de, the console's translators (app/translators)
// find Qt's own qtbase_de (Debian's qt6-translations-l10n), so the standard buttons and
// shortcut names are German, as the console's own text is.

#include "translators.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

class TestQtTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardButtonsInGerman();
};

void TestQtTranslations::standardButtonsInGerman()
{
    const QString qm =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFileInfo::exists(qm))
        QSKIP("qtbase_de.qm is missing: install qt6-translations-l10n (scripts/install-deps.sh).");
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(cp::app::installTranslators(*qApp, QLocale()) >= 1);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText),
             QStringLiteral("Strg+N"));
}

int main(int argc, char *argv[])
{
    // The user's language as a German desktop session sets it, whatever the test's own.
    qputenv("LANG", "de_DE.UTF-8");
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        qunsetenv(name);
    QApplication app(argc, argv);
    TestQtTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_qttranslations.moc"
