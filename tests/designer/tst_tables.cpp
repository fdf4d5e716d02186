// FieldsModel and KeysModel: the item model contract under every kind of edit, undo and redo,
// each rule with the message at its row, the content type warning, and moves.

#include "designerfixture.h"
#include "fieldsmodel.h"
#include "keysmodel.h"
#include "wiremodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QUndoStack>

using namespace cp::designertest;
using cp::models::FieldsModel;
using cp::models::KeysModel;
using Part = ObjectTypeDocument::FieldPart;

class TablesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contractUnderEveryEdit();
    void cellEditsEmitDataChanged();
    void fieldsThroughTheModel();
    void fieldRules_data();
    void fieldRules();
    void keysThroughTheModel();
    void keyRules_data();
    void keyRules();
    void atMostTenKeys();
    void tableProblems();
    void contentTypeWarning();
    void moveRowsThroughTheModel();
    void choices();
    void dottedFieldNotInAKey();
};

void TablesTest::contractUnderEveryEdit()
{
    ObjectTypeDocument doc;
    FieldsModel fields(&doc);
    KeysModel keys(&doc);
    QAbstractItemModelTester fieldsTester(&fields,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester keysTester(&keys,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    doc.load(contactType());
    QCOMPARE(fields.rowCount(), 3);
    QCOMPARE(keys.rowCount(), 2);
    QVERIFY(fields.insertRows(1, 2));
    QVERIFY(fields.removeRows(0, 1));
    QVERIFY(fields.moveRows({}, 0, 2, {}, 4));
    QVERIFY(fields.setData(fields.index(0, FieldsModel::Name), s("renamed")));
    QVERIFY(doc.duplicateField(1) == 2);
    QVERIFY(keys.insertRows(0, 3));
    QVERIFY(keys.removeRows(1, 1));
    QVERIFY(keys.moveRows({}, 0, 1, {}, 4));
    QVERIFY(keys.setData(keys.index(0, KeysModel::FieldNames), s("renamed, id")));
    QVERIFY(keys.toggleIdentifier(0, s("UNIQUE")));
    QVERIFY(doc.setName(s("Renamed")));
    QVERIFY(doc.fromJson(json(contactType().toJson())));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(fields.rowCount(), 3);
    QCOMPARE(keys.rowCount(), 2);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(doc.toJsonObject(), contactType().toJson());
    doc.load(ObjectTypeDefinition());
    QCOMPARE(fields.rowCount(), 0);
    QCOMPARE(keys.rowCount(), 0);
}

void TablesTest::cellEditsEmitDataChanged()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    FieldsModel fields(&doc);
    KeysModel keys(&doc);
    QSignalSpy changed(&fields, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&fields, &QAbstractItemModel::modelReset);
    QSignalSpy keysChanged(&keys, &QAbstractItemModel::dataChanged);
    QVERIFY(fields.setData(fields.index(1, FieldsModel::Target), s("_profile.LastName")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(reset.size(), 0);
    const QModelIndex cell = fields.index(1, FieldsModel::Target);
    const auto covers = [&](const QList<QVariant> &args) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        return tl.row() <= cell.row() && br.row() >= cell.row() && tl.column() <= cell.column() &&
               br.column() >= cell.column();
    };
    QVERIFY(covers(changed.last()));
    // Undo and redo of a cell edit are cell edits too.
    changed.clear();
    doc.undoStack()->undo();
    QCOMPARE(fields.data(cell).toString(), s("_profile.FirstName"));
    QVERIFY(covers(changed.last()));
    QCOMPARE(reset.size(), 0);
    // A rename reaches the key table (its FieldNames) as a data change.
    keysChanged.clear();
    QVERIFY(fields.setData(fields.index(0, FieldsModel::Name), s("mail")));
    QVERIFY(!keysChanged.isEmpty());
    QCOMPARE(keys.data(keys.index(0, KeysModel::FieldNames)).toString(), s("mail"));
    // Setting the same value is accepted and records nothing.
    const int steps = doc.undoStack()->count();
    QVERIFY(fields.setData(fields.index(0, FieldsModel::Name), s("mail")));
    QCOMPARE(doc.undoStack()->count(), steps);
    QVERIFY(!fields.setData(fields.index(0, FieldsModel::Name), s("x"), Qt::DisplayRole));
}

void TablesTest::fieldsThroughTheModel()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    FieldsModel fields(&doc);
    QCOMPARE(fields.columnCount(), 4);
    QCOMPARE(fields.headerData(FieldsModel::ContentType, Qt::Horizontal).toString(),
             s("Content type"));
    const QModelIndex source = fields.index(1, FieldsModel::Source);
    QCOMPARE(fields.data(source, FieldsModel::RawValueRole).toString(), s("_source.name.first"));
    QVERIFY(fields.flags(source) & Qt::ItemIsEditable);
    for (const char *text : {"_source.n", "_source.na", "_source.nam"})
        QVERIFY(fields.setData(source, s(text)));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(fields.insertRows(3, 1));
    QCOMPARE(fields.data(fields.index(3, FieldsModel::Name)).toString(), s("field1"));
    QCOMPARE(fields.data(fields.index(3, FieldsModel::Source)).toString(), s("_source.field1"));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(fields.rowCount(), 3);
    QVERIFY(!fields.insertRows(9, 1));
    QVERIFY(!fields.removeRows(2, 5));
}

void TablesTest::fieldRules_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    const int name = FieldsModel::Name;
    QTest::newRow("empty name") << name << QString() << s("The field needs a name.");
    QTest::newRow("space in name")
        << name << s("first name")
        << s("Field name \"first name\" may contain only letters, digits, \".\", \"-\" and "
          "\"_\".");
    QTest::newRow("dotted name accepted") << name << s("address.city") << QString();
    QTest::newRow("long name")
        << name << QString(65, u'a')
        << s("Field name \"%1\" is longer than 64 characters.").arg(QString(65, u'a'));
    QTest::newRow("duplicate") << name << s("id") << s("Another field is also named \"id\".");
    const int source = FieldsModel::Source;
    QTest::newRow("no source") << source << QString()
                               << s("Field \"first\" needs a Source such as _source.email.");
    QTest::newRow("not a path")
        << source << s("name.first")
        << s("Field \"first\": the Source must be a path such as _source.address.city or a "
             "template such as {{_source.first}} {{_source.last}}.");
    QTest::newRow("unbalanced") << source << s("{{_source.a}} }}")
                                << s("In field \"first\", the template has unbalanced {{ }}.");
    QTest::newRow("template path")
        << source << s("{{name}}") << s("In field \"first\", {{name}} is not a _source path.");
    const int target = FieldsModel::Target;
    QTest::newRow("unknown target")
        << target << s("_profile.Nickname")
        << s("_profile.Nickname is not a field of the standard profile, asset, case or order: "
             "choose one from the list, or _profile.Attributes.NAME for an attribute.");
    QTest::newRow("address without field")
        << target << s("_profile.BillingAddress")
        << s("_profile.BillingAddress is not a field of the standard profile, asset, case or "
             "order: choose one from the list, or _profile.Attributes.NAME for an attribute.");
    QTest::newRow("unknown asset member")
        << target << s("_asset.Colour")
        << s("_asset.Colour is not a field of the standard profile, asset, case or order: "
             "choose one from the list, or _profile.Attributes.NAME for an attribute.");
    QTest::newRow("asset member") << target << s("_asset.SerialNumber") << QString();
    QTest::newRow("case attribute") << target << s("_case.Attributes.queue") << QString();
    QTest::newRow("order address") << target << s("_order.BillingAddress.Province") << QString();
    const int type = FieldsModel::ContentType;
    QTest::newRow("content type")
        << type << s("TEXT")
        << s("The content type must be one of STRING, NUMBER, PHONE_NUMBER, EMAIL_ADDRESS, NAME.");
    QTest::newRow("valid template")
        << source << s("{{_source.a}} {{ _source.b[0].c }}") << QString();
    QTest::newRow("attribute") << target << s("_profile.Attributes.tier") << QString();
    QTest::newRow("address city") << target << s("_profile.MailingAddress.City") << QString();
    QTest::newRow("no target") << target << QString() << QString();
    QTest::newRow("no type") << type << QString() << QString();
}

