#include "error.h"

namespace cp::client {

QString ServiceError::summary() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Service:
        if (!message.isEmpty())
            return tr("The service refused the request: %1").arg(message);
        return tr("The service refused the request (%1, HTTP %2).").arg(type).arg(httpStatus);
    case Kind::Network:
        return tr("Could not reach the endpoint: %1").arg(message);
    case Kind::Timeout:
        return tr("The endpoint did not answer in time.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Validation:
        if (!issues.isEmpty())
            return issues.first().message;
        return tr("The request is not valid: %1").arg(message);
    case Kind::Credentials:
        return tr("No usable credentials: %1").arg(message);
    case Kind::InvalidResponse:
        return tr("The endpoint sent an answer that could not be read: %1").arg(message);
    }
    return message;
}

} // namespace cp::client
