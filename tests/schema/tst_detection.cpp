// Detecting an object type from samples (schema/detection): a table of records of the
// kinds people start from, each with the fields, keys and timestamp format it must give;
// every answer must validate as an object type and map its own samples.

#include "detection.h"
#include "mapping.h"
#include "wiremodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cp::schema;

namespace {

QString S(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonObject obj(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject())
        qFatal("bad JSON in test: %s", qPrintable(text));
    return document.object();
}

QList<QJsonObject> objects(const QStringList &texts)
{
    QList<QJsonObject> out;
    for (const QString &text : texts)
        out.append(obj(text));
    return out;
}

QString field(const char *source, const char *target, const char *contentType)
{
    QJsonObject f{{QStringLiteral("Source"), QString::fromLatin1(source)},
                  {QStringLiteral("ContentType"), QString::fromLatin1(contentType)}};
    if (*target)
        f.insert(QStringLiteral("Target"), QString::fromLatin1(target));
    return QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact));
}

} // namespace

class DetectionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data();
    void detects();
    void noIdentifierMeansNoUniqueKey();
    void timestampAndEmailMakeTheUniqueKeyWithoutAnId();
    void disagreeingSamplesTieIsUnmapped();
    void sampleOrderDoesNotMatter();
    void timestampFormats_data();
    void timestampFormats();
    void unaddressableMembersAreLeftOutWithANote();
    void underscoreNamesGiveKeyNamesOfTheirOwn();
    void samplesAreParsedOrRefusedByNumber();
    void membersQtJsonLookupMissesAreFound();
    void namesEndingInANewlineAreLeftOut();
};

