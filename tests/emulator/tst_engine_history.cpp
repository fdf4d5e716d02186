// Profile history (ListProfileHistoryRecords, GetProfileHistoryRecord): a record after each
// action (create, update, key added and deleted, ingestion with its object type and
// ProfileObjectUniqueKey, merge, deletion, expiry), newest first, filtered, paged, and
// kept after the profile is gone.

#include "enginefixture.h"

#include <QJsonArray>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

const char *const kVisitType = R"({"DomainName": "d", "ObjectTypeName": "Visit",
    "Description": "visits", "AllowProfileCreation": true, "ExpirationDays": 2,
    "Fields": {"id": {"Source": "_source.id"},
               "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                         "ContentType": "EMAIL_ADDRESS"}},
    "Keys": {"visitId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["id"]}],
             "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]}})";

const QString kCaller = QStringLiteral("arn:aws:iam::123456789012:root");

} // namespace

class TestEngineHistory : public QObject
{
    Q_OBJECT

    EngineFixture f;

    ApiResult list(const QString &id, QJsonObject filters = {})
    {
        filters.insert(s("DomainName"), s("d"));
        filters.insert(s("ProfileId"), id);
        return f.call("ListProfileHistoryRecords", filters);
    }
    // ActionType of every record, newest first.
    QStringList actions(const QString &id, const QJsonObject &filters = {})
    {
        QStringList out;
        const QJsonArray records =
            list(id, filters).body.value(s("ProfileHistoryRecords")).toArray();
        for (const QJsonValue &r : records)
            out.append(r.toObject().value(s("ActionType")).toString());
        return out;
    }
    QJsonObject latest(const QString &id)
    {
        const QJsonObject record =
            list(id).body.value(s("ProfileHistoryRecords")).toArray().at(0).toObject();
        return f
            .call(
                "GetProfileHistoryRecord",
                {{s("DomainName"), s("d")}, {s("ProfileId"), id}, {s("Id"), record.value(s("Id"))}})
            .body;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        QVERIFY(f.createDomain());
        QVERIFY_OK(f.call("PutProfileObjectType", j(kVisitType)));
    }
    void cleanup() { f.close(); }

    void recordsEveryAction()
    {
        const QString id = f.createProfile(j(R"({"FirstName": "Ada"})"));
        QCOMPARE(actions(id), QStringList{s("CREATED")});
        QJsonObject record = latest(id);
        QCOMPARE(record.value(s("ObjectTypeName")).toString(), s("_profile"));
        QCOMPARE(record.value(s("PerformedBy")).toString(), kCaller);
        QCOMPARE(record.value(s("CreatedAt")).toDouble(), EngineFixture::kStart / 1000.0);
        QCOMPARE(QJsonDocument::fromJson(record.value(s("Content")).toString().toUtf8())
                     .object()
                     .value(s("FirstName"))
                     .toString(),
                 s("Ada"));

        f.now += 1000;
        QVERIFY_OK(f.call("UpdateProfile", {{s("DomainName"), s("d")},
                                            {s("ProfileId"), id},
                                            {s("EmailAddress"), s("ada@example.com")}}));
        QCOMPARE(actions(id).first(), s("UPDATED"));
        QVERIFY(latest(id).value(s("Content")).toString().contains(s("ada@example.com")));

        const QJsonObject key{{s("DomainName"), s("d")},
                              {s("ProfileId"), id},
                              {s("KeyName"), s("_zendeskUserId")},
                              {s("Values"), QJsonArray{s("Z-1")}}};
        QVERIFY_OK(f.call("AddProfileKey", key));
        record = latest(id);
        QCOMPARE(record.value(s("ActionType")).toString(), s("ADDED_PROFILE_KEY"));
        QCOMPARE(record.value(s("ObjectTypeName")).toString(), s("_profileKey"));
        QVERIFY(record.value(s("Content")).toString().contains(s("Z-1")));
        QVERIFY_OK(f.call("DeleteProfileKey", key));
        QCOMPARE(actions(id).first(), s("DELETED_PROFILE_KEY"));

        const ApiResult put = f.put("Visit", j(R"({"id": "V-1", "email": "ADA@example.com"})"));
        QVERIFY_OK(put);
        record = latest(id);
        QCOMPARE(record.value(s("ActionType")).toString(), s("INGESTED"));
        QCOMPARE(record.value(s("ObjectTypeName")).toString(), s("Visit"));
        QCOMPARE(record.value(s("ProfileObjectUniqueKey")).toString(),
                 put.body.value(s("ProfileObjectUniqueKey")).toString());
        QVERIFY(record.value(s("Content")).toString().contains(s("V-1")));

        // A merge: MERGED on the main profile, DELETED_BY_MERGE on the other.
        const QString other = f.createProfile(j(R"({"LastName": "Lovelace"})"));
        QVERIFY_OK(f.call("MergeProfiles", {{s("DomainName"), s("d")},
                                            {s("MainProfileId"), id},
                                            {s("ProfileIdsToBeMerged"), QJsonArray{other}}}));
        QCOMPARE(actions(id).first(), s("MERGED"));
        QVERIFY(latest(id).value(s("Content")).toString().contains(other));
        QCOMPARE(actions(other), (QStringList{s("DELETED_BY_MERGE"), s("CREATED")}));
        QVERIFY(latest(other).value(s("Content")).toString().contains(id));

        QVERIFY_OK(f.call("DeleteProfile", {{s("DomainName"), s("d")}, {s("ProfileId"), id}}));
        QCOMPARE(actions(id), (QStringList{s("DELETED_BY_CUSTOMER"), s("MERGED"), s("INGESTED"),
                                           s("DELETED_PROFILE_KEY"), s("ADDED_PROFILE_KEY"),
                                           s("UPDATED"), s("CREATED")}));
    }

    void recordsExpiry()
    {
        QVERIFY_OK(f.put("Visit", j(R"({"id": "V-9", "email": "old@example.com"})")));
        const QString id = f.profileOf(s("_email"), s("old@example.com"));
        QVERIFY(!id.isEmpty());
        f.now += 11 * EngineFixture::kDayMs; // past the type's 2 days and the domain's 10
        QCOMPARE(f.engine->purgeExpired(), 1);
        const QJsonObject objectRecord =
            list(id).body.value(s("ProfileHistoryRecords")).toArray().at(1).toObject();
        QCOMPARE(actions(id), (QStringList{s("EXPIRED"), s("EXPIRED"), s("INGESTED")}));
        QCOMPARE(objectRecord.value(s("ObjectTypeName")).toString(), s("Visit"));
        QVERIFY(!objectRecord.value(s("ProfileObjectUniqueKey")).toString().isEmpty());
        QCOMPARE(latest(id).value(s("PerformedBy")).toString(), s("profile.amazonaws.com"));
        QCOMPARE(f.rows("profiles", s("d")), 0);
    }

    void filtersAndPages()
    {
        const QString id = f.createProfile(j(R"({"FirstName": "Ada"})"));
        for (int i = 0; i < 4; ++i)
            QVERIFY_OK(f.call("UpdateProfile", {{s("DomainName"), s("d")},
                                                {s("ProfileId"), id},
                                                {s("MiddleName"), QStringLiteral("M%1").arg(i)}}));
        QVERIFY_OK(f.put("Visit", j(R"({"id": "V-2", "email": "x@example.com"})")));
        QVERIFY_OK(f.call("AddProfileKey", {{s("DomainName"), s("d")},
                                            {s("ProfileId"), id},
                                            {s("KeyName"), s("_email")},
                                            {s("Values"), QJsonArray{s("x2@example.com")}}}));
        QCOMPARE(actions(id, j(R"({"ActionType": "UPDATED"})")).size(), 4);
        QCOMPARE(actions(id, j(R"({"ObjectTypeName": "_profileKey"})")),
                 QStringList{s("ADDED_PROFILE_KEY")});
        QCOMPARE(actions(id, j(R"({"PerformedBy": "someone-else"})")), QStringList());
        QJsonObject by{{s("PerformedBy"), kCaller}};
        QCOMPARE(actions(id, by).size(), 6);

        // Pages of two, newest first, every record once.
        QJsonObject page{{s("MaxResults"), 2}};
        QStringList ids;
        for (int round = 0; round < 5; ++round) {
            const ApiResult r = list(id, page);
            QVERIFY_OK(r);
            const QJsonArray records = r.body.value(s("ProfileHistoryRecords")).toArray();
            QVERIFY(records.size() <= 2);
            for (const QJsonValue &record : records)
                ids.append(record.toObject().value(s("Id")).toString());
            if (!r.body.contains(s("NextToken")))
                break;
            page.insert(s("NextToken"), r.body.value(s("NextToken")));
        }
        QCOMPARE(ids.size(), 6);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 6);
        QCOMPARE(latest(id).value(s("ActionType")).toString(), s("ADDED_PROFILE_KEY"));
    }

    void unknownProfilesAndRecords()
    {
        const QString unknown = s("0123456789abcdef0123456789abcdef");
        QCOMPARE_ERROR(list(unknown), 404, "ResourceNotFoundException");
        const QString id = f.createProfile(j(R"({"FirstName": "Ada"})"));
        QCOMPARE_ERROR(
            f.call("GetProfileHistoryRecord",
                   {{s("DomainName"), s("d")}, {s("ProfileId"), id}, {s("Id"), unknown}}),
            404, "ResourceNotFoundException");
        QCOMPARE_ERROR(f.call("ListProfileHistoryRecords",
                              {{s("DomainName"), s("nope")}, {s("ProfileId"), id}}),
                       404, "ResourceNotFoundException");
        // DeleteDomain takes the history with it.
        QVERIFY_OK(f.callIn("DeleteDomain", "{}"));
        QCOMPARE(f.rows("profile_history", s("d")), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineHistory)
#include "tst_engine_history.moc"