void TablesTest::fieldRules()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ObjectTypeDocument doc;
    doc.load(contactType());
    FieldsModel fields(&doc);
    QVERIFY(fields.setData(fields.index(1, column), value));
    const QModelIndex cell = fields.index(1, FieldsModel::Name);
    QCOMPARE(fields.data(cell, FieldsModel::ProblemRole).toString(), message);
    QCOMPARE(fields.data(cell, Qt::ToolTipRole).toString(), message);
    QCOMPARE(fields.problem(1), message);
    QCOMPARE(messages(doc.problems()).contains(message), !message.isEmpty());
    QCOMPARE(fields.data(fields.index(0, 0), FieldsModel::ProblemRole).toString(), QString());
    // A duplicate is shown on both rows.
    if (QTest::currentDataTag() == QByteArray("duplicate"))
        QCOMPARE(fields.problem(2), message);
}

void TablesTest::keysThroughTheModel()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    KeysModel keys(&doc);
    const QModelIndex ids = keys.index(1, KeysModel::Identifiers);
    QCOMPARE(keys.data(ids).toString(), s("PROFILE, UNIQUE"));
    QCOMPARE(keys.data(ids, Qt::EditRole).toStringList(), (QStringList{s("PROFILE"), s("UNIQUE")}));
    QCOMPARE(keys.data(ids, KeysModel::RawValueRole).toStringList(),
             (QStringList{s("PROFILE"), s("UNIQUE")}));
    QVERIFY(keys.setData(ids, QStringList{s("UNIQUE")}));
    QCOMPARE(doc.key(1).key.standardIdentifiers, QStringList{s("UNIQUE")});
    const QModelIndex names = keys.index(0, KeysModel::FieldNames);
    QVERIFY(keys.setData(names, s(" email , first,")));
    QCOMPARE(keys.data(names, Qt::EditRole).toStringList(), (QStringList{s("email"), s("first")}));
    QCOMPARE(keys.data(names).toString(), s("email, first"));
    QVERIFY(keys.setData(keys.index(0, KeysModel::Name), s("emailKey")));
    QCOMPARE(doc.definition().keys.keys(), (QStringList{s("contactId"), s("emailKey")}));
    QVERIFY(keys.insertRows(2, 1));
    QCOMPARE(keys.data(keys.index(2, KeysModel::Name)).toString(), s("key1"));
    QCOMPARE(keys.data(keys.index(2, KeysModel::Identifiers)).toString(), s("PROFILE"));
    QCOMPARE(keys.problem(2), s("The key names no field: choose at least one."));
    QCOMPARE(doc.undoStack()->count(), 4);
    QCOMPARE(keys.fieldChoices(), (QStringList{s("email"), s("first"), s("id")}));
}

