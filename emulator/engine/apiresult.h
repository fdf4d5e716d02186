#pragma once

#include <QJsonObject>
#include <QString>

namespace cp::emulator {

// What an operation answers: a JSON body, or one of the service's errors.
struct ApiResult
{
    int status = 200;
    QJsonObject body;
    QString errorType; // empty on success
    QString message;

    bool ok() const { return errorType.isEmpty(); }

    static ApiResult success(QJsonObject body = {}) { return {200, std::move(body), {}, {}}; }
    static ApiResult error(int status, QString type, QString message)
    {
        return {status, {}, std::move(type), std::move(message)};
    }
    static ApiResult badRequest(QString message)
    {
        return error(400, QStringLiteral("BadRequestException"), std::move(message));
    }
    static ApiResult notFound(QString message)
    {
        return error(404, QStringLiteral("ResourceNotFoundException"), std::move(message));
    }
    static ApiResult internal(QString message)
    {
        return error(500, QStringLiteral("InternalServerException"), std::move(message));
    }
};

} // namespace cp::emulator
