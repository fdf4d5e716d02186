// Shared by the upload job tests: an engine over a store in a temporary folder (so that it
// can be reopened, as after a restart), and the upload URL's PUT as cplocal's server runs
// it (UploadReceiver: the head's checks, the streamed body, the job taking the file).
#pragma once

#include "api/uploadreceiver.h"
#include "engine/uploadrunner.h"
#include "enginefixture.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUrl>

namespace cp::emulator::test {

struct UploadFixture : EngineFixture
{
    QTemporaryDir dir;
    int batchRows = 5000;

    bool openFile()
    {
        engine.reset();
        db = std::make_unique<Database>(
            Database::Options{dir.path() + QStringLiteral("/cplocal.sqlite"), false});
        QString error;
        if (!db->open(&error)) {
            qWarning("cannot open the store: %s", qPrintable(error));
            return false;
        }
        EngineOptions options;
        options.clockMs = [this] { return now; };
        options.uploadDir = dir.path() + QStringLiteral("/uploads");
        options.uploadBatchRows = batchRows;
        engine = std::make_unique<Engine>(*db, options);
        return true;
    }
    UploadRunner &runner() { return engine->uploads(); }

    // A job mapping email (the unique key) and first, last and city columns.
    QString createJob(const char *uniqueKey = "email")
    {
        QJsonObject input = j(R"({"DomainName": "d", "DisplayName": "customers.csv", "Fields": {
            "email": {"Source": "_source.email", "Target": "_profile.EmailAddress",
                      "ContentType": "EMAIL_ADDRESS"},
            "first": {"Source": "_source.first", "Target": "_profile.FirstName"},
            "last": {"Source": "_source.last", "Target": "_profile.LastName"},
            "city": {"Source": "_source.city", "Target": "_profile.Address.City"}}})");
        input.insert(QStringLiteral("UniqueKey"), QString::fromLatin1(uniqueKey));
        const ApiResult r = call("CreateUploadJob", input);
        if (!r.ok())
            qWarning("CreateUploadJob: %s", qPrintable(describe(r)));
        return r.body.value(QStringLiteral("JobId")).toString();
    }
    QJsonObject path(const QString &jobId)
    {
        return call("GetUploadJobPath",
                    {{QStringLiteral("DomainName"), s("d")}, {QStringLiteral("JobId"), jobId}})
            .body;
    }
    QJsonObject job(const QString &jobId)
    {
        return call("GetUploadJob",
                    {{QStringLiteral("DomainName"), s("d")}, {QStringLiteral("JobId"), jobId}})
            .body;
    }
    ApiResult jobCall(const char *operation, const QString &jobId)
    {
        return call(operation,
                    {{QStringLiteral("DomainName"), s("d")}, {QStringLiteral("JobId"), jobId}});
    }

    static http::HeaderList sseHeaders(const QString &clientToken)
    {
        const QByteArray key = QByteArray::fromBase64(clientToken.toLatin1());
        return {{"x-amz-server-side-encryption-customer-algorithm", "AES256"},
                {"x-amz-server-side-encryption-customer-key", clientToken.toLatin1()},
                {"x-amz-server-side-encryption-customer-key-MD5",
                 QCryptographicHash::hash(key, QCryptographicHash::Md5).toBase64()}};
    }
    // The PUT of `body` to an upload URL, in pieces as a connection would stream it.
    http::Response putFile(const QString &url, const http::HeaderList &headers,
                           const QByteArray &body)
    {
        UploadReceiver receiver(*engine);
        http::Request request;
        request.method = "PUT";
        request.path = QUrl(url).path().toLatin1();
        request.target = request.path;
        request.headers = headers;
        http::BodyRoute route = receiver.route(request);
        if (route.refusal)
            return *route.refusal;
        for (qsizetype at = 0; at < body.size(); at += 1000) {
            if (!route.sink->write(
                    QByteArrayView(body).sliced(at, qMin<qsizetype>(1000, body.size() - at))))
                return UploadReceiver::s3Error(500, s("InternalError"), route.sink->failure());
        }
        request.bodySink = route.sink;
        return receiver.finish(request);
    }
    // GetUploadJobPath, the PUT, StartUploadJob; the job's id.
    bool uploadAndStart(const QString &jobId, const QByteArray &csv)
    {
        const QJsonObject p = path(jobId);
        const http::Response r =
            putFile(p.value(QStringLiteral("Url")).toString(),
                    sseHeaders(p.value(QStringLiteral("ClientToken")).toString()), csv);
        if (r.status != 200) {
            qWarning("upload refused: %d %s", r.status, r.body.constData());
            return false;
        }
        return jobCall("StartUploadJob", jobId).ok();
    }
    QJsonObject summary(const QString &jobId)
    {
        return job(jobId).value(QStringLiteral("ResultsSummary")).toObject();
    }
    // The reasons kept for the job's failed rows: "line: message".
    QStringList failures(const QString &jobId)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT failures FROM upload_jobs WHERE id = ?"));
        q.addBindValue(jobId);
        QStringList out;
        if (!q.exec() || !q.next())
            return out;
        const QJsonArray items = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
        for (const QJsonValue &v : items)
            out.append(QString::number(v[QStringLiteral("Line")].toInteger()) +
                       QStringLiteral(": ") + v[QStringLiteral("Message")].toString());
        return out;
    }
};

} // namespace cp::emulator::test
