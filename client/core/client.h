#pragma once

#include "call.h"
#include "error.h"
#include "transport.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace cp::client {

// The Customer Profiles API over a Transport. Generic calls take the operation's
// parameters as JSON (members by their model names); typed calls take a request
// struct of client/api (e.g. SearchProfilesRequest) and deliver its Response.
// Callbacks run on the thread that owns `context` and never after it is destroyed.
class CustomerProfilesClient : public QObject
{
    Q_OBJECT
public:
    using JsonCallback = std::function<void(const Outcome<QJsonObject> &)>;

    explicit CustomerProfilesClient(Transport *transport, QObject *parent = nullptr);

    Transport *transport() const { return m_transport; }

    // Validates the input against the model, then sends it. A validation failure is
    // reported through the callback (Kind::Validation) without touching the network.
    Call *call(const QString &operation, const QJsonObject &input, QObject *context,
               JsonCallback callback, const CallOptions &options = {});

    template<class Request>
    Call *send(const Request &request, QObject *context,
               std::function<void(const Outcome<typename Request::Response> &)> callback,
               const CallOptions &options = {})
    {
        using Response = typename Request::Response;
        return call(
            Request::operation(), request.toInput(), context,
            [callback = std::move(callback)](const Outcome<QJsonObject> &outcome) {
                if (!outcome.ok()) {
                    Outcome<Response> failed(outcome.error());
                    failed.setRequestId(outcome.requestId());
                    callback(failed);
                    return;
                }
                Outcome<Response> done(Response::fromOutput(outcome.value()));
                done.setRequestId(outcome.requestId());
                callback(done);
            },
            options);
    }

private:
    QPointer<Transport> m_transport;
};

} // namespace cp::client
