// The designer's General page against an in-memory local endpoint: a stored type's tags loaded
// (not dropped), edited in the table, undone and redone, checked against the tag rules, saved
// (a removed tag untagged) and read back with GetProfileObjectType; tags in the JSON and
// export; a kept TemplateId the catalogue does not have blocks Save with the reason; the key
// content type warning reads every page of ListProfileObjectTypes.

#include "../console/guifixture.h"
#include "definitionbrowser.h"
#include "designergeneralpage.h"
#include "designertablespage.h"
#include "objecttypespane.h"
#include "keysmodel.h"
#include "listpane.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"
#include "prompts.h"
#include "tagsmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace cp;
using models::TagList;

namespace {

const QString kDomain = QStringLiteral("tagged");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject typeInput(const QString &name, const QString &keyName, const QString &contentType)
{
    schema::ObjectTypeDefinition d;
    d.name = name;
    d.description = s("Test type");
    d.fields.insert(s("id"), {s("_source.id"), QString(), s("STRING")});
    d.fields.insert(s("value"), {s("_source.value"), QString(), contentType});
    d.keys.insert(s("id"), {schema::KeyDefinition{{s("UNIQUE")}, {s("id")}}});
    d.keys.insert(keyName, {schema::KeyDefinition{{s("PROFILE")}, {s("value")}}});
    QJsonObject input = d.toJson();
    input.insert(s("DomainName"), kDomain);
    return input;
}

} // namespace

class TestDesignerTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editUndoAndSaveTags();
    void tagRulesBlockSave();
    void tagsInJsonAndExport();
    void unknownKeptTemplateBlocksSave();
    void keyWarningReadsEveryPage();

private:
    views::ObjectTypeDesigner *openStored(const QString &name);
    views::ObjectTypeDesigner *openNew();

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::MainWindow> m_window;
};

void TestDesignerTags::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(
        testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
    QJsonObject tagged = typeInput(s("Tagged"), s("email"), s("EMAIL_ADDRESS"));
    tagged.insert(s("Tags"), QJsonObject{{s("team"), s("crm")}, {s("env"), s("test")}});
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), tagged)));
}

void TestDesignerTags::init()
{
    (void)views::prompts::takeNextAnswer();
    m_window = std::make_unique<views::MainWindow>();
    m_window->addConnection(testing::localConnection(s("Local"), m_endpoint->url()));
    m_window->show();
    QVERIFY(QTest::qWaitFor([this] { return m_window->currentDomain() == kDomain; }, 20000));
}

void TestDesignerTags::cleanup()
{
    (void)views::prompts::takeNextAnswer();
    m_window.reset();
}

// The stored type opened as the Edit button does: selected in the list, GetProfileObjectType.
views::ObjectTypeDesigner *TestDesignerTags::openStored(const QString &name)
{
    views::DefinitionBrowser *types = m_window->objectTypes();
    m_window->findChild<QTabWidget *>(s("domainTabs"))->setCurrentWidget(types);
    if (!QTest::qWaitFor([&] { return types->list()->selectRow(s("ObjectTypeName"), name); },
                         20000))
        return nullptr;
    views::ObjectTypeDesigner *opened = nullptr;
    const auto connection = connect(m_window->objectTypes(), &views::ObjectTypesPane::designerOpened, this,
                                    [&opened](views::ObjectTypeDesigner *d) { opened = d; });
    m_window->objectTypes()->editCurrentObjectType();
    (void)QTest::qWaitFor([&opened] { return opened != nullptr; }, 20000);
    disconnect(connection);
    return opened;
}

views::ObjectTypeDesigner *TestDesignerTags::openNew()
{
    return m_window->objectTypes()->newObjectType();
}

