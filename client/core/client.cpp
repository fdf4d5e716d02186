#include "client.h"

#include "jsonmember.h"
#include "pendingcall.h"

#include <QJsonDocument>
#include <QTimer>
#include <utility>

namespace cp::client {
namespace {

// A call that ends before reaching the network (validation): it still answers on a
// later event-loop turn, so every call behaves alike for the caller; cancelled first, it
// answers Kind::Cancelled instead.
class RefusedCall : public Call
{
public:
    RefusedCall(QObject *parent, QObject *context, CustomerProfilesClient::JsonCallback callback,
                ServiceError error)
        : Call(parent)
        , m_binding(new ContextBinding(context, this))
        , m_callback(std::move(callback))
    {
        connect(m_binding, &ContextBinding::contextDestroyed, this, &RefusedCall::cancel);
        QTimer::singleShot(0, this, [this, error = std::move(error)] { end(error); });
    }
    void cancel() override
    {
        ServiceError cancelled;
        cancelled.kind = ServiceError::Kind::Cancelled;
        end(cancelled);
    }
    bool isFinished() const override { return m_finished; }

private:
    void end(const ServiceError &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        QPointer<RefusedCall> self(this);
        CustomerProfilesClient::JsonCallback callback = std::exchange(m_callback, {});
        if (callback && !m_binding->isGone()) {
            m_binding->run(
                [callback = std::move(callback), error] { callback(Outcome<QJsonObject>(error)); });
        }
        if (!self)
            return;
        Q_EMIT finished();
        deleteLater();
    }

    ContextBinding *m_binding;
    CustomerProfilesClient::JsonCallback m_callback;
    bool m_finished = false;
};

// The request as the log may keep it: the parameters and the body with every value of a
// sensitive shape masked (the body is the masked parameters serialized: the binding
// copies body members as they are).
void redactForLog(const schema::WireModel &model, const schema::Operation &operation,
                  const QJsonObject &input, CallOptions &options)
{
    options.loggedInput = model.redacted(operation.input, input).toObject();
    options.loggedBody = schema::serializeRequest(model, operation, options.loggedInput).body;
}

} // namespace

CustomerProfilesClient::CustomerProfilesClient(Transport *transport, QObject *parent)
    : CustomerProfilesClient(transport, schema::WireModel::bundled(), parent)
{}

CustomerProfilesClient::CustomerProfilesClient(Transport *transport, const schema::WireModel &model,
                                               QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_model(model)
{}

Call *CustomerProfilesClient::call(const QString &operationName, const QJsonObject &input,
                                   QObject *context, JsonCallback callback,
                                   const CallOptions &options)
{
    const schema::WireModel &model = m_model;
    const schema::Operation *operation = model.operation(operationName);
    ServiceError refused;
    refused.kind = ServiceError::Kind::Validation;
    if (!operation) {
        refused.message = tr("%1 is not an operation of Customer Profiles.").arg(operationName);
        return new RefusedCall(this, context, std::move(callback), refused);
    }
    refused.issues = model.validate(operation->input, input);
    if (!refused.issues.isEmpty()) {
        refused.message = operationName + QStringLiteral(": ") + refused.issues.first().message;
        return new RefusedCall(this, context, std::move(callback), refused);
    }

    CallOptions effective = options;
    if (effective.operation.isEmpty())
        effective.operation = operationName;
    effective.input = input;
    redactForLog(model, *operation, input, effective);
    return m_transport->send(
        schema::serializeRequest(model, *operation, input), context,
        [callback = std::move(callback), &model, operation](const HttpResult &result) {
            if (result.error.isError()) {
                Outcome<QJsonObject> failed(result.error);
                failed.setRequestId(result.requestId);
                callback(failed);
                return;
            }
            QJsonObject body;
            if (!result.body.trimmed().isEmpty()) {
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
                if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                    ServiceError error;
                    error.kind = ServiceError::Kind::InvalidResponse;
                    error.httpStatus = result.status;
                    error.requestId = result.requestId;
                    error.attempts = result.attempts;
                    error.message = parseError.error != QJsonParseError::NoError
                                        ? tr("malformed JSON at byte %1 (%2).")
                                              .arg(parseError.offset)
                                              .arg(parseError.errorString())
                                        : tr("the body is not a JSON object.");
                    Outcome<QJsonObject> failed(error);
                    failed.setRequestId(result.requestId);
                    callback(failed);
                    return;
                }
                // Names Qt 6.4 would not find in a parsed object (an attribute's, say)
                // are inserted again, so that every lookup by name finds them.
                body = schema::rekeyed(doc.object());
            }
            Outcome<QJsonObject> done(schema::deserializeResponse(model, *operation, result.status,
                                                                  result.headers, body));
            done.setRequestId(result.requestId);
            callback(done);
        },
        effective);
}

} // namespace cp::client
