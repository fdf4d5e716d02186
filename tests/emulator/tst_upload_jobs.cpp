// Upload jobs in the engine: the lifecycle, counting created and updated profiles, the
// upload URL's SSE-C checks and expiry, malformed files, stopping, and a restart while a
// job runs.
#include "uploadfixture.h"

#include <QFile>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

qint64 count(const QJsonObject &summary, const char *name)
{
    return summary.value(QLatin1String(name)).toInteger(-1);
}

QByteArray rowsCsv(int rows, int from = 0)
{
    QByteArray csv = "email,first,last,city\n";
    for (int i = from; i < from + rows; ++i)
        csv += "user" + QByteArray::number(i) + "@example.com,First" + QByteArray::number(i) +
               ",Last,\"Köln, DE\"\n";
    return csv;
}

} // namespace

class TestUploadJobs : public QObject
{
    Q_OBJECT
    UploadFixture *f = nullptr;

private Q_SLOTS:
    void init()
    {
        f = new UploadFixture;
        QVERIFY(f->dir.isValid());
        QVERIFY(f->openFile());
        QVERIFY(f->createDomain());
    }
    void cleanup()
    {
        delete f;
        f = nullptr;
    }

    void lifecycleCountsCreatedAndUpdated()
    {
        const QString id = f->createJob();
        QCOMPARE(id.size(), 32);
        QJsonObject job = f->job(id);
        QCOMPARE(job.value(QStringLiteral("Status")).toString(), s("CREATED"));
        QCOMPARE(job.value(QStringLiteral("DataExpiry")).toInt(), 14);
        QCOMPARE(job.value(QStringLiteral("UniqueKey")).toString(), s("email"));
        QVERIFY(!job.contains(QStringLiteral("ResultsSummary")));
        QCOMPARE_ERROR(f->jobCall("StartUploadJob", id), 400, "BadRequestException"); // no file

        // Row 4 has row 2's email (another case): it updates that profile.
        const QByteArray csv = "email,first,last,city\n"
                               "anna@example.com,Anna,Meyer,Berlin\n"
                               "ben@example.com,Ben,,Hamburg\n"
                               "ANNA@example.com ,Annabel,,\n";
        QVERIFY(f->uploadAndStart(id, csv));
        QVERIFY(f->runner().waitIdle(30000));
        job = f->job(id);
        QCOMPARE(job.value(QStringLiteral("Status")).toString(), s("SUCCEEDED"));
        QVERIFY(!job.contains(QStringLiteral("StatusReason")));
        QVERIFY(job.value(QStringLiteral("CompletedAt")).toDouble() > 0);
        const QJsonObject summary = job.value(QStringLiteral("ResultsSummary")).toObject();
        QCOMPARE(count(summary, "CreatedRecords"), 2);
        QCOMPARE(count(summary, "UpdatedRecords"), 1);
        QCOMPARE(count(summary, "FailedRecords"), 0);

        // The later row's values win; an empty cell leaves the field as it was.
        const QStringList ids = f->search(s("_email"), s("anna@example.com"));
        QCOMPARE(ids.size(), 1);
        const QJsonObject anna = f->profile(ids.first());
        QCOMPARE(anna.value(QStringLiteral("FirstName")).toString(), s("Annabel"));
        QCOMPARE(anna.value(QStringLiteral("LastName")).toString(), s("Meyer"));
        QCOMPARE(anna[QStringLiteral("Address")][QStringLiteral("City")].toString(), s("Berlin"));
        QCOMPARE(f->stats().value(QStringLiteral("ProfileCount")).toInt(), 2);

        // Ended: it neither starts again nor stops; the file is gone from the spool.
        QCOMPARE_ERROR(f->jobCall("StartUploadJob", id), 400, "BadRequestException");
        QCOMPARE_ERROR(f->jobCall("StopUploadJob", id), 400, "BadRequestException");
        QCOMPARE_ERROR(f->jobCall("GetUploadJobPath", id), 400, "BadRequestException");
        QVERIFY(!QFile::exists(f->runner().filePath(id)));

        const ApiResult list = f->callIn("ListUploadJobs", "{}");
        QVERIFY_OK(list);
        const QJsonArray items = list.body.value(QStringLiteral("Items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0][QStringLiteral("JobId")].toString(), id);
        QCOMPARE(items[0][QStringLiteral("Status")].toString(), s("SUCCEEDED"));
        QVERIFY(!items[0].toObject().contains(QStringLiteral("Fields")));
    }

    void existingProfileHoldingTheKeyIsUpdated()
    {
        // An object type whose key "email" an object gives a profile.
        QVERIFY_OK(f->callIn("PutProfileObjectType", R"({"ObjectTypeName": "crm",
            "Description": "crm", "AllowProfileCreation": true,
            "Fields": {"email": {"Source": "_source.mail", "Target": "_profile.EmailAddress",
                                 "ContentType": "EMAIL_ADDRESS"}},
            "Keys": {"email": [{"StandardIdentifiers": ["PROFILE", "UNIQUE"],
                                "FieldNames": ["email"]}]}})"));
        QVERIFY_OK(f->put("crm", j(R"({"mail": "Carla@Example.com"})")));
        const QString carla = f->profileOf(s("email"), s("carla@example.com"));
        QVERIFY(!carla.isEmpty());

        const QString id = f->createJob();
        QVERIFY(f->uploadAndStart(id, "email,first,last,city\ncarla@example.com,Carla,,\n"
                                      "dora@example.com,Dora,,\n"));
        QVERIFY(f->runner().waitIdle(30000));
        const QJsonObject summary = f->summary(id);
        QCOMPARE(count(summary, "CreatedRecords"), 1);
        QCOMPARE(count(summary, "UpdatedRecords"), 1);
        QCOMPARE(f->profile(carla).value(QStringLiteral("FirstName")).toString(), s("Carla"));
    }

    void createChecksTheMapping()
    {
        QCOMPARE_ERROR(f->callIn("CreateUploadJob", R"({"DisplayName": "x", "UniqueKey": "id",
            "Fields": {"email": {"Source": "_source.email", "Target": "_profile.EmailAddress"}}})"),
                       400, "BadRequestException");
        QCOMPARE_ERROR(f->callIn("CreateUploadJob", R"({"DisplayName": "x", "UniqueKey": "sn",
            "Fields": {"sn": {"Source": "_source.sn", "Target": "_asset.SerialNumber"}}})"),
                       400, "BadRequestException");
        QCOMPARE_ERROR(f->callIn("CreateUploadJob", R"({"DisplayName": "x", "UniqueKey": "e",
            "Fields": {"e": {"Source": "_source.e"}}})",
                                 s("nodomain")),
                       404, "ResourceNotFoundException");
        QCOMPARE_ERROR(
            f->callIn("GetUploadJob", R"({"JobId": "0123456789abcdef0123456789abcdef"})"), 404,
            "ResourceNotFoundException");
    }

    void columnNamesAsTheFileWritesThem()
    {
        // A header with spaces, a dot and a hyphen: Sources name the columns as written.
        const ApiResult created = f->callIn("CreateUploadJob", R"({"DisplayName": "export.csv",
            "UniqueKey": "mail", "Fields": {
            "mail": {"Source": "_source.E-mail Address", "Target": "_profile.EmailAddress",
                     "ContentType": "EMAIL_ADDRESS"},
            "name": {"Source": "{{_source.First Name}} {{_source.Last Name}}",
                     "Target": "_profile.Attributes.fullName"},
            "city": {"Source": "_source.Address.City", "Target": "_profile.Address.City"}}})");
        QVERIFY_OK(created);
        const QString id = created.body.value(QStringLiteral("JobId")).toString();
        QCOMPARE(
            f->job(id)[QStringLiteral("Fields")][QStringLiteral("mail")][QStringLiteral("Source")]
                .toString(),
            s("_source.E-mail Address"));
        QVERIFY(f->uploadAndStart(id, "E-mail Address,First Name,Last Name,Address.City\n"
                                      "gina@example.com,Gina,Rossi,Roma\n"));
        QVERIFY(f->runner().waitIdle(30000));
        QCOMPARE(count(f->summary(id), "CreatedRecords"), 1);
        const QJsonObject gina = f->profile(f->search(s("_email"), s("gina@example.com")).value(0));
        QCOMPARE(gina[QStringLiteral("Attributes")][QStringLiteral("fullName")].toString(),
                 s("Gina Rossi"));
        QCOMPARE(gina[QStringLiteral("Address")][QStringLiteral("City")].toString(), s("Roma"));
    }

    void newProfilesStoredAsSaveProfileWritesThem()
    {
        // The job writes a new profile's JSON columns and predefined keys itself, off the
        // writer's thread: the text must be compactJson's (keys sorted, the same escapes)
        // for values with quotes, backslashes, control characters, line breaks and
        // non-ASCII text, over plain members, address fields and attributes.
        const ApiResult created = f->callIn("CreateUploadJob", R"({"DisplayName": "odd.csv",
            "UniqueKey": "mail", "Fields": {
            "mail": {"Source": "_source.mail", "Target": "_profile.EmailAddress",
                     "ContentType": "EMAIL_ADDRESS"},
            "first": {"Source": "_source.first", "Target": "_profile.FirstName"},
            "last": {"Source": "_source.last", "Target": "_profile.LastName"},
            "phone": {"Source": "_source.phone", "Target": "_profile.PhoneNumber"},
            "zip": {"Source": "_source.zip", "Target": "_profile.Address.PostalCode"},
            "city": {"Source": "_source.city", "Target": "_profile.Address.City"},
            "ship": {"Source": "_source.ship", "Target": "_profile.ShippingAddress.City"},
            "note": {"Source": "_source.note", "Target": "_profile.Attributes.note"},
            "a": {"Source": "_source.a", "Target": "_profile.Attributes.a-b"}}})");
        QVERIFY_OK(created);
        const QString id = created.body.value(QStringLiteral("JobId")).toString();
        QVERIFY(f->uploadAndStart(
            id, "mail,first,last,phone,zip,city,ship,note,a\n"
                "Ola@Example.com,\"Jo \"\"Jo\"\" \\ Ann\",\xc3\x9cnal \xf0\x9f\x98\x80,"
                "+49 (30) 1234,10115,K\xc3\xb6ln,Z\xc3\xbcrich,\"line 1\nline\t2\x01\",x\n"
                "pia@example.com,Pia,,,,,Bern,,\n"));
        QVERIFY(f->runner().waitIdle(30000));
        QCOMPARE(count(f->summary(id), "CreatedRecords"), 2);

        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(s("SELECT id, data, field_sources FROM profiles WHERE domain = 'd'")));
        int profiles = 0;
        while (q.next()) {
            ++profiles;
            const QString data = q.value(1).toString();
            const QString sources = q.value(2).toString();
            QCOMPARE(data, compactJson(parseObject(data)));
            QCOMPARE(sources, compactJson(parseObject(sources)));
            const QJsonObject fields = parseObject(data);
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QJsonObject nested = it.value().toObject();
                for (auto n = nested.begin(); n != nested.end(); ++n)
                    QVERIFY(parseObject(sources).contains(it.key() + QLatin1Char('.') + n.key()));
                if (nested.isEmpty())
                    QVERIFY(parseObject(sources).contains(it.key()));
            }
        }
        QCOMPARE(profiles, 2);

        const QString ola = f->search(s("_email"), s("ola@example.com")).value(0);
        const QJsonObject p = f->profile(ola);
        QCOMPARE(p.value(QStringLiteral("FirstName")).toString(), s(R"(Jo "Jo" \ Ann)"));
        QCOMPARE(p.value(QStringLiteral("LastName")).toString(),
                 QString::fromUtf8("\xc3\x9cnal \xf0\x9f\x98\x80"));
        QCOMPARE(p[QStringLiteral("Address")][QStringLiteral("City")].toString(),
                 QString::fromUtf8("K\xc3\xb6ln"));
        QCOMPARE(p[QStringLiteral("Address")][QStringLiteral("PostalCode")].toString(), s("10115"));
        QCOMPARE(p[QStringLiteral("Attributes")][QStringLiteral("note")].toString(),
                 s("line 1\nline\t2\x01"));
        QCOMPARE(p[QStringLiteral("Attributes")][QStringLiteral("a-b")].toString(), s("x"));
        // The predefined keys, as saveProfile writes them.
        QCOMPARE(f->search(s("_profileId"), ola), QStringList{ola});
        QCOMPARE(f->search(s("_phone"), s("+49301234")), QStringList{ola});
        QCOMPARE(f->search(s("_fullName"), QString::fromUtf8("jo \"jo\" \\ ann \xc3\xbcnal "
                                                             "\xf0\x9f\x98\x80")),
                 QStringList{ola});
        const QString pia = f->search(s("_email"), s("pia@example.com")).value(0);
        QCOMPARE(f->search(s("_fullName"), s("pia")), QStringList{pia});
        QCOMPARE(
            f->profile(pia)[QStringLiteral("ShippingAddress")][QStringLiteral("City")].toString(),
            s("Bern"));
    }

    void newProfilesJoinRuleBasedMatches()
    {
        // With the domain's rule-based matching on, a job's new profiles are matched as
        // saveProfile matches them: two rows of one email (keyed by first name) match.
        QVERIFY_OK(f->callIn("UpdateDomain", R"({"RuleBasedMatching": {"Enabled": true,
            "MatchingRules": [{"Rule": ["EmailAddress"]}]}})"));
        const QString id = f->createJob("first");
        QVERIFY(f->uploadAndStart(id, "email,first,last,city\nsam@example.com,Sam,,\n"
                                      "SAM@example.com,Samuel,,\nkim@example.com,Kim,,\n"));
        QVERIFY(f->runner().waitIdle(30000));
        QCOMPARE(count(f->summary(id), "CreatedRecords"), 3);
        const QJsonArray matches = f->callIn("ListRuleBasedMatches", "{}")
                                       .body.value(QStringLiteral("MatchIds"))
                                       .toArray();
        QCOMPARE(matches.size(), 1);
    }

    void uploadChecksTheKey()
    {
        const QString id = f->createJob();
        const QJsonObject p = f->path(id);
        const QString url = p.value(QStringLiteral("Url")).toString();
        const QString token = p.value(QStringLiteral("ClientToken")).toString();
        QCOMPARE(QByteArray::fromBase64(token.toLatin1()).size(), 32);
        QCOMPARE(p.value(QStringLiteral("ValidUntil")).toDouble(),
                 double(UploadFixture::kStart + 3600 * 1000) / 1000);
        const QByteArray csv = rowsCsv(2);

        QCOMPARE(f->putFile(url, {}, csv).status, 400); // no SSE-C headers
        http::HeaderList wrongAlgorithm = UploadFixture::sseHeaders(token);
        wrongAlgorithm[0].second = "aws:kms";
        QCOMPARE(f->putFile(url, wrongAlgorithm, csv).status, 400);
        http::HeaderList wrongMd5 = UploadFixture::sseHeaders(token);
        wrongMd5[2].second = QCryptographicHash::hash("x", QCryptographicHash::Md5).toBase64();
        const http::Response md5 = f->putFile(url, wrongMd5, csv);
        QCOMPARE(md5.status, 400);
        QVERIFY(md5.body.contains("<Code>InvalidArgument</Code>"));
        // A well-formed key that is not the ClientToken.
        const QString other = QString::fromLatin1(QByteArray(32, 'k').toBase64());
        const http::Response wrongKey = f->putFile(url, UploadFixture::sseHeaders(other), csv);
        QCOMPARE(wrongKey.status, 403);
        QVERIFY(wrongKey.body.contains("<Code>AccessDenied</Code>"));
        // A URL no job issued.
        QCOMPARE(f->putFile(QUrl(url).resolved(QUrl(s("/_cplocal/uploads/00"))).toString(),
                            UploadFixture::sseHeaders(token), csv)
                     .status,
                 403);
        QCOMPARE_ERROR(f->jobCall("StartUploadJob", id), 400, "BadRequestException");

        const http::Response ok = f->putFile(url, UploadFixture::sseHeaders(token), csv);
        QCOMPARE(ok.status, 200);
        QCOMPARE(QFile(f->runner().filePath(id)).size(), csv.size());

        // A new path replaces the earlier URL and key.
        const QJsonObject again = f->path(id);
        QCOMPARE(f->putFile(url, UploadFixture::sseHeaders(token), csv).status, 403);
        QCOMPARE(f->putFile(again.value(QStringLiteral("Url")).toString(),
                            UploadFixture::sseHeaders(
                                again.value(QStringLiteral("ClientToken")).toString()),
                            csv)
                     .status,
                 200);
    }

    void urlExpires()
    {
        const QString id = f->createJob();
        const QJsonObject p = f->path(id);
        const http::HeaderList headers =
            UploadFixture::sseHeaders(p.value(QStringLiteral("ClientToken")).toString());
        f->now += 3600 * 1000 + 1; // just past ValidUntil
        const http::Response r =
            f->putFile(p.value(QStringLiteral("Url")).toString(), headers, rowsCsv(1));
        QCOMPARE(r.status, 403);
        QVERIFY2(r.body.contains("Request has expired"), r.body.constData());
        QVERIFY(!QFile::exists(f->runner().filePath(id)));
    }

    void malformedRowsFailOneByOne()
    {
        const QString id = f->createJob();
        // Line 3: a quote inside an unquoted field; 4: a missing column; 5: no unique key;
        // 6: text after a closing quote; 7 is fine.
        QVERIFY(f->uploadAndStart(id, "email,first,last,city\n"
                                      "a@example.com,A,,X\n"
                                      "b@example.com,B\"ad,,X\n"
                                      "c@example.com,C,X\n"
                                      ",D,,X\n"
                                      "\"e@example.com\"x,E,,X\n"
                                      "f@example.com,F,,X\n"));
        QVERIFY(f->runner().waitIdle(30000));
        const QJsonObject job = f->job(id);
        QCOMPARE(job.value(QStringLiteral("Status")).toString(), s("PARTIALLY_SUCCEEDED"));
        QCOMPARE(job.value(QStringLiteral("StatusReason")).toString(), s("VALIDATION_FAILURE"));
        const QJsonObject summary = job.value(QStringLiteral("ResultsSummary")).toObject();
        QCOMPARE(count(summary, "CreatedRecords"), 2);
        QCOMPARE(count(summary, "FailedRecords"), 4);
        const QStringList reasons = f->failures(id);
        QCOMPARE(reasons.size(), 4);
        QVERIFY2(reasons[0].startsWith(s("3: A quote inside")), qPrintable(reasons[0]));
        QVERIFY2(reasons[1].startsWith(s("4: The row has 3 fields where the header has 4")),
                 qPrintable(reasons[1]));
        QVERIFY2(reasons[2].startsWith(s("5: ")), qPrintable(reasons[2]));
        QVERIFY2(reasons[3].startsWith(s("6: A closing quote")), qPrintable(reasons[3]));
    }

    void headerOnlyOrWithoutTheColumnsFails()
    {
        const QString headerOnly = f->createJob();
        QVERIFY(f->uploadAndStart(headerOnly, "email,first,last,city\r\n"));
        const QString missing = f->createJob();
        QVERIFY(f->uploadAndStart(missing, "mail,first,last,city\nx@example.com,X,,\ny,Y,,\n"));
        const QString empty = f->createJob();
        QVERIFY(f->uploadAndStart(empty, ""));
        QVERIFY(f->runner().waitIdle(30000));

        for (const QString &id : {headerOnly, missing, empty}) {
            const QJsonObject job = f->job(id);
            QCOMPARE(job.value(QStringLiteral("Status")).toString(), s("FAILED"));
            QCOMPARE(job.value(QStringLiteral("StatusReason")).toString(), s("VALIDATION_FAILURE"));
            QCOMPARE(
                count(job.value(QStringLiteral("ResultsSummary")).toObject(), "CreatedRecords"), 0);
        }
        QCOMPARE(count(f->summary(headerOnly), "FailedRecords"), 0);
        QVERIFY(f->failures(headerOnly).value(0).contains(s("header and no rows")));
        QCOMPARE(count(f->summary(missing), "FailedRecords"), 2);
        QVERIFY2(f->failures(missing).value(0).contains(s("no column email")),
                 qPrintable(f->failures(missing).value(0)));
        QVERIFY(f->failures(empty).value(0).contains(s("empty")));
    }

    void stopEndsTheJobBetweenBatches()
    {
        f->batchRows = 10;
        QVERIFY(f->openFile());
        f->runner().allowBatches(2);
        const QString id = f->createJob();
        QVERIFY(f->uploadAndStart(id, rowsCsv(100)));
        // Two batches are stored, then the job waits; Stop ends it there.
        QTRY_COMPARE_WITH_TIMEOUT(count(f->summary(id), "CreatedRecords"), 20, 30000);
        QCOMPARE(f->job(id).value(QStringLiteral("Status")).toString(), s("IN_PROGRESS"));
        QVERIFY_OK(f->jobCall("StopUploadJob", id));
        QVERIFY(f->runner().waitIdle(30000));
        const QJsonObject job = f->job(id);
        QCOMPARE(job.value(QStringLiteral("Status")).toString(), s("STOPPED"));
        QVERIFY(job.value(QStringLiteral("CompletedAt")).toDouble() > 0);
        QCOMPARE(count(job.value(QStringLiteral("ResultsSummary")).toObject(), "CreatedRecords"),
                 20);
        QCOMPARE(f->stats().value(QStringLiteral("ProfileCount")).toInt(), 20);
        QCOMPARE_ERROR(f->jobCall("StartUploadJob", id), 400, "BadRequestException");

        // A job not yet started stops too.
        const QString created = f->createJob();
        QVERIFY_OK(f->jobCall("StopUploadJob", created));
        QCOMPARE(f->job(created).value(QStringLiteral("Status")).toString(), s("STOPPED"));
    }

    void restartResumesARunningJob()
    {
        f->batchRows = 10;
        QVERIFY(f->openFile());
        f->runner().allowBatches(3);
        const QString id = f->createJob();
        QVERIFY(f->uploadAndStart(id, rowsCsv(95)));
        QTRY_COMPARE_WITH_TIMEOUT(count(f->summary(id), "CreatedRecords"), 30, 30000);

        // The process stops (the engine and store close) with the job IN_PROGRESS, then
        // starts again on the same folder: the job goes on after row 30.
        f->engine.reset();
        f->db.reset();
        QVERIFY(f->openFile());
        QVERIFY(f->runner().waitIdle(30000));
        const QJsonObject job = f->job(id);
        QCOMPARE(job.value(QStringLiteral("Status")).toString(), s("SUCCEEDED"));
        const QJsonObject summary = job.value(QStringLiteral("ResultsSummary")).toObject();
        QCOMPARE(count(summary, "CreatedRecords"), 95);
        QCOMPARE(count(summary, "UpdatedRecords"), 0);
        QCOMPARE(f->stats().value(QStringLiteral("ProfileCount")).toInt(), 95);
        QCOMPARE(f->search(s("_email"), s("user94@example.com")).size(), 1);
    }

    void restartWithoutTheFileFails()
    {
        f->batchRows = 10;
        QVERIFY(f->openFile());
        f->runner().allowBatches(1);
        const QString id = f->createJob();
        QVERIFY(f->uploadAndStart(id, rowsCsv(50)));
        QTRY_COMPARE_WITH_TIMEOUT(count(f->summary(id), "CreatedRecords"), 10, 30000);
        const QString file = f->runner().filePath(id);
        f->engine.reset();
        f->db.reset();
        QVERIFY(QFile::remove(file));
        QVERIFY(f->openFile());
        QVERIFY(f->runner().waitIdle(30000));
        const QJsonObject job = f->job(id);
        QCOMPARE(job.value(QStringLiteral("Status")).toString(), s("FAILED"));
        QCOMPARE(job.value(QStringLiteral("StatusReason")).toString(), s("INTERNAL_FAILURE"));
        QCOMPARE(count(job.value(QStringLiteral("ResultsSummary")).toObject(), "CreatedRecords"),
                 10);
        QVERIFY(f->failures(id).value(0).contains(s("gone")));
    }

    void deletingTheDomainRemovesItsJobs()
    {
        const QString id = f->createJob();
        QVERIFY(!id.isEmpty());
        QCOMPARE(f->rows("upload_jobs", s("d")), 1);
        QVERIFY_OK(f->callIn("DeleteDomain", "{}"));
        QCOMPARE(f->rows("upload_jobs", s("d")), 0);
    }

    void listPagesNewestFirst()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.prepend(f->createJob());
        const ApiResult first = f->callIn("ListUploadJobs", R"({"MaxResults": 2})");
        QVERIFY_OK(first);
        const QJsonArray page = first.body.value(QStringLiteral("Items")).toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0][QStringLiteral("JobId")].toString(), ids[0]);
        QJsonObject next = j("{}");
        next.insert(QStringLiteral("NextToken"), first.body.value(QStringLiteral("NextToken")));
        next.insert(QStringLiteral("DomainName"), s("d"));
        const ApiResult second = f->call("ListUploadJobs", next);
        QCOMPARE(second.body.value(QStringLiteral("Items")).toArray().size(), 1);
        QCOMPARE(second.body[QStringLiteral("Items")][0][QStringLiteral("JobId")].toString(),
                 ids[2]);
        QVERIFY(!second.body.contains(QStringLiteral("NextToken")));
    }
};

QTEST_GUILESS_MAIN(TestUploadJobs)
#include "tst_upload_jobs.moc"
