#include "httpparser.h"

#include <cstring>

namespace cp::emulator::http {

namespace {

constexpr qint64 kMaxChunkLine = 4096; // chunk-size line with its extensions

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimOws(QByteArrayView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isOws(s[b]))
        ++b;
    while (e > b && isOws(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
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

// Calls f(token) for each non-empty element of a comma-separated list.
template<typename F> void forEachListElement(QByteArrayView value, F &&f)
{
    while (!value.isEmpty()) {
        const qsizetype comma = value.indexOf(',');
        const QByteArrayView element = trimOws(comma < 0 ? value : value.first(comma));
        if (!element.isEmpty())
            f(element);
        value = comma < 0 ? QByteArrayView() : value.sliced(comma + 1);
    }
}

bool equalsCi(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (equalsCi(h.first, name))
            return h.second;
    }
    return {};
}

QList<QByteArray> Request::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (equalsCi(h.first, name))
            values.append(h.second);
    }
    return values;
}

RequestParser::RequestParser(qint64 maxBodyBytes, qint64 maxHeaderBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
    , m_limit(maxBodyBytes)
{}

Request RequestParser::takeRequest()
{
    Request r = std::move(m_request);
    r.bodySink = std::move(m_sink);
    reset();
    return r;
}

bool RequestParser::takeContinue()
{
    const bool c = m_continue;
    m_continue = false;
    return c;
}

void RequestParser::reset()
{
    m_state = State::Head;
    m_request = Request();
    m_started = false;
    m_requestLineDone = false;
    m_http10 = false;
    m_keepAlive = true;
    m_continue = false;
    m_headBytes = 0;
    m_scanned = 0;
    m_remaining = 0;
    m_limit = m_maxBody;
    m_bodyBytes = 0;
    m_sink.reset();
}

RequestParser::Result RequestParser::fail(int status, const QString &message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Failed;
}

RequestParser::Line RequestParser::nextLine(const QByteArray &buffer, qsizetype &pos, qint64 budget,
                                            QByteArrayView &line)
{
    const qsizetype avail = buffer.size() - pos;
    const char *start = buffer.constData() + pos;
    const void *nl = std::memchr(start + m_scanned, '\n', size_t(avail - m_scanned));
    if (!nl) {
        m_scanned = avail;
        return avail > budget ? Line::TooLong : Line::NeedMore;
    }
    const qsizetype length = static_cast<const char *>(nl) - start; // without the '\n'
    if (length + 1 > budget)
        return Line::TooLong;
    line = QByteArrayView(start, length);
    if (line.endsWith('\r'))
        line.chop(1);
    pos += length + 1;
    m_scanned = 0;
    return Line::Complete;
}

bool RequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 <= 0)
        return false;
    const qsizetype sp2 = line.indexOf(' ', sp1 + 1);
    if (sp2 <= sp1 + 1)
        return false;
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method))
        return false;
    for (char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    }
    if (version == "HTTP/1.1")
        m_http10 = false;
    else if (version == "HTTP/1.0")
        m_http10 = true;
    else
        return false;
    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    const qsizetype q = target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : target.first(q).toByteArray();
    m_request.query = q < 0 ? QByteArray() : target.sliced(q + 1).toByteArray();
    return true;
}

bool RequestParser::parseHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return false;
    const QByteArrayView value = trimOws(line.sliced(colon + 1));
    for (char c : value) {
        if (c == '\0' || c == '\r')
            return false;
    }
    m_request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    return true;
}

