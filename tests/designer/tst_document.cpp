// ObjectTypeDocument: undo and redo of every kind of edit, the dirty marker, merged typing,
// rename propagation, moves, and the PutProfileObjectType JSON (round trips, errors).

#include "designerfixture.h"
#include "templatecatalogue.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUndoStack>
#include <functional>

using namespace cp::designertest;
using cp::models::FieldRow;
using cp::models::KeyRow;
using Part = ObjectTypeDocument::FieldPart;
using Table = ObjectTypeDocument::Table;

class DocumentTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadIsClean();
    void undoRedoEveryEdit();
    void renamePropagatesToKeys();
    void renameOfADuplicateKeepsKeys();
    void typingMergesIntoOneStep();
    void typingDoesNotMergeAcrossCellsOrSave();
    void storedNameIsFixed();
    void moveRows();
    void duplicateAndAddPickFreeNames();
    void problemsBlockSave();
    void jsonRoundTripEveryTemplate();
    void jsonRoundTripHandMade();
    void jsonProblemSaysWhere_data();
    void jsonProblemSaysWhere();
    void fromJsonRefusesWhatItCannotHold();
};

void DocumentTest::loadIsClean()
{
    ObjectTypeDocument doc;
    QSignalSpy dirty(&doc, &ObjectTypeDocument::dirtyChanged);
    doc.load(contactType());
    QVERIFY(!doc.isDirty());
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(doc.definition().toJson(), contactType().toJson());
    QCOMPARE(doc.fieldNames(), (QStringList{s("email"), s("first"), s("id")}));
    QCOMPARE(doc.keyCount(), 2);
    QVERIFY(doc.setDescription(s("x")));
    QCOMPARE(dirty.size(), 1);
    QCOMPARE(dirty.last().at(0).toBool(), true);
    doc.load(contactType());
    QVERIFY(!doc.isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), false);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void DocumentTest::undoRedoEveryEdit()
{
    using Edit = std::function<bool(ObjectTypeDocument &)>;
    const QList<QPair<const char *, Edit>> edits = {
        {"name", [](ObjectTypeDocument &d) { return d.setName(s("Person")); }},
        {"description", [](ObjectTypeDocument &d) { return d.setDescription(s("People")); }},
        {"template",
         [](ObjectTypeDocument &d) { return d.setTemplateId(s("Salesforce-Contact")); }},
        {"expiration", [](ObjectTypeDocument &d) { return d.setExpirationDays(30); }},
        {"encryption",
         [](ObjectTypeDocument &d) { return d.setEncryptionKey(s("arn:aws:kms:k")); }},
        {"allow creation", [](ObjectTypeDocument &d) { return d.setAllowProfileCreation(false); }},
        {"allow unset", [](ObjectTypeDocument &d) { return d.setAllowProfileCreation({}); }},
        {"timestamp",
         [](ObjectTypeDocument &d) { return d.setSourceLastUpdatedTimestampFormat(s("epoch")); }},
        {"add field", [](ObjectTypeDocument &d) { return d.addField() == 3; }},
        {"insert fields",
         [](ObjectTypeDocument &d) {
             return d.insertFields(1, {FieldRow{s("a"), {s("_source.a"), {}, {}}},
                                       FieldRow{s("b"), {s("_source.b"), {}, {}}}});
         }},
        {"remove field", [](ObjectTypeDocument &d) { return d.removeFields(0, 2); }},
        {"duplicate field", [](ObjectTypeDocument &d) { return d.duplicateField(1) == 2; }},
        {"move field", [](ObjectTypeDocument &d) { return d.moveRows(Table::Fields, 0, 1, 3); }},
        {"field name",
         [](ObjectTypeDocument &d) { return d.setFieldValue(0, Part::Name, s("mail")); }},
        {"field source",
         [](ObjectTypeDocument &d) {
             return d.setFieldValue(1, Part::Source, s("{{_source.a}} {{_source.b}}"));
         }},
        {"field target",
         [](ObjectTypeDocument &d) {
             return d.setFieldValue(2, Part::Target, s("_profile.AccountNumber"));
         }},
        {"field type",
         [](ObjectTypeDocument &d) { return d.setFieldValue(2, Part::ContentType, s("NUMBER")); }},
        {"add key", [](ObjectTypeDocument &d) { return d.addKey() == 2; }},
        {"remove key", [](ObjectTypeDocument &d) { return d.removeKeys(1); }},
        {"move key", [](ObjectTypeDocument &d) { return d.moveRows(Table::Keys, 1, 1, 0); }},
        {"key name", [](ObjectTypeDocument &d) { return d.setKeyName(0, s("_mail")); }},
        {"toggle identifier",
         [](ObjectTypeDocument &d) { return d.toggleKeyIdentifier(0, s("SECONDARY")); }},
        {"untoggle identifier",
         [](ObjectTypeDocument &d) { return d.toggleKeyIdentifier(0, s("PROFILE")); }},
        {"identifiers",
         [](ObjectTypeDocument &d) { return d.setKeyIdentifiers(0, {s("LOOKUP_ONLY")}); }},
        {"key fields",
         [](ObjectTypeDocument &d) {
             return d.setKeyFieldNames(0, {s("email"), s("id")});
         }},
        {"json",
         [](ObjectTypeDocument &d) {
             QJsonObject o = d.toJsonObject();
             o.insert(s("Description"), s("from JSON"));
             o.insert(s("Tags"), QJsonObject{{s("team"), s("crm")}});
             return d.fromJson(json(o));
         }},
    };
    for (const auto &[label, edit] : edits) {
        ObjectTypeDocument doc;
        doc.load(contactType());
        const DocumentState before = doc.state();
        QVERIFY2(edit(doc), label);
        QVERIFY2(doc.isDirty(), label);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY2(!doc.undoStack()->undoText().isEmpty(), label);
        QVERIFY2(!sameState(doc.state(), before), label);
        const DocumentState after = doc.state();
        doc.undoStack()->undo();
        QVERIFY2(sameState(doc.state(), before), label);
        QVERIFY2(!doc.isDirty(), label);
        doc.undoStack()->redo();
        QVERIFY2(sameState(doc.state(), after), label);
        QVERIFY2(doc.isDirty(), label);
    }
    // An edit that changes nothing records nothing.
    ObjectTypeDocument doc;
    doc.load(contactType());
    QVERIFY(!doc.setDescription(contactType().description));
    QVERIFY(!doc.setFieldValue(0, Part::Source, s("_source.email")));
    QVERIFY(!doc.setKeyName(0, s("_email")));
    QVERIFY(!doc.setAllowProfileCreation(true));
    QVERIFY(!doc.removeFields(2, 2));
    QVERIFY(!doc.insertKeys(5, {KeyRow{}}));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void DocumentTest::renamePropagatesToKeys()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    QVERIFY(doc.addKey(s("both"), KeyDefinition{{s("PROFILE")}, {s("id"), s("email")}}) == 2);
    const int steps = doc.undoStack()->count();
    QVERIFY(doc.setFieldValue(0, Part::Name, s("mail")));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.key(0).key.fieldNames, QStringList{s("mail")});
    QCOMPARE(doc.key(2).key.fieldNames, (QStringList{s("id"), s("mail")}));
    QCOMPARE(doc.key(1).key.fieldNames, QStringList{s("id")});
    QVERIFY(doc.problems().isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(doc.field(0).name, s("email"));
    QCOMPARE(doc.key(0).key.fieldNames, QStringList{s("email")});
    QCOMPARE(doc.key(2).key.fieldNames, (QStringList{s("id"), s("email")}));
    doc.undoStack()->redo();
    QCOMPARE(doc.key(2).key.fieldNames, (QStringList{s("id"), s("mail")}));
}

