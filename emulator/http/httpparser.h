#pragma once

#include "httptypes.h"

#include <utility>

namespace cp::emulator::http {

// Incremental HTTP/1.x request parser. It reads from a buffer owned by the caller,
// advancing `pos` past what it consumed; bytes before `pos` may then be dropped by the
// caller. Everything is kept as raw bytes; no regex, and a partial line is never
// rescanned from its start.
class RequestParser
{
public:
    enum class Result {
        NeedMore, // consumed what it could; call again with more bytes
        Complete, // takeRequest() holds a whole request
        Failed,   // errorStatus()/errorMessage(); the connection must close
    };

    RequestParser(qint64 maxBodyBytes, qint64 maxHeaderBytes);
    // Asked at the end of each head where the body goes (ServerOptions::routeBody).
    void setBodyRouter(std::function<BodyRoute(const Request &head)> router)
    {
        m_router = std::move(router);
    }

    Result parse(const QByteArray &buffer, qsizetype &pos);

    Request takeRequest();
    // Of the request just completed: whether the connection may stay open after it.
    bool keepAlive() const { return m_keepAlive; }
    // True once per request whose head asked for "100-continue" before any body arrived
    // and whose announced length is acceptable.
    bool takeContinue();
    // Whether a request has begun (some of its bytes consumed) but is not complete.
    bool inProgress() const { return m_started; }
    // Whether it is in a request's header section (or between requests).
    bool readingHead() const { return m_state == State::Head; }

    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }
    // After Failed: the answer the body router gave instead of reading the body, if any.
    std::optional<Response> takeRefusal() { return std::exchange(m_refusal, std::nullopt); }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Error };
    enum class Line { Complete, NeedMore, TooLong };

    Line nextLine(const QByteArray &buffer, qsizetype &pos, qint64 limit, QByteArrayView &line);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool finishHead(const QByteArray &buffer, qsizetype pos);
    bool routeBody(qint64 length);
    Result takeBody(const char *data, qint64 size);
    bool parseChunkSize(QByteArrayView line);
    Result fail(int status, const QString &message);
    void reset();

    const qint64 m_maxBody;
    const qint64 m_maxHeader;
    std::function<BodyRoute(const Request &head)> m_router;
    qint64 m_limit = 0;     // of this request's body: m_maxBody, or its route's
    qint64 m_bodyBytes = 0; // read so far
    std::shared_ptr<BodySink> m_sink;
    std::optional<Response> m_refusal;

    State m_state = State::Head;
    Request m_request;
    bool m_started = false;
    bool m_requestLineDone = false;
    bool m_http10 = false;
    bool m_keepAlive = true;
    bool m_continue = false;
    qint64 m_headBytes = 0;  // header (or trailer) section bytes consumed so far
    qsizetype m_scanned = 0; // bytes after pos already known to hold no '\n'
    qint64 m_remaining = 0;  // Content-Length or current chunk bytes still to read
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace cp::emulator::http
