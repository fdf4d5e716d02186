#pragma once

#include "wiremodel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace cp::schema {

// The REST-JSON binding of the model, shared by the client (which sends) and the local
// endpoint (which receives), so both read a request the same way.

using HeaderList = QList<QPair<QByteArray, QByteArray>>; // names as sent, in order

// An HTTP request before signing: what the binding of an operation makes of its
// parameters.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // percent-encoded as it goes on the wire
    QByteArray query; // percent-encoded, without '?'
    HeaderList headers;
    QByteArray body; // empty when the operation has no body members
};

using NameValues = QList<QPair<QString, QString>>;

// Places each parameter where the model binds it: path labels (every byte but the
// unreserved ones percent-encoded, so an ARN travels as one segment; a greedy {Label+}
// keeps its slashes), query names, headers, and the remaining members as a JSON body
// under their JSON names. Members the model does not define are not sent: validate
// first, which refuses them.
HttpRequest serializeRequest(const WireModel &model, const Operation &operation,
                             const QJsonObject &input);

// The inverse, used by the local endpoint: parameters from the path labels already
// matched, the decoded query, the headers and the JSON body. Body members come back
// under their model names; anything else in the body is kept as it came, for the
// validator to judge.
QJsonObject deserializeRequest(const WireModel &model, const Operation &operation,
                               const NameValues &pathLabels, const NameValues &query,
                               const HeaderList &headers, const QJsonObject &body);

// An answer's parameters: the JSON body's members under their model names, plus the
// members the model binds to the status code or to headers. Members of the body that
// the model does not know are kept as they came (nothing the service sends is lost).
QJsonObject deserializeResponse(const WireModel &model, const Operation &operation, int status,
                                const HeaderList &headers, const QJsonObject &body);

} // namespace cp::schema