void DocumentTest::renameOfADuplicateKeepsKeys()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    QCOMPARE(doc.addField(s("email"), {s("_source.other"), {}, {}}), 3);
    // Two fields are named "email": renaming one leaves the keys on the other.
    QVERIFY(doc.setFieldValue(3, Part::Name, s("other")));
    QCOMPARE(doc.key(0).key.fieldNames, QStringList{s("email")});
}

void DocumentTest::typingMergesIntoOneStep()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    for (const char *text : {"P", "Pe", "Peo", "Peop", "People"})
        QVERIFY(doc.setDescription(s(text)));
    QCOMPARE(doc.undoStack()->count(), 1);
    for (const char *text : {"_source.e", "_source.em", "_source.ema"})
        QVERIFY(doc.setFieldValue(0, Part::Source, s(text)));
    QCOMPARE(doc.undoStack()->count(), 2);
    for (const char *text : {"m", "ma", "mai", "mail"})
        QVERIFY(doc.setFieldValue(0, Part::Name, s(text)));
    QCOMPARE(doc.undoStack()->count(), 3);
    QCOMPARE(doc.key(0).key.fieldNames, QStringList{s("mail")});
    for (const char *text : {"k", "ke", "key"})
        QVERIFY(doc.setKeyName(0, s(text)));
    QCOMPARE(doc.undoStack()->count(), 4);
    doc.undoStack()->undo();
    QCOMPARE(doc.key(0).name, s("_email"));
    doc.undoStack()->undo();
    QCOMPARE(doc.field(0).name, s("email"));
    QCOMPARE(doc.key(0).key.fieldNames, QStringList{s("email")});
    doc.undoStack()->undo();
    QCOMPARE(doc.field(0).field.source, s("_source.email"));
    doc.undoStack()->undo();
    QCOMPARE(doc.general().description, s("A contact of the CRM"));
    QVERIFY(!doc.isDirty());

    // Typing back to where it started leaves no step and a clean document.
    QVERIFY(doc.setName(s("Contacts")));
    QVERIFY(doc.setName(s("Contact")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isDirty());
}