// samples, fields that must be exactly so (name -> Field JSON), field names that must
// have no Target, the whole Keys map, the timestamp format ("" for none).
void DetectionTest::detects_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QStringList>("expectedFields"); // "name=FieldJSON"
    QTest::addColumn<QStringList>("untargeted");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("format");

    QTest::newRow("CRM contact")
        << QStringList{S(R"({"Id": "003A1", "FirstName": "Ana", "LastName": "Silva", "Email": "ana@example.com",
                   "Phone": "+1 206 555 0100", "MailingStreet": "1 Main St", "MailingCity": "Seattle",
                   "MailingPostalCode": "98101", "MailingCountry": "US", "AccountId": "001X",
                   "LastModifiedDate": "2024-03-01T10:00:00.000+0000"})"),
                       S(R"({"Id": "003A2", "FirstName": "Raj", "LastName": "Iyer", "Email": "raj@example.com",
                   "Phone": "+1 206 555 0101", "MailingCity": "Tacoma", "AccountId": "001X",
                   "LastModifiedDate": "2024-03-02T11:30:00.000+0000"})")}
        << QStringList{QStringLiteral("FirstName=") +
                           field("_source.FirstName", "_profile.FirstName", "NAME"),
                       QStringLiteral("Email=") +
                           field("_source.Email", "_profile.EmailAddress", "EMAIL_ADDRESS"),
                       QStringLiteral("Phone=") +
                           field("_source.Phone", "_profile.PhoneNumber", "PHONE_NUMBER"),
                       QStringLiteral("MailingStreet=") + field("_source.MailingStreet",
                                                                "_profile.MailingAddress.Address1",
                                                                "STRING"),
                       QStringLiteral("MailingPostalCode=") +
                           field("_source.MailingPostalCode", "_profile.MailingAddress.PostalCode",
                                 "STRING"),
                       QStringLiteral("sourceLastUpdatedTimestamp=") +
                           field("_source.LastModifiedDate", "", "STRING")}
        << QStringList{QStringLiteral("Id"), QStringLiteral("AccountId")}
        << S(R"({"Id": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["Id"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["Email"]}],
               "_phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["Phone"]}]})")
        << "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    QTest::newRow("e-commerce customer")
        << QStringList{S(
               R"({"customer_id": 1001, "first_name": "Jo", "last_name": "Park", "email": "jo@shop.test",
                   "phone": "555-201-3344", "accepts_marketing": true, "orders_count": 3,
                   "default_address": {"address1": "5 Elm Rd", "city": "Austin", "province": "TX",
                                       "zip": "73301", "country": "US"},
                   "tags": ["vip"], "updated_at": 1709287200})")}
        << QStringList{QStringLiteral("customer_id=") + field("_source.customer_id", "", "NUMBER"),
                       QStringLiteral("phone=") +
                           field("_source.phone", "_profile.PhoneNumber", "PHONE_NUMBER"),
                       QStringLiteral("default_address_zip=") + field("_source.default_address.zip",
                                                                      "_profile.Address.PostalCode",
                                                                      "STRING"),
                       QStringLiteral("default_address_province=") +
                           field("_source.default_address.province", "_profile.Address.Province",
                                 "STRING"),
                       QStringLiteral("orders_count=") +
                           field("_source.orders_count", "", "NUMBER")}
        << QStringList{QStringLiteral("accepts_marketing")}
        << S(R"({"customer_id": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["customer_id"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
               "_phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["phone"]}]})")
        << "EPOCHMILLI";

    QTest::newRow("support ticket")
        << QStringList{S(R"({"ticket_id": "T-1", "subject": "Printer jam", "description": "Tray 2 jams",
                   "status": "open", "priority": "high", "requester_email": "sam@example.com",
                   "assignee_email": "agent@corp.test", "created_at": "2024-05-01T08:00:00Z",
                   "updated_at": "2024-05-01T09:30:00Z"})"),
                       S(R"({"ticket_id": "T-2", "subject": "No toner", "status": "solved", "priority": "low",
                   "requester_email": "kai@example.com", "assignee_email": "agent@corp.test",
                   "created_at": "2024-05-02T08:00:00Z", "updated_at": "2024-05-02T10:00:00Z"})")}
        << QStringList{QStringLiteral("ticket_id=") +
                           field("_source.ticket_id", "_case.CaseId", "STRING"),
                       QStringLiteral("subject=") +
                           field("_source.subject", "_case.Title", "STRING"),
                       QStringLiteral("description=") +
                           field("_source.description", "_case.Summary", "STRING"),
                       QStringLiteral("status=") +
                           field("_source.status", "_case.Status", "STRING"),
                       QStringLiteral("created_at=") +
                           field("_source.created_at", "_case.CreatedDate", "STRING"),
                       QStringLiteral("requester_email=") + field("_source.requester_email",
                                                                  "_profile.EmailAddress",
                                                                  "EMAIL_ADDRESS"),
                       QStringLiteral("sourceLastUpdatedTimestamp=") +
                           field("_source.updated_at", "_case.UpdatedDate", "STRING")}
        << QStringList{QStringLiteral("assignee_email"), QStringLiteral("priority")}
        << S(R"({"_caseId": [{"StandardIdentifiers": ["UNIQUE", "CASE"], "FieldNames": ["ticket_id"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["requester_email"]}]})")
        << "yyyy-MM-dd'T'HH:mm:ssX";

    QTest::newRow("order")
        << QStringList{S(R"({"order_id": "O-1", "customer": {"email": "kim@example.com", "first_name": "Kim"},
                   "total_price": "59.90", "currency": "EUR", "status": "paid",
                   "created_at": "2024-06-01T12:00:00+02:00", "customer_id": "C1",
                   "shipping_address": {"street": "Unter den Linden 1", "city": "Berlin",
                                        "postal_code": "10115", "country": "DE"},
                   "line_items": [{"sku": "A", "quantity": 1}]})"),
                       S(R"({"order_id": "O-2", "customer": {"email": "kim@example.com", "first_name": "Kim"},
                   "total_price": 12, "currency": "EUR", "status": "refunded", "customer_id": "C1",
                   "created_at": "2024-06-03T09:00:00+02:00"})")}
        << QStringList{QStringLiteral("order_id=") +
                           field("_source.order_id", "_order.OrderId", "STRING"),
                       QStringLiteral("customer_email=") + field("_source.customer.email",
                                                                 "_profile.EmailAddress",
                                                                 "EMAIL_ADDRESS"),
                       QStringLiteral("customer_first_name=") +
                           field("_source.customer.first_name", "_profile.FirstName", "NAME"),
                       QStringLiteral("total_price=") +
                           field("_source.total_price", "_order.TotalPrice", "NUMBER"),
                       QStringLiteral("currency=") +
                           field("_source.currency", "_order.Currency", "STRING"),
                       QStringLiteral("shipping_address_city=") +
                           field("_source.shipping_address.city", "_profile.ShippingAddress.City",
                                 "STRING"),
                       QStringLiteral("shipping_address_street=") +
                           field("_source.shipping_address.street",
                                 "_profile.ShippingAddress.Address1", "STRING")}
        << QStringList{QStringLiteral("customer_id")}
        << S(R"({"_orderId": [{"StandardIdentifiers": ["UNIQUE", "ORDER"], "FieldNames": ["order_id"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["customer_email"]}]})")
        << "";

    QTest::newRow("flat CSV-like record")
        << QStringList{S(R"({"record_id": "R1", "customer_no": "C-77", "fname": "Lee", "lname": "Wong",
                   "e_mail": "lee@example.com", "mobile": "07700 900123", "dob": "1990-04-12",
                   "gender": "female", "postcode": "SW1A 1AA", "city": "London", "country": "UK",
                   "company": "Wong Ltd", "ship_to_city": "Leeds", "notes": " "})"),
                       S(R"({"record_id": "R2", "customer_no": "C-78", "fname": "Mo", "lname": "Ali",
                   "e_mail": "mo@example.com", "mobile": "07700 900456", "dob": "12.04.1985",
                   "gender": "male", "postcode": "M1 1AE", "city": "Manchester", "country": "UK",
                   "company": "", "ship_to_city": "", "notes": ""})")}
        << QStringList{QStringLiteral("fname=") +
                           field("_source.fname", "_profile.FirstName", "NAME"),
                       QStringLiteral("lname=") +
                           field("_source.lname", "_profile.LastName", "NAME"),
                       QStringLiteral("e_mail=") +
                           field("_source.e_mail", "_profile.EmailAddress", "EMAIL_ADDRESS"),
                       QStringLiteral("mobile=") +
                           field("_source.mobile", "_profile.MobilePhoneNumber", "PHONE_NUMBER"),
                       QStringLiteral("dob=") +
                           field("_source.dob", "_profile.BirthDate", "STRING"),
                       QStringLiteral("gender=") +
                           field("_source.gender", "_profile.Gender", "STRING"),
                       QStringLiteral("postcode=") +
                           field("_source.postcode", "_profile.Address.PostalCode", "STRING"),
                       QStringLiteral("customer_no=") +
                           field("_source.customer_no", "_profile.AccountNumber", "STRING"),
                       QStringLiteral("ship_to_city=") +
                           field("_source.ship_to_city", "_profile.ShippingAddress.City", "STRING"),
                       // empty in one sample: the other decides
                       QStringLiteral("company=") +
                           field("_source.company", "_profile.BusinessName", "STRING"),
                       QStringLiteral("notes=") + field("_source.notes", "", "STRING")}
        << QStringList{QStringLiteral("record_id")}
        << S(R"({"record_id": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["record_id"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["e_mail"]}],
               "_phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["mobile"]}],
               "_account": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["customer_no"]}]})")
        << "";

    QTest::newRow("nested JSON")
        << QStringList{S(R"({"id": "u1", "profile": {"name": {"first": "Ada", "last": "Lovelace"},
                   "contact": {"email": "ada@example.com",
                               "phones": {"mobile": "+44 7700 900000", "home": "020 7946 0000"}}},
                   "billing": {"address": {"line1": "1 Park Row", "city": "Leeds", "zip": "LS1 1AA"}},
                   "meta": {"lastModified": "2024-01-01T00:00:00Z"}})")}
        << QStringList{QStringLiteral("profile_name_first=") +
                           field("_source.profile.name.first", "_profile.FirstName", "NAME"),
                       QStringLiteral("profile_contact_email=") +
                           field("_source.profile.contact.email", "_profile.EmailAddress",
                                 "EMAIL_ADDRESS"),
                       QStringLiteral("profile_contact_phones_mobile=") +
                           field("_source.profile.contact.phones.mobile",
                                 "_profile.MobilePhoneNumber", "PHONE_NUMBER"),
                       QStringLiteral("billing_address_line1=") +
                           field("_source.billing.address.line1",
                                 "_profile.BillingAddress.Address1", "STRING"),
                       QStringLiteral("billing_address_zip=") +
                           field("_source.billing.address.zip",
                                 "_profile.BillingAddress.PostalCode", "STRING"),
                       QStringLiteral("sourceLastUpdatedTimestamp=") +
                           field("_source.meta.lastModified", "", "STRING")}
        << QStringList{QStringLiteral("profile_contact_phones_home")}
        << S(R"({"id": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["profile_contact_email"]}],
               "_phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["profile_contact_phones_mobile"]}]})")
        << "yyyy-MM-dd'T'HH:mm:ssX";

    QTest::newRow("records that disagree, read by majority")
        << QStringList{S(R"({"id": 1, "contact": "a@example.com", "ref": "+4930123456"})"),
                       S(R"({"id": 2, "contact": "b@example.com", "ref": "Bob"})"),
                       S(R"({"id": 3, "contact": "Bob", "ref": "Ann"})")}
        << QStringList{QStringLiteral("contact=") +
                           field("_source.contact", "_profile.EmailAddress", "EMAIL_ADDRESS"),
                       QStringLiteral("ref=") + field("_source.ref", "", "STRING")}
        << QStringList{} << S(R"({"id": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["contact"]}]})")
        << "";

    QTest::newRow("asset with a serial number")
        << QStringList{S(R"({"serialNumber": "SN-1", "model": "X200", "status": "Installed",
                           "owner_email": "it@corp.test", "email": "pat@example.com"})"),
                       S(R"({"serialNumber": "SN-2", "model": "X200", "status": "Shipped",
                           "owner_email": "it@corp.test", "email": "lou@example.com"})")}
        << QStringList{QStringLiteral("serialNumber=") +
                           field("_source.serialNumber", "_asset.SerialNumber", "STRING"),
                       QStringLiteral("model=") +
                           field("_source.model", "_asset.ModelNumber", "STRING"),
                       QStringLiteral("status=") +
                           field("_source.status", "_asset.Status", "STRING")}
        << QStringList{QStringLiteral("owner_email")}
        << S(R"({"_assetId": [{"StandardIdentifiers": ["UNIQUE", "ASSET"], "FieldNames": ["serialNumber"]}],
               "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]})")
        << "";
}

