// The object type designer driven like a user: a custom type designed with the keyboard only,
// saved from the main window, an object put through it and its profile found by its key; an
// invalid key blocking Save with the reason shown; undo and redo through the actions; the
// question on closing with unsaved changes; the JSON tab's round trip and its line and column.

#include "../console/guifixture.h"
#include "designergeneralpage.h"
#include "designertablespage.h"
#include "objecttypespane.h"
#include "fieldsmodel.h"
#include "keysmodel.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"
#include "prompts.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace cp;

namespace {

const QString kDomain = QStringLiteral("designs");

template<class T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

// The editor the view opened for its current cell.
QWidget *openEditor(QTableView *view)
{
    QTest::keyClick(view, Qt::Key_F2);
    return view->indexWidget(view->currentIndex());
}

// Moves to `column` of the current row with the arrow keys, opens the editor with F2, replaces
// its text by typing and commits with Enter.
bool typeInCell(QTableView *view, int column, const QString &text)
{
    while (view->currentIndex().column() < column)
        QTest::keyClick(view, Qt::Key_Right);
    while (view->currentIndex().column() > column)
        QTest::keyClick(view, Qt::Key_Left);
    QWidget *editor = openEditor(view);
    if (!editor) {
        qWarning("no editor at %d,%d", view->currentIndex().row(), view->currentIndex().column());
        return false;
    }
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo && !combo->isEditable()) {
        QTest::keyClicks(combo, text); // keyboard search among the choices
    } else {
        QWidget *line = combo ? static_cast<QWidget *>(combo->lineEdit()) : editor;
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(line, text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
    if (view->model()->data(view->currentIndex(), Qt::EditRole).toString() != text)
        qWarning("cell: %s",
                 qPrintable(view->model()->data(view->currentIndex(), Qt::EditRole).toString()));
    return view->model()->data(view->currentIndex(), Qt::EditRole).toString() == text;
}

// Moves to `value` in a list of checkable items with the arrow keys and toggles it with Space.
bool toggleInList(QListWidget *list, const QString &value)
{
    if (list->currentRow() < 0)
        QTest::keyClick(list, Qt::Key_Home);
    for (int guard = 0;
         guard < 2 * list->count() && list->currentItem() && list->currentItem()->text() != value;
         ++guard)
        QTest::keyClick(list, list->currentRow() <
                                      list->row(list->findItems(value, Qt::MatchExactly).value(0))
                                  ? Qt::Key_Down
                                  : Qt::Key_Up);
    if (!list->currentItem() || list->currentItem()->text() != value)
        return false;
    const Qt::CheckState before = list->currentItem()->checkState();
    QTest::keyClick(list, Qt::Key_Space);
    return list->currentItem()->checkState() != before;
}

} // namespace

class TestDesignerGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void designWithTheKeyboardSaveAndIngest();
    void invalidKeyBlocksSave();
    void undoAndRedoThroughTheActions();
    void closingWithUnsavedChangesAsks();
    void jsonTabRoundTripsAndSaysWhere();

private:
    std::unique_ptr<views::ObjectTypeDesigner> ticketDesigner();

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestDesignerGui::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(testing::succeeded(
        m_client->ok(QStringLiteral("CreateDomain"), testing::createDomainInput(kDomain))));
}

void TestDesignerGui::init()
{
    (void)views::prompts::takeNextAnswer();
}

void TestDesignerGui::cleanup()
{
    (void)views::prompts::takeNextAnswer();
    m_window.reset();
}

std::unique_ptr<views::ObjectTypeDesigner> TestDesignerGui::ticketDesigner()
{
    auto designer = std::make_unique<views::ObjectTypeDesigner>();
    designer->load(testing::ticketType(), true);
    designer->show();
    return designer;
}

