#include "httpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <chrono>

namespace cp::emulator::http {

namespace {

void appendTwoDigits(QByteArray &out, int v)
{
    out.append(char('0' + v / 10));
    out.append(char('0' + v % 10));
}

bool equalsCi(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasLineBreak(QByteArrayView s)
{
    return s.contains('\r') || s.contains('\n');
}

} // namespace

QByteArray imfFixdate(std::int64_t unixSeconds)
{
    static const char *const kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::int64_t days = unixSeconds / 86400;
    std::int64_t secs = unixSeconds % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    const int weekday = int(((days % 7) + 7) % 7); // 1970-01-01 was a Thursday

    // Howard Hinnant's civil_from_days.
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    QByteArray out;
    out.reserve(29);
    out.append(kDays[weekday]).append(", ");
    appendTwoDigits(out, day);
    out.append(' ').append(kMonths[month - 1]).append(' ');
    out.append(QByteArray::number(year).rightJustified(4, '0'));
    out.append(' ');
    appendTwoDigits(out, int(secs / 3600));
    out.append(':');
    appendTwoDigits(out, int(secs / 60 % 60));
    out.append(':');
    appendTwoDigits(out, int(secs % 60));
    out.append(" GMT");
    return out;
}

QByteArray currentHttpDate()
{
    thread_local std::int64_t cachedSecond = -1;
    thread_local QByteArray cached;
    const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
    if (now != cachedSecond) {
        cached = imfFixdate(now);
        cachedSecond = now;
    }
    return cached;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 417:
        return QByteArrayLiteral("Expectation Failed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return {}; // the reason phrase may be empty (RFC 9112 4)
    }
}

QByteArray serializeResponse(const Response &response, bool keepAlive)
{
    const int status = (response.status >= 100 && response.status <= 999) ? response.status : 500;
    // 1xx, 204 and 304 never carry content (RFC 9110 6.4.1).
    const bool noContent = status < 200 || status == 204 || status == 304;

    QByteArray out;
    qsizetype estimate = 96 + (noContent ? 0 : response.body.size());
    for (const auto &h : response.headers)
        estimate += h.first.size() + h.second.size() + 4;
    out.reserve(estimate);

    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ');
    out.append(reasonPhrase(status)).append("\r\n");
    bool hasDate = false;
    for (const auto &h : response.headers) {
        // The server owns framing; a header that would split the response is dropped.
        if (equalsCi(h.first, "content-length") || equalsCi(h.first, "transfer-encoding") ||
            equalsCi(h.first, "connection") || h.first.isEmpty() || hasLineBreak(h.first) ||
            h.first.contains(':') || hasLineBreak(h.second)) {
            continue;
        }
        hasDate = hasDate || equalsCi(h.first, "date");
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    }
    if (!noContent)
        out.append("Content-Length: ")
            .append(QByteArray::number(response.body.size()))
            .append("\r\n");
    if (!hasDate)
        out.append("Date: ").append(currentHttpDate()).append("\r\n");
    out.append(keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n");
    if (!noContent)
        out.append(response.body);
    return out;
}

Response defaultErrorResponse(int status, const QString &type, const QString &message)
{
    Response r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.headers.append({QByteArrayLiteral("x-amzn-ErrorType"), type.toUtf8()});
    r.headers.append({QByteArrayLiteral("x-amzn-RequestId"),
                      QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

} // namespace cp::emulator::http
