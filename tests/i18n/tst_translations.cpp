// The German translation: every message of translations/cpconsole_de.ts is translated,
// keeps its source's placeholders and accelerators, and real widgets show German text
// once the translator (compiled from the .ts at build time) is installed.

#include "createdomaindialog.h"
#include "error.h"
#include "mainwindow.h"

#include <QAction>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cp;

namespace {

const QString kTsFile = QStringLiteral(CP_SOURCE_DIR "/translations/cpconsole_de.ts");

struct Message
{
    QString context;
    QString source;
    QString type;             // the translation's type attribute ("unfinished", ...)
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

// Every <message> of a Qt Linguist .ts file.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.context.isEmpty())
                messages.append(current);
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (!current.context.isEmpty())
        messages.append(current);
    if (xml.hasError()) {
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
        return {};
    }
    return messages;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

// The %1..%9 placeholders of a text (%n is a plural's count, not an argument).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// The accelerator letter of a text ("&File" -> 'f'); a null QChar when it has none ("&&"
// is a literal ampersand).
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// The texts among `texts` whose accelerator letter another one already uses.
QStringList clashingMnemonics(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (const QString &text : texts) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (seen.contains(letter))
            clashes.append(seen.value(letter) + QStringLiteral(" / ") + text);
        else
            seen.insert(letter, text);
    }
    return clashes;
}

QStringList actionTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions)
        if (!action->isSeparator())
            texts.append(action->text());
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyMessageIsTranslated();
    void placeholdersAndAcceleratorsKept();
    void ellipsesKept();
    void numerusFormsDiffer();
    void englishPluralsForEveryNumerusMessage();
    void createDomainDialogIsGerman();
    void mainWindowMenusAreGerman();
    void serviceErrorSummaryIsGerman();