void DetectionTest::detects()
{
    QFETCH(QStringList, samples);
    QFETCH(QStringList, expectedFields);
    QFETCH(QStringList, untargeted);
    QFETCH(QString, keys);
    QFETCH(QString, format);

    const QList<QJsonObject> objectsIn = objects(samples);
    const DetectedObjectType detected = detectObjectType(objectsIn);
    const QJsonObject json = detected.toJson();
    const QJsonObject fields = json.value(QStringLiteral("Fields")).toObject();
    for (const QString &entry : expectedFields) {
        const QString name = entry.section(QLatin1Char('='), 0, 0);
        QVERIFY2(fields.contains(name),
                 qPrintable(name + QStringLiteral(" missing from ") +
                            QString::fromUtf8(QJsonDocument(fields).toJson())));
        QCOMPARE(fields.value(name).toObject(), obj(entry.section(QLatin1Char('='), 1)));
    }
    for (const QString &name : untargeted) {
        QVERIFY2(fields.contains(name), qPrintable(name));
        QVERIFY2(!fields.value(name).toObject().contains(QStringLiteral("Target")),
                 qPrintable(name));
    }
    QCOMPARE(json.value(QStringLiteral("Keys")).toObject(), obj(keys));
    QCOMPARE(json.value(QStringLiteral("SourceLastUpdatedTimestampFormat")).toString(), format);
    QVERIFY(!fields.contains(QStringLiteral("tags")) &&
            !fields.contains(QStringLiteral("line_items")));

    // A valid object type as it stands, by the service's rules and by the wire model.
    const ObjectTypeDefinition type =
        detected.toDefinition(QStringLiteral("Detected"), QStringLiteral("From samples"));
    const QList<ValidationIssue> issues = validateObjectType(type);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
    QJsonObject request = type.toJson();
    request.insert(QStringLiteral("DomainName"), QStringLiteral("d"));
    QVERIFY(WireModel::bundled().validate(u"PutProfileObjectTypeRequest", request).isEmpty());
    QVERIFY(WireModel::bundled().validate(u"DetectedProfileObjectType", json).isEmpty());

    // Each sample maps under it, with its UNIQUE key and its PROFILE keys.
    for (const QJsonObject &sample : objectsIn) {
        const MappingResult mapping = evaluateMapping(type, sample);
        QVERIFY2(mapping.accepted(), qPrintable(mapping.errors.value(0).message));
        QVERIFY(mapping.uniqueKeyValue.has_value());
    }
}

