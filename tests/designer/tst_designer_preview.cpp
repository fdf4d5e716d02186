// The designer's Preview tab against an in-memory local endpoint: a sample that matches an
// existing profile, one that creates a profile, refusals (no UNIQUE value, no profile creation),
// a replacement, a key value held by two profiles; the preview writes nothing and only reads;
// invalid sample JSON says where; editing the draft changes the preview; a new preview, Cancel
// and closing the dialog cancel the lookups; a new type's keys the domain does not know; a
// service error shown in the page. The tree model runs under QAbstractItemModelTester.

#include "../console/guifixture.h"
#include "designerpreviewpage.h"
#include "ingestionpreview.h"
#include "ingestionpreviewmodel.h"
#include "objecttypedesigner.h"
#include "objecttypedocument.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace cp;
using models::IngestionPreview;
using models::IngestionPreviewModel;

namespace {

const QString kDomain = QStringLiteral("preview");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// id (UNIQUE), an e-mail address and a phone number (PROFILE keys), a first name.
schema::ObjectTypeDefinition ticketType()
{
    schema::ObjectTypeDefinition d;
    d.name = s("Ticket");
    d.description = s("Support tickets");
    d.allowProfileCreation = true;
    d.fields.insert(s("id"), {s("_source.id"), QString(), s("STRING")});
    d.fields.insert(s("email"),
                    {s("_source.email"), s("_profile.EmailAddress"), s("EMAIL_ADDRESS")});
    d.fields.insert(s("phone"), {s("_source.phone"), s("_profile.PhoneNumber"), s("PHONE_NUMBER")});
    d.fields.insert(s("first"), {s("_source.name.first"), s("_profile.FirstName"), s("NAME")});
    d.keys.insert(s("ticketId"), {schema::KeyDefinition{{s("UNIQUE")}, {s("id")}}});
    d.keys.insert(s("_email"), {schema::KeyDefinition{{s("PROFILE")}, {s("email")}}});
    d.keys.insert(s("_phone"), {schema::KeyDefinition{{s("PROFILE")}, {s("phone")}}});
    return d;
}

} // namespace

class TestDesignerPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void matchesAnExistingProfile();
    void createsAProfile();
    void refusedWithoutUniqueValue();
    void refusedWithoutProfileCreation();
    void replacesTheStoredObject();
    void passesOverAnAmbiguousKey();
    void writesNothingAndOnlyReads();
    void invalidSampleSaysWhere();
    void editingTheDraftChangesThePreview();
    void cancelling();
    void newTypeKeysUnknownToTheDomain();
    void serviceErrorShownInThePage();
    void loadSampleFromAFile();
    void keptTemplateSaysWhyNothingMaps();
    void previewWithTheKeyboard();
    void screenshot();

private:
    // Previews `sample` and waits for the decision; false when it did not come.
    bool preview(const QString &sample);
    QJsonObject stats();

    std::unique_ptr<emulator::LocalEndpoint> m_endpoint;
    std::unique_ptr<testing::TestClient> m_client;
    std::unique_ptr<views::ObjectTypeDesigner> m_designer;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    views::DesignerPreviewPage *m_page = nullptr;
    QString m_ann;
    QStringList m_twins;
};

