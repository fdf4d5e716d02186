#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <chrono>
#include <functional>

namespace cp::emulator::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

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

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive
    QList<QByteArray> headerValues(QByteArrayView name) const;
};

struct Response
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

struct ServerOptions
{
    int workerThreads = 2; // threads that own connections and run the handler
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    // Keep-alive idle time, and the time a request's header section may take to arrive.
    std::chrono::milliseconds idleTimeout{60000};
    // Builds an error answer of the protocol's own shape: status, error type, message.
    // When empty, a JSON {"message": ...} with x-amzn-ErrorType is used.
    std::function<Response(int, const QString &, const QString &)> errorResponse;
};

// Runs on a worker thread, concurrently with other calls: must be thread-safe.
using Handler = std::function<Response(const Request &)>;

} // namespace cp::emulator::http