void DetectionTest::noIdentifierMeansNoUniqueKey()
{
    const DetectedObjectType detected =
        detectObjectType(objects({S(R"({"email": "a@example.com", "note": "call back"})"),
                                  S(R"({"email": "b@example.com", "note": "sent brochure"})")}));
    QCOMPARE(detected.keys.keys(), QStringList{QStringLiteral("_email")});
    QVERIFY(detected.notes.last().contains(QStringLiteral("no UNIQUE key")));
    // The one thing the service refuses in it is the missing UNIQUE key.
    const QList<ValidationIssue> issues =
        validateObjectType(detected.toDefinition(QStringLiteral("T"), QStringLiteral("t")));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().path, QStringLiteral("Keys"));

    // Nothing to key on at all: no Keys member in the answer.
    const DetectedObjectType bare = detectObjectType(objects({S(R"({"note": "x"})")}));
    QVERIFY(!bare.toJson().contains(QStringLiteral("Keys")));
    QCOMPARE(bare.fields.value(QStringLiteral("note")).source, QStringLiteral("_source.note"));
}

// The service guide's ticket example: no id, so the e-mail and the time together.
void DetectionTest::timestampAndEmailMakeTheUniqueKeyWithoutAnId()
{
    const DetectedObjectType detected = detectObjectType(objects(
        {S(R"({"email": "john@examplecorp.com", "timestamp": "2010-01-01T12:34:56Z", "body": "x"})"),
         S(R"({"email": "john@examplecorp.com", "timestamp": "2010-01-02T08:00:00Z", "body": "y"})")}));
    QCOMPARE(detected.keys.value(QStringLiteral("uniqueObject")).first().fieldNames,
             (QStringList{QStringLiteral("email"), QStringLiteral("sourceLastUpdatedTimestamp")}));
    QCOMPARE(detected.keys.value(QStringLiteral("uniqueObject")).first().standardIdentifiers,
             QStringList{QStringLiteral("UNIQUE")});
    QCOMPARE(detected.sourceLastUpdatedTimestampFormat.value_or(QString()),
             QStringLiteral("yyyy-MM-dd'T'HH:mm:ssX"));
    QVERIFY(validateObjectType(detected.toDefinition(QStringLiteral("T"), QStringLiteral("t")))
                .isEmpty());
}

