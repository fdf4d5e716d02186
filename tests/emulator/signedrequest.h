// Shared by the verifier and dispatcher tests: an operation's HTTP request, serialized
// and signed as the console's client does it, in the form the HTTP server hands over.
#pragma once

#include "protocol.h"
#include "http/httptypes.h"
#include "sigv4/sigv4.h"
#include "wiremodel.h"

#include <QJsonObject>

namespace cp::emulator::test {

inline const QByteArray kAccessKey = QByteArrayLiteral("AKIDLOCALTEST0000001");
inline const QByteArray kSecret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
inline constexpr qint64 kNowSeconds = 1700000000; // 20231114T221320Z

struct SignOptions
{
    QByteArray accessKey = kAccessKey;
    QByteArray secret = kSecret;
    QByteArray sessionToken;
    QByteArray region = "us-east-1";
    QByteArray service = "profile";
    qint64 epochSeconds = kNowSeconds;
    bool contentSha256 = false;
    QByteArray payloadHash; // signed instead of the body's hash when set (UNSIGNED-PAYLOAD)
};

inline schema::HttpRequest serialize(const char *operation, const QJsonObject &input)
{
    const schema::Operation *op =
        schema::WireModel::bundled().operation(QString::fromLatin1(operation));
    if (!op)
        qFatal("no operation %s", operation);
    return schema::serializeRequest(schema::WireModel::bundled(), *op, input);
}

// Signs host, content-type and x-amz-* (as client/core/pendingcall.cpp does).
inline http::Request sign(const schema::HttpRequest &r, const SignOptions &o = {})
{
    static const sigv4::Signer signer;
    const QByteArray host = "localhost:4566";
    sigv4::RequestToSign toSign;
    toSign.method = r.method;
    toSign.rawPath = r.path;
    toSign.rawQuery = r.query;
    toSign.body = r.body;
    toSign.payloadHash = o.payloadHash;
    toSign.headers.append({"host", host});
    for (const auto &[name, value] : r.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-type" || lower.startsWith("x-amz-"))
            toSign.headers.append({name, value});
    }
    sigv4::SigningOptions options;
    options.region = o.region;
    options.service = o.service;
    options.epochSeconds = o.epochSeconds;
    options.normalizePath = true;
    options.addContentSha256Header = o.contentSha256;
    const sigv4::SignedRequest signedRequest =
        signer.signHeaders(toSign, {o.accessKey, o.secret, o.sessionToken}, options);

    http::Request out;
    out.method = r.method;
    out.path = r.path;
    out.query = r.query;
    out.target = r.query.isEmpty() ? r.path : r.path + '?' + r.query;
    out.headers.append(qMakePair(QByteArray("Host"), host));
    for (const auto &header : r.headers)
        out.headers.append(header);
    for (const sigv4::Header &header : signedRequest.addedHeaders)
        out.headers.append(qMakePair(header.name, header.value));
    out.headers.append(qMakePair(QByteArray("User-Agent"), QByteArray("tests/1.0")));
    out.body = r.body;
    return out;
}

inline http::Request signedCall(const char *operation, const QJsonObject &input,
                                const SignOptions &o = {})
{
    return sign(serialize(operation, input), o);
}

inline void setHeader(http::Request &request, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    request.headers.append(qMakePair(name, value));
}

inline void removeHeader(http::Request &request, const QByteArray &name)
{
    request.headers.removeIf(
        [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace cp::emulator::test
