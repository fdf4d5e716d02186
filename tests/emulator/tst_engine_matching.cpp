// Rule-based matching (issue 16): which profiles match at which rule level (exact email,
// normalised phone, name plus address), groups kept up to date as profiles are created,
// updated, ingested and deleted, automatic merging on and off, GetSimilarProfiles and
// ListRuleBasedMatches, the ML operations of a domain whose ML job never ran, and a
// search by several keys.

#include "enginefixture.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

// Level 1 email, level 2 phone, level 3 name plus address.
const char *const kRules = R"({"Enabled": true, "MatchingRules": [
    {"Rule": ["EmailAddress"]}, {"Rule": ["PhoneNumber"]},
    {"Rule": ["FirstName", "LastName", "Address.City", "Address.PostalCode"]}]})";

const char *const kContactType = R"({"DomainName": "d", "ObjectTypeName": "Crm",
    "Description": "CRM contacts", "AllowProfileCreation": true,
    "Fields": {
        "id": {"Source": "_source.id", "Target": "_profile.AccountNumber"},
        "first": {"Source": "_source.first", "Target": "_profile.FirstName"},
        "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                  "ContentType": "EMAIL_ADDRESS"}},
    "Keys": {"crmId": [{"StandardIdentifiers": ["PROFILE", "UNIQUE"], "FieldNames": ["id"]}]}})";

} // namespace

class TestEngineMatching : public QObject
{
    Q_OBJECT

    EngineFixture f;

