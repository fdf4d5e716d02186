#include "sigv4.h"

#include "sha256.h"

#include <QMutex>

#include <algorithm>
#include <array>
#include <ctime>
#include <memory>

namespace cp::sigv4 {
namespace {

constexpr QByteArrayView kAlgorithm = "AWS4-HMAC-SHA256";
constexpr QByteArrayView kTerminator = "aws4_request";

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == '~';
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray hexDigest(const std::uint8_t (&digest)[crypto::kSha256Size])
{
    QByteArray out(2 * crypto::kSha256Size, Qt::Uninitialized);
    crypto::toHex(digest, crypto::kSha256Size, out.data());
    return out;
}

// Dot segments removed and empty segments dropped, keeping a trailing slash.
QByteArray normalizedPath(QByteArrayView path)
{
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i < path.size() && path[i] != '/')
            continue;
        const QByteArrayView segment = path.sliced(start, i - start);
        start = i + 1;
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QByteArray out = "/";
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += '/';
        out += segments[i];
    }
    if (!segments.isEmpty() && path.endsWith('/'))
        out += '/';
    return out;
}

QByteArray dateStampOf(QByteArrayView amzDate) { return amzDate.first(8).toByteArray(); }

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += digits[byte >> 4];
            out += digits[byte & 0xf];
        }
    }
    return out;
}

QByteArray percentDecode(QByteArrayView bytes, bool *ok)
{
    QByteArray out;
    out.reserve(bytes.size());
    bool valid = true;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%') {
            const int high = i + 2 < bytes.size() ? hexValue(bytes[i + 1]) : -1;
            const int low = i + 2 < bytes.size() ? hexValue(bytes[i + 2]) : -1;
            if (high >= 0 && low >= 0) {
                out += char(high * 16 + low);
                i += 2;
                continue;
            }
            valid = false;
        }
        out += bytes[i];
    }
    if (ok)
        *ok = valid;
    return out;
}

QByteArray canonicalUri(QByteArrayView rawPath, bool normalize)
{
    if (rawPath.isEmpty())
        return "/";
    if (normalize)
        return uriEncode(normalizedPath(rawPath), true);
    return uriEncode(rawPath, true);
}

QByteArray canonicalQuery(QByteArrayView rawQuery)
{
    if (rawQuery.isEmpty())
        return {};
    QList<std::pair<QByteArray, QByteArray>> pairs;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= rawQuery.size(); ++i) {
        if (i < rawQuery.size() && rawQuery[i] != '&')
            continue;
        const QByteArrayView piece = rawQuery.sliced(start, i - start);
        start = i + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QByteArrayView name = eq < 0 ? piece : piece.first(eq);
        const QByteArrayView value = eq < 0 ? QByteArrayView() : piece.sliced(eq + 1);
        pairs.append({uriEncode(percentDecode(name), false), uriEncode(percentDecode(value), false)});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += name;
        out += '=';
        out += value;
    }
    return out;
}

QByteArray canonicalHeaderValue(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

CanonicalHeaders canonicalHeaders(const QList<Header> &headers)
{
    QList<std::pair<QByteArray, QByteArray>> entries; // lower-case name, joined values
    entries.reserve(headers.size());
    for (const Header &header : headers) {
        const QByteArray name = header.name.toLower();
        const QByteArray value = canonicalHeaderValue(header.value);
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const auto &entry) { return entry.first == name; });
        if (it == entries.end()) {
            entries.append({name, value});
        } else {
            it->second += ',';
            it->second += value;
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    CanonicalHeaders out;
    out.block.reserve(256);
    for (const auto &[name, value] : entries) {
        out.block += name;
        out.block += ':';
        out.block += value;
        out.block += '\n';
        if (!out.signedNames.isEmpty())
            out.signedNames += ';';
        out.signedNames += name;
    }
    return out;
}

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                            QByteArrayView canonicalQuery, const CanonicalHeaders &headers,
                            QByteArrayView payloadHash)
{
    QByteArray out;
    out.reserve(method.size() + canonicalUri.size() + canonicalQuery.size() + headers.block.size()
                + headers.signedNames.size() + payloadHash.size() + 8);
    out += method;
    out += '\n';
    out += canonicalUri;
    out += '\n';
    out += canonicalQuery;
    out += '\n';
    out += headers.block;
    out += '\n';
    out += headers.signedNames;
    out += '\n';
    out += payloadHash;
    return out;
}

