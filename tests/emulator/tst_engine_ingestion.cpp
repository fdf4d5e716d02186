// PutProfileObject: which profile an object goes to (standard identifiers), what it
// writes to the profile, which key values it stores, and what it refuses.

#include "enginefixture.h"

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

// An object type whose keys are given per test; its fields cover every kind of target.
QJsonObject objectType(const char *name, const char *keys, bool allowCreation = true)
{
    QJsonObject type = j(R"({"Description": "test type", "Fields": {
        "id": {"Source": "_source.id"},
        "ref": {"Source": "_source.ref"},
        "ext": {"Source": "_source.ext"},
        "customer": {"Source": "_source.customer"},
        "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                  "ContentType": "EMAIL_ADDRESS"},
        "phone": {"Source": "_source.phone", "Target": "_profile.PhoneNumber",
                  "ContentType": "PHONE_NUMBER"},
        "first": {"Source": "_source.name.first", "Target": "_profile.FirstName",
                  "ContentType": "NAME"},
        "city": {"Source": "_source.address.city", "Target": "_profile.Address.City"},
        "zip": {"Source": "_source.address.zip", "Target": "_profile.BillingAddress.PostalCode"},
        "tier": {"Source": "_source.tier", "Target": "_profile.Attributes.tier"},
        "full": {"Source": "{{_source.name.first}} {{_source.name.last}}",
                 "Target": "_profile.Attributes.fullName"}}})");
    type.insert(s("DomainName"), s("d"));
    type.insert(s("ObjectTypeName"), QString::fromLatin1(name));
    type.insert(s("AllowProfileCreation"), allowCreation);
    type.insert(s("Keys"), j(keys));
    return type;
}

const char *const kUniqueId =
    R"("objectId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}])";

QByteArray keysWith(const char *more)
{
    return QByteArray("{") + kUniqueId + (qstrlen(more) ? ", " : "") + more + "}";
}

} // namespace

class TestEngineIngestion : public QObject
{
    Q_OBJECT

    EngineFixture f;

    void defineType(const char *name, const char *more, bool allowCreation = true)
    {
        const ApiResult r = f.call("PutProfileObjectType",
                                   objectType(name, keysWith(more).constData(), allowCreation));
        QVERIFY_OK(r);
    }
    int profileCount() { return f.stats().value(s("ProfileCount")).toInt(); }
    int objectCount() { return f.stats().value(s("ObjectCount")).toInt(); }
    QString addKey(const char *key, const char *value, QString id = {})
    {
        if (id.isEmpty())
            id = f.createProfile({});
        const ApiResult r = f.call("AddProfileKey", {{s("DomainName"), s("d")},
                                                     {s("ProfileId"), id},
                                                     {s("KeyName"), s(key)},
                                                     {s("Values"), QJsonArray{s(value)}}});
        return r.ok() ? id : QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        QVERIFY(f.createDomain());
    }
    void cleanup() { f.close(); }

    void uniqueFieldsAreRequired()
    {
        defineType("T",
                   R"("email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])");
        for (const char *object :
             {R"({"email": "a@example.com"})", R"({"id": "", "email": "a@example.com"})",
              R"({"id": null, "email": "a@example.com"})"}) {
            const ApiResult r = f.put("T", j(object));
            QCOMPARE_ERROR(r, 400, "BadRequestException");
            QVERIFY2(r.message.contains(s("objectId")), qPrintable(r.message));
        }
        QCOMPARE(profileCount(), 0);
        QCOMPARE(objectCount(), 0);
        QCOMPARE(f.rows("profile_keys", s("d")), 0);

