#pragma once

#include "call.h"
#include "error.h"
#include "transport.h"
#include "wiremodel.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace cp::client {

// The Customer Profiles API over a Transport: every operation of the model, called by
// name with its parameters as JSON (members by their model names), validated and
// serialized from the model. Answers come back whole: members the model does not know
// are kept, for whoever edits the resource next.
// call() is made on the client's thread. Callbacks run on the thread that owns `context`
// (at once when that is the thread answering, queued there otherwise) and never after it
// is destroyed; each call calls back exactly once, Kind::Cancelled when it is cancelled
// (see Call). The request log gets the parameters with sensitive values masked, and
// whole only for "Copy as AWS CLI command" (RequestLogEntry).
class CustomerProfilesClient : public QObject
{
    Q_OBJECT
public:
    using JsonCallback = std::function<void(const Outcome<QJsonObject> &)>;

    explicit CustomerProfilesClient(Transport *transport, QObject *parent = nullptr);
    CustomerProfilesClient(Transport *transport, const schema::WireModel &model,
                           QObject *parent = nullptr);

    Transport *transport() const { return m_transport; }
    const schema::WireModel &model() const { return m_model; }

    // Validates the input against the model, then sends it. A validation failure (a
    // member the model does not define among them) is reported through the callback
    // (Kind::Validation) without touching the network.
    Call *call(const QString &operation, const QJsonObject &input, QObject *context,
               JsonCallback callback, const CallOptions &options = {});

private:
    QPointer<Transport> m_transport;
    const schema::WireModel &m_model;
};

} // namespace cp::client
