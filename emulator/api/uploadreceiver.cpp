#include "uploadreceiver.h"

#include "engine/engine.h"
#include "engine/uploadingest.h"
#include "engine/uploadrunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUuid>

namespace cp::emulator {
namespace {

const QByteArray kPrefix = QByteArrayLiteral("/_cplocal/uploads/");

// The job a token names, as its head is checked.
struct UploadTarget
{
    QString domain;
    QString jobId;
    QString status;
    QByteArray keySha256;
    qint64 validUntil = 0;
};

// Writes the body to <spool>/<job>.<random>.part, hashing it for the ETag; the part file
// goes when the sink does unless finish() made it the job's file.
class UploadSink : public http::BodySink
{
public:
    UploadSink(UploadTarget target, const QString &partPath)
        : target(std::move(target))
        , file(partPath)
    {}
    ~UploadSink() override
    {
        if (!kept)
            file.remove();
    }
    bool write(QByteArrayView bytes) override
    {
        if (file.write(bytes.data(), bytes.size()) != bytes.size()) {
            m_failure =
                QStringLiteral("The upload could not be written: %1").arg(file.errorString());
            return false;
        }
        md5.addData(bytes);
        size += bytes.size();
        return true;
    }
    QString failure() const override { return m_failure; }

    UploadTarget target;
    QFile file;
    QCryptographicHash md5{QCryptographicHash::Md5};
    qint64 size = 0;
    bool kept = false;

private:
    QString m_failure;
};

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

http::BodyRoute refuse(int status, const char *code, const QString &message)
{
    http::BodyRoute route;
    route.refusal = UploadReceiver::s3Error(status, QString::fromLatin1(code), message);
    return route;
}

} // namespace

UploadReceiver::UploadReceiver(Engine &engine)
    : m_engine(engine)
{}

bool UploadReceiver::isUploadPath(QByteArrayView path)
{
    return path.startsWith(kPrefix);
}

http::Response UploadReceiver::s3Error(int status, const QString &code, const QString &message)
{
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::Id128).left(16).toUpper();
    http::Response response;
    response.status = status;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
    response.headers.append({QByteArrayLiteral("x-amz-request-id"), requestId});
    response.body = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>") +
                    code.toHtmlEscaped().toUtf8() + QByteArrayLiteral("</Code><Message>") +
                    message.toHtmlEscaped().toUtf8() + QByteArrayLiteral("</Message><RequestId>") +
                    requestId + QByteArrayLiteral("</RequestId></Error>");
    return response;
}

