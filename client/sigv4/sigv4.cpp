#include "sigv4.h"

#include "sha256.h"

#include <QMutex>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <memory>

namespace cp::sigv4 {
namespace {

constexpr QByteArrayView kAlgorithm = "AWS4-HMAC-SHA256";
constexpr QByteArrayView kTerminator = "aws4_request";

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

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

// The writers below fill buffers sized up front: signing sits on every request, and
// growing QByteArrays a byte at a time cost more than the hashing.
char *put(char *p, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(p, bytes.data(), std::size_t(bytes.size()));
    return p + bytes.size();
}

// The parts joined in one allocation, with `extra` bytes left at the end for the caller.
QByteArray concat(std::initializer_list<QByteArrayView> parts, qsizetype extra = 0)
{
    qsizetype size = extra;
    for (const QByteArrayView part : parts)
        size += part.size();
    QByteArray out(size, Qt::Uninitialized);
    char *p = out.data();
    for (const QByteArrayView part : parts)
        p = put(p, part);
    return out;
}

// Needs room for 3 * bytes.size().
char *putUriEncoded(char *p, QByteArrayView bytes, bool keepSlash)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            *p++ = c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            *p++ = '%';
            *p++ = digits[byte >> 4];
            *p++ = digits[byte & 0xf];
        }
    }
    return p;
}

// Trimmed, with inner runs of white space collapsed to one space.
char *putHeaderValue(char *p, QByteArrayView value)
{
    char *const begin = p;
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = p != begin;
            continue;
        }
        if (pendingSpace)
            *p++ = ' ';
        pendingSpace = false;
        *p++ = c;
    }
    return p;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

char *putLower(char *p, QByteArrayView name)
{
    for (const char c : name)
        *p++ = asciiLower(c);
    return p;
}

bool lowerNameLess(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(asciiLower(a[i]));
        const auto y = static_cast<unsigned char>(asciiLower(b[i]));
        if (x != y)
            return x < y;
    }
    return a.size() < b.size();
}

bool lowerNameEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

// Headers by lower-case name, stable so that repeated names keep their order when
// their values are joined; pointers, so that nothing is copied.
using HeaderRefs = QVarLengthArray<const Header *, 16>;

void sortHeaders(HeaderRefs &refs)
{
    std::stable_sort(refs.begin(), refs.end(), [](const Header *a, const Header *b) {
        return lowerNameLess(a->name, b->name);
    });
}

// Room for both the block and the signed names.
qsizetype headersBound(const HeaderRefs &refs)
{
    qsizetype size = 0;
    for (const Header *h : refs)
        size += 2 * h->name.size() + h->value.size() + 3;
    return size;
}

// "name:value\n" lines, values of repeated names joined with ','.
char *putHeaderBlock(char *p, const HeaderRefs &refs)
{
    for (qsizetype i = 0; i < refs.size(); ++i) {
        if (i > 0 && lowerNameEqual(refs[i]->name, refs[i - 1]->name)) {
            p[-1] = ','; // replaces the previous line's '\n'
        } else {
            p = putLower(p, refs[i]->name);
            *p++ = ':';
        }
        p = putHeaderValue(p, refs[i]->value);
        *p++ = '\n';
    }
    return p;
}

char *putSignedNames(char *p, const HeaderRefs &refs)
{
    for (qsizetype i = 0; i < refs.size(); ++i) {
        if (i > 0 && lowerNameEqual(refs[i]->name, refs[i - 1]->name))
            continue;
        if (i > 0)
            *p++ = ';';
        p = putLower(p, refs[i]->name);
    }
    return p;
}

// YYYYMMDD'T'HHMMSS'Z' without gmtime_r and strftime (days to civil date after
// Howard Hinnant's algorithm, valid for any epoch second).
void formatAmzDate(std::int64_t epochSeconds, char out[16])
{
    std::int64_t days = epochSeconds / 86400;
    std::int64_t seconds = epochSeconds % 86400;
    if (seconds < 0) {
        seconds += 86400;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    const std::int64_t day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    const auto digits = [](char *p, std::int64_t value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            p[i] = char('0' + value % 10);
    };
    digits(out, year, 4);
    digits(out + 4, month, 2);
    digits(out + 6, day, 2);
    out[8] = 'T';
    digits(out + 9, seconds / 3600, 2);
    digits(out + 11, seconds / 60 % 60, 2);
    digits(out + 13, seconds % 60, 2);
    out[15] = 'Z';
}

} // namespace

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    if (bytes.isEmpty())
        return {};
    QByteArray out(3 * bytes.size(), Qt::Uninitialized);
    out.truncate(putUriEncoded(out.data(), bytes, keepSlash) - out.constData());
    return out;
}