    void setRules(const QJsonObject &rules)
    {
        const ApiResult r =
            f.call("UpdateDomain", {{s("DomainName"), s("d")}, {s("RuleBasedMatching"), rules}});
        QVERIFY_OK(r);
    }
    QJsonObject rulesWith(const char *member, const QJsonValue &value)
    {
        QJsonObject rules = j(kRules);
        rules.insert(QLatin1String(member), value);
        return rules;
    }
    ApiResult similar(const char *key, const QString &value,
                      const char *type = "RULE_BASED_MATCHING")
    {
        return f.call("GetSimilarProfiles", {{s("DomainName"), s("d")},
                                             {s("MatchType"), QLatin1String(type)},
                                             {s("SearchKey"), QLatin1String(key)},
                                             {s("SearchValue"), value}});
    }
    QStringList similarIds(const QString &profileId)
    {
        QStringList ids;
        const QJsonArray found =
            similar("_profileId", profileId).body.value(s("ProfileIds")).toArray();
        for (const QJsonValue &id : found)
            ids.append(id.toString());
        return ids;
    }
    QStringList matchIds()
    {
        QStringList ids;
        const QJsonArray found =
            f.callIn("ListRuleBasedMatches", "{}").body.value(s("MatchIds")).toArray();
        for (const QJsonValue &id : found)
            ids.append(id.toString());
        return ids;
    }
    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        QVERIFY(f.createDomain());
    }
    void cleanup() { f.close(); }

    void matchesAtEachRuleLevel_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("level"); // 0: no match
        QTest::newRow("exact email") << s(R"({"EmailAddress": "ann@example.com"})")
                                     << s(R"({"EmailAddress": "  ANN@Example.COM "})") << 1;
        QTest::newRow("other email") << s(R"({"EmailAddress": "ann@example.com"})")
                                     << s(R"({"EmailAddress": "anne@example.com"})") << 0;
        QTest::newRow("normalised phone") << s(R"({"PhoneNumber": "+1 (555) 010-0001"})")
                                          << s(R"({"PhoneNumber": "+15550100001"})") << 2;
        QTest::newRow("other phone") << s(R"({"PhoneNumber": "+1 555 010 0001"})")
                                     << s(R"({"PhoneNumber": "+1 555 010 0002"})") << 0;
        QTest::newRow("email and phone: the lowest level")
            << s(R"({"EmailAddress": "b@example.com", "PhoneNumber": "+15550100003"})")
            << s(R"({"EmailAddress": "B@example.com", "PhoneNumber": "+1-555-010-0003"})") << 1;
        QTest::newRow("name plus address") << s(R"({"FirstName": "Ada", "LastName": "Lovelace",
                     "Address": {"City": "London", "PostalCode": "W1 1AA"}})")
                                           << s(R"({"FirstName": "ADA", "LastName": " lovelace ",
                     "Address": {"City": "london", "PostalCode": "w1  1aa"}})")
                                           << 3;
        QTest::newRow("name plus another city") << s(R"({"FirstName": "Ada", "LastName": "Lovelace",
                     "Address": {"City": "London", "PostalCode": "W1 1AA"}})")
                                                << s(R"({"FirstName": "Ada", "LastName": "Lovelace",
                     "Address": {"City": "Leeds", "PostalCode": "W1 1AA"}})")
                                                << 0;
        QTest::newRow("name without address")
            << s(R"({"FirstName": "Ada", "LastName": "Lovelace"})")
            << s(R"({"FirstName": "Ada", "LastName": "Lovelace"})") << 0;
        QTest::newRow("address in another member (ONE_TO_ONE)")
            << s(R"({"FirstName": "Ada", "LastName": "L", "Address": {"City": "X", "PostalCode": "1"}})")
            << s(R"({"FirstName": "Ada", "LastName": "L", "ShippingAddress": {"City": "X", "PostalCode": "1"}})")
            << 0;
        QTest::newRow("email in another member (ONE_TO_ONE)")
            << s(R"({"EmailAddress": "c@example.com"})")
            << s(R"({"BusinessEmailAddress": "c@example.com"})") << 0;
    }
    void matchesAtEachRuleLevel()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, level);
        setRules(j(kRules));
        const QString first = f.createProfile(j(a.toUtf8().constData()));
        const QString second = f.createProfile(j(b.toUtf8().constData()));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const ApiResult r = similar("_profileId", first);
        QVERIFY_OK(r);
        if (level == 0) {
            QCOMPARE(r.body.value(s("ProfileIds")).toArray().size(), 0);
            QVERIFY(!r.body.contains(s("MatchId")));
            QCOMPARE(matchIds(), QStringList());
            return;
        }
        QCOMPARE(similarIds(first), sorted({first, second}));
        QCOMPARE(r.body.value(s("RuleLevel")).toInt(), level);
        QCOMPARE(r.body.value(s("MatchType")).toString(), s("RULE_BASED_MATCHING"));
        const QString matchId = r.body.value(s("MatchId")).toString();
        QCOMPARE(matchIds(), QStringList{matchId});
        // Found by the MatchId too, under all four names of the keys.
        for (const char *key : {"_matchId", "matchId"})
            QCOMPARE(similar(key, matchId).body.value(s("ProfileIds")).toArray().size(), 2);
        QCOMPARE(similar("profileId", second).body.value(s("MatchId")).toString(), matchId);
        // Not merged: merging is not configured.
        QCOMPARE(f.profile(first).value(s("ProfileId")).toString(), first);
        QCOMPARE(f.profile(second).value(s("ProfileId")).toString(), second);
    }

    void selectorManyToManyMatchesAcrossMembers()
    {
        QJsonObject rules = j(kRules);
        rules.insert(s("AttributeTypesSelector"), j(R"({"AttributeMatchingModel": "MANY_TO_MANY",
                          "EmailAddress": ["EmailAddress", "BusinessEmailAddress"]})"));
        setRules(rules);
        const QString a = f.createProfile(j(R"({"EmailAddress": "c@example.com"})"));
        const QString b = f.createProfile(j(R"({"BusinessEmailAddress": "C@example.com"})"));
        QCOMPARE(similarIds(a), sorted({a, b}));
        // ONE_TO_ONE over the same members: only the same member matches.
        rules.insert(s("AttributeTypesSelector"), j(R"({"AttributeMatchingModel": "ONE_TO_ONE",
                          "EmailAddress": ["EmailAddress", "BusinessEmailAddress"]})"));
        setRules(rules);
        QCOMPARE(similarIds(a), QStringList());
        const QString c = f.createProfile(j(R"({"BusinessEmailAddress": "c@EXAMPLE.com"})"));
        QCOMPARE(similarIds(b), sorted({b, c}));
    }

    void maxLevelForMatchingLimitsTheRules()
    {
        setRules(rulesWith("MaxAllowedRuleLevelForMatching", 1));
        const QString a = f.createProfile(j(R"({"PhoneNumber": "+15550100009"})"));
        f.createProfile(j(R"({"PhoneNumber": "+15550100009"})"));
        QCOMPARE(similarIds(a), QStringList());
        setRules(j(kRules)); // all three levels: the existing profiles are regrouped at once
        QCOMPARE(similarIds(a).size(), 2);
    }

    void groupsFollowUpdatesIngestionAndDeletion()
    {
        setRules(j(kRules));
        QVERIFY_OK(f.call("PutProfileObjectType", j(kContactType)));
        const QString a = f.createProfile(j(R"({"EmailAddress": "x@example.com"})"));
        const QString b = f.createProfile(
            j(R"({"EmailAddress": "X@example.com", "PhoneNumber": "+15550100100"})"));
        const QString c = f.createProfile(j(R"({"PhoneNumber": "+1 555 010 0100"})"));
        // a-b by email, b-c by phone: one group, connected from rule level 2.
        const ApiResult group = similar("_profileId", c);
        QCOMPARE(similarIds(c), sorted({a, b, c}));
        QCOMPARE(group.body.value(s("RuleLevel")).toInt(), 2);
        const QString matchId = group.body.value(s("MatchId")).toString();

        // c's phone changes: c leaves, the group keeps its MatchId and is level 1 again.
        QVERIFY_OK(f.call("UpdateProfile", {{s("DomainName"), s("d")},
                                            {s("ProfileId"), c},
                                            {s("PhoneNumber"), s("+15550100999")}}));
        QCOMPARE(similarIds(c), QStringList());
        QCOMPARE(similarIds(a), sorted({a, b}));
        QCOMPARE(similar("_profileId", a).body.value(s("RuleLevel")).toInt(), 1);
        QCOMPARE(matchIds(), QStringList{matchId});

        // An ingested object that creates a profile with the same email joins the group.
        const ApiResult put =
            f.put("Crm", j(R"({"id": "CRM-1", "first": "Xa", "email": "x@EXAMPLE.com"})"));
        QVERIFY_OK(put);
        const QString d = f.profileOf(s("crmId"), s("CRM-1"));
        QVERIFY(!d.isEmpty());
        QCOMPARE(similarIds(a), sorted({a, b, d}));

        // Deleting profiles leaves the others grouped, then alone.
        QVERIFY_OK(f.call("DeleteProfile", {{s("DomainName"), s("d")}, {s("ProfileId"), b}}));
        QCOMPARE(similarIds(a), sorted({a, d}));
        QVERIFY_OK(f.call("DeleteProfile", {{s("DomainName"), s("d")}, {s("ProfileId"), d}}));
        QCOMPARE(similarIds(a), QStringList());
        QCOMPARE(matchIds(), QStringList());
        QCOMPARE_ERROR(similar("_matchId", matchId), 404, "ResourceNotFoundException");
    }

    void listsPagesOfMatchIds()
    {
        setRules(j(kRules));
        for (int i = 0; i < 5; ++i) {
            const QJsonObject email{{s("EmailAddress"), QStringLiteral("p%1@example.com").arg(i)}};
            f.createProfile(email);
            f.createProfile(email);
        }
        ApiResult page = f.callIn("ListRuleBasedMatches", R"({"MaxResults": 3})");
        QVERIFY_OK(page);
        QCOMPARE(page.body.value(s("MatchIds")).toArray().size(), 3);
        QJsonObject next = j(R"({"DomainName": "d", "MaxResults": 3})");
        next.insert(s("NextToken"), page.body.value(s("NextToken")));
        page = f.call("ListRuleBasedMatches", next);
        QCOMPARE(page.body.value(s("MatchIds")).toArray().size(), 2);
        QVERIFY(!page.body.contains(s("NextToken")));
    }

    void autoMergeUpToTheMergingLevel()
    {
        setRules(rulesWith("MaxAllowedRuleLevelForMerging", 1));
        const QString older = f.createProfile(
            j(R"({"EmailAddress": "m@example.com", "FirstName": "Ann", "LastName": "Lee"})"));
        f.now += 1000;
        const QString newer = f.createProfile(j(
            R"({"EmailAddress": "M@example.com", "FirstName": "Anne", "PhoneNumber": "+15550101000"})"));
        // Merged at once into the older profile: union of fields, conflicts by recency.
        QCOMPARE(f.search(s("_email"), s("m@example.com")), QStringList{older});
        const QJsonObject merged = f.profile(older);
        QCOMPARE(merged.value(s("FirstName")).toString(), s("Anne"));
        QCOMPARE(merged.value(s("LastName")).toString(), s("Lee"));
        QCOMPARE(merged.value(s("PhoneNumber")).toString(), s("+15550101000"));
        QCOMPARE(f.search(s("_profileId"), newer), QStringList{older}); // its id key moved
        QCOMPARE(f.stats().value(s("ProfileCount")).toInt(), 1);
        QCOMPARE(matchIds(), QStringList());

        // A phone match (level 2) is above the merging level: grouped, not merged.
        const QString phone = f.createProfile(j(R"({"PhoneNumber": "+1 555 010 1000"})"));
        QCOMPARE(similarIds(older), sorted({older, phone}));
        QCOMPARE(f.stats().value(s("ProfileCount")).toInt(), 2);
    }

    void autoMergeOffKeepsBoth()
    {
        setRules(j(kRules)); // no MaxAllowedRuleLevelForMerging
        const QString a = f.createProfile(j(R"({"EmailAddress": "k@example.com"})"));
        const QString b = f.createProfile(j(R"({"EmailAddress": "k@example.com"})"));
        QCOMPARE(f.search(s("_email"), s("k@example.com")), sorted({a, b}));
        QCOMPARE(similarIds(a), sorted({a, b}));
    }

    void autoMergeWithSourceConflictResolution()
    {
        QVERIFY_OK(f.call("PutProfileObjectType", j(kContactType)));
        QJsonObject rules = rulesWith("MaxAllowedRuleLevelForMerging", 1);
        rules.insert(s("ConflictResolution"),
                     j(R"({"ConflictResolvingModel": "SOURCE", "SourceName": "Crm"})"));
        setRules(rules);
        QVERIFY_OK(
            f.put("Crm", j(R"({"id": "C-7", "first": "Robert", "email": "r@example.com"})")));
        const QString crm = f.profileOf(s("crmId"), s("C-7"));
        f.now += 1000;
        f.createProfile(j(R"({"EmailAddress": "r@example.com", "FirstName": "Bob"})"));
        // The CRM's first name wins although the other profile is more recent.
        QCOMPARE(f.search(s("_email"), s("r@example.com")), QStringList{crm});
        QCOMPARE(f.profile(crm).value(s("FirstName")).toString(), s("Robert"));
    }

    void rulesAreChecked()
    {
        QJsonObject bad = j(R"({"Enabled": true, "MatchingRules": [{"Rule": ["ShoeSize"]}]})");
        QCOMPARE_ERROR(
            f.call("UpdateDomain", {{s("DomainName"), s("d")}, {s("RuleBasedMatching"), bad}}), 400,
            "BadRequestException");
        bad = j(R"({"Enabled": true, "ConflictResolution": {"ConflictResolvingModel": "SOURCE"}})");
        QCOMPARE_ERROR(f.call("CreateDomain", {{s("DomainName"), s("e")},
                                               {s("DefaultExpirationDays"), 1},
                                               {s("RuleBasedMatching"), bad}}),
                       400, "BadRequestException");
        // Not enabled: the rule-based operations say so.
        QCOMPARE_ERROR(f.callIn("ListRuleBasedMatches", "{}"), 400, "BadRequestException");
        setRules(j(kRules));
        QCOMPARE_ERROR(similar("_email", s("a@example.com")), 400, "BadRequestException");
        QCOMPARE_ERROR(similar("_profileId", s("0123456789abcdef0123456789abcdef")), 404,
                       "ResourceNotFoundException");
    }

    void mlMatchingHasNotRun()
    {
        QCOMPARE_ERROR(f.callIn("GetMatches", "{}"), 400, "BadRequestException");
        QVERIFY_OK(f.callIn("UpdateDomain", R"({"Matching": {"Enabled": true}})"));
        const ApiResult matches = f.callIn("GetMatches", "{}");
        QVERIFY_OK(matches);
        QCOMPARE(matches.body.value(s("Matches")).toArray().size(), 0);
        QCOMPARE(matches.body.value(s("PotentialMatches")).toInt(), 0);
        const QString a = f.createProfile(j(R"({"EmailAddress": "ml@example.com"})"));
        f.createProfile(j(R"({"EmailAddress": "ml@example.com"})"));
        const ApiResult ml = similar("_profileId", a, "ML_BASED_MATCHING");
        QVERIFY_OK(ml);
        QCOMPARE(ml.body.value(s("ProfileIds")).toArray().size(), 0);
        const ApiResult preview = f.callIn("GetAutoMergingPreview", R"({
            "Consolidation": {"MatchingAttributesList": [["EmailAddress"]]},
            "ConflictResolution": {"ConflictResolvingModel": "RECENCY"}})");
        QVERIFY_OK(preview);
        QCOMPARE(preview.body.value(s("NumberOfProfilesWillBeMerged")).toInt(), 0);
        QCOMPARE(preview.body.value(s("DomainName")).toString(), s("d"));
    }

    // A store written before schema version 5 (no match index, no history) is upgraded in
    // place; the first purge (cplocal runs one at start) indexes the domains with rules.
    void upgradesAStoreFromVersionFour()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("cplocal.sqlite"));
        QString a, b;
        {
            Database db(Database::Options{path, false});
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            EngineOptions options;
            options.clockMs = [] { return EngineFixture::kStart; };
            Engine engine(db, options);
            QVERIFY_OK(engine.call(s("CreateDomain"), {{s("DomainName"), s("old")},
                                                       {s("DefaultExpirationDays"), 10},
                                                       {s("RuleBasedMatching"), j(kRules)}}));
            for (QString *id : {&a, &b})
                *id = engine
                          .call(s("CreateProfile"), {{s("DomainName"), s("old")},
                                                     {s("EmailAddress"), s("old@example.com")}})
                          .body.value(s("ProfileId"))
                          .toString();
            // Back to what a version 4 cplocal left.
            QSqlQuery q(db.connection());
            for (const char *table :
                 {"match_index", "match_groups", "match_members", "match_state", "profile_history"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(q.exec(s("UPDATE meta SET value = '4' WHERE key = 'schema_version'")));
        }
        Database db(Database::Options{path, false});
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        EngineOptions options;
        options.clockMs = [] { return EngineFixture::kStart; };
        Engine engine(db, options);
        QVERIFY(engine.purgeExpired() >= 0);
        const ApiResult similar =
            engine.call(s("GetSimilarProfiles"), {{s("DomainName"), s("old")},
                                                  {s("MatchType"), s("RULE_BASED_MATCHING")},
                                                  {s("SearchKey"), s("_profileId")},
                                                  {s("SearchValue"), a}});
        QVERIFY_OK(similar);
        QCOMPARE(similar.body.value(s("ProfileIds")).toArray().size(), 2);
        const ApiResult history = engine.call(s("ListProfileHistoryRecords"),
                                              {{s("DomainName"), s("old")}, {s("ProfileId"), b}});
        QVERIFY_OK(history);
        QCOMPARE(history.body.value(s("ProfileHistoryRecords")).toArray().size(), 0);
    }

    void searchBySeveralKeysSaysWhatFoundEach()
    {
        const QString both = f.createProfile(
            j(R"({"EmailAddress": "dup@example.com", "PhoneNumber": "+15550102000"})"));
        const QString email = f.createProfile(j(R"({"EmailAddress": "dup@example.com"})"));
        const QString phone = f.createProfile(j(R"({"PhoneNumber": "+1 555 010 2000"})"));
        QJsonObject input = j(R"({"DomainName": "d", "KeyName": "_email",
            "Values": ["DUP@example.com"], "MaxResults": 100,
            "AdditionalSearchKeys": [{"KeyName": "_phone", "Values": ["+15550102000"]}]})");
        input.insert(s("LogicalOperator"), s("AND"));
        QJsonArray items = f.call("SearchProfiles", input).body.value(s("Items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(s("ProfileId")).toString(), both);
        QCOMPARE(items.at(0).toObject().value(s("FoundByItems")).toArray().size(), 2);
        input.insert(s("LogicalOperator"), s("OR"));
        items = f.call("SearchProfiles", input).body.value(s("Items")).toArray();
        QCOMPARE(items.size(), 3);
        QHash<QString, QStringList> foundBy;
        for (const QJsonValue &item : std::as_const(items)) {
            const QJsonArray found = item.toObject().value(s("FoundByItems")).toArray();
            for (const QJsonValue &key : found)
                foundBy[item.toObject().value(s("ProfileId")).toString()].append(
                    key.toObject().value(s("KeyName")).toString());
        }
        QCOMPARE(foundBy.value(both), (QStringList{s("_email"), s("_phone")}));
        QCOMPARE(foundBy.value(email), QStringList{s("_email")});
        QCOMPARE(foundBy.value(phone), QStringList{s("_phone")});
    }
};

QTEST_GUILESS_MAIN(TestEngineMatching)
#include "tst_engine_matching.moc"
