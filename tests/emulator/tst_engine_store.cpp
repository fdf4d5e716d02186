// The engine and its store: every operation of the model is served or answered as not
// emulated by name; a statement is never lent twice at once; a write the store refuses
// is answered 500 with nothing of the operation kept, never acknowledged; the expiry
// purge keeps all or nothing.
#include "enginefixture.h"

#include <QSqlQuery>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

// Makes the store refuse a statement, as a full disk or a broken file would.
bool inject(Database &db, const char *trigger)
{
    QSqlQuery q(db.connection());
    return q.exec(QString::fromLatin1(trigger));
}

const char *const kContactType = R"({"ObjectTypeName": "Contact", "Description": "c",
    "AllowProfileCreation": true,
    "Fields": {"id": {"Source": "_source.id", "Target": "_profile.AccountNumber"},
               "email": {"Source": "_source.email", "Target": "_profile.EmailAddress"}},
    "Keys": {"id": [{"FieldNames": ["id"], "StandardIdentifiers": ["PROFILE", "UNIQUE"]}],
             "email": [{"FieldNames": ["email"], "StandardIdentifiers": ["PROFILE"]}]}})";

} // namespace

class TestEngineStore : public QObject
{
    Q_OBJECT

    EngineFixture f;

private Q_SLOTS:
    void init() { QVERIFY(f.open()); }
    void cleanup() { f.close(); }

    // Each operation of the bundled model has a handler or is answered 501 by name, and
    // each handler serves an operation of the model.
    void everyOperationIsServedOrNamed()
    {
        const cp::schema::WireModel &model = f.engine->model();
        const QStringList emulated = f.engine->emulatedOperations();
        const QStringList notEmulated = f.engine->notEmulatedOperations();
        QVERIFY(emulated.size() >= 28);
        for (const QString &name : emulated) {
            QVERIFY2(model.operation(name), qPrintable(name + s(" is not in the model")));
            QVERIFY2(!notEmulated.contains(name), qPrintable(name));
        }
        QCOMPARE(emulated.size() + notEmulated.size(), model.operations().size());
        for (const cp::schema::Operation &op : model.operations()) {
            if (emulated.contains(op.name))
                continue;
            QVERIFY2(notEmulated.contains(op.name), qPrintable(op.name));
            const ApiResult r = f.engine->call(op.name, {});
            QCOMPARE_ERROR(r, 501, "NotEmulatedException");
            QVERIFY2(r.message.contains(op.name), qPrintable(r.message));
        }
    }

    // A query of a text whose statement is being read gets a statement of its own: the
    // first reader goes on where it was.
    void aStatementInUseIsNotLentAgain()
    {
        Database &db = *f.db;
        Query outer = db.query("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3");
        QVERIFY(outer.exec());
        QVERIFY(outer.next());
        QCOMPARE(outer.integer(0), 1);
        {
            Query inner = db.query("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3");
            QVERIFY(inner.exec());
            int rows = 0;
            while (inner.next())
                ++rows;
            QCOMPARE(rows, 3);
        }
        QVERIFY(outer.next());
        QCOMPARE(outer.integer(0), 2);
        QVERIFY(outer.next());
        QCOMPARE(outer.integer(0), 3);
        QVERIFY(!outer.next());
        QVERIFY(db.takeError().isNull());
    }

    // A write refused half-way through an operation: 500, and its earlier writes undone.
    void aFailedWriteIsNotAcknowledged()
    {
        QVERIFY(f.createDomain(s("d"), 10));
        QVERIFY(inject(*f.db, "CREATE TRIGGER refuse BEFORE UPDATE OF updated_at ON domains"
                              " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        // (Not a raw string: moc would take the URL's "//" for a comment.)
        const ApiResult r = f.callIn("UpdateDomain", "{\"DefaultExpirationDays\": 20,"
                                                     " \"DeadLetterQueueUrl\": \"https://q\"}");
        QCOMPARE_ERROR(r, 500, "InternalServerException");
        const ApiResult domain = f.callIn("GetDomain", "{}");
        QVERIFY_OK(domain);
        QCOMPARE(domain.body.value(s("DefaultExpirationDays")).toInt(), 10);
        QVERIFY(!domain.body.contains(s("DeadLetterQueueUrl")));
    }

    // The profile an object would create is not kept when the object cannot be stored.
    void aFailedIngestionKeepsNothing()
    {
        QVERIFY(f.createDomain());
        QVERIFY_OK(f.callIn("PutProfileObjectType", kContactType));
        QVERIFY(inject(*f.db, "CREATE TRIGGER refuse BEFORE INSERT ON objects"
                              " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        const ApiResult r =
            f.put("Contact", {{s("id"), s("A1")}, {s("email"), s("a@example.com")}});
        QCOMPARE_ERROR(r, 500, "InternalServerException");
        QCOMPARE(f.rows("profiles", s("d")), 0);
        QCOMPARE(f.rows("profile_keys", s("d")), 0);
        QCOMPARE(f.stats().value(s("ProfileCount")).toInt(), 0);
        QVERIFY(inject(*f.db, "DROP TRIGGER refuse"));
        QVERIFY_OK(f.put("Contact", {{s("id"), s("A1")}, {s("email"), s("a@example.com")}}));
        QCOMPARE(f.rows("profiles", s("d")), 1);
    }

    // A failure the handler does not look at (reading the tags) still fails the operation.
    void anOverlookedFailureIsAnError()
    {
        QVERIFY(f.createDomain());
        QVERIFY(inject(*f.db, "DROP TABLE tags"));
        QCOMPARE_ERROR(f.callIn("GetDomain", "{}"), 500, "InternalServerException");
        QCOMPARE_ERROR(f.callIn("UpdateDomain", R"({"DefaultExpirationDays": 20})"), 500,
                       "InternalServerException");
        QVERIFY(inject(*f.db, "CREATE TABLE tags (arn TEXT NOT NULL, key TEXT NOT NULL,"
                              " value TEXT NOT NULL, PRIMARY KEY (arn, key))"));
        const ApiResult domain = f.callIn("GetDomain", "{}");
        QVERIFY_OK(domain);
        QCOMPARE(domain.body.value(s("DefaultExpirationDays")).toInt(), 10);
    }

    // The purge keeps all or nothing: a refused delete leaves objects and counts as they were.
    void aFailedPurgeRemovesNothing()
    {
        QVERIFY(f.createDomain(s("d"), 1));
        QVERIFY_OK(f.callIn("PutProfileObjectType", kContactType));
        QVERIFY_OK(f.put("Contact", {{s("id"), s("A1")}, {s("email"), s("a@example.com")}}));
        QVERIFY_OK(f.put("Contact", {{s("id"), s("B2")}, {s("email"), s("b@example.com")}}));
        f.now += 2 * EngineFixture::kDayMs;
        QVERIFY(inject(*f.db, "CREATE TRIGGER refuse BEFORE DELETE ON objects"
                              " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
        QCOMPARE(f.engine->purgeExpired(), -1);
        QCOMPARE(f.rows("objects", s("d")), 2);
        QCOMPARE(f.rows("profiles", s("d")), 2);
        QSqlQuery counts(f.db->connection());
        QVERIFY(counts.exec(s("SELECT SUM(object_count) FROM profiles")));
        QVERIFY(counts.next());
        QCOMPARE(counts.value(0).toInt(), 2);
        counts.finish();
        QVERIFY(inject(*f.db, "DROP TRIGGER refuse"));
        QCOMPARE(f.engine->purgeExpired(), 2);
        QCOMPARE(f.rows("objects", s("d")), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineStore)
#include "tst_engine_store.moc"
