#pragma once

#include "wiremodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace cp::client {

// An HTTP request before signing: what the REST-JSON binding of an operation makes
// of its parameters.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // percent-encoded as it goes on the wire
    QByteArray query; // percent-encoded, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty when the operation has no body members
};

// Places each parameter where the model binds it: path labels (every byte but the
// unreserved ones percent-encoded, so an ARN travels as one segment), query names,
// headers, and the remaining members as a JSON body.
HttpRequest serializeRequest(const schema::Operation &operation, const QJsonObject &input);

// The inverse, used by the local endpoint: parameters from the path labels already
// matched, the decoded query and the JSON body.
QJsonObject deserializeRequest(const schema::Operation &operation,
                               const QList<QPair<QString, QString>> &pathLabels,
                               const QList<QPair<QString, QString>> &query,
                               const QJsonObject &body);

} // namespace cp::client
