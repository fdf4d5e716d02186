// MergeProfiles as its documentation lists it (keys and objects move to the main profile,
// fields union with the main profile winning conflicts unless FieldSourceProfileIds names
// another, even an empty one; merged profiles deleted), all or nothing when a step fails;
// BatchGetProfile with per-id errors.

#include "enginefixture.h"

#include <QJsonArray>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

const char *const kNoteType = R"({"DomainName": "d", "ObjectTypeName": "Note",
    "Description": "notes", "AllowProfileCreation": false,
    "Fields": {"noteId": {"Source": "_source.noteId"},
               "account": {"Source": "_source.account", "Target": "_profile.AccountNumber"}},
    "Keys": {"noteId": [{"StandardIdentifiers": ["UNIQUE"], "FieldNames": ["noteId"]}],
             "_account": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["account"]}]}})";

} // namespace

class TestEngineMerging : public QObject
{
    Q_OBJECT

    EngineFixture f;
    QString main, first, second;

    ApiResult merge(const QStringList &merged, const QJsonObject &sources = {})
    {
        QJsonObject input{{s("DomainName"), s("d")},
                          {s("MainProfileId"), main},
                          {s("ProfileIdsToBeMerged"), QJsonArray::fromStringList(merged)}};
        if (!sources.isEmpty())
            input.insert(s("FieldSourceProfileIds"), sources);
        return f.call("MergeProfiles", input);
    }
    int notes(const QString &profile)
    {
        return f
            .call("ListProfileObjects", {{s("DomainName"), s("d")},
                                         {s("ObjectTypeName"), s("Note")},
                                         {s("ProfileId"), profile}})
            .body.value(s("Items"))
            .toArray()
            .size();
    }
    int historyCount(const QString &profile)
    {
        return f
            .call("ListProfileHistoryRecords",
                  {{s("DomainName"), s("d")}, {s("ProfileId"), profile}})
            .body.value(s("ProfileHistoryRecords"))
            .toArray()
            .size();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        QVERIFY(f.createDomain());
        QVERIFY_OK(f.call("PutProfileObjectType", j(kNoteType)));
        main = f.createProfile(j(R"({"FirstName": "Ann", "LastName": "Lee",
            "EmailAddress": "ann@example.com", "BusinessName": "Acme",
            "Attributes": {"tier": "gold", "a": "1"}})"));
        first = f.createProfile(j(R"({"FirstName": "Anne", "PhoneNumber": "+15550103000",
            "AccountNumber": "ACC-1", "Address": {"City": "Paris"},
            "Attributes": {"tier": "silver", "b": "2"}})"));
        second = f.createProfile(j(R"({"LastName": "Leigh", "BirthDate": "1990-01-02",
            "AccountNumber": "ACC-2"})"));
        QVERIFY(!main.isEmpty() && !first.isEmpty() && !second.isEmpty());
        QVERIFY_OK(f.call("AddProfileKey", {{s("DomainName"), s("d")},
                                            {s("ProfileId"), first},
                                            {s("KeyName"), s("_salesforceAccountId")},
                                            {s("Values"), QJsonArray{s("SF-1")}}}));
        QVERIFY_OK(f.put("Note", j(R"({"noteId": "N-1", "account": "ACC-2"})")));
        QCOMPARE(notes(second), 1);
    }
    void cleanup() { f.close(); }

