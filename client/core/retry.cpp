#include "retry.h"

#include "networksettings.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace cp::client {

RetryPolicy::RetryPolicy()
    : random([] { return QRandomGenerator::global()->generateDouble(); })
{}

bool RetryPolicy::isThrottling(const QString &type)
{
    static const QStringList types = {QStringLiteral("Throttling"),
                                      QStringLiteral("ThrottlingException"),
                                      QStringLiteral("ThrottledException"),
                                      QStringLiteral("RequestThrottledException"),
                                      QStringLiteral("TooManyRequestsException"),
                                      QStringLiteral("ProvisionedThroughputExceededException"),
                                      QStringLiteral("TransactionInProgressException"),
                                      QStringLiteral("RequestLimitExceeded"),
                                      QStringLiteral("BandwidthLimitExceeded"),
                                      QStringLiteral("LimitExceededException"),
                                      QStringLiteral("RequestThrottled"),
                                      QStringLiteral("SlowDown"),
                                      QStringLiteral("PriorRequestNotComplete"),
                                      QStringLiteral("EC2ThrottledException")};
    return types.contains(type);
}

bool RetryPolicy::isClockSkewError(const QString &type)
{
    static const QStringList types = {QStringLiteral("RequestTimeTooSkewed"),
                                      QStringLiteral("RequestExpired"),
                                      QStringLiteral("InvalidSignatureException"),
                                      QStringLiteral("SignatureDoesNotMatch"),
                                      QStringLiteral("AuthFailure"),
                                      QStringLiteral("RequestInTheFuture")};
    return types.contains(type);
}

bool RetryPolicy::isRetryable(const ServiceError &error)
{
    switch (error.kind) {
    case ServiceError::Kind::Network:
        // An untrusted certificate or a proxy that wants credentials stays so.
        return error.type != kTlsNotTrusted && error.type != kProxyAuthenticationRequired;
    case ServiceError::Kind::Timeout:
        return true;
    case ServiceError::Kind::Service:
        if (isThrottling(error.type) || error.type == QStringLiteral("RequestTimeout") ||
            error.type == QStringLiteral("RequestTimeoutException"))
            return true;
        return error.httpStatus == 429 || error.httpStatus == 500 || error.httpStatus == 502 ||
               error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

int RetryPolicy::acquire(const ServiceError &error)
{
    const int cost =
        std::max(1, error.kind == ServiceError::Kind::Timeout ? timeoutRetryCost : retryCost);
    if (availableTokens() < cost)
        return 0;
    m_spent += cost;
    return cost;
}

void RetryPolicy::release(int acquired)
{
    m_spent = std::max(0, m_spent - (acquired > 0 ? acquired : 1));
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt) const
{
    const double ceiling = std::min(double(std::max<qint64>(0, maxBackoff.count())),
                                    1000.0 * std::pow(2.0, std::max(0, attempt - 1)));
    // Full jitter; a random source outside [0, 1] (or none) must not escape the bounds.
    const double r = random ? random() : 1.0;
    const double jitter = r >= 0.0 && r <= 1.0 ? r : (r > 1.0 ? 1.0 : 0.0);
    return std::chrono::milliseconds(qint64(jitter * ceiling));
}

} // namespace cp::client
