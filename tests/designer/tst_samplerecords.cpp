// Reading the records a user designs from: JSON in its usual shapes and CSV with a header,
// the limit, and one clear sentence for what cannot be read.

#include "objecttype.h"
#include "objecttypechecks.h"
#include "samplerecords.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using cp::models::ObjectTypeChecks;
using cp::models::SampleRecords;
using Format = SampleRecords::Format;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestSampleRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void problems_data();
    void problems();
    void limitKeepsTheCount();
    void csvRowsBecomeFlatObjects();
    void keyWarningsFromRecords();
};

void TestSampleRecords::shapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("format");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("one object") << QByteArray(R"({"id": "1"})") << int(Format::Json)
                                << QStringList{s("1")};
    QTest::newRow("array") << QByteArray(R"([{"id": "1"}, {"id": "2"}])") << int(Format::Json)
                           << QStringList{s("1"), s("2")};
    QTest::newRow("json lines") << QByteArray("{\"id\": \"1\"}\n{\"id\": \"2\"}\n\n{\"id\": \"3\"}\n")
                                << int(Format::Json) << QStringList{s("1"), s("2"), s("3")};
    QTest::newRow("pretty objects one after another")
        << QByteArray("{\n  \"id\": \"1\",\n  \"a\": {\"b\": \"}\"}\n}\n{\n  \"id\": \"2\"\n}")
        << int(Format::Json) << QStringList{s("1"), s("2")};
    QTest::newRow("objects separated by commas")
        << QByteArray(R"({"id": "1"}, {"id": "2"})") << int(Format::Json)
        << QStringList{s("1"), s("2")};
    QTest::newRow("byte order mark and csv") << QByteArray("\xEF\xBB\xBFid,name\r\n1,Ana\r\n2,Ben\r\n")
                                             << int(Format::Csv) << QStringList{s("1"), s("2")};
    QTest::newRow("escaped quote in a string")
        << QByteArray(R"({"id": "1", "note": "say \"}\""} {"id": "2"})") << int(Format::Json)
        << QStringList{s("1"), s("2")};
}

void TestSampleRecords::shapes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, format);
    QFETCH(QStringList, ids);
    const SampleRecords read = SampleRecords::read(text, 5);
    QCOMPARE(read.problem, QString());
    QCOMPARE(int(read.format), format);
    QStringList got;
    for (const QJsonObject &record : read.records)
        got.append(record.value(s("id")).toString());
    QCOMPARE(got, ids);
    QCOMPARE(read.total, int(ids.size()));
}

void TestSampleRecords::problems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("nothing") << QByteArray(" \n ") << s("There is nothing to read.");
    QTest::newRow("array of numbers") << QByteArray("[{\"id\": 1}, 2]")
                                      << s("Record 2 is not a JSON object.");
    QTest::newRow("empty array") << QByteArray("[]") << s("The JSON array holds no records.");
    QTest::newRow("bad second record") << QByteArray("{\"id\": 1}\n{\"id\": }")
                                       << s("Record 2 is not valid JSON at character 9: object is missing after a comma.");
    QTest::newRow("unfinished") << QByteArray("{\"id\": 1}\n{\"id\": 2")
                                << s("Record 2 is not complete: a } is missing.");
    QTest::newRow("text after the objects") << QByteArray("{\"id\": 1} oops")
                                            << s("Record 2 is not a JSON object.");
    QTest::newRow("header only") << QByteArray("id,name\n")
                                 << s("The CSV has a header row but no records.");
    QTest::newRow("bad array") << QByteArray("[{\"id\": 1},")
                               << s("The JSON array is not valid at character 12: unterminated array.");
}

void TestSampleRecords::problems()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    const SampleRecords read = SampleRecords::read(text, 5);
    QCOMPARE(read.problem, problem);
    QVERIFY(read.records.isEmpty()); // nothing half-read is offered
}

void TestSampleRecords::limitKeepsTheCount()
{
    QByteArray text;
    for (int i = 1; i <= 12; ++i)
        text += "{\"id\": \"" + QByteArray::number(i) + "\"}\n";
    const SampleRecords read = SampleRecords::read(text, 5);
    QCOMPARE(read.records.size(), 5);
    QCOMPARE(read.total, 12);
    QCOMPARE(read.records.last().value(s("id")).toString(), s("5"));
}

void TestSampleRecords::csvRowsBecomeFlatObjects()
{
    const SampleRecords read = SampleRecords::read(
        "id,first name,email,empty\n1,\"Ana, Maria\",ana@example.com,\n2,Ben\n3,\"bad\"x\n4,Cy,cy@x.org,\n",
        5);
    QCOMPARE(read.problem, QString());
    QCOMPARE(read.records.first(),
             json(R"({"id": "1", "first name": "Ana, Maria", "email": "ana@example.com"})"));
    QCOMPARE(read.records.at(1), json(R"({"id": "2", "first name": "Ben"})")); // short row
    // The row with a broken quote is skipped; the next one is read.
    QCOMPARE(read.records.last().value(s("id")).toString(), s("4"));
}

void TestSampleRecords::keyWarningsFromRecords()
{
    const auto type = cp::schema::ObjectTypeDefinition::fromJson(json(R"({
        "ObjectTypeName": "Contact", "Description": "c",
        "Fields": {"id": {"Source": "_source.id"},
                   "email": {"Source": "_source.email", "Target": "_profile.EmailAddress"},
                   "fax": {"Source": "_source.fax"}},
        "Keys": {"contactId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
                 "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
                 "faxKey": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["fax"]}]}})"));
    const QList<QJsonObject> records = {json(R"({"id": "1", "email": "a@x.org"})"),
                                        json(R"({"email": "b@x.org"})"),
                                        json(R"({"email": "c@x.org"})")};
    QCOMPARE(ObjectTypeChecks::keySampleWarning(type, s("contactId"), records),
             s("Records %1 give the UNIQUE key contactId no value: the service refuses a "
               "record without it.")
                 .arg(QLocale().createSeparatedList({s("2"), s("3")})));
    QCOMPARE(ObjectTypeChecks::keySampleWarning(type, s("faxKey"), records),
             s("None of your records fills key faxKey: it would never find a profile."));
    QCOMPARE(ObjectTypeChecks::keySampleWarning(type, s("_email"), records), QString());
    QCOMPARE(ObjectTypeChecks::keySampleWarning(type, s("faxKey"), {}), QString());
}

QTEST_GUILESS_MAIN(TestSampleRecords)
#include "tst_samplerecords.moc"