void TestDesignerGui::designWithTheKeyboardSaveAndIngest()
{
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(QStringLiteral("Local"), m_endpoint->url()));
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->currentDomain(), kDomain, 20000);
    auto *newType = m_window->findChild<QPushButton *>(QStringLiteral("newObjectTypeButton"));
    QVERIFY(newType);
    QTRY_VERIFY(newType->isEnabled());
    views::ObjectTypeDesigner *designer = nullptr;
    connect(m_window->objectTypes(), &views::ObjectTypesPane::designerOpened, this,
            [&designer](views::ObjectTypeDesigner *opened) { designer = opened; });
    QTest::keyClick(newType, Qt::Key_Space);
    QVERIFY(designer);
    QVERIFY(designer->isVisible());
    QPointer<views::ObjectTypeDesigner> alive = designer;
    QVERIFY(!designer->saveButton()->isEnabled()); // nothing designed yet

    // General: the name is checked as typed, with the reason under it.
    auto *name = child<QLineEdit>(designer, "nameEdit");
    auto *nameProblem = child<QLabel>(designer, "nameProblem");
    QVERIFY(name && nameProblem);
    QVERIFY(!name->isReadOnly());
    auto *description = child<QLineEdit>(designer, "descriptionEdit");
    const QPoint below = description->mapTo(designer, QPoint());
    QTest::keyClicks(name, QStringLiteral("_"));
    QVERIFY(!nameProblem->text().isEmpty());
    QVERIFY(!nameProblem->isHidden());
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::keyClicks(name, QStringLiteral("Order"));
    QVERIFY(nameProblem->text().isEmpty());
    QVERIFY(!nameProblem->isHidden()); // its line stays: the fields below never jump
    QCOMPARE(description->mapTo(designer, QPoint()), below);
    QCOMPARE(designer->document()->general().name, QStringLiteral("Order"));
    QVERIFY(designer->isWindowModified());
    QVERIFY(designer->windowTitle().contains(QStringLiteral("[*]")));
    QTest::keyClicks(child<QLineEdit>(designer, "descriptionEdit"),
                     QStringLiteral("Orders from the shop"));
    QTest::keyClick(child<QCheckBox>(designer, "allowProfileCreationCheck"), Qt::Key_Space);
    QCOMPARE(designer->document()->general().allowProfileCreation, std::optional<bool>(true));

    // Fields: an order id that only feeds the key, and the buyer's e-mail address.
    designer->tabs()->setCurrentWidget(designer->fieldsPage());
    QTableView *fields = designer->fieldsPage()->view();
    auto *addField = child<QPushButton>(designer, "addFieldButton");
    QTest::keyClick(addField, Qt::Key_Space);
    QCOMPARE(fields->model()->rowCount(), 1);
    QVERIFY(typeInCell(fields, models::FieldsModel::Name, QStringLiteral("orderId")));
    QVERIFY(typeInCell(fields, models::FieldsModel::Source, QStringLiteral("_source.id")));
    QTest::keyClick(addField, Qt::Key_Space);
    QCOMPARE(fields->model()->rowCount(), 2);
    QCOMPARE(fields->currentIndex().row(), 1);
    QVERIFY(typeInCell(fields, models::FieldsModel::Name, QStringLiteral("email")));
    QVERIFY(typeInCell(fields, models::FieldsModel::Source, QStringLiteral("_source.email")));
    QVERIFY(
        typeInCell(fields, models::FieldsModel::Target, QStringLiteral("_profile.EmailAddress")));
    QVERIFY(typeInCell(fields, models::FieldsModel::ContentType, QStringLiteral("EMAIL_ADDRESS")));
    QVERIFY(!designer->saveButton()->isEnabled()); // no key yet
    QVERIFY(!designer->problems().isEmpty());

    // Keys: orderId, UNIQUE and PROFILE, on the orderId field.
    designer->tabs()->setCurrentWidget(designer->keysPage());
    QTableView *keys = designer->keysPage()->view();
    QTest::keyClick(child<QPushButton>(designer, "addKeyButton"), Qt::Key_Space);
    QCOMPARE(keys->model()->rowCount(), 1);
    QVERIFY(typeInCell(keys, models::KeysModel::Name, QStringLiteral("orderId")));
    auto *identifiers = child<QListWidget>(designer, "keyIdentifiersList");
    auto *keyFields = child<QListWidget>(designer, "keyFieldsList");
    QVERIFY(identifiers && keyFields);
    QVERIFY(toggleInList(identifiers, QStringLiteral("UNIQUE")));
    QVERIFY(toggleInList(keyFields, QStringLiteral("orderId")));
    const models::KeyRow key = designer->document()->key(0);
    QCOMPARE(key.name, QStringLiteral("orderId"));
    QCOMPARE(key.key.standardIdentifiers,
             (QStringList{QStringLiteral("PROFILE"), QStringLiteral("UNIQUE")}));
    QCOMPARE(key.key.fieldNames, QStringList{QStringLiteral("orderId")});
    QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(u'\n')));
    QVERIFY(designer->saveButton()->isEnabled());

    // Save: PutProfileObjectType from the main window, then clean and the name fixed.
    QTest::keyClick(designer->saveButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!designer->isWindowModified(), 20000);
    QVERIFY(name->isReadOnly());
    const QJsonObject stored =
        m_client->ok(QStringLiteral("GetProfileObjectType"),
                     {{QStringLiteral("DomainName"), kDomain},
                      {QStringLiteral("ObjectTypeName"), QStringLiteral("Order")}});
    QVERIFY(testing::succeeded(stored));
    QCOMPARE(stored.value(QStringLiteral("Description")).toString(),
             QStringLiteral("Orders from the shop"));

    // An object put through it creates a profile found by its key.
    QVERIFY(testing::succeeded(m_client->ok(
        QStringLiteral("PutProfileObject"),
        {{QStringLiteral("DomainName"), kDomain},
         {QStringLiteral("ObjectTypeName"), QStringLiteral("Order")},
         {QStringLiteral("Object"),
          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("O-1")},
                                                      {QStringLiteral("email"),
                                                       QStringLiteral("ana@example.com")}})
                                .toJson(QJsonDocument::Compact))}})));
    const QJsonArray found =
        m_client
            ->ok(QStringLiteral("SearchProfiles"),
                 {{QStringLiteral("DomainName"), kDomain},
                  {QStringLiteral("KeyName"), QStringLiteral("orderId")},
                  {QStringLiteral("Values"), QJsonArray{QStringLiteral("O-1")}}})
            .value(QStringLiteral("Items"))
            .toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("EmailAddress")).toString(),
             QStringLiteral("ana@example.com"));

    // Saved: closing does not ask.
    views::prompts::setNextAnswer(false);
    designer->reject();
    QTRY_VERIFY(!alive);
    QCOMPARE(views::prompts::takeNextAnswer(), std::optional<bool>(false)); // not consumed
}

