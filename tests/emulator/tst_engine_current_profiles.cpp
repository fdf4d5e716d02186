// Today's service (botocore 1.43.11's model) for profiles: the members CreateProfile and
// UpdateProfile gained (ProfileType, GenderString, PartyTypeString, EngagementPreferences),
// the 21 predefined keys of the KeyName documentation, and an object type's
// MaxProfileObjectCount enforced on ingestion.

#include "enginefixture.h"
#include "standardprofile.h"

#include <QJsonArray>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace sp = cp::schema::standardprofile;

namespace {

const char *const kVisitType = R"({"DomainName": "d", "ObjectTypeName": "Visit",
    "Description": "visits", "AllowProfileCreation": true, "MaxProfileObjectCount": 2,
    "Fields": {
        "id": {"Source": "_source.id"},
        "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                  "ContentType": "EMAIL_ADDRESS"}},
    "Keys": {
        "visitId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
        "email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]}})";

const char *const kPreferences = R"({
    "Phone": [{"KeyName": "_phone", "KeyValue": "+15550100", "ContactType": "MobilePhoneNumber"}],
    "Email": [{"KeyName": "_email", "KeyValue": "a@example.com", "ContactType": "EmailAddress"}]})";

} // namespace

class TestEngineCurrentProfiles : public QObject
{
    Q_OBJECT

    EngineFixture f;

    ApiResult update(const QString &id, const char *json)
    {
        QJsonObject input = j(json);
        input.insert(s("DomainName"), s("d"));
        input.insert(s("ProfileId"), id);
        return f.call("UpdateProfile", input);
    }
    ApiResult key(const char *operation, const QString &id, const QString &name,
                  const QString &value)
    {
        return f.call(operation, {{s("DomainName"), s("d")},
                                  {s("ProfileId"), id},
                                  {s("KeyName"), name},
                                  {s("Values"), QJsonArray{value}}});
    }
    QStringList visits(const QString &profile)
    {
        const QJsonArray items = f.call("ListProfileObjects", {{s("DomainName"), s("d")},
                                                               {s("ObjectTypeName"), s("Visit")},
                                                               {s("ProfileId"), profile}})
                                     .body.value(s("Items"))
                                     .toArray();
        QStringList ids;
        for (const QJsonValue &item : items) {
            const QJsonObject object =
                QJsonDocument::fromJson(item.toObject().value(s("Object")).toString().toUtf8())
                    .object();
            ids.append(object.value(s("id")).toString());
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        QVERIFY(f.createDomain());
    }
    void cleanup() { f.close(); }

    void profileKeepsTheNewMembers()
    {
        QJsonObject input = j(R"({"FirstName": "Ada", "ProfileType": "ACCOUNT_PROFILE",
            "GenderString": "non-binary", "PartyTypeString": "Household",
            "PartyType": "INDIVIDUAL", "Gender": "UNSPECIFIED"})");
        input.insert(s("EngagementPreferences"), j(kPreferences));
        const QString id = f.createProfile(input);
        QVERIFY(!id.isEmpty());
        const QJsonObject p = f.profile(id);
        QCOMPARE(p.value(s("ProfileType")).toString(), s("ACCOUNT_PROFILE"));
        QCOMPARE(p.value(s("GenderString")).toString(), s("non-binary"));
        QCOMPARE(p.value(s("PartyTypeString")).toString(), s("Household"));
        QCOMPARE(p.value(s("PartyType")).toString(), s("INDIVIDUAL"));
        QCOMPARE(p.value(s("Gender")).toString(), s("UNSPECIFIED"));
        QCOMPARE(p.value(s("EngagementPreferences")).toObject(), j(kPreferences));
        // Every search answer holds them, whatever key found the profile.
        const QJsonObject byName =
            f.call("SearchProfiles", j(R"({"DomainName": "d", "KeyName": "_fullName",
                                          "Values": ["ada"]})"))
                .body.value(s("Items"))
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(byName.value(s("GenderString")).toString(), s("non-binary"));
        QCOMPARE(byName.value(s("EngagementPreferences")).toObject(), j(kPreferences));

        QCOMPARE_ERROR(f.call("CreateProfile", j(R"({"DomainName": "d", "ProfileType": "NOPE"})")),
                       400, "BadRequestException");
        QCOMPARE_ERROR(f.call("CreateProfile", j(R"({"DomainName": "d", "GenderString": ""})")),
                       400, "BadRequestException"); // CreateProfile's strings have 1 at least
    }

