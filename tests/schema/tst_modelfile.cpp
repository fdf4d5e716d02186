// The model file: regenerated from botocore's model it is the committed file byte for
// byte; bad files are refused with the reason; the 2020 model and today's load side by
// side; unions, redaction and conforming a value to another shape.

#include "operations.h"
#include "wiremodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cp::schema;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("CP_SHARED_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(CP_SHARED_DIR) : fromEnv;
}

QString sourceDir()
{
    return QStringLiteral(CP_SOURCE_DIR);
}

// A minimal valid file, for the refusals below to break one thing at a time.
QByteArray minimalFile(const char *shapes)
{
    return QByteArray(R"({"format": "cp-service-model/1", "source": "test",
        "metadata": {"apiVersion": "2020-08-15", "signingName": "profile"},
        "operations": [{"name": "GetThing", "method": "GET", "uri": "/things/{Name}",
                        "input": "GetThingRequest", "output": "GetThingResponse"}],
        "shapes": )") +
           shapes + "}";
}

const char *kGoodShapes = R"([
    {"name": "GetThingRequest", "type": "structure", "members": [
        {"name": "Name", "shape": "name", "location": "uri", "locationName": "Name", "required": true}]},
    {"name": "GetThingResponse", "type": "structure", "members": [{"name": "Name", "shape": "name"}]},
    {"name": "name", "type": "string", "min": 1, "max": 64, "pattern": "^[a-z]+$"}])";

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regeneratedFromBotocoreIsTheCommittedFile();
    void minimalFileLoads();
    void badFilesAreRefusedWithTheReason_data();
    void badFilesAreRefusedWithTheReason();
    void modelsSideBySide();
    void unionNeedsExactlyOneMember();
    void sensitiveValuesRedacted();
    void conformedToAnotherShape();
    void operationNamesExistInTheModel();
};

void TestModelFile::regeneratedFromBotocoreIsTheCommittedFile()
{
    const QString reference = sharedDir() + QStringLiteral("/reference/");
    const QString service =
        reference + QStringLiteral("customer-profiles-service-2.botocore-1.43.11.json");
    const QString paginators =
        reference + QStringLiteral("customer-profiles-paginators-1.botocore-1.43.11.json");
    if (!QFile::exists(service) || !QFile::exists(paginators))
        QSKIP("botocore's model is not in ../shared/reference (set CP_SHARED_DIR): the "
              "committed model file cannot be regenerated to compare");
    const QByteArray committed =
        readFile(sourceDir() + QStringLiteral("/schema/model/customer-profiles.json"));
    QVERIFY(!committed.isEmpty());
    // The committed file names its source; regenerate with the same words.
    const QString source = QJsonDocument::fromJson(committed).object().value(s("source")).toString();
    QProcess generator;
    generator.start(QStringLiteral("/usr/bin/python3"),
                    {sourceDir() + QStringLiteral("/scripts/generate-model.py"), service,
                     paginators, QStringLiteral("--source"), source});
    QVERIFY(generator.waitForFinished(60000));
    QCOMPARE(generator.exitCode(), 0);
    const QByteArray regenerated = generator.readAllStandardOutput();
    QCOMPARE(regenerated.size(), committed.size());
    QVERIFY(regenerated == committed);
}

void TestModelFile::minimalFileLoads()
{
    QString error;
    const auto model = WireModel::fromJson(minimalFile(kGoodShapes), &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->operations().size(), 1);
    QCOMPARE(model->metadata().signingName, s("profile"));
    QCOMPARE(model->shape(u"GetThingRequest")->members.at(0).location, Location::Uri);
    QCOMPARE(model->validate(u"GetThingRequest", json(R"({"Name": "abc"})")).size(), 0);
    QCOMPARE(model->validate(u"GetThingRequest", json(R"({"Name": "ABC"})")).size(), 1);
}

