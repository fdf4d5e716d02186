#include "verifier.h"

#include <QDateTime>

#include <algorithm>
#include <string_view>

namespace cp::emulator {
namespace {

Verifier::Failure failure(int status, const char *type, const QString &message)
{
    return {status, QString::fromLatin1(type), message};
}

Verifier::Failure badSignature(const QString &message)
{
    return failure(403, "InvalidSignatureException", message);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

struct Authorization
{
    QByteArray algorithm;
    QByteArray accessKey, date, region, service, terminator;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
};

// "AWS4-HMAC-SHA256 Credential=AK/DATE/REGION/SERVICE/aws4_request, SignedHeaders=a;b,
// Signature=hex"
std::optional<Authorization> parseAuthorization(const QByteArray &header)
{
    Authorization out;
    const qsizetype space = header.indexOf(' ');
    if (space < 0)
        return std::nullopt;
    out.algorithm = header.left(space);
    bool haveCredential = false, haveSigned = false, haveSignature = false;
    for (QByteArray part : header.mid(space + 1).split(',')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            return std::nullopt;
        const QByteArray name = part.left(eq);
        const QByteArray value = part.mid(eq + 1);
        if (name == "Credential") {
            const QList<QByteArray> scope = value.split('/');
            if (scope.size() != 5)
                return std::nullopt;
            out.accessKey = scope[0];
            out.date = scope[1];
            out.region = scope[2];
            out.service = scope[3];
            out.terminator = scope[4];
            haveCredential = true;
        } else if (name == "SignedHeaders") {
            out.signedHeaders = value.split(';');
            haveSigned = true;
        } else if (name == "Signature") {
            out.signature = value;
            haveSignature = true;
        }
    }
    if (!haveCredential || !haveSigned || !haveSignature)
        return std::nullopt;
    return out;
}

Verifier::Failure incomplete(const QString &message)
{
    return failure(400, "IncompleteSignatureException", message);
}

// A header name's characters (RFC 9110 tchar) in lowercase.
bool isLowercaseToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
        if (!ok)
            return false;
    }
    return true;
}

QString quoted(QByteArrayView bytes, qsizetype limit)
{
    if (bytes.size() <= limit)
        return QString::fromUtf8(bytes);
    return QStringLiteral("%1... (%2 more bytes)")
        .arg(QString::fromUtf8(bytes.first(limit)))
        .arg(bytes.size() - limit);
}

} // namespace

QString Verifier::checkSignedHeaders(const QList<QByteArray> &names)
{
    if (names.size() > kMaxSignedHeaders)
        return QStringLiteral("SignedHeaders names %1 headers; at most %2 may be signed.")
            .arg(names.size())
            .arg(kMaxSignedHeaders);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray &name = names[i];
        if (!isLowercaseToken(name))
            return QStringLiteral("SignedHeaders must list lowercase header names; '%1' is not one.")
                .arg(quoted(name, 64));
        if (i > 0 && !(names[i - 1] < name))
            return QStringLiteral("SignedHeaders must be sorted and list each name once; '%1' "
                                  "follows '%2'.")
                .arg(quoted(name, 64), quoted(names[i - 1], 64));
    }
    return {};
}

Verifier::Verifier(QString region, QHash<QString, QString> secretsByAccessKey,
                   std::function<qint64()> clockMs)
    : m_region(std::move(region))
    , m_secrets(std::move(secretsByAccessKey))
    , m_clockMs(std::move(clockMs))
{}