    void updateChangesOnlyTheNewMembersGiven()
    {
        QJsonObject input = j(R"({"LastName": "Doe", "ProfileType": "PROFILE",
            "GenderString": "female", "PartyTypeString": "Person"})");
        input.insert(s("EngagementPreferences"), j(kPreferences));
        const QString id = f.createProfile(input);

        // A string given replaces, "" clears, an absent member is kept.
        QVERIFY_OK(update(id, R"({"GenderString": "", "ProfileType": "ACCOUNT_PROFILE"})"));
        QJsonObject p = f.profile(id);
        QVERIFY(!p.contains(s("GenderString")));
        QCOMPARE(p.value(s("ProfileType")).toString(), s("ACCOUNT_PROFILE"));
        QCOMPARE(p.value(s("PartyTypeString")).toString(), s("Person"));
        QCOMPARE(p.value(s("LastName")).toString(), s("Doe"));
        QCOMPARE(p.value(s("EngagementPreferences")).toObject(), j(kPreferences));

        // EngagementPreferences given replaces the stored ones whole; {} clears them.
        QVERIFY_OK(update(id, R"({"EngagementPreferences": {"Email": [{"KeyName": "_email",
                                  "KeyValue": "b@example.com"}]}})"));
        p = f.profile(id);
        QCOMPARE(p.value(s("EngagementPreferences")).toObject(),
                 j(R"({"Email": [{"KeyName": "_email", "KeyValue": "b@example.com"}]})"));
        QCOMPARE(p.value(s("PartyTypeString")).toString(), s("Person"));
        QVERIFY_OK(update(id, R"({"EngagementPreferences": {}})"));
        QVERIFY(!f.profile(id).contains(s("EngagementPreferences")));
        QCOMPARE(f.profile(id).value(s("ProfileType")).toString(), s("ACCOUNT_PROFILE"));
    }

    void theDocumentedPredefinedKeys()
    {
        // The KeyName documentation of SearchProfiles and AddProfileKey, in its order.
        const QStringList documented = {s("_account"),
                                        s("_profileId"),
                                        s("_assetId"),
                                        s("_caseId"),
                                        s("_orderId"),
                                        s("_fullName"),
                                        s("_phone"),
                                        s("_email"),
                                        s("_ctrContactId"),
                                        s("_marketoLeadId"),
                                        s("_salesforceAccountId"),
                                        s("_salesforceContactId"),
                                        s("_salesforceAssetId"),
                                        s("_zendeskUserId"),
                                        s("_zendeskExternalId"),
                                        s("_zendeskTicketId"),
                                        s("_serviceNowSystemId"),
                                        s("_serviceNowIncidentId"),
                                        s("_segmentUserId"),
                                        s("_shopifyCustomerId"),
                                        s("_shopifyOrderId")};
        QCOMPARE(sp::predefinedKeyNames(), documented);
        QStringList fed;
        for (const sp::PredefinedKey &k : sp::profileFedKeys())
            fed.append(k.name);
        QCOMPARE(fed, (QStringList{s("_account"), s("_profileId"), s("_fullName"), s("_phone"),
                                   s("_email")}));
        QCOMPARE(sp::predefinedKey(s("_phone"))->members, sp::phoneMembers());
        QCOMPARE(sp::predefinedKey(s("_email"))->contentType, s("EMAIL_ADDRESS"));
        QVERIFY(sp::predefinedKey(s("_fullName"))->joined);
        QVERIFY(!sp::predefinedKey(s("_salesforceAccountId"))->fedByProfile());
        QCOMPARE(sp::predefinedKey(s("_crmNoteId")), nullptr);
    }

    void everyPredefinedKeyIsSearchedAddedAndDeleted()
    {
        // On a domain with no object type: searching any of them is an empty page.
        for (const QString &name : sp::predefinedKeyNames()) {
            const ApiResult r = f.call("SearchProfiles", {{s("DomainName"), s("d")},
                                                          {s("KeyName"), name},
                                                          {s("Values"), QJsonArray{s("nothing")}}});
            QVERIFY2(r.ok(), qPrintable(name + QLatin1Char(' ') + describe(r)));
            QCOMPARE(r.body.value(s("Items")).toArray(), QJsonArray());
        }
        const QString id = f.createProfile({{s("FirstName"), s("Kim")}});
        for (const QString &name : sp::predefinedKeyNames()) {
            if (name == s("_profileId")) {
                QCOMPARE_ERROR(key("AddProfileKey", id, name, id), 400, "BadRequestException");
                continue;
            }
            // (Digits: a value every content type keeps, phone numbers included.)
            QVERIFY_OK(key("AddProfileKey", id, name, s("12345")));
            QVERIFY2(f.search(name, s("12345")) == QStringList{id}, qPrintable(name));
            QVERIFY_OK(key("DeleteProfileKey", id, name, s("12345")));
            QVERIFY2(f.search(name, s("12345")).isEmpty(), qPrintable(name));
        }
        // A name that is neither predefined nor an object type's is still refused.
        QCOMPARE_ERROR(key("AddProfileKey", id, s("_crmNoteId"), s("1")), 400,
                       "BadRequestException");
        QCOMPARE_ERROR(f.call("SearchProfiles", j(R"({"DomainName": "d", "KeyName": "_crmNoteId",
                                                     "Values": ["1"]})")),
                       400, "BadRequestException");
    }

    void aPredefinedKeyAnObjectTypeDefinesComparesAsItsField()
    {
        // Keys no profile member feeds take the content type of the type that defines them.
        QVERIFY_OK(f.call("PutProfileObjectType", j(R"({"DomainName": "d",
            "ObjectTypeName": "Zendesk", "Description": "users", "AllowProfileCreation": true,
            "Fields": {"id": {"Source": "_source.id", "ContentType": "NUMBER"}},
            "Keys": {"_zendeskUserId": [{"StandardIdentifiers": ["UNIQUE", "PROFILE"],
                                         "FieldNames": ["id"]}]}})")));
        QVERIFY_OK(f.put("Zendesk", j(R"({"id": "0042"})")));
        const QStringList found = f.search(s("_zendeskUserId"), s("42"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(f.search(s("_zendeskUserId"), s("42.0")), found);
    }

    void maxProfileObjectCountRemovesTheLeastRecentlyWritten()
    {
        QVERIFY_OK(f.call("PutProfileObjectType", j(kVisitType)));
        for (const char *id : {"v1", "v2"}) {
            QJsonObject visit{{s("id"), s(id)}, {s("email"), s("a@example.com")}};
            QVERIFY_OK(f.put("Visit", visit));
            f.now += 1000;
        }
        const QString profile = f.profileOf(s("email"), s("a@example.com"));
        QCOMPARE(visits(profile), (QStringList{s("v1"), s("v2")}));

        // Written again, v1 becomes the most recent: replacing adds nothing, removes nothing.
        QVERIFY_OK(f.put("Visit", j(R"({"id": "v1", "email": "a@example.com"})")));
        QCOMPARE(visits(profile), (QStringList{s("v2"), s("v1")}));

        // A third object pushes out the least recently written (v2).
        QVERIFY_OK(f.put("Visit", j(R"({"id": "v3", "email": "a@example.com"})")));
        QCOMPARE(visits(profile), (QStringList{s("v1"), s("v3")}));
        QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), 2);
        // Its keys stay, as when an object is deleted.
        QCOMPARE(f.search(s("visitId"), s("v2")), QStringList{profile});

        // Another profile's objects are its own.
        QVERIFY_OK(f.put("Visit", j(R"({"id": "w1", "email": "b@example.com"})")));
        QCOMPARE(visits(profile), (QStringList{s("v1"), s("v3")}));

        // Lowered, the count applies from the next object on: the profile is brought to it.
        QJsonObject lowered = j(kVisitType);
        lowered.insert(s("MaxProfileObjectCount"), 1);
        QVERIFY_OK(f.call("PutProfileObjectType", lowered));
        QCOMPARE(visits(profile).size(), 2);
        QVERIFY_OK(f.put("Visit", j(R"({"id": "v4", "email": "a@example.com"})")));
        QCOMPARE(visits(profile), QStringList{s("v4")});
        QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), 2); // v4 and w1

        // Without a count, objects are not limited.
        QJsonObject unlimited = j(kVisitType);
        unlimited.remove(s("MaxProfileObjectCount"));
        QVERIFY_OK(f.call("PutProfileObjectType", unlimited));
        for (const char *id : {"v5", "v6", "v7"}) {
            QJsonObject visit{{s("id"), s(id)}, {s("email"), s("a@example.com")}};
            QVERIFY_OK(f.put("Visit", visit));
        }
        QCOMPARE(visits(profile).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestEngineCurrentProfiles)
#include "tst_engine_current_profiles.moc"
