// DetectProfileObjectType in cplocal: the detected type is put as it came, every sample
// is ingested under it, and the profile is found by the detected PROFILE key; the
// model's limits and the service's errors.

#include "enginefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cp::emulator;
using namespace cp::emulator::test;

class EngineDetectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(f.open() && f.createDomain()); }
    void cleanup() { f.close(); }
    void detectedTypeIngestsItsSamples_data();
    void detectedTypeIngestsItsSamples();
    void sixSamplesAreRefused();
    void aSampleThatIsNotAnObjectIsNamed();
    void unknownDomainIsNotFound();

private:
    ApiResult detect(const QStringList &samples, const QString &domain = s("d"))
    {
        return f.call(
            "DetectProfileObjectType",
            {{s("DomainName"), domain}, {s("Objects"), QJsonArray::fromStringList(samples)}});
    }

    EngineFixture f;
};

void EngineDetectionTest::detectedTypeIngestsItsSamples_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QString>("profileKey");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("member"); // a profile member the first sample fills
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("objects"); // in the domain: the samples and their standard objects

    QTest::newRow("CRM contact")
        << QStringList{s(R"({"Id": "003A1", "FirstName": "Ana", "Email": "ana@example.com",
                             "MailingCity": "Seattle", "LastModifiedDate": "2024-03-01T10:00:00.000+0000"})"),
                       s(R"({"Id": "003A2", "FirstName": "Raj", "Email": "raj@example.com",
                             "MailingCity": "Tacoma", "LastModifiedDate": "2024-03-02T10:00:00.000+0000"})")}
        << s("_email") << s("ANA@example.com") << s("FirstName") << s("Ana") << 2;
    QTest::newRow("order with a nested customer")
        << QStringList{s(R"({"order_id": "O-1", "customer": {"email": "kim@example.com", "phone": "+49 30 1234567"},
                             "total_price": "59.90", "shipping_address": {"city": "Berlin"}})"),
                       s(R"({"order_id": "O-2", "customer": {"email": "lou@example.com"}, "total_price": 12})")}
        << s("_phone") << s("+49301234567") << s("EmailAddress") << s("kim@example.com")
        << 4; // each order brings a standard _order
    QTest::newRow("flat record")
        << QStringList{s(
               R"({"record_id": "R1", "customer_no": "C-77", "fname": "Lee", "city": "London"})")}
        << s("_account") << s("C-77") << s("FirstName") << s("Lee") << 1;
    QTest::newRow("support ticket")
        << QStringList{s(R"({"ticket_id": "T-1", "subject": "Printer jam", "status": "open",
                             "requester_email": "sam@example.com", "updated_at": "2024-05-01T09:30:00Z"})"),
                       s(R"({"ticket_id": "T-2", "subject": "No toner", "status": "solved",
                             "requester_email": "kai@example.com", "updated_at": "2024-05-02T10:00:00Z"})")}
        << s("_email") << s("kai@example.com") << s("EmailAddress") << s("kai@example.com")
        << 4; // each ticket brings a standard _case
}

void EngineDetectionTest::detectedTypeIngestsItsSamples()
{
    QFETCH(QStringList, samples);
    QFETCH(QString, profileKey);
    QFETCH(QString, value);
    QFETCH(QString, member);
    QFETCH(QString, expected);
    QFETCH(int, objects);

    const ApiResult detected = detect(samples);
    QVERIFY_OK(detected);
    const QJsonArray types = detected.body.value(s("DetectedProfileObjectTypes")).toArray();
    QCOMPARE(types.size(), 1);
    QJsonObject put = types.first().toObject();
    QVERIFY(put.value(s("Keys")).toObject().contains(profileKey));
    put.insert(s("DomainName"), s("d"));
    put.insert(s("ObjectTypeName"), s("Detected"));
    put.insert(s("Description"), s("Detected from samples"));
    put.insert(s("AllowProfileCreation"), true);
    QVERIFY_OK(f.call("PutProfileObjectType", put));
    for (const QString &sample : samples)
        QVERIFY_OK(f.call("PutProfileObject", {{s("DomainName"), s("d")},
                                               {s("ObjectTypeName"), s("Detected")},
                                               {s("Object"), sample}}));
    const QStringList found = f.search(profileKey, value);
    QCOMPARE(found.size(), 1);
    QCOMPARE(f.profile(found.first()).value(member).toString(), expected);
    // Each sample is an object of its own (the UNIQUE key tells them apart).
    QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), objects);
}

void EngineDetectionTest::sixSamplesAreRefused()
{
    QStringList six;
    for (int i = 0; i < 6; ++i)
        six.append(QStringLiteral(R"({"id": "%1"})").arg(i));
    const ApiResult r = detect(six);
    QCOMPARE_ERROR(r, 400, "BadRequestException");
    QVERIFY2(
        r.message.contains(s("at 'objects' failed to satisfy constraint: Member must have length "
                             "less than or equal to 5")),
        qPrintable(r.message));
    QCOMPARE_ERROR(detect({}), 400, "BadRequestException");
}

void EngineDetectionTest::aSampleThatIsNotAnObjectIsNamed()
{
    const ApiResult array = detect({s(R"({"id": "1"})"), s("[1, 2]")});
    QCOMPARE_ERROR(array, 400, "BadRequestException");
    QVERIFY2(array.message.startsWith(s("Sample 2 (Objects[1]) is JSON but not an object")),
             qPrintable(array.message));
    const ApiResult broken = detect({s(R"({"id": )")});
    QCOMPARE_ERROR(broken, 400, "BadRequestException");
    QVERIFY2(broken.message.startsWith(s("Sample 1 (Objects[0]) is not JSON")),
             qPrintable(broken.message));
}

void EngineDetectionTest::unknownDomainIsNotFound()
{
    QCOMPARE_ERROR(detect({s(R"({"id": "1"})")}, s("nowhere")), 404, "ResourceNotFoundException");
}

QTEST_GUILESS_MAIN(EngineDetectionTest)
#include "tst_engine_detection.moc"