void DocumentTest::typingDoesNotMergeAcrossCellsOrSave()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    QVERIFY(doc.setFieldValue(0, Part::Source, s("_source.a")));
    QVERIFY(doc.setFieldValue(1, Part::Source, s("_source.b")));
    QVERIFY(doc.setFieldValue(1, Part::Target, s("_profile.LastName")));
    QVERIFY(doc.setFieldValue(1, Part::ContentType, s("STRING")));
    QVERIFY(doc.setFieldValue(1, Part::ContentType, s("NUMBER"))); // choices do not merge
    QVERIFY(doc.setExpirationDays(5));
    QVERIFY(doc.setExpirationDays(6));
    QVERIFY(doc.setKeyIdentifiers(0, {s("PROFILE"), s("SECONDARY")}));
    QVERIFY(doc.setKeyIdentifiers(0, {s("SECONDARY")}));
    QCOMPARE(doc.undoStack()->count(), 9);
    // After a save, typing starts a new step so that undo returns to the saved text.
    QVERIFY(doc.setDescription(s("A")));
    doc.markSaved();
    QVERIFY(!doc.isDirty());
    QVERIFY(doc.setDescription(s("AB")));
    QCOMPARE(doc.undoStack()->count(), 11);
    doc.undoStack()->undo();
    QCOMPARE(doc.general().description, s("A"));
    QVERIFY(!doc.isDirty());
}

void DocumentTest::storedNameIsFixed()
{
    ObjectTypeDocument doc;
    doc.load(contactType(), true);
    QVERIFY(doc.isStored());
    QVERIFY(!doc.setName(s("Other")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QJsonObject o = doc.toJsonObject();
    o.insert(s("ObjectTypeName"), s("Other"));
    QString problem;
    QVERIFY(!doc.fromJson(json(o), &problem));
    QCOMPARE(problem, s("The object type is saved as \"Contact\": its name cannot change."));

    ObjectTypeDocument fresh;
    fresh.load(contactType());
    QVERIFY(fresh.setName(s("Other")));
    fresh.markSaved();
    QVERIFY(!fresh.setName(s("Third")));
}

void DocumentTest::moveRows()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    QVERIFY(doc.moveRows(Table::Fields, 0, 1, 3));
    QCOMPARE(doc.fieldNames(), (QStringList{s("first"), s("id"), s("email")}));
    QVERIFY(doc.moveRows(Table::Fields, 1, 2, 0));
    QCOMPARE(doc.undoStack()->undoText(), s("Move 2 field(s)"));
    QCOMPARE(doc.fieldNames(), (QStringList{s("id"), s("email"), s("first")}));
    doc.undoStack()->undo();
    QCOMPARE(doc.fieldNames(), (QStringList{s("first"), s("id"), s("email")}));
    doc.undoStack()->undo();
    QCOMPARE(doc.fieldNames(), (QStringList{s("email"), s("first"), s("id")}));
    // Order is the editor's: the request is the same whatever the order.
    doc.undoStack()->redo();
    QCOMPARE(doc.definition().toJson(), contactType().toJson());
    // Moves onto themselves or out of range are refused.
    QVERIFY(!doc.moveRows(Table::Fields, 0, 1, 0));
    QVERIFY(!doc.moveRows(Table::Fields, 0, 1, 1));
    QVERIFY(!doc.moveRows(Table::Fields, 2, 2, 0));
    QVERIFY(!doc.moveRows(Table::Keys, 0, 1, 3));
    QVERIFY(!doc.moveRows(Table::Keys, -1, 1, 2));
}

void DocumentTest::duplicateAndAddPickFreeNames()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    QCOMPARE(doc.duplicateField(0), 1);
    QCOMPARE(doc.field(1).name, s("email_copy1"));
    QCOMPARE(doc.field(1).field.target, s("_profile.EmailAddress"));
    QCOMPARE(doc.duplicateField(0), 1);
    QCOMPARE(doc.field(1).name, s("email_copy2"));
    QCOMPARE(doc.addField(), 5);
    QCOMPARE(doc.field(5).name, s("field1"));
    QCOMPARE(doc.field(5).field.source, s("_source.field1"));
    QCOMPARE(doc.field(5).field.contentType, s("STRING"));
    QCOMPARE(doc.addKey(), 2);
    QCOMPARE(doc.key(2).name, s("key1"));
    QCOMPARE(doc.duplicateField(9), -1);
}