void DetectionTest::disagreeingSamplesTieIsUnmapped()
{
    const DetectedObjectType detected = detectObjectType(objects(
        {S(R"({"id": "1", "contact": "a@example.com"})"), S(R"({"id": "2", "contact": "Bob"})")}));
    const FieldDefinition contact = detected.fields.value(QStringLiteral("contact"));
    QCOMPARE(contact.source, QStringLiteral("_source.contact"));
    QVERIFY(contact.target.isEmpty());
    QCOMPARE(contact.contentType, QStringLiteral("STRING"));
    QVERIFY(!detected.keys.contains(QStringLiteral("_email")));
    QVERIFY(detected.notes.join(QLatin1Char('\n'))
                .contains(QStringLiteral("\"contact\" reads differently")));
}

void DetectionTest::sampleOrderDoesNotMatter()
{
    const QStringList samples = {
        S(R"({"id": 1, "contact": "a@example.com", "updated": 1700000000000})"),
        S(R"({"id": 2, "contact": "Bob", "updated": "2024-01-01"})"),
        S(R"({"id": 3, "contact": "c@example.com", "updated": 1700000000001})")};
    const QJsonObject forward = detectObjectType(objects(samples)).toJson();
    const QJsonObject backward =
        detectObjectType(objects({samples.at(2), samples.at(0), samples.at(1)})).toJson();
    QCOMPARE(forward, backward);
    QCOMPARE(forward.value(QStringLiteral("SourceLastUpdatedTimestampFormat")).toString(),
             QStringLiteral("EPOCHMILLI"));
}