private:
    // The German text the translator gives for a source text (empty when it has none).
    QString german(const char *context, const char *source, int n = -1) const
    {
        return m_translator.translate(context, source, nullptr, n);
    }

    QTranslator m_translator;
    QList<Message> m_messages;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_messages = readTs(kTsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(kTsFile + QStringLiteral(": ") + error));
    QVERIFY2(m_messages.size() > 100, qPrintable(QString::number(m_messages.size())));

    QVERIFY2(m_translator.load(QStringLiteral(":/i18n/cpconsole_de")), "no :/i18n/cpconsole_de.qm");
    QCOMPARE(m_translator.language(), QStringLiteral("de_DE"));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslations::everyMessageIsTranslated()
{
    QStringList problems;
    for (const Message &m : std::as_const(m_messages)) {
        if (!m.type.isEmpty())
            problems.append(m.type + QStringLiteral(": ") + describe(m));
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems.append(QStringLiteral("empty: ") + describe(m));
        else if (m.numerus && m.translations.size() != 2)
            problems.append(QStringLiteral("German has two plural forms: ") + describe(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersAndAcceleratorsKept()
{
    QStringList problems;
    for (const Message &m : std::as_const(m_messages)) {
        const QSet<QString> expected = placeholders(m.source);
        const bool sourceHasMnemonic = !mnemonic(m.source).isNull();
        for (const QString &translation : m.translations) {
            if (translation.isEmpty())
                continue; // reported by everyMessageIsTranslated
            if (placeholders(translation) != expected)
                problems.append(QStringLiteral("placeholders differ: ") + describe(m) +
                                QStringLiteral(" -> \"") + translation + QLatin1Char('"'));
            if (!mnemonic(translation).isNull() != sourceHasMnemonic)
                problems.append(QStringLiteral("accelerator differs: ") + describe(m) +
                                QStringLiteral(" -> \"") + translation + QLatin1Char('"'));
            // %Ln is the numerus placeholder with the locale's digit grouping.
            if (m.numerus && !translation.contains(QLatin1String("%n")) &&
                !translation.contains(QLatin1String("%Ln")))
                problems.append(QStringLiteral("plural form without %n: ") + describe(m) +
                                QStringLiteral(" -> \"") + translation + QLatin1Char('"'));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::ellipsesKept()
{
    const QChar ellipsis(0x2026);
    QStringList problems;
    for (const Message &m : std::as_const(m_messages)) {
        if (!m.source.endsWith(ellipsis))
            continue;
        for (const QString &translation : m.translations)
            if (!translation.isEmpty() && !translation.endsWith(ellipsis))
                problems.append(describe(m) + QStringLiteral(" -> \"") + translation +
                                QLatin1Char('"'));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::numerusFormsDiffer()
{
    // The compiled translator picks German's singular for 1 and the plural otherwise.
    QCOMPARE(german("cp::views::DomainOverview", "%n day(s)", 1), QStringLiteral("%n Tag"));
    QCOMPARE(german("cp::views::DomainOverview", "%n day(s)", 30), QStringLiteral("%n Tagen"));
    QCOMPARE(QCoreApplication::translate("cp::views::ObjectTypeDetails",
                                         "Data expires after %n day(s).", nullptr, 365),
             QStringLiteral("Daten verfallen nach 365 Tagen."));
}

// English is the source language, but "%n record(s)" needs its plural forms: the English
// .ts has every numerus message the German one has, two forms each, without "(s)".
void TestTranslations::englishPluralsForEveryNumerusMessage()
{
    QString error;
    const QList<Message> english =
        readTs(QStringLiteral(CP_SOURCE_DIR "/translations/cpconsole_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &german : std::as_const(m_messages)) {
        if (!german.numerus)
            continue;
        const auto it = std::find_if(english.begin(), english.end(), [&](const Message &m) {
            return m.context == german.context && m.source == german.source;
        });
        if (it == english.end())
            problems.append(QStringLiteral("missing: ") + describe(german));
        else if (!it->type.isEmpty() || it->translations.size() != 2 ||
                 it->translations.join(QString()).contains(QStringLiteral("(s)")) ||
                 (it->translations.at(0) == it->translations.at(1) &&
                  german.source.contains(QStringLiteral("(s)"))))
            problems.append(QStringLiteral("forms: ") + describe(*it));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QTranslator plurals;
    QVERIFY(plurals.load(QStringLiteral(":/i18n/cpconsole_en")));
    QCOMPARE(plurals.translate("cp::views::DomainOverview", "%n day(s)", nullptr, 1),
             QStringLiteral("%n day"));
    QCOMPARE(plurals.translate("cp::views::DomainOverview", "%n day(s)", nullptr, 30),
             QStringLiteral("%n days"));
}

void TestTranslations::createDomainDialogIsGerman()
{
    views::CreateDomainDialog dialog;
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Neue Domäne"));
    QCOMPARE(dialog.windowTitle(), german("cp::views::CreateDomainDialog", "New domain"));
}

void TestTranslations::mainWindowMenusAreGerman()
{
    views::MainWindow window;
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (const QAction *menu : menus)
        titles.append(menu->text());
    QCOMPARE(titles, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                  QStringLiteral("V&erbindung"), QStringLiteral("&Ansicht"),
                                  QStringLiteral("&Hilfe")}));
    QCOMPARE(titles.at(0), german("cp::views::MainWindow", "&File"));

    // Accelerators stay unique: in each menu, and among the menu bar and the tabs.
    QStringList topLevel = titles;
    const auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        topLevel.append(tabs->tabText(i));
    QVERIFY2(clashingMnemonics(topLevel).isEmpty(),
             qPrintable(clashingMnemonics(topLevel).join(QLatin1Char('\n'))));
    for (const QAction *menu : menus) {
        QVERIFY(menu->menu());
        const QStringList entries = actionTexts(menu->menu()->actions());
        QVERIFY2(!entries.isEmpty(), qPrintable(menu->text()));
        QVERIFY2(clashingMnemonics(entries).isEmpty(),
                 qPrintable(clashingMnemonics(entries).join(QLatin1Char('\n'))));
    }
    const QStringList fileMenu = actionTexts(menus.at(0)->menu()->actions());
    QVERIFY2(fileMenu.contains(QStringLiteral("&Neue Domäne…")), qPrintable(fileMenu.join(u',')));
    QVERIFY2(fileMenu.contains(QStringLiteral("&Beenden")), qPrintable(fileMenu.join(u',')));
}

void TestTranslations::serviceErrorSummaryIsGerman()
{
    client::ServiceError error;
    error.kind = client::ServiceError::Kind::Timeout;
    QCOMPARE(error.summary(), QStringLiteral("Der Endpunkt hat nicht rechtzeitig geantwortet."));

    error.kind = client::ServiceError::Kind::Network;
    error.message = QStringLiteral("connection refused");
    QCOMPARE(error.summary(),
             QStringLiteral("Der Endpunkt ist nicht erreichbar: connection refused"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
