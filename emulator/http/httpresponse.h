#pragma once

#include "httptypes.h"

#include <cstdint>

namespace cp::emulator::http {

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), independent of the locale.
QByteArray imfFixdate(std::int64_t unixSeconds);
// The current time as IMF-fixdate, formatted at most once a second per thread.
QByteArray currentHttpDate();

QByteArray reasonPhrase(int status);

// The whole response in one buffer: status line, the handler's headers (minus the
// framing ones the server owns), Content-Length, Date (unless given) and Connection.
QByteArray serializeResponse(const Response &response, bool keepAlive);

// The answer used when ServerOptions::errorResponse is empty.
Response defaultErrorResponse(int status, const QString &type, const QString &message);

} // namespace cp::emulator::http
