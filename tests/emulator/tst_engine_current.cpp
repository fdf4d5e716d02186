// Today's service (botocore 1.43.11's model) in the configuration operations: a domain's
// Matching, RuleBasedMatching and DataStore; an object type's SourcePriority,
// MaxProfileObjectCount and MaxAvailableProfileObjectCount; an integration's RoleArn,
// EventTriggerNames and Scope. Stored, answered as the response shapes define, and
// changed only where an update gives them.

#include "enginefixture.h"

#include <QJsonArray>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

const char *const kMatching = R"({"Enabled": true,
    "JobSchedule": {"DayOfTheWeek": "SUNDAY", "Time": "03:30"},
    "AutoMerging": {"Enabled": true,
        "Consolidation": {"MatchingAttributesList": [["EmailAddress"], ["FirstName", "LastName"]]},
        "ConflictResolution": {"ConflictResolvingModel": "RECENCY"},
        "MinAllowedConfidenceScoreForMerging": 0.8},
    "ExportingConfig": {"S3Exporting": {"S3BucketName": "matches", "S3KeyName": "out/"}}})";

const char *const kRuleBased = R"({"Enabled": true,
    "MatchingRules": [{"Rule": ["EmailAddress"]}, {"Rule": ["PhoneNumber", "LastName"]}],
    "MaxAllowedRuleLevelForMerging": 1, "MaxAllowedRuleLevelForMatching": 2,
    "AttributeTypesSelector": {"AttributeMatchingModel": "ONE_TO_ONE",
        "EmailAddress": ["EmailAddress", "PersonalEmailAddress"]},
    "ConflictResolution": {"ConflictResolvingModel": "SOURCE", "SourceName": "Contact"}})";

const char *const kNoteType = R"({"ObjectTypeName": "Note", "Description": "notes",
    "AllowProfileCreation": true,
    "Fields": {"id": {"Source": "_source.id"}},
    "Keys": {"noteId": [{"StandardIdentifiers": ["UNIQUE", "PROFILE"], "FieldNames": ["id"]}]}})";

const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/CustomerProfilesIngest");
const QString kFlowUri = QStringLiteral("arn:aws:appflow:us-east-1:123456789012:flow/Flow1");

QJsonObject withMembers(const char *json, std::initializer_list<std::pair<QString, QJsonValue>> add)
{
    QJsonObject out = j(json);
    for (const auto &[name, value] : add)
        out.insert(name, value);
    return out;
}

} // namespace

class TestEngineCurrent : public QObject
{
    Q_OBJECT

    EngineFixture f;

    QJsonObject getDomain() { return f.callIn("GetDomain", "{}").body; }

private Q_SLOTS:
    void init() { QVERIFY(f.open()); }
    void cleanup() { f.close(); }

    void domainKeepsMatchingRuleBasedMatchingAndDataStore()
    {
        const QJsonObject rules = j(kRuleBased);
        const ApiResult created = f.call(
            "CreateDomain", withMembers(R"({"DomainName": "d", "DefaultExpirationDays": 30})",
                                        {{s("Matching"), j(kMatching)},
                                         {s("RuleBasedMatching"), rules},
                                         {s("DataStore"), QJsonObject{{s("Enabled"), true}}}}));
        QVERIFY_OK(created);
        for (const QJsonObject &answer : {created.body, getDomain()}) {
            QCOMPARE(answer.value(s("Matching")).toObject(), j(kMatching));
            QJsonObject expected = rules;
            expected.insert(s("Status"), s("ACTIVE")); // a new domain skips PENDING
            QCOMPARE(answer.value(s("RuleBasedMatching")).toObject(), expected);
            QCOMPARE(answer.value(s("DataStore")).toObject(),
                     j(R"({"Enabled": true, "Readiness": {"ProgressPercentage": 100}})"));
        }
        // ListDomains' items define none of them.
        const QJsonObject item =
            f.call("ListDomains", {}).body.value(s("Items")).toArray().at(0).toObject();
        QCOMPARE(item.value(s("DomainName")).toString(), s("d"));
        QVERIFY(!item.contains(s("Matching")));
        QVERIFY(!item.contains(s("RuleBasedMatching")));
        QVERIFY(!item.contains(s("DataStore")));
    }