void TablesTest::keyRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("identifiers");
    QTest::addColumn<QStringList>("fieldNames");
    QTest::addColumn<QString>("message");
    const QStringList profile{s("PROFILE")};
    const QStringList email{s("email")};
    QTest::newRow("name pattern")
        << s("e-mail key") << profile << email
        << s("Key name \"e-mail key\" may contain only letters, digits, \"-\" and \"_\" (1 to 64 "
             "characters).");
    QTest::newRow("empty name")
        << QString() << profile << email
        << s("Key name \"\" may contain only letters, digits, \"-\" and \"_\" (1 to 64 "
             "characters).");
    QTest::newRow("second unique") << s("_email") << QStringList{s("UNIQUE")} << email
                                   << s("Only one key can be UNIQUE, and 2 keys are.");
    QTest::newRow("unknown identifier") << s("_email") << QStringList{s("PRIMARY")} << email
                                        << s("\"PRIMARY\" is not a standard identifier.");
    QTest::newRow("lookup and new") << s("_email") << QStringList{s("LOOKUP_ONLY"), s("NEW_ONLY")}
                                    << email << s("A key cannot be both LOOKUP_ONLY and NEW_ONLY.");
    QTest::newRow("no field") << s("_email") << profile << QStringList()
                              << s("The key names no field: choose at least one.");
    QTest::newRow("unknown field") << s("_email") << profile << QStringList{s("email"), s("mail")}
                                   << s("The key uses field \"mail\", which is not defined.");
    QTest::newRow("asset") << s("_asset") << QStringList{s("ASSET")} << email << QString();
    QTest::newRow("secondary lookup")
        << s("_email") << QStringList{s("PROFILE"), s("SECONDARY"), s("LOOKUP_ONLY")} << email
        << QString();
}

