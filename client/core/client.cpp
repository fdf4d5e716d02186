#include "client.h"

#include <QJsonDocument>
#include <QTimer>

namespace cp::client {
namespace {

// A call that ends before reaching the network (validation): it still answers on a
// later event-loop turn, so every call behaves alike for the caller.
class RefusedCall : public Call
{
public:
    RefusedCall(QObject *parent, QObject *context, CustomerProfilesClient::JsonCallback callback,
                ServiceError error)
        : Call(parent)
        , m_context(context)
    {
        QTimer::singleShot(0, this,
                           [this, callback = std::move(callback), error = std::move(error)] {
                               if (m_finished)
                                   return;
                               m_finished = true;
                               if (m_context)
                                   callback(Outcome<QJsonObject>(error));
                               Q_EMIT finished();
                               deleteLater();
                           });
    }
    void cancel() override
    {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished();
        deleteLater();
    }
    bool isFinished() const override { return m_finished; }

private:
    QPointer<QObject> m_context;
    bool m_finished = false;
};

} // namespace

CustomerProfilesClient::CustomerProfilesClient(Transport *transport, QObject *parent)
    : CustomerProfilesClient(transport, schema::WireModel::bundled(), parent)
{}

CustomerProfilesClient::CustomerProfilesClient(Transport *transport,
                                               const schema::WireModel &model, QObject *parent)
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
                body = doc.object();
            }
            Outcome<QJsonObject> done(
                schema::deserializeResponse(model, *operation, result.status, result.headers, body));
            done.setRequestId(result.requestId);
            callback(done);
        },
        effective);
}

} // namespace cp::client