QByteArray amzDate(std::int64_t epochSeconds)
{
    const std::time_t t = static_cast<std::time_t>(epochSeconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[17];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &tm);
    return QByteArray(buffer, 16);
}

QByteArray sha256Hex(QByteArrayView data)
{
    std::uint8_t digest[crypto::kSha256Size];
    crypto::Sha256::hash(data.data(), std::size_t(data.size()), digest);
    return hexDigest(digest);
}

// A handful of derived keys, most recent first; the secret is compared, never logged.
struct Signer::KeyCache
{
    struct Entry
    {
        QByteArray dateStamp, region, service, secret;
        std::shared_ptr<const crypto::HmacSha256> key;
    };
    QMutex mutex;
    std::array<Entry, 4> entries;

    std::shared_ptr<const crypto::HmacSha256> find(QByteArrayView date, QByteArrayView region,
                                                   QByteArrayView service, QByteArrayView secret)
    {
        QMutexLocker lock(&mutex);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            Entry &e = entries[i];
            if (e.key && e.dateStamp == date && e.region == region && e.service == service
                && e.secret == secret) {
                if (i > 0)
                    std::rotate(entries.begin(), entries.begin() + long(i), entries.begin() + long(i) + 1);
                return entries[0].key;
            }
        }
        return nullptr;
    }

    void insert(Entry entry)
    {
        QMutexLocker lock(&mutex);
        std::rotate(entries.begin(), entries.end() - 1, entries.end());
        entries[0] = std::move(entry);
    }
};

Signer::Signer()
    : m_cache(new KeyCache)
{
}

Signer::~Signer() { delete m_cache; }

void Signer::clearCache()
{
    QMutexLocker lock(&m_cache->mutex);
    m_cache->entries = {};
}

QByteArray Signer::signature(QByteArrayView canonicalRequest, QByteArrayView amzDate,
                             QByteArrayView dateStamp, QByteArrayView region,
                             QByteArrayView service, const SigningCredentials &credentials,
                             QByteArray *stringToSignOut) const
{
    std::shared_ptr<const crypto::HmacSha256> key =
        m_cache->find(dateStamp, region, service, credentials.secretAccessKey);
    if (!key) {
        std::uint8_t k[crypto::kSha256Size];
        const QByteArray secret = "AWS4" + credentials.secretAccessKey;
        crypto::HmacSha256::mac(secret.data(), std::size_t(secret.size()), dateStamp.data(),
                                std::size_t(dateStamp.size()), k);
        crypto::HmacSha256::mac(k, sizeof k, region.data(), std::size_t(region.size()), k);
        crypto::HmacSha256::mac(k, sizeof k, service.data(), std::size_t(service.size()), k);
        crypto::HmacSha256::mac(k, sizeof k, kTerminator.data(), std::size_t(kTerminator.size()), k);
        key = std::make_shared<const crypto::HmacSha256>(k, sizeof k);
        m_cache->insert({dateStamp.toByteArray(), region.toByteArray(), service.toByteArray(),
                         credentials.secretAccessKey, key});
    }

    QByteArray toSign;
    toSign.reserve(160 + region.size() + service.size());
    toSign += kAlgorithm;
    toSign += '\n';
    toSign += amzDate;
    toSign += '\n';
    toSign += dateStamp;
    toSign += '/';
    toSign += region;
    toSign += '/';
    toSign += service;
    toSign += '/';
    toSign += kTerminator;
    toSign += '\n';
    std::uint8_t digest[crypto::kSha256Size];
    crypto::Sha256::hash(canonicalRequest.data(), std::size_t(canonicalRequest.size()), digest);
    const qsizetype hashAt = toSign.size();
    toSign.resize(hashAt + 2 * qsizetype(crypto::kSha256Size));
    crypto::toHex(digest, crypto::kSha256Size, toSign.data() + hashAt);

    key->mac(toSign.constData(), std::size_t(toSign.size()), digest);
    if (stringToSignOut)
        *stringToSignOut = std::move(toSign);
    return hexDigest(digest);
}

