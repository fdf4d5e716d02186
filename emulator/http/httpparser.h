#pragma once

#include "httptypes.h"

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

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Error };
    enum class Line { Complete, NeedMore, TooLong };

    Line nextLine(const QByteArray &buffer, qsizetype &pos, qint64 limit, QByteArrayView &line);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool finishHead(const QByteArray &buffer, qsizetype pos);
    bool parseChunkSize(QByteArrayView line);
    Result fail(int status, const QString &message);
    void reset();

    const qint64 m_maxBody;
    const qint64 m_maxHeader;

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
