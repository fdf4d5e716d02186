#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace cp::emulator::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Where a request's body goes when it must not be held in memory (an upload job's file):
// the connection hands it the bytes as they arrive.
class BodySink
{
public:
    virtual ~BodySink() = default;
    virtual bool write(QByteArrayView bytes) = 0; // false: refuse the rest (failure() says why)
    virtual QString failure() const = 0;
};

// One request exactly as it came on the wire: nothing is percent-decoded or normalised,
// because SigV4 verification canonicalises the raw path and query itself.
struct Request
{
    QByteArray method;
    QByteArray target;  // raw request-target, e.g. "/tags/arn%3Aaws...?x=1"
    QByteArray path;    // raw, before '?'
    QByteArray query;   // raw, after '?', without it
    HeaderList headers; // names as sent, values trimmed, order and duplicates kept
    QByteArray body;
    QHostAddress peer;
    std::shared_ptr<BodySink> bodySink; // set when the body went there instead of `body`

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive
    QList<QByteArray> headerValues(QByteArrayView name) const;
};

struct Response
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

// What to do with a request's body, decided from its head (method, target, headers).
struct BodyRoute
{
    std::shared_ptr<BodySink> sink; // null: into Request::body, up to maxBodyBytes
    qint64 maxBytes = 0;            // the limit with a sink
    // Answered at once, without reading the body (the connection then closes).
    std::optional<Response> refusal;
};

struct ServerOptions
{
    int workerThreads = 2; // threads that own connections and run the handler
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    // How long a connection may wait for a request line (a new connection, or between
    // keep-alive requests), and the time a request's header section may take to arrive.
    std::chrono::milliseconds idleTimeout{30000};
    // Builds an error answer of the protocol's own shape: status, error type, message.
    // When empty, a JSON {"message": ...} with x-amzn-ErrorType is used.
    std::function<Response(int, const QString &, const QString &)> errorResponse;
    // Connections open at once. At the cap the server stops accepting (new clients wait
    // in the listen backlog) and resumes as soon as one closes. 0: kDefaultMaxConnections.
    // Either way it stays below the process's descriptor limit (Server::connectionCap).
    int maxConnections = 0;
    // Asked once a request's head is read; empty: every body goes into Request::body.
    std::function<BodyRoute(const Request &head)> routeBody = nullptr;
    static constexpr int kDefaultMaxConnections = 512;
};

// Runs on a worker thread, concurrently with other calls: must be thread-safe.
using Handler = std::function<Response(const Request &)>;

} // namespace cp::emulator::http