void TestDesignerPreview::initTestCase()
{
    testing::isolateSettings();
    m_endpoint = testing::startEndpoint();
    QVERIFY(m_endpoint);
    m_client = std::make_unique<testing::TestClient>(m_endpoint->url());
    QVERIFY(
        testing::succeeded(m_client->ok(s("CreateDomain"), testing::createDomainInput(kDomain))));
    QJsonObject type = ticketType().toJson();
    type.insert(s("DomainName"), kDomain);
    QVERIFY(testing::succeeded(m_client->ok(s("PutProfileObjectType"), type)));
    // Ann's ticket t1 made her profile; two profiles share a phone number.
    QVERIFY(testing::succeeded(m_client->ok(
        s("PutProfileObject"),
        {{s("DomainName"), kDomain},
         {s("ObjectTypeName"), s("Ticket")},
         {s("Object"),
          s(R"({"id": "t1", "email": "ann@example.com", "name": {"first": "Ann"}})")}})));
    const auto search = [this](const QString &key, const QString &value) {
        QStringList ids;
        const QJsonObject r = m_client->ok(
            s("SearchProfiles"),
            {{s("DomainName"), kDomain}, {s("KeyName"), key}, {s("Values"), QJsonArray{value}}});
        for (const QJsonValue &item : r.value(s("Items")).toArray())
            ids.append(item.toObject().value(s("ProfileId")).toString());
        return ids;
    };
    m_ann = search(s("_email"), s("ann@example.com")).value(0);
    QVERIFY(!m_ann.isEmpty());
    for (int i = 0; i < 2; ++i) {
        const QJsonObject created = m_client->ok(
            s("CreateProfile"), {{s("DomainName"), kDomain}, {s("FirstName"), s("Twin")}});
        const QString id = created.value(s("ProfileId")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(testing::succeeded(
            m_client->ok(s("AddProfileKey"), {{s("DomainName"), kDomain},
                                              {s("ProfileId"), id},
                                              {s("KeyName"), s("_phone")},
                                              {s("Values"), QJsonArray{s("+15550002222")}}})));
        m_twins.append(id);
    }
    QCOMPARE(search(s("_phone"), s("+15550002222")).size(), 2);
}

void TestDesignerPreview::init()
{
    m_designer = std::make_unique<views::ObjectTypeDesigner>();
    m_designer->load(ticketType(), true);
    m_designer->setPreviewClient(m_client->client, kDomain);
    m_page = m_designer->previewPage();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_designer->tabs()->setCurrentWidget(m_page);
    m_designer->show();
}

void TestDesignerPreview::cleanup()
{
    m_tester.reset();
    m_designer.reset();
}

bool TestDesignerPreview::preview(const QString &sample)
{
    m_page->setSampleText(sample);
    QSignalSpy finished(m_page->preview(), &IngestionPreview::finished);
    if (!m_page->runPreview())
        return false;
    return !finished.isEmpty() || finished.wait(20000);
}

QJsonObject TestDesignerPreview::stats()
{
    return m_client->ok(s("GetDomain"), {{s("DomainName"), kDomain}}).value(s("Stats")).toObject();
}

void TestDesignerPreview::matchesAnExistingProfile()
{
    QVERIFY(preview(s(R"({"id": "t9", "email": "  ANN@Example.com ", "name": {"first": "Ann"}})")));
    IngestionPreviewModel *model = m_page->model();
    QCOMPARE(model->decisionName(), s("Match"));
    QCOMPARE(model->text(IngestionPreviewModel::DecisionSection, s("Profile")), m_ann);
    QCOMPARE(model->text(IngestionPreviewModel::DecisionSection, s("Matched by")), s("_email"));
    QVERIFY(m_page->decisionText().contains(m_ann));
    QVERIFY(m_page->decisionText().contains(s("Matches profile")));
    // Each field's value, the profile fields, the key values with identifiers and normalized.
    QCOMPARE(model->text(IngestionPreviewModel::FieldsSection, s("email")),
             s("  ANN@Example.com "));
    QCOMPARE(model->text(IngestionPreviewModel::FieldsSection, s("phone")), s("no value"));
    QCOMPARE(model->text(IngestionPreviewModel::ProfileSection, s("FirstName")), s("Ann"));
    QCOMPARE(model->text(IngestionPreviewModel::KeysSection, s("ticketId")), s("t9"));
    const QString emailKey = model->text(IngestionPreviewModel::KeysSection, s("_email"),
                                         IngestionPreviewModel::Details);
    QVERIFY2(emailKey.contains(s("PROFILE")) && emailKey.contains(s("normalized: ann@example.com")),
             qPrintable(emailKey));
    QCOMPARE(model
                 ->text(IngestionPreviewModel::KeysSection, s("ticketId"),
                        IngestionPreviewModel::Details)
                 .left(6),
             s("UNIQUE"));
    // The decision on the section header, the tree expanded.
    const QModelIndex decision = model->index(IngestionPreviewModel::DecisionSection, 0);
    QCOMPARE(decision.data(IngestionPreviewModel::DecisionRole).toInt(),
             int(schema::IngestionPlan::Decision::Match));
    QVERIFY(m_page->view()->isExpanded(decision));
}

void TestDesignerPreview::createsAProfile()
{
    QVERIFY(preview(s(R"({"id": "t10", "email": "new@example.com"})")));
    QCOMPARE(m_page->model()->decisionName(), s("Create"));
    QVERIFY(m_page->model()->text(IngestionPreviewModel::DecisionSection, s("Profile")).isEmpty());
    QVERIFY2(m_page->decisionText().contains(s("a profile would be created")),
             qPrintable(m_page->decisionText()));
    QCOMPARE(m_page->model()->text(IngestionPreviewModel::DecisionSection, s("Keys stored")),
             s("_email, ticketId"));
}

void TestDesignerPreview::refusedWithoutUniqueValue()
{
    QVERIFY(preview(s(R"({"email": "ann@example.com"})")));
    QCOMPARE(m_page->model()->decisionName(), s("Refuse"));
    const QString why =
        m_page->model()->text(IngestionPreviewModel::DecisionSection, s("Refused because"));
    QVERIFY2(why.contains(s("ticketId")), qPrintable(why));
    QVERIFY(m_page->decisionText().contains(s("Refused: ")));
}

void TestDesignerPreview::refusedWithoutProfileCreation()
{
    QVERIFY(m_designer->document()->setAllowProfileCreation(false));
    QVERIFY(preview(s(R"({"id": "t11", "email": "nobody@example.com"})")));
    QCOMPARE(m_page->model()->decisionName(), s("Refuse"));
    QVERIFY2(m_page->decisionText().contains(s("AllowProfileCreation is false")),
             qPrintable(m_page->decisionText()));
}

void TestDesignerPreview::replacesTheStoredObject()
{
    QVERIFY(preview(s(R"({"id": "t1", "email": "someone.else@example.com"})")));
    QCOMPARE(m_page->model()->decisionName(), s("Replace"));
    QCOMPARE(m_page->model()->text(IngestionPreviewModel::DecisionSection, s("Profile")), m_ann);
    QVERIFY(m_page->decisionText().contains(s("it is replaced")));
}

void TestDesignerPreview::passesOverAnAmbiguousKey()
{
    QVERIFY(preview(s(R"({"id": "t12", "phone": "+1 (555) 000-2222"})")));
    IngestionPreviewModel *model = m_page->model();
    QCOMPARE(model->decisionName(), s("Create"));
    QCOMPARE(model->text(IngestionPreviewModel::DecisionSection, s("Passed over")), s("_phone"));
    QVERIFY(
        model->text(IngestionPreviewModel::KeysSection, s("_phone"), IngestionPreviewModel::Details)
            .contains(s("normalized: +15550002222")));
    QVERIFY(m_page->decisionText().contains(s("held by several profiles")));
    // With a PROFILE key that names one profile as well, that one decides.
    QVERIFY(preview(s(R"({"id": "t13", "phone": "+15550002222", "email": "ann@example.com"})")));
    QCOMPARE(model->decisionName(), s("Match"));
    QCOMPARE(model->text(IngestionPreviewModel::DecisionSection, s("Profile")), m_ann);
}

void TestDesignerPreview::writesNothingAndOnlyReads()
{
    const QJsonObject before = stats();
    QVERIFY(before.value(s("ProfileCount")).toInt() >= 3);
    QSignalSpy logged(m_client->transport, &client::Transport::requestLogged);
    for (const char *sample : {R"({"id": "w1", "email": "fresh@example.com"})",
                               R"({"id": "t1", "email": "ann@example.com"})",
                               R"({"id": "w2", "phone": "+15550002222"})"})
        QVERIFY(preview(s(sample)));
    QVERIFY(logged.size() >= 5);
    for (const QList<QVariant> &entry : std::as_const(logged)) {
        const QString operation = entry.at(0).value<client::RequestLogEntry>().operation;
        QVERIFY2(operation == s("SearchProfiles") || operation == s("ListProfileObjects"),
                 qPrintable(operation));
    }
    const QJsonObject after = stats();
    QCOMPARE(after.value(s("ProfileCount")), before.value(s("ProfileCount")));
    QCOMPARE(after.value(s("ObjectCount")), before.value(s("ObjectCount")));
}

void TestDesignerPreview::invalidSampleSaysWhere()
{
    m_page->setSampleText(s("{\n  \"id\": \"t1\",\n  \"email\" \"ann@example.com\"\n}"));
    QVERIFY2(m_page->sampleProblem().startsWith(s("Line 3, column 12: ")), // as typed
             qPrintable(m_page->sampleProblem()));
    QVERIFY(!m_page->runPreview());
    QVERIFY2(m_page->sampleProblem().startsWith(s("Line 3, column 12: ")),
             qPrintable(m_page->sampleProblem()));
    QVERIFY(m_page->findChild<QWidget *>(s("previewSampleProblem"))->isVisible());
    QCOMPARE(m_page->preview()->state(), IngestionPreview::State::Idle);
    m_page->setSampleText(s("[1, 2]"));
    QVERIFY(!m_page->runPreview());
    QCOMPARE(m_page->sampleProblem(), s("The sample must be a JSON object: { ... }."));
    m_page->setSampleText(s("{\"id\": \"t1\"}"));
    QVERIFY(m_page->sampleProblem().isEmpty());
}

void TestDesignerPreview::editingTheDraftChangesThePreview()
{
    models::ObjectTypeDocument *document = m_designer->document();
    QVERIFY(preview(s(R"({"id": "t20", "mail": "ann@example.com", "email": "x@example.com"})")));
    QCOMPARE(m_page->model()->decisionName(), s("Create"));
    // The draft reads the address from "mail" now: the preview follows, without a click.
    const int row = document->fieldNames().indexOf(s("email"));
    QVERIFY(row >= 0);
    QSignalSpy finished(m_page->preview(), &IngestionPreview::finished);
    QVERIFY(document->setFieldValue(row, models::ObjectTypeDocument::FieldPart::Source,
                                    s("_source.mail")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_page->model()->text(IngestionPreviewModel::FieldsSection, s("email")),
             s("ann@example.com"));
    QCOMPARE(m_page->model()->decisionName(), s("Match"));
    QCOMPARE(m_page->model()->text(IngestionPreviewModel::DecisionSection, s("Profile")), m_ann);
    // A new PROFILE key in the draft, on a field the stored type does not key on.
    const int first = document->fieldNames().indexOf(s("first"));
    QVERIFY(document->setFieldValue(first, models::ObjectTypeDocument::FieldPart::Source,
                                    s("_source.id")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_page->model()->text(IngestionPreviewModel::FieldsSection, s("first")), s("t20"));
    // Undo brings the stored mapping back, and the preview with it.
    document->undoStack()->undo();
    document->undoStack()->undo();
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->decisionName(), s("Create"), 20000);
}

void TestDesignerPreview::cancelling()
{
    IngestionPreview *preview = m_page->preview();
    QSignalSpy finished(preview, &IngestionPreview::finished);
    m_page->setSampleText(s(R"({"id": "c1", "email": "ann@example.com"})"));
    QVERIFY(m_page->runPreview());
    QCOMPARE(preview->state(), IngestionPreview::State::Running);
    QVERIFY(preview->pendingCalls() > 0);
    auto *cancel = m_page->findChild<QPushButton *>(s("previewCancelButton"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(preview->state(), IngestionPreview::State::Cancelled);
    QCOMPARE(preview->pendingCalls(), 0);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(m_page->decisionText(), s("Preview cancelled."));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_page->model()->decisionName().isEmpty());

    // A new preview cancels the one before: only the second one's decision arrives.
    QVERIFY(m_page->runPreview()); // would match Ann
    m_page->setSampleText(s(R"({"id": "c2", "email": "other@example.com"})"));
    QVERIFY(m_page->runPreview());
    QVERIFY(finished.wait(20000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_page->model()->decisionName(), s("Create"));

    // Closing the dialog cancels what runs.
    QVERIFY(m_page->runPreview());
    QCOMPARE(preview->state(), IngestionPreview::State::Running);
    m_designer->reject(); // nothing changed: no question
    QVERIFY(!m_designer->isVisible());
    QCOMPARE(preview->state(), IngestionPreview::State::Cancelled);
    QCOMPARE(preview->pendingCalls(), 0);
}

void TestDesignerPreview::newTypeKeysUnknownToTheDomain()
{
    schema::ObjectTypeDefinition draft = ticketType();
    draft.name = s("Loyalty");
    draft.fields.insert(s("card"), {s("_source.card"), QString(), s("STRING")});
    draft.keys.insert(s("loyaltyCard"), {schema::KeyDefinition{{s("PROFILE")}, {s("card")}}});
    draft.keys.remove(s("ticketId"));
    draft.keys.insert(s("loyaltyId"), {schema::KeyDefinition{{s("UNIQUE")}, {s("id")}}});
    m_designer->load(draft, false);
    QVERIFY(preview(s(R"({"id": "l1", "card": "C-77"})")));
    QCOMPARE(m_page->model()->decisionName(), s("Create"));
    const QString unknown =
        m_page->model()->text(IngestionPreviewModel::DecisionSection, s("Unknown to the domain"));
    QVERIFY2(unknown.contains(s("loyaltyCard")) && unknown.contains(s("loyaltyId")),
             qPrintable(unknown));
    QVERIFY(m_page->statusText().isEmpty());
    // The draft's known keys are still looked up: Ann's address matches her.
    QVERIFY(preview(s(R"({"id": "l2", "card": "C-78", "email": "ann@example.com"})")));
    QCOMPARE(m_page->model()->decisionName(), s("Match"));
}

void TestDesignerPreview::serviceErrorShownInThePage()
{
    m_designer->setPreviewClient(m_client->client, s("no-such-domain"));
    m_page->setSampleText(s(R"({"id": "e1", "email": "ann@example.com"})"));
    QSignalSpy failed(m_page->preview(), &IngestionPreview::failed);
    QVERIFY(m_page->runPreview());
    QVERIFY(failed.wait(20000));
    QCOMPARE(m_page->preview()->state(), IngestionPreview::State::Failed);
    QVERIFY2(m_page->statusText().startsWith(s("The service answered: ")),
             qPrintable(m_page->statusText()));
    QVERIFY(m_page->findChild<QWidget *>(s("previewStatus"))->isVisible());
    QVERIFY(m_page->model()->decisionName().isEmpty());
    QCOMPARE(m_page->preview()->pendingCalls(), 0);
}

void TestDesignerPreview::loadSampleFromAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("sample.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"id": "f1", "email": "ann@example.com"})");
    file.close();
    QVERIFY(m_page->loadSample(path));
    QCOMPARE(m_page->sampleEditor()->toPlainText(),
             s(R"({"id": "f1", "email": "ann@example.com"})"));
    QVERIFY(!m_page->loadSample(dir.filePath(s("missing.json"))));
    QVERIFY(m_page->sampleProblem().startsWith(s("Could not read ")));
}

void TestDesignerPreview::keptTemplateSaysWhyNothingMaps()
{
    schema::ObjectTypeDefinition draft;
    draft.name = s("FromTemplate");
    draft.description = s("Kept template");
    draft.templateId = s("Salesforce-Contact");
    m_designer->load(draft, false);
    QVERIFY(preview(s(R"({"Id": "c1", "Email": "ann@example.com"})")));
    QVERIFY2(m_page->statusText().startsWith(s("Template Salesforce-Contact is kept: ")),
             qPrintable(m_page->statusText()));
    // With fields of its own the note goes.
    m_designer->load(ticketType(), true);
    QVERIFY(preview(s(R"({"id": "t1"})")));
    QVERIFY(m_page->statusText().isEmpty());
}

void TestDesignerPreview::previewWithTheKeyboard()
{
    QApplication::setActiveWindow(m_designer.get());
    QVERIFY(QTest::qWaitForWindowActive(m_designer.get()));
    QPlainTextEdit *editor = m_page->sampleEditor();
    editor->setFocus();
    QTest::keyClicks(editor, s(R"({"id": "k1", "email": "ann@example.com"})"));
    QSignalSpy finished(m_page->preview(), &IngestionPreview::finished);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_page->model()->decisionName(), s("Match"));
    QCOMPARE(editor->toPlainText(), s(R"({"id": "k1", "email": "ann@example.com"})"));
}

// With CP_PREVIEW_SCREENSHOT=FILE.png: the Preview tab with a sample, rendered to FILE.png
// (to look at it; docs/console.md).
void TestDesignerPreview::screenshot()
{
    const QString path = qEnvironmentVariable("CP_PREVIEW_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("CP_PREVIEW_SCREENSHOT is not set");
    // CP_PREVIEW_QM=cpconsole_de.qm: in that language (a new designer, built translated).
    QTranslator translator;
    if (!qEnvironmentVariableIsEmpty("CP_PREVIEW_QM")) {
        QVERIFY(translator.load(qEnvironmentVariable("CP_PREVIEW_QM")));
        QCoreApplication::installTranslator(&translator);
        cleanup();
        init();
    }
    QVERIFY(preview(s("{\n  \"id\": \"t42\",\n  \"email\": \"Ann@Example.com\",\n  \"phone\": "
                      "\"+1 (555) 000-2222\",\n  \"name\": {\"first\": \"Ann\"}\n}")));
    QCOMPARE(m_page->model()->result()->plan.decision, schema::IngestionPlan::Decision::Match);
    QTest::qWait(100);
    QVERIFY(m_designer->grab().save(path));
}

QTEST_MAIN(TestDesignerPreview)
#include "tst_designer_preview.moc"
