// The Help menu: About names the version, the Qt in use and the licences of what the
// program ships; Documentation points at a README that exists; Keyboard shortcuts lists
// exactly the window's actions that have a shortcut.

#include "aboutdialog.h"
#include "guifixture.h"
#include "localendpointdialog.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QTableWidget>
#include <QTranslator>

using namespace cp;

namespace {

// German runs about a third longer than English: every text of these dialogs made 50%
// longer (its words repeated), to check that they still fit at their starting size.
class LongerText : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArrayView ctx(context);
        if (ctx != "cp::views::AboutDialog" && ctx != "cp::views::LocalEndpointDialog" &&
            ctx != "cp::views::ShortcutsDialog")
            return {};
        const QString text = QString::fromUtf8(source);
        if (text.contains(u'<'))
            return {}; // markup: left as it is
        const QStringList words = text.split(u' ');
        return text + u' ' + words.mid(0, std::max<qsizetype>(1, words.size() / 2)).join(u' ');
    }
    bool isEmpty() const override { return false; }
};

// Nothing of `dialog` is cut off: it is at least its minimum size, and each button and
// unwrapped label is at least as wide as its text.
bool fits(QDialog *dialog)
{
    bool ok = dialog->width() >= dialog->minimumSizeHint().width() &&
              dialog->height() >= dialog->minimumSizeHint().height();
    for (auto *button : dialog->findChildren<QPushButton *>())
        if (button->isVisible() && button->width() < button->sizeHint().width()) {
            qWarning("cut off: %s", qPrintable(button->text()));
            ok = false;
        }
    for (auto *label : dialog->findChildren<QLabel *>())
        if (label->isVisible() && !label->wordWrap() &&
            label->width() < label->sizeHint().width()) {
            qWarning("cut off: %s", qPrintable(label->text()));
            ok = false;
        }
    return ok;
}

} // namespace

class TestGuiHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void menuHoldsItsActions();
    void aboutNamesVersionAndLicences();
    void documentationExists();
    void shortcutsListMatchesActions();
    void plainText();
    void dialogsFitLongerText();

private:
    template<typename Dialog> Dialog *shown(const QString &actionName);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestGuiHelp::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("local"), m_endpoint->url()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiHelp::cleanupTestCase()
{
    m_window.reset();
    m_endpoint.reset();
}

template<typename Dialog> Dialog *TestGuiHelp::shown(const QString &actionName)
{
    auto *action = m_window->findChild<QAction *>(actionName);
    if (!action)
        return nullptr;
    action->trigger();
    Dialog *dialog = nullptr;
    const bool visible = QTest::qWaitFor(
        [&] { return (dialog = m_window->findChild<Dialog *>()) && dialog->isVisible(); });
    return visible ? dialog : nullptr;
}

void TestGuiHelp::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

void TestGuiHelp::menuHoldsItsActions()
{
    auto *help = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    // Help comes last in the menu bar, as everywhere.
    QCOMPARE(m_window->menuBar()->actions().last(), help->menuAction());
    QStringList names;
    for (const QAction *action : help->actions())
        if (!action->isSeparator())
            names.append(action->objectName());
    QCOMPARE(names,
             (QStringList{QStringLiteral("documentationAction"), QStringLiteral("shortcutsAction"),
                          QStringLiteral("aboutAction"), QStringLiteral("aboutQtAction")}));
}