// Decides framing, persistence and 100-continue once the header section is complete.
bool RequestParser::finishHead(const QByteArray &buffer, qsizetype pos)
{
    QList<QByteArray> hosts = m_request.headerValues("host");
    if (hosts.size() > 1 || (!m_http10 && hosts.isEmpty())) {
        fail(400, QStringLiteral("A request must carry exactly one Host header."));
        return false;
    }

    bool close = false;
    bool keepAliveToken = false;
    for (const auto &v : m_request.headerValues("connection")) {
        forEachListElement(v, [&](QByteArrayView t) {
            close = close || equalsCi(t, "close");
            keepAliveToken = keepAliveToken || equalsCi(t, "keep-alive");
        });
    }
    m_keepAlive = !close && (!m_http10 || keepAliveToken);

    const QList<QByteArray> te = m_request.headerValues("transfer-encoding");
    const QList<QByteArray> cl = m_request.headerValues("content-length");
    bool chunked = false;
    if (!te.isEmpty()) {
        if (!cl.isEmpty()) {
            fail(400, QStringLiteral("A request must not carry both Content-Length and "
                                     "Transfer-Encoding."));
            return false;
        }
        int codings = 0;
        for (const auto &v : te) {
            forEachListElement(v, [&](QByteArrayView t) {
                ++codings;
                chunked = equalsCi(t, "chunked");
            });
        }
        if (codings != 1 || !chunked) {
            fail(400, QStringLiteral("Unsupported Transfer-Encoding; only chunked is accepted."));
            return false;
        }
    }

    qint64 length = 0;
    if (!cl.isEmpty()) {
        QByteArrayView first;
        bool valid = true;
        for (const auto &v : cl) {
            int elements = 0;
            forEachListElement(v, [&](QByteArrayView t) {
                ++elements;
                if (first.isNull())
                    first = t;
                else if (t != first)
                    valid = false;
                for (char c : t)
                    valid = valid && c >= '0' && c <= '9';
            });
            valid = valid && elements > 0;
        }
        if (!valid) {
            fail(400, QStringLiteral("Invalid Content-Length header."));
            return false;
        }
        for (char c : first) {
            length = length * 10 + (c - '0');
            if (length > (qint64(1) << 50))
                break; // saturate: anything past any cap is refused anyway
        }
    }
    if (!routeBody(length))
        return false;

    const QList<QByteArray> expect = m_request.headerValues("expect");
    if (!expect.isEmpty()) {
        if (expect.size() != 1 || !equalsCi(expect.first(), "100-continue")) {
            fail(417, QStringLiteral("Unsupported Expect header; only 100-continue is accepted."));
            return false;
        }
        // A client that already started sending the body needs no interim answer.
        m_continue = !m_http10 && (chunked || length > 0) && pos == buffer.size();
    }

    m_headBytes = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else {
        m_remaining = length;
        m_state = State::Body;
        // Capped: the announced length is the client's claim, not yet memory it has sent.
        if (length > 0 && !m_sink)
            m_request.body.reserve(qMin<qint64>(length, 64 * 1024));
    }
    return true;
}

bool RequestParser::parseChunkSize(QByteArrayView line)
{
    qsizetype i = 0;
    qint64 size = 0;
    for (; i < line.size(); ++i) {
        const int h = hexValue(line[i]);
        if (h < 0)
            break;
        size = size * 16 + h;
        if (size > m_limit) {
            m_remaining = m_limit + 1; // saturate; the caller refuses it
            return true;
        }
    }
    if (i == 0)
        return false;
    const QByteArrayView rest = trimOws(line.sliced(i));
    if (!rest.isEmpty() && !rest.startsWith(';'))
        return false;
    m_remaining = size;
    return true;
}

// Where the body goes: the router (if any) may send it to a sink with a limit of its own,
// or refuse the request before a byte of the body is read.
bool RequestParser::routeBody(qint64 length)
{
    if (m_router) {
        BodyRoute route = m_router(m_request);
        if (route.refusal) {
            m_refusal = std::move(route.refusal);
            fail(m_refusal->status, QStringLiteral("The request was refused."));
            return false;
        }
        if (route.sink) {
            m_sink = std::move(route.sink);
            m_limit = route.maxBytes;
        }
    }
    if (length > m_limit) {
        fail(413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_limit));
        return false;
    }
    return true;
}

