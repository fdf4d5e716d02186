// cplocal's SigV4 verifier (emulator/api/verifier) and the canonicalisation it shares
// with the client's signer (client/sigv4), on arbitrary requests: the request line,
// headers (an Authorization header among them, or not) and body come from the input,
// split loosely so that seeds stay readable HTTP (see fuzzsupport.h). One credential is
// known and the clock is fixed at the seeds' signing time, so mutated seeds get past
// the early checks into canonicalisation.
//
// Then the same request is signed by the client's signer and verified again, checking
// two properties: the signer's one-buffer canonical request equals the one the shared
// pieces build (canonicalUri, canonicalQuery, canonicalHeaders, canonicalRequest), and
// the verifier accepts what the signer signed (for requests an SDK could send).

#include "api/verifier.h"
#include "fuzzsupport.h"
#include "sigv4/sigv4.h"

#include <QDateTime>

#include <cstring>

namespace http = cp::emulator::http;
namespace sigv4 = cp::sigv4;

namespace {

const QByteArray kAccessKey = "AKIDFUZZEXAMPLE";
const QByteArray kSecret = "fuzz/secret+KEY/0123456789abcdefEXAMPLE";
constexpr std::int64_t kNow = 1767225600; // 2026-01-01T00:00:00Z, the seeds' X-Amz-Date

const cp::emulator::Verifier &verifier()
{
    static const cp::emulator::Verifier v(
        QStringLiteral("us-east-1"),
        {{QString::fromLatin1(kAccessKey), QString::fromLatin1(kSecret)}},
        [] { return kNow * 1000; });
    return v;
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValue(const QByteArray &s)
{
    for (char c : s) {
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    }
    return true;
}

// What an SDK could send, and what a stricter verifier (dot segments, empty segments,
// caps on headers) may still be expected to accept once signed.
bool ordinary(const http::Request &r)
{
    if (!isToken(r.method) || !r.path.startsWith('/') || r.path.contains("//") ||
        r.path.toLower().contains("%2e") || r.headers.size() > 16)
        return false;
    for (const QByteArray &segment : r.path.split('/')) {
        if (segment == "." || segment == "..")
            return false;
    }
    for (char c : QByteArray(r.path + r.query)) {
        if (std::uint8_t(c) <= 0x20 || std::uint8_t(c) >= 0x7f || c == '#')
            return false;
    }
    qsizetype headerBytes = 0;
    QList<QByteArray> names;
    for (const auto &[name, value] : r.headers) {
        const QByteArray lower = name.toLower();
        if (!isToken(name) || !isFieldValue(value) || names.contains(lower))
            return false;
        names.append(lower);
        headerBytes += name.size() + value.size() + 4;
    }
    return headerBytes <= 4096;
}

void signAndVerify(const http::Request &original)
{
    static const sigv4::Signer signer;
    sigv4::RequestToSign toSign;
    toSign.method = original.method;
    toSign.rawPath = original.path;
    toSign.rawQuery = original.query;
    toSign.body = original.body;

    // As the client (client/core/pendingcall): host, content-type and x-amz-* signed;
    // what the signer adds itself is dropped from the original.
    QByteArray host = original.header("host");
    if (host.isEmpty())
        host = "localhost:4566";
    toSign.headers.append({"host", host});
    http::Request sent;
    sent.method = original.method;
    sent.path = original.path;
    sent.query = original.query;
    sent.target = original.query.isEmpty() ? original.path : original.path + '?' + original.query;
    sent.body = original.body;
    sent.headers.append({"Host", host});
    for (const auto &[name, value] : original.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "authorization" || lower == "x-amz-date" ||
            lower == "x-amz-content-sha256" || lower == "x-amz-security-token")
            continue;
        if (lower == "content-type" || lower.startsWith("x-amz-"))
            toSign.headers.append({name, value});
        sent.headers.append({name, value});
    }
    sigv4::SigningOptions options;
    options.region = "us-east-1";
    options.service = "profile";
    options.epochSeconds = kNow;
    options.normalizePath = true;
    const sigv4::SignedRequest signedRequest =
        signer.signHeaders(toSign, {kAccessKey, kSecret, {}}, options);

    // The fast path of signHeaders against the pieces the verifier uses.
    QList<sigv4::Header> all = toSign.headers;
    for (const sigv4::Header &added : signedRequest.addedHeaders) {
        if (added.name != "Authorization")
            all.append(added);
        sent.headers.append({added.name, added.value});
    }
    const QByteArray pieces = sigv4::canonicalRequest(
        toSign.method, sigv4::canonicalUri(toSign.rawPath, true),
        sigv4::canonicalQuery(toSign.rawQuery), sigv4::canonicalHeaders(all),
        sigv4::sha256Hex(toSign.body));
    if (pieces != signedRequest.canonicalRequest)
        cp::fuzz::fail("signHeaders' canonical request differs from the shared pieces'",
                       "signer:\n" + signedRequest.canonicalRequest + "\npieces:\n" + pieces);

    const auto failure = verifier().verify(sent);
    if (failure && ordinary(sent))
        cp::fuzz::fail("the verifier refuses what the signer signed",
                       failure->type.toUtf8() + ": " + failure->message.toUtf8() +
                           "\ncanonical request signed:\n" + signedRequest.canonicalRequest);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    verifier();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    const cp::fuzz::LooseRequest loose = cp::fuzz::splitLoosely(cp::fuzz::bytes(data, size));
    http::Request request;
    request.method = loose.method;
    request.path = loose.path;
    request.query = loose.query;
    request.target = loose.query.isEmpty() ? loose.path : loose.path + '?' + loose.query;
    request.headers = loose.headers;
    request.body = loose.body;

    const auto first = verifier().verify(request);
    // CP_FUZZ_VERBOSE=1 tells, replaying seeds, whether each one verifies.
    static const bool verbose = qEnvironmentVariableIsSet("CP_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "verify: %s\n",
                     first ? qPrintable(first->type + QStringLiteral(": ") + first->message)
                           : "accepted");
    if (const auto &failure = first) {
        cp::fuzz::check(failure->status >= 400 && failure->status < 500,
                        "a refusal is a client error");
        cp::fuzz::check(!failure->type.isEmpty() && !failure->message.isEmpty(),
                        "a refusal names its type and says why");
    }
    signAndVerify(request);
    return 0;
}
