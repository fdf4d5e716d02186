// Upload jobs: CreateUploadJob, GetUploadJobPath, StartUploadJob, StopUploadJob,
// GetUploadJob, ListUploadJobs. The file arrives over HTTP (api/uploadreceiver) and the
// job runs in the background (uploadrunner).
#include "engine.h"
#include "uploadingest.h"
#include "uploadrunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace cp::emulator::handlers {
namespace {

namespace us = uploadstatus;

const QString kDomainName = QStringLiteral("DomainName");
const QString kJobId = QStringLiteral("JobId");
constexpr int kDefaultDataExpiryDays = 14; // "the system default of 2 weeks"

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), count / 4);
    return out;
}

struct JobRow
{
    QString status;
    bool uploaded = false;
};

// The job's status, or the 404 the service answers.
std::variant<JobRow, ApiResult> findJob(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString id = input.value(kJobId).toString();
    Query q = ctx.query("SELECT status, uploaded_at FROM upload_jobs WHERE domain = ? AND id = ?");
    q.bind(domain).bind(id);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (!q.next())
        return ApiResult::notFound(
            QStringLiteral("Upload job %1 does not exist in domain %2.").arg(id, domain));
    return JobRow{q.text(0), !q.isNull(1)};
}

ApiResult setStatus(Context &ctx, const QJsonObject &input, const QString &status, bool completed)
{
    Query q = ctx.query("UPDATE upload_jobs SET status = ?, completed_at = ? WHERE domain = ?"
                        " AND id = ?");
    q.bind(status).bind(completed ? ctx.nowMs : qint64(0));
    q.bind(input.value(kDomainName).toString()).bind(input.value(kJobId).toString());
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The job could not be updated."));
    return ApiResult::success();
}

bool deleteDomainJobs(Context &ctx, const QString &domain)
{
    // A running job finds itself gone at its next batch and stops.
    Query q = ctx.query("DELETE FROM upload_jobs WHERE domain = ?");
    q.bind(domain);
    return q.exec();
}

} // namespace

ApiResult createUploadJob(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QJsonObject fields = input.value(QStringLiteral("Fields")).toObject();
    const QString uniqueKey = input.value(QStringLiteral("UniqueKey")).toString();
    if (const QString problem = checkUploadJobMapping(fields, uniqueKey); !problem.isEmpty())
        return ApiResult::badRequest(problem);
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QJsonValue expiry = input.value(QStringLiteral("DataExpiry"));
    Query q = ctx.query("INSERT INTO upload_jobs (domain, id, display_name, fields, unique_key,"
                        " data_expiry, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(domain).bind(id).bind(input.value(QStringLiteral("DisplayName")).toString());
    q.bind(compactJson(fields)).bind(uniqueKey);
    q.bind(expiry.isDouble() ? expiry.toInt() : kDefaultDataExpiryDays);
    q.bind(us::kCreated).bind(ctx.nowMs);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The upload job could not be stored."));
    return ApiResult::success({{kJobId, id}});
}

// Every call issues a new URL and key, valid for an hour (--upload-url-validity); the
// ones issued before stop working. The URL's last segment is a random token: with the key
// (kept as its SHA-256 only) it is what authorises the PUT (api/uploadreceiver).
ApiResult getUploadJobPath(Context &ctx, const QJsonObject &input)
{
    const auto job = findJob(ctx, input);
    if (const auto *error = std::get_if<ApiResult>(&job))
        return *error;
    if (std::get<JobRow>(job).status != us::kCreated)
        return ApiResult::badRequest(
            QStringLiteral("Upload job %1 is %2: only a job not yet "
                           "started takes a file.")
                .arg(input.value(kJobId).toString(), std::get<JobRow>(job).status));
    if (!ctx.uploads || !ctx.uploads->spoolReady())
        return ApiResult::internal(QStringLiteral("This endpoint has no folder for uploads."));
    const QByteArray key = randomBytes(32);
    const QByteArray token = randomBytes(32).toHex();
    const qint64 validUntil = ctx.nowMs + ctx.options.uploadUrlValidityMs;
    Query q = ctx.query("UPDATE upload_jobs SET url_token = ?, key_sha256 = ?, valid_until = ?"
                        " WHERE domain = ? AND id = ?");
    q.bind(QString::fromLatin1(token))
        .bind(
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex()))
        .bind(validUntil)
        .bind(input.value(kDomainName).toString())
        .bind(input.value(kJobId).toString());
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The upload path could not be stored."));
    QUrl url = ctx.uploads->baseUrl();
    if (url.isEmpty())
        url = QUrl(QStringLiteral("http://127.0.0.1"));
    url.setPath(QStringLiteral("/_cplocal/uploads/") + QString::fromLatin1(token));
    return ApiResult::success({{QStringLiteral("Url"), url.toString()},
                               {QStringLiteral("ClientToken"), QString::fromLatin1(key.toBase64())},
                               {QStringLiteral("ValidUntil"), wireTime(validUntil)}});
}

