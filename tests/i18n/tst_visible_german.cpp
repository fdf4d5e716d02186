// Rule 3 of the console: messages are in the user's language. With the German translator
// installed, every window and dialog is built on a live endpoint, and
//  - every text the console asks tr() for has a German translation (a string added to
//    the sources but not to translations/cpconsole_de.ts fails here), and
//  - no visible text (labels, buttons, titles, tabs, menus, headers, placeholders) reads
//    as English: strings that bypass tr() fail here too.

#include "aboutdialog.h"
#include "accountintegrationsdialog.h"
#include "connectiondialog.h"
#include "guifixture.h"
#include "createdomaindialog.h"
#include "editdomaindialog.h"
#include "integrationdialog.h"
#include "jsonobjectdialog.h"
#include "keydialog.h"
#include "localendpointdialog.h"
#include "mainwindow.h"
#include "objecttypedesigner.h"
#include "profileeditor.h"
#include "session.h"
#include "shortcutsdialog.h"
#include "tagsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace cp;

namespace {

// Answers with the German translation and notes every text of the console's own
// contexts that has none.
class RecordingTranslator : public QTranslator
{
public:
    explicit RecordingTranslator(const QTranslator *german)
        : m_german(german)
    {}

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const QString german = m_german->translate(context, source, disambiguation, n);
        const QString ctx = QString::fromUtf8(context);
        if (german.isEmpty() && ctx.startsWith(QLatin1String("cp::")))
            missing.insert(ctx + QStringLiteral(": \"") + QString::fromUtf8(source) +
                           QLatin1Char('"'));
        return german;
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> missing;

private:
    const QTranslator *m_german;
};

// Whole English words that German text does not use ("Profile", "Tags", "Name",
// "Details" and "was" are German too).
bool readsAsEnglish(const QString &text)
{
    static const QRegularExpression english(QStringLiteral(
        "\\b(the|and|of|to|with|from|this|that|is|are|not|no|yes|choose|delete|edit|new|"
        "add|remove|cancel|close|save|open|apply|copy|search|find|type|types|key|keys|value|"
        "values|objects?|domains?|help|about|file|view|refresh|loading|none|first|last|show|"
        "hide|sending|created|updated)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // rich text tags
    plain.remove(QLatin1Char('&'));
    // Command lines, URLs, ARNs and the service's own member names are not prose.
    plain.remove(QRegularExpression(QStringLiteral("\\b(aws|export|https?)\\b[^\\n]*")));
    return english.match(plain).hasMatch();
}

// The texts a user reads in `root` and its children.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text() << button->toolTip();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->placeholderText();
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
        }
        for (QAction *action : w->actions())
            texts << action->text() << action->toolTip();
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions()) {
            texts << menu->text();
            if (menu->menu()) {
                for (QAction *action : menu->menu()->actions())
                    texts << action->text();
            }
        }
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TestVisibleGerman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyWindowIsGerman();

private:
    void check(QWidget *widget, const QString &what);

    QTranslator m_german;
    QTranslator m_qtbase;
    std::unique_ptr<RecordingTranslator> m_recorder;
    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    QStringList m_english;
};

void TestVisibleGerman::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_german.load(QStringLiteral(":/i18n/cpconsole_de")));
    // Qt's own buttons (Abbrechen, Schließen) where Debian's qt6-translations-l10n is.
    if (m_qtbase.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("qtbase"),
                      QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtbase);
    m_recorder = std::make_unique<RecordingTranslator>(&m_german);
    QVERIFY(QCoreApplication::installTranslator(m_recorder.get()));
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(m_client->ok(QStringLiteral("CreateDomain"),
                                            testing::createDomainInput(QStringLiteral("shop")))));
}

void TestVisibleGerman::cleanupTestCase()
{
    QCoreApplication::removeTranslator(m_recorder.get());
    QCoreApplication::removeTranslator(&m_qtbase);
}

void TestVisibleGerman::check(QWidget *widget, const QString &what)
{
    widget->show();
    QTest::qWait(200); // what loads on show (a domain's settings, listings) arrives
    for (const QString &text : visibleTexts(widget)) {
        if (readsAsEnglish(text))
            m_english.append(what + QStringLiteral(": \"") + text + QLatin1Char('"'));
    }
}

void TestVisibleGerman::everyWindowIsGerman()
{
    views::MainWindow window;
    window.addConnection(testing::localConnection(QStringLiteral("Lokal"), m_endpoint->url()));
    QTRY_COMPARE_WITH_TIMEOUT(window.currentDomain(), QStringLiteral("shop"), 60000);
    check(&window, QStringLiteral("MainWindow"));

    client::CustomerProfilesClient *client = m_client->client;
    views::CreateDomainDialog create;
    check(&create, QStringLiteral("CreateDomainDialog"));
    views::EditDomainDialog editDomain(client, QStringLiteral("shop"));
    check(&editDomain, QStringLiteral("EditDomainDialog"));
    views::IntegrationDialog integration(client, QStringLiteral("shop"));
    check(&integration, QStringLiteral("IntegrationDialog"));
    views::TagsDialog tags(client, QStringLiteral("arn:aws:profile:us-east-1:123456789012:domains/shop"),
                           QStringLiteral("shop"));
    check(&tags, QStringLiteral("TagsDialog"));
    views::AccountIntegrationsDialog account(client);
    check(&account, QStringLiteral("AccountIntegrationsDialog"));
    views::ConnectionDialog connection({}, {});
    check(&connection, QStringLiteral("ConnectionDialog"));
    views::JsonObjectDialog put({QStringLiteral("Ticket")});
    check(&put, QStringLiteral("JsonObjectDialog"));
    views::ProfileEditor profile({});
    check(&profile, QStringLiteral("ProfileEditor"));
    views::ObjectTypeDesigner designer;
    check(&designer, QStringLiteral("ObjectTypeDesigner"));
    views::LocalEndpointDialog endpoint(
        {m_endpoint->url(), QStringLiteral("us-east-1"), testing::kAccessKey, testing::kSecretKey});
    check(&endpoint, QStringLiteral("LocalEndpointDialog"));
    views::AboutDialog about;
    check(&about, QStringLiteral("AboutDialog"));
    views::ShortcutsDialog shortcuts(&window);
    check(&shortcuts, QStringLiteral("ShortcutsDialog"));
    for (const auto mode : {views::KeyDialog::Mode::Add, views::KeyDialog::Mode::Delete}) {
        views::KeyDialog key(mode, {QStringLiteral("_email")},
                             {{QStringLiteral("ProfileId"), QStringLiteral("p-1")},
                              {QStringLiteral("EmailAddress"), QStringLiteral("kim@example.com")}},
                             QStringLiteral("_email"));
        check(&key, QStringLiteral("KeyDialog"));
    }

    // JSON parser errors come from Qt: German where Qt's translations are installed.
    if (!m_qtbase.isEmpty()) {
        const QString problem = views::JsonObjectDialog::describeProblem("{\"a\": 1");
        QVERIFY2(!readsAsEnglish(problem) && !problem.contains(QLatin1String("unterminated")),
                 qPrintable(problem));
    }

    QStringList missing = m_recorder->missing.values();
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in cpconsole_de.ts:\n") + missing.join(u'\n')));
    QVERIFY2(m_english.isEmpty(),
             qPrintable(QStringLiteral("English on screen:\n") + m_english.join(u'\n')));
}

QTEST_MAIN(TestVisibleGerman)
#include "tst_visible_german.moc"