    void domainWithoutThemAnswersNone()
    {
        QVERIFY(f.createDomain());
        const QJsonObject got = getDomain();
        QVERIFY(!got.contains(s("Matching")));
        QVERIFY(!got.contains(s("RuleBasedMatching")));
        QVERIFY(!got.contains(s("DataStore")));
    }

    void updateDomainChangesOnlyWhatIsGiven()
    {
        QVERIFY_OK(f.call("CreateDomain",
                          withMembers(R"({"DomainName": "d", "DefaultExpirationDays": 30})",
                                      {{s("Matching"), j(kMatching)},
                                       {s("DataStore"), QJsonObject{{s("Enabled"), true}}}})));
        f.now += 1000;
        // RuleBasedMatching added, disabled: no Status (there is no rule to build).
        ApiResult r = f.callIn("UpdateDomain",
                               R"({"RuleBasedMatching": {"Enabled": false,
                                   "MatchingRules": [{"Rule": ["EmailAddress"]}]}})");
        QVERIFY_OK(r);
        QCOMPARE(r.body.value(s("Matching")).toObject(), j(kMatching));
        QCOMPARE(r.body.value(s("DataStore")).toObject().value(s("Enabled")).toBool(), true);
        QCOMPARE(r.body.value(s("RuleBasedMatching")).toObject(),
                 j(R"({"Enabled": false, "MatchingRules": [{"Rule": ["EmailAddress"]}]})"));
        QCOMPARE(r.body.value(s("DefaultExpirationDays")).toInt(), 30);
        QCOMPARE(r.body.value(s("LastUpdatedAt")).toDouble(),
                 double(EngineFixture::kStart + 1000) / 1000.0);

        // A member given replaces the stored one whole; the others stay.
        r = f.callIn("UpdateDomain", R"({"Matching": {"Enabled": false},
                                         "RuleBasedMatching": {"Enabled": true},
                                         "DataStore": {"Enabled": false}})");
        QVERIFY_OK(r);
        QCOMPARE(getDomain().value(s("Matching")).toObject(), j(R"({"Enabled": false})"));
        QCOMPARE(getDomain().value(s("RuleBasedMatching")).toObject(),
                 j(R"({"Enabled": true, "Status": "ACTIVE"})"));
        QCOMPARE(getDomain().value(s("DataStore")).toObject(), j(R"({"Enabled": false})"));

        // Updating other members leaves them.
        QVERIFY_OK(f.callIn("UpdateDomain", R"({"DefaultExpirationDays": 60})"));
        const QJsonObject got = getDomain();
        QCOMPARE(got.value(s("DefaultExpirationDays")).toInt(), 60);
        QCOMPARE(got.value(s("Matching")).toObject(), j(R"({"Enabled": false})"));
        QCOMPARE(got.value(s("RuleBasedMatching")).toObject().value(s("Status")).toString(),
                 s("ACTIVE"));
    }

    void domainMembersAreValidatedAndUnknownOnesIgnored()
    {
        // Enabled is required; an enum outside the model's; a rule list past 15.
        ApiResult r = f.call("CreateDomain", j(R"({"DomainName": "d", "DefaultExpirationDays": 30,
                                   "RuleBasedMatching": {"MatchingRules": [{"Rule": ["A"]}]}})"));
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        r = f.call("CreateDomain", j(R"({"DomainName": "d", "DefaultExpirationDays": 30,
            "Matching": {"Enabled": true, "JobSchedule": {"DayOfTheWeek": "SOMEDAY", "Time": "1:00"}}})"));
        QCOMPARE_ERROR(r, 400, "BadRequestException");
        QCOMPARE(f.rows("domains", s("d")), 0);
        // Members the model lacks, at any depth, are neither stored nor answered.
        r = f.call("CreateDomain", j(R"({"DomainName": "d", "DefaultExpirationDays": 30, "Bogus": 1,
                         "DataStore": {"Enabled": true, "Readiness": {"ProgressPercentage": 5}},
                         "RuleBasedMatching": {"Enabled": true, "Status": "PENDING", "Extra": 2}})"));
        QVERIFY_OK(r);
        QVERIFY(!getDomain().contains(s("Bogus")));
        QCOMPARE(getDomain().value(s("RuleBasedMatching")).toObject(),
                 j(R"({"Enabled": true, "Status": "ACTIVE"})"));
        QCOMPARE(getDomain().value(s("DataStore")).toObject(),
                 j(R"({"Enabled": true, "Readiness": {"ProgressPercentage": 100}})"));
    }

    void objectTypeKeepsSourcePriorityAndMaxProfileObjectCount()
    {
        QVERIFY(f.createDomain());
        const ApiResult put = f.call("PutProfileObjectType",
                                     withMembers(kNoteType, {{s("DomainName"), s("d")},
                                                             {s("SourcePriority"), 2},
                                                             {s("MaxProfileObjectCount"), 300}}));
        QVERIFY_OK(put);
        const QJsonObject got =
            f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "Note"})").body;
        for (const QJsonObject &answer : {put.body, got}) {
            QCOMPARE(answer.value(s("SourcePriority")).toInt(), 2);
            QCOMPARE(answer.value(s("MaxProfileObjectCount")).toInt(), 300);
            // Nothing else assigns any of the 1,000 a profile holds.
            QCOMPARE(answer.value(s("MaxAvailableProfileObjectCount")).toInt(), 1000);
        }
        const QJsonObject item = f.callIn("ListProfileObjectTypes", "{}")
                                     .body.value(s("Items"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(item.value(s("ObjectTypeName")).toString(), s("Note"));
        QCOMPARE(item.value(s("Description")).toString(), s("notes"));
        QCOMPARE(item.value(s("SourcePriority")).toInt(), 2);
        QCOMPARE(item.value(s("MaxProfileObjectCount")).toInt(), 300);
        QCOMPARE(item.value(s("MaxAvailableProfileObjectCount")).toInt(), 1000);
        QVERIFY(!item.contains(s("Fields")));

        // A Put without them drops them (a Put is the whole definition).
        QVERIFY_OK(
            f.call("PutProfileObjectType", withMembers(kNoteType, {{s("DomainName"), s("d")}})));
        const QJsonObject plain =
            f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "Note"})").body;
        QVERIFY(!plain.contains(s("SourcePriority")));
        QVERIFY(!plain.contains(s("MaxProfileObjectCount")));
        QCOMPARE(plain.value(s("MaxAvailableProfileObjectCount")).toInt(), 1000);
    }

    void objectTypesShareAProfilesCapacity()
    {
        QVERIFY(f.createDomain());
        QVERIFY_OK(f.call("PutProfileObjectType",
                          withMembers(kNoteType, {{s("DomainName"), s("d")},
                                                  {s("MaxProfileObjectCount"), 700}})));
        QJsonObject other = withMembers(kNoteType, {{s("DomainName"), s("d")},
                                                    {s("ObjectTypeName"), s("Other")},
                                                    {s("MaxProfileObjectCount"), 301}});
        const ApiResult refused = f.call("PutProfileObjectType", other);
        QCOMPARE_ERROR(refused, 400, "BadRequestException");
        QVERIFY2(refused.message.contains(s("300")), qPrintable(refused.message));
        other.insert(s("MaxProfileObjectCount"), 300);
        const ApiResult put = f.call("PutProfileObjectType", other);
        QVERIFY_OK(put);
        QCOMPARE(put.body.value(s("MaxAvailableProfileObjectCount")).toInt(), 300);
        QCOMPARE(f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "Note"})")
                     .body.value(s("MaxAvailableProfileObjectCount"))
                     .toInt(),
                 700);
        // A type may keep or lower its own count; what it frees is available to the others.
        QVERIFY_OK(f.call("PutProfileObjectType",
                          withMembers(kNoteType, {{s("DomainName"), s("d")},
                                                  {s("MaxProfileObjectCount"), 100}})));
        QCOMPARE(f.callIn("GetProfileObjectType", R"({"ObjectTypeName": "Other"})")
                     .body.value(s("MaxAvailableProfileObjectCount"))
                     .toInt(),
                 900);
        QCOMPARE_ERROR(f.call("PutProfileObjectType",
                              withMembers(kNoteType, {{s("DomainName"), s("d")},
                                                      {s("MaxProfileObjectCount"), 0}})),
                       400, "BadRequestException"); // the model's minimum is 1
    }

    void integrationKeepsRoleArnEventTriggerNamesAndScope()
    {
        QVERIFY(f.createDomain(s("d")));
        QVERIFY(f.createDomain(s("e")));
        for (const char *domain : {"d", "e"})
            QVERIFY_OK(f.call("PutProfileObjectType",
                              withMembers(kNoteType, {{s("DomainName"), s(domain)}})));
        QJsonObject input{{s("DomainName"), s("d")},
                          {s("Uri"), kFlowUri},
                          {s("ObjectTypeName"), s("Note")},
                          {s("RoleArn"), kRoleArn},
                          {s("EventTriggerNames"), QJsonArray{s("HighValue")}},
                          {s("Scope"), s("PROFILE")}};
        const ApiResult put = f.call("PutIntegration", input);
        QVERIFY_OK(put);
        input.insert(s("DomainName"), s("e"));
        input.insert(s("Scope"), s("DOMAIN"));
        QVERIFY_OK(f.call("PutIntegration", input));

        const auto check = [&](const QJsonObject &answer, const char *scope) {
            QCOMPARE(answer.value(s("RoleArn")).toString(), kRoleArn);
            QCOMPARE(answer.value(s("EventTriggerNames")).toArray(), QJsonArray{s("HighValue")});
            QCOMPARE(answer.value(s("Scope")).toString(), s(scope));
            QCOMPARE(answer.value(s("ObjectTypeName")).toString(), s("Note"));
            QCOMPARE(answer.value(s("Uri")).toString(), kFlowUri);
        };
        check(put.body, "PROFILE");
        check(f.call("GetIntegration", {{s("DomainName"), s("d")}, {s("Uri"), kFlowUri}}).body,
              "PROFILE");
        check(f.callIn("ListIntegrations", "{}").body.value(s("Items")).toArray().at(0).toObject(),
              "PROFILE");
        const QJsonArray account = f.call("ListAccountIntegrations", {{s("Uri"), kFlowUri}})
                                       .body.value(s("Items"))
                                       .toArray();
        QCOMPARE(account.size(), 2);
        check(account.at(0).toObject(), "PROFILE");
        check(account.at(1).toObject(), "DOMAIN");

        // A Put replaces the definition: what it does not give is gone.
        QVERIFY_OK(f.call(
            "PutIntegration",
            {{s("DomainName"), s("d")}, {s("Uri"), kFlowUri}, {s("ObjectTypeName"), s("Note")}}));
        const QJsonObject plain =
            f.call("GetIntegration", {{s("DomainName"), s("d")}, {s("Uri"), kFlowUri}}).body;
        QVERIFY(!plain.contains(s("RoleArn")));
        QVERIFY(!plain.contains(s("Scope")));

        // The model's rules: a role ARN's pattern, one trigger name at most, the enum.
        QJsonObject bad = input;
        bad.insert(s("RoleArn"), s("not-an-arn"));
        QCOMPARE_ERROR(f.call("PutIntegration", bad), 400, "BadRequestException");
        bad = input;
        bad.insert(s("EventTriggerNames"), QJsonArray{s("a"), s("b")});
        QCOMPARE_ERROR(f.call("PutIntegration", bad), 400, "BadRequestException");
        bad = input;
        bad.insert(s("Scope"), s("WORLD"));
        QCOMPARE_ERROR(f.call("PutIntegration", bad), 400, "BadRequestException");
    }
};

QTEST_GUILESS_MAIN(TestEngineCurrent)
#include "tst_engine_current.moc"