ApiResult startUploadJob(Context &ctx, const QJsonObject &input)
{
    const auto job = findJob(ctx, input);
    if (const auto *error = std::get_if<ApiResult>(&job))
        return *error;
    const JobRow &row = std::get<JobRow>(job);
    const QString id = input.value(kJobId).toString();
    if (row.status != us::kCreated)
        return ApiResult::badRequest(
            QStringLiteral("Upload job %1 is %2: only a job not yet started starts.")
                .arg(id, row.status));
    if (!row.uploaded)
        return ApiResult::badRequest(
            QStringLiteral("Upload job %1 has no file yet: PUT the CSV to the URL that "
                           "GetUploadJobPath gives, then start it.")
                .arg(id));
    if (ApiResult r = setStatus(ctx, input, us::kInProgress, false); !r.ok())
        return r;
    // The runner's first step waits for this transaction (it writes through the same group
    // commit), and finds the job CREATED if this one did not commit.
    ctx.uploads->enqueue(input.value(kDomainName).toString(), id);
    return ApiResult::success();
}

ApiResult stopUploadJob(Context &ctx, const QJsonObject &input)
{
    const auto job = findJob(ctx, input);
    if (const auto *error = std::get_if<ApiResult>(&job))
        return *error;
    const QString status = std::get<JobRow>(job).status;
    const QString id = input.value(kJobId).toString();
    if (status != us::kCreated && status != us::kInProgress)
        return ApiResult::badRequest(
            QStringLiteral("Upload job %1 has already ended (%2).").arg(id, status));
    if (ApiResult r = setStatus(ctx, input, us::kStopped, true); !r.ok())
        return r;
    ctx.uploads->requestStop(id);
    return ApiResult::success();
}

namespace {

QJsonObject jobItem(const Query &q, bool whole)
{
    // Columns: id, display_name, status, status_reason, created_at, completed_at,
    // data_expiry, fields, unique_key, created, updated, failed.
    QJsonObject item{{QStringLiteral("JobId"), q.text(0)},
                     {QStringLiteral("DisplayName"), q.text(1)},
                     {QStringLiteral("Status"), q.text(2)},
                     {QStringLiteral("CreatedAt"), wireTime(q.integer(4))},
                     {QStringLiteral("DataExpiry"), q.integer(6)}};
    if (!q.isNull(3))
        item.insert(QStringLiteral("StatusReason"), q.text(3));
    if (!q.isNull(5) && q.integer(5) > 0)
        item.insert(QStringLiteral("CompletedAt"), wireTime(q.integer(5)));
    if (!whole)
        return item;
    item.insert(QStringLiteral("Fields"), parseObject(q.text(7)));
    item.insert(QStringLiteral("UniqueKey"), q.text(8));
    if (q.text(2) != us::kCreated)
        item.insert(QStringLiteral("ResultsSummary"),
                    QJsonObject{{QStringLiteral("CreatedRecords"), q.integer(9)},
                                {QStringLiteral("UpdatedRecords"), q.integer(10)},
                                {QStringLiteral("FailedRecords"), q.integer(11)}});
    return item;
}

} // namespace

ApiResult getUploadJob(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    const QString id = input.value(kJobId).toString();
    Query q = ctx.query("SELECT id, display_name, status, status_reason, created_at, completed_at,"
                        " data_expiry, fields, unique_key, created_records, updated_records,"
                        " failed_records FROM upload_jobs WHERE domain = ? AND id = ?");
    q.bind(domain).bind(id);
    if (!q.exec())
        return ApiResult::internal(QStringLiteral("The store could not be read."));
    if (!q.next())
        return ApiResult::notFound(
            QStringLiteral("Upload job %1 does not exist in domain %2.").arg(id, domain));
    return ApiResult::success(jobItem(q, true));
}

ApiResult listUploadJobs(Context &ctx, const QJsonObject &input)
{
    const QString domain = input.value(kDomainName).toString();
    if (auto missing = requireDomain(ctx, domain))
        return *missing;
    // Newest first; the position is the last rowid listed.
    const auto fetch = [&](const QString &after, int rows, QList<PageRow> &out) {
        bool valid = true;
        const qint64 before =
            after.isNull() ? std::numeric_limits<qint64>::max() : after.toLongLong(&valid);
        if (!valid)
            return ApiResult::badRequest(QStringLiteral("The NextToken is not valid."));
        Query q = ctx.query("SELECT id, display_name, status, status_reason, created_at,"
                            " completed_at, data_expiry, rowid FROM upload_jobs WHERE domain = ?"
                            " AND rowid < ? ORDER BY rowid DESC LIMIT ?");
        q.bind(domain).bind(before).bind(rows);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The store could not be read."));
        while (q.next())
            out.append({QString::number(q.integer(7)), jobItem(q, false)});
        return ApiResult::success();
    };
    return paginate(input, QStringLiteral("upload-jobs/") + domain, fetch);
}

} // namespace cp::emulator::handlers

namespace cp::emulator {

Area areas::uploadJobs()
{
    Area area;
    area.handlers = {
        {"CreateUploadJob", handlers::createUploadJob, Access::Write},
        {"GetUploadJobPath", handlers::getUploadJobPath, Access::Write},
        {"StartUploadJob", handlers::startUploadJob, Access::Write},
        {"StopUploadJob", handlers::stopUploadJob, Access::Write},
        {"GetUploadJob", handlers::getUploadJob, Access::Read},
        {"ListUploadJobs", handlers::listUploadJobs, Access::Read},
    };
    area.deleteDomain = handlers::deleteDomainJobs;
    return area;
}

} // namespace cp::emulator