void DetectionTest::timestampFormats_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("format");
    QTest::newRow("epoch seconds") << "1709287200"
                                   << "EPOCHMILLI";
    QTest::newRow("epoch milliseconds") << "1709287200123"
                                        << "EPOCHMILLI";
    QTest::newRow("epoch as text") << "\"1709287200123\""
                                   << "EPOCHMILLI";
    QTest::newRow("ISO, Z") << "\"2024-03-01T10:00:00Z\""
                            << "yyyy-MM-dd'T'HH:mm:ssX";
    QTest::newRow("ISO, millis, offset") << "\"2024-03-01T10:00:00.123+01:00\""
                                         << "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
    QTest::newRow("ISO, RFC 822 offset") << "\"2024-03-01T10:00:00.000+0000\""
                                         << "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    QTest::newRow("space, no zone") << "\"2024-03-01 10:00:00\""
                                    << "yyyy-MM-dd HH:mm:ss";
    QTest::newRow("date") << "\"2024-03-01\""
                          << "yyyy-MM-dd";
    QTest::newRow("not a date") << "\"2024-02-30\""
                                << "";
    QTest::newRow("too small a number") << "42"
                                        << "";
    QTest::newRow("words") << "\"yesterday\""
                           << "";
    QTest::newRow("only empty strings") << "\"\"" // found by fuzz_detection
                                        << "";
}

void DetectionTest::timestampFormats()
{
    QFETCH(QString, value);
    QFETCH(QString, format);
    const DetectedObjectType detected =
        detectObjectType({obj(QStringLiteral(R"({"id": "1", "updated_at": %1})").arg(value))});
    QCOMPARE(detected.sourceLastUpdatedTimestampFormat.value_or(QString()), format);
    QCOMPARE(detected.fields.contains(QStringLiteral("sourceLastUpdatedTimestamp")),
             !format.isEmpty());
    QCOMPARE(detected.fields.contains(QStringLiteral("updated_at")), format.isEmpty());
}

void DetectionTest::unaddressableMembersAreLeftOutWithANote()
{
    const DetectedObjectType detected = detectObjectType({obj(S(
        R"({"id": "1", "First Name": "Ana", "a.b": "x", "": "y", "list": [1, 2], "ok": null})"))});
    QCOMPARE(detected.fields.keys(), QStringList{QStringLiteral("id")});
    const QString notes = detected.notes.join(QLatin1Char('\n'));
    QVERIFY(notes.contains(QStringLiteral("\"First Name\" is left out")));
    QVERIFY(notes.contains(QStringLiteral("\"a.b\" is left out")));
    QVERIFY(notes.contains(QStringLiteral("\"list\" is a list")));
}

// Key names starting with "_" are the service's (predefined keys): "_id" is keyed as
// "source_id", cut to the 64 characters a key name may have (found by fuzz_detection).
void DetectionTest::underscoreNamesGiveKeyNamesOfTheirOwn()
{
    // By rank first: a contact's own id before the account it refers to.
    const DetectedObjectType contact =
        detectObjectType({obj(S(R"({"accountId": "a1", "contactId": "c1", "paid": "p1"})"))});
    QCOMPARE(contact.keys.keys(), QStringList{QStringLiteral("contactId")});

    const DetectedObjectType mongo = detectObjectType({obj(S(R"({"_id": "a1", "name": "x"})"))});
    QCOMPARE(mongo.keys.keys(), QStringList{QStringLiteral("source_id")});
    QCOMPARE(mongo.keys.value(QStringLiteral("source_id")).first().fieldNames,
             QStringList{QStringLiteral("_id")});
    const QString longName =
        QStringLiteral("_") + QString(62, QLatin1Char('x')) + QStringLiteral("Id");
    const DetectedObjectType longer =
        detectObjectType({QJsonObject{{longName, QStringLiteral("a1")}}});
    QCOMPARE(longer.keys.keys().value(0).size(), 64);
    QVERIFY(validateObjectType(longer.toDefinition(QStringLiteral("T"), QStringLiteral("t")))
                .isEmpty());
}