RequestParser::Result RequestParser::takeBody(const char *data, qint64 size)
{
    m_bodyBytes += size;
    if (!m_sink) {
        m_request.body.append(data, size);
        return Result::NeedMore;
    }
    if (!m_sink->write(QByteArrayView(data, size)))
        return fail(500, m_sink->failure());
    return Result::NeedMore;
}

RequestParser::Result RequestParser::parse(const QByteArray &buffer, qsizetype &pos)
{
    if (m_state == State::Error)
        return Result::Failed;
    if (m_state == State::Done)
        return Result::Complete;

    for (;;) {
        switch (m_state) {
        case State::Head:
        case State::Trailers: {
            const bool trailers = m_state == State::Trailers;
            QByteArrayView line;
            const qsizetype before = pos;
            const Line got = nextLine(buffer, pos, m_maxHeader - m_headBytes, line);
            if (got == Line::TooLong) {
                return fail(431, trailers ? QStringLiteral("The request trailer section is "
                                                           "larger than %1 bytes.")
                                                .arg(m_maxHeader)
                                          : QStringLiteral("The request header section is "
                                                           "larger than %1 bytes.")
                                                .arg(m_maxHeader));
            }
            if (got == Line::NeedMore)
                return Result::NeedMore;
            m_started = true;
            m_headBytes += pos - before;
            if (line.contains('\r'))
                return fail(400, QStringLiteral("Bare CR in the header section."));
            if (trailers) {
                if (line.isEmpty())
                    m_state = State::Done;
                else if (isOws(line[0]) || line.indexOf(':') <= 0)
                    return fail(400, QStringLiteral("Malformed trailer field."));
                break; // trailer fields are not passed on
            }
            if (!m_requestLineDone) {
                if (line.isEmpty())
                    break; // empty lines before the request line are tolerated (RFC 9112 2.2)
                if (!parseRequestLine(line))
                    return fail(400, QStringLiteral("Malformed request line."));
                m_requestLineDone = true;
                break;
            }
            if (line.isEmpty()) {
                if (!finishHead(buffer, pos))
                    return Result::Failed;
                break;
            }
            if (isOws(line[0]))
                return fail(400, QStringLiteral("Obsolete line folding is not accepted."));
            if (!parseHeaderLine(line))
                return fail(400, QStringLiteral("Malformed header field."));
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, buffer.size() - pos);
            if (take > 0) {
                if (takeBody(buffer.constData() + pos, take) == Result::Failed)
                    return Result::Failed;
                pos += take;
                m_remaining -= take;
            }
            if (m_remaining > 0)
                return Result::NeedMore;
            m_state = m_state == State::Body ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize: {
            QByteArrayView line;
            const Line got = nextLine(buffer, pos, kMaxChunkLine, line);
            if (got == Line::TooLong)
                return fail(400, QStringLiteral("Malformed chunk size line."));
            if (got == Line::NeedMore)
                return Result::NeedMore;
            if (!parseChunkSize(line))
                return fail(400, QStringLiteral("Malformed chunk size line."));
            if (m_remaining > m_limit - m_bodyBytes) {
                return fail(
                    413, QStringLiteral("The request body is larger than %1 bytes.").arg(m_limit));
            }
            if (m_remaining == 0) {
                m_headBytes = 0;
                m_state = State::Trailers;
            } else {
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkDataEnd: {
            const qsizetype avail = buffer.size() - pos;
            if (avail >= 1 && buffer[pos] == '\n') {
                pos += 1;
            } else if (avail >= 2 && buffer[pos] == '\r' && buffer[pos + 1] == '\n') {
                pos += 2;
            } else if (avail == 0 || (avail == 1 && buffer[pos] == '\r')) {
                return Result::NeedMore;
            } else {
                return fail(400, QStringLiteral("Chunk data is not followed by CRLF."));
            }
            m_state = State::ChunkSize;
            break;
        }
        case State::Done:
            return Result::Complete;
        case State::Error:
            return Result::Failed;
        }
    }
}

} // namespace cp::emulator::http