QByteArray percentDecode(QByteArrayView bytes, bool *ok)
{
    bool valid = true;
    QByteArray out(bytes.size(), Qt::Uninitialized);
    char *p = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%') {
            const int high = i + 2 < bytes.size() ? hexValue(bytes[i + 1]) : -1;
            const int low = i + 2 < bytes.size() ? hexValue(bytes[i + 2]) : -1;
            if (high >= 0 && low >= 0) {
                *p++ = char(high * 16 + low);
                i += 2;
                continue;
            }
            valid = false;
        }
        *p++ = bytes[i];
    }
    out.truncate(p - out.constData());
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
        pairs.append(
            {uriEncode(percentDecode(name), false), uriEncode(percentDecode(value), false)});
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
    if (value.isEmpty())
        return {};
    QByteArray out(value.size(), Qt::Uninitialized);
    out.truncate(putHeaderValue(out.data(), value) - out.constData());
    return out;
}

CanonicalHeaders canonicalHeaders(const QList<Header> &headers)
{
    CanonicalHeaders out;
    if (headers.isEmpty())
        return out;
    HeaderRefs refs;
    for (const Header &header : headers)
        refs.append(&header);
    sortHeaders(refs);
    const qsizetype bound = headersBound(refs);
    out.block = QByteArray(bound, Qt::Uninitialized);
    out.block.truncate(putHeaderBlock(out.block.data(), refs) - out.block.constData());
    out.signedNames = QByteArray(bound, Qt::Uninitialized);
    out.signedNames.truncate(putSignedNames(out.signedNames.data(), refs) -
                             out.signedNames.constData());
    return out;
}

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri,
                            QByteArrayView canonicalQuery, const CanonicalHeaders &headers,
                            QByteArrayView payloadHash)
{
    QByteArray out;
    out.reserve(method.size() + canonicalUri.size() + canonicalQuery.size() + headers.block.size() +
                headers.signedNames.size() + payloadHash.size() + 8);
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
    QByteArray out(16, Qt::Uninitialized);
    formatAmzDate(epochSeconds, out.data());
    return out;
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
            if (e.key && e.dateStamp == date && e.region == region && e.service == service &&
                e.secret == secret) {
                if (i > 0)
                    std::rotate(entries.begin(), entries.begin() + long(i),
                                entries.begin() + long(i) + 1);
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
{}

Signer::~Signer()
{
    delete m_cache;
}

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
        crypto::HmacSha256::mac(k, sizeof k, kTerminator.data(), std::size_t(kTerminator.size()),
                                k);
        key = std::make_shared<const crypto::HmacSha256>(k, sizeof k);
        m_cache->insert({dateStamp.toByteArray(), region.toByteArray(), service.toByteArray(),
                         credentials.secretAccessKey, key});
    }

    constexpr qsizetype hexSize = 2 * qsizetype(crypto::kSha256Size);
    QByteArray toSign = concat({kAlgorithm, "\n", amzDate, "\n", dateStamp, "/", region, "/",
                                service, "/", kTerminator, "\n"},
                               hexSize);
    char *const p = toSign.data() + toSign.size() - hexSize;
    std::uint8_t digest[crypto::kSha256Size];
    crypto::Sha256::hash(canonicalRequest.data(), std::size_t(canonicalRequest.size()), digest);
    crypto::toHex(digest, crypto::kSha256Size, p);

    key->mac(toSign.constData(), std::size_t(toSign.size()), digest);
    if (stringToSignOut)
        *stringToSignOut = std::move(toSign);
    return hexDigest(digest);
}