void DetectionTest::samplesAreParsedOrRefusedByNumber()
{
    QList<QJsonObject> out;
    QVERIFY(!parseDetectionSamples({QStringLiteral("{\"a\": 1}"), QStringLiteral("{}")}, &out));
    QCOMPARE(out.size(), 2);
    const auto notObject =
        parseDetectionSamples({QStringLiteral("{}"), QStringLiteral("[1, 2]")}, &out);
    QVERIFY(notObject && notObject->startsWith(QStringLiteral("Sample 2 (Objects[1])")));
    const auto notJson = parseDetectionSamples({QStringLiteral("{\"a\": }")}, &out);
    QVERIFY(notJson && notJson->startsWith(QStringLiteral("Sample 1 (Objects[0]) is not JSON")));
    QStringList six;
    for (int i = 0; i < 6; ++i)
        six.append(QStringLiteral("{}"));
    QVERIFY(parseDetectionSamples(six, &out).has_value());
    QVERIFY(parseDetectionSamples({}, &out).has_value());
}

// Qt 6.4's QJsonObject::value() does not find this member of a parsed document (U+00C3,
// 12 characters beyond Latin-1, 4 ASCII): the detected UNIQUE key then had no value in
// its own sample (found by fuzz_detection; fuzz/regressions/detection/).
void DetectionTest::membersQtJsonLookupMissesAreFound()
{
    const QString name = QString(QChar(0xc3)) + QString(12, QChar(0x4e2d)) + S("r_id");
    const QJsonObject sample = obj(S(R"({"%1": "O-1", "email": "kim@example.com"})").arg(name));
    QCOMPARE(evaluateSource(S("_source.") + name, sample), std::optional<QString>(S("O-1")));
    QCOMPARE(evaluateSource(S("{{_source.%1}}!").arg(name), sample),
             std::optional<QString>(S("O-1!")));
    const QJsonObject nested = obj(S(R"({"a": {"%1": ["x", "y"]}})").arg(name));
    QCOMPARE(evaluateSource(S("_source.a.%1[1]").arg(name), nested),
             std::optional<QString>(S("y")));
    QCOMPARE(evaluateSource(S("_source.a.%1x").arg(name), nested), std::nullopt);

    const DetectedObjectType detected = detectObjectType({sample});
    const ObjectTypeDefinition type = detected.toDefinition(S("Orders"), S("Orders"));
    QVERIFY(!type.uniqueKeyName().isEmpty());
    const MappingResult mapping = evaluateMapping(type, sample);
    QVERIFY(mapping.accepted());
    QCOMPARE(mapping.uniqueKeyValue, std::optional<QString>(S("O-1")));
}

// A member name ending in a newline passed the check of what a Source can name (PCRE's $
// matches before a last newline), so the members under it got Sources the validator
// refuses: a detected type that could not be saved (found by fuzz_detection).
void DetectionTest::namesEndingInANewlineAreLeftOut()
{
    const QJsonObject sample = obj(S(
        R"({"order_id": "O-1", "cust\u0000\n": {"email": "kim@example.com"}, "tail\n": "x"})"));
    QCOMPARE(sample.size(), 3);
    const DetectedObjectType detected = detectObjectType({sample});
    for (const QString &field : detected.fields.keys())
        QVERIFY2(!detected.fields.value(field).source.contains(QLatin1Char('\n')), qPrintable(field));
    QVERIFY(detected.fields.contains(S("order_id")));
    QCOMPARE(detected.fields.size(), 1);
    const QString notes = detected.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(S("is left out: a Source path cannot name")), qPrintable(notes));
    const ObjectTypeDefinition type = detected.toDefinition(S("Orders"), S("Orders"));
    QVERIFY(validateObjectType(type).isEmpty());
    QVERIFY(evaluateMapping(type, sample).accepted());
}

QTEST_GUILESS_MAIN(DetectionTest)
#include "tst_detection.moc"
