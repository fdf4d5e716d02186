#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <cstdint>

namespace cp::sigv4 {

struct Header
{
    QByteArray name;
    QByteArray value;
};

struct SigningCredentials
{
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken;
};

// A request as it goes on the wire. The signer signs every header it is given, so
// callers pass only the ones that must be signed (see RequestSigner in client/).
struct RequestToSign
{
    QByteArray method;
    QByteArray rawPath;  // exactly as sent, percent-encoding included
    QByteArray rawQuery; // exactly as sent, without '?'
    QList<Header> headers;
    QByteArray body;
    QByteArray payloadHash; // lower-case hex; computed from body when empty
};

struct SigningOptions
{
    QByteArray region;
    QByteArray service;
    std::int64_t epochSeconds = 0;
    bool normalizePath = false;
    bool addContentSha256Header = false;
    bool omitSessionTokenFromSignature = false;
    int presignExpiresSeconds = 3600;
};

struct SignedRequest
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;
    QList<Header> addedHeaders; // header form: to add to the request as they are
    QByteArray query;           // query form: the complete query string to send
};

// Pieces of the canonical request, shared with the local endpoint's verifier.
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
QByteArray percentDecode(QByteArrayView bytes, bool *ok = nullptr);
QByteArray canonicalUri(QByteArrayView rawPath, bool normalize);
QByteArray canonicalQuery(QByteArrayView rawQuery);
QByteArray canonicalHeaderValue(QByteArrayView value);
QByteArray amzDate(std::int64_t epochSeconds);
QByteArray sha256Hex(QByteArrayView data);

struct CanonicalHeaders
{
    QByteArray block;       // "name:value\n" lines, sorted
    QByteArray signedNames; // "name;name"
};
CanonicalHeaders canonicalHeaders(const QList<Header> &headers);

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                            QByteArrayView canonicalQuery, const CanonicalHeaders &headers,
                            QByteArrayView payloadHash);

// Signs requests; derived signing keys are cached per (date, region, service, keys),
// safe to share between threads.
class Signer
{
public:
    Signer();
    ~Signer();
    Signer(const Signer &) = delete;
    Signer &operator=(const Signer &) = delete;

    SignedRequest signHeaders(const RequestToSign &request, const SigningCredentials &credentials,
                              const SigningOptions &options) const;
    SignedRequest presign(const RequestToSign &request, const SigningCredentials &credentials,
                          const SigningOptions &options) const;

    // The signature of a canonical request under the given scope; used by both forms
    // and by the verifier in the local endpoint.
    QByteArray signature(QByteArrayView canonicalRequest, QByteArrayView amzDate,
                         QByteArrayView dateStamp, QByteArrayView region, QByteArrayView service,
                         const SigningCredentials &credentials,
                         QByteArray *stringToSign = nullptr) const;

    void clearCache();

private:
    struct KeyCache;
    KeyCache *m_cache;
};

} // namespace cp::sigv4