void TablesTest::keyRules()
{
    QFETCH(QString, name);
    QFETCH(QStringList, identifiers);
    QFETCH(QStringList, fieldNames);
    QFETCH(QString, message);
    ObjectTypeDocument doc;
    doc.load(contactType());
    KeysModel keys(&doc);
    QVERIFY(keys.setData(keys.index(0, KeysModel::Name), name));
    QVERIFY(keys.setData(keys.index(0, KeysModel::Identifiers), identifiers));
    QVERIFY(keys.setData(keys.index(0, KeysModel::FieldNames), fieldNames));
    QCOMPARE(keys.data(keys.index(0, KeysModel::Name), KeysModel::ProblemRole).toString(), message);
    QCOMPARE(keys.data(keys.index(0, KeysModel::FieldNames), Qt::ToolTipRole).toString(), message);
    QCOMPARE(messages(doc.problems()).contains(message), !message.isEmpty());
    // Two UNIQUE keys: the reason is on each of them.
    if (QTest::currentDataTag() == QByteArray("second unique"))
        QCOMPARE(keys.problem(1), message);
    else
        QCOMPARE(keys.problem(1), QString());
}

void TablesTest::atMostTenKeys()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    KeysModel keys(&doc);
    QVERIFY(keys.insertRows(2, 8));
    for (int row = 2; row < 10; ++row)
        QVERIFY(keys.setData(keys.index(row, KeysModel::FieldNames), s("id")));
    QCOMPARE(keys.rowCount(), 10);
    QVERIFY(doc.problems().isEmpty());
    // A second definition of an existing key name is not another key.
    QCOMPARE(doc.addKey(s("key1"), KeyDefinition{{s("PROFILE")}, {s("email")}}), 10);
    QVERIFY(doc.problems().isEmpty());
    QCOMPARE(doc.addKey(s("eleventh"), KeyDefinition{{s("PROFILE")}, {s("email")}}), 11);
    const QString message =
        s("An object type can have at most 10 keys: remove this one or another.");
    QCOMPARE(keys.data(keys.index(11, 0), KeysModel::ProblemRole).toString(), message);
    QCOMPARE(keys.problem(10), QString());
    QVERIFY(messages(doc.problems()).contains(message));
    QVERIFY(messages(doc.problems())
                .contains(s("An object type can have at most 10 keys (it has 11).")));
}

void TablesTest::tableProblems()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    KeysModel keys(&doc);
    QCOMPARE(keys.tableProblem(), QString());
    QVERIFY(doc.toggleKeyIdentifier(1, s("UNIQUE")));
    const QString noUnique = s("Exactly one key must be UNIQUE: it identifies an object so that a "
                               "later one with the same value replaces it.");
    QCOMPARE(keys.tableProblem(), noUnique);
    QVERIFY(messages(doc.problems()).contains(noUnique));
    QVERIFY(keys.removeRows(0, 2));
    QCOMPARE(keys.tableProblem(), s("The object type needs at least one key."));
    QVERIFY(messages(doc.problems()).contains(s("The object type needs at least one key.")));
    // With a template, the keys may come from it.
    QVERIFY(doc.setTemplateId(s("Salesforce-Contact")));
    QCOMPARE(keys.tableProblem(), QString());
}

void TablesTest::contentTypeWarning()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    KeysModel keys(&doc);
    ObjectTypeDefinition order;
    order.name = s("Order");
    order.fields.insert(s("customerEmail"), {s("_source.email"), QString(), s("STRING")});
    order.keys.insert(s("_email"), {KeyDefinition{{s("PROFILE")}, {s("customerEmail")}}});
    ObjectTypeDefinition self = contactType(); // the stored version of this type is skipped
    self.fields[s("email")].contentType = s("STRING");
    QSignalSpy changed(&keys, &QAbstractItemModel::dataChanged);
    keys.setOtherObjectTypes({self, order});
    QVERIFY(!changed.isEmpty());
    const QString warning = s("Key \"_email\" compares EMAIL_ADDRESS values here but STRING values "
                              "in object type \"Order\": the same value would not match across "
                              "them.");
    QCOMPARE(keys.data(keys.index(0, 0), KeysModel::WarningRole).toString(), warning);
    QCOMPARE(keys.data(keys.index(0, 0), Qt::ToolTipRole).toString(), warning);
    QCOMPARE(keys.data(keys.index(0, 0), KeysModel::ProblemRole).toString(), QString());
    QCOMPARE(keys.warning(1), QString());
    QVERIFY(doc.problems().isEmpty()); // a warning does not block Save
    // Same content type: no warning.
    QVERIFY(doc.setFieldValue(0, Part::ContentType, s("STRING")));
    QCOMPARE(keys.warning(0), QString());
}

