#pragma once

#include "wiremodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace cp::client {

// What went wrong with a call, in a form the console can show as a sentence with the
// details (type, message, request id) one click away. Never carries a secret.
struct ServiceError
{
    Q_DECLARE_TR_FUNCTIONS(cp::client::ServiceError)
public:
    enum class Kind {
        None,
        Service,         // the endpoint answered with an error
        Network,         // connection refused, reset, DNS, TLS...
        Timeout,         // no complete answer within the call's timeout
        Cancelled,       // the caller cancelled
        Validation,      // the input broke the model's constraints; nothing was sent
        Credentials,     // no usable credentials (missing, expired, credential_process failed)
        InvalidResponse, // the endpoint's answer could not be understood
    };

    Kind kind = Kind::None;
    QString type; // the service's error type, e.g. "ResourceNotFoundException"
    QString message;
    int httpStatus = 0;
    QString requestId;
    bool retryable = false;
    int attempts = 0;
    QList<schema::ValidationIssue> issues; // Kind::Validation

    bool isError() const { return kind != Kind::None; }
    // One sentence for the user.
    QString summary() const;
};

template<class T> class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {}
    Outcome(ServiceError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ServiceError &error() const { return m_error; }
    QString requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }

private:
    std::optional<T> m_value;
    ServiceError m_error;
    QString m_requestId;
};

} // namespace cp::client

Q_DECLARE_METATYPE(cp::client::ServiceError)
