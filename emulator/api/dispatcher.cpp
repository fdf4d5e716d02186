#include "dispatcher.h"

#include "protocol.h"
#include "sigv4/sigv4.h"

#include <QJsonDocument>
#include <QUuid>

namespace cp::emulator {
namespace {

// name=value pairs of a raw query, decoded; nullopt on bad percent-encoding.
std::optional<QList<QPair<QString, QString>>> decodeQuery(const QByteArray &raw)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &piece : raw.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        bool nameOk = true, valueOk = true;
        const QByteArray name = sigv4::percentDecode(eq < 0 ? piece : piece.left(eq), &nameOk);
        const QByteArray value =
            eq < 0 ? QByteArray() : sigv4::percentDecode(piece.mid(eq + 1), &valueOk);
        if (!nameOk || !valueOk)
            return std::nullopt;
        out.append({QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    return out;
}

} // namespace

Dispatcher::Dispatcher(Engine &engine, std::unique_ptr<Verifier> verifier)
    : m_engine(engine)
    , m_verifier(std::move(verifier))
    , m_router(engine.model())
{}

QByteArray Dispatcher::newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

http::Response Dispatcher::errorResponse(int status, const QString &type, const QString &message,
                                         const QByteArray &requestId)
{
    http::Response response;
    response.status = status;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.headers.append(
        qMakePair(QByteArray("x-amzn-RequestId"),
                  QByteArray(requestId.isEmpty() ? newRequestId() : requestId)));
    response.headers.append(qMakePair(QByteArray("x-amzn-ErrorType"), QByteArray(type.toUtf8())));
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("Message"), message}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

http::Response Dispatcher::handle(const http::Request &request) const
{
    const QByteArray requestId = newRequestId();
    const auto fail = [&](int status, const char *type, const QString &message) {
        return errorResponse(status, QString::fromLatin1(type), message, requestId);
    };

    // Authentication first: an unsigned client learns nothing, not even which paths exist.
    if (const auto failure = m_verifier->verify(request))
        return errorResponse(failure->status, failure->type, failure->message, requestId);
    // The signature covers the path with dot segments removed; routing the path as sent
    // would run another operation than the one signed.
    if (Router::hasDotSegment(request.path))
        return fail(400, "BadRequestException",
                    QStringLiteral("The path has a '.' or '..' segment; send the path without "
                                   "dot segments."));
    const Router::Match route = m_router.match(request.method, request.path);
    if (!route.operation) {
        if (route.pathKnown)
            return fail(
                405, "MethodNotAllowedException",
                QStringLiteral("%1 is not allowed on %2.")
                    .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
        return fail(404, "UnknownOperationException",
                    QStringLiteral("No Customer Profiles operation is at %1 %2.")
                        .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)));
    }
    if (route.badEncoding)
        return fail(400, "BadRequestException",
                    QStringLiteral("The path is not valid percent-encoded UTF-8."));
    const auto query = decodeQuery(request.query);
    if (!query)
        return fail(400, "BadRequestException",
                    QStringLiteral("The query string has invalid percent-encoding."));

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(400, "SerializationException",
                        QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        if (!document.isObject())
            return fail(400, "SerializationException",
                        QStringLiteral("The body must be a JSON object."));
        body = document.object();
    }

    const QJsonObject input = schema::deserializeRequest(
        m_engine.model(), *route.operation, route.labels, *query, request.headers, body);
    const ApiResult result = m_engine.call(route.operation->name, input);
    if (!result.ok())
        return errorResponse(result.status, result.errorType, result.message, requestId);

    http::Response response;
    response.status = route.operation->successCode;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.headers.append(qMakePair(QByteArray("x-amzn-RequestId"), QByteArray(requestId)));
    response.body = QJsonDocument(result.body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace cp::emulator