http::BodyRoute UploadReceiver::route(const http::Request &head) const
{
    if (head.method != "PUT")
        return refuse(405, "MethodNotAllowed", QStringLiteral("An upload URL takes PUT only."));
    const QByteArray token = head.path.mid(kPrefix.size());
    UploadTarget target;
    bool found = false;
    m_engine.read([&](Context &ctx) {
        Query q = ctx.query("SELECT domain, id, status, key_sha256, valid_until FROM upload_jobs"
                            " WHERE url_token = ?");
        q.bind(QString::fromLatin1(token));
        if (q.exec() && q.next()) {
            found = true;
            target = {q.text(0), q.text(1), q.text(2), q.text(3).toLatin1(), q.integer(4)};
        }
        return ApiResult::success();
    });
    if (!found || token.isEmpty())
        return refuse(403, "AccessDenied",
                      QStringLiteral("The upload URL is not valid: unknown, or replaced by a "
                                     "later GetUploadJobPath."));
    if (m_engine.nowMs() > target.validUntil)
        return refuse(403, "AccessDenied", QStringLiteral("Request has expired"));
    if (target.status != uploadstatus::kCreated)
        return refuse(409, "InvalidRequest",
                      QStringLiteral("Upload job %1 is %2: only a job not yet started takes a "
                                     "file.")
                          .arg(target.jobId, target.status));

    // SSE-C, as S3 checks it: the algorithm, a 256-bit key and the MD5 of its bytes.
    const QByteArray algorithm = head.header("x-amz-server-side-encryption-customer-algorithm");
    const QByteArray keyText = head.header("x-amz-server-side-encryption-customer-key");
    const QByteArray md5Text = head.header("x-amz-server-side-encryption-customer-key-MD5");
    if (algorithm.isEmpty() || keyText.isEmpty() || md5Text.isEmpty())
        return refuse(400, "InvalidRequest",
                      QStringLiteral("Requests specifying Server Side Encryption with Customer "
                                     "provided keys must provide the "
                                     "x-amz-server-side-encryption-customer-algorithm, -key and "
                                     "-key-MD5 headers; the key is the ClientToken."));
    if (algorithm != "AES256")
        return refuse(400, "InvalidEncryptionAlgorithmError",
                      QStringLiteral("The encryption request you specified is not valid. The "
                                     "valid value is AES256."));
    const auto decoded =
        QByteArray::fromBase64Encoding(keyText, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray *key = decoded ? &decoded.decoded : nullptr;
    if (!key || key->size() != 32)
        return refuse(400, "InvalidArgument",
                      QStringLiteral("The secret key was invalid for the specified algorithm."));
    if (QCryptographicHash::hash(*key, QCryptographicHash::Md5).toBase64() != md5Text)
        return refuse(400, "InvalidArgument",
                      QStringLiteral("The calculated MD5 hash of the key did not match the hash "
                                     "that was provided."));
    if (!constantTimeEqual(QCryptographicHash::hash(*key, QCryptographicHash::Sha256).toHex(),
                           target.keySha256))
        return refuse(403, "AccessDenied",
                      QStringLiteral("The key is not the ClientToken issued with this upload "
                                     "URL."));

    const QString part = m_engine.uploads().spoolDir() + QLatin1Char('/') + target.jobId +
                         QLatin1Char('.') + QUuid::createUuid().toString(QUuid::Id128) +
                         QStringLiteral(".part");
    auto sink = std::make_shared<UploadSink>(target, part);
    if (!sink->file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return refuse(
            500, "InternalError",
            QStringLiteral("The upload could not be spooled: %1").arg(sink->file.errorString()));
    http::BodyRoute route;
    route.sink = std::move(sink);
    route.maxBytes = kMaxFileBytes;
    return route;
}

http::Response UploadReceiver::finish(const http::Request &request) const
{
    auto sink = std::dynamic_pointer_cast<UploadSink>(request.bodySink);
    if (!sink)
        return s3Error(405, QStringLiteral("MethodNotAllowed"),
                       QStringLiteral("An upload URL takes PUT only."));
    if (!sink->file.flush()) {
        return s3Error(
            500, QStringLiteral("InternalError"),
            QStringLiteral("The upload could not be written: %1").arg(sink->file.errorString()));
    }
    sink->file.close();
    const UploadTarget &target = sink->target;
    const QString path = m_engine.uploads().filePath(target.jobId);
    // The job takes the file only if it has not started meanwhile; the rename is inside the
    // transaction so that a StartUploadJob after it sees the file.
    const ApiResult taken = m_engine.write([&](Context &ctx) {
        Query q = ctx.query("UPDATE upload_jobs SET uploaded_at = ?, uploaded_bytes = ?"
                            " WHERE domain = ? AND id = ? AND status = 'CREATED'");
        q.bind(ctx.nowMs).bind(sink->size).bind(target.domain).bind(target.jobId);
        if (!q.exec())
            return ApiResult::internal(QStringLiteral("The store could not be written."));
        if (q.changes() == 0)
            return ApiResult::error(409, QStringLiteral("InvalidRequest"),
                                    QStringLiteral("Upload job %1 started or ended while the file "
                                                   "was uploaded.")
                                        .arg(target.jobId));
        QFile::remove(path);
        if (!QFile::rename(sink->file.fileName(), path))
            return ApiResult::internal(QStringLiteral("The upload could not be kept."));
        sink->kept = true;
        return ApiResult::success();
    });
    if (!taken.ok())
        return s3Error(taken.status,
                       taken.status == 409 ? QStringLiteral("InvalidRequest")
                                           : QStringLiteral("InternalError"),
                       taken.message);
    http::Response response;
    response.headers.append({QByteArrayLiteral("ETag"), '"' + sink->md5.result().toHex() + '"'});
    response.headers.append({QByteArrayLiteral("x-amz-server-side-encryption-customer-algorithm"),
                             QByteArrayLiteral("AES256")});
    response.headers.append({QByteArrayLiteral("x-amz-server-side-encryption-customer-key-MD5"),
                             request.header("x-amz-server-side-encryption-customer-key-MD5")});
    return response;
}

} // namespace cp::emulator