    void mergeMovesKeysObjectsAndMergesFields()
    {
        const QJsonObject sources{{s("FirstName"), first},
                                  {s("BusinessName"), second}, // has none: cleared
                                  {s("LastName"), main},
                                  {s("Attributes"), QJsonObject{{s("tier"), first}}}};
        const ApiResult r = merge({first, second}, sources);
        QVERIFY_OK(r);
        QVERIFY(!r.body.value(s("Message")).toString().isEmpty());

        const QJsonObject p = f.profile(main);
        QCOMPARE(p.value(s("FirstName")).toString(), s("Anne")); // named source
        QCOMPARE(p.value(s("LastName")).toString(), s("Lee"));   // main, named
        QVERIFY(!p.contains(s("BusinessName")));                 // named source without one
        QCOMPARE(p.value(s("EmailAddress")).toString(), s("ann@example.com"));
        QCOMPARE(p.value(s("PhoneNumber")).toString(), s("+15550103000")); // union
        QCOMPARE(p.value(s("BirthDate")).toString(), s("1990-01-02"));
        QCOMPARE(p.value(s("AccountNumber")).toString(), s("ACC-1")); // first merged that has it
        QCOMPARE(p.value(s("Address")).toObject().value(s("City")).toString(), s("Paris"));
        QCOMPARE(p.value(s("Attributes")).toObject(),
                 j(R"({"tier": "silver", "a": "1", "b": "2"})"));

        // Keys and objects are the main profile's now; the merged profiles are gone.
        QCOMPARE(f.search(s("_salesforceAccountId"), s("SF-1")), QStringList{main});
        QCOMPARE(f.search(s("_account"), s("ACC-2")), QStringList{main}); // value it lost stays
        QCOMPARE(f.search(s("_phone"), s("+15550103000")), QStringList{main});
        QCOMPARE(f.search(s("_profileId"), first), QStringList{main});
        QCOMPARE(notes(main), 1);
        QCOMPARE(notes(second), 0);
        QCOMPARE(f.stats().value(s("ProfileCount")).toInt(), 1);
        QCOMPARE(f.stats().value(s("ObjectCount")).toInt(), 1);
        QCOMPARE(f.rows("profiles", s("d")), 1);
        const ApiResult batch =
            f.call("BatchGetProfile",
                   {{s("DomainName"), s("d")}, {s("ProfileIds"), QJsonArray{main, first}}});
        QCOMPARE(batch.body.value(s("Profiles")).toArray().size(), 1);
        QCOMPARE(batch.body.value(s("Errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(s("ProfileId"))
                     .toString(),
                 first);
    }

    void withoutSourcesTheMainProfileWins()
    {
        QVERIFY_OK(merge({first}));
        const QJsonObject p = f.profile(main);
        QCOMPARE(p.value(s("FirstName")).toString(), s("Ann"));
        QCOMPARE(p.value(s("BusinessName")).toString(), s("Acme"));
        QCOMPARE(p.value(s("Attributes")).toObject(), j(R"({"tier": "gold", "a": "1", "b": "2"})"));
        QCOMPARE(p.value(s("AccountNumber")).toString(), s("ACC-1"));
    }

    void refusedMergesChangeNothing()
    {
        QCOMPARE_ERROR(merge({first, main}), 400, "BadRequestException");
        QCOMPARE_ERROR(merge({first, s("0123456789abcdef0123456789abcdef")}), 404,
                       "ResourceNotFoundException");
        QCOMPARE_ERROR(merge({first}, {{s("FirstName"), second}}), 400, "BadRequestException");
        QCOMPARE_ERROR(merge({first}, {{s("Attributes"), QJsonObject{{s("tier"), second}}}}), 400,
                       "BadRequestException");
        main = s("0123456789abcdef0123456789abcdef");
        QCOMPARE_ERROR(merge({first}), 404, "ResourceNotFoundException");
        QCOMPARE(f.rows("profiles", s("d")), 3);
        QCOMPARE(f.search(s("_salesforceAccountId"), s("SF-1")), QStringList{first});
    }

    void aMergeThatFailsPartWayLeavesEverythingAsItWas()
    {
        // The store refuses to delete the second merged profile: by then the first is merged,
        // its keys and objects moved, and the second's objects moved too.
        QSqlQuery trigger(f.db->connection());
        QVERIFY(trigger.exec(
            QStringLiteral(
                "CREATE TRIGGER refuse_delete BEFORE DELETE ON profiles WHEN old.id = '%1'"
                " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                .arg(second)));
        const int historyBefore = historyCount(main);
        QCOMPARE_ERROR(merge({first, second}, {{s("FirstName"), first}}), 500,
                       "InternalServerException");
        QCOMPARE(f.rows("profiles", s("d")), 3);
        QCOMPARE(f.profile(main).value(s("FirstName")).toString(), s("Ann"));
        QCOMPARE(f.profile(first).value(s("FirstName")).toString(), s("Anne"));
        QCOMPARE(f.search(s("_salesforceAccountId"), s("SF-1")), QStringList{first});
        QCOMPARE(f.search(s("_profileId"), first), QStringList{first});
        QCOMPARE(notes(second), 1);
        QCOMPARE(notes(main), 0);
        QCOMPARE(historyCount(main), historyBefore);
        QCOMPARE(historyCount(first), 2); // CREATED, ADDED_PROFILE_KEY: no DELETED_BY_MERGE
        QCOMPARE(f.stats().value(s("ProfileCount")).toInt(), 3);

        // Once the store takes it, the same merge goes through.
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_delete")));
        QVERIFY_OK(merge({first, second}, {{s("FirstName"), first}}));
        QCOMPARE(f.rows("profiles", s("d")), 1);
    }

    void batchGetProfileAnswersEachId()
    {
        const QString unknown = s("0123456789abcdef0123456789abcdef");
        const ApiResult r =
            f.call("BatchGetProfile", {{s("DomainName"), s("d")},
                                       {s("ProfileIds"), QJsonArray{main, unknown, second}}});
        QVERIFY_OK(r);
        const QJsonArray profiles = r.body.value(s("Profiles")).toArray();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0).toObject().value(s("ProfileId")).toString(), main);
        QCOMPARE(profiles.at(0).toObject().value(s("FirstName")).toString(), s("Ann"));
        QCOMPARE(profiles.at(1).toObject().value(s("ProfileId")).toString(), second);
        const QJsonArray errors = r.body.value(s("Errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(s("ProfileId")).toString(), unknown);
        QCOMPARE(errors.at(0).toObject().value(s("Code")).toString(), s("404"));
        QVERIFY(errors.at(0).toObject().value(s("Message")).toString().contains(unknown));
        QCOMPARE_ERROR(f.call("BatchGetProfile",
                              {{s("DomainName"), s("nope")}, {s("ProfileIds"), QJsonArray{main}}}),
                       404, "ResourceNotFoundException");
        QCOMPARE_ERROR(f.call("BatchGetProfile", {{s("DomainName"), s("d")},
                                                  {s("ProfileIds"), QJsonArray{s("not-an-id")}}}),
                       400, "BadRequestException");
    }
};

QTEST_GUILESS_MAIN(TestEngineMerging)
#include "tst_engine_merging.moc"