void TestDesignerTags::editUndoAndSaveTags()
{
    views::ObjectTypeDesigner *designer = openStored(s("Tagged"));
    QVERIFY(designer);
    models::ObjectTypeDocument *document = designer->document();
    // Loaded, not dropped.
    QCOMPARE(document->tags(), (TagList{{s("env"), s("test")}, {s("team"), s("crm")}}));
    views::DesignerGeneralPage *general = designer->generalPage();
    models::TagsModel *tags = general->tagsModel();
    QAbstractItemModelTester tester(tags, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tags->rowCount(), 2);
    QVERIFY(!designer->isWindowModified());

    // Edited in the table as a user does: each change is an undo step and makes it dirty.
    QVERIFY(tags->setData(tags->index(0, models::TagsModel::Value), s("prod")));
    QCOMPARE(document->tags().at(0), (std::pair{s("env"), s("prod")}));
    QVERIFY(designer->isWindowModified());
    QCOMPARE(document->undoStack()->undoText(), s("Edit tags"));
    document->undoStack()->undo();
    QCOMPARE(document->tags().at(0).second, s("test"));
    QCOMPARE(tags->data(tags->index(0, models::TagsModel::Value)).toString(), s("test"));
    QVERIFY(!designer->isWindowModified());
    document->undoStack()->redo();
    QCOMPARE(tags->data(tags->index(0, models::TagsModel::Value)).toString(), s("prod"));

    general->addTag();
    QCOMPARE(tags->rowCount(), 3);
    QVERIFY(tags->setData(tags->index(2, models::TagsModel::Key), s("owner")));
    QVERIFY(tags->setData(tags->index(2, models::TagsModel::Value), s("ann")));
    general->tagsView()->setCurrentIndex(tags->index(1, 0)); // team
    general->removeCurrentTag();
    QCOMPARE(document->tags(), (TagList{{s("env"), s("prod")}, {s("owner"), s("ann")}}));
    QVERIFY(designer->problems().isEmpty());

    views::prompts::setNextAnswer(true); // the diff of a stored type is confirmed
    QVERIFY(designer->save());
    QVERIFY(designer->saveDiff()->toPlainText().contains(s("-         \"team\": \"crm\"")));
    QTRY_VERIFY_WITH_TIMEOUT(!designer->isWindowModified(), 20000);
    const QJsonObject stored =
        m_client->ok(s("GetProfileObjectType"),
                     {{s("DomainName"), kDomain}, {s("ObjectTypeName"), s("Tagged")}});
    QCOMPARE(stored.value(s("Tags")).toObject(),
             (QJsonObject{{s("env"), s("prod")}, {s("owner"), s("ann")}}));
    QVERIFY(designer->removedTagKeys().isEmpty());
}

void TestDesignerTags::tagRulesBlockSave()
{
    views::ObjectTypeDesigner *designer = openStored(s("Tagged"));
    QVERIFY(designer);
    models::ObjectTypeDocument *document = designer->document();
    const int row = document->addTag(s("aws:owner"), s("x"));
    QVERIFY(row >= 0);
    QVERIFY2(
        designer->problems().contains(
            s("Tag in row %1: Keys beginning with \"aws:\" are reserved for AWS.").arg(row + 1)),
        qPrintable(designer->problems().join(u'\n')));
    QVERIFY(!designer->saveButton()->isEnabled());
    QVERIFY(!designer->generalPage()
                 ->tagsModel()
                 ->data(designer->generalPage()->tagsModel()->index(row, 0),
                        models::TagsModel::ValidRole)
                 .toBool());
    QVERIFY(document->setTag(row, s("env"), s("x"))); // a key twice
    QVERIFY(designer->problems().join(u'\n').contains(s("already used by another tag")));
    QVERIFY(document->setTag(row, s("fresh"), s("x")));
    QVERIFY(designer->problems().isEmpty());
    QVERIFY(designer->saveButton()->isEnabled());
    views::prompts::setNextAnswer(true);
    document->undoStack()->setClean(); // leave without the question
    designer->reject();
}