std::optional<Verifier::Failure> Verifier::verify(const http::Request &request) const
{
    const QByteArray header = request.header("authorization");
    if (header.isEmpty())
        return failure(
            403, "MissingAuthenticationTokenException",
            QStringLiteral("Missing Authentication Token: the request is not signed with SigV4."));
    if (header.size() > kMaxAuthorizationBytes)
        return incomplete(QStringLiteral("The Authorization header is %1 bytes; at most %2 are "
                                         "accepted.")
                              .arg(header.size())
                              .arg(kMaxAuthorizationBytes));
    const std::optional<Authorization> auth = parseAuthorization(header);
    if (!auth)
        return failure(
            400, "IncompleteSignatureException",
            QStringLiteral("The Authorization header is not of the form \"AWS4-HMAC-SHA256 "
                           "Credential=..., SignedHeaders=..., Signature=...\"."));
    if (auth->algorithm != "AWS4-HMAC-SHA256")
        return failure(400, "IncompleteSignatureException",
                       QStringLiteral("Unsupported signing algorithm %1; use AWS4-HMAC-SHA256.")
                           .arg(quoted(auth->algorithm, 64)));
    if (const QString problem = checkSignedHeaders(auth->signedHeaders); !problem.isNull())
        return incomplete(problem);

    const QByteArray amzDate = request.header("x-amz-date");
    // Read as UTC from the start: parsed as local time first, an hour that the local zone
    // skips (a DST change) would not exist and a valid request would be refused.
    const QString amzText = QString::fromLatin1(amzDate);
    const QDate signedDay = QDate::fromString(amzText.left(8), QStringLiteral("yyyyMMdd"));
    const QTime signedTime = QTime::fromString(amzText.mid(9, 6), QStringLiteral("HHmmss"));
    const QDateTime signedUtc(signedDay, signedTime, Qt::UTC);
    if (amzDate.size() != 16 || amzDate[8] != 'T' || amzDate[15] != 'Z' || !signedDay.isValid() ||
        !signedTime.isValid())
        return failure(
            400, "IncompleteSignatureException",
            QStringLiteral(
                "The request has no valid X-Amz-Date header (expected YYYYMMDD'T'HHMMSS'Z')."));
    if (auth->date != amzDate.left(8))
        return badSignature(
            QStringLiteral("The credential scope's date %1 is not the day of X-Amz-Date %2.")
                .arg(QString::fromLatin1(auth->date), QString::fromLatin1(amzDate)));
    if (auth->region != m_region.toLatin1())
        return badSignature(
            QStringLiteral(
                "Credential should be scoped to a valid region, not '%1'; this endpoint is %2.")
                .arg(quoted(auth->region, 64), m_region));
    if (auth->service != "profile")
        return badSignature(
            QStringLiteral("Credential should be scoped to correct service: 'profile', not '%1'.")
                .arg(quoted(auth->service, 64)));
    if (auth->terminator != "aws4_request")
        return badSignature(
            QStringLiteral("Credential should be scoped with a valid terminator: 'aws4_request'."));

    const qint64 now = m_clockMs();
    const qint64 skew = signedUtc.toMSecsSinceEpoch() - now;
    if (qAbs(skew) > kMaxSkewMs) {
        const QString nowText = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC)
                                    .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        return badSignature(
            skew < 0
                ? QStringLiteral("Signature expired: %1 is now earlier than 5 minutes before %2.")
                      .arg(QString::fromLatin1(amzDate), nowText)
                : QStringLiteral("Signature not yet current: %1 is more than 5 minutes after %2.")
                      .arg(QString::fromLatin1(amzDate), nowText));
    }
    if (!auth->signedHeaders.contains("host") || !auth->signedHeaders.contains("x-amz-date"))
        return badSignature(QStringLiteral("The signed headers must include host and x-amz-date."));

    const auto secret = m_secrets.constFind(QString::fromLatin1(auth->accessKey));
    if (secret == m_secrets.constEnd())
        return failure(
            403, "UnrecognizedClientException",
            QStringLiteral(
                "The security token included in the request is invalid: access key %1 is unknown.")
                .arg(quoted(auth->accessKey, 128)));

    // The service signs every body: no operation of it takes an unsigned or streamed
    // payload, and accepting one would let the body be replaced while the signature lives.
    const QByteArray claimed = request.header("x-amz-content-sha256");
    if (claimed.startsWith("UNSIGNED-PAYLOAD") || claimed.startsWith("STREAMING-"))
        return badSignature(
            QStringLiteral("x-amz-content-sha256 %1 is not accepted: this service signs the "
                           "payload; send its SHA-256 (hex) or leave the header out.")
                .arg(quoted(claimed, 64)));

    // One pass over the request's headers, each name looked up among the signed ones
    // (sorted, unique, bounded): the work is linear in the header section, never
    // names times headers, and the values kept are bounded before any is canonicalised.
    QList<QList<QByteArray>> values(auth->signedHeaders.size());
    qsizetype signedBytes = 0;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        const auto it = std::lower_bound(auth->signedHeaders.cbegin(),
                                         auth->signedHeaders.cend(), lower);
        if (it == auth->signedHeaders.cend() || *it != lower)
            continue;
        signedBytes += lower.size() + value.size() + 2;
        if (signedBytes > kMaxSignedHeaderBytes)
            return badSignature(
                QStringLiteral("The signed headers exceed %1 bytes.").arg(kMaxSignedHeaderBytes));
        values[it - auth->signedHeaders.cbegin()].append(value);
    }
    QList<sigv4::Header> headers;
    for (qsizetype i = 0; i < auth->signedHeaders.size(); ++i) {
        const QByteArray &name = auth->signedHeaders[i];
        if (values[i].isEmpty())
            return badSignature(QStringLiteral("Signed header %1 is missing from the request.")
                                    .arg(QString::fromLatin1(name)));
        for (const QByteArray &value : values[i])
            headers.append({name, value});
    }

    const QByteArray payloadHash = sigv4::sha256Hex(request.body);
    if (!claimed.isEmpty() && claimed != payloadHash)
        return failure(
            400, "XAmzContentSHA256Mismatch",
            QStringLiteral("The provided x-amz-content-sha256 header does not match the body."));

    const sigv4::CanonicalHeaders canonical = sigv4::canonicalHeaders(headers);
    const QByteArray canonicalRequest =
        sigv4::canonicalRequest(request.method, sigv4::canonicalUri(request.path, true),
                                sigv4::canonicalQuery(request.query), canonical,
                                payloadHash);
    const sigv4::SigningCredentials credentials{auth->accessKey, secret->toUtf8(), {}};
    const QByteArray expected = m_signer.signature(canonicalRequest, amzDate, auth->date,
                                                   auth->region, auth->service, credentials);
    if (!constantTimeEquals(expected, auth->signature))
        return badSignature(
            QStringLiteral("The request signature we calculated does not match the signature you "
                           "provided. Check your AWS Secret Access Key and signing method. The "
                           "canonical request we computed was:\n%1")
                .arg(quoted(canonicalRequest, kMaxQuotedBytes)));
    return std::nullopt;
}

} // namespace cp::emulator