SignedRequest Signer::signHeaders(const RequestToSign &request,
                                  const SigningCredentials &credentials,
                                  const SigningOptions &options) const
{
    const QByteArray date = amzDate(options.epochSeconds);
    const QByteArray payloadHash =
        request.payloadHash.isEmpty() ? sha256Hex(request.body) : request.payloadHash;

    SignedRequest out;
    QList<Header> headers = request.headers;
    out.addedHeaders.append({"X-Amz-Date", date});
    if (options.addContentSha256Header)
        out.addedHeaders.append({"x-amz-content-sha256", payloadHash});
    const bool tokenSigned = !credentials.sessionToken.isEmpty() && !options.omitSessionTokenFromSignature;
    if (tokenSigned)
        out.addedHeaders.append({"X-Amz-Security-Token", credentials.sessionToken});
    headers += out.addedHeaders;

    const CanonicalHeaders canonical = canonicalHeaders(headers);
    out.canonicalRequest = canonicalRequest(request.method, canonicalUri(request.rawPath, options.normalizePath),
                                            canonicalQuery(request.rawQuery), canonical, payloadHash);
    const QByteArray dateStamp = dateStampOf(date);
    out.signature = signature(out.canonicalRequest, date, dateStamp, options.region, options.service,
                              credentials, &out.stringToSign);
    if (!tokenSigned && !credentials.sessionToken.isEmpty())
        out.addedHeaders.append({"X-Amz-Security-Token", credentials.sessionToken});

    QByteArray authorization;
    authorization.reserve(200);
    authorization += kAlgorithm;
    authorization += " Credential=";
    authorization += credentials.accessKeyId;
    authorization += '/' + dateStamp + '/' + options.region + '/' + options.service + '/';
    authorization += kTerminator;
    authorization += ", SignedHeaders=";
    authorization += canonical.signedNames;
    authorization += ", Signature=";
    authorization += out.signature;
    out.addedHeaders.append({"Authorization", authorization});
    return out;
}

SignedRequest Signer::presign(const RequestToSign &request, const SigningCredentials &credentials,
                              const SigningOptions &options) const
{
    const QByteArray date = amzDate(options.epochSeconds);
    const QByteArray dateStamp = dateStampOf(date);
    const QByteArray payloadHash =
        request.payloadHash.isEmpty() ? sha256Hex(request.body) : request.payloadHash;
    const CanonicalHeaders canonical = canonicalHeaders(request.headers);
    const QByteArray scope = dateStamp + '/' + options.region + '/' + options.service + '/' + kTerminator;

    QByteArray added = "X-Amz-Algorithm=" + kAlgorithm.toByteArray();
    added += "&X-Amz-Credential=" + uriEncode(QByteArray(credentials.accessKeyId + '/' + scope), false);
    added += "&X-Amz-Date=" + date;
    added += "&X-Amz-SignedHeaders=" + uriEncode(canonical.signedNames, false);
    added += "&X-Amz-Expires=" + QByteArray::number(options.presignExpiresSeconds);
    const QByteArray token = credentials.sessionToken.isEmpty()
        ? QByteArray()
        : "&X-Amz-Security-Token=" + uriEncode(credentials.sessionToken, false);
    if (!options.omitSessionTokenFromSignature)
        added += token;

    const QByteArray query = request.rawQuery.isEmpty() ? added : request.rawQuery + '&' + added;
    SignedRequest out;
    out.canonicalRequest = canonicalRequest(request.method, canonicalUri(request.rawPath, options.normalizePath),
                                            canonicalQuery(query), canonical, payloadHash);
    out.signature = signature(out.canonicalRequest, date, dateStamp, options.region, options.service,
                              credentials, &out.stringToSign);
    out.query = query;
    if (options.omitSessionTokenFromSignature)
        out.query += token;
    out.query += "&X-Amz-Signature=" + out.signature;
    return out;
}

} // namespace cp::sigv4
