// Group commit: concurrent write operations share transactions, a refused operation
// undoes only its own changes, and every acknowledged write is in the file afterwards.
#include "engine/groupcommit.h"
#include "enginefixture.h"

#include <QFileInfo>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

// A row in the store's meta table, written on whichever thread leads the transaction.
ApiResult writeRow(Database &db, const QString &key, bool refuse)
{
    Query q = db.query("INSERT INTO meta (key, value) VALUES (?, 'x')");
    q.bind(key);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("insert failed"));
    return refuse ? ApiResult::badRequest(QStringLiteral("refused after writing"))
                  : ApiResult::success();
}

QStringList rowsLike(Database &db, const char *pattern)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT key FROM meta WHERE key LIKE ? ORDER BY key"));
    q.addBindValue(QString::fromLatin1(pattern));
    QStringList out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

} // namespace

class GroupCommitTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queuedOperationsShareOneTransaction()
    {
        QTemporaryDir dir;
        Database db(Database::Options{dir.filePath(s("store.sqlite")), false});
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        GroupCommit commit(db);

        // The first operation holds its transaction open until the others have queued.
        QSemaphore firstStarted, releaseFirst;
        std::vector<ApiResult> results(8);
        std::vector<std::unique_ptr<QThread>> threads;
        threads.emplace_back(QThread::create([&] {
            results[0] = commit.run([&] {
                firstStarted.release();
                releaseFirst.acquire();
                return writeRow(db, s("row-0"), false);
            });
        }));
        threads.back()->start();
        firstStarted.acquire();
        for (int i = 1; i < 8; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                // Operation 3 writes, then is refused: only its own row goes.
                results[size_t(i)] = commit.run(
                    [&, i] { return writeRow(db, QStringLiteral("row-%1").arg(i), i == 3); });
            }));
            threads.back()->start();
        }
        QTRY_COMPARE(commit.queued(), 7);
        releaseFirst.release();
        for (const auto &thread : threads)
            QVERIFY(thread->wait(10000));

        QCOMPARE(commit.transactions(), 2); // the first alone, then the seven together
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(results[size_t(i)].ok(), i != 3);
        }
        QCOMPARE(results[3].status, 400);
        QCOMPARE(rowsLike(db, "row-%"), QStringList({s("row-0"), s("row-1"), s("row-2"), s("row-4"),
                                                     s("row-5"), s("row-6"), s("row-7")}));
    }

    void aLoneRefusedOperationLeavesNothing()
    {
        QTemporaryDir dir;
        Database db(Database::Options{dir.filePath(s("store.sqlite")), false});
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        GroupCommit commit(db);
        QCOMPARE(commit.run([&] { return writeRow(db, s("lone"), true); }).status, 400);
        QVERIFY(commit.run([&] { return writeRow(db, s("kept"), false); }).ok());
        QCOMPARE(rowsLike(db, "lone"), QStringList());
        QCOMPARE(rowsLike(db, "kept"), QStringList{s("kept")});
    }

    // Past the threshold the Checkpointer's thread copies the WAL into the file; the WAL
    // stays bounded even when writers never pause.
    void walIsCheckpointedOffTheWritersPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("store.sqlite"));
        Database db(Database::Options{path, false});
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        GroupCommit commit(db);
        const QByteArray blob(40 * 1024, 'x'); // about ten pages a commit
        int n = 0;
        while (db.checkpointer()->framesWritten() < 6 * Checkpointer::kLimit) {
            const ApiResult r = commit.run([&] {
                Query q = db.query("INSERT INTO meta (key, value) VALUES (?, ?)");
                q.bind(QStringLiteral("blob-%1").arg(n++)).bind(QString::fromLatin1(blob));
                return q.exec() ? ApiResult::success() : ApiResult::internal(s("insert failed"));
            });
            QVERIFY(r.ok());
        }
        QTRY_VERIFY(db.checkpointer()->checkpoints() >= 1);
        // A WAL frame is a page and a 24-byte header. The limit is soft: while the thread's
        // checkpoint runs a writer's returns busy, and frames go on gathering until it ends.
        const qint64 walBytes = QFileInfo(path + s("-wal")).size();
        QVERIFY2(walBytes <= qint64(3 * Checkpointer::kLimit) * (4096 + 24),
                 qPrintable(QString::number(walBytes)));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(s("SELECT COUNT(*) FROM meta WHERE key LIKE 'blob-%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), n);
    }

    // Eight threads ingest at once into a file-backed store, some objects refused: every
    // accepted object is stored once, on the right profile, and the domain's stats agree.
    void concurrentIngestionIsCompleteAndConsistent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("store.sqlite"));
        constexpr int kThreads = 8;
        constexpr int kPerThread = 40;
        std::atomic<int> accepted{0}, refused{0}, wrong{0};
        {
            Database db(Database::Options{path, false});
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            Engine engine(db, {});
            QVERIFY(
                engine
                    .call(s("CreateDomain"), j(R"({"DomainName":"d","DefaultExpirationDays":10})"))
                    .ok());
            QVERIFY_OK(engine.call(s("PutProfileObjectType"),
                                   j(R"({"DomainName":"d","ObjectTypeName":"Contact",
                "Description":"c","AllowProfileCreation":true,
                "Fields":{"id":{"Source":"_source.id","Target":"_profile.AccountNumber"},
                          "email":{"Source":"_source.email","Target":"_profile.EmailAddress","ContentType":"EMAIL_ADDRESS"}},
                "Keys":{"contactId":[{"StandardIdentifiers":["PROFILE","UNIQUE"],"FieldNames":["id"]}],
                        "_email":[{"StandardIdentifiers":["PROFILE"],"FieldNames":["email"]}]}})")));
            std::vector<std::unique_ptr<QThread>> threads;
            for (int t = 0; t < kThreads; ++t) {
                threads.emplace_back(QThread::create([&, t] {
                    for (int n = 0; n < kPerThread; ++n) {
                        // Every eighth object lacks its UNIQUE value and is refused; the
                        // others go to one of ten customers by email.
                        QJsonObject object{
                            {s("email"), QStringLiteral("c%1@example.com").arg(n % 10)}};
                        if (n % 8 != 7)
                            object.insert(s("id"), QStringLiteral("t%1-n%2").arg(t).arg(n));
                        const ApiResult r = engine.call(
                            s("PutProfileObject"),
                            {{s("DomainName"), s("d")},
                             {s("ObjectTypeName"), s("Contact")},
                             {s("Object"), QString::fromUtf8(QJsonDocument(object).toJson())}});
                        if (r.ok())
                            ++accepted;
                        else if (r.status == 400)
                            ++refused;
                        else
                            ++wrong;
                    }
                }));
                threads.back()->start();
            }
            for (const auto &thread : threads)
                QVERIFY(thread->wait(60000));
        }
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(accepted.load(), kThreads * kPerThread * 7 / 8);
        QCOMPARE(refused.load(), kThreads * kPerThread / 8);

        // Reopened from the file: what was acknowledged is there.
        Database db(Database::Options{path, false});
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(s("SELECT COUNT(*), COUNT(DISTINCT profile_id) FROM objects")) && q.next());
        QCOMPARE(q.value(0).toInt(), accepted.load());
        QCOMPARE(q.value(1).toInt(), 10); // the first object of each email created its profile
        QVERIFY(q.exec(s("SELECT SUM(object_count), COUNT(*) FROM profiles")) && q.next());
        QCOMPARE(q.value(0).toInt(), accepted.load());
        QCOMPARE(q.value(1).toInt(), 10);
        QVERIFY(q.exec(s("SELECT profiles, objects FROM domain_stats WHERE domain = 'd'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        QCOMPARE(q.value(1).toInt(), accepted.load());
        QVERIFY(q.exec(s("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), s("ok"));
    }
};

QTEST_GUILESS_MAIN(GroupCommitTest)
#include "tst_group_commit.moc"