void TestDesignerTags::tagsInJsonAndExport()
{
    models::ObjectTypeDocument document;
    schema::ObjectTypeDefinition d =
        schema::ObjectTypeDefinition::fromJson(typeInput(s("T"), s("k"), s("STRING")));
    document.load(d, false, QJsonObject{{s("a"), s("1")}});
    QCOMPARE(document.toJsonObject().value(s("Tags")).toObject(), (QJsonObject{{s("a"), s("1")}}));
    QJsonObject request = document.toJsonObject();
    request.insert(s("Tags"), QJsonObject{{s("a"), s("2")}, {s("b"), s("3")}});
    QString problem;
    QVERIFY2(document.fromJson(QJsonDocument(request).toJson(), &problem), qPrintable(problem));
    QCOMPARE(document.tags(), (TagList{{s("a"), s("2")}, {s("b"), s("3")}}));
    document.undoStack()->undo();
    QCOMPARE(document.tags(), (TagList{{s("a"), s("1")}}));
    request.insert(s("Tags"), QJsonObject{{s("a"), 5}}); // not a string
    QVERIFY(!document.fromJson(QJsonDocument(request).toJson(), &problem));
    QVERIFY(problem.contains(s("\"Tags\"")));

    // Export writes them, import brings them back.
    views::ObjectTypeDesigner designer;
    designer.load(d, false, QJsonObject{{s("team"), s("web")}});
    QTemporaryDir dir;
    const QString path = dir.filePath(s("t.json"));
    QVERIFY(designer.exportTo(path));
    QVERIFY(designer.document()->setTags({}));
    QVERIFY(designer.importFrom(path));
    QCOMPARE(designer.document()->tags(), (TagList{{s("team"), s("web")}}));
}

void TestDesignerTags::unknownKeptTemplateBlocksSave()
{
    views::ObjectTypeDesigner *designer = openNew();
    QVERIFY(designer);
    QTRY_VERIFY_WITH_TIMEOUT(designer->templatePicker()->count() > 0, 20000);
    const QString known = designer->templatePicker()->itemText(0);
    models::ObjectTypeDocument *document = designer->document();
    QVERIFY(document->setName(s("FromTemplate")));
    QVERIFY(document->setDescription(s("Kept template")));
    QVERIFY(document->setTemplateId(s("No-Such-Template")));
    const QString reason = s("Template No-Such-Template does not exist: choose one of the list, or "
                             "clear the template on the General tab.");
    QVERIFY2(designer->problems().contains(reason), qPrintable(designer->problems().join(u'\n')));
    QVERIFY(!designer->saveButton()->isEnabled());
    QVERIFY(!designer->save());
    QVERIFY(document->setTemplateId(known));
    QVERIFY2(designer->problems().isEmpty(), qPrintable(designer->problems().join(u'\n')));
    QVERIFY(document->setTemplateId(s("No-Such-Template")));
    auto *clear = designer->generalPage()->findChild<QPushButton *>(s("clearTemplateButton"));
    QVERIFY(clear && clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(document->general().templateId, std::nullopt);
    QVERIFY(!designer->problems().contains(reason));
    views::prompts::setNextAnswer(true);
    designer->reject();
}

void TestDesignerTags::keyWarningReadsEveryPage()
{
    // Three more types; the last, on a page of its own, uses "email" for NUMBER values.
    for (const char *name : {"Alpha", "Beta", "Zulu"})
        QVERIFY(testing::succeeded(m_client->ok(
            s("PutProfileObjectType"),
            typeInput(s(name), s(name) == s("Zulu") ? s("email") : s("other"), s("NUMBER")))));
    m_window->objectTypes()->setListPageSize(1);
    const int listsBefore =
        testing::countOperation(m_window->requestLog(), s("ListProfileObjectTypes"));
    views::ObjectTypeDesigner *designer = openNew();
    QVERIFY(designer);
    QTRY_VERIFY_WITH_TIMEOUT(
        testing::countOperation(m_window->requestLog(), s("ListProfileObjectTypes")) >=
            listsBefore + 4,
        20000);
    designer->load(schema::ObjectTypeDefinition::fromJson(
                       typeInput(s("Mine"), s("email"), s("EMAIL_ADDRESS"))),
                   false);
    models::KeysModel *keys = designer->keysPage()->model();
    int row = -1;
    for (int i = 0; i < designer->document()->keyCount(); ++i)
        if (designer->document()->key(i).name == s("email"))
            row = i;
    QVERIFY(row >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(keys->warning(row).contains(s("object type \"Zulu\"")), 20000);
    views::prompts::setNextAnswer(true);
    designer->reject();
}

QTEST_MAIN(TestDesignerTags)
#include "tst_designer_tags.moc"
