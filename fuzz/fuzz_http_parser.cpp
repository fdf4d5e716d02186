// The HTTP/1.1 request parser of cplocal (emulator/http/httpparser) on arbitrary bytes,
// as a connection feeds it: the bytes arrive in pieces, consumed bytes are dropped, and
// pipelined requests follow each other. Besides crashes, leaks and hangs it checks one
// property: the pieces the bytes arrive in change nothing (the same requests, the same
// refusal) — a parser that rescans or forgets state across reads would differ.

#include "fuzzsupport.h"
#include "http/httpparser.h"

using cp::emulator::http::Request;
using cp::emulator::http::RequestParser;

namespace {

// Small limits, so that the fuzzer reaches the refusals with short inputs.
constexpr qint64 kMaxBody = 2048;
constexpr qint64 kMaxHeader = 1024;

struct Outcome
{
    QList<Request> requests;
    QList<bool> keepAlive;
    int failedWith = 0; // the refusal's status, 0 when none

    QByteArray describe() const
    {
        QByteArray out = QByteArray::number(requests.size()) + " requests, failed with " +
                         QByteArray::number(failedWith);
        for (const Request &r : requests)
            out += "\n  " + r.method + ' ' + r.target + " headers " +
                   QByteArray::number(r.headers.size()) + " body " +
                   QByteArray::number(r.body.size());
        return out;
    }
};

bool same(const Request &a, const Request &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path &&
           a.query == b.query && a.headers == b.headers && a.body == b.body;
}

// Piece sizes from a small generator seeded by the input itself: deterministic for an
// input (libFuzzer replays must behave the same) without taking bytes from it.
struct Pieces
{
    std::uint32_t state;
    qsizetype next()
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return 1 + qsizetype(state % 97);
    }
};

Outcome run(const QByteArray &stream, bool whole)
{
    Outcome out;
    RequestParser parser(kMaxBody, kMaxHeader);
    std::uint32_t seed = 2166136261u;
    for (char c : stream)
        seed = (seed ^ std::uint8_t(c)) * 16777619u;
    Pieces pieces{seed | 1u};

    QByteArray buffer;
    qsizetype pos = 0;
    qsizetype fed = 0;
    for (;;) {
        const qsizetype piece = whole ? stream.size() : pieces.next();
        const qsizetype take = qMin(piece, stream.size() - fed);
        buffer.append(stream.constData() + fed, take);
        fed += take;
        for (;;) {
            const RequestParser::Result result = parser.parse(buffer, pos);
            parser.takeContinue();
            if (result == RequestParser::Result::Failed) {
                out.failedWith = parser.errorStatus();
                cp::fuzz::check(out.failedWith >= 400 && out.failedWith < 600,
                                "a refusal has a 4xx or 5xx status");
                cp::fuzz::check(!parser.errorMessage().isEmpty(), "a refusal says why");
                return out;
            }
            if (result == RequestParser::Result::NeedMore)
                break;
            out.keepAlive.append(parser.keepAlive());
            out.requests.append(parser.takeRequest());
            cp::fuzz::check(!parser.inProgress(), "a taken request leaves the parser idle");
        }
        cp::fuzz::check(pos <= buffer.size(), "the parser never consumes past the buffer");
        // As the connection does: what was consumed is dropped before the next read.
        buffer.remove(0, pos);
        pos = 0;
        if (fed == stream.size())
            return out;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cp::fuzz::silenceQtWarnings();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    cp::fuzz::countInput();
    const QByteArray stream = cp::fuzz::bytes(data, size);
    const Outcome whole = run(stream, true);
    const Outcome pieces = run(stream, false);

    bool equal = whole.failedWith == pieces.failedWith &&
                 whole.requests.size() == pieces.requests.size() &&
                 whole.keepAlive == pieces.keepAlive;
    for (qsizetype i = 0; equal && i < whole.requests.size(); ++i)
        equal = same(whole.requests[i], pieces.requests[i]);
    if (!equal)
        cp::fuzz::fail("parsing in pieces differs from parsing at once",
                       "at once: " + whole.describe() + "\nin pieces: " + pieces.describe());

    for (const Request &r : whole.requests) {
        cp::fuzz::check(r.body.size() <= kMaxBody, "a body within the limit");
        cp::fuzz::check(!r.method.isEmpty() && !r.target.isEmpty(), "a method and a target");
        // What the rest of cplocal asks of a request must hold on anything parsed.
        r.header("host");
        r.headerValues("content-length");
    }
    return 0;
}