void TestModelFile::badFilesAreRefusedWithTheReason_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << s("is not JSON");
    QTest::newRow("other format")
        << QByteArray(R"({"format": "botocore", "shapes": []})") << s("format 'botocore'");
    QTest::newRow("dangling member")
        << minimalFile(R"([{"name": "GetThingRequest", "type": "structure", "members": [
               {"name": "Name", "shape": "nowhere"}]},
               {"name": "GetThingResponse", "type": "structure", "members": []}])")
        << s("Member GetThingRequest.Name refers to the unknown shape 'nowhere'.");
    QTest::newRow("dangling output")
        << minimalFile(R"([{"name": "GetThingRequest", "type": "structure", "members": []}])")
        << s("Operation GetThing refers to the unknown shape GetThingResponse.");
    QTest::newRow("unknown type")
        << minimalFile(R"([{"name": "x", "type": "document"}])")
        << s("Shape x has the unknown type 'document'.");
    QTest::newRow("unknown location")
        << minimalFile(R"([{"name": "GetThingRequest", "type": "structure", "members": [
               {"name": "Name", "shape": "GetThingResponse", "location": "cookie"}]},
               {"name": "GetThingResponse", "type": "structure", "members": []}])")
        << s("Member GetThingRequest.Name has the unknown location 'cookie'.");
    QTest::newRow("pattern does not compile")
        << minimalFile(R"([{"name": "GetThingRequest", "type": "structure", "members": []},
               {"name": "GetThingResponse", "type": "structure", "members": []},
               {"name": "bad", "type": "string", "pattern": "([a-z"}])")
        << s("The pattern ([a-z does not compile");
    QTest::newRow("list without element")
        << minimalFile(R"([{"name": "GetThingRequest", "type": "structure", "members": []},
               {"name": "GetThingResponse", "type": "structure", "members": []},
               {"name": "l", "type": "list"}])")
        << s("Shape l does not say what it holds.");
}

void TestModelFile::badFilesAreRefusedWithTheReason()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!WireModel::fromJson(file, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestModelFile::modelsSideBySide()
{
    // Debian's botocore 1.29 model (the 2020 snapshot), made by the same script.
    QString error;
    const auto old = WireModel::fromJson(
        readFile(sourceDir() + QStringLiteral("/tests/schema/data/customer-profiles-botocore-1.29.json")),
        &error);
    QVERIFY2(old, qPrintable(error));
    const WireModel &today = WireModel::bundled();
    QCOMPARE(old->operations().size(), 38);
    QCOMPARE(today.operations().size(), 106);
    for (const Operation &op : old->operations()) // nothing the service had went away
        QVERIFY2(today.operation(op.name), qPrintable(op.name));

    const QJsonObject seed = json(R"({"DomainName": "d", "DefaultExpirationDays": 30})");
    QCOMPARE(old->validate(u"CreateDomainRequest", seed).size(), 0);
    QCOMPARE(today.validate(u"CreateDomainRequest", seed).size(), 0);

    const QJsonObject current = json(R"({"DomainName": "d", "DefaultExpirationDays": 30,
        "RuleBasedMatching": {"Enabled": true, "MatchingRules": [{"Rule": ["EmailAddress"]}]}})");
    QCOMPARE(today.validate(u"CreateDomainRequest", current).size(), 0);
    const auto refused = old->validate(u"CreateDomainRequest", current);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).path, s("RuleBasedMatching"));

    const QJsonObject travel = json(R"({"DomainName": "d", "ObjectTypeName": "Booking",
        "Description": "air bookings",
        "Fields": {"bookingId": {"Source": "_source.id", "Target": "_profile.Attributes.b"},
                   "seat.row": {"Source": "_source.seat.row"}},
        "Keys": {"booking": [{"StandardIdentifiers": ["AIR_BOOKING", "UNIQUE"],
                              "FieldNames": ["bookingId"]}]}})");
    const auto travelIssues = today.validate(u"PutProfileObjectTypeRequest", travel);
    QVERIFY2(travelIssues.isEmpty(), qPrintable(travelIssues.value(0).awsMessage));
    QVERIFY(old->validate(u"PutProfileObjectTypeRequest", travel).size() >= 2);
    // Dotted names are field names only: a key's FieldNames use the plain name pattern.
    QJsonObject dottedKey = travel;
    dottedKey.insert(s("Keys"), json(R"({"seat": [{"StandardIdentifiers": ["UNIQUE"],
                                                   "FieldNames": ["seat.row"]}]})"));
    const auto dotted = today.validate(u"PutProfileObjectTypeRequest", dottedKey);
    QCOMPARE(dotted.size(), 1);
    QCOMPARE(dotted.at(0).path, s("Keys.seat[0].FieldNames[0]"));
}