void DocumentTest::problemsBlockSave()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    QVERIFY(doc.problems().isEmpty());
    doc.setName(s("_Contact"));
    doc.setFieldValue(1, Part::Name, s("first name"));
    doc.setKeyIdentifiers(0, {s("PROFILE"), s("UNIQUE"), s("BOGUS")});
    QStringList found = messages(doc.problems());
    QVERIFY2(found.contains(s("The name cannot start with \"_\": that is kept for the service's "
                              "own object types.")),
             qPrintable(found.join(u'\n')));
    QVERIFY(found.contains(
        s("Field name \"first name\" may contain only letters, digits, \".\", \"-\" and "
          "\"_\".")));
    QVERIFY(found.contains(s("Only one key can be UNIQUE, and 2 keys are.")));
    QCOMPARE(found.removeDuplicates(), qsizetype(0));
    doc.undoStack()->setIndex(0);
    QVERIFY(doc.problems().isEmpty());
    doc.removeKeys(0, 2);
    QVERIFY(messages(doc.problems()).contains(s("The object type needs at least one key.")));
}

static QJsonObject requestFromTemplate(const QJsonObject &t)
{
    QJsonObject request = t;
    request.remove(s("SourceName"));
    request.remove(s("SourceObject"));
    request.insert(s("ObjectTypeName"), t.value(s("TemplateId")).toString());
    request.insert(s("Description"), QString(t.value(s("SourceName")).toString() + u' ' +
                                             t.value(s("SourceObject")).toString()));
    return request;
}

void DocumentTest::jsonRoundTripEveryTemplate()
{
    const QList<QJsonObject> templates = cp::emulator::TemplateCatalogue::instance().all();
    QVERIFY(templates.size() >= 10);
    for (const QJsonObject &t : templates) {
        const QString id = t.value(s("TemplateId")).toString();
        const QJsonObject request = requestFromTemplate(t);
        ObjectTypeDocument doc;
        QString problem;
        QVERIFY2(doc.fromJson(json(request), &problem), qPrintable(id + u": " + problem));
        QCOMPARE(doc.toJsonObject(), request);
        QVERIFY2(doc.problems().isEmpty(),
                 qPrintable(id + u": " + messages(doc.problems()).join(u' ')));
        // Through the text and into a fresh document, and from a loaded definition.
        ObjectTypeDocument again;
        QVERIFY(again.fromJson(doc.toJson()));
        QCOMPARE(again.toJsonObject(), request);
        again.load(doc.definition());
        QCOMPARE(again.toJsonObject(), request);
        // Undoing the JSON edit returns to the empty document.
        doc.undoStack()->undo();
        QCOMPARE(doc.fieldCount(), 0);
        QVERIFY(!doc.isDirty());
    }
}