SignedRequest Signer::signHeaders(const RequestToSign &request,
                                  const SigningCredentials &credentials,
                                  const SigningOptions &options) const
{
    char date[16];
    formatAmzDate(options.epochSeconds, date);
    const QByteArrayView dateView(date, sizeof date);
    const QByteArrayView dateStamp = dateView.first(8);
    char bodyHash[2 * crypto::kSha256Size];
    QByteArrayView payloadHash = request.payloadHash;
    if (payloadHash.isEmpty()) {
        std::uint8_t digest[crypto::kSha256Size];
        crypto::Sha256::hash(request.body.constData(), std::size_t(request.body.size()), digest);
        crypto::toHex(digest, crypto::kSha256Size, bodyHash);
        payloadHash = QByteArrayView(bodyHash, sizeof bodyHash);
    }

    SignedRequest out;
    out.addedHeaders.reserve(4); // no reallocation: refs below point into it
    out.addedHeaders.append({QByteArrayLiteral("X-Amz-Date"), dateView.toByteArray()});
    if (options.addContentSha256Header)
        out.addedHeaders.append(
            {QByteArrayLiteral("x-amz-content-sha256"), payloadHash.toByteArray()});
    const bool tokenSigned =
        !credentials.sessionToken.isEmpty() && !options.omitSessionTokenFromSignature;
    if (tokenSigned)
        out.addedHeaders.append(
            {QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});

    HeaderRefs refs;
    for (const Header &header : request.headers)
        refs.append(&header);
    for (const Header &header : std::as_const(out.addedHeaders))
        refs.append(&header);
    sortHeaders(refs);

    // The canonical request in one buffer, sized for the worst case.
    const QByteArray normalized =
        options.normalizePath ? normalizedPath(request.rawPath) : QByteArray();
    const QByteArrayView path =
        options.normalizePath ? QByteArrayView(normalized) : QByteArrayView(request.rawPath);
    const QByteArray query = canonicalQuery(request.rawQuery);
    out.canonicalRequest = QByteArray(request.method.size() + 3 * path.size() + query.size() +
                                          headersBound(refs) + payloadHash.size() + 8,
                                      Qt::Uninitialized);
    char *p = put(out.canonicalRequest.data(), request.method);
    *p++ = '\n';
    p = path.isEmpty() ? put(p, "/") : putUriEncoded(p, path, true);
    *p++ = '\n';
    p = put(p, query);
    *p++ = '\n';
    p = putHeaderBlock(p, refs);
    *p++ = '\n';
    const qsizetype signedNamesAt = p - out.canonicalRequest.constData();
    p = putSignedNames(p, refs);
    const qsizetype signedNamesSize = p - out.canonicalRequest.constData() - signedNamesAt;
    *p++ = '\n';
    p = put(p, payloadHash);
    out.canonicalRequest.truncate(p - out.canonicalRequest.constData());
    const QByteArrayView signedNames =
        QByteArrayView(out.canonicalRequest).sliced(signedNamesAt, signedNamesSize);

    out.signature = signature(out.canonicalRequest, dateView, dateStamp, options.region,
                              options.service, credentials, &out.stringToSign);

    QByteArray authorization =
        concat({kAlgorithm, " Credential=", credentials.accessKeyId, "/", dateStamp, "/",
                options.region, "/", options.service, "/", kTerminator,
                ", SignedHeaders=", signedNames, ", Signature=", out.signature});
    if (!tokenSigned && !credentials.sessionToken.isEmpty())
        out.addedHeaders.append(
            {QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});
    out.addedHeaders.append({QByteArrayLiteral("Authorization"), std::move(authorization)});
    return out;
}

SignedRequest Signer::presign(const RequestToSign &request, const SigningCredentials &credentials,
                              const SigningOptions &options) const
{
    const QByteArray date = amzDate(options.epochSeconds);
    const QByteArray dateStamp = date.first(8);
    const QByteArray payloadHash =
        request.payloadHash.isEmpty() ? sha256Hex(request.body) : request.payloadHash;
    const CanonicalHeaders canonical = canonicalHeaders(request.headers);
    const QByteArray scope =
        dateStamp + '/' + options.region + '/' + options.service + '/' + kTerminator;

    QByteArray added = "X-Amz-Algorithm=" + kAlgorithm.toByteArray();
    added +=
        "&X-Amz-Credential=" + uriEncode(QByteArray(credentials.accessKeyId + '/' + scope), false);
    added += "&X-Amz-Date=" + date;
    added += "&X-Amz-SignedHeaders=" + uriEncode(canonical.signedNames, false);
    added += "&X-Amz-Expires=" + QByteArray::number(options.presignExpiresSeconds);
    const QByteArray token =
        credentials.sessionToken.isEmpty()
            ? QByteArray()
            : "&X-Amz-Security-Token=" + uriEncode(credentials.sessionToken, false);
    if (!options.omitSessionTokenFromSignature)
        added += token;

    const QByteArray query = request.rawQuery.isEmpty() ? added : request.rawQuery + '&' + added;
    SignedRequest out;
    out.canonicalRequest =
        canonicalRequest(request.method, canonicalUri(request.rawPath, options.normalizePath),
                         canonicalQuery(query), canonical, payloadHash);
    out.signature = signature(out.canonicalRequest, date, dateStamp, options.region,
                              options.service, credentials, &out.stringToSign);
    out.query = query;
    if (options.omitSessionTokenFromSignature)
        out.query += token;
    out.query += "&X-Amz-Signature=" + out.signature;
    return out;
}

} // namespace cp::sigv4