void TestModelFile::unionNeedsExactlyOneMember()
{
    const WireModel &model = WireModel::bundled();
    QVERIFY(model.shape(u"Dimension")->isUnion);
    const QJsonObject one = json(R"({"ProfileAttributes": {"FirstName":
        {"DimensionType": "INCLUSIVE", "Values": ["Ann"]}}})");
    QCOMPARE(model.validate(u"Dimension", one).size(), 0);
    const auto none = model.validate(u"Dimension", QJsonObject());
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.at(0).message,
             s("The input must set exactly one of ProfileAttributes, CalculatedAttributes (it "
               "sets 0)."));
    QJsonObject both = one;
    both.insert(s("CalculatedAttributes"), QJsonObject());
    QCOMPARE(model.validate(u"Dimension", both).size(), 1);
}

void TestModelFile::sensitiveValuesRedacted()
{
    const WireModel &model = WireModel::bundled();
    const QJsonObject request = json(R"({"DomainName": "d", "FirstName": "Ann",
        "Address": {"City": "Porto"}, "Attributes": {"tier": "gold"}})");
    const QJsonObject shown = model.redacted(u"CreateProfileRequest", request).toObject();
    QCOMPARE(shown.value(s("DomainName")).toString(), s("d"));
    QCOMPARE(shown.value(s("FirstName")).toString(), s("*** sensitive ***"));
    QVERIFY(!QJsonDocument(shown).toJson().contains("Ann"));
    QVERIFY(!QJsonDocument(shown).toJson().contains("Porto"));
    QVERIFY(!QJsonDocument(shown).toJson().contains("gold"));
}

void TestModelFile::conformedToAnotherShape()
{
    const WireModel &model = WireModel::bundled();
    const QJsonObject answer = json(R"({"Enabled": true, "Status": "ACTIVE",
        "MatchingRules": [{"Rule": ["EmailAddress"], "Later": 1}], "MaxAllowedRuleLevelForMatching": 2})");
    const QJsonObject request =
        model.conformed(u"RuleBasedMatchingRequest", answer).toObject();
    QVERIFY(!request.contains(s("Status")));
    QCOMPARE(request.value(s("MaxAllowedRuleLevelForMatching")).toInt(), 2);
    QCOMPARE(request.value(s("MatchingRules")).toArray().at(0).toObject(),
             json(R"({"Rule": ["EmailAddress"]})"));
    QCOMPARE(model.validate(u"RuleBasedMatchingRequest", request).size(), 0);
    const QJsonObject members = model.membersOf(
        u"PutProfileObjectTypeRequest",
        json(R"({"ObjectTypeName": "T", "CreatedAt": 1, "SourcePriority": 3})"));
    QCOMPARE(members, json(R"({"ObjectTypeName": "T", "SourcePriority": 3})"));
}

void TestModelFile::operationNamesExistInTheModel()
{
    // The names the console calls, each once in schema/operations.h, are the model's.
    const QStringList names = ops::all();
    QVERIFY(names.size() >= 28);
    for (const QString &name : names)
        QVERIFY2(WireModel::bundled().operation(name), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
