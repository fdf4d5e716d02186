// Profiles through the API (predefined keys, updates, keys, search) and the life of
// objects after ingestion: listing, deletion, their type's deletion, expiration.

#include "enginefixture.h"

#include <QSet>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

const char *const kContactType = R"({"DomainName": "d", "ObjectTypeName": "Contact",
    "Description": "contacts", "AllowProfileCreation": true,
    "Fields": {
        "id": {"Source": "_source.id"},
        "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                  "ContentType": "EMAIL_ADDRESS"},
        "city": {"Source": "_source.city", "Target": "_profile.Address.City"},
        "first": {"Source": "_source.first", "Target": "_profile.FirstName"},
        "tier": {"Source": "_source.tier", "Target": "_profile.Attributes.tier"},
        "kind": {"Source": "_source.kind"}},
    "Keys": {
        "contactId": [{"StandardIdentifiers": ["UNIQUE", "PROFILE"], "FieldNames": ["id"]}],
        "email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}],
        "kind": [{"FieldNames": ["kind"]}]}})";

} // namespace

class TestEngineProfiles : public QObject
{
    Q_OBJECT

    EngineFixture f;

    QJsonArray listObjects(const QString &profile, const char *type = "Contact",
                           const QJsonObject &extra = {})
    {
        QJsonObject input = extra;
        input.insert(s("DomainName"), s("d"));
        input.insert(s("ObjectTypeName"), QString::fromLatin1(type));
        input.insert(s("ProfileId"), profile);
        return f.call("ListProfileObjects", input).body.value(s("Items")).toArray();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        QVERIFY(f.createDomain());
    }
    void cleanup() { f.close(); }

    void predefinedKeysFollowTheFields()
    {
        const QString id = f.createProfile(j(R"({"AccountNumber": "ACC-1",
            "PhoneNumber": "+1 555 000 0001", "MobilePhoneNumber": "+15550000002",
            "HomePhoneNumber": "(555) 000-0003", "BusinessPhoneNumber": "+1-555-000-0004",
            "EmailAddress": "a@example.com", "PersonalEmailAddress": "B@example.com",
            "BusinessEmailAddress": "c@EXAMPLE.com",
            "FirstName": "Jane", "MiddleName": "Q", "LastName": "Doe"})"));
        QVERIFY(!id.isEmpty());
        const QStringList only{id};
        QCOMPARE(f.search(s("_profileId"), id), only);
        QCOMPARE(f.search(s("_account"), s("ACC-1")), only);
        for (const char *phone : {"+15550000001", "+15550000002", "5550000003", "+15550000004"})
            QVERIFY2(f.search(s("_phone"), s(phone)) == only, phone);
        for (const char *email : {"a@example.com", "b@example.com", "C@example.com"})
            QVERIFY2(f.search(s("_email"), s(email)) == only, email);
        QCOMPARE(f.search(s("_fullName"), s("jane q doe")), only);

        QJsonObject update = j(R"({"DomainName": "d", "PhoneNumber": "+15559999999",
                                   "MiddleName": "", "AccountNumber": "ACC-2"})");
        update.insert(s("ProfileId"), id);
        QVERIFY_OK(f.call("UpdateProfile", update));
        QCOMPARE(f.search(s("_phone"), s("+15550000001")), QStringList());
        QCOMPARE(f.search(s("_phone"), s("+15559999999")), only);
        QCOMPARE(f.search(s("_phone"), s("+15550000002")), only);
        QCOMPARE(f.search(s("_account"), s("ACC-1")), QStringList());
        QCOMPARE(f.search(s("_account"), s("ACC-2")), only);
        QCOMPARE(f.search(s("_fullName"), s("Jane Q Doe")), QStringList());
        QCOMPARE(f.search(s("_fullName"), s("Jane Doe")), only);