void TestDesignerGui::invalidKeyBlocksSave()
{
    auto designer = ticketDesigner();
    QVERIFY(designer->problems().isEmpty());
    QVERIFY(designer->saveButton()->isEnabled());

    // A second UNIQUE key.
    designer->tabs()->setCurrentWidget(designer->keysPage());
    QTableView *keys = designer->keysPage()->view();
    QTest::keyClick(child<QPushButton>(designer.get(), "addKeyButton"), Qt::Key_Space);
    const int row = keys->model()->rowCount() - 1;
    QCOMPARE(keys->currentIndex().row(), row);
    auto *identifiers = child<QListWidget>(designer.get(), "keyIdentifiersList");
    auto *keyFields = child<QListWidget>(designer.get(), "keyFieldsList");
    QVERIFY(toggleInList(keyFields, QStringLiteral("email")));
    QVERIFY(designer->saveButton()->isEnabled());
    QVERIFY(toggleInList(identifiers, QStringLiteral("UNIQUE")));
    QVERIFY(!designer->saveButton()->isEnabled());
    const QString rowProblem =
        keys->model()->index(row, 0).data(models::ObjectTypeTableModel::ProblemRole).toString();
    QVERIFY(rowProblem.contains(QStringLiteral("UNIQUE")));
    QVERIFY2(designer->problems().join(u'\n').contains(QStringLiteral("UNIQUE")),
             qPrintable(designer->problems().join(u'\n')));
    QVERIFY(!designer->save());
    QVERIFY(toggleInList(identifiers, QStringLiteral("UNIQUE")));
    QVERIFY(designer->saveButton()->isEnabled());

    // A key naming a field that is not there: renaming through the field table renames it
    // in the keys, so the key is given a missing field directly.
    QVERIFY(designer->document()->setKeyFieldNames(row, {QStringLiteral("missing")}));
    QVERIFY(!designer->saveButton()->isEnabled());
    QVERIFY2(designer->problems().join(u'\n').contains(QStringLiteral("missing")),
             qPrintable(designer->problems().join(u'\n')));
    QVERIFY(keys->model()
                ->index(row, 0)
                .data(models::ObjectTypeTableModel::ProblemRole)
                .toString()
                .contains(QStringLiteral("missing")));
    // The field list shows the missing name, checked, so that it can be unchecked.
    QVERIFY(toggleInList(keyFields, QStringLiteral("missing")));
    QVERIFY(toggleInList(keyFields, QStringLiteral("id")));
    QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(u'\n')));
    QVERIFY(designer->saveButton()->isEnabled());

    QSignalSpy requested(designer.get(), &views::ObjectTypeDesigner::saveRequested);
    views::prompts::setNextAnswer(true); // the changes shown against the stored type
    QVERIFY(designer->save());
    QVERIFY(!views::prompts::takeNextAnswer()); // asked
    QCOMPARE(requested.size(), 1);
    const QJsonObject request = requested.at(0).at(0).toJsonObject();
    QCOMPARE(request.value(QStringLiteral("ObjectTypeName")).toString(), QStringLiteral("Ticket"));
    QCOMPARE(request.value(QStringLiteral("Keys")).toObject().size(), 3);
    designer->markSaved();
    QVERIFY(!designer->isWindowModified());
}