void DocumentTest::jsonRoundTripHandMade()
{
    const QJsonObject request{
        {s("ObjectTypeName"), s("Loyalty")},
        {s("Description"), s("Loyalty cards, with a multi-key and tags")},
        {s("ExpirationDays"), 365},
        {s("EncryptionKey"), s("arn:aws:kms:eu-west-1:111122223333:key/abc")},
        {s("AllowProfileCreation"), false},
        {s("SourceLastUpdatedTimestampFormat"), s("yyyy-MM-dd")},
        {s("Tags"), QJsonObject{{s("team"), s("crm")}}},
        {s("Fields"),
         QJsonObject{{s("card"), QJsonObject{{s("Source"), s("_source.card.number")},
                                             {s("ContentType"), s("NUMBER")}}},
                     {s("name"), QJsonObject{{s("Source"), s("{{_source.first}} {{_source.last}}")},
                                             {s("Target"), s("_profile.Attributes.fullName")}}},
                     {s("city"), QJsonObject{{s("Source"), s("_source.addresses[0].city")},
                                             {s("Target"), s("_profile.BillingAddress.City")},
                                             {s("ContentType"), s("STRING")}}}}},
        {s("Keys"),
         QJsonObject{
             {s("cardId"), QJsonArray{QJsonObject{
                               {s("StandardIdentifiers"), QJsonArray{s("PROFILE"), s("UNIQUE")}},
                               {s("FieldNames"), QJsonArray{s("card")}}}}},
             {s("multi"),
              QJsonArray{QJsonObject{{s("StandardIdentifiers"), QJsonArray{s("ASSET")}},
                                     {s("FieldNames"), QJsonArray{s("card"), s("city")}}},
                         QJsonObject{{s("FieldNames"), QJsonArray{s("name")}}}}}}}};
    ObjectTypeDocument doc;
    QString problem;
    QVERIFY2(doc.fromJson(json(request), &problem), qPrintable(problem));
    QCOMPARE(doc.toJsonObject(), request);
    QCOMPARE(doc.keyCount(), 3);
    QVERIFY(doc.state().extra.isEmpty());
    QCOMPARE(doc.state().tags, (cp::models::TagList{{s("team"), s("crm")}}));
    QVERIFY2(doc.problems().isEmpty(), qPrintable(messages(doc.problems()).join(u' ')));
    // Edit through the forms, then back to JSON: the edit is there, the rest unchanged.
    QVERIFY(doc.setFieldValue(0, Part::Name, s("cardNumber")));
    QJsonObject expected = request;
    QJsonObject fields = expected.value(s("Fields")).toObject();
    fields.insert(s("cardNumber"), fields.take(s("card")));
    expected.insert(s("Fields"), fields);
    expected.insert(
        s("Keys"),
        QJsonDocument::fromJson(
            json(request.value(s("Keys")).toObject()).replace("\"card\"", "\"cardNumber\""))
            .object());
    QCOMPARE(doc.toJsonObject(), expected);
    // Compact text works too; the same JSON again is no new step.
    const int steps = doc.undoStack()->count();
    QVERIFY(doc.fromJson(doc.toJson(QJsonDocument::Compact)));
    QCOMPARE(doc.undoStack()->count(), steps);
}

void DocumentTest::jsonProblemSaysWhere_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing colon") << QByteArray("{\n  \"a\": 1,\n  \"b\" 2\n}")
                                   << s("Line 3, column 8: missing name separator");
    QTest::newRow("unterminated") << QByteArray("{\"ObjectTypeName\": \"x")
                                  << s("Line 1, column 22: unterminated string");
    // Columns count characters, not UTF-8 bytes: "é" is one column like "e".
    QTest::newRow("ascii twin") << QByteArray("{\n\"e\": tru }")
                                << s("Line 2, column 10: illegal value");
    QTest::newRow("after accents")
        << QByteArray("{\n\"é\": tru }") << s("Line 2, column 10: illegal value");
    QTest::newRow("empty") << QByteArray() << s("Line 1, column 1: illegal value");
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << s("The JSON must be an object: the PutProfileObjectType request.");
    QTest::newRow("valid") << QByteArray("{}") << QString();
}

void DocumentTest::jsonProblemSaysWhere()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QCOMPARE(ObjectTypeDocument::jsonProblem(text), message);
    ObjectTypeDocument doc;
    doc.load(contactType());
    QString problem;
    QCOMPARE(doc.fromJson(text, &problem), message.isEmpty());
    QCOMPARE(problem, message);
}

void DocumentTest::fromJsonRefusesWhatItCannotHold()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    const QByteArray before = doc.toJson();
    QString problem;
    QVERIFY(!doc.fromJson("{\"ObjectTypeName\": \"Contact\", \"Fields\": []}", &problem));
    QCOMPARE(problem, s("\"Fields\" does not have the form PutProfileObjectType expects: check its "
                        "members and their types."));
    QVERIFY(!doc.fromJson("{\"ObjectTypeName\": 5}", &problem));
    QCOMPARE(problem, s("\"ObjectTypeName\" does not have the form PutProfileObjectType expects: "
                        "check its members and their types."));
    QCOMPARE(doc.toJson(), before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

int runDocumentTests(int argc, char **argv)
{
    DocumentTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_document.moc"