void TablesTest::moveRowsThroughTheModel()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    FieldsModel fields(&doc);
    QSignalSpy moved(&fields, &QAbstractItemModel::rowsMoved);
    QVERIFY(fields.moveRows({}, 2, 1, {}, 0));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(doc.fieldNames(), (QStringList{s("id"), s("email"), s("first")}));
    QVERIFY(!fields.moveRows({}, 0, 1, {}, 1));
    QVERIFY(!fields.moveRows(fields.index(0, 0), 0, 1, {}, 2));
    doc.undoStack()->undo();
    QCOMPARE(moved.size(), 2);
    QCOMPARE(fields.data(fields.index(0, 0)).toString(), s("email"));
    QCOMPARE(fields.data(fields.index(2, 0)).toString(), s("id"));
}

void TablesTest::choices()
{
    const QStringList targets = FieldsModel::targetChoices();
    QVERIFY(targets.contains(s("_profile.FirstName")));
    QVERIFY(targets.contains(s("_profile.BillingAddress.City")));
    QVERIFY(targets.contains(s("_profile.Attributes.")));
    QCOMPARE(FieldsModel::contentTypes(), (QStringList{s("STRING"), s("NUMBER"), s("PHONE_NUMBER"),
                                                       s("EMAIL_ADDRESS"), s("NAME")}));
    // The standard asset, case and order are destinations too.
    QVERIFY(targets.contains(s("_asset.SerialNumber")));
    QVERIFY(targets.contains(s("_case.Title")));
    QVERIFY(targets.contains(s("_order.ShippingAddress.City")));
    QVERIFY(targets.contains(s("_order.Attributes.")));
    // Every identifier of the model is offered, the key roles first; each is explained.
    const QStringList offered = KeysModel::offeredIdentifiers();
    QCOMPARE(offered.mid(0, 5),
             (QStringList{s("PROFILE"), s("UNIQUE"), s("SECONDARY"), s("LOOKUP_ONLY"), s("NEW_ONLY")}));
    QCOMPARE(KeysModel::identifierChoices(), offered);
    const QStringList modelIds =
        cp::schema::WireModel::bundled().shape(u"StandardIdentifier")->enumValues;
    QCOMPARE(QSet<QString>(offered.cbegin(), offered.cend()),
             QSet<QString>(modelIds.cbegin(), modelIds.cend()));
    for (const QString &id : {s("ASSET"), s("CASE"), s("ORDER"), s("AIR_BOOKING"),
                              s("HOTEL_RESERVATION"), s("LOYALTY"), s("WEB_ANALYTICS")})
        QVERIFY2(offered.contains(id), qPrintable(id));
    QSet<QString> sentences;
    for (const QString &id : offered) {
        const QString sentence = KeysModel::identifierDescription(id);
        QVERIFY2(sentence.endsWith(u'.') && !sentence.contains(s("later release")),
                 qPrintable(id));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), offered.size()); // one of its own each
    QVERIFY(KeysModel::identifierDescription(s("SOMETHING_NEW")).contains(s("later release")));
}

void TablesTest::dottedFieldNotInAKey()
{
    ObjectTypeDocument doc;
    doc.load(contactType());
    FieldsModel fields(&doc);
    KeysModel keys(&doc);
    // Field 0 is "email", used by the key "_email": the rename is carried into the key.
    QVERIFY(fields.setData(fields.index(0, FieldsModel::Name), s("e.mail")));
    QCOMPARE(fields.problem(0), QString()); // a dotted field name is fine on its own
    const QString problem = keys.problem(0);
    QCOMPARE(problem, s("A key cannot use field \"e.mail\": the service allows dots in field "
                        "names, but not in the fields of a key. Rename the field without dots."));
    QVERIFY(messages(doc.problems()).contains(problem));
}

int runTableTests(int argc, char **argv)
{
    TablesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tables.moc"