void TestDesignerGui::undoAndRedoThroughTheActions()
{
    auto designer = ticketDesigner();
    QAction *undo = designer->undoAction();
    QAction *redo = designer->redoAction();
    QCOMPARE(undo->objectName(), QStringLiteral("undoAction"));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(designer->actions().contains(undo));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!designer->isWindowModified());

    auto *description = child<QLineEdit>(designer.get(), "descriptionEdit");
    QTest::keyClicks(description, QStringLiteral(" and more"));
    QCOMPARE(designer->document()->general().description,
             QStringLiteral("Support tickets and more"));
    QVERIFY(designer->isWindowModified());
    QVERIFY(undo->isEnabled());

    designer->tabs()->setCurrentWidget(designer->fieldsPage());
    QTableView *fields = designer->fieldsPage()->view();
    fields->setCurrentIndex(fields->model()->index(0, 0));
    QTest::keyClick(child<QPushButton>(designer.get(), "removeFieldButton"), Qt::Key_Space);
    QCOMPARE(fields->model()->rowCount(), 1);

    undo->trigger(); // the removal
    QCOMPARE(fields->model()->rowCount(), 2);
    undo->trigger(); // the typing, merged into one step
    QCOMPARE(description->text(), QStringLiteral("Support tickets"));
    QVERIFY(!designer->isWindowModified());
    QVERIFY(!undo->isEnabled());
    redo->trigger();
    QCOMPARE(description->text(), QStringLiteral("Support tickets and more"));
    QVERIFY(designer->isWindowModified());
    redo->trigger();
    QCOMPARE(fields->model()->rowCount(), 1);
    QVERIFY(!redo->isEnabled());
    designer->markSaved();
}

