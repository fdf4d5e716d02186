#pragma once

// Shared by the transport's tests: a transport with known keys pointed at a FaultServer,
// request builders, a blocking-free wait for one call, and the signature recomputed from
// what the server received.
#include "credentials.h"
#include "faultserver.h"
#include "sigv4/sigv4.h"
#include "transport.h"

#include <QTest>
#include <memory>
#include <optional>

namespace transporttest {

using namespace cp::client;
using Kind = ServiceError::Kind;

inline const QString kAccessKey = QStringLiteral("AKIDTRANSPORTTEST");
inline const QString kSecret = QStringLiteral("wJalrXUtnFEMI-SECRET-K7MDENG-bPxRfiCY");
inline const QString kToken = QStringLiteral("IQoJb3JpZ2luX2VjE-SESSION-TOKEN-Aa1Bb2Cc3Dd4");
inline const QByteArray kArnPath =
    "/tags/arn%3Aaws%3Aprofile%3Aus-east-1%3A123456789012%3Adomains%2Fd";

constexpr int kWait = 20000; // generous: a loaded 2-core CI machine

inline std::unique_ptr<Transport> makeTransport(const FaultServer &server, bool withToken = false)
{
    Credentials credentials{kAccessKey, kSecret, withToken ? kToken : QString(), std::nullopt};
    auto provider =
        std::make_shared<StaticCredentialsProvider>(credentials, QStringLiteral("test"));
    auto transport =
        std::make_unique<Transport>(Endpoint{server.url(), QStringLiteral("us-east-1")}, provider);
    transport->retryPolicy().random = [] { return 0.0; }; // no backoff unless a test wants it
    return transport;
}

inline CallOptions options(int timeoutMs, int maxAttempts, qint64 maxResponseBytes = 64 << 20)
{
    CallOptions o;
    o.timeout = std::chrono::milliseconds(timeoutMs);
    o.maxAttempts = maxAttempts;
    o.maxResponseBytes = maxResponseBytes;
    return o;
}

inline HttpRequest jsonPost(const QByteArray &path,
                            const QByteArray &body = "{\"Tags\":{\"k\":\"v\"}}")
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return request;
}

inline HttpRequest get(const QByteArray &path, const QByteArray &query = {})
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.query = query;
    return request;
}

inline std::optional<HttpResult> sendAndWait(Transport &transport, const HttpRequest &request,
                                             const CallOptions &options = {})
{
    std::optional<HttpResult> out;
    QObject context;
    transport.send(
        request, &context, [&out](const HttpResult &result) { out = result; }, options);
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, kWait);
    return out;
}

inline QByteArray authPart(const QByteArray &authorization, const QByteArray &key)
{
    const qsizetype at = authorization.indexOf(QByteArray(key + '='));
    if (at < 0)
        return {};
    const qsizetype from = at + key.size() + 1;
    const qsizetype end = authorization.indexOf(',', from);
    return authorization.mid(from, end < 0 ? -1 : end - from).trimmed();
}

// Recomputes the signature from the request exactly as the server received it.
inline QByteArray recomputedSignature(const FaultServer::Received &request,
                                      const QString &token = {})
{
    const QByteArray authorization = request.header("authorization");
    const QList<QByteArray> names = authPart(authorization, "SignedHeaders").split(';');
    QList<cp::sigv4::Header> headers;
    for (const QByteArray &name : names)
        headers.append({name, request.header(name)});
    const cp::sigv4::CanonicalHeaders canonical = cp::sigv4::canonicalHeaders(headers);
    const QByteArray canonicalRequest = cp::sigv4::canonicalRequest(
        request.method, cp::sigv4::canonicalUri(request.rawPath, true), // as the service
        cp::sigv4::canonicalQuery(request.rawQuery), canonical, cp::sigv4::sha256Hex(request.body));
    const QByteArray amzDate = request.header("x-amz-date");
    cp::sigv4::Signer signer;
    return signer.signature(canonicalRequest, amzDate, amzDate.left(8), "us-east-1", "profile",
                            {kAccessKey.toUtf8(), kSecret.toUtf8(), token.toUtf8()});
}

} // namespace transporttest