        QVERIFY_OK(f.call("DeleteProfile", {{s("DomainName"), s("d")}, {s("ProfileId"), id}}));
        QCOMPARE(f.search(s("_email"), s("a@example.com")), QStringList());
        QCOMPARE(f.rows("profile_keys", s("d")), 0);
        QCOMPARE_ERROR(f.call("DeleteProfile", {{s("DomainName"), s("d")}, {s("ProfileId"), id}}),
                       404, "ResourceNotFoundException");
    }

    void updateClearsWithEmptyAndKeepsAbsent()
    {
        const QString id = f.createProfile(j(R"({"FirstName": "Jane", "LastName": "Doe",
            "Address": {"Address1": "1 Main St", "City": "Seattle", "PostalCode": "98101"},
            "Attributes": {"tier": "gold", "team": "blue"}})"));
        QJsonObject update = j(R"({"DomainName": "d", "LastName": "",
            "Address": {"City": "", "Address1": "2 Main St"},
            "Attributes": {"tier": "", "region": "west"}})");
        update.insert(s("ProfileId"), id);
        const ApiResult r = f.call("UpdateProfile", update);
        QVERIFY_OK(r);
        QCOMPARE(r.body.value(s("ProfileId")).toString(), id);
        const QJsonObject p = f.profile(id);
        QCOMPARE(p.value(s("FirstName")).toString(), s("Jane"));
        QVERIFY(!p.contains(s("LastName")));
        QCOMPARE(p.value(s("Address")).toObject(),
                 (QJsonObject{{s("Address1"), s("2 Main St")}, {s("PostalCode"), s("98101")}}));
        QCOMPARE(p.value(s("Attributes")).toObject(),
                 (QJsonObject{{s("team"), s("blue")}, {s("region"), s("west")}}));

        QCOMPARE_ERROR(
            f.call("UpdateProfile", {{s("DomainName"), s("d")},
                                     {s("ProfileId"), s("0123456789abcdef0123456789abcdef")},
                                     {s("FirstName"), s("X")}}),
            404, "ResourceNotFoundException");
    }

    // Qt 6.4's QJsonObject does not find this name in a parsed document (U+00C3, 12 CJK, 4
    // ASCII): an update inserted it a second time, and "" did not clear it.
    void attributeNamesQtMissesAreReplacedAndCleared()
    {
        const QString name = QString(QChar(0xc3)) + QString(12, QChar(0x4e2d)) + s("abcd");
        const auto parsed = [&name](const char *text) {
            return QJsonDocument::fromJson(QString::fromUtf8(text).arg(name).toUtf8()).object();
        };
        const QString id =
            f.createProfile(parsed(R"({"FirstName": "Jane", "Attributes": {"%1": "one"}})"));
        QJsonObject update = parsed(R"({"DomainName": "d", "Attributes": {"%1": "two"}})");
        update.insert(s("ProfileId"), id);
        QVERIFY_OK(f.call("UpdateProfile", update));
        const QJsonObject attributes = f.profile(id).value(s("Attributes")).toObject();
        QCOMPARE(attributes.size(), 1);
        QCOMPARE(attributes.begin().key(), name);
        QCOMPARE(attributes.begin().value().toString(), s("two"));

        QJsonObject clear = parsed(R"({"DomainName": "d", "Attributes": {"%1": ""}})");
        clear.insert(s("ProfileId"), id);
        QVERIFY_OK(f.call("UpdateProfile", clear));
        QVERIFY(!f.profile(id).contains(s("Attributes")));
    }

    void addAndDeleteProfileKey()
    {
        QVERIFY_OK(f.call("PutProfileObjectType", j(kContactType)));
        const QString id = f.createProfile({});
        QJsonObject add{{s("DomainName"), s("d")},
                        {s("ProfileId"), id},
                        {s("KeyName"), s("email")},
                        {s("Values"), QJsonArray{s("One@Example.com"), s("two@example.com")}}};
        const ApiResult added = f.call("AddProfileKey", add);
        QVERIFY_OK(added);
        QCOMPARE(added.body.value(s("KeyName")).toString(), s("email"));
        QCOMPARE(f.search(s("email"), s("one@example.com")), QStringList{id});
        QCOMPARE(f.search(s("email"), s("two@example.com")), QStringList{id});

        add.insert(s("Values"), QJsonArray{s("ONE@example.com")});
        QVERIFY_OK(f.call("DeleteProfileKey", add));
        QCOMPARE(f.search(s("email"), s("one@example.com")), QStringList());
        QCOMPARE(f.search(s("email"), s("two@example.com")), QStringList{id});

        add.insert(s("KeyName"), s("unknownKey"));
        QCOMPARE_ERROR(f.call("AddProfileKey", add), 400, "BadRequestException");
        QCOMPARE_ERROR(f.call("DeleteProfileKey", add), 400, "BadRequestException");
        add.insert(s("KeyName"), s("email"));
        add.insert(s("ProfileId"), s("0123456789abcdef0123456789abcdef"));
        QCOMPARE_ERROR(f.call("AddProfileKey", add), 404, "ResourceNotFoundException");
    }

    void searchPagesAndCombinesKeys()
    {
        QSet<QString> all;
        for (int i = 0; i < 25; ++i) {
            QJsonObject fields{{s("AccountNumber"), s("SHARED")},
                               {s("FirstName"), QStringLiteral("P%1").arg(i)}};
            if (i % 2 == 0)
                fields.insert(s("EmailAddress"), s("even@example.com"));
            all.insert(f.createProfile(fields));
        }
        QCOMPARE(all.size(), 25);

        const QJsonObject input =
            j(R"({"DomainName": "d", "KeyName": "_account", "Values": ["SHARED"]})");
        ApiResult r = f.call("SearchProfiles", input);
        QVERIFY_OK(r);
        const QJsonArray page1 = r.body.value(s("Items")).toArray();
        QCOMPARE(page1.size(), 20);
        const QString token = r.body.value(s("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        // The same request gives the same page.
        QCOMPARE(f.call("SearchProfiles", input).body.value(s("Items")).toArray(), page1);

        QJsonObject next = input;
        next.insert(s("NextToken"), token);
        r = f.call("SearchProfiles", next);
        QVERIFY_OK(r);
        const QJsonArray page2 = r.body.value(s("Items")).toArray();
        QCOMPARE(page2.size(), 5);
        QVERIFY(!r.body.contains(s("NextToken")));
        QSet<QString> seen;
        for (const QJsonArray &page : {page1, page2}) {
            for (const QJsonValue &item : page)
                seen.insert(item.toObject().value(s("ProfileId")).toString());
        }
        QCOMPARE(seen, all);

        next.insert(s("NextToken"), s("not-a-token"));
        QCOMPARE_ERROR(f.call("SearchProfiles", next), 400, "BadRequestException");
        QJsonObject unknown = input;
        unknown.insert(s("KeyName"), s("noSuchKey"));
        QCOMPARE_ERROR(f.call("SearchProfiles", unknown), 400, "BadRequestException");

        // AND: on the shared account and the even email; OR: either of two names.
        QJsonObject both = input;
        both.insert(s("MaxResults"), 100);
        both.insert(s("AdditionalSearchKeys"),
                    QJsonArray{j(R"({"KeyName": "_email", "Values": ["EVEN@example.com"]})")});
        both.insert(s("LogicalOperator"), s("AND"));
        QCOMPARE(f.call("SearchProfiles", both).body.value(s("Items")).toArray().size(), 13);
        const QJsonObject either =
            j(R"({"DomainName": "d", "KeyName": "_fullName", "Values": ["P1"],
            "AdditionalSearchKeys": [{"KeyName": "_fullName", "Values": ["p2", "p3"]}],
            "LogicalOperator": "OR"})");
        QCOMPARE(f.call("SearchProfiles", either).body.value(s("Items")).toArray().size(), 3);
        QJsonObject none = either;
        none.insert(s("LogicalOperator"), s("AND"));
        QCOMPARE(f.call("SearchProfiles", none).body.value(s("Items")).toArray().size(), 0);
    }

    void listObjectsPagesAndFilters()
    {
        QVERIFY_OK(f.call("PutProfileObjectType", j(kContactType)));
        for (int i = 0; i < 5; ++i) {
            QJsonObject object{{s("id"), QString::number(i)},
                               {s("email"), s("a@example.com")},
                               {s("kind"), i % 2 ? s("odd") : s("even")}};
            QVERIFY_OK(f.put("Contact", object));
        }
        const QString id = f.profileOf(s("email"), s("a@example.com"));
        QStringList ids;
        QString token;
        int pages = 0;
        do {
            QJsonObject extra{{s("MaxResults"), 2}};
            if (!token.isEmpty())
                extra.insert(s("NextToken"), token);
            extra.insert(s("DomainName"), s("d"));
            extra.insert(s("ObjectTypeName"), s("Contact"));
            extra.insert(s("ProfileId"), id);
            const ApiResult r = f.call("ListProfileObjects", extra);
            QVERIFY_OK(r);
            for (const QJsonValue &item : r.body.value(s("Items")).toArray()) {
                const QJsonObject o = item.toObject();
                QCOMPARE(o.value(s("ObjectTypeName")).toString(), s("Contact"));
                ids.append(QJsonDocument::fromJson(o.value(s("Object")).toString().toUtf8())
                               .object()
                               .value(s("id"))
                               .toString());
            }
            token = r.body.value(s("NextToken")).toString();
        } while (!token.isEmpty() && ++pages < 10);
        QCOMPARE(ids, (QStringList{s("0"), s("1"), s("2"), s("3"), s("4")}));

        const QJsonArray odd = listObjects(
            id, "Contact", {{s("ObjectFilter"), j(R"({"KeyName": "kind", "Values": ["odd"]})")}});
        QCOMPARE(odd.size(), 2);
        const ApiResult badFilter =
            f.call("ListProfileObjects",
                   {{s("DomainName"), s("d")},
                    {s("ObjectTypeName"), s("Contact")},
                    {s("ProfileId"), id},
                    {s("ObjectFilter"), j(R"({"KeyName": "nope", "Values": ["x"]})")}});
        QCOMPARE_ERROR(badFilter, 400, "BadRequestException");
        const ApiResult badToken =
            f.call("ListProfileObjects", {{s("DomainName"), s("d")},
                                          {s("ObjectTypeName"), s("Contact")},
                                          {s("ProfileId"), id},
                                          {s("NextToken"), s("zzz")}});
        QCOMPARE_ERROR(badToken, 400, "BadRequestException");
    }

    void deleteProfileObject()
    {
        QVERIFY_OK(f.call("PutProfileObjectType", j(kContactType)));
        const ApiResult put = f.put("Contact", j(R"({"id": "1", "email": "a@example.com"})"));
        QVERIFY_OK(f.put("Contact", j(R"({"id": "2", "email": "a@example.com"})")));
        const QString key = put.body.value(s("ProfileObjectUniqueKey")).toString();
        const QString id = f.profileOf(s("email"), s("a@example.com"));
        QJsonObject input{{s("DomainName"), s("d")},
                          {s("ObjectTypeName"), s("Contact")},
                          {s("ProfileId"), id},
                          {s("ProfileObjectUniqueKey"), key}};
        QVERIFY_OK(f.call("DeleteProfileObject", input));
        QCOMPARE(listObjects(id).size(), 1);
        QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), 1);
        QCOMPARE_ERROR(f.call("DeleteProfileObject", input), 404, "ResourceNotFoundException");
        // Putting it again makes a new object, not the deleted one.
        const ApiResult again = f.put("Contact", j(R"({"id": "1", "email": "a@example.com"})"));
        QVERIFY_OK(again);
        QCOMPARE(listObjects(id).size(), 2);
    }

    void deletingATypeClearsWhatOnlyItSet()
    {
        QVERIFY_OK(f.call("PutProfileObjectType", j(kContactType)));
        QJsonObject other = j(kContactType);
        other.insert(s("ObjectTypeName"), s("Other"));
        QVERIFY_OK(f.call("PutProfileObjectType", other));
        QVERIFY_OK(f.put("Contact", j(R"({"id": "1", "email": "a@example.com", "city": "Oslo",
                                          "first": "Ann", "tier": "gold"})")));
        const QString id = f.profileOf(s("email"), s("a@example.com"));
        QVERIFY_OK(f.put("Other", j(R"({"id": "9", "email": "a@example.com", "tier": "gold"})")));
        QJsonObject update{
            {s("DomainName"), s("d")}, {s("ProfileId"), id}, {s("FirstName"), s("Ann")}};
        QVERIFY_OK(f.call("UpdateProfile", update));
        QCOMPARE(f.profileOf(s("email"), s("a@example.com")), id);

        QVERIFY_OK(f.callIn("DeleteProfileObjectType", R"({"ObjectTypeName": "Contact"})"));
        const QJsonObject p = f.profile(id);
        QVERIFY2(!p.isEmpty(), "the profile stays");
        QVERIFY(!p.contains(s("Address")));                                  // only Contact
        QCOMPARE(p.value(s("FirstName")).toString(), s("Ann"));              // also the API
        QCOMPARE(p.value(s("EmailAddress")).toString(), s("a@example.com")); // also Other
        QCOMPARE(p.value(s("Attributes")).toObject().value(s("tier")).toString(), s("gold"));
        QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), 1);
        QCOMPARE(f.search(s("contactId"), s("1")), QStringList());   // Contact's key value
        QCOMPARE(f.search(s("contactId"), s("9")), QStringList{id}); // Other's, same key name
        QCOMPARE(f.search(s("_email"), s("a@example.com")), QStringList{id});

        QVERIFY_OK(f.callIn("DeleteProfileObjectType", R"({"ObjectTypeName": "Other"})"));
        const QJsonObject after = f.profile(id);
        QVERIFY(!after.contains(s("EmailAddress")));
        QVERIFY(!after.contains(s("Attributes")));
        QCOMPARE(after.value(s("FirstName")).toString(), s("Ann"));
        QCOMPARE(f.search(s("_email"), s("a@example.com")), QStringList());
        QCOMPARE(f.rows("objects", s("d")), 0);
    }

    void aTypeNamedApiIsNotTheApi()
    {
        QJsonObject api = j(kContactType);
        api.insert(s("ObjectTypeName"), s("api"));
        QVERIFY_OK(f.call("PutProfileObjectType", api));
        const QString id = f.createProfile({{s("LastName"), s("Doe")}});
        QVERIFY_OK(f.call("AddProfileKey", {{s("DomainName"), s("d")},
                                            {s("ProfileId"), id},
                                            {s("KeyName"), s("email")},
                                            {s("Values"), QJsonArray{s("a@example.com")}}}));
        QVERIFY_OK(f.put("api", j(R"({"id": "1", "email": "a@example.com", "first": "Ann"})")));
        QVERIFY_OK(f.callIn("DeleteProfileObjectType", R"({"ObjectTypeName": "api"})"));
        const QJsonObject p = f.profile(id);
        QCOMPARE(p.value(s("LastName")).toString(), s("Doe")); // set by the API
        QVERIFY(!p.contains(s("FirstName")));                  // set by the type
    }

    void expiredObjectsArePurged()
    {
        QJsonObject shortLived = j(kContactType);
        shortLived.insert(s("ObjectTypeName"), s("Short"));
        shortLived.insert(s("ExpirationDays"), 2);
        QVERIFY_OK(f.call("PutProfileObjectType", shortLived));
        QVERIFY_OK(f.call("PutProfileObjectType", j(kContactType))); // the domain's 10 days
        QVERIFY_OK(f.put("Short", j(R"({"id": "s1", "email": "a@example.com"})")));
        QVERIFY_OK(f.put("Contact", j(R"({"id": "c1", "email": "a@example.com"})")));
        const QString id = f.profileOf(s("email"), s("a@example.com"));

        f.now += EngineFixture::kDayMs; // nothing is old enough yet
        QCOMPARE(f.engine->purgeExpired(), 0);
        QVERIFY_OK(f.put("Short", j(R"({"id": "s2", "email": "a@example.com"})")));

        f.now += EngineFixture::kDayMs + 1000; // s1 is past 2 days, s2 is not
        // Expired but not yet purged: already not listed.
        QCOMPARE(listObjects(id, "Short").size(), 1);
        QCOMPARE(f.engine->purgeExpired(), 1);
        const QJsonArray shortObjects = listObjects(id, "Short");
        QCOMPARE(shortObjects.size(), 1);
        QVERIFY(shortObjects.at(0).toObject().value(s("Object")).toString().contains(s("s2")));
        QCOMPARE(listObjects(id).size(), 1);
        QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), 2);

        f.now += 9 * EngineFixture::kDayMs; // past the domain's default for c1
        QCOMPARE(f.engine->purgeExpired(), 2);
        QCOMPARE(listObjects(id).size(), 0);
        QCOMPARE(listObjects(id, "Short").size(), 0);
        QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), 0);
        QCOMPARE(f.engine->purgeExpired(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineProfiles)
#include "tst_engine_profiles.moc"