void TestDesignerGui::closingWithUnsavedChangesAsks()
{
    auto designer = ticketDesigner();
    QVERIFY(designer->isVisible());
    auto *name = child<QLineEdit>(designer.get(), "nameEdit");
    QVERIFY(name->isReadOnly()); // stored: the name is fixed
    QTest::keyClicks(child<QLineEdit>(designer.get(), "descriptionEdit"), QStringLiteral("!"));
    QVERIFY(designer->isWindowModified());

    views::prompts::setNextAnswer(false);
    designer->reject();
    QVERIFY(!views::prompts::takeNextAnswer()); // asked
    QVERIFY(designer->isVisible());
    views::prompts::setNextAnswer(false);
    designer->close(); // the window's close button goes through reject() too
    QVERIFY(!views::prompts::takeNextAnswer());
    QVERIFY(designer->isVisible());

    views::prompts::setNextAnswer(true);
    designer->reject();
    QVERIFY(!views::prompts::takeNextAnswer());
    QVERIFY(!designer->isVisible());
    QCOMPARE(designer->result(), int(QDialog::Rejected));
}

void TestDesignerGui::jsonTabRoundTripsAndSaysWhere()
{
    auto designer = ticketDesigner();
    const QByteArray original = designer->document()->toJson();
    QTabWidget *tabs = designer->tabs();
    QPlainTextEdit *json = designer->jsonEditor();
    const int jsonTab = tabs->indexOf(json->parentWidget());
    QVERIFY(jsonTab > 0);
    tabs->setCurrentIndex(jsonTab);
    QCOMPARE(json->toPlainText().toUtf8(), original);

    // Leaving the tab without editing changes nothing; editing and leaving takes it in.
    tabs->setCurrentWidget(designer->generalPage());
    QVERIFY(!designer->isWindowModified());
    tabs->setCurrentIndex(jsonTab);
    QJsonObject request = QJsonDocument::fromJson(json->toPlainText().toUtf8()).object();
    request.insert(QStringLiteral("Description"), QStringLiteral("Tickets from the help desk"));
    json->setPlainText(QString::fromUtf8(QJsonDocument(request).toJson()));
    tabs->setCurrentWidget(designer->generalPage());
    QCOMPARE(tabs->currentWidget(), designer->generalPage());
    QCOMPARE(child<QLineEdit>(designer.get(), "descriptionEdit")->text(),
             QStringLiteral("Tickets from the help desk"));
    QVERIFY(designer->isWindowModified());
    tabs->setCurrentIndex(jsonTab);
    QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(), request);
    designer->undoAction()->trigger();
    QCOMPARE(json->toPlainText().toUtf8(), original); // the shown JSON follows the document

    // Broken JSON: line and column, and the tab stays until it is fixed.
    json->setPlainText(QStringLiteral("{\n  \"ObjectTypeName\": \"Ticket\",\n}"));
    QTest::keyClick(child<QPushButton>(designer.get(), "applyJsonButton"), Qt::Key_Space);
    auto *problem = child<QLabel>(designer.get(), "jsonProblem");
    QVERIFY2(problem->text().startsWith(QStringLiteral("Line 3, column ")),
             qPrintable(problem->text()));
    tabs->setCurrentWidget(designer->keysPage());
    QCOMPARE(tabs->currentIndex(), jsonTab);
    QVERIFY(!designer->save());

    // A rename of the stored type is refused with its reason.
    QJsonObject renamed = QJsonDocument::fromJson(original).object();
    renamed.insert(QStringLiteral("ObjectTypeName"), QStringLiteral("Other"));
    json->setPlainText(QString::fromUtf8(QJsonDocument(renamed).toJson()));
    QVERIFY(!designer->applyJson());
    QVERIFY(!problem->text().isEmpty());

    json->setPlainText(QString::fromUtf8(original));
    QVERIFY(designer->applyJson());
    QVERIFY(problem->text().isEmpty());
    tabs->setCurrentWidget(designer->keysPage());
    QCOMPARE(tabs->currentWidget(), designer->keysPage());
    QCOMPARE(designer->document()->toJson(), original);
    QVERIFY(!designer->isWindowModified());
}

QTEST_MAIN(TestDesignerGui)
#include "tst_designer_gui.moc"