void TestGuiHelp::aboutNamesVersionAndLicences()
{
    auto *about = shown<views::AboutDialog>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    auto *version = about->findChild<QLabel *>(QStringLiteral("aboutVersion"));
    QVERIFY(version);
    QVERIFY(version->text().contains(QStringLiteral(CP_VERSION)));
    auto *qt = about->findChild<QLabel *>(QStringLiteral("aboutQtVersion"));
    QVERIFY(qt && qt->text().contains(QString::fromLatin1(qVersion())));
    auto *licences = about->findChild<QLabel *>(QStringLiteral("aboutLicences"));
    QVERIFY(licences);
    const QString text = licences->text();
    for (const char *expected :
         {"Qt", "Lesser General Public License v3", "QtKeychain", "BSD 2-Clause", "SQLite",
          "Public domain", "botocore", "Apache License 2.0"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // The licences show whole at the starting size.
    QVERIFY(about->width() >= about->minimumSizeHint().width());
    QVERIFY(about->height() >= about->minimumSizeHint().height());
    QVERIFY(licences->height() >= licences->heightForWidth(licences->width()));
    screenshot(about, QStringLiteral("aboutdialog"));
    about->close();
}

void TestGuiHelp::documentationExists()
{
    auto *docs = m_window->findChild<QAction *>(QStringLiteral("documentationAction"));
    QVERIFY(docs);
    const QUrl url = views::documentationUrl();
    // From a build tree, the checkout's README.
    QVERIFY2(url.isLocalFile() && QFileInfo::exists(url.toLocalFile()), qPrintable(url.toString()));
    QVERIFY(url.toLocalFile().endsWith(QStringLiteral("README.md")));
    QVERIFY(docs->isEnabled());
    QCOMPARE(docs->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

void TestGuiHelp::shortcutsListMatchesActions()
{
    // What the window has, found independently of the dialog.
    QSet<QString> expected;
    QList<QAction *> all = m_window->actions() + m_window->findChildren<QAction *>();
    for (const QAction *action : std::as_const(all))
        if (!action->shortcut().isEmpty() && !action->text().isEmpty())
            expected.insert(views::ShortcutsDialog::plainText(action) + u'\t' +
                            action->shortcut().toString(QKeySequence::NativeText));
    QVERIFY(expected.size() >= 5);

    auto *dialog = shown<views::ShortcutsDialog>(QStringLiteral("shortcutsAction"));
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QSet<QString> listed;
    for (int row = 0; row < table->rowCount(); ++row) {
        // The primary shortcut leads the cell; alternatives follow.
        const QString keys = table->item(row, 1)->text();
        const QString action = table->item(row, 0)->text();
        bool matched = false;
        for (const QString &entry : std::as_const(expected))
            if (entry.startsWith(action + u'\t') && keys.startsWith(entry.section(u'\t', 1)))
                matched = (listed.insert(entry), true);
        QVERIFY2(matched, qPrintable(action + QStringLiteral(": ") + keys));
    }
    QCOMPARE(listed, expected);
    // Actions alike (each list's Copy) are one row.
    QCOMPARE(table->rowCount(), expected.size());
    // Some that a user looks for.
    for (const QString &action : {QStringLiteral("Refresh"), QStringLiteral("Find"),
                                  QStringLiteral("New window"), QStringLiteral("Documentation")})
        QVERIFY2(!table->findItems(action, Qt::MatchExactly).isEmpty(), qPrintable(action));
    // Every row shows at the starting size.
    QVERIFY(!table->verticalScrollBar()->isVisible());
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    screenshot(dialog, QStringLiteral("shortcutsdialog"));
    dialog->close();
}

void TestGuiHelp::plainText()
{
    QAction action;
    action.setText(QStringLiteral("&New domain…"));
    QCOMPARE(views::ShortcutsDialog::plainText(&action), QStringLiteral("New domain"));
    action.setText(QStringLiteral("Save && &close"));
    QCOMPARE(views::ShortcutsDialog::plainText(&action), QStringLiteral("Save & close"));
}

void TestGuiHelp::dialogsFitLongerText()
{
    LongerText longer;
    QVERIFY(QCoreApplication::installTranslator(&longer));
    const auto check = [this](QDialog *dialog, const QString &name) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(dialog->windowTitle().size() > 10, qPrintable(dialog->windowTitle()));
        QVERIFY2(fits(dialog), qPrintable(name));
        // On a 1366x768 screen.
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 740);
        screenshot(dialog, name);
        delete dialog;
    };
    check(new views::AboutDialog(m_window.get()), QStringLiteral("aboutdialog-longer"));
    check(new views::ShortcutsDialog(m_window.get(), m_window.get()),
          QStringLiteral("shortcutsdialog-longer"));
    check(new views::LocalEndpointDialog(
              {QUrl(QStringLiteral("http://127.0.0.1:45678")), QStringLiteral("eu-central-1"),
               QStringLiteral("AKIALOCALABCDEFGHIJK"),
               QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789ABCD")},
              m_window.get()),
          QStringLiteral("localendpointdialog-longer"));
    QCoreApplication::removeTranslator(&longer);
}

QTEST_MAIN(TestGuiHelp)
#include "tst_gui_help.moc"