        // (Braces in raw strings must balance, or moc loses its way: plain strings here.)
        const ApiResult notJson =
            f.callIn("PutProfileObject", "{\"ObjectTypeName\": \"T\", \"Object\": \"{not json\"}");
        QCOMPARE_ERROR(notJson, 400, "BadRequestException");
        QCOMPARE_ERROR(f.put("Missing", j(R"({"id": "1"})")), 404, "ResourceNotFoundException");
    }

    void sameUniqueValueReplaces()
    {
        defineType("T",
                   R"("email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])");
        const ApiResult first =
            f.put("T", j(R"({"id": "1", "email": "a@example.com", "tier": "gold"})"));
        QVERIFY_OK(first);
        const QString key = first.body.value(s("ProfileObjectUniqueKey")).toString();
        QVERIFY(!key.isEmpty());
        const QString profile = f.profileOf(s("email"), s("a@example.com"));
        QVERIFY(!profile.isEmpty());

        f.now += 1000;
        const ApiResult second =
            f.put("T", j(R"({"id": "1", "email": "a@example.com", "tier": "platinum"})"));
        QVERIFY_OK(second);
        QCOMPARE(second.body.value(s("ProfileObjectUniqueKey")).toString(), key);
        QCOMPARE(objectCount(), 1);
        QCOMPARE(profileCount(), 1);
        const ApiResult objects = f.call(
            "ListProfileObjects",
            {{s("DomainName"), s("d")}, {s("ObjectTypeName"), s("T")}, {s("ProfileId"), profile}});
        QVERIFY_OK(objects);
        const QJsonArray items = objects.body.value(s("Items")).toArray();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.at(0).toObject().value(s("Object")).toString().contains(s("platinum")));
        QCOMPARE(items.at(0).toObject().value(s("ProfileObjectUniqueKey")).toString(), key);
        QCOMPARE(f.profile(profile).value(s("Attributes")).toObject().value(s("tier")).toString(),
                 s("platinum"));
        QCOMPARE(f.call("GetDomain", {{s("DomainName"), s("d")}})
                     .body.value(s("Stats"))
                     .toObject()
                     .value(s("MeteringProfileCount"))
                     .toInt(),
                 1);
    }

    void primaryKeysBeforeSecondary()
    {
        // "aPhone" sorts first but is SECONDARY: "zEmail" decides when it matches.
        defineType(
            "T",
            R"("aPhone": [{"StandardIdentifiers": ["PROFILE", "SECONDARY"], "FieldNames": ["phone"]}],
                           "zEmail": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])");
        const QString byPhone = addKey("aPhone", "+15550001111");
        const QString byEmail = addKey("zEmail", "b@example.com");
        QVERIFY(!byPhone.isEmpty() && !byEmail.isEmpty());
        QVERIFY_OK(
            f.put("T", j(R"({"id": "1", "phone": "+15550001111", "email": "b@example.com"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("1")), byEmail);
        // Object 1 gave its phone to byEmail too: that value now names two profiles.
        QCOMPARE(f.search(s("aPhone"), s("+15550001111")).size(), 2);
        // No primary match: the secondary key decides.
        const QString byOtherPhone = addKey("aPhone", "+15550009999");
        QVERIFY_OK(
            f.put("T", j(R"({"id": "2", "phone": "+15550009999", "email": "new@example.com"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("2")), byOtherPhone);
        QCOMPARE(profileCount(), 3);
    }

    void ambiguousValueIsIgnored()
    {
        defineType("T", R"("email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
                           "phone": [{"StandardIdentifiers": ["PROFILE", "SECONDARY"], "FieldNames": ["phone"]}])");
        const QString a = addKey("email", "shared@example.com");
        const QString b = addKey("email", "shared@example.com");
        const QString c = addKey("phone", "+15550002222");
        QVERIFY_OK(f.put(
            "T", j(R"({"id": "1", "email": "shared@example.com", "phone": "+15550002222"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("1")), c);
        // Nothing else matches: a new profile rather than either of the two.
        QVERIFY_OK(f.put("T", j(R"({"id": "2", "email": "shared@example.com"})")));
        const QString created = f.profileOf(s("objectId"), s("2"));
        QVERIFY(!created.isEmpty());
        QVERIFY(created != a && created != b && created != c);
        QCOMPARE(profileCount(), 4);
    }

    void lookupOnlyMatchesButIsNeverStored()
    {
        defineType(
            "T",
            R"("ref": [{"StandardIdentifiers": ["PROFILE", "LOOKUP_ONLY"], "FieldNames": ["ref"]}])");
        const QString a = addKey("ref", "R1");
        QVERIFY_OK(f.put("T", j(R"({"id": "1", "ref": "R1"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("1")), a);

        QVERIFY_OK(f.put("T", j(R"({"id": "2", "ref": "R2"})")));
        const QString b = f.profileOf(s("objectId"), s("2"));
        QVERIFY(!b.isEmpty() && b != a);
        QCOMPARE(f.search(s("ref"), s("R2")), QStringList());
        QVERIFY_OK(f.put("T", j(R"({"id": "3", "ref": "R2"})")));
        const QString c = f.profileOf(s("objectId"), s("3"));
        QVERIFY(!c.isEmpty() && c != b);
        QCOMPARE(profileCount(), 3);
    }

    void newOnlyIsStoredOnlyOnCreatedProfiles()
    {
        defineType(
            "T",
            R"("ext": [{"StandardIdentifiers": ["PROFILE", "NEW_ONLY"], "FieldNames": ["ext"]}],
                           "email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])");
        QVERIFY_OK(f.put("T", j(R"({"id": "1", "ext": "X1"})")));
        const QString created = f.profileOf(s("objectId"), s("1"));
        QCOMPARE(f.search(s("ext"), s("X1")), QStringList{created});

        const QString existing = addKey("email", "e@example.com");
        QVERIFY_OK(f.put("T", j(R"({"id": "2", "ext": "X2", "email": "e@example.com"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("2")), existing);
        QCOMPARE(f.search(s("ext"), s("X2")), QStringList());

        // Still used for matching.
        QVERIFY_OK(f.put("T", j(R"({"id": "3", "ext": "X1"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("3")), created);
        QCOMPARE(profileCount(), 2);
    }

    void profileCreationAllowedOrNot()
    {
        defineType("Strict",
                   R"("email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])",
                   false);
        const ApiResult refused = f.put("Strict", j(R"({"id": "1", "email": "x@example.com"})"));
        QCOMPARE_ERROR(refused, 400, "BadRequestException");
        QCOMPARE(profileCount(), 0);
        QCOMPARE(objectCount(), 0);
        QCOMPARE(f.rows("profile_keys", s("d")), 0);

        const QString id = addKey("email", "x@example.com");
        QVERIFY_OK(f.put("Strict", j(R"({"id": "1", "email": "X@Example.com"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("1")), id);

        defineType("Open",
                   R"("email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])");
        QVERIFY_OK(f.put("Open", j(R"({"id": "1", "email": "new@example.com"})")));
        QCOMPARE(profileCount(), 2);
    }

    void targetsAreWritten()
    {
        defineType("T", "");
        QVERIFY_OK(
            f.put("T", j(R"({"id": "1", "email": "Jane@Example.com", "phone": "+1 555 000 3333",
            "name": {"first": "Jane", "last": "Doe"}, "address": {"city": "Seattle", "zip": "98101"},
            "tier": "gold"})")));
        const QJsonObject p = f.profile(f.profileOf(s("objectId"), s("1")));
        QCOMPARE(p.value(s("EmailAddress")).toString(), s("Jane@Example.com"));
        QCOMPARE(p.value(s("PhoneNumber")).toString(), s("+1 555 000 3333"));
        QCOMPARE(p.value(s("FirstName")).toString(), s("Jane"));
        QCOMPARE(p.value(s("Address")).toObject(), (QJsonObject{{s("City"), s("Seattle")}}));
        QCOMPARE(p.value(s("BillingAddress")).toObject(),
                 (QJsonObject{{s("PostalCode"), s("98101")}}));
        QCOMPARE(p.value(s("Attributes")).toObject(),
                 (QJsonObject{{s("tier"), s("gold")}, {s("fullName"), s("Jane Doe")}}));
        // The standard fields feed the predefined keys.
        QCOMPARE(f.search(s("_email"), s("jane@example.com")).size(), 1);
        QCOMPARE(f.search(s("_phone"), s("+15550003333")).size(), 1);
    }

    void phoneNumbersAreNormalised()
    {
        defineType("T",
                   R"("phone": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["phone"]}])");
        QVERIFY_OK(f.put("T", j(R"({"id": "1", "phone": "+15551234567"})")));
        QVERIFY_OK(f.put("T", j(R"({"id": "2", "phone": "+1 (555) 123-4567"})")));
        QCOMPARE(profileCount(), 1);
        const QString id = f.profileOf(s("objectId"), s("1"));
        QCOMPARE(f.search(s("phone"), s("+1 (555) 123-4567")), QStringList{id});
        QCOMPARE(f.search(s("_phone"), s("+1.555.123.4567")), QStringList{id});

        const QString api = f.createProfile({{s("MobilePhoneNumber"), s("+44 20 7946 0000")}});
        QCOMPARE(f.search(s("_phone"), s("+442079460000")), QStringList{api});
    }

    void emailsIgnoreCase()
    {
        defineType("T",
                   R"("email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])");
        QVERIFY_OK(f.put("T", j(R"({"id": "1", "email": "Jane.Doe@Example.COM"})")));
        QVERIFY_OK(f.put("T", j(R"({"id": "2", "email": " jane.doe@example.com "})")));
        QCOMPARE(profileCount(), 1);
        QCOMPARE(f.search(s("email"), s("JANE.DOE@EXAMPLE.COM")).size(), 1);
    }

    void twoTypesMergeThroughASharedKey()
    {
        defineType(
            "Crm",
            R"("customerId": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["customer"]}])");
        QJsonObject orders = objectType("Orders", R"({
            "orderId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
            "customerId": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["customer"]}]})");
        QVERIFY_OK(f.call("PutProfileObjectType", orders));
        QVERIFY_OK(
            f.put("Crm", j(R"({"id": "c1", "customer": "C-42", "name": {"first": "Ann"}})")));
        QVERIFY_OK(f.put("Orders", j(R"({"id": "o1", "customer": "C-42", "tier": "gold"})")));
        QVERIFY_OK(f.put("Orders", j(R"({"id": "o2", "customer": "C-42"})")));
        QCOMPARE(profileCount(), 1);
        QCOMPARE(objectCount(), 3);
        const QString id = f.profileOf(s("customerId"), s("C-42"));
        QCOMPARE(f.profileOf(s("orderId"), s("o2")), id);
        const QJsonObject p = f.profile(id);
        QCOMPARE(p.value(s("FirstName")).toString(), s("Ann"));
        QCOMPARE(p.value(s("Attributes")).toObject().value(s("tier")).toString(), s("gold"));
    }

    void predefinedKeyNamesMatchApiProfiles()
    {
        // An object type may use the predefined key names; they match profiles made by the API.
        defineType("T",
                   R"("_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}])");
        const QString id = f.createProfile({{s("PersonalEmailAddress"), s("Home@Example.com")}});
        QVERIFY_OK(f.put("T", j(R"({"id": "1", "email": "home@example.com"})")));
        QCOMPARE(f.profileOf(s("objectId"), s("1")), id);
        QCOMPARE(profileCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineIngestion)
#include "tst_engine_ingestion.moc"
